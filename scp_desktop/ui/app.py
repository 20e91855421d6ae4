"""Starting the desktop app, and `--self-test` for support staff and the installer smoke test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from scp_desktop.domain.numbers import format_moment
from scp_desktop.paths import resolve_workspace_path
from scp_desktop.ui.errors import install_excepthook, setup_logging
from scp_desktop.ui.main_window import MainWindow
from scp_desktop.ui.settings import BACKUP_FOLDER, FIRST_RUN_DONE, LANGUAGE, LAST_WORKSPACE, Settings
from scp_desktop.ui.translation import Translations

STARTED = time.perf_counter()


class FirstPaint(QObject):
    """Notes when a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


def _application(argv: list[str]) -> QApplication:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("SCP Desktop")
    app.setOrganizationName("SCP")
    from PySide6.QtGui import QIcon

    from scp_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "scp-desktop.png"))))
    return app  # type: ignore[return-value]


def run_app(workspace_arg: str | None = None) -> int:
    """Paint the window first, then open the workspace: the user sees the app at once."""
    app = _application(sys.argv)
    setup_logging()
    install_excepthook()
    settings = Settings()
    translations = Translations()
    translations.apply(settings.get(LANGUAGE))
    window = MainWindow(None, settings, translations)
    window.show()
    QTimer.singleShot(0, lambda: open_workspace(window, workspace_arg))
    code = app.exec()
    close_workspace(window)
    return code


def close_workspace(window: MainWindow) -> None:
    """Close the workspace (SQLite folds its log into the file) and note the file as it is now, so
    that the next start need not check it again while it is unchanged."""
    if window.ctx is None:
        return
    path = window.ctx.workspace.path
    window.ctx.workspace.close()
    checked = window.checked_on or window.settings.last_full_check(path)
    if checked is not None:
        window.settings.remember_verified(path, checked)


def open_workspace(window: MainWindow, workspace_arg: str | None) -> None:
    """Check the last (or given) workspace off the UI thread, then open it in the shown window."""
    from scp_desktop.services.backup import check
    from scp_desktop.ui.background import run_in_background

    path = resolve_workspace_path(workspace_arg or window.settings.get(LAST_WORKSPACE) or None)
    if not path.exists() or window.settings.verified_unchanged(path, dt.date.today()):
        _open_checked(window, path)  # new, or exactly as a sound session left it this week
        return

    def checked(problems: list[str]) -> None:
        if problems:
            _offer_restore(window, path, problems)
            return
        window.checked_on = dt.date.today()
        _open_checked(window, path)

    run_in_background(
        window,
        "",
        lambda _progress, _cancelled: check(path),
        checked,
        lambda _error, details: _offer_restore(window, path, [details.strip().splitlines()[-1]]),
        quiet=True,
    )


