"""The import wizard's column-mapping step: which of the sheet's columns holds each field, with
the first rows shown as they will be read, and the framework's name and version."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.views.framework_summary import PROBLEM_STYLE
from core.importers.columns import columns_of, mapping_for, preview
from core.importers.tabular import MAPPABLE_COLUMNS as COLUMNS
from core.importers.tabular import REQUIRED_COLUMNS

MIN_COLUMN, MAX_COLUMN = 90, 260
"""Widths of the preview's columns, in pixels."""


def field_label(field: str) -> str:
    """A field's name as the window shows it."""
    labels = {
        "skill": QCoreApplication.translate("ColumnMapping", "Skill"),
        "level": QCoreApplication.translate("ColumnMapping", "Level"),
        "descriptor": QCoreApplication.translate("ColumnMapping", "Descriptor"),
        "category": QCoreApplication.translate("ColumnMapping", "Category"),
        "examples": QCoreApplication.translate("ColumnMapping", "Examples"),
        "role": QCoreApplication.translate("ColumnMapping", "Role"),
        "requirement": QCoreApplication.translate("ColumnMapping", "Requirement"),
        "proficiency": QCoreApplication.translate("ColumnMapping", "Proficiency"),
        "skill_summary": QCoreApplication.translate("ColumnMapping", "Skill summary"),
        "level_meaning": QCoreApplication.translate("ColumnMapping", "Level meaning"),
        "role_descriptor": QCoreApplication.translate("ColumnMapping", "Role's own descriptor"),
        "role_examples": QCoreApplication.translate("ColumnMapping", "Role's examples"),
        "keywords": QCoreApplication.translate("ColumnMapping", "Keywords"),
        "skill_id": QCoreApplication.translate("ColumnMapping", "Skill id"),
        "level_id": QCoreApplication.translate("ColumnMapping", "Level id"),
        "role_id": QCoreApplication.translate("ColumnMapping", "Role id"),
    }
    return labels.get(field, field)


def field_hint(field: str) -> str:
    """What a field holds, for its tooltip."""
    hints = {
        "skill": QCoreApplication.translate("ColumnMapping", "The skill's name (required)"),
        "level": QCoreApplication.translate(
            "ColumnMapping", "The level's name as the sheet has it (required)"
        ),
        "descriptor": QCoreApplication.translate(
            "ColumnMapping", "One criterion of the skill at that level"
        ),
        "category": QCoreApplication.translate(
            "ColumnMapping", "The skill's category; 'Domain > Area' gives a path"
        ),
        "examples": QCoreApplication.translate(
            "ColumnMapping", "Examples of the criterion, separated by | or new lines"
        ),
        "role": QCoreApplication.translate(
            "ColumnMapping", "The role; empty cells give the skill's generic descriptor"
        ),
        "requirement": QCoreApplication.translate(
            "ColumnMapping", "required, optional or not-expected (empty: required)"
        ),
        "proficiency": QCoreApplication.translate(
            "ColumnMapping", "The proficiency the role expects at that level"
        ),
        "skill_summary": QCoreApplication.translate("ColumnMapping", "What the skill is about"),
        "level_meaning": QCoreApplication.translate("ColumnMapping", "What the level means"),
        "role_descriptor": QCoreApplication.translate(
            "ColumnMapping", "A criterion written for this role, in place of the generic one"
        ),
        "role_examples": QCoreApplication.translate(
            "ColumnMapping", "Examples of the role's criterion, separated by | or new lines"
        ),
        "keywords": QCoreApplication.translate(
            "ColumnMapping", "Words to find the skill by, separated by |"
        ),
        "skill_id": QCoreApplication.translate(
            "ColumnMapping", "A stable id for the skill (kept when its name changes)"
        ),
        "level_id": QCoreApplication.translate(
            "ColumnMapping", "A stable id for the level (kept when its name changes)"
        ),
        "role_id": QCoreApplication.translate(
            "ColumnMapping", "A stable id for the role (kept when its name changes)"
        ),
    }
    return hints.get(field, "")


