"""The e-kinerja import wizard (BKD operator): the assessee import wizard's steps over other columns.

It is desktop.gui.import_wizard.ImportWizard (file, column mapping with preview, validation report with
problems / warnings / ready rows and the CSV problem report, one-transaction import, progress and stop)
with the e-kinerja fields (NIP, year, predikat kinerja, name) and desktop.services.performance_import
behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.nip import format_nip
from desktop.gui.import_wizard import ImportWizard
from desktop.gui.tasks import TaskFn, TaskRunner
from desktop.services.importing import Table
from desktop.services.performance_import import PERFORMANCE_FIELDS, PerformanceImport, PerformanceReport


class PerformanceWizard(ImportWizard):
    """Import e-kinerja predicates from a .xlsx or .csv export. `imported(PerformanceOutcome)` fires after a
    successful import (the base class's `imported(int)` is not used)."""

    imported = Signal(object)

    FIELDS = PERFORMANCE_FIELDS
    _read_table = staticmethod(PerformanceImport.read)
    _guess_mapping = staticmethod(PerformanceImport.guess_mapping)

    def __init__(self, performance: PerformanceImport, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        QDialog.__init__(self, parent)  # ImportWizard.__init__ reads an assessment session; this wizard has none
        self._performance = performance
        self.outcome = None
        self._start(self.tr("Impor data e-kinerja"), runner)

    # -- texts -------------------------------------------------------------------------------
    def _known_labels(self) -> dict[str, str]:
        return {"nip": self.tr("NIP"), "year": self.tr("Tahun"), "predicate": self.tr("Predikat kinerja"),
                "name": self.tr("Nama")}

    def _file_page_texts(self) -> tuple[str, str, str]:
        return (self.tr(
            "Pilih ekspor e-kinerja: berkas Excel (.xlsx, lembar pertama) atau CSV, satu baris per pegawai dan "
            "tahun. Baris judul di atas baris nama kolom boleh ada. Predikat: Sangat Baik, Baik, Butuh Perbaikan, "
            "Kurang, Sangat Kurang (PermenPANRB 6/2022)."), self.tr(
            "Satu predikat per NIP dan tahun; tahun yang sama diimpor lagi menggantikan predikatnya (diberi "
            "peringatan lebih dulu). NIP yang belum punya hasil asesmen tetap disimpan."), "")

    def _import_label(self) -> str:
        return self.tr("&Impor data kinerja")

    def _ready_columns(self) -> tuple[tuple[str, ...], tuple[int, ...], str]:
        return ((self.tr("Baris"), self.tr("NIP"), self.tr("Tahun"), self.tr("Predikat kinerja")), (0, 2),
                self.tr("Baris siap diimpor"))

    def _browse_title(self) -> str:
        return self.tr("Pilih ekspor e-kinerja")

    def _report_notes(self) -> tuple[str, str]:
        return (self.tr("Tidak ada data yang diimpor selama masih ada masalah. Perbaiki baris-baris di bawah pada "
                        "lembar kerja (atau simpan laporan masalah), simpan berkasnya, lalu baca dan periksa ulang."),
                self.tr("Semua baris disimpan sekaligus dalam satu langkah; jika gagal, tidak ada yang diimpor."))

    def _import_count_label(self, ready: int) -> str:
        return self.tr("&Impor {n} baris").format(n=ready)

    # -- the service -------------------------------------------------------------------------
    def _validation(self, table: Table, mapping: dict[str, int]) -> TaskFn:
        performance = self._performance
        return lambda progress: performance.validate(table, mapping, progress)

    def _ready_rows(self, report: PerformanceReport) -> list[tuple[str, ...]]:  # type: ignore[override]
        return [(str(i.row), format_nip(i.nip), str(i.year), i.predicate) for i in report.items]

    def _import_task(self, report: PerformanceReport) -> tuple[TaskFn, str]:  # type: ignore[override]
        performance, source = self._performance, str(self.source_path or "")
        return (lambda progress: performance.apply(report, source, progress),
                self.tr("Mengimpor {n} baris…").format(n=len(report.items)))

    def _on_imported(self, result: object) -> None:
        self.outcome = result
        self.imported_count = len(self.report.items) if self.report is not None else 0
        self.report = None
        self.done_label.setText(self.tr("Data kinerja diimpor"))
        self.done_note.setText(self.tr("{added} baru, {replaced} diganti, {unchanged} sama. Sumbu kinerja 9-box "
                                       "memakai predikat terbaru setiap pegawai.").format(
            added=result.added, replaced=result.replaced, unchanged=result.unchanged))  # type: ignore[attr-defined]
        self._show_page(self.PAGE_DONE)
        self.imported.emit(result)


__all__ = ["PerformanceWizard"]
