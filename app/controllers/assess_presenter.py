"""Connects the rating page to the assessment controller: selection, ratings, notes, banner."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, QObject
from PySide6.QtWidgets import QMessageBox

from app.controllers.assessment_controller import (
    ASSESSMENT_TABLES,
    PEOPLE_TABLES,
    AssessmentController,
    EditConflict,
)
from app.formatting import format_date
from app.models.skill_table_model import MANAGER_COLUMN
from app.views.assess_page import AssessPage
from core.assessment import SOURCE_IMPORTED
from core.gaps import NOT_YET, rating_index, what_it_takes


class AssessPresenter(QObject):
    """Keeps :class:`AssessPage` in step with the controller and turns input into edits."""

    def __init__(self, controller: AssessmentController, page: AssessPage) -> None:
        super().__init__(page)
        self.controller = controller
        self.page = page
        controller.assessment_changed.connect(self.refresh)
        controller.rating_changed.connect(self._on_rating_changed)
        controller.note_changed.connect(self._on_note_changed)
        page.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        page.ladder.rate_requested.connect(self._rate_selected)
        page.ladder.note_edited.connect(self._on_note_edited)
        page.ladder.manager_rate_requested.connect(self._rate_selected_as_manager)
        page.digit_pressed.connect(self._on_digit)
        controller.save_problem.connect(self._on_save_problem)
        controller.people_changed.connect(self._update_header)
        controller.conflict_chooser = self._ask_about_conflict
        controller.stored_data_changed.connect(self._on_stored_data_changed)
        self.problem_box: QMessageBox | None = None

    def selected_skill(self) -> str | None:
        """The skill whose ladder is shown."""
        return self.page.model.skill_id_at(self.page.current_row())

    def refresh(self) -> None:
        """Redraw everything from the controller's state, keeping the selected skill."""
        controller = self.controller
        keep = self.selected_skill()
        framework = controller.framework
        self.page.model.set_state(
            framework,
            controller.role_id,
            controller.ratings,
            controller.target_level,
            controller.manager_ratings,
        )
        self._update_header()
        role_id = controller.role_id
        known = role_id is not None and framework.has_role(role_id)
        scale = framework.rating_scale(role_id) if known and role_id else framework.levels
        self.page.set_level_count(len(scale))
        self._update_banner()
        self._update_manager_column()
        has_role = controller.role_id is not None
        self.page.splitter.setVisible(has_role)
        if not has_role:
            return
        row = self.page.model.row_of(keep) if keep else -1
        self.page.select_row(row if row >= 0 else 0)
        self._show_selected()

    def _update_manager_column(self) -> None:
        # Only once someone has given a manager rating; until then the skill names get the room.
        self.page.table.setColumnHidden(MANAGER_COLUMN, not self.controller.manager_ratings)

    def _update_header(self) -> None:
        """Person · role · target, so nobody rates themselves against the wrong role."""
        controller = self.controller
        person = controller.person
        if person is None:
            self.page.header.setText("")
            return
        framework = controller.framework
        if controller.role_id is None or not framework.has_role(controller.role_id):
            self.page.header.setText(
                self.tr("<b>{person}</b> · no role chosen yet (Role tab)").format(
                    person=escape(person.name)
                )
            )
            return
        self.page.header.setText(
            self.tr("<b>{person}</b> · {role} · target {target}").format(
                person=escape(person.name),
                role=escape(framework.role(controller.role_id).name),
                target=escape(framework.level(controller.target_level).label),
            )
        )

    def _ask_about_conflict(self, conflict: EditConflict) -> bool:
        """Someone else changed what is being edited: show both, the user keeps one."""
        from app.views.conflict_dialog import ConflictDialog

        return ConflictDialog.ask(conflict, self.page.window())

    def _on_save_problem(self, message: str) -> None:
        status = self.page.save_status
        if not message:
            status.hide()
            if self.problem_box is not None:
                self.problem_box.close()
            return
        status.setText(
            self.tr(
                "Not saved: {reason}. What you typed stays on screen and is saved as soon as "
                "the data file can be written again (tried every few seconds)."
            ).format(reason=message)
        )
        status.show()
        if self.problem_box is None:
            self.problem_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Your last change was not saved"),
                "",
                QMessageBox.StandardButton.Close,
                self.page.window(),
            )
        self.problem_box.setText(status.text())
        self.problem_box.open()

    def _update_banner(self) -> None:
        controller, page = self.controller, self.page
        assessment = controller.assessment
        if controller.person is None:
            page.banner.setText(self.tr("Create or choose a person to start."))
        elif controller.role_id is None:
            page.banner.setText(self.tr("Choose a role on the left to rate yourself against it."))
        elif assessment is None:
            page.banner.setText(
                self.tr("New assessment: rate each skill; everything is saved as you go.")
            )
        elif assessment.is_completed:
            page.banner.setText(
                self.tr(
                    "Completed assessment of {date} — read-only. To correct it, reopen it from "
                    "the History tab."
                ).format(date=format_date(assessment.date))
            )
            page.banner_button.setText(self.tr("Start a new assessment"))
        else:
            rated = sum(1 for r in assessment.ratings.values() if r.rated)
            total = page.model.rowCount()
            page.banner.setText(
                self.tr(
                    "Draft started {date}: {rated} of %n skill(s) rated. Saved as you go.",
                    "",
                    total,
                ).format(date=format_date(assessment.started_at), rated=rated)
            )
        if assessment is not None and assessment.source == SOURCE_IMPORTED:
            # An imported assessment says so, with whatever did not match this framework.
            imported = self.tr("{banner} Imported from an exchange file.").format(
                banner=page.banner.text()
            )
            note = f" {assessment.import_note}" if assessment.import_note else ""
            page.banner.setText(imported + note)

    def _on_stored_data_changed(self, tables: frozenset[str]) -> None:
        """Another client changed ratings or notes: every cell follows, the selection and scroll
        stay, and a note being typed here keeps its text."""
        if not tables & (ASSESSMENT_TABLES | PEOPLE_TABLES):
            return
        controller = self.controller
        self.page.model.refresh_values(
            controller.ratings, controller.target_level, controller.manager_ratings
        )
        self._update_header()
        self._update_banner()
        self._update_manager_column()
        if controller.role_id is not None:
            self._show_selected(keep_typing=True)

    def _show_selected(self, *, keep_typing: bool = False) -> None:
        controller = self.controller
        skill_id = self.selected_skill()
        if skill_id is None or controller.role_id is None:
            return
        framework = controller.framework
        rating = controller.ratings.get(skill_id)
        current = rating_index(framework, controller.role_id, rating)
        pending = controller.pending_note(skill_id)
        editor = self.page.ladder.note
        if pending is None and keep_typing and editor.hasFocus():
            pending = editor.toPlainText()  # what the user is typing wins over the stored note
        self.page.ladder.show_skill(
            framework,
            controller.role_id,
            skill_id,
            current,
            controller.target_level,
            pending if pending is not None else (rating.note if rating else ""),
            what_it_takes(
                framework, controller.role_id, skill_id, current, controller.target_level
            ),
            read_only=controller.read_only,
            manager=rating_index(
                framework, controller.role_id, controller.manager_ratings.get(skill_id)
            ),
        )
        self._update_manager_editing(skill_id)

    def _update_manager_editing(self, skill_id: str) -> None:
        controller = self.controller
        combo = self.page.ladder.manager_level
        combo.setEnabled(controller.manager_rating_editable(skill_id))
        assessment = controller.assessment
        person = controller.person
        if assessment is not None and skill_id in assessment.imported_manager_skills:
            combo.setToolTip(
                self.tr("Your manager's rating, received in their file: it cannot be changed here.")
            )
        elif person is not None and person.is_owner:
            combo.setToolTip(
                self.tr(
                    "This is your own assessment: your manager gives this rating, in their file."
                )
            )
        else:
            combo.setToolTip(
                self.tr(
                    "The manager's view of this skill, next to the self rating; it can be given "
                    "after the assessment was completed."
                )
            )

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _rate_selected(self, level_index: int) -> None:
        skill_id = self.selected_skill()
        if skill_id is not None and not self.controller.read_only:
            self.controller.rate(skill_id, level_index)

    def _rate_selected_as_manager(self, level_index: int | None) -> None:
        skill_id = self.selected_skill()
        if skill_id is not None:
            self.controller.rate_as_manager(skill_id, level_index)

    def _on_digit(self, digit: int) -> None:
        if digit == 0:
            self._rate_selected(NOT_YET)
        elif self.controller.role_id is not None and digit <= len(
            self.controller.framework.rating_scale(self.controller.role_id)
        ):
            self._rate_selected(digit - 1)

    def _on_note_edited(self, text: str) -> None:
        skill_id = self.selected_skill()
        if skill_id is not None:
            self.controller.edit_note(skill_id, text)

    def _on_rating_changed(self, skill_id: str) -> None:
        self.page.model.update_ratings(
            self.controller.ratings, skill_id, self.controller.manager_ratings
        )
        self._update_manager_column()
        self._update_banner()
        if self.selected_skill() != skill_id:
            self.page.select_row(self.page.model.row_of(skill_id))
        self._show_selected()

    def _on_note_changed(self, skill_id: str) -> None:
        self._update_banner()
        if self.selected_skill() != skill_id:
            self.page.select_row(self.page.model.row_of(skill_id))
            return
        rating = self.controller.ratings.get(skill_id)
        self.page.ladder.set_note_text(rating.note if rating else "")
