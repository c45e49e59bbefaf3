"""Pick a role from a searchable list, read what it is about, and choose a target level."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.formatting import join_names
from app.views.framework_text import source_html
from core.framework import Framework, Role

ROLE_ID = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT = Qt.ItemDataRole.UserRole + 2
FRAMEWORK_ID = Qt.ItemDataRole.UserRole + 3


def role_details_html(framework: Framework, role: Role) -> str:
    """The role's summary, stages, responsibilities, deliverables and what each of its levels
    means for it, as simple rich text."""
    stages = {s.id: s.label for s in framework.stages}

    def items(values: tuple[str, ...]) -> str:
        return "".join(f"<li>{escape(v)}</li>" for v in values)

    led = join_names([stages.get(s, s) for s in role.leads]) or "—"
    supported = join_names([stages.get(s, s) for s in role.supports]) or "—"
    html = f"<h3>{escape(role.name)}</h3><p>{escape(role.summary)}</p>"
    if framework.stages:
        leads = QCoreApplication.translate("RolePicker", "Leads:")
        supports = QCoreApplication.translate("RolePicker", "Supports:")
        html += (
            f"<p><b>{escape(leads)}</b> {escape(led)}<br>"
            f"<b>{escape(supports)}</b> {escape(supported)}</p>"
        )
    if role.responsibilities:  # optional in schema 2
        title = QCoreApplication.translate("RolePicker", "Responsibilities")
        html += f"<h4>{escape(title)}</h4><ul>{items(role.responsibilities)}</ul>"
    if role.deliverables:
        title = QCoreApplication.translate("RolePicker", "Typical deliverables")
        html += f"<h4>{escape(title)}</h4><ul>{items(role.deliverables)}</ul>"
    return html + level_meanings_html(framework, role) + source_html(framework)


def level_meanings_html(framework: Framework, role: Role) -> str:
    """What each level the role uses means for it (its family's scope, autonomy and impact, or
    the level's generic meaning); nothing when no level has a meaning."""
    rows = [
        (level.label, framework.level_meaning(role.id, level.id))
        for level in framework.role_levels(role.id)
    ]
    if not any(meaning for _label, meaning in rows):
        return ""
    title = QCoreApplication.translate("RolePicker", "What each level means for this role")
    entries = "".join(
        "<li>"
        + QCoreApplication.translate("RolePicker", "<b>{level}</b>: {meaning}").format(
            level=escape(label), meaning=escape(meaning)
        )
        + "</li>"
        for label, meaning in rows
        if meaning
    )
    return f"<h4>{escape(title)}</h4><ul>{entries}</ul>"


class RolePicker(QWidget):
    """Searchable role list (grouped by framework when several are installed) with details and
    the target level."""

    role_chosen = Signal(str, str)
    """(framework id, role id) of the role the user picked."""
    target_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._framework: Framework | None = None
        self._frameworks: dict[str, Framework] = {}
        self.search = QLineEdit(placeholderText=self.tr("Search roles and skills…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search roles"))
        self._model = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterRole(SEARCH_TEXT)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setRecursiveFilteringEnabled(True)
        self.list = QTreeView()
        self.list.setModel(self._proxy)
        self.list.setHeaderHidden(True)
        self.list.setAccessibleName(self.tr("Roles"))
        self.list.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Target level"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Role details"))
        self.details.setOpenLinks(False)

        form = QFormLayout()
        form.addRow(self.tr("&Target level:"), self.target)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("role-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.target.activated.connect(self._on_target_activated)

    def set_framework(self, framework: Framework) -> None:
        """Fill the list and the level choice from one framework."""
        self.set_frameworks([framework], framework)

    def set_frameworks(self, frameworks: list[Framework], current: Framework) -> None:
        """Fill the list from every framework a role can come from (grouped under their names
        when there are several); ``current`` is the framework of the person shown."""
        self._frameworks = {f.id: f for f in frameworks}
        self._framework = current
        # Refilling moves the current row: that is no choice of the user's (the presenter shows
        # the person's role again afterwards).
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        try:
            self._fill(frameworks)
        finally:
            selection.blockSignals(False)
        self._fill_targets(None)

    def _fill(self, frameworks: list[Framework]) -> None:
        self._model.clear()
        grouped = len(frameworks) > 1
        for framework in frameworks:
            parent = self._model.invisibleRootItem()
            if grouped:
                header = QStandardItem(
                    self.tr("{framework} ({version})").format(
                        framework=framework.name, version=framework.version
                    )
                )
                header.setSelectable(False)
                header.setData(framework.id, FRAMEWORK_ID)
                header.setData(framework.name, SEARCH_TEXT)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setToolTip(framework.description)
                self._model.appendRow(header)
                parent = header
            for role in framework.roles:
                item = QStandardItem(role.name)
                item.setData(role.id, ROLE_ID)
                item.setData(framework.id, FRAMEWORK_ID)
                skill_names = " ".join(framework.skill(s).name for s in role.skill_ids)
                item.setData(f"{role.name} {role.summary} {skill_names}", SEARCH_TEXT)
                item.setToolTip(role.summary)
                parent.appendRow(item)
        self.list.setRootIsDecorated(grouped)
        self.list.expandAll()

    def show_framework(self, framework: Framework) -> None:
        """The person shown now has a role from ``framework`` (or none)."""
        self._framework = framework

    def _on_search(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
        self.list.expandAll()

    def _fill_targets(self, role_id: str | None) -> None:
        """The target levels to choose from: the role's own levels (all before a role)."""
        framework = self._framework
        if framework is None:
            return
        known = role_id is not None and framework.has_role(role_id)
        levels = framework.role_levels(role_id) if known and role_id else framework.levels
        if [self.target.itemData(i) for i in range(self.target.count())] == [
            lv.id for lv in levels
        ]:
            return
        self.target.clear()
        for level in levels:
            self.target.addItem(level.label, level.id)
            self.target.setItemData(
                self.target.count() - 1, level.meaning, Qt.ItemDataRole.ToolTipRole
            )

    def show_role(self, role_id: str | None, target_level: str, *, target_editable: bool) -> None:
        """Reflect the controller's state without emitting signals."""
        self.list.blockSignals(True)
        self.list.selectionModel().blockSignals(True)
        if role_id is None:
            # Clear the current index too: otherwise clicking the row that was current before
            # (another person's role) changes nothing and the role is never chosen.
            self.list.setCurrentIndex(QModelIndex())
            self.list.clearSelection()
            self.details.setHtml(
                "<p>{}</p>".format(
                    escape(self.tr("Choose the role you want to assess yourself against."))
                )
            )
        else:
            index = self._role_index(self._framework.id if self._framework else "", role_id)
            # Filtered out by the search: nothing is current.
            self.list.setCurrentIndex(index if index is not None else QModelIndex())
            if self._framework is not None and self._framework.has_role(role_id):
                self.details.setHtml(
                    role_details_html(self._framework, self._framework.role(role_id))
                )
        self.list.selectionModel().blockSignals(False)
        self.list.blockSignals(False)
        self._fill_targets(role_id)
        index = self.target.findData(target_level)
        self.target.setCurrentIndex(max(index, 0))
        self.target.setEnabled(target_editable)

    def _role_index(self, framework_id: str, role_id: str) -> QModelIndex | None:
        """The shown row of a framework's role, if the search lets it show."""
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            candidates = [index] + [
                self._proxy.index(child, 0, index) for child in range(self._proxy.rowCount(index))
            ]
            for candidate in candidates:
                if (
                    candidate.data(ROLE_ID) == role_id
                    and candidate.data(FRAMEWORK_ID) == framework_id
                ):
                    return candidate
        return None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        role_id = current.data(ROLE_ID)
        if role_id:
            self.role_chosen.emit(current.data(FRAMEWORK_ID), role_id)

    def _on_target_activated(self, index: int) -> None:
        level_id = self.target.itemData(index)
        if level_id:
            self.target_chosen.emit(level_id)
