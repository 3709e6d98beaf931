"""The e-kinerja import: NIP, year and predikat kinerja (PermenPANRB 6/2022) from .xlsx or .csv.

As the assessee import (desktop.services.importing, whose reading and NIP checks it reuses): the columns
are matched by their usual headings and can be changed, every row is checked and each problem listed
with its row and reason, and nothing is imported while a problem remains; then one transaction.

A record is kept per NIP and year; importing the same year again replaces the predicate (reported as a
warning first). A NIP that is not (yet) in the central database is reported as a warning and kept, so
the record is there when the person's first result is imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, update

from desktop.domain.errors import ValidationError
from desktop.domain.nip import normalise_nip
from desktop.services.central_accounts import CentralAccounts, CentralUser, _record
from desktop.services.importing import RowProblem, Table, guess_mapping, nip_cell_problem, read_table
from desktop.services.progress import Progress
from desktop.services.stores import Store
from desktop.services.talent import CHUNK, TalentRules, _chunks, sync_latest_predicates
from desktop.storage.central_orm import Person
from desktop.storage.talent_orm import OPEN_END, PerformanceRecord

MAX_ROWS = 200_000  # an e-kinerja export covers every ASN of the agency

# Field -> (Indonesian label, required, header spellings seen in e-kinerja exports)
PERFORMANCE_FIELDS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "nip": ("NIP", True, ("nip", "nip baru", "nip/ni pppk", "ni pppk", "nomor induk pegawai", "nip pegawai")),
    "year": ("Tahun", True, ("tahun", "tahun penilaian", "tahun kinerja", "periode", "periode penilaian",
                             "tahun skp")),
    "predicate": ("Predikat kinerja", True, ("predikat", "predikat kinerja", "predikat kinerja pegawai",
                                             "predikat skp", "hasil evaluasi kinerja", "nilai predikat",
                                             "rating kinerja")),
    "name": ("Nama", False, ("nama", "nama lengkap", "nama pegawai", "nama asn")),
}


@dataclass(frozen=True)
class PerformanceItem:
    row: int
    nip: str
    year: int
    predicate: str  # canonical spelling


@dataclass
class PerformanceReport:
    items: list[PerformanceItem] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    unknown_nips: int = 0  # rows whose NIP has no imported result (kept; a warning each)
    replacing: int = 0  # rows that change a predicate already stored

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.items)


@dataclass(frozen=True)
class PerformanceOutcome:
    added: int
    replaced: int
    unchanged: int

    @property
    def message(self) -> str:
        return f"data kinerja diimpor: {self.added} baru, {self.replaced} diganti, {self.unchanged} sama"


class PerformanceImport:
    """Read, map, validate and apply an e-kinerja file for one signed-in operator (permission "import")."""

    def __init__(self, store: Store, user: CentralUser, rules: TalentRules | None = None) -> None:
        self.store = store
        self.user = user
        self.rules = rules or TalentRules.load()

    @staticmethod
    def read(path: Path) -> Table:
        """The first sheet of an .xlsx or a .csv; a title row above the header is skipped."""
        table = read_table(Path(path), max_rows=MAX_ROWS, fields=PERFORMANCE_FIELDS)
        return table

    @staticmethod
    def guess_mapping(headers: list[str]) -> dict[str, int]:
        return guess_mapping(headers, PERFORMANCE_FIELDS)

    def validate(self, table: Table, mapping: dict[str, int], progress: Progress | None = None,
                 today: dt.date | None = None) -> PerformanceReport:
        """Check every row; a row with any problem is reported, never imported."""
        CentralAccounts.require(self.user, "import")
        progress = progress or Progress()
        report = PerformanceReport()
        missing = [label for f, (label, required, _) in PERFORMANCE_FIELDS.items() if required and f not in mapping]
        if missing:
            report.problems.append(RowProblem(0, ", ".join(missing), "", "kolom wajib belum dipetakan"))
            return report
        this_year = (today or dt.date.today()).year
        seen: dict[tuple[str, int], int] = {}
        rows: list[tuple[int, dict[str, str]]] = []
        for offset, row in enumerate(table.rows):
            if offset % 1000 == 0:
                progress.report(offset, len(table.rows), "memeriksa baris")
            number = table.first_row + offset
            if not any(row):
                continue
            values = {f: (row[i] if i < len(row) else "").strip() for f, i in mapping.items()}
            problems = []
            for f, (label, required, _) in PERFORMANCE_FIELDS.items():
                if required and not values.get(f):
                    problems.append(RowProblem(number, label, "", "sel kosong"))
            bad_nip = nip_cell_problem(number, values.get("nip", ""), ("PNS", "PPPK"))
            if bad_nip:
                problems.append(bad_nip)
            year = _year(values.get("year", ""))
            if values.get("year") and year is None:
                problems.append(RowProblem(number, "Tahun", values["year"], "bukan tahun (isi 4 angka, mis. 2025)"))
            elif year is not None and not self.rules.min_performance_year <= year <= this_year:
                problems.append(RowProblem(number, "Tahun", values["year"],
                                           f"tahun di luar rentang {self.rules.min_performance_year}-{this_year}"))
            rule = self.rules.predicate(values.get("predicate", "")) if values.get("predicate") else None
            if values.get("predicate") and rule is None:
                problems.append(RowProblem(number, "Predikat kinerja", values["predicate"],
                                           "predikat tidak dikenal (Sangat Baik, Baik, Butuh Perbaikan, Kurang, "
                                           "Sangat Kurang)"))
            if not problems and year is not None and rule is not None:
                nip = normalise_nip(values["nip"])
                if (nip, year) in seen:
                    problems.append(RowProblem(number, "NIP", values["nip"],
                                               f"duplikat: NIP dan tahun sama dengan baris {seen[nip, year]}"))
                else:
                    seen[nip, year] = number
            if problems:
                report.problems += problems
                continue
            assert rule is not None and year is not None
            report.items.append(PerformanceItem(number, normalise_nip(values["nip"]), year, rule.predicate))
            rows.append((number, values))
        if not report.items and not report.problems:
            report.problems.append(RowProblem(0, "", "", "tidak ada baris data"))
        self._against_database(report, rows)
        progress.report(len(table.rows), len(table.rows), "")
        return report

    def _against_database(self, report: PerformanceReport, rows: list[tuple[int, dict[str, str]]]) -> None:
        """Warnings from what the central database holds: unknown NIPs, other names, replaced predicates."""
        nips = sorted({i.nip for i in report.items})
        names: dict[str, str] = {}
        stored: dict[tuple[str, int], str] = {}
        with self.store.transaction() as db:
            for chunk in _chunks(nips, CHUNK):
                names.update(db.execute(select(Person.nip, Person.name).where(Person.nip.in_(chunk))).all())
                stored.update({(n, y): p for n, y, p in db.execute(
                    select(PerformanceRecord.nip, PerformanceRecord.year, PerformanceRecord.predicate)
                    .where(PerformanceRecord.nip.in_(chunk)))})
        given = dict(rows)
        for item in report.items:
            raw = given[item.row]
            if item.nip not in names:
                report.unknown_nips += 1
                report.warnings.append(RowProblem(item.row, "NIP", raw["nip"],
                                                  "NIP belum ada di basis data pusat (belum ada hasil asesmen): "
                                                  "tetap disimpan"))
            elif raw.get("name") and not _same_name(raw["name"], names[item.nip]):
                report.warnings.append(RowProblem(item.row, "Nama", raw["name"],
                                                  f"nama berbeda dengan basis data pusat ({names[item.nip]})"))
            before = stored.get((item.nip, item.year))
            if before is not None and before != item.predicate:
                report.replacing += 1
                report.warnings.append(RowProblem(item.row, "Predikat kinerja", item.predicate,
                                                  f"menggantikan predikat tersimpan untuk {item.year}: {before}"))

    def apply(self, report: PerformanceReport, source: str = "",
              progress: Progress | None = None) -> PerformanceOutcome:
        """Import a clean report in one transaction; a report with problems imports nothing."""
        CentralAccounts.require(self.user, "import")
        if report.problems:
            raise ValidationError(f"{len(report.problems)} masalah pada berkas: perbaiki dahulu, "
                                  "tidak ada yang diimpor")
        if not report.items:
            raise ValidationError("tidak ada baris untuk diimpor")
        progress = progress or Progress()
        nips = sorted({i.nip for i in report.items})
        added = replaced = unchanged = 0
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        with self.store.transaction() as db:
            existing: dict[tuple[str, int], tuple[int, str]] = {}
            for chunk in _chunks(nips, CHUNK):
                for rid, nip, year, predicate in db.execute(
                        select(PerformanceRecord.id, PerformanceRecord.nip, PerformanceRecord.year,
                               PerformanceRecord.predicate).where(PerformanceRecord.nip.in_(chunk))):
                    existing[nip, year] = (rid, predicate)
            progress.report(1, 3, "menyimpan")
            new_rows, changed = [], []
            for item in report.items:
                before = existing.get((item.nip, item.year))
                if before is None:
                    new_rows.append({"nip": item.nip, "year": item.year, "predicate": item.predicate,
                                     "until_year": OPEN_END, "source": source[:300], "imported_at": now,
                                     "imported_by": self.user.username})
                    added += 1
                elif before[1] != item.predicate:
                    changed.append({"id": before[0], "predicate": item.predicate, "source": source[:300],
                                    "imported_at": now, "imported_by": self.user.username})
                    replaced += 1
                else:
                    unchanged += 1
            for chunk in _chunks(new_rows, CHUNK):
                db.execute(insert(PerformanceRecord), chunk)
            for chunk in _chunks(changed, CHUNK):
                db.execute(update(PerformanceRecord), chunk)
            progress.report(2, 3, "menghitung tahun berlaku")
            relink_years(db, nips)
            sync_latest_predicates(db, nips)
            outcome = PerformanceOutcome(added, replaced, unchanged)
            _record(db, self.user, "impor_kinerja", Path(source).name if source else "",
                    f"{len(report.items)} baris: {added} baru, {replaced} diganti, {unchanged} sama; "
                    f"{report.unknown_nips} NIP belum ada di basis data pusat")
        progress.report(3, 3, "")
        return outcome

    def import_file(self, path: Path, progress: Progress | None = None) -> tuple[PerformanceReport,
                                                                                  PerformanceOutcome | None]:
        """Read, map by the headings, validate and (when clean) apply: for the command line and tests."""
        table = self.read(path)
        report = self.validate(table, self.guess_mapping(table.headers), progress)
        if not report.ok:
            return report, None
        return report, self.apply(report, str(path), progress)


def relink_years(db, nips: list[str]) -> None:
    """Set until_year of each record of these NIPs to the year of the next record (OPEN_END for the last):
    one set-based UPDATE per chunk of NIPs, touching only the records whose value changes."""
    pr = PerformanceRecord.__table__
    nxt = pr.alias("nxt")
    following = func.coalesce(select(func.min(nxt.c.year)).where(nxt.c.nip == pr.c.nip, nxt.c.year > pr.c.year)
                              .scalar_subquery(), OPEN_END)
    for chunk in _chunks(sorted(set(nips)), CHUNK):
        db.execute(update(pr).where(pr.c.nip.in_(chunk), pr.c.until_year != following).values(until_year=following))


def _year(raw: str) -> int | None:
    text = raw.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if len(text) == 4 and text.isdigit() else None


def _same_name(given: str, stored: str) -> bool:
    """Equal, or one inside the other (e-kinerja often adds academic titles: "Dr. Rina Lestari, M.Si.")."""
    a, b = (" ".join(n.casefold().replace(",", " ").split()) for n in (given, stored))
    return a == b or a in b or b in a


__all__ = ["MAX_ROWS", "PERFORMANCE_FIELDS", "PerformanceImport", "PerformanceItem", "PerformanceOutcome",
           "PerformanceReport", "relink_years"]
