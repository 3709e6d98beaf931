"""Assessee import from .xlsx and .csv as BKDs keep them: read, map columns, validate every row, import all.

Nothing is half-imported: the import runs only when the validation report is empty, and then in
one transaction.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import AsesmenError, ValidationError
from desktop.domain.golongan import parse_golongan
from desktop.domain.nip import check_nip, normalise_nip
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.progress import Progress

MAX_ROWS = 20_000

# Field -> (Indonesian label, required, header spellings seen in BKD spreadsheets)
FIELDS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "nip": ("NIP", True, ("nip", "nip baru", "nip/ni pppk", "ni pppk", "nomor induk pegawai")),
    "name": ("Nama", True, ("nama", "nama lengkap", "nama pegawai", "nama peserta", "nama asn")),
    "golongan": ("Golongan", False, ("golongan", "gol", "gol.", "gol/ruang", "golongan/ruang", "pangkat/golongan")),
    "current_position": ("Jabatan saat ini", False, ("jabatan", "jabatan saat ini", "jabatan sekarang",
                                                     "nama jabatan")),
    "unit": ("Unit kerja", False, ("unit kerja", "unit", "opd", "perangkat daerah", "satuan kerja", "unor")),
    "target_position": ("Jabatan sasaran", True, ("jabatan sasaran", "jabatan target", "jabatan yang dituju",
                                                  "formasi", "jabatan tujuan")),
    "sex": ("Jenis kelamin", False, ("jenis kelamin", "jk", "l/p", "kelamin")),
    "kind": ("Jenis pegawai", False, ("jenis pegawai", "status pegawai", "status kepegawaian")),
}


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]  # cell text, header row excluded
    first_row: int = 2  # spreadsheet row number of rows[0]


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    value: str
    reason: str


@dataclass
class ImportReport:
    items: list[AssesseeInput] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.items)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_table(path: Path, *, max_rows: int = MAX_ROWS,
               fields: dict[str, tuple[str, bool, tuple[str, ...]]] | None = None) -> Table:
    """The first sheet of an .xlsx, or a .csv (comma or semicolon, UTF-8 or Windows-1252).

    The header is the first row with at least two of the known headers of `fields` (the assessee
    fields by default; other imports pass their own), so title rows above it are skipped.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    known = _known_headers(fields or FIELDS)
    try:
        if suffix == ".xlsx":
            return _read_xlsx(path, max_rows, known)
        if suffix == ".csv":
            return _read_csv(path.read_bytes(), max_rows, known)
    except OSError as exc:
        raise ValidationError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from None
    raise ValidationError(f"{path.name}: jenis berkas tidak didukung (gunakan .xlsx atau .csv)")


def _known_headers(fields: dict[str, tuple[str, bool, tuple[str, ...]]]) -> set[str]:
    return {alias for _, _, aliases in fields.values() for alias in aliases}


def _read_xlsx(path: Path, max_rows: int = MAX_ROWS, known: set[str] | None = None) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ValidationError(f"{path.name}: bukan berkas Excel .xlsx yang valid atau berkas rusak") from None
    try:
        ws = wb.worksheets[0]
        raw = []
        for row in ws.iter_rows(values_only=True):
            raw.append(list(row))
            if len(raw) > max_rows + 1:
                raise ValidationError(f"{path.name}: lebih dari {max_rows} baris")
    finally:
        wb.close()
    return _table(raw, path.name, known)


def _read_csv(data: bytes, max_rows: int = MAX_ROWS, known: set[str] | None = None) -> Table:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError("bukan berkas CSV teks yang dapat dibaca (pengodean tidak dikenal)")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    raw = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if len(raw) > max_rows + 1:
        raise ValidationError(f"lebih dari {max_rows} baris")
    return _table(raw, "CSV", known)


def _table(raw: list[list], name: str, known: set[str] | None = None) -> Table:
    # Skip empty lines above the header (title rows are common in BKD sheets: the header is the
    # first row whose cells match at least two known headers, or else the first non-empty row).
    known = known if known is not None else _known_headers(FIELDS)
    start = None
    for i, row in enumerate(raw[:20]):
        cells = [_cell_text(c).lower() for c in row]
        if sum(c in known for c in cells) >= 2:
            start = i
            break
    if start is None:
        start = next((i for i, row in enumerate(raw) if any(_cell_text(c) for c in row)), None)
    if start is None:
        raise ValidationError(f"{name}: berkas kosong")
    headers = [_cell_text(c) for c in raw[start]]
    rows = []
    for row in raw[start + 1:]:
        cells = [row[i] if i < len(row) else None for i in range(len(headers))]
        rows.append([_raw_nip_guard(c) for c in cells])
    while rows and not any(rows[-1]):
        rows.pop()
    return Table(headers, rows, first_row=start + 2)


def _raw_nip_guard(value) -> str:
    # Excel keeps 15 significant digits: an 18-digit NIP typed as a number has lost its last digits.
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 1e15:
        return f"#ANGKA:{_cell_text(value)}"
    return _cell_text(value)


