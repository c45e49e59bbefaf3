"""What a new version of a framework changes, readably: the version line, counts per kind, and
each kind's changes in an expandable tree (descriptors and marks with their before and after)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from core.framework_diff import FrameworkDiff, diff_groups, version_line

KIND = Qt.ItemDataRole.UserRole
OPEN_UP_TO = 12
"""Groups with at most this many changes start expanded."""


class FrameworkDiffView(QWidget):
    """A summary line and a tree of the changes, grouped by kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setObjectName("framework-diff")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What changed"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_diff(self, diff: FrameworkDiff) -> None:
        """Fill the summary and the tree from ``diff``."""
        self.tree.clear()
        groups = diff_groups(diff)
        total = sum(max(len(g.lines), 1) for g in groups)
        if diff.is_empty:
            counts = self.tr("No skill, role, level, descriptor or mark changed.")
        else:
            counts = self.tr("%n change(s) in all.", None, total)
        self.summary.setText(
            self.tr("{version}. {counts}").format(version=version_line(diff), counts=counts)
        )
        for group in groups:
            top = QTreeWidgetItem([group.title])
            top.setData(0, KIND, group.kind)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for line in group.lines:
                item = QTreeWidgetItem([line.text])
                item.setToolTip(0, line.text)
                top.addChild(item)
                if line.old or line.new:
                    before = self.tr("Before: {text}").format(text=line.old)
                    after = self.tr("After: {text}").format(text=line.new)
                    for text in (before, after):
                        child = QTreeWidgetItem([text])
                        child.setToolTip(0, text)
                        item.addChild(child)
                    item.setExpanded(len(group.lines) <= OPEN_UP_TO)
            top.setExpanded(len(group.lines) <= OPEN_UP_TO)

    def group_titles(self) -> list[str]:
        """The titles of the groups shown (for tests and screen readers' summaries)."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def group_lines(self, kind: str) -> list[str]:
        """The lines of one kind of change, as shown."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, KIND) == kind:
                return [top.child(j).text(0) for j in range(top.childCount())]
        return []
