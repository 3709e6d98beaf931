"""Starting the GUI: options, language, the centre store, services, the main window."""

from __future__ import annotations

import getpass
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__, cli, paths
from desktop.domain.errors import AsesmenError
from desktop.gui import i18n
from desktop.gui.login import LoginDialog, sign_in
from desktop.gui.pending_store import PendingStore

if TYPE_CHECKING:  # imported lazily: SQLAlchemy must not delay the first window
    from desktop.domain.users import UserInfo
    from desktop.gui.main_window import MainWindow
    from desktop.services.accounts import AccountService
    from desktop.services.stores import Store

KNOWN_STORES_KEY = "startup/known_stores"  # stores signed in to before: the sign-in window opens at once

EXIT_ERROR = 1


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "asesmen"])
    app.setApplicationName("Asesmen")
    app.setOrganizationName("Asesmen")
    app.setApplicationVersion(__version__)
    return app


def app_settings() -> QSettings:
    """Per-user settings; beside the data when ASESMEN_HOME is set (a portable or test installation)."""
    home = os.environ.get("ASESMEN_HOME")
    if home:
        return QSettings(str(Path(home) / "asesmen.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Asesmen", "Asesmen")


def default_actor() -> str:
    """Who the audit trail names until sign-in exists: the operating-system user."""
    try:
        return getpass.getuser() or "asesor"
    except (OSError, KeyError):
        return "asesor"


def one_line(exc: BaseException) -> str:
    unexpected = not isinstance(exc, AsesmenError)
    text = f"kesalahan tak terduga: {type(exc).__name__}: {exc}" if unexpected else str(exc)
    return " ".join(text.split())


def store_error_message(store_path: Path | str, exc: BaseException) -> str:
    """The single line shown when the centre store cannot be opened (never a traceback)."""
    detail = one_line(exc)
    detail = detail[:1].upper() + detail[1:]
    text = QCoreApplication.translate("Startup", "{detail}. Lokasi: {path}")
    return text.format(detail=detail.rstrip("."), path=store_path)


def startup_error_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "Asesmen", message, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(QCoreApplication.translate(
        "Startup", "Periksa berkas tersebut, atau buka basis data lain dengan: asesmen --store BERKAS"))
    return box


def create_main_window(store_path: Path | str, lang: str = i18n.SOURCE_LANGUAGE,
                       settings: QSettings | None = None, actor: str | None = None,
                       sign_in_user: Callable[[AccountService], UserInfo | None] | None = None) -> MainWindow | None:
    """Open (or create) the centre store and build the window over it; the store closes with the window.

    With `sign_in_user`, the user signs in first (None from it: cancelled, no window) and is the actor
    of every change. Needs a QApplication; does not install a translator and does not show.
    Raises StoreError (or another exception) when the store cannot be opened.
    """
    from desktop.services.accounts import AccountService
    from desktop.services.stores import open_centre_store

    store_path = Path(store_path).expanduser()
    store = open_centre_store(store_path)
    try:
        accounts = AccountService(store)
        user = sign_in_user(accounts) if sign_in_user else None
        if sign_in_user and user is None:
            store.close()
            return None
        return build_main_window(store, store_path, lang, settings, accounts if user else None, user, actor)
    except BaseException:
        store.close()
        raise


def build_main_window(store: Store, store_path: Path, lang: str, settings: QSettings | None,
                      accounts: AccountService | None, user: UserInfo | None,
                      actor: str | None = None) -> MainWindow:
    """The main window over an open store, acting as the signed-in user; it closes the store on close."""
    from desktop.gui.main_window import MainWindow
    from desktop.services.assessment import AssessmentService

    service = AssessmentService(store, actor=user.username if user else actor or default_actor())
    window = MainWindow(service, store_path, settings if settings is not None else app_settings(), lang,
                        accounts=accounts, user=user)
    window.closed.connect(store.close)
    return window


def _sign_in_fast(pending: PendingStore) -> UserInfo | None:
    """On a store signed in to before, the sign-in window opens while the store is still opening."""
    login = LoginDialog(pending)
    pending.failed.connect(login.reject)
    pending.ready.connect(lambda: pending.accounts.needs_first_run() and login.reject())
    accepted = login.exec() == LoginDialog.DialogCode.Accepted
    user = login.user if accepted else None
    login.deleteLater()
    if user is None and pending.result().needs_first_run():  # the file was replaced by a new store
        return sign_in(pending.result())
    return user


def _install_excepthook(parent: QWidget) -> None:
    """A bug in a slot: the traceback goes to stderr, the user sees one line."""

    def hook(kind, exc, tb) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "Asesmen", one_line(exc), QMessageBox.StandardButton.Ok,
                          parent)
        box.open()

    sys.excepthook = hook