def guess_mapping(headers: list[str],
                  fields: dict[str, tuple[str, bool, tuple[str, ...]]] | None = None) -> dict[str, int]:
    """Field -> column index for every header that matches a known spelling (of `fields`: the assessee
    fields by default)."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = " ".join(header.lower().replace("_", " ").split())
        for name, (_, _, aliases) in (fields or FIELDS).items():
            if name not in mapping and key in aliases:
                mapping[name] = index
    return mapping


def validate(service: AssessmentService, session_uuid: str, table: Table, mapping: dict[str, int],
             progress: Progress | None = None) -> ImportReport:
    """Check every row; a row with any problem is reported, never imported."""
    progress = progress or Progress()
    report = ImportReport()
    missing = [FIELDS[f][0] for f, (_, required, _) in FIELDS.items() if required and f not in mapping]
    if missing:
        report.problems.append(RowProblem(0, ", ".join(missing), "", "kolom wajib belum dipetakan"))
        return report
    positions = set(service.position_names(session_uuid))
    registered = service.assessee_nips(session_uuid)
    seen: dict[str, int] = {}
    for offset, row in enumerate(table.rows):
        if offset % 200 == 0:
            progress.report(offset, len(table.rows), "memeriksa baris")
        number = table.first_row + offset
        if not any(row):
            continue
        values = {f: row[i] if i < len(row) else "" for f, i in mapping.items()}
        problems = _row_problems(number, values, positions, registered, seen)
        if problems:
            report.problems += problems
            continue
        nip = normalise_nip(values["nip"])
        seen[nip] = number
        check = check_nip(nip, _kind(values), recorded_sex=_sex(values) or None)
        report.warnings += [RowProblem(number, "NIP", values["nip"], w) for w in check.warnings]
        report.items.append(AssesseeInput(
            nip=nip, name=values["name"].strip(), target_position=values["target_position"].strip(),
            golongan=values.get("golongan", ""), current_position=values.get("current_position", ""),
            unit=values.get("unit", ""), sex=_sex(values), kind=_kind(values)))
    if not report.items and not report.problems:
        report.problems.append(RowProblem(0, "", "", "tidak ada baris data"))
    progress.report(len(table.rows), len(table.rows), "")
    return report


def _sex(values: dict[str, str]) -> str:
    raw = values.get("sex", "").strip().upper()
    return {"L": "L", "LAKI-LAKI": "L", "PRIA": "L", "P": "P", "PEREMPUAN": "P", "WANITA": "P"}.get(raw, "")


def _kind(values: dict[str, str]) -> str:
    return "PPPK" if "PPPK" in values.get("kind", "").upper() else "PNS"


def _row_problems(number: int, values: dict[str, str], positions: set[str], registered: set[str],
                  seen: dict[str, int]) -> list[RowProblem]:
    out = []
    for f, (label, required, _) in FIELDS.items():
        if required and not values.get(f, "").strip():
            out.append(RowProblem(number, label, "", "sel kosong"))
    raw_nip = values.get("nip", "")
    bad_nip = nip_cell_problem(number, raw_nip, (_kind(values),))
    if bad_nip:
        out.append(bad_nip)
    elif raw_nip.strip():
        nip = normalise_nip(raw_nip)
        if nip in seen:
            out.append(RowProblem(number, "NIP", raw_nip, f"duplikat: sama dengan baris {seen[nip]}"))
        elif nip in registered:
            out.append(RowProblem(number, "NIP", raw_nip, "sudah terdaftar pada sesi ini"))
    target = values.get("target_position", "").strip()
    if target and target not in positions:
        out.append(RowProblem(number, "Jabatan sasaran", target, "jabatan sasaran tidak dikenal pada sesi ini"))
    golongan = values.get("golongan", "").strip()
    if golongan:
        try:
            parse_golongan(golongan)
        except AsesmenError:
            out.append(RowProblem(number, "Golongan", golongan, "golongan tidak dikenal"))
    return out


def nip_cell_problem(number: int, raw_nip: str, kinds: tuple[str, ...] = ("PNS",)) -> RowProblem | None:
    """The problem with a non-empty NIP cell as read by read_table, or None when it is valid for one of
    `kinds` (PNS, PPPK): a number that lost its last digits in Excel, or a structurally invalid NIP."""
    if raw_nip.startswith("#ANGKA:"):
        return RowProblem(number, "NIP", raw_nip[7:], "NIP tersimpan sebagai angka sehingga digit terakhir "
                                                      "hilang; format kolom NIP sebagai Teks")
    if not raw_nip.strip():
        return None
    first = None
    for kind in kinds:
        check = check_nip(normalise_nip(raw_nip), kind)
        if check.valid:
            return None
        first = first or check
    return RowProblem(number, "NIP", raw_nip, "NIP tidak valid: " + "; ".join(first.errors))


def import_assessees(service: AssessmentService, session_uuid: str, report: ImportReport) -> int:
    """Import a clean report in one transaction; a report with problems imports nothing."""
    if report.problems:
        raise ValidationError(f"{len(report.problems)} masalah pada berkas: perbaiki dahulu, tidak ada yang diimpor")
    if not report.items:
        raise ValidationError("tidak ada baris untuk diimpor")
    service.add_assessees(session_uuid, report.items)
    return len(report.items)
