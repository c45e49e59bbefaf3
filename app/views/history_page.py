"""A person's assessments of a role over time: list, open, compare two, per-skill trend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.trend_chart import TrendChart

ASSESSMENT_ID = Qt.ItemDataRole.UserRole + 1


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class HistoryPage(QWidget):
    """Layout only; the history presenter fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessments = _table(
            (self.tr("Date"), self.tr("Status"), self.tr("Target"), self.tr("Rated"),
             self.tr("Overall level")),
            self.tr("Assessments"),
        )  # fmt: skip
        self.assessments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.compare_button = QPushButton(self.tr("Co&mpare two"))
        self.compare_button.setAccessibleName(self.tr("Compare the two selected assessments"))
        self.compare_button.setToolTip(
            self.tr("Select two assessments (Ctrl+click) to compare them")
        )
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the selected assessment as a draft"))
        self.reopen_button.setToolTip(
            self.tr("Turn the selected completed assessment back into a draft to correct it")
        )
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected assessment"))
        # A long history is listed a page at a time, newest first (the presenter sets the text).
        self.more_button = QPushButton()
        self.more_button.setAccessibleName(self.tr("List older assessments"))
        self.more_button.setVisible(False)
        self.comparison_title = QLabel(self.tr("Select two assessments and press Compare."))
        self.comparison_title.setWordWrap(True)
        self.comparison = _table(
            (self.tr("Skill"), self.tr("Before"), self.tr("After"), self.tr("Change"),
             self.tr("Notes")),
            self.tr("Comparison"),
        )  # fmt: skip
        self.comparison.setWordWrap(True)
        comparison_header = self.comparison.horizontalHeader()
        comparison_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.comparison.setColumnWidth(0, 220)
        self.trend_skill = QComboBox()
        self.trend_skill.setAccessibleName(self.tr("Skill for the trend"))
        self.trend = TrendChart()

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.assessments, 1)
        left_layout.addWidget(self.more_button)
        left_layout.addLayout(buttons)
        trend_row = QHBoxLayout()
        trend_row.addWidget(QLabel(self.tr("Trend of")))
        trend_row.addWidget(self.trend_skill, 1)
        left_layout.addLayout(trend_row)
        left_layout.addWidget(self.trend, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.comparison_title)
        right_layout.addWidget(self.comparison, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("history-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([500, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def selected_ids(self) -> list[int]:
        """Assessment ids of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.assessments.selectionModel().selectedRows()})
        return [self.assessments.item(row, 0).data(ASSESSMENT_ID) for row in rows]
