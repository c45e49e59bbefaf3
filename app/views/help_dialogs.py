"""Help → Keyboard shortcuts and Help → Guide."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

_CJK_MNEMONIC = re.compile(r"[(（]&[^&\s][)）]")
"""A mnemonic in parentheses after a translated text, as Chinese menus write it: 文件(&F)."""


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker (``&File``, ``文件(&F)``) and trailing ellipsis."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, "Menu › Action") for every menu action that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and action.shortcuts():
                keys = QCoreApplication.translate("ShortcutsDialog", " or ").join(
                    key.toString(QKeySequence.SequenceFormat.NativeText)
                    for key in action.shortcuts()
                )
                where = QCoreApplication.translate("ShortcutsDialog", "{menu} › {action}").format(
                    menu=_plain(menu_action.text()), action=_plain(action.text())
                )
                rows.append((keys, where))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column list: the keys, and what they do."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]


class GuideDialog(QDialog):
    """What each tab is for, in a few lines each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setOpenLinks(False)
        sections = [
            (
                self.tr("Role"),
                self.tr(
                    "Find the role you are assessed against, read what it is for, and choose "
                    "the level you are aiming for."
                ),
            ),
            (
                self.tr("Assess"),
                self.tr(
                    "Rate each skill: click the level whose description fits your work, or "
                    "press its number. Write notes and evidence, and plan goals. Everything is "
                    "saved as you go; complete the assessment to freeze it with its date."
                ),
            ),
            (
                self.tr("Gaps"),
                self.tr(
                    "How ready you are for the target level, the gaps in order of importance, "
                    "and a radar chart of your levels against the target."
                ),
            ),
            (
                self.tr("History"),
                self.tr(
                    "Every assessment of the role: open a past one, compare two, and follow "
                    "one skill over time."
                ),
            ),
            (
                self.tr("One-on-ones"),
                self.tr(
                    "For managers: meeting notes and action items with the person, and an "
                    "agenda for the next meeting."
                ),
            ),
            (
                self.tr("Team"),
                self.tr(
                    "For managers: everyone's latest level in each skill of a role, against "
                    "their target."
                ),
            ),
        ]
        self.text.setHtml("".join(f"<h3>{title}</h3><p>{body}</p>" for title, body in sections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 480)
