"""BKD's check of a paper result sheet: its verification code (and what it shows) against the central database."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.nip import format_nip, normalise_nip
from desktop.domain.verification import format_code, normalise_code
from desktop.gui import i18n
from desktop.gui.tasks import TaskRunner
from desktop.services.central import CentralService, SheetCheck

SIZE = (820, 720)
_CATEGORY_IN_BRACKETS = re.compile(r"\(\s*([A-Za-z]{1,4})\s*\)")


@dataclass(frozen=True)
class _Request:
    location: str
    code: str
    printed: dict[str, str]


def _check(request: _Request) -> SheetCheck:
    """Worker side: open the central store, ask, close it again (nothing is written)."""
    from desktop.services.stores import open_central_store

    store = open_central_store(request.location)
    try:
        return CentralService(store).check_sheet(request.code, request.printed)
    finally:
        store.close()


def sqlite_file_of(location: str) -> Path | None:
    """The file a location names when it is SQLite (a plain path or a sqlite:/// URL); None otherwise."""
    text = location.strip()
    if text.startswith("sqlite:///"):
        rest = text[len("sqlite:///"):].split("?", 1)[0]
        return None if rest in ("", ":memory:") else Path(rest if rest.startswith("/") else "/" + rest)
    if "://" in text:
        return None
    return Path(text).expanduser()


def printed_category(text: str) -> str:
    """The category code from what the sheet shows: "Optimal (O)" -> "O"; a bare code stays as typed."""
    found = _CATEGORY_IN_BRACKETS.search(text)
    return found.group(1) if found else text.strip()


def printed_jpm(text: str) -> str:
    return text.replace("%", "").strip()


def _field(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class CheckSheetWidget(QWidget):
    """Type the code of a paper sheet; the answer is COCOK (with what BKD holds) or TIDAK COCOK (with why).

    `location` is the central database: a SQLite file or a SQLAlchemy URL (PostgreSQL at BKD); empty means
    the default central file when it exists. With `fixed_location` (BKD's workspace, checking against the
    database it has open) the location row is hidden. Signals: `sheet_checked(matches)` after every answer,
    `location_chosen(text)` when the user picks another database file.
    """

    sheet_checked = Signal(bool)
    location_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, location: str = "", fixed_location: bool = False,
                 language: str = i18n.SOURCE_LANGUAGE, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._locale = i18n.locale_for(language)
        self._runner = runner or TaskRunner(self)
        self._generation = 0  # bumped by every edit: an answer to older input is not shown
        self._asked = -1
        self.last_check: SheetCheck | None = None
        if not location:
            from desktop.paths import default_central_store

            default = default_central_store()
            location = str(default) if default.is_file() else ""
        self._build(location)
        if fixed_location:
            self._location_form.setRowVisible(self._location_row, False)
        self._connect_callbacks()
        self._update_code_hint()
        self._update_buttons()

    # -- construction ------------------------------------------------------------------------------
    def _build(self, location: str) -> None:
        title = QLabel(self.tr("Periksa lembar hasil"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Ketik kode verifikasi yang tercetak di bagian bawah lembar hasil. Kode dicocokkan dengan hasil "
            "yang disegel dan diimpor ke basis data pusat. Isi juga yang tercetak di lembar untuk "
            "membandingkannya."))
        intro.setWordWrap(True)

        self.location_edit = _field(self.tr("Basis data pusat"),
                                    self.tr("berkas .sqlite atau URL, mis. postgresql://bkd@server/pusat"))
        self.location_edit.setText(location)
        self.browse_button = QPushButton(self.tr("&Pilih…"))
        self.browse_button.setAccessibleName(self.tr("Pilih berkas basis data pusat"))
        location_row = QHBoxLayout()
        location_row.addWidget(self.location_edit, 1)
        location_row.addWidget(self.browse_button)

        self.code_edit = _field(self.tr("Kode verifikasi"), self.tr("mis. 9FC1-18D9-0F67"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setBold(True)
        self.code_edit.setFont(mono)
        self.code_edit.setMaxLength(40)
        self.code_hint = QLabel()
        self.code_hint.setAccessibleName(self.tr("Kode terbaca"))

        self.nip_edit = _field(self.tr("NIP yang tercetak"), self.tr("mis. 19820314 200604 2 901"))
        self.jpm_edit = _field(self.tr("JPM yang tercetak"), self.tr("mis. 96,30"))
        self.category_edit = _field(self.tr("Kategori yang tercetak"), self.tr("kode, mis. O atau MS"))
        printed = QGroupBox(self.tr("Yang tercetak di lembar (boleh dikosongkan)"))
        printed_form = QFormLayout(printed)
        printed_form.addRow(self.tr("&NIP:"), self.nip_edit)
        printed_form.addRow(self.tr("&JPM (%):"), self.jpm_edit)
        printed_form.addRow(self.tr("K&ategori:"), self.category_edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Basis data pusat:"), location_row)
        self._location_form, self._location_row = form, form.rowCount() - 1
        form.addRow(self.tr("&Kode verifikasi:"), self.code_edit)
        form.addRow("", self.code_hint)
        # Buddies for the row labels (QFormLayout made them), so Alt+letter reaches each field.
        for layout, field, edit in ((form, location_row, self.location_edit), (form, self.code_edit, self.code_edit),
                                    (printed_form, self.nip_edit, self.nip_edit),
                                    (printed_form, self.jpm_edit, self.jpm_edit),
                                    (printed_form, self.category_edit, self.category_edit)):
            label = layout.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(edit)

        self.check_button = QPushButton(self.tr("P&eriksa"))
        self.check_button.setAccessibleName(self.tr("Periksa kode verifikasi"))
        self.check_button.setToolTip(self.tr("Periksa (Enter)"))
        self.check_button.setMinimumWidth(140)
        self.busy_label = QLabel()
        self.busy_label.setAccessibleName(self.tr("Keadaan pemeriksaan"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.busy_label, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("checkError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Kesalahan"))
        self.error_label.setStyleSheet(
            "#checkError { color: #8a1c1c; background: #fdecea; border: 1px solid #f1b0aa;"
            " border-radius: 3px; padding: 6px 8px; }")
        self.error_label.hide()

        self.verdict = QFrame()
        self.verdict.setObjectName("verdict")
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictWord")
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 2.6)
        self.verdict_label.setFont(big)
        self.verdict_label.setAccessibleName(self.tr("Hasil pemeriksaan"))
        self.verdict_text = QLabel()
        self.verdict_text.setWordWrap(True)
        self.verdict_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_text.setAccessibleName(self.tr("Keterangan hasil pemeriksaan"))
        self.differences_label = QLabel()
        self.differences_label.setWordWrap(True)
        self.differences_label.setTextFormat(Qt.TextFormat.PlainText)
        self.differences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.differences_label.setAccessibleName(self.tr("Perbedaan"))
        self.facts_title = QLabel(self.tr("Tersimpan di basis data pusat:"))
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(16)
        self.facts.setColumnStretch(1, 1)
        self.fact_values: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(self._fact_labels().items()):
            name = QLabel(label)
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self.facts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, row, 1)
            self.fact_values[key] = value
        self.facts_box = QWidget()
        facts_layout = QVBoxLayout(self.facts_box)
        facts_layout.setContentsMargins(0, 6, 0, 0)
        facts_layout.addWidget(self.facts_title)
        facts_layout.addLayout(self.facts)
        verdict_layout = QVBoxLayout(self.verdict)
        verdict_layout.setContentsMargins(16, 12, 16, 14)
        verdict_layout.addWidget(self.verdict_label)
        verdict_layout.addWidget(self.verdict_text)
        verdict_layout.addWidget(self.differences_label)
        verdict_layout.addWidget(self.facts_box)
        self.verdict.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(printed)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self.setWindowTitle(self.tr("Periksa lembar hasil"))
        # An explicit minimum: the layout then never resizes the window's limits as the verdict comes and goes.
        self.setMinimumSize(600, 520)
        if location:
            self.code_edit.setFocus()

    def _fact_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Nama"),
            "nip": self.tr("NIP"),
            "target_position": self.tr("Jabatan sasaran"),
            "jpm": self.tr("JPM"),
            "category": self.tr("Kategori"),
            "session": self.tr("Sesi"),
            "provider": self.tr("Penyelenggara"),
            "valid_until": self.tr("Berlaku sampai"),
        }

    def _connect_callbacks(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)
        for edit in (self.location_edit, self.code_edit, self.nip_edit, self.jpm_edit, self.category_edit):
            edit.returnPressed.connect(self._on_check_clicked)  # Enter checks, from any field
            edit.textEdited.connect(self._on_input_edited)
        self.code_edit.textChanged.connect(self._on_code_changed)
        self.location_edit.textChanged.connect(self._on_code_changed)
        self._runner.connect_slots(succeeded=self._on_task_succeeded, failed=self._on_task_failed,
                                   finished=self._on_task_finished)

    # -- public ------------------------------------------------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def location(self) -> str:
        return self.location_edit.text().strip()

    def set_location(self, location: str | Path) -> None:
        self.location_edit.setText(str(location))

    def verdict_word(self) -> str:
        return self.verdict_label.text() if not self.verdict.isHidden() else ""

    def verdict_details(self) -> str:
        """Everything the verdict panel says, as text (what a screen reader reads)."""
        if self.verdict.isHidden():
            return ""
        parts = [self.verdict_label.text(), self.verdict_text.text(), self.differences_label.text()]
        if not self.facts_box.isHidden():
            parts += [f"{k}: {v.text()}" for k, v in self.fact_values.items()]
        return "\n".join(p for p in parts if p)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def check(self) -> None:
        """Check what the fields say, off the GUI thread; the verdict replaces the previous one."""
        if self._runner.is_running():
            return
        self._hide_error()
        location = self.location()
        if not location:
            self._show_error(self.tr("Isi lokasi basis data pusat: berkas .sqlite atau URL."))
            self.location_edit.setFocus()
            return
        file = sqlite_file_of(location)
        if file is not None and not file.is_file():
            # Opening a missing SQLite file would create an empty database: say so instead.
            self._show_error(self.tr("Berkas basis data pusat tidak ditemukan: {path}").format(path=file))
            self.location_edit.setFocus()
            return
        if file is not None and file.stat().st_size == 0:
            self._show_error(self.tr("Berkas {path} kosong: itu bukan basis data pusat.").format(path=file))
            self.location_edit.setFocus()
            return
        code = normalise_code(self.code_edit.text())
        if code is None:
            self._show_error(self.tr("Kode verifikasi tidak sah: 12 angka atau huruf A–F, mis. 9FC1-18D9-0F67."))
            self.code_edit.setFocus()
            return
        printed = {"nip": self.nip_edit.text().strip(), "jpm": printed_jpm(self.jpm_edit.text()),
                   "category": printed_category(self.category_edit.text())}
        request = _Request(location, code, {k: v for k, v in printed.items() if v})
        self._asked = self._generation
        self.verdict.hide()
        self.busy_label.setText(self.tr("Memeriksa…"))
        self._runner.start(lambda progress: _check(request))
        self._update_buttons()

    # -- slots -------------------------------------------------------------------------------------
    @Slot()
    def _on_browse_clicked(self) -> None:
        current = sqlite_file_of(self.location())
        start = str(current.parent if current is not None and current.name else Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih basis data pusat"), start,
                                              self.tr("Basis data SQLite (*.sqlite *.sqlite3 *.db);;Semua berkas (*)"))
        if path:
            self.set_location(path)
            self.location_chosen.emit(path)
            self.code_edit.setFocus()

    @Slot()
    def _on_check_clicked(self) -> None:
        self.check()

    @Slot(str)
    def _on_input_edited(self, _text: str) -> None:
        # A verdict belongs to the input it answered: once the input changes, it goes.
        self._generation += 1
        self.verdict.hide()
        self._hide_error()

    @Slot(str)
    def _on_code_changed(self, _text: str) -> None:
        self._update_code_hint()
        self._update_buttons()

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        assert isinstance(result, SheetCheck)
        if self._asked != self._generation:
            return  # the fields changed while the check ran
        self.last_check = result
        self._show_verdict(result)
        self.sheet_checked.emit(result.matches)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        self._show_error(self.tr("Basis data pusat tidak dapat dibaca: {message}").format(
            message=" ".join(message.split())))

    @Slot()
    def _on_task_finished(self) -> None:
        self.busy_label.clear()
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------------
    def _update_code_hint(self) -> None:
        text = self.code_edit.text()
        code = normalise_code(text)
        if code is not None:
            self.code_hint.setText(self.tr("Terbaca sebagai {code}").format(code=format_code(code)))
        elif text.strip():
            count = len(re.sub(r"[\s\-.]", "", text))
            self.code_hint.setText(self.tr("{n} dari 12 karakter; hanya angka 0–9 dan huruf A–F").format(n=count))
        else:
            self.code_hint.setText(self.tr("Huruf kecil, spasi dan tanda hubung boleh; huruf O dibaca angka 0."))

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(not self._runner.is_running())

    def _show_verdict(self, check: SheetCheck) -> None:
        facts = check.facts
        if check.matches:
            word, colours = self.tr("✓ COCOK"), ("#17612c", "#e6f4ea", "#7cc18f")
            text = self.tr("Lembar ini sesuai dengan hasil yang disegel dan tersimpan di basis data pusat.")
            differences = ""
        else:
            word, colours = self.tr("✗ TIDAK COCOK"), ("#8a1c1c", "#fdecea", "#e59a93")
            if not facts:
                text = self.tr("Tidak ada lembar hasil dengan kode ini di basis data pusat. Periksa ketikan "
                               "kode; bila benar, lembar ini tidak berasal dari sesi yang sudah diimpor.")
                differences = ""
            else:
                text = self.tr("Kode ini ada, tetapi isi lembar berbeda dengan yang tersimpan:")
                differences = "\n".join(self._difference(*d) for d in check.differences)
        self.verdict.setStyleSheet(
            "#verdict {{ background: {1}; border: 2px solid {2}; border-radius: 6px; }}"
            " #verdict QLabel {{ background: transparent; }} #verdictWord {{ color: {0}; }}".format(*colours))
        self.verdict_label.setText(word)
        self.verdict_text.setText(text)
        self.differences_label.setText(differences)
        self.differences_label.setVisible(bool(differences))
        self.facts_box.setVisible(bool(facts))
        if facts:
            shown = {
                "name": facts.get("name", ""),
                "nip": format_nip(facts.get("nip", "")),
                "target_position": facts.get("target_position", ""),
                "jpm": self._jpm(facts.get("jpm", "")),
                "category": (f"{facts['category_label']} ({facts.get('category', '')})"
                             if facts.get("category_label") else facts.get("category", "")),
                "session": facts.get("session", ""),
                "provider": facts.get("provider", ""),
                "valid_until": self._validity(facts.get("valid_until", "")),
            }
            differing = {d[0] for d in check.differences}
            for key, value in shown.items():
                label = self.fact_values[key]
                label.setText(value or "–")
                font = label.font()
                font.setBold(key in differing)  # the stored value the paper disagrees with
                label.setFont(font)
        self.verdict.setAccessibleDescription(self.verdict_details())
        self.verdict.show()

    def _difference(self, what: str, printed: str, stored: str) -> str:
        labels = {"nip": self.tr("NIP"), "jpm": self.tr("JPM"), "category": self.tr("Kategori"),
                  "name": self.tr("Nama")}
        if what == "nip":
            printed, stored = format_nip(normalise_nip(printed)) or printed, format_nip(stored) or stored
        return self.tr("• {what}: tercetak {printed}, tersimpan {stored}").format(
            what=labels.get(what, what), printed=printed, stored=stored)

    def _jpm(self, text: str) -> str:
        try:
            return self._locale.toString(float(text), "f", 2) + " %"
        except ValueError:
            return text

    def _validity(self, iso: str) -> str:
        try:
            until = dt.date.fromisoformat(iso[:10])
        except ValueError:
            return iso
        shown = f"{until.day} {self._locale.monthName(until.month)} {until.year}"
        if until >= dt.date.today():
            return self.tr("{date} (masih berlaku)").format(date=shown)
        return self.tr("{date} (sudah tidak berlaku)").format(date=shown)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(" ".join(message.split()))
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def shutdown(self) -> None:
        """Wait for a running check before the widget goes away."""
        self._runner.cancel()
        self._runner.wait()

    def closeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        self.shutdown()
        super().closeEvent(event)


# -- screenshots -------------------------------------------------------------------------------------
def build_central_sample(folder: Path) -> tuple[Path, list]:
    """A central SQLite database holding the sealed sample session; returns its path and the results."""
    from desktop.gui.screenshots import build_sample_store
    from desktop.services.assessment import AssessmentService
    from desktop.services.bundles import export_bundle
    from desktop.services.stores import open_central_store, open_centre_store

    folder.mkdir(parents=True, exist_ok=True)
    uuid = build_sample_store(folder / "centre.sqlite")
    centre = open_centre_store(folder / "centre.sqlite")
    try:
        service = AssessmentService(centre, actor="screenshots")
        bundle = export_bundle(service.document(uuid), folder / "bundles")
        results = service.results(uuid)
    finally:
        centre.close()
    central_path = folder / "central.sqlite"
    central = open_central_store(central_path)
    try:
        CentralService(central, actor="screenshots", allow_plain=True).import_file(bundle)
    finally:
        central.close()
    return central_path, results


def screenshot(out_dir: Path) -> list[Path]:
    """`check_sheet.png`: a sample sheet's code typed as people do, checked: COCOK."""
    import time

    from PySide6.QtWidgets import QApplication

    from desktop.gui import shots

    _app, out_dir = shots.prepare(out_dir)
    target = out_dir / "check_sheet.png"
    with tempfile.TemporaryDirectory(prefix="asesmen-check-") as tmp:
        central, results = build_central_sample(Path(tmp))
        sheet = results[2]
        widget = CheckSheetWidget(location=str(central))
        widget.resize(*SIZE)
        widget.show()
        widget.code_edit.setText(sheet.sheet_code_display.lower().replace("-", " "))
        widget.nip_edit.setText(format_nip(sheet.nip))
        widget.jpm_edit.setText(f"{sheet.jpm:.2f}".replace(".", ","))
        widget.category_edit.setText(f"{sheet.category_label} ({sheet.category_code})")
        widget.check()
        deadline = time.monotonic() + 20
        while widget.runner.is_running() or widget.verdict.isHidden():
            if time.monotonic() > deadline:
                raise TimeoutError("the check did not finish")
            QApplication.processEvents()
            time.sleep(0.01)
        shots.settle(3)
        shots.grab(widget, target)
        shots.dispose(widget)
    return [target]


__all__ = ["CheckSheetWidget", "build_central_sample", "printed_category", "screenshot", "sqlite_file_of"]
