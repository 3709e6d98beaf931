"""Starting the GUI: options, language, the centre store, services, the main window."""

from __future__ import annotations

import getpass
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__, cli, paths
from desktop.domain.errors import AsesmenError
from desktop.gui import i18n
from desktop.gui.login import sign_in
from desktop.gui.main_window import MainWindow
from desktop.services.accounts import AccountService, UserInfo
from desktop.services.assessment import AssessmentService
from desktop.services.stores import open_centre_store

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
    store_path = Path(store_path).expanduser()
    store = open_centre_store(store_path)
    try:
        accounts = AccountService(store)
        user = sign_in_user(accounts) if sign_in_user else None
        if sign_in_user and user is None:
            store.close()
            return None
        service = AssessmentService(store, actor=user.username if user else actor or default_actor())
        window = MainWindow(service, store_path, settings if settings is not None else app_settings(), lang,
                            accounts=accounts if user else None, user=user)
    except BaseException:
        store.close()
        raise
    window.closed.connect(store.close)
    return window


def _install_excepthook(parent: QWidget) -> None:
    """A bug in a slot: the traceback goes to stderr, the user sees one line."""

    def hook(kind, exc, tb) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "Asesmen", one_line(exc), QMessageBox.StandardButton.Ok,
                          parent)
        box.open()

    sys.excepthook = hook


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
    store_path = Path(args.store or paths.default_centre_store()).expanduser()
    if os.environ.get("ASESMEN_STARTUP_PROBE"):
        # `make bench`: the first event-loop turn runs once the first window (sign-in) is up and usable
        QTimer.singleShot(0, lambda: (print("ready", flush=True), os._exit(0)))
    try:
        window = create_main_window(store_path, lang, settings, sign_in_user=sign_in)
    except Exception as exc:
        startup_error_box(store_error_message(store_path, exc)).exec()
        return EXIT_ERROR
    if window is None:  # sign-in cancelled
        return 0
    _install_excepthook(window)
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        i18n.remove_translator(translator)