def _run_window(app: QApplication, window: QWidget) -> int:
    """Show the window and run the event loop until it ends; meanwhile a bug is one line in that window."""
    _install_excepthook(window)
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__


def run_central(location: str, app: QApplication, settings: QSettings, lang: str) -> int:
    """`asesmen --central URL`: BKD's workspace. The sign-in window opens at once; the central database
    opens behind it (a bad URL or an unreachable server is one line in that window and on stderr)."""
    from desktop.gui.central_login import PendingCentralStore, central_sign_in

    pending = PendingCentralStore(location)
    QTimer.singleShot(0, pending.start)  # once the sign-in window is up
    user = central_sign_in(pending)
    if pending.error is not None:
        print(f"asesmen: {pending.error_message()}", file=sys.stderr)
        return EXIT_ERROR
    if user is None:  # cancelled
        if pending.is_done() and pending.store is not None:
            pending.store.close()
        return 0
    from desktop.gui.central_window import build_central_window

    window = build_central_window(pending.store, pending.accounts, user, location, settings, lang)
    return _run_window(app, window)


def run_gui(argv: list[str]) -> int:
    try:
        args = cli.build_parser().parse_args(argv)
    except cli.UsageError as exc:
        print(f"asesmen: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    app = ensure_application()
    settings = app_settings()
    lang = args.lang or i18n.saved_language(settings) or i18n.SOURCE_LANGUAGE
    try:
        translator = i18n.install_translator(lang)
    except FileNotFoundError as exc:
        print(f"asesmen: {exc}; antarmuka tetap berbahasa Indonesia", file=sys.stderr)
        lang, translator = i18n.SOURCE_LANGUAGE, None
    if getattr(args, "central", None):
        try:
            return run_central(str(args.central), app, settings, lang)
        finally:
            i18n.remove_translator(translator)
    store_path = Path(args.store or paths.default_centre_store()).expanduser()
    if os.environ.get("ASESMEN_STARTUP_PROBE"):
        # `make bench`: the first event-loop turn runs once the first window (sign-in) is up and usable
        QTimer.singleShot(0, lambda: (print("ready", flush=True), os._exit(0)))
    pending = PendingStore(store_path)
    known = settings.value(KNOWN_STORES_KEY) or []
    known = [known] if isinstance(known, str) else [str(p) for p in known]  # ini lists of one come back as str
    if str(store_path) in known:
        QTimer.singleShot(0, pending.start)  # once the sign-in window is up: the import competes for the GIL
    else:
        pending.start()
    try:
        user = _sign_in_fast(pending) if str(store_path) in known else sign_in(pending.result())
        pending.result()
    except Exception as exc:
        startup_error_box(store_error_message(store_path, exc)).exec()
        return EXIT_ERROR
    if user is None:  # sign-in cancelled
        pending.store.close()
        return 0
    settings.setValue(KNOWN_STORES_KEY, [*[p for p in known if p != str(store_path)], str(store_path)][-10:])
    window = build_main_window(pending.store, store_path, lang, settings, pending.accounts, user)
    try:
        return _run_window(app, window)
    finally:
        i18n.remove_translator(translator)
