"""Keep what the user was looking at while a table is filled again (another client's change)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView


@contextmanager
def kept_view_state(
    view: QAbstractItemView,
    key_role: int = Qt.ItemDataRole.DisplayRole,
    *,
    keep_selection: bool = True,
) -> Iterator[None]:
    """Around a refill of ``view``: the scroll position stays, and (``keep_selection``) the
    selected and current rows are found again by their first column's ``key_role`` data."""
    vertical = view.verticalScrollBar().value()
    horizontal = view.horizontalScrollBar().value()
    model = view.model()
    selection_model = view.selectionModel()
    selected = [model.index(i.row(), 0).data(key_role) for i in selection_model.selectedRows()]
    current = view.currentIndex()
    current_key = model.index(current.row(), 0).data(key_role) if current.isValid() else None
    yield
    model = view.model()
    selection_model = view.selectionModel()
    if keep_selection and (selected or current_key is not None):
        selection = QItemSelection()
        last_column = max(model.columnCount() - 1, 0)
        for row in range(model.rowCount()):
            key = model.index(row, 0).data(key_role)
            if key in selected:
                selection.select(model.index(row, 0), model.index(row, last_column))
            if current_key is not None and key == current_key:
                selection_model.setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.doItemsLayout()  # the scroll bars' ranges follow the new rows before the values return
    view.verticalScrollBar().setValue(vertical)
    view.horizontalScrollBar().setValue(horizontal)
