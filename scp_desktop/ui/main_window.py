"""The main window: navigation by area, organization switcher, status bar, File and language menus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from scp_desktop import __version__
from scp_desktop.domain.collation import sorted_vietnamese
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.numbers import format_moment
from scp_desktop.domain.reference import load_bundled
from scp_desktop.ui.files import ask_folder, ask_open_path, ask_save_path, remember_in
from scp_desktop.ui.layout import fit_to_screen
from scp_desktop.ui.operations import WorkspaceOp
from scp_desktop.ui.pages import PAGES
from scp_desktop.ui.search_combo import make_searchable
from scp_desktop.ui.settings import (
    BACKUP_DAILY,
    BACKUP_FOLDER,
    BACKUP_WEEKLY,
    LANGUAGE,
    LAST_ORGANIZATION,
    Settings,
    backup_folder,
)
from scp_desktop.ui.translation import LANGUAGES, Translations
from scp_desktop.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from scp_desktop.services.backup import BackupInfo
    from scp_desktop.services.workspace import Workspace
    from scp_desktop.ui.context import AppContext
    from scp_desktop.ui.help import HelpDialog
    from scp_desktop.ui.pages.base import Page

IDLE_BUILT_PAGES = ("energy", "production", "waste", "bags", "cleaner-production")  # the large tables

BACKUP_FAILED = QT_TRANSLATE_NOOP("MainWindow", "The backup could not be written to {folder}: {reason}")

# The window paints before the workspace (and sqlite-utils) is loaded: modules that need
# the workspace are imported where they are used.


class MainWindow(QMainWindow):
    """Navigation, pages built on first visit, organization switcher, menus, status bar.

    Built without a context it is the shell that paints at start-up; `attach` gives it the
    open workspace (and again whenever another workspace is opened).
    """

    def __init__(self, ctx: AppContext | None, settings: Settings, translations: Translations) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.settings, self.translations = settings, translations
        remember_in(settings)  # every file dialog opens in the last folder used
        self.checked_on: dt.date | None = None  # when the open workspace passed its full check at start
        self.setObjectName("main_window")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setWordWrap(True)  # a long page name takes two lines, never "…"
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        # Item padding from a style sheet is not counted when Qt wraps an item's text: spacing is.
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }")
        self.nav.setSpacing(5)
        self.stack = QStackedWidget()
        self.built: dict[str, Page] = {}
        self._to_build: list[str] = []  # pages built while the window is idle (build_pages_when_idle)
        for _entry in PAGES:
            self.stack.addWidget(QWidget())  # replaced by the page on its first visit
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(self._show_row)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([210, 1070])  # the page takes what the window gains
        self.setCentralWidget(self.splitter)
        self._build_toolbar()
        self._build_menus()
        self.workspace_label = QLabel()
        self.sync_label = QLabel()
        self.statusBar().addWidget(self.workspace_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.retranslate()
        self.restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    # -- geometry ---------------------------------------------------------------------------
    def _geometry_key(self) -> str:
        """Geometry is remembered per screen size: a laptop docked to a large monitor keeps both."""
        screen = self.screen().availableGeometry()
        return f"{screen.width()}x{screen.height()}"

    def restore_geometry(self) -> None:
        """The last size and position on this screen, else 1280×800 but at most 90 % of the screen."""
        saved = self.settings.window_state(self._geometry_key())
        if saved is None or not self.restoreGeometry(saved[0]):
            fit_to_screen(self, QSize(1280, 800))
        if saved is not None:
            self.restoreState(saved[1])
            self.splitter.restoreState(saved[2])

    def save_geometry(self) -> None:
        self.settings.set_window_state(
            self._geometry_key(), self.saveGeometry(), self.saveState(), self.splitter.saveState()
        )

    def attach(self, ctx: AppContext) -> None:
        """Start working on an open workspace: organizations, then the first page."""
        from scp_desktop.ui.sync_runner import SyncRunner

        self.ctx = ctx
        ctx.sync_runner = self.sync_runner = SyncRunner(ctx, self)
        self.sync_runner.finished.connect(self._sync_finished)
        self.sync_runner.auth_required.connect(self._sync_finished)
        ctx.organization_changed.connect(self._organization_changed)
        ctx.data_changed.connect(self._data_changed)
        ctx.workspace_changed.connect(self._fill_organizations)
        self._fill_organizations()
        self.language_actions[ctx.language].setChecked(True)
        self.nav.setCurrentRow(0)
        self._show_row(0)

    # -- pages ------------------------------------------------------------------------------
    def page(self, page_id: str) -> Page:
        """The page, built now if it was never shown."""
        index = next(i for i, entry in enumerate(PAGES) if entry.page_id == page_id)
        if page_id not in self.built:
            if self.ctx is None:
                raise RuntimeError("no workspace is open yet")
            page = PAGES[index].build(self.ctx)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.built[page_id] = page
            self.commands.page_built(page)
        return self.built[page_id]

    def build_pages_when_idle(self, delay_ms: int = 250) -> None:
        """Build the record pages, one per turn of the event loop once the window has nothing else to do,
        so that opening one later only shows it. A build takes a few tens of milliseconds: a click that
        comes meanwhile waits for one build at most."""
        self._to_build = [page_id for page_id in IDLE_BUILT_PAGES if page_id not in self.built]
        QTimer.singleShot(delay_ms, self._build_next_page)

    @property
    def building_pages(self) -> bool:
        return bool(self._to_build)

    def _build_next_page(self) -> None:
        if self.ctx is None:
            self._to_build.clear()
            return
        while self._to_build:
            page_id = self._to_build.pop(0)
            if page_id not in self.built:
                self.page(page_id)
                break
        if self._to_build:
            QTimer.singleShot(0, self._build_next_page)

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigation order (building those never shown)."""
        return [self.page(entry.page_id) for entry in PAGES]

    def _show_row(self, row: int) -> None:
        if row >= 0 and self.ctx is not None:
            page = self.page(PAGES[row].page_id)
            self.stack.setCurrentIndex(row)
            self.commands.page_shown(page)

    def show_page(self, page_id: str) -> None:
        self.nav.setCurrentRow(next(i for i, entry in enumerate(PAGES) if entry.page_id == page_id))

    # -- construction -----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.org_label = QLabel()
        self.org_switcher = QComboBox()
        self.org_switcher.setObjectName("organization_switcher")
        self.org_switcher.setMinimumWidth(360)
        self.org_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.org_switcher.setMinimumContentsLength(30)
        make_searchable(self.org_switcher)  # a consultant with many clients types a few letters
        self.org_label.setBuddy(self.org_switcher)
        self.org_switcher.currentIndexChanged.connect(
            lambda _: self.ctx.set_organization(self.org_switcher.currentData())
        )
        self.toolbar.addWidget(self.org_label)
        self.toolbar.addWidget(self.org_switcher)
        self.addToolBar(self.toolbar)

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.new_action = QAction(self, triggered=self.new_workspace)
        self.open_action = QAction(self, triggered=self.open_workspace)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.demo_action = QAction(self, triggered=self.load_demo)
        self.import_action = QAction(self, triggered=self.import_csv)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.recent_menu = QMenu(self)
        self.export_archive_action = QAction(self, triggered=self.export_archive)
        self.import_archive_action = QAction(self, triggered=self.import_archive)
        self.backup_action = QAction(self, triggered=self.back_up_now)
        self.restore_action = QAction(self, triggered=self.restore_backup)
        self.backup_folder_action = QAction(self, triggered=self.choose_backup_folder)
        self.quit_action = QAction(self, triggered=self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for item in (
            self.new_action,
            self.open_action,
            self.recent_menu.menuAction(),
            self.import_action,
            self.demo_action,
        ):
            self.file_menu.addAction(item)
        self.file_menu.addSeparator()
        for action in (self.export_archive_action, self.import_archive_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.backup_action, self.restore_action, self.backup_folder_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = QMenu(self)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.commands = WindowCommands(self)
        self.help_menu = QMenu(self)
        self.guide_action = QAction(self, triggered=lambda: self.show_help())
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.glossary_action = QAction(self, triggered=lambda: self.show_help("glossary"))
        self.shortcuts_action = QAction(self, triggered=lambda: self.show_help("shortcuts"))
        self.about_action = QAction(self, triggered=self.about)
        for action in (self.guide_action, self.glossary_action, self.shortcuts_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help: HelpDialog | None = None
        for menu in (self.file_menu, self.commands.edit_menu, self.commands.go_menu, self.language_menu):
            self.menuBar().addMenu(menu)
        self.menuBar().addMenu(self.help_menu)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "SCP Desktop — sustainable production reporting"))
        for index, entry in enumerate(PAGES):
            self.nav.item(index).setText(entry.title.render(QCoreApplication.translate))
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Pages"))
        self.org_label.setText(QCoreApplication.translate("MainWindow", "&Organization: "))
        self.org_switcher.setAccessibleName(QCoreApplication.translate("MainWindow", "Organization"))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "&New workspace…"))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "&Open workspace…"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.demo_action.setText(QCoreApplication.translate("MainWindow", "Fill with &demo data"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", "&Back up now"))
        self.export_archive_action.setText(
            QCoreApplication.translate("MainWindow", "Export this organization as an &archive…")
        )
        self.import_archive_action.setText(QCoreApplication.translate("MainWindow", "Import an archi&ve…"))
        self.restore_action.setText(QCoreApplication.translate("MainWindow", "Restore from a &backup…"))
        self.backup_folder_action.setText(QCoreApplication.translate("MainWindow", "Backup &folder…"))
        self.import_action.setText(QCoreApplication.translate("MainWindow", "&Import CSV file…"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&User guide"))
        self.glossary_action.setText(QCoreApplication.translate("MainWindow", "&Glossary"))
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About SCP Desktop"))
        self.commands.retranslate()
        self._fill_go_menu()
        last = self.sync_runner.last_result if self.ctx is not None else None
        if last is not None:
            self._sync_finished(last)
        else:
            self.sync_label.setText(QCoreApplication.translate("MainWindow", "Offline: nothing is sent until you sync"))
        self._fill_recent()
        self._update_status()

    # -- organizations and status ----------------------------------------------------------
    def _fill_organizations(self) -> None:
        wanted = self.ctx.tax_code or self.settings.get(LAST_ORGANIZATION)
        self.org_switcher.blockSignals(True)
        self.org_switcher.clear()
        for org in sorted_vietnamese(self.ctx.workspace.organizations.all(), key=lambda o: o.name):
            self.org_switcher.addItem(f"{org.name} ({org.tax_code})", org.tax_code)
        index = self.org_switcher.findData(wanted)
        self.org_switcher.setCurrentIndex(index if index >= 0 else 0)
        self.org_switcher.blockSignals(False)
        self.ctx.set_organization(self.org_switcher.currentData())
        self._show_applicable_pages()  # a facility added or the kind changed
        self._update_status()

    def _organization_changed(self) -> None:
        index = self.org_switcher.findData(self.ctx.tax_code)
        if index >= 0 and index != self.org_switcher.currentIndex():
            self.org_switcher.setCurrentIndex(index)
        if self.ctx.tax_code:
            self.settings.set(LAST_ORGANIZATION, self.ctx.tax_code)
        self._show_applicable_pages()
        self._update_status()

    def _show_applicable_pages(self) -> None:
        """Only the pages that concern this organization: no bag log for a plant-only manufacturer."""
        org = self.ctx.organization if self.ctx is not None else None
        facilities = self.ctx.workspace.organizations.facilities(org.id or 0) if org else []
        for row, entry in enumerate(PAGES):
            self.nav.setRowHidden(row, org is not None and not entry.applies(org, facilities))
        if self.nav.isRowHidden(self.nav.currentRow()):
            self.nav.setCurrentRow(0)
        self._fill_go_menu()

    def _fill_go_menu(self) -> None:
        self.commands.fill_go_menu(
            [(row, self.nav.item(row).text()) for row in range(self.nav.count()) if not self.nav.isRowHidden(row)]
        )

    def _data_changed(self, kind: str) -> None:
        if kind in ("", "organizations"):
            self._fill_organizations()

    def _sync_finished(self, result: object = None) -> None:
        """The status-bar indicator: what was sent, what waits, or that a sign-in is needed."""
        from scp_desktop.services.sync import SyncResult

        if isinstance(result, SyncResult):
            from scp_desktop.ui.pages.sync import describe

            self.sync_label.setText(describe(result))
        elif self.ctx is not None:
            self.sync_label.setText(
                QCoreApplication.translate("MainWindow", "Sign in to send ({waiting} waiting)").format(
                    waiting=self.ctx.workspace.reports.waiting_count()
                )
            )

    def _update_status(self) -> None:
        if self.ctx is None:
            self.workspace_label.setText(QCoreApplication.translate("MainWindow", "Opening the workspace…"))
            return
        self.workspace_label.setText(
            QCoreApplication.translate("MainWindow", "Workspace: {path}").format(path=self.ctx.workspace.path)
        )

    # -- workspaces -------------------------------------------------------------------------
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_workspaces():
            self.recent_menu.addAction(path, lambda p=path: self.switch_workspace(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_workspaces()))

    def switch_workspace(self, path: Path) -> None:
        from scp_desktop.services.workspace import Workspace

        try:
            workspace = Workspace.open(path)
        except Exception as error:  # a damaged or foreign file: say so, keep the current one
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Cannot open workspace"),
                QCoreApplication.translate("MainWindow", "{path} cannot be opened: {reason}").format(
                    path=path, reason=error
                ),
            )
            return
        self.checked_on = None  # the start-up check was of the other file
        self.ctx.set_workspace(workspace)
        self.settings.remember_workspace(str(path))
        self._fill_recent()

    def new_workspace(self) -> None:
        path = ask_save_path(
            self,
            QCoreApplication.translate("MainWindow", "New workspace"),
            "workspace.sqlite",
            QCoreApplication.translate("MainWindow", "SCP workspaces (*.sqlite)"),
        )
        if path:
            self.switch_workspace(path)

    def open_workspace(self) -> None:
        path = ask_open_path(
            self,
            QCoreApplication.translate("MainWindow", "Open workspace"),
            QCoreApplication.translate("MainWindow", "SCP workspaces (*.sqlite)"),
        )
        if path:
            self.switch_workspace(path)

    def import_csv(self) -> None:
        from scp_desktop.ui.import_dialog import ImportDialog, start_import

        dialog = ImportDialog(self.ctx, self)
        if dialog.exec() and dialog.path.text():
            start_import(self, self.ctx, dialog.kind.currentData(), Path(dialog.path.text()), dialog.options())

    def load_demo(self) -> None:
        from scp_desktop.services.demo import fill_demo

        fill_demo(self.ctx.workspace)
        self.ctx.data_changed.emit("")

    # -- language and help ------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Applies at once: installing the translators sends LanguageChange to every widget."""
        if self.ctx is not None:
            self.ctx.language = language
        self.translations.apply(language)
        self.settings.set(LANGUAGE, language)
        self.language_actions[language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_help(self, chapter: str | None = None) -> HelpDialog:
        """The guide beside the window, at the chapter asked for or that of the page shown."""
        from scp_desktop.presenters.help import PAGE_CHAPTERS
        from scp_desktop.ui.help import HelpDialog

        if chapter is None:
            row = self.nav.currentRow()
            chapter = PAGE_CHAPTERS.get(PAGES[row].page_id, "start") if row >= 0 else "start"
        if self.help is None:
            ref = self.ctx.workspace.ref if self.ctx is not None else load_bundled()
            self.help = HelpDialog(ref, lambda: self.translations.language, self.commands.shortcut_rows, self)
        else:
            self.help.retranslate()  # the shortcuts follow the pages shown
        self.help.show()
        self.help.raise_()
        self.help.show_chapter(chapter)
        return self.help

    def about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About SCP Desktop"),
            QCoreApplication.translate(
                "MainWindow",
                "SCP Desktop {version}\nRecords sustainable production and consumption data and reports it to the "
                "Ministry of Industry and Trade (Decision 76/QĐ-TTg).",
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """At most one backup a day, taken when the app closes (SQLite online backup; 7 daily + 4 weekly kept)."""
        self.save_geometry()
        if self.ctx is not None:
            from scp_desktop.services.backup import auto_backup

            self.sync_runner.stop()
            try:
                auto_backup(
                    self.ctx.workspace.path,
                    backup_folder(self.settings),
                    daily=self.settings.get(BACKUP_DAILY),
                    weekly=self.settings.get(BACKUP_WEEKLY),
                )
            except Exception as error:  # a full USB stick must not stop the app from closing
                from scp_desktop.ui.errors import log

                log.error("automatic backup failed: %s", error)
        event.accept()

    # -- archives (a consultant hands a client's file over) ----------------------------------
    def export_archive(self) -> None:
        from scp_desktop.services.archive import export_archive

        if self.ctx is None or self.ctx.tax_code is None:
            return
        tax_code = self.ctx.tax_code
        path = ask_save_path(
            self,
            self.export_archive_action.text().replace("&", "").rstrip("…"),
            f"scp-{tax_code}.zip",
            QCoreApplication.translate("MainWindow", "SCP archives (*.zip)"),
        )
        if path is None:
            return
        WorkspaceOp(self, self.ctx, lambda ws, _progress: export_archive(ws, path, [tax_code]), path.name).success(
            lambda _codes: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported to {file}").format(file=path), 10_000
            )
        ).run()

    def import_archive(self) -> None:
        from scp_desktop.services.archive import ArchiveReport, import_archive

        if self.ctx is None:
            return
        path = ask_open_path(
            self,
            self.import_archive_action.text().replace("&", "").rstrip("…"),
            QCoreApplication.translate("MainWindow", "SCP archives (*.zip)"),
        )
        if not path:
            return

        def done(report: ArchiveReport) -> None:
            QMessageBox.information(
                self,
                "SCP Desktop",
                QCoreApplication.translate(
                    "MainWindow", "Imported {organizations}: {created} new records, {assessments} assessment(s)."
                ).format(
                    organizations=", ".join(report.organizations),
                    created=report.created,
                    assessments=report.assessments,
                ),
            )

        WorkspaceOp(self, self.ctx, lambda ws, _progress: import_archive(ws, path), path.name).success(done).changes(
            ""
        ).run()

    # -- backups ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """An online backup of the open workspace, off the UI thread (a large workspace takes a while)."""
        from scp_desktop.services.backup import backup, prune

        if self.ctx is None:
            return
        folder = backup_folder(self.settings)
        daily, weekly = self.settings.get(BACKUP_DAILY), self.settings.get(BACKUP_WEEKLY)

        def work(ws: Workspace, _progress: object) -> Path:
            try:
                made = backup(ws.path, folder)
                prune(folder, ws.path.stem, daily, weekly)
            except OSError as error:  # e.g. the folder is on a missing USB drive
                raise DomainError(BACKUP_FAILED(folder=str(folder), reason=error.strerror or str(error))) from None
            return made

        WorkspaceOp(self, self.ctx, work, self.backup_action.text().replace("&", "")).success(
            lambda made: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Backed up to {file}").format(file=made), 10_000
            )
        ).run()

    def choose_backup_folder(self) -> None:
        folder = ask_folder(
            self, QCoreApplication.translate("MainWindow", "Backup folder"), backup_folder(self.settings)
        )
        if folder:
            self.settings.set(BACKUP_FOLDER, str(folder))

    def restore_backup(self) -> None:
        from scp_desktop.services.backup import describe

        if self.ctx is None:
            return
        path = ask_open_path(
            self,
            QCoreApplication.translate("MainWindow", "Restore from a backup"),
            QCoreApplication.translate("MainWindow", "SCP workspaces (*.sqlite)"),
            backup_folder(self.settings),
        )
        if path:
            info = describe(path)
            self.confirm_restore(info)

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Show what the backup holds; on yes, back up the current state, restore, reopen."""
        from scp_desktop.domain.messages import DomainError
        from scp_desktop.services.backup import restore
        from scp_desktop.services.workspace import Workspace

        assert self.ctx is not None
        if not info.sound:
            QMessageBox.warning(self, "SCP Desktop", "; ".join(info.problems[:3]))
            return False
        text = QCoreApplication.translate(
            "MainWindow", "Backup of {when}: {organizations}; latest period {period}. Restore it?"
        ).format(
            when=format_moment(info.taken_at, self.ctx.language) if info.taken_at else "—",
            organizations=", ".join(info.organizations) or "—",
            period=info.latest_period or "—",
        )
        if QMessageBox.question(self, "SCP Desktop", text) != QMessageBox.StandardButton.Yes:
            return False
        path = self.ctx.workspace.path
        self.ctx.workspace.close()
        try:
            restore(info.path, path, backup_folder(self.settings))
        except DomainError as refused:  # another program has the workspace open: nothing was changed
            self.ctx.workspace = Workspace.open(path)
            QMessageBox.warning(self, "SCP Desktop", refused.render(QCoreApplication.translate))
            return False
        self.ctx.workspace = Workspace.open(path)
        self.ctx.tax_code = None
        self.ctx.workspace_changed.emit()
        return True
