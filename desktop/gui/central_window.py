"""BKD's central workspace: the window opened by `asesmen --central URL` after a BKD user signs in.

Pages (Alt+1 ... in this order), each shown only when the user's role allows it: Impor bundel (import),
Kunci tepercaya (trust), Periksa lembar and the talent views (view), Pengguna & riwayat akses (users).
The window owns no database session: each page calls its services, each call its own transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop import __version__
from desktop.domain.errors import AsesmenError
from desktop.gui import i18n
from desktop.gui.central_import import OUTCOME_WORDS, CentralImportWidget
from desktop.gui.central_login import masked_location, role_label
from desktop.gui.central_users import CentralUsersWidget
from desktop.gui.check_sheet import CheckSheetWidget
from desktop.gui.trust_list import TrustListWidget
from desktop.gui.widgets import LANGUAGE_NAMES, language_actions, page_shortcuts, restore_geometry
from desktop.services.central_accounts import AccessLog, CentralAccounts, CentralUser
from desktop.services.keys import TrustList
from desktop.services.stores import Store

log = logging.getLogger(__name__)
GEOMETRY_KEY = "central_window/geometry"
TAB_KEY = "central_window/tab"
SIZE = (1280, 800)

# Extra pages (the talent views): (key, permission, title, factory(window) -> widget).
PageFactory = Callable[["CentralWindow"], QWidget]


class CentralWindow(QMainWindow):
    """The central workspace over an open central store, acting as `user`. `closed` fires once, after closing."""

    closed = Signal()

    def __init__(self, store: Store, accounts: CentralAccounts, user: CentralUser, location: str,
                 settings: QSettings, language: str = i18n.SOURCE_LANGUAGE, parent: QWidget | None = None,
                 extra_pages: list[tuple[str, str, str, PageFactory]] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.accounts = accounts
        self.user = user
        self.location = location
        self.settings = settings
        self.language = language
        self.access = AccessLog(store)
        self.talent_service = None  # made by the talent pages (desktop.gui.talent_views) when they are built
        self._is_closed = False
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Asesmen BKD — {name}").format(name=user.full_name))
        self.setMinimumSize(720, 480)
        self._build_actions()
        self._build_menus()
        self._build_tabs(extra_pages if extra_pages is not None else _default_extra_pages())
        self._build_status_bar()
        self._restore_state()

    def can(self, permission: str) -> bool:
        return self.accounts.can(self.user, permission)

    # -- construction ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.action_quit = QAction(self.tr("&Keluar"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.setStatusTip(self.tr("Tutup Asesmen"))
        self.action_quit.triggered.connect(self.close)
        self.action_about = QAction(self.tr("&Tentang Asesmen"), self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self._on_about_triggered)
        self.language_group, _ = language_actions(
            self, self.language, self.tr("Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang"))
        self.language_group.triggered.connect(self._on_language_triggered)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&Berkas"))
        self.menu_file.addAction(self.action_quit)
        self.menu_pages = bar.addMenu(self.tr("&Halaman"))
        self.menu_language = bar.addMenu(self.tr("B&ahasa"))
        self.menu_language.addActions(self.language_group.actions())
        self.menu_help = bar.addMenu(self.tr("Ba&ntuan"))
        self.menu_help.addAction(self.action_about)

    def _build_tabs(self, extra_pages: list[tuple[str, str, str, PageFactory]]) -> None:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Halaman"))
        self.tabs.setDocumentMode(True)

        def extras(kind: str) -> None:  # the talent pages: imports after the bundle import, views after the check
            for key, permission, title, factory in extra_pages:
                if (permission == "import") == (kind == "import") and self.can(permission):
                    self._add_page(key, factory(self), title)

        if self.can("import"):
            page = CentralImportWidget(self.store, self.user.username, self.settings, language=self.language,
                                       record=self._record_import)
            page.imported.connect(lambda _outcomes: self.invalidate_views())
            self._add_page("import", page, self.tr("Impor bundel"))
        extras("import")
        if self.can("trust"):
            self._add_page("trust", TrustListWidget(TrustList(self.store), self.settings, language=self.language),
                           self.tr("Kunci tepercaya"))
        if self.can("view"):
            # It checks against the database this window has open: no location to choose.
            check = CheckSheetWidget(location=self.location, fixed_location=True, language=self.language)
            check.sheet_checked.connect(self._on_sheet_checked)
            self._add_page("check", check, self.tr("Periksa lembar"))
        extras("view")
        if self.can("users"):
            page = CentralUsersWidget(self.accounts, self.access, self.user, language=self.language)
            self._add_page("users", page, self.tr("Pengguna && riwayat akses"))
        performance = self.pages.get("performance")
        imported = getattr(performance, "imported", None)
        if imported is not None:
            imported.connect(lambda _outcome: self.invalidate_views())
        if self.tabs.count() == 0:
            empty = QLabel(self.tr("Peran Anda belum memberi akses ke halaman mana pun. Hubungi administrator BKD."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            self.tabs.addTab(empty, self.tr("Asesmen BKD"))
        page_shortcuts(self, self.tabs)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

    def _add_page(self, key: str, widget: QWidget, title: str) -> None:
        index = self.tabs.addTab(widget, title)
        self.pages[key] = widget
        action = QAction(title.replace("&&", "&"), self)
        if index < 9:
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the QShortcut above does the work
        action.triggered.connect(lambda _checked=False, w=widget: self.tabs.setCurrentWidget(w))
        self.menu_pages.addAction(action)

    def _build_status_bar(self) -> None:
        self.location_label = QLabel(self.tr("Basis data pusat: {where}").format(where=masked_location(self.location)))
        self.location_label.setAccessibleName(self.tr("Lokasi basis data pusat"))
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(self.tr("{name} ({role})").format(name=self.user.full_name,
                                                                   role=role_label(self.user.role)))
        self.user_label.setAccessibleName(self.tr("Pengguna yang masuk"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.location_label)

    def _restore_state(self) -> None:
        restore_geometry(self, self.settings, GEOMETRY_KEY, SIZE)
        try:
            tab = int(self.settings.value(TAB_KEY, 0) or 0)
        except (TypeError, ValueError):
            tab = 0
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    # -- pages -------------------------------------------------------------------------------------
    def invalidate_views(self) -> None:
        """New results or performance data: every view loads again (now if shown, else when next shown)."""
        for widget in self.pages.values():
            invalidate = getattr(widget, "invalidate", None)
            if callable(invalidate):
                invalidate()

    def page_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&&", "&") for i in range(self.tabs.count())]

    def show_page(self, key: str) -> QWidget:
        widget = self.pages[key]
        self.tabs.setCurrentWidget(widget)
        return widget

    # -- the access log ----------------------------------------------------------------------------
    def record(self, action: str, subject: str = "", detail: str = "", nips: list[str] | tuple[str, ...] = ()) -> None:
        """One access-log row for what this user saw or did; a failure is shown, never raised."""
        try:
            self.access.record(self.user, action, subject, detail, nips)
        except AsesmenError as exc:
            self.statusBar().showMessage(self.tr("Riwayat akses tidak dapat dicatat: {message}").format(
                message=exc), 10000)

    def _record_import(self, file: str, outcome: str, message: str) -> None:
        """Called on the import's worker thread: writes only, touches no widget."""
        try:
            word = OUTCOME_WORDS.get(outcome, outcome)
            self.access.record(self.user, "impor", file, f"{word}: {message}")
        except Exception:  # the import log keeps the attempt anyway; a logging failure must not stop the import
            log.exception("access log: import not recorded")

    @Slot(bool)
    def _on_sheet_checked(self, matches: bool) -> None:
        check = self.pages.get("check")
        last = getattr(check, "last_check", None)
        facts = getattr(last, "facts", None) or {}
        nip = str(facts.get("nip", ""))
        code = check.code_edit.text().strip() if isinstance(check, CheckSheetWidget) else ""
        if nip:  # a sheet was found: its person's data was shown
            self.record("periksa_lembar", nip, f"{'COCOK' if matches else 'TIDAK COCOK'} · kode {code}", [nip])

    # -- menus -------------------------------------------------------------------------------------
    @Slot(QAction)
    def _on_language_triggered(self, action: QAction) -> None:
        lang = action.data()
        i18n.save_language(self.settings, lang)
        if lang != self.language:
            self.statusBar().showMessage(self.tr(
                "Bahasa antarmuka disimpan: {language}. Berlaku setelah Asesmen dibuka kembali.").format(
                language=LANGUAGE_NAMES[lang]), 10000)

    @Slot()
    def _on_about_triggered(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Tentang Asesmen"), self.tr(
            "Asesmen {version}\n\nRuang kerja BKD: impor bundel hasil penilaian kompetensi ASN, kunci tepercaya, "
            "pemeriksaan lembar hasil, talenta dan kebutuhan pelatihan.").format(version=__version__),
            QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._is_closed:
            super().closeEvent(event)
            return
        self._is_closed = True
        for widget in self.pages.values():
            shutdown = getattr(widget, "shutdown", None)
            if callable(shutdown):
                shutdown()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(TAB_KEY, self.tabs.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
        self.closed.emit()


def _default_extra_pages() -> list[tuple[str, str, str, PageFactory]]:
    """The talent views, when their module is there."""
    try:
        from desktop.gui.talent_views import talent_pages
    except ImportError:
        return []
    return talent_pages()


def build_central_window(store: Store, accounts: CentralAccounts, user: CentralUser, location: str,
                         settings: QSettings, language: str = i18n.SOURCE_LANGUAGE) -> CentralWindow:
    """The workspace over an open store; it closes the store when the window closes."""
    window = CentralWindow(store, accounts, user, location, settings, language)
    window.closed.connect(store.close)
    return window


__all__ = ["CentralWindow", "build_central_window"]


# -- screenshots -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SampleCentral:
    """A central database with its BKD users, and secure bundles of the sealed sample session."""

    location: Path
    bundle: Path  # signed by the sample centre, encrypted to BKD
    copy: Path  # the same bundle under another name (imports as "sudah diimpor")
    tampered: Path  # one byte flipped (rejected)
    resent: Path  # the session exported again by the same centre: another bundle (sequence 2)
    identity_file: Path  # BKD's identity, password-protected with SAMPLE_PASSWORD
    centre_public: Path  # the centre's .pub file
    centre_key_id: str


SAMPLE_PASSWORD = "rahasia-bkd-1"
SAMPLE_USERS = (("admin", "Rina Kusumawati Contoh, S.Kom.", "admin"),
                ("operator", "Budi Santoso Fiktif", "operator"),
                ("analis", "Dewi Lestari Sampel, S.Psi.", "analyst"))


def build_sample_central(folder: Path, *, users: bool = True, trust: bool = True) -> SampleCentral:
    """The sealed sample session exported as a secure bundle (the real export path), the demo keys, and a
    central SQLite database with BKD's users (password SAMPLE_PASSWORD) and the centre on its trust list."""
    from argon2 import PasswordHasher

    from desktop.gui.screenshots import build_sample_store
    from desktop.services.assessment import AssessmentService
    from desktop.services.keys import save_bkd_identity, write_demo_keys
    from desktop.services.secure_bundles import write_secure_bundle
    from desktop.services.stores import open_central_store, open_centre_store

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    uuid = build_sample_store(folder / "centre.sqlite")
    keys = write_demo_keys(folder / "keys")
    centre = open_centre_store(folder / "centre.sqlite")
    try:
        document = AssessmentService(centre, actor="sample").document(uuid)
    finally:
        centre.close()
    stick = folder / "flashdisk"
    bundle = write_secure_bundle(document, stick, keys.centre, [keys.bkd.recipient], "upt-contoh", 1)
    copy = stick / "salinan" / bundle.name
    copy.parent.mkdir()
    copy.write_bytes(bundle.read_bytes())
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered = stick / "rusak" / bundle.name
    tampered.parent.mkdir()
    tampered.write_bytes(bytes(raw))
    resent = write_secure_bundle(document, folder / "dikirim-ulang", keys.centre, [keys.bkd.recipient],
                                 "upt-contoh", 2)
    identity_file = save_bkd_identity(keys.bkd, folder / "keys" / "bkd-age.key", SAMPLE_PASSWORD)
    location = folder / "central.sqlite"
    store = open_central_store(location)
    try:
        if users:
            cheap = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # sample data only
            accounts = CentralAccounts(store, hasher=cheap)
            admin = accounts.first_run(*SAMPLE_USERS[0][:2], SAMPLE_PASSWORD)
            for username, name, role in SAMPLE_USERS[1:]:
                accounts.create_user(admin, username, name, role, SAMPLE_PASSWORD)
        if trust:
            TrustList(store).add("UPT Penilaian Kompetensi Contoh", keys.centre.public_key)
    finally:
        store.close()
    return SampleCentral(location, bundle, copy, tampered, resent, identity_file, keys.files["centre.pub"],
                         keys.centre.key_id)


def _wait(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish in time")
        QApplication.processEvents()
        time.sleep(0.01)


def screenshot(out_dir: Path) -> list[Path]:
    """`central_login.png` (an unreachable server), `central_import.png` (three files: applied, already
    imported, rejected), `central_users.png` (users and access history) and `central_operator.png` (what
    an operator sees), offscreen on the sample data."""
    import tempfile

    from desktop.gui import shots
    from desktop.gui.central_login import CentralLoginDialog, PendingCentralStore
    from desktop.services.stores import open_central_store

    _app, out_dir = shots.prepare(out_dir)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="asesmen-central-shots-") as tmp:
        pending = PendingCentralStore("postgresql+psycopg://bkd:rahasia@127.0.0.1:1/pusat?connect_timeout=3")
        login = CentralLoginDialog(pending)
        login.show()
        pending.start()
        _wait(pending.is_done)
        _wait(lambda: login.open_failed)
        login.username.setText("operator")
        shots.settle(3)
        written.append(shots.grab(login, out_dir / "central_login.png"))
        shots.dispose(login)

        sample = build_sample_central(Path(tmp))
        store = open_central_store(sample.location)
        try:
            accounts = CentralAccounts(store)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            known = {u.username: u for u in accounts.users()}
            admin = known["admin"]
            window = CentralWindow(store, accounts, admin, str(sample.location), settings, extra_pages=[])
            window.resize(*SIZE)
            window.show()
            page = window.show_page("import")
            assert isinstance(page, CentralImportWidget)
            page.add_files([sample.bundle, sample.copy, sample.tampered])
            page.set_identity_file(sample.identity_file)
            page.password_edit.setText(SAMPLE_PASSWORD)
            page.start_import()
            _wait(lambda: not page.runner.is_running())
            page.add_files([sample.bundle.parent / "belum" / "contoh.bundle.zip"])  # one waiting in the list
            _wait(lambda: page.history_model.rowCount() >= 3)
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "central_import.png"))

            users = window.show_page("users")
            assert isinstance(users, CentralUsersWidget)
            window.record("lihat_rekam_jejak", "197911052005011902", "rekam jejak", ["197911052005011902"])
            users.refresh_history()
            _wait(lambda: not users.history_runner.is_running())
            users.username.setText("siti.bkd")
            users.full_name.setText("Siti Rahmawati Contoh")
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "central_users.png"))
            shots.dispose(window)

            window = CentralWindow(store, accounts, known["operator"], str(sample.location), settings, extra_pages=[])
            window.resize(*SIZE)
            window.show()
            window.show_page("trust")
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "central_operator.png"))
            shots.dispose(window)
        finally:
            store.close()
    return written
