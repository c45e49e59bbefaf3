"""The rating page: the role's skills on the left, the selected skill's ladder on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.skill_table_model import SkillTableModel
from app.views.skill_ladder import SkillLadderView
from app.views.tables import row_table


class _DigitKeyFilter(QObject):
    """Turns unmodified digit key presses into ``digit_pressed`` emissions."""

    def __init__(self, signal: SignalInstance, parent: QObject) -> None:
        super().__init__(parent)
        self._signal = signal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (
                Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9
                and modifiers == Qt.KeyboardModifier.NoModifier
            ):
                self._signal.emit(event.key() - Qt.Key.Key_0)
                return True
        return super().eventFilter(watched, event)


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
        self.banner.setAccessibleName("Assessment status")
        self.banner_button = QPushButton()
        self.banner_button.setAccessibleName("Assessment action")
        self.complete_button = QPushButton("Complete assessment")
        self.complete_button.setAccessibleName("Complete assessment")
        self.complete_button.setToolTip("Freeze this assessment with today's date (Ctrl+Return)")
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        banner_row.addWidget(self.complete_button)

        self.model = SkillTableModel()
        self.table = row_table(self.model, "Skills of the role")
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumWidth(330)

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
        layout.addWidget(self.header)
        layout.addWidget(self.save_status)
        layout.addLayout(banner_row)
        layout.addWidget(self.splitter, 1)
        self.hint = QLabel(
            "Keys: 1–9 rate at a level, 0 = not yet, ↑/↓ move between skills, "
            "Ctrl+Z / Ctrl+Shift+Z undo and redo."
        )
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)

        # Digits rate the selected skill while the skill list or the ladder has focus; the note
        # editor is not filtered, so typing digits into a note stays typing.
        self._digit_filter = _DigitKeyFilter(self.digit_pressed, self)
        for widget in (self.table, self.ladder.not_yet, self.ladder.cards_area):
            widget.installEventFilter(self._digit_filter)

    def current_row(self) -> int:
        """The selected skill's row, -1 if none."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Select a skill row."""
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
