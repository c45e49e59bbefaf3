"""Read-only tables that select whole rows: the skill list, the goal list."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView


def row_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A table over ``model``: one row selected at a time, no editing, no row numbers; the
    first column takes the spare width and the others fit their contents."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ReadableFirstColumn(QObject):
    """Keeps a table wide enough for its other columns plus a first column that shows names
    whole (up to ``max_chars`` average characters), so the splitter's other side yields the
    room instead of the names being elided. Follows the model and hidden or resized columns."""

    def __init__(self, table: QTableView, max_chars: int = 30) -> None:
        super().__init__(table)
        self._table = table
        self._max_chars = max_chars
        # A table widget filled cell by cell emits these once per cell; measuring once per fill
        # (at the next turn of the event loop) keeps a refresh linear in the number of skills.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.update_width)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
            signal.connect(self._pending.start)
        table.horizontalHeader().sectionResized.connect(self._pending.start)
        self.update_width()

    def update_width(self) -> None:
        """Recompute the table's minimum width from the names and the other columns."""
        table = self._table
        if not shiboken6.isValid(table) or table.model() is None:
            return  # a signal from the header while the table is being destroyed
        model = table.model()
        metrics = table.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(str(model.index(r, 0).data() or ""))
             for r in range(model.rowCount())),
            default=0,
        )  # fmt: skip
        cap = metrics.averageCharWidth() * self._max_chars
        padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        header = table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(1, model.columnCount())
            if not header.isSectionHidden(c)
        )
        chrome = 2 * table.frameWidth() + table.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent
        )
        width = min(longest, cap) + padding + others + chrome
        if table.minimumWidth() != width:
            table.setMinimumWidth(width)