class ColumnMappingPage(QWizardPage):
    """One combo box per field listing the sheet's headers, a live preview, and Save/Load."""

    save_requested = Signal()
    load_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which column holds what"))
        self.setSubTitle(
            self.tr(
                "Skill and level are required. The preview shows the first rows as they "
                "will be read."
            )
        )
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._extra: dict[str, Any] = {}
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Framework name"))
        self.version = QLineEdit()
        self.version.setAccessibleName(self.tr("Framework version"))
        self.version.setPlaceholderText(self.tr("for example 1.0 or 2026-03"))
        about = QFormLayout()
        about.addRow(self.tr("Framework &name:"), self.name)
        about.addRow(self.tr("&Version:"), self.version)

        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        half = (len(COLUMNS) + 1) // 2
        for at, field in enumerate(COLUMNS):
            combo = QComboBox()
            combo.setObjectName(f"column-{field}")
            combo.setAccessibleName(field_label(field))
            combo.setToolTip(field_hint(field))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            label_text = field_label(field)
            if field in REQUIRED_COLUMNS:
                label_text = self.tr("{field} *").format(field=label_text)
            label = QLabel(f"<b>{label_text}</b>" if field in REQUIRED_COLUMNS else label_text)
            label.setBuddy(combo)
            label.setToolTip(field_hint(field))
            row, column = at % half, (at // half) * 2
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        required = QLabel(self.tr("* required"))
        columns_box = QGroupBox(self.tr("Columns"))
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.addLayout(grid)
        columns_layout.addWidget(required)

        self.preview = QTableWidget(0, len(COLUMNS))
        self.preview.setObjectName("mapping-preview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setHorizontalHeaderLabels([field_label(f) for f in COLUMNS])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.save_button = QPushButton(self.tr("&Save mapping…"))
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.save_button.setToolTip(
            self.tr("Save these choices as a mapping file to use again (also with the CLI's --map)")
        )
        self.load_button.setToolTip(self.tr("Use the choices saved in a mapping file"))
        files = QHBoxLayout()
        files.addWidget(self.problem, 1)
        files.addWidget(self.save_button)
        files.addWidget(self.load_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.template_note)
        layout.addLayout(about)
        layout.addWidget(columns_box)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(files)
        self.name.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.save_button.clicked.connect(self.save_requested)
        self.load_button.clicked.connect(self.load_requested)

    # --- filling -------------------------------------------------------------------------------

    def set_sheet(
        self,
        header: list[str],
        rows: list[list[str]],
        guessed: Mapping[str, str | None],
        *,
        template: bool,
        name: str,
        version: str,
    ) -> None:
        """Show a sheet's headers in every combo box, choose the guesses, and preview."""
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self._extra = {}
        self.template_note.setText(
            self.tr("The columns are the template's: check them and the preview, then go on.")
            if template
            else self.tr(
                "This sheet's columns are not the template's. The choices below are guesses "
                "from the column names: check them."
            )
        )
        if not self.name.text():
            self.name.setText(name)
        if not self.version.text():
            self.version.setText(version)
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(no column)"), None)
            for column in header:
                if column:
                    combo.addItem(column, column)
            combo.blockSignals(False)
        self.set_columns(guessed)

    def set_columns(self, columns: Mapping[str, str | None]) -> list[str]:
        """Choose a column for each field; return the columns asked for that the sheet lacks."""
        missing = []
        for field, combo in self.combos.items():
            wanted = columns.get(field)
            found = combo.findData(wanted) if wanted else 0
            if wanted and found < 0:
                lowered = [str(combo.itemData(i) or "").lower() for i in range(combo.count())]
                found = lowered.index(wanted.lower()) if wanted.lower() in lowered else -1
            if found < 0:
                missing.append(wanted or "")
                found = 0
            combo.blockSignals(True)
            combo.setCurrentIndex(found)
            combo.blockSignals(False)
        self._changed()
        return missing

    def use_mapping(self, mapping: Mapping[str, Any]) -> list[str]:
        """Apply a loaded mapping file (its other keys are kept); return missing columns."""
        self._extra = {k: v for k, v in mapping.items() if k != "columns"}
        meta = self._extra.get("framework")
        if isinstance(meta, dict):
            if meta.get("name"):
                self.name.setText(str(meta["name"]))
            if meta.get("version"):
                self.version.setText(str(meta["version"]))
        asked = dict(mapping.get("columns") or {})
        chosen = columns_of(self._header, mapping)
        missing = [str(v) for f, v in asked.items() if v and chosen.get(f) is None]
        self.set_columns(chosen)
        return missing

    # --- reading -------------------------------------------------------------------------------

    def columns(self) -> dict[str, str | None]:
        """The column chosen for each field (None: no column)."""
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def mapping(self, framework_id: str | None = None) -> dict[str, Any]:
        """The mapping the importer reads: the columns, the name and version typed (and the
        installed framework's id when this is its new version), and any loaded extra keys."""
        extra = dict(self._extra)
        meta = (
            dict(extra.get("framework") or {}) if isinstance(extra.get("framework"), dict) else {}
        )
        meta["name"] = self.name.text().strip()
        if self.version.text().strip():
            meta["version"] = self.version.text().strip()
        else:
            meta.pop("version", None)
        if framework_id:
            meta["id"] = framework_id
        extra["framework"] = meta
        return mapping_for(self._header, self.columns(), extra)

    def saved_mapping(self) -> dict[str, Any]:
        """What Save mapping… writes: the columns and loaded keys, with the name and version
        but never an installed framework's id."""
        return self.mapping()

    def _changed(self) -> None:
        rows = preview(self._header, self._rows, mapping_for(self._header, self.columns()))
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, field in enumerate(COLUMNS):
                item = QTableWidgetItem(row[field])
                item.setToolTip(row[field])
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(len(COLUMNS)):  # long descriptors are cut (their tooltip has them whole)
            width = self.preview.columnWidth(c)
            self.preview.setColumnWidth(c, max(MIN_COLUMN, min(width, MAX_COLUMN)))
        chosen = [v for v in self.columns().values() if v]
        twice = sorted({v for v in chosen if chosen.count(v) > 1})
        lacking = [field_label(f) for f in REQUIRED_COLUMNS if not self.columns().get(f)]
        if lacking:
            self.problem.setText(
                self.tr("Choose the column of: {fields}").format(fields=", ".join(lacking))
            )
        elif twice:
            self.problem.setText(
                self.tr("Column '{column}' is chosen for more than one field").format(
                    column=twice[0]
                )
            )
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        """Skill and level have a column and the framework a name."""
        columns = self.columns()
        return all(columns.get(f) for f in REQUIRED_COLUMNS) and bool(self.name.text().strip())
