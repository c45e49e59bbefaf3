"""The import wizard: choose the files (their format recognised), map a sheet's columns, then
review the mapping report and a preview (or, for a new version, what changed) before anything
is saved. A view only: the presenter reads, converts and installs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.views.column_mapping_page import ColumnMappingPage
from app.views.dialog_geometry import GeometryKeeper
from app.views.framework_diff_view import FrameworkDiffView
from app.views.framework_summary import PROBLEM_STYLE, framework_preview_html
from core.framework_import import READABLE, TABULAR, Inspection, InstallPlan, format_label
from core.i18n import translate
from core.importers.common import ImportReport

FILES, MAPPING, REVIEW = range(3)
GEOMETRY_KEY = "dialogs/framework-import/geometry"


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilesPage(QWizardPage):
    """The files chosen and what each was recognised as."""

    add_requested = Signal()
    files_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the files"))
        self.setSubTitle(
            self.tr(
                "A Skill Ladder YAML or JSON file, a CSV or XLSX sheet, a Financial Times YAML "
                "file (with its levels file), Monzo's Markdown files (several at once), or "
                "DIRECT's JSON or CSV (with its skill-level file)."
            )
        )
        self._paths: list[Path] = []
        self.inspection: Inspection | None = None
        self.busy = False
        self.files = QTreeWidget()
        self.files.setObjectName("import-files")
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setHeaderLabels([self.tr("File"), self.tr("Recognised as")])
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.files.header().setStretchLastSection(False)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = _problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_selected)
        self.files.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.files.selectedItems()))
        )

    def paths(self) -> list[Path]:
        """The files chosen, in order."""
        return list(self._paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (each once) and ask for them to be looked at again."""
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
        self._fill()
        self.files_changed.emit()

    def _remove_selected(self) -> None:
        chosen = {
            Path(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.files.selectedItems()
        }
        self._paths = [p for p in self._paths if p not in chosen]
        self._fill()
        self.files_changed.emit()

    def _fill(self, kinds: dict[Path, str] | None = None) -> None:
        self.files.clear()
        for path in self._paths:
            kind = (kinds or {}).get(path)
            item = QTreeWidgetItem([path.name, format_label(kind) if kind else "…"])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(0, str(path))
            self.files.addTopLevelItem(item)

    def set_busy(self, busy: bool) -> None:
        """While the files are read: a progress bar, and no going on."""
        self.busy = busy
        self.progress.setVisible(busy)
        self.add_button.setEnabled(not busy)
        if busy:
            self.inspection = None
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Reading the files…"))
        self.completeChanged.emit()

    def show_inspection(self, inspection: Inspection) -> None:
        """What each file is; whether they can be imported together."""
        self.inspection = inspection
        self._fill({f.path: f.kind for f in inspection.files})
        unreadable = [f for f in inspection.files if f.kind not in READABLE]
        if unreadable:
            first = unreadable[0]
            self.status.setStyleSheet(PROBLEM_STYLE)
            self.status.setText(
                self.tr("{file} is {what}: it cannot be imported. Remove it or choose another.")
                .format(file=first.path.name, what=first.label)
            )  # fmt: skip
        elif inspection.tabular:
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("A sheet: next, say which column holds what.")
                if inspection.needs_mapping
                else self.tr("A sheet with the template's columns.")
            )
        else:
            kinds = sorted({f.label for f in inspection.files})
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Recognised: {formats}").format(formats=", ".join(kinds)))
        self.completeChanged.emit()

    def show_problem(self, text: str) -> None:
        """Why the files cannot be read (file and line or cell named)."""
        self.inspection = None
        self._fill()
        self.status.setStyleSheet(PROBLEM_STYLE)
        self.status.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        """The files were read and every one can be imported."""
        inspection = self.inspection
        return not self.busy and inspection is not None and inspection.readable