def _offer_restore(window: MainWindow, path: Path, problems: list[str]) -> None:
    """A damaged workspace is never opened, and never silently replaced by an empty one."""
    from scp_desktop.services.backup import newest_sound, restore
    from scp_desktop.ui.settings import backup_folder

    folder = backup_folder(window.settings)
    good = newest_sound(folder, path.stem)
    text = QCoreApplication.translate("App", "The workspace {path} is damaged ({reason}).").format(
        path=path, reason=problems[0]
    )
    if good is None:
        QMessageBox.critical(
            window,
            "SCP Desktop",
            text
            + " "
            + QCoreApplication.translate("App", "There is no sound backup in {folder}.").format(folder=folder),
        )
        QApplication.exit(2)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "SCP Desktop", text, parent=window)
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "Restore the newest sound backup, taken {when}, with {organizations} organization(s) up to {period}?"
        ).format(
            when=format_moment(good.taken_at, window.translations.language) if good.taken_at else "—",
            organizations=len(good.organizations),
            period=good.latest_period or "—",
        )
    )
    restore_button = box.addButton(QCoreApplication.translate("App", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore_button:
        QApplication.exit(2)
        return
    restore(good.path, path, folder)  # the damaged file is kept aside, never deleted
    _open_checked(window, path)


def _open_checked(window: MainWindow, path: Path) -> None:
    from scp_desktop.services.workspace import Workspace
    from scp_desktop.ui.context import AppContext
    from scp_desktop.ui.first_run import FirstRunDialog

    settings = window.settings
    try:
        workspace = Workspace.open(path)
    except Exception as error:  # a foreign or newer file: say so, never start an empty one instead
        QMessageBox.critical(window, "SCP Desktop", f"{path}: {error}")
        QApplication.exit(2)
        return
    settings.remember_workspace(str(path))
    ctx = AppContext(workspace, window.translations.language)
    if not workspace.organizations.all():
        dialog = FirstRunDialog(ctx, window.translations, window)
        if not dialog.exec():
            QApplication.exit(0)
            return
        settings.set(FIRST_RUN_DONE, True)
        settings.set(LANGUAGE, ctx.language)
    window.attach(ctx)
    window.build_pages_when_idle()


def self_test(workspace_arg: str | None = None) -> int:
    """Open the window on a copy of the workspace (or a fresh demo), visit every page in both
    languages, make and undo one edit, print the time to first paint. Exit 0, or 1 with the reason."""
    from scp_desktop.services.demo import fill_demo
    from scp_desktop.services.workspace import Workspace
    from scp_desktop.ui.context import AppContext

    app = _application(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="scp-self-test-"))
    try:
        path = folder / "workspace.sqlite"
        if workspace_arg:
            shutil.copy(resolve_workspace_path(workspace_arg), path)
        workspace = Workspace.open(path)
        if not workspace.organizations.all():
            fill_demo(workspace)
        translations = Translations()
        translations.apply("vi")
        ctx = AppContext(workspace, "vi")
        from PySide6.QtCore import QSettings

        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        settings.set(BACKUP_FOLDER, str(folder / "backups"))  # the test copy's backup stays in the temp folder
        window = MainWindow(ctx, settings, translations)
        painted = FirstPaint()
        window.installEventFilter(painted)
        window.show()
        deadline = time.perf_counter() + 10
        while painted.at is None and time.perf_counter() < deadline:
            app.processEvents()
        if painted.at is None:
            raise RuntimeError("the main window was never painted")
        first_paint = painted.at - STARTED
        for language in ("vi", "en"):
            window.set_language(language)
            for index, page in enumerate(window.pages):
                window.nav.setCurrentRow(index)
                app.processEvents()
                if window.stack.currentWidget() is not page or not page.title():
                    raise RuntimeError(f"page {page.page_id} did not show in {language}")
        _edit_and_undo(window, app)
        window.close()
        workspace.close()
        from scp_desktop.services.credentials import token_store

        store = token_store()
        keyring_name = f"{type(store.backend).__module__}.{type(store.backend).__name__}"
        print(f"self-test passed: {len(window.pages)} pages in 2 languages; first paint {first_paint:.2f} s")
        print(f"keyring: {keyring_name} ({'secure' if store.secure else 'none: tokens kept in memory only'})")
        if not store.secure:
            print(f"  why: {keyring_diagnosis()}")
        return 0
    except Exception as error:
        print(f"self-test FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        QTimer.singleShot(0, app.quit)


def keyring_diagnosis() -> str:
    """Why no secure keyring was found, for support staff (the backends' own reasons)."""
    import keyring.backend

    reasons = []
    for backend_class in keyring.backend.get_all_keyring():
        try:
            priority = type(backend_class).priority
        except Exception as error:  # a backend says why it is not usable here
            reasons.append(f"{type(backend_class).__module__}: {error}")
        else:
            reasons.append(f"{type(backend_class).__module__}: priority {priority}")
    from keyring.compat.py312 import metadata

    if sys.platform.startswith("linux"):
        try:
            import secretstorage  # noqa: F401 - only to report why it cannot be used
        except ImportError as error:
            reasons.append(f"secretstorage: {error}")

    points = metadata.entry_points(group="keyring.backends")
    reasons.append(f"{len(points)} backend entry point(s)")
    for point in points:
        try:
            module = point.load()
            backend = getattr(module, "Keyring", None)
            if backend is not None:
                reasons.append(f"{point.name}: priority {backend.priority}")
        except Exception as error:  # the reason a backend cannot be imported or used here
            reasons.append(f"{point.name}: {error}")
    return "; ".join(reasons)


def _edit_and_undo(window: MainWindow, app: QApplication) -> None:
    from scp_desktop.ui.pages.records import RecordPage

    window.show_page("energy")
    page = window.page("energy")
    assert isinstance(page, RecordPage)
    before = page.model.rowCount()
    editor = page.editor
    editor.fill_choices(window.ctx.language)
    editor.set_values(
        {"period": "2001-01", "fuel": "electricity", "quantity": "1000", "unit": "kWh"}, keep=("facility",)
    )
    page.save()
    app.processEvents()
    if page.model.rowCount() != before + 1:
        raise RuntimeError(f"saving a record did not add a row: {editor.issues}")
    page.undo_stack.undo()
    app.processEvents()
    if page.model.rowCount() != before:
        raise RuntimeError("undo did not remove the record")
