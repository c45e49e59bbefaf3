"""The rating page: the role's skills on the left, the selected skill's ladder on the right."""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.skill_table_model import SkillTableModel
from app.views.skill_ladder import SkillLadderView
from app.views.tables import ReadableFirstColumn, row_table

_TEXT_EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_OWN_ARROWS = (QAbstractItemView, QComboBox)
_CHILD_POLISHED, _KEY_PRESS = QEvent.Type.ChildPolished, QEvent.Type.KeyPress


def _is_text_editor(widget: QWidget | None) -> bool:
    if isinstance(widget, QTextEdit):
        return not widget.isReadOnly()  # "What it takes" is read-only: the keys work there
    return isinstance(widget, _TEXT_EDITORS)


def rating_keys(level_count: int) -> list[tuple[str, str]]:
    """The Assess page's keys and what they do, for the hint and the shortcuts dialog."""
    top = min(level_count, 9)
    rate = QCoreApplication.translate("AssessPage", "1–{top}").format(top=top) if top > 1 else "1"
    return [
        (rate, QCoreApplication.translate("AssessPage", "Rate the skill at that level")),
        ("0", QCoreApplication.translate("AssessPage", "Not yet")),
        ("↑ / ↓", QCoreApplication.translate("AssessPage", "Previous or next skill")),
    ]


class _RatingKeyFilter(QObject):
    """Digits rate and ↑/↓ move between skills wherever the focus is inside the page, except in
    text editors (typing a digit into a note stays typing). Item views and combo boxes keep
    their own ↑/↓ (the skill list moves between skills by itself). Widgets added later (level
    cards) are watched once polished, which is before they are first shown. (Not as they are
    added: every QObject child is added too, such as the presenters, and reading one before
    its construction ends makes PySide create every QObject class it knows, ~10 ms.)"""

    def __init__(self, page: AssessPage) -> None:
        super().__init__(page)
        self._page = page
        self.watch(page)

    def watch(self, widget: QWidget) -> None:
        """Filter ``widget`` and every widget inside it."""
        for each in (widget, *widget.findChildren(QWidget)):
            each.removeEventFilter(self)  # installed once, however often this runs
            each.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Every event of every widget of the page passes here (paints, layouts…): the two
        # kinds that matter are picked out first, the rest let through at once.
        kind = event.type()
        if kind == _CHILD_POLISHED and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget):
                self.watch(child)
        elif (
            kind == _KEY_PRESS
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and self._handles(watched, event)
        ):
            return True
        return False

    def _handles(self, watched: QWidget, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier or _is_text_editor(watched):
            return False
        focus = QApplication.focusWidget()
        if _is_text_editor(focus) and watched.isAncestorOf(focus):
            return False  # a key the editor passed up to its parents
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._page.digit_pressed.emit(key - Qt.Key.Key_0)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not isinstance(watched, _OWN_ARROWS):
            self._page.move_selection(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False


class AssessPage(QWidget):
    """Layout only; :class:`app.controllers.assess_presenter.AssessPresenter` drives it."""

    digit_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAccessibleName(self.tr("Who is assessed, against which role and target"))
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.save_status.setAccessibleName(self.tr("Saving problem"))
        self.save_status.setStyleSheet("color: white; background: #b3261e; padding: 4px;")
        self.save_status.hide()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Assessment status"))
        self.banner_button = QPushButton()
        self.banner_button.setAccessibleName(self.tr("Assessment action"))
        self.complete_button = QPushButton(self.tr("Complete assessment"))
        self.complete_button.setAccessibleName(self.tr("Complete assessment"))
        self.complete_button.setToolTip(
            self.tr("Freeze this assessment with today's date (Ctrl+Return)")
        )
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.header, 1)
        banner_row.addWidget(self.banner, 2)
        banner_row.addWidget(self.banner_button)
        banner_row.addWidget(self.complete_button)

        self.model = SkillTableModel()
        self.table = row_table(self.model, self.tr("Skills of the role"))
        self.table.setTabKeyNavigation(False)
        self._readable_names = ReadableFirstColumn(self.table)

        self.ladder = SkillLadderView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("assess-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.ladder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 880])  # until the user's own sizes are restored

        layout = QVBoxLayout(self)
        layout.addWidget(self.save_status)
        layout.addLayout(banner_row)
        layout.addWidget(self.splitter, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Keys"))
        layout.addWidget(self.hint)
        self.set_level_count(5)

        self._key_filter = _RatingKeyFilter(self)

    def set_level_count(self, count: int) -> None:
        """Make the key hint follow the framework's number of levels."""
        keys = rating_keys(count)
        self.hint.setText(
            self.tr(
                "Keys: {rate} rate at a level, 0 = not yet, ↑/↓ move between skills, "
                "Ctrl+Z / Ctrl+Shift+Z undo and redo."
            ).format(rate=keys[0][0])
        )

    def move_selection(self, step: int) -> None:
        """Select the previous (-1) or next (+1) skill, staying within the list."""
        row = self.current_row()
        self.select_row(max(0, min(self.model.rowCount() - 1, row + step)))

    def current_row(self) -> int:
        """The selected skill's row, -1 if none."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Select a skill row."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