class ReviewPage(QWizardPage):
    """The conversion's outcome: what changed (an update), a preview and the mapping report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check before installing"))
        self.setSubTitle(self.tr("Nothing is saved until you click the button at the bottom."))
        self.plan: InstallPlan | None = None
        self.installer: Callable[[], bool] | None = None
        self.convert: Callable[[], None] | None = None
        self.headline = _problem_label()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.tabs = QTabWidget()
        self.changes = FrameworkDiffView()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenExternalLinks(True)
        self.report = QTreeWidget()
        self.report.setObjectName("mapping-report")
        self.report.setHeaderHidden(True)
        self.report.setAccessibleName(self.tr("Mapping report"))
        self.report.setWordWrap(True)
        self.tabs.addTab(self.changes, self.tr("What &changed"))
        self.tabs.addTab(self.preview, self.tr("&Preview"))
        self.tabs.addTab(self.report, self.tr("Mapping &report"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        """Convert the files anew each time the page is reached."""
        if self.convert is not None:
            self.convert()

    def set_busy(self) -> None:
        """Converting: only a progress bar."""
        self.plan = None
        self.headline.setStyleSheet("")
        self.headline.setText(self.tr("Converting and checking…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.tabs.setVisible(False)
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int) -> None:
        """Steps done of all."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_problems(self, text: str) -> None:
        """The conversion failed: why (files, lines and cells named)."""
        self.plan = None
        self.progress.setVisible(False)
        self.tabs.setVisible(False)
        self.headline.setStyleSheet(PROBLEM_STYLE)
        self.headline.setText(text)
        self.completeChanged.emit()

    def show_plan(self, plan: InstallPlan) -> None:
        """A converted framework, ready to install: its preview, report and changes."""
        self.plan = plan
        framework = plan.converted.framework
        self.progress.setVisible(False)
        self.tabs.setVisible(True)
        what = format_label(plan.converted.import_format)
        if plan.builtin:
            self.headline.setStyleSheet(PROBLEM_STYLE)
            self.headline.setText(
                self.tr(
                    "This file's framework has the id of the built-in one ({id}); it cannot be "
                    "installed over it. Give the framework another id in the file."
                ).format(id=framework.id)
            )
        elif plan.is_update and plan.diff is not None:
            self.headline.setStyleSheet("")
            self.headline.setText(
                self.tr(
                    "A new version of '{name}' ({format}): {old} → {new}. Completed "
                    "assessments keep the version they were completed with; drafts and new "
                    "assessments use this one."
                ).format(
                    name=framework.name,
                    format=what,
                    old=plan.diff.old_version or "—",
                    new=framework.version or "—",
                )
            )
        else:
            self.headline.setStyleSheet("")
            self.headline.setText(
                self.tr("New framework: {name}, version {version} ({format}).").format(
                    name=framework.name, version=framework.version or "—", format=what
                )
            )
        if plan.diff is not None:
            self.changes.show_diff(plan.diff)
        self.tabs.setTabVisible(0, plan.diff is not None)
        self.preview.setHtml(framework_preview_html(framework))
        self._fill_report(plan.converted.report)
        self.tabs.setCurrentIndex(0 if plan.diff is not None else 1)
        self.completeChanged.emit()

    def _fill_report(self, report: ImportReport) -> None:
        self.report.clear()
        files = ", ".join(Path(f).name for f in report.files)
        head = QTreeWidgetItem(
            [translate("Importer", "Format: {format}; files: {files}").format(
                format=report.format, files=files)]
        )  # fmt: skip
        self.report.addTopLevelItem(head)
        for title, items in (
            (translate("Importer", "Mapped: {count}"), report.mapped),
            (translate("Importer", "Merged: {count}"), report.merged),
            (translate("Importer", "Renamed: {count}"), report.renamed),
            (translate("Importer", "Left out: {count}"), report.left_out),
        ):
            count = len(items) if items else translate("Importer", "nothing")
            top = QTreeWidgetItem([title.format(count=count)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.report.addTopLevelItem(top)
            for text in items:
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                top.addChild(child)
            top.setExpanded(True)

    def report_lines(self) -> list[str]:
        """Every line of the report as shown (titles, then their items)."""
        lines = []
        for i in range(self.report.topLevelItemCount()):
            top = self.report.topLevelItem(i)
            lines.append(top.text(0))
            lines += [f"  - {top.child(j).text(0)}" for j in range(top.childCount())]
        return lines

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        """Converted, and installable (not the built-in framework's id)."""
        return self.plan is not None and not self.plan.builtin

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Install now; the wizard closes only when it worked."""
        return self.installer is not None and self.installer()


class FrameworkImportWizard(QWizard):
    """Files → (a sheet's columns) → review and install."""

    def __init__(self, update_of: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framework-import-wizard")
        self.update_of = update_of
        self.setWindowTitle(
            self.tr("Update '{name}'").format(name=update_of)
            if update_of
            else self.tr("Import a framework")
        )
        self.files_page = FilesPage()
        self.mapping_page = ColumnMappingPage()
        self.review_page = ReviewPage()
        self.setPage(FILES, self.files_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(REVIEW, self.review_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.set_finish_text(update=bool(update_of))
        self.resize(900, 640)
        self._geometry = GeometryKeeper(self, GEOMETRY_KEY)

    def set_finish_text(self, *, update: bool) -> None:
        """ "Install" for a new framework, "Update" for a new version."""
        self.setButtonText(
            QWizard.WizardButton.FinishButton, self.tr("&Update") if update else self.tr("&Install")
        )

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """A sheet goes through the column mapping; other files straight to the review."""
        current = self.currentId()
        if current == FILES:
            inspection = self.files_page.inspection
            if inspection is not None and inspection.files and inspection.files[0].kind in TABULAR:
                return MAPPING
            return REVIEW
        if current == MAPPING:
            return REVIEW
        return -1
