"""One skill in full: every level's descriptor side by side, the note, goals, what it takes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.formatting import join_names
from app.views.framework_text import mark_label, mark_with_proficiency
from app.views.goals_panel import GoalsPanel
from core.framework import Framework, Mark
from core.gaps import NOT_YET, Step

_CARD_STYLE = """
LevelCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
LevelCard[selected="true"] { border: 2px solid palette(highlight); background: palette(alternate-base); }
LevelCard[target="true"] { border-style: dashed; }
LevelCard[selected="true"][target="true"] { border-style: solid; }
QScrollArea#level-cards, QTextBrowser#what-it-takes { border: 2px solid transparent; }
QScrollArea#level-cards:focus, QTextBrowser#what-it-takes:focus {
    border: 2px solid palette(highlight);
}
"""


_CARD_MIN_WIDTH = 150
_CARD_SPACING = 8


class LevelCard(QFrame):
    """One level's descriptor for the role; clicking it rates the skill at what this level asks
    (the level itself, or its expected proficiency on a proficiency scale)."""

    clicked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.rating = index
        """The rating index a click gives."""
        self.level_id = ""
        self.read_only = False
        self.setObjectName(f"level-card-{index}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(_CARD_MIN_WIDTH)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.mark = QLabel()
        self.descriptor = QLabel()
        self.descriptor.setWordWrap(True)
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.descriptor.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)  # a wrapped descriptor gets the height it needs
        self.descriptor.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.mark)
        layout.addSpacing(4)
        layout.addWidget(self.descriptor, 1)

    def show_level(
        self,
        label: str,
        descriptor: str,
        mark: Mark,
        *,
        selected: bool,
        is_target: bool,
        mark_text: str | None = None,
        descriptor_html: str | None = None,
        shortcut: bool = True,
    ) -> None:
        """Fill the card and its highlight state; ``descriptor_html`` shows the criteria with
        their examples of evidence, ``shortcut`` the digit key that rates at this card (when the
        cards are the rating scale)."""
        key = self.index + 1
        # keys 1-9 rate; higher levels by click only
        prefix = f"{key} · " if shortcut and key < 10 else ""
        self.title.setText(f"<b>{prefix}{escape(label)}</b>")
        self.mark.setText(mark_text or mark_label(mark))
        font = self.mark.font()
        font.setBold(mark is Mark.REQUIRED)
        self.mark.setFont(font)
        # Plain text unless there is a list: a rich-text label wraps narrower and taller.
        rich = descriptor_html is not None
        self.descriptor.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.descriptor.setText(descriptor_html if rich else descriptor)
        self.setProperty("selected", selected)
        self.setProperty("target", is_target)
        if selected and is_target:
            name = self.tr("{level}, {mark}, your level, target")
        elif selected:
            name = self.tr("{level}, {mark}, your level")
        elif is_target:
            name = self.tr("{level}, {mark}, target")
        else:
            name = self.tr("{level}, {mark}")
        self.setAccessibleName(name.format(level=label, mark=mark_label(mark).lower()))
        self.setAccessibleDescription(descriptor)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_read_only(self, read_only: bool) -> None:
        """A completed assessment's cards: shown at full contrast (a disabled widget's pale text
        fails WCAG AA), but clicks do nothing."""
        self.read_only = read_only
        self.setCursor(
            Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.PointingHandCursor
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and not self.read_only:
            self.clicked.emit(self.rating)
            event.accept()
            return
        super().mousePressEvent(event)


class SkillLadderView(QWidget):
    """The selected skill: level cards, "not yet", note/evidence, and what it takes."""

    rate_requested = Signal(int)
    note_edited = Signal(str)
    manager_rate_requested = Signal(object)
    """A level index, NOT_YET, or None to clear the manager's rating."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_CARD_STYLE)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.not_yet = QPushButton(self.tr("0 · Not yet"))
        self.not_yet.setCheckable(True)
        self.not_yet.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.not_yet.setAccessibleName(self.tr("Rate: not yet"))
        self.not_yet.setToolTip(self.tr("You do not work at the first level yet (key 0)"))
        self.manager_level = QComboBox()
        self.manager_level.setAccessibleName(self.tr("Manager's rating"))
        self.manager_level.setToolTip(
            self.tr(
                "The manager's view of this skill, next to the self rating; it can be given after "
                "the assessment was completed"
            )
        )
        self._filling_manager = False
        manager_label = QLabel(self.tr("&Manager's rating:"))
        manager_label.setBuddy(self.manager_level)
        self.scale_row = QWidget()
        self.scale_row.setObjectName("proficiency-scale")
        self._scale_layout = QHBoxLayout(self.scale_row)
        self._scale_layout.setContentsMargins(0, 0, 0, 0)
        self._scale_caption = QLabel()
        self._scale_layout.addWidget(self._scale_caption)
        self._scale_buttons: list[QPushButton] = []
        self._scale_layout.addStretch(1)
        self.scale_row.hide()
        self._cards: list[LevelCard] = []
        # The cards wrap onto as many rows as the width needs and scroll vertically, so a narrow
        # window shows every level (Principal included) with its whole descriptor.
        self._cards_grid = QGridLayout()
        self._cards_grid.setSpacing(_CARD_SPACING)
        self._columns = 0
        cards_host = QWidget()
        cards_host.setLayout(self._cards_grid)
        self.cards_area = QScrollArea()
        self.cards_area.setObjectName("level-cards")
        self.cards_area.setAccessibleName(self.tr("Levels"))
        self.cards_area.setWidget(cards_host)
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_area.setMinimumHeight(230)
        self.cards_area.viewport().installEventFilter(self)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr(
                "Notes and evidence: what you did, where it can be seen, what feedback you had…"
            )
        )
        self.note.setAccessibleName(self.tr("Note and evidence"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.goals = GoalsPanel()
        self.what_it_takes = QTextBrowser()
        self.what_it_takes.setAccessibleName(self.tr("What it takes"))
        self.what_it_takes.setObjectName("what-it-takes")
        self.what_it_takes.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        side = QVBoxLayout()
        side.addWidget(self.not_yet)
        manager_row = QHBoxLayout()
        manager_row.addWidget(manager_label)
        manager_row.addWidget(self.manager_level)
        side.addLayout(manager_row)
        top.addLayout(side, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scale_row)
        layout.addWidget(self.cards_area, 5)
        notes_and_goals = QGridLayout()
        notes_and_goals.addWidget(QLabel(self.tr("<b>Notes and evidence</b>")), 0, 0)
        notes_and_goals.addWidget(self.note, 1, 0)
        notes_and_goals.addWidget(QLabel(self.tr("<b>Goals</b>")), 0, 1)
        notes_and_goals.addWidget(self.goals, 1, 1, Qt.AlignmentFlag.AlignTop)
        notes_and_goals.setColumnStretch(0, 1)
        notes_and_goals.setColumnStretch(1, 1)
        layout.addLayout(notes_and_goals)
        layout.addWidget(QLabel(self.tr("<b>What it takes</b>")))
        layout.addWidget(self.what_it_takes, 2)
        self.what_it_takes.setMinimumHeight(90)

        self.not_yet.clicked.connect(lambda: self.rate_requested.emit(NOT_YET))
        self.manager_level.activated.connect(self._on_manager_level)
        self.note.textChanged.connect(self._on_note_changed)
        self._updating_note = False

    def show_skill(
        self,
        framework: Framework,
        role_id: str,
        skill_id: str,
        current: int | None,
        target_level: str,
        note: str,
        steps: list[Step],
        *,
        read_only: bool,
        manager: int | None = None,
    ) -> None:
        """Show a skill with the person's rating, target, note and the steps to grow."""
        skill = framework.skill(skill_id)
        about = " · ".join(escape(part) for part in (skill.category, skill.summary) if part)
        self.heading.setText(f"<h2 style='margin:0'>{escape(skill.name)}</h2><span>{about}</span>")
        levels = framework.role_levels(role_id)
        on_scale = framework.uses_proficiency(role_id)
        self._show_scale(framework, role_id, current, read_only)
        self._ensure_cards(len(levels))
        ids = [level.id for level in levels]
        target = ids.index(target_level) if target_level in ids else -1
        reached = -1
        for card, level in zip(self._cards, levels, strict=True):
            card.level_id = level.id
            card.rating = framework.level_demand(role_id, skill_id, level.id)
            if current is not None and current >= 0 and card.rating <= current:
                reached = card.index  # the highest level the rating reaches
        for card, level in zip(self._cards, levels, strict=True):
            expected = framework.is_expected(role_id, skill_id, level.id)
            card.show_level(
                level.label,
                framework.descriptor(role_id, skill_id, level.id) if expected else not_expected(),
                framework.expectation(role_id, skill_id, level.id).mark,
                selected=card.index == reached,
                is_target=card.index == target,
                mark_text=mark_with_proficiency(framework, role_id, skill_id, level.id),
                descriptor_html=criteria_html(framework, role_id, skill_id, level.id)
                if expected
                else None,
                shortcut=not on_scale,
            )
            card.set_read_only(read_only)
        self._fill_manager_levels(framework, role_id, manager)
        self.not_yet.setChecked(current == NOT_YET)
        self.not_yet.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self.set_note_text(note)
        examples = {lv.id: framework.examples(role_id, skill_id, lv.id) for lv in framework.levels}
        self.what_it_takes.setHtml(_steps_html(steps, current, examples))

    def _show_scale(
        self, framework: Framework, role_id: str, current: int | None, read_only: bool
    ) -> None:
        """The proficiency scale as buttons (keys 1-9), when the role is rated on one."""
        on_scale = framework.uses_proficiency(role_id)
        self.scale_row.setVisible(on_scale)
        if not on_scale:
            return
        steps = framework.rating_scale(role_id)
        self._scale_caption.setText(self.tr("Proficiency:"))
        while len(self._scale_buttons) > len(steps):
            self._scale_buttons.pop().deleteLater()
        while len(self._scale_buttons) < len(steps):
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            index = len(self._scale_buttons)
            button.setObjectName(f"proficiency-{index}")
            button.clicked.connect(lambda _checked=False, i=index: self.rate_requested.emit(i))
            self._scale_layout.insertWidget(1 + index, button)
            self._scale_buttons.append(button)
        for index, (button, step) in enumerate(zip(self._scale_buttons, steps, strict=True)):
            key = index + 1
            button.setText(
                self.tr("{key} · {label}").format(key=key, label=step.label)
                if key < 10
                else step.label
            )
            button.setAccessibleName(self.tr("Rate: {label}").format(label=step.label))
            button.setToolTip(step.meaning or step.summary or step.label)
            button.setChecked(current == index)
            button.setEnabled(not read_only)

    @property
    def scale_buttons(self) -> list[QPushButton]:
        """The proficiency buttons, lowest first (empty when the cards are the scale)."""
        return list(self._scale_buttons) if self.scale_row.isVisibleTo(self) else []

    def _fill_manager_levels(self, framework: Framework, role_id: str, manager: int | None) -> None:
        self._filling_manager = True
        self.manager_level.clear()
        self.manager_level.addItem("—", None)
        self.manager_level.addItem(self.tr("Not yet"), NOT_YET)
        for index, step in enumerate(framework.rating_scale(role_id)):
            self.manager_level.addItem(step.label, index)
        self.manager_level.setCurrentIndex(max(0, self.manager_level.findData(manager)))
        self._filling_manager = False

    def _on_manager_level(self, row: int) -> None:
        if not self._filling_manager:
            self.manager_rate_requested.emit(self.manager_level.itemData(row))

    def set_note_text(self, note: str) -> None:
        """Show a note without treating it as an edit; keeps the cursor if the text is the same."""
        if self.note.toPlainText() == note:
            return
        self._updating_note = True
        self.note.setPlainText(note)
        self._updating_note = False

    def _ensure_cards(self, count: int) -> None:
        while len(self._cards) > count:
            card = self._cards.pop()
            self._cards_grid.removeWidget(card)
            card.deleteLater()
        while len(self._cards) < count:
            card = LevelCard(len(self._cards))
            card.clicked.connect(self.rate_requested)
            self._cards.append(card)
        self._columns = 0
        self._place_cards()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.cards_area.viewport() and event.type() == QEvent.Type.Resize:
            self._place_cards()
        return super().eventFilter(watched, event)

    def _place_cards(self) -> None:
        """As many cards side by side as fit the width at their minimum, the rest below."""
        width = self.cards_area.viewport().width()
        fit = (width + _CARD_SPACING) // (_CARD_MIN_WIDTH + _CARD_SPACING)
        columns = max(1, min(len(self._cards), fit)) if self._cards else 0
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._cards_grid
        for card in self._cards:
            grid.removeWidget(card)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for position, card in enumerate(self._cards):
            grid.addWidget(card, position // columns, position % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    @property
    def cards(self) -> list[LevelCard]:
        """The level cards, lowest level first."""
        return list(self._cards)

    def _on_note_changed(self) -> None:
        if not self._updating_note:
            self.note_edited.emit(self.note.toPlainText())


def not_expected() -> str:
    """What a card says where the role does not expect the skill."""
    return QCoreApplication.translate(
        "SkillLadderView", "The role does not expect this skill at this level."
    )


def _evidence_html(examples: Sequence[str]) -> str:
    """Examples of evidence as lines under a descriptor; nothing without examples."""
    if not examples:
        return ""
    lines = "".join(f"<br>• {escape(example)}" for example in examples)
    label = QCoreApplication.translate("SkillLadderView", "Evidence, for example:")
    return f"<br><i>{escape(label)}</i>{lines}"


def criteria_html(framework: Framework, role_id: str, skill_id: str, level_id: str) -> str | None:
    """A level's criteria with their examples of evidence as rich text; None when the
    descriptor is one plain paragraph (shown as plain text)."""
    criteria = framework.criteria(role_id, skill_id, level_id)
    if len(criteria) <= 1 and not any(c.examples for c in criteria):
        return None
    if len(criteria) == 1:
        return f"{escape(criteria[0].text)}<br>{_evidence_html(criteria[0].examples)}"
    items = "".join(f"<li>{escape(c.text)}{_evidence_html(c.examples)}</li>" for c in criteria)
    return f"<ul style='margin-left:-20px'>{items}</ul>"


def _steps_html(
    steps: list[Step], current: int | None, examples: Mapping[str, Sequence[str]] | None = None
) -> str:
    """The levels from the person's to the target, each with its descriptor and evidence."""
    if not steps:
        return "<p>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "SkillLadderView", "You are at the top of this ladder. Keep the evidence fresh."
                )
            )
        )
    intro = (
        "<p>{}</p>".format(
            escape(
                QCoreApplication.translate(
                    "SkillLadderView", "Rate this skill to see what changes from your level."
                )
            )
        )
        if current is None
        else ""
    )
    rows = []
    for step in steps:
        tags = []
        if step.is_next:
            tags.append(QCoreApplication.translate("SkillLadderView", "next"))
        if step.is_target:
            tags.append(QCoreApplication.translate("SkillLadderView", "target"))
        tag = f" <i>({escape(join_names(tags))})</i>" if tags else ""
        mark = mark_label(step.mark).lower()
        if step.expected is not None:
            mark = QCoreApplication.translate(
                "SkillLadderView", "{mark}, expected: {proficiency}"
            ).format(mark=mark, proficiency=step.expected.label)
        evidence = _evidence_html((examples or {}).get(step.level.id, ()))
        rows.append(
            f"<p><b>{escape(step.level.label)}</b>{tag} — {escape(mark)}<br>"
            f"{escape(step.descriptor)}{evidence}</p>"
        )
    return intro + "".join(rows)
