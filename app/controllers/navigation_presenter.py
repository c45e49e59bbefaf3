"""People, roles and the window's state: the person bar, the role picker, dialogs and actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.controllers.assessment_controller import (
    PEOPLE_TABLES,
    AssessmentController,
    EditConflict,
)
from app.views.confirm import confirm
from core.assessment import PersonInfo
from core.version import app_version
from db.errors import ConflictError, StorageError

if TYPE_CHECKING:
    from app.main_window import MainWindow
    from app.views.role_picker import RolePicker

EMPTY_PAGE, WORKSPACE_PAGE = 0, 1


class NavigationPresenter(QObject):
    """Connects the person bar, empty state, role picker and menu actions to the controller."""

    def __init__(self, window: MainWindow, controller: AssessmentController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.role_picker: RolePicker | None = None
        """The Role tab's picker, once built (see :meth:`connect_role_picker`)."""
        actions = window.menu_actions

        controller.people_changed.connect(self._on_people_changed)
        controller.assessment_changed.connect(self._on_assessment_changed)
        controller.stored_data_changed.connect(lambda _tables: self._update_title())
        window.person_bar.person_chosen.connect(controller.select_person)
        window.person_bar.new_person_requested.connect(self.new_person)
        window.person_bar.profile_requested.connect(self.edit_profile)
        window.person_bar.show_archived_changed.connect(controller.set_show_archived)
        window.empty_state.create_button.clicked.connect(self.new_person)
        window.empty_state.sample_button.clicked.connect(self.add_sample_data)
        actions.new_person.triggered.connect(self.new_person)
        actions.sample_data.triggered.connect(self.add_sample_data)
        actions.delete_person.triggered.connect(self.delete_person)
        actions.edit_profile.triggered.connect(self.edit_profile)
        actions.archive_person.triggered.connect(self.toggle_archived)
        actions.about.triggered.connect(self.about)
        actions.new_person.setEnabled(True)
        self._on_people_changed()
        self._on_assessment_changed()

    def start(self, preferred_person_id: int | None) -> None:
        """Select the person used last time, else the first one."""
        people = self.controller.people
        if not people:
            return
        ids = [p.id for p in people]
        self.controller.select_person(preferred_person_id if preferred_person_id in ids else ids[0])

    def connect_role_picker(self, picker: RolePicker) -> None:
        """Follow the Role tab's picker (built when the tab is first needed) and show the
        current role on it."""
        self.role_picker = picker
        picker.role_chosen.connect(self._on_role_chosen)
        picker.target_chosen.connect(self.controller.set_target)
        self._show_role()

    # --- reactions ----------------------------------------------------------------------------

    def _on_people_changed(self) -> None:
        controller = self.controller
        current = controller.person.id if controller.person else None
        self.window.person_bar.set_people(controller.people, current)
        self._on_person_actions()
        has_people = bool(controller.people)
        self.window.stack.setCurrentIndex(WORKSPACE_PAGE if has_people else EMPTY_PAGE)
        self.window.menu_actions.delete_person.setEnabled(has_people)
        sample_exists = any(p.is_sample for p in controller.people)
        self.window.menu_actions.sample_data.setEnabled(not sample_exists)
        self.window.empty_state.sample_button.setEnabled(not sample_exists)

    def _on_person_actions(self) -> None:
        person = self.controller.person
        actions = self.window.menu_actions
        actions.edit_profile.setEnabled(person is not None)
        actions.archive_person.setEnabled(person is not None)
        archived = person is not None and person.archived
        actions.archive_person.setText(
            self.tr("Bring &back person") if archived else self.tr("&Archive person…")
        )

    def _on_assessment_changed(self) -> None:
        controller = self.controller
        window = self.window
        self._on_person_actions()
        window.person_bar.set_people(
            controller.people, controller.person.id if controller.person else None
        )
        self._show_role()
        self._update_title()

    def _show_role(self) -> None:
        controller = self.controller
        if self.role_picker is not None:
            self.role_picker.show_framework(controller.context.framework)
            self.role_picker.show_role(
                controller.role_id,
                controller.profile_target,
                target_editable=controller.person is not None and controller.role_id is not None,
            )

    def _update_title(self) -> None:
        """The person shown, in the title (renamed by another client, too), and their actions."""
        controller = self.controller
        self._on_person_actions()
        self.window.show_title(controller.person.name if controller.person is not None else None)

    def _on_role_chosen(self, framework_id: str, role_id: str) -> None:
        controller = self.controller
        shown = controller.context.framework
        same_framework = framework_id == shown.id
        if (same_framework and role_id == controller.role_id) or controller.person is None:
            return
        if same_framework:
            carry_over = self.ask_carry_over(role_id)
            framework = shown
        else:  # another framework's skills are not the same skills: nothing to carry over
            carry_over, framework = False, controller.context.library.get(framework_id)
        if carry_over is None:  # cancelled: show the role the person still has
            self._on_assessment_changed()
            return
        controller.change_role(role_id, carry_over=carry_over, framework=framework)

    def ask_carry_over(self, role_id: str) -> bool | None:
        """Whether to start the new role from the ratings of the skills it shares with the
        current one (None: the change of role was cancelled). Asked only when there is
        something to carry over."""
        controller = self.controller
        shared = controller.shared_rated_skills(role_id)
        if not shared or controller.role_id is None:
            return False
        framework = controller.context.framework
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change of role"),
            self.tr(
                "{new_role} shares %n skill(s) you rated as {old_role}. Start the new "
                "assessment from those ratings and notes?",
                "",
                len(shared),
            ).format(
                new_role=framework.role(role_id).name,
                old_role=framework.role(controller.role_id).name,
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(
            self.tr(
                "Your assessments of {old_role} stay in its history either way; the other "
                "skills of the new role start unrated."
            ).format(old_role=framework.role(controller.role_id).name)
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    # --- dialogs ------------------------------------------------------------------------------

    def new_person(self) -> None:
        """Ask for a name and create the person."""
        name, accepted = QInputDialog.getText(
            self.window, self.tr("New person"), self.tr("Name (yourself, or someone you lead):")
        )
        if not accepted or not name.strip():
            return
        try:
            self.controller.add_person(name)
        except StorageError as exc:
            QMessageBox.warning(
                self.window, self.tr("Cannot add this person"), str(exc).capitalize() + "."
            )

    def add_sample_data(self) -> None:
        """Create the sample person and show them."""
        try:
            self.controller.add_sample_data()
        except ValueError as exc:
            QMessageBox.information(
                self.window, self.tr("Sample data"), str(exc).capitalize() + "."
            )

    def edit_profile(self) -> None:
        """Edit the current person's profile."""
        person = self.controller.person
        if person is None:
            return
        from app.views.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.controller.context.framework, person, self.window)
        try:
            if dialog.exec() != ProfileDialog.DialogCode.Accepted:
                return
            fields = dialog.fields()
        finally:
            dialog.deleteLater()
        values = vars(fields)
        is_owner = values.pop("is_owner")
        new_role = values["role_id"]
        carry_over: bool | None = False
        if new_role != self.controller.role_id and new_role is not None:
            carry_over = self.ask_carry_over(new_role)
            if carry_over is None:
                return
        values["role_id"] = self.controller.role_id  # the role changes below, as on the Role tab
        try:
            if not self._save_profile(person, values):
                return
            if is_owner != person.is_owner:
                self.controller.set_owner(person.id if is_owner else None)
            if new_role != self.controller.role_id:
                self.controller.change_role(new_role, carry_over=bool(carry_over))
        except StorageError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Profile not saved"),
                self.tr("The profile was not saved: {reason}.").format(reason=exc),
            )

    def _save_profile(self, person: PersonInfo, values: dict[str, object]) -> bool:
        """Save the profile over the version the dialog showed; if someone else changed it
        meanwhile, show both and let the user keep one (False: theirs was kept)."""
        try:
            self.controller.update_profile(person.id, expected_version=person.version, **values)
            return True
        except ConflictError as conflict:
            theirs = conflict.theirs
            if theirs is None:
                raise
            from app.views.conflict_dialog import ConflictDialog

            mine = self._profile_text(
                str(values["name"]), values.get("current_level"), values.get("target_level"),
                values.get("notes"),
            )  # fmt: skip
            question = EditConflict(
                self.tr("The profile of {name}").format(name=person.name),
                self._profile_text(
                    theirs.name, theirs.current_level, theirs.target_level, theirs.notes
                ),
                mine,
            )
            if ConflictDialog.ask(question, self.window):
                self.controller.update_profile(
                    person.id, expected_version=conflict.stored_version, **values
                )
                return True
            self.controller.reload_changed(PEOPLE_TABLES)
            return False

    def _profile_text(self, name: str, level: object, target: object, notes: object) -> str:
        """A profile as the conflict question shows it."""
        levels = {lv.id: lv.label for lv in self.controller.context.framework.levels}
        return self.tr("Name: {name}\nLevel: {level}\nTarget: {target}\nNotes: {notes}").format(
            name=name,
            level=levels.get(str(level), "—") if level else "—",
            target=levels.get(str(target), "—") if target else "—",
            notes=notes or "",
        )

    def toggle_archived(self) -> None:
        """Archive the current person (after confirmation), or bring an archived one back."""
        person = self.controller.person
        if person is None:
            return
        if not person.archived and not confirm(
            self.window,
            self.tr("Archive person"),
            self.tr(
                "Archive {person}? Their history is kept; they are hidden from the list "
                "unless you tick “Show archived”."
            ).format(person=person.name),
        ):
            return
        self.controller.set_archived(person.id, not person.archived)

    def delete_person(self) -> None:
        """Delete the current person after confirmation."""
        person = self.controller.person
        if person is None:
            return
        if confirm(
            self.window,
            self.tr("Delete person"),
            self.tr("Delete {person} and all their assessments? This cannot be undone.").format(
                person=person.name
            ),
        ):
            self.controller.delete_person(person.id)

    def about(self) -> None:
        """The About box, with the version."""
        framework = self.controller.context.framework
        QMessageBox.about(
            self.window,
            self.tr("About Skill Ladder"),
            self.tr(
                "<h3>Skill Ladder {version}</h3><p>Offline career-ladder self-assessment.</p>"
                "<p>Framework: {framework} {framework_version}<br>Data: {data}</p>"
            ).format(
                version=app_version(),
                framework=framework.name,
                framework_version=framework.version,
                data=self.controller.context.repository.database.location,
            ),
        )
