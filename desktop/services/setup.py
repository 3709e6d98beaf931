"""Session setup operations beyond AssessmentService: edit details and standards, import an SKJ, matrix checks.

Every change goes through `AssessmentService._record` inside one `store.transaction()`, exactly like the
service's own methods: it appends the audit event in the same transaction and refuses a sealed session.
The functions take the service as their first argument (as `desktop.services.importing` does), so the
GUI keeps talking to the one service object it was given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.model import Competency, FormStatus, Purpose, SessionInfo, SessionStatus
from desktop.domain.nip import check_nip
from desktop.domain.rules import competencies_from_dict, competency_aliases, rules_from_dict
from desktop.domain.scoring import RATING_STEPS, check_whole_level, normalise_level, rating_scale
from desktop.services.assessment import AssessmentService
from desktop.services.importing import RowProblem, Table, read_table
from desktop.services.progress import Progress
from desktop.storage import orm

SESSION_FIELDS = ("title", "purpose", "agency", "provider", "provider_head", "venue", "start_date", "end_date")
POSITION_NAME_MAX, JENIS_MAX = 200, 40


# -- what the setup screen shows -----------------------------------------------------------------
@dataclass(frozen=True)
class SetupPosition:
    uuid: str
    name: str
    jenis: str
    standards: dict[str, int]
    assessees: int = 0


@dataclass(frozen=True)
class SetupSimulation:
    code: str
    name: str
    locked: bool = False  # a rating or a submitted form uses it: it cannot be removed


@dataclass(frozen=True)
class SetupAssessor:
    name: str
    nip: str
    is_lead: bool
    username: str | None = None


@dataclass(frozen=True)
class SetupAssessee:
    nip: str
    name: str
    participant_no: int
    target_position: str


@dataclass(frozen=True)
class SetupView:
    """One consistent read of everything the setup screen shows (plain values, safe across threads)."""

    info: SessionInfo
    competencies: tuple[Competency, ...]
    methods: tuple[tuple[str, str], ...]  # the pinned simulation methods: (code, name)
    simulations: tuple[SetupSimulation, ...]  # those the session uses, in order
    positions: tuple[SetupPosition, ...]
    matrix: dict[str, tuple[str, ...]]  # competency code -> simulation codes
    rated_cells: frozenset[tuple[str, str]]  # (competency, simulation) pairs that have ratings
    assessors: tuple[SetupAssessor, ...]
    assessees: tuple[SetupAssessee, ...]
    assignments: dict[tuple[str, str], tuple[str, ...]]  # (nip, simulation) -> assessor names
    locked_forms: frozenset[tuple[str, str, str]]  # (nip, simulation, assessor) with ratings or submitted
    level_min: int
    level_max: int
    min_simulations: int
    users: tuple[tuple[str, str], ...] = ()  # active local accounts: (username, full name)
    level_step: int | float = 1  # the rating step pinned in the session: 1 (whole levels) or 0.5
    ratings: int = 0  # how many ratings the session holds (the step is fixed once there is one)

    @property
    def scale(self) -> tuple[int | float, ...]:
        """The rating levels the session allows: (1, 2, 3, 4, 5) or (1, 1.5, 2, ..., 5)."""
        out, value = [], Fraction(self.level_min)
        while value <= self.level_max:
            out.append(normalise_level(value))
            value += Fraction(str(self.level_step))
        return tuple(out)

    @property
    def sealed(self) -> bool:
        return self.info.status is SessionStatus.SEALED


@dataclass(frozen=True)
class Shortfall:
    code: str
    name: str
    simulations: tuple[str, ...]


@dataclass(frozen=True)
class MatrixWarnings:
    """Competencies the positions need that too few simulations evidence, and matrix rows nobody needs.

    Until the session has a position, every competency of the dictionary counts as needed.
    """

    minimum: int
    required: tuple[str, ...]
    short: tuple[Shortfall, ...]
    unneeded: tuple[Shortfall, ...]

    @property
    def ok(self) -> bool:
        return not self.short and not self.unneeded


def setup_view(service: AssessmentService, session_uuid: str) -> SetupView:
    with service.store.transaction() as db:
        s = service._session(db, session_uuid)
        rules = rules_from_dict(s.pinned_rules["rules"])
        sims = {sim.id: sim.code for sim in s.simulations}
        assessees = {a.id: a for a in s.assessees}
        assessors = {a.id: a.name for a in s.assessors}
        rated = db.execute(
            select(orm.Rating.assessee_id, orm.Rating.simulation_id, orm.Rating.assessor_id,
                   orm.Rating.competency_code).distinct()
            .join(orm.Assessee, orm.Rating.assessee_id == orm.Assessee.id)
            .where(orm.Assessee.session_id == s.id)).all()
        forms = db.scalars(select(orm.Assignment).join(orm.Assessee, orm.Assignment.assessee_id == orm.Assessee.id)
                           .where(orm.Assessee.session_id == s.id).order_by(orm.Assignment.id)).all()
        locked = {(assessees[a].nip, sims[sim], assessors[asr]) for a, sim, asr, _ in rated}
        locked |= {(assessees[f.assessee_id].nip, sims[f.simulation_id], assessors[f.assessor_id])
                   for f in forms if f.status == FormStatus.SUBMITTED}
        locked_sims = {sim for _, sim, _ in locked}
        assignments: dict[tuple[str, str], tuple[str, ...]] = {}
        for f in forms:
            key = (assessees[f.assessee_id].nip, sims[f.simulation_id])
            assignments[key] = (*assignments.get(key, ()), assessors[f.assessor_id])
        users = {u.id: u for u in db.scalars(select(orm.User).order_by(orm.User.username))}
        counts: dict[int, int] = {}
        for a in s.assessees:
            counts[a.target_position_id] = counts.get(a.target_position_id, 0) + 1
        return SetupView(
            info=service._info(s),
            competencies=competencies_from_dict(s.pinned_rules["competencies"]),
            methods=tuple((m["code"], m["name"]) for m in s.pinned_rules["simulations"]["methods"]),
            simulations=tuple(SetupSimulation(sim.code, sim.name, sim.code in locked_sims) for sim in s.simulations),
            positions=tuple(
                SetupPosition(p.uuid, p.name, p.jenis, {st.competency_code: st.level for st in p.standards},
                              counts.get(p.id, 0))
                for p in sorted(s.positions, key=lambda p: p.id)),
            matrix={code: tuple(codes) for code, codes in service.matrix_of(s).items()},
            rated_cells=frozenset((code, sims[sim]) for _, sim, _, code in rated),
            assessors=tuple(SetupAssessor(a.name, a.nip, a.is_lead,
                                          users[a.user_id].username if a.user_id in users else None)
                            for a in sorted(s.assessors, key=lambda a: a.id)),
            assessees=tuple(SetupAssessee(a.nip, a.name, a.participant_no, a.target_position.name)
                            for a in s.assessees),
            assignments=assignments,
            locked_forms=frozenset(locked),
            level_min=rules.rating_min,
            level_max=rules.rating_max,
            min_simulations=rules.min_simulations_per_competency,
            users=tuple((u.username, u.full_name) for u in users.values() if u.active),
            level_step=normalise_level(Fraction(str(rules.rating_step))),
            ratings=_rating_count(db, s),
        )


def _rating_count(db: Session, s: orm.AssessmentSession) -> int:
    return db.scalar(select(func.count(orm.Rating.id)).join(orm.Assessee, orm.Rating.assessee_id == orm.Assessee.id)
                     .where(orm.Assessee.session_id == s.id)) or 0


def warnings_of(view: SetupView) -> MatrixWarnings:
    """The matrix check on a view already read (the screen re-checks after every tick without a query)."""
    names = {c.code: c.name for c in view.competencies}
    order = [c.code for c in view.competencies]
    needed = {code for p in view.positions for code in p.standards} if view.positions else set(order)
    required = tuple(c for c in order if c in needed)
    short = tuple(Shortfall(c, names[c], view.matrix.get(c, ())) for c in required
                  if len(view.matrix.get(c, ())) < view.min_simulations)
    unneeded = tuple(Shortfall(c, names.get(c, c), sims) for c, sims in view.matrix.items()
                     if sims and c not in needed)
    return MatrixWarnings(view.min_simulations, required, short, unneeded)


def matrix_warnings(service: AssessmentService, session_uuid: str) -> MatrixWarnings:
    """Competencies required by any position that fewer than the rules' minimum of simulations evidence
    (min_simulations_per_competency), and competencies in the matrix that no position needs."""
    return warnings_of(setup_view(service, session_uuid))


# -- session details -----------------------------------------------------------------------------
def _check_date(text: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"tanggal tidak valid: {text} (format TTTT-BB-HH)") from None


def update_session(service: AssessmentService, session_uuid: str, **changes: str) -> bool:
    """Change the session's details (title, purpose, agency, provider, provider_head, venue, start_date,
    end_date). Returns False when nothing changed (no audit event then)."""
    unknown = sorted(set(changes) - set(SESSION_FIELDS))
    if unknown:
        raise ValidationError(f"rincian sesi tidak dikenal: {', '.join(unknown)}")
    values = {k: str(v).strip() for k, v in changes.items() if v is not None}
    if "title" in values and not values["title"]:
        raise ValidationError("judul sesi wajib diisi")
    if "purpose" in values:
        try:
            values["purpose"] = Purpose(values["purpose"]).value
        except ValueError:
            raise ValidationError(f"tujuan penilaian tidak dikenal: {values['purpose']}") from None
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        start = _check_date(values.get("start_date", s.start_date))
        end = _check_date(values.get("end_date", s.end_date))
        if start and end and end < start:
            raise ValidationError("tanggal selesai tidak boleh sebelum tanggal mulai")
        changed = {k: v for k, v in values.items() if getattr(s, k) != v}
        if not changed:
            return False
        old = {k: getattr(s, k) for k in changed}
        for k, v in changed.items():
            setattr(s, k, v)
        db.flush()
        service._record(db, s, "session.update", "session", s.uuid, old, changed)
        return True


# -- the rating scale ----------------------------------------------------------------------------
def set_rating_step(service: AssessmentService, session_uuid: str, step: int | float | str) -> bool:
    """Choose the session's rating step: 1 (whole levels 1..5) or 0.5 (half levels 1, 1.5, ... 5).

    It changes the session's pinned rules ("rating": "step"), recorded as one audit event
    ("session.rules.set" with the old and new "rating" block), and is allowed only while the session has
    no rating yet: a rating given on one scale is never re-read on another. Final levels and standards
    stay whole in both. Returns False when the step is already so (no audit event then).
    """
    try:
        wanted = Fraction(str(step).strip().replace(",", "."))
    except (ValueError, ZeroDivisionError):
        raise ValidationError(f"langkah skala penilaian tidak dikenal: {step}") from None
    if wanted not in {Fraction(str(x)) for x in RATING_STEPS}:
        raise ValidationError(f"langkah skala penilaian harus 1 (level bulat) atau 0,5 (setengah level), "
                              f"bukan {str(step).replace('.', ',')}")
    value = normalise_level(wanted)  # 1 stays the int of rules.json: an unchanged session keeps its bytes
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        rules = dict(s.pinned_rules["rules"])
        old_rating = dict(rules["rating"])
        if Fraction(str(old_rating.get("step", 1))) == wanted:
            return False
        count = _rating_count(db, s)
        if count:
            raise ValidationError(f"langkah skala tidak dapat diubah: sesi ini sudah memiliki {count} penilaian")
        new_rating = {**old_rating, "step": value}
        rating_scale(rules_from_dict({**rules, "rating": new_rating}))  # the new scale is a valid one
        s.pinned_rules = {**s.pinned_rules, "rules": {**rules, "rating": new_rating}}  # a new dict: JSON change seen
        db.flush()
        service._record(db, s, "session.rules.set", "session", s.uuid, {"rating": old_rating},
                        {"rating": new_rating})
        return True


# -- positions and their standards ---------------------------------------------------------------
def _position(service: AssessmentService, db: Session, s: orm.AssessmentSession, name: str) -> orm.Position:
    return service._one(db, orm.Position, "jabatan sasaran", session_id=s.id, name=name.strip())


def set_standard(service: AssessmentService, session_uuid: str, position_name: str, competency_code: str,
                 level: int | None) -> bool:
    """Set one standard level of a position; None removes it (the position does not require that
    competency). Returns False when the level was already so."""
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        if competency_code not in service._competency_codes(s):
            raise ValidationError(f"kompetensi tidak dikenal: {competency_code}")
        if level is not None:
            check_whole_level(level, rules_from_dict(s.pinned_rules["rules"]), "level standar")
        p = _position(service, db, s, position_name)
        std = next((st for st in p.standards if st.competency_code == competency_code), None)
        old = None if std is None else std.level
        if old == level:
            return False
        if std is None:
            p.standards.append(orm.PositionStandard(competency_code=competency_code, level=level))
        elif level is None:
            p.standards.remove(std)
            db.delete(std)
        else:
            std.level = level
        db.flush()
        service._record(db, s, "position.standard.set", "position", p.uuid,
                        {"competency": competency_code, "level": old},
                        {"competency": competency_code, "level": level})
        return True


def remove_position(service: AssessmentService, session_uuid: str, name: str) -> None:
    """Remove a target position that no assessee aims at (a typo, a position dropped from the plan)."""
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        p = _position(service, db, s, name)
        users = [a.name for a in s.assessees if a.target_position_id == p.id]
        if users:
            raise ValidationError(f"jabatan '{p.name}' masih menjadi jabatan sasaran {len(users)} peserta")
        old = {"name": p.name, "jenis": p.jenis,
               "standards": {st.competency_code: st.level for st in p.standards}}
        for st in list(p.standards):
            db.delete(st)
        db.delete(p)
        db.flush()
        service._record(db, s, "position.remove", "position", p.uuid, old, None)


# -- importing an SKJ (standar kompetensi jabatan) -----------------------------------------------
NAME_HEADERS = ("jabatan", "nama jabatan", "jabatan sasaran", "jabatan yang dituju", "formasi")
JENIS_HEADERS = ("jenis", "jenis jabatan", "jenjang", "jenjang jabatan", "kelompok jabatan")
IGNORED_HEADERS = ("", "no", "no.", "nomor", "nomor urut", "keterangan", "catatan")
_CODE = re.compile(r"^([a-z]{1,3}\s?\.\s?\d{1,2})\b")
_CODE_IN_BRACKETS = re.compile(r"\(([a-z]{1,3}\s?\.\s?\d{1,2})\)")
_LEVEL = re.compile(r"^(?:level|lv\.?|tingkat)?\s*(\d+)(?:[.,]0+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class SkjRow:
    row: int
    name: str
    jenis: str | None  # None: the file has no Jenis column (an existing position keeps its own)
    standards: dict[str, int]
    existing: bool = False  # the position is already in the session: its standards are replaced
    unchanged: bool = False  # ... and the file gives it exactly what it has already


@dataclass
class SkjReport:
    items: list[SkjRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # competency code -> the header it came from

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.items)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("_", " ").split())


def competency_of_header(header: str, aliases: dict[str, str]) -> str | None:
    """'M.1', 'Integritas', 'Kerjasama', 'M.1 Integritas' or 'Integritas (M.1)' -> 'M.1'."""
    key = _norm(header)
    if key in aliases:
        return aliases[key]
    for pattern in (_CODE, _CODE_IN_BRACKETS):
        found = pattern.search(key)
        if found:
            code = found.group(1).replace(" ", "")
            if code in aliases:
                return aliases[code]
    rest = _CODE.sub("", key).strip(" -:")
    return aliases.get(rest) if rest else None


def _header_row(table: Table) -> Table | None:
    """The table re-based on the first row that has a Jabatan column (a title row may come first)."""
    if any(_norm(h) in NAME_HEADERS for h in table.headers):
        return table
    for i, row in enumerate(table.rows[:20]):
        if any(_norm(c) in NAME_HEADERS for c in row):
            return Table(list(row), table.rows[i + 1:], table.first_row + i + 1)
    return None


def read_skj(path: Path) -> Table:
    """The first sheet of an .xlsx or a .csv, as for the assessee import."""
    return read_table(path)


def validate_skj(service: AssessmentService, session_uuid: str, table: Table,
                 progress: Progress | None = None) -> SkjReport:
    """Check every row of an SKJ sheet: one row per position, a Jabatan column, an optional Jenis column,
    one column per competency (by code, name or alias). A row with any problem is never imported."""
    progress = progress or Progress()
    report = SkjReport()
    with service.store.transaction() as db:
        s = service._session(db, session_uuid)
        comp_data = s.pinned_rules["competencies"]
        rules = rules_from_dict(s.pinned_rules["rules"])
        existing = {p.name: (p.jenis, {st.competency_code: st.level for st in p.standards}) for p in s.positions}
    aliases = competency_aliases(comp_data)
    names = {c.code: c.name for c in competencies_from_dict(comp_data)}
    based = _header_row(table)
    if based is None:
        report.problems.append(RowProblem(0, "Jabatan", "", "kolom Jabatan tidak ditemukan pada baris judul"))
        return report
    table = based
    name_col = jenis_col = None
    columns: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        key = _norm(header)
        if key in NAME_HEADERS and name_col is None:
            name_col = index
        elif key in JENIS_HEADERS and jenis_col is None:
            jenis_col = index
        elif key in IGNORED_HEADERS:
            continue
        elif (code := competency_of_header(header, aliases)) is not None:
            if code in columns:
                report.problems.append(RowProblem(
                    0, header, "", f"kolom ganda untuk {code} {names.get(code, '')}: sama dengan kolom "
                                   f"'{table.headers[columns[code]]}'"))
            else:
                columns[code] = index
        else:
            report.warnings.append(RowProblem(0, header, "", "kolom tidak dikenal: diabaikan"))
    if not columns:
        report.problems.append(RowProblem(0, "", "", "tidak ada kolom kompetensi (kode M.1 … atau nama kompetensi)"))
    report.columns = {code: table.headers[i] for code, i in columns.items()}
    if report.problems:
        return report
    seen: dict[str, int] = {}
    for offset, row in enumerate(table.rows):
        if offset % 200 == 0:
            progress.report(offset, len(table.rows), "memeriksa baris")
        number = table.first_row + offset
        if not any(row):
            continue

        def cell(i: int | None, row=row) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        name = " ".join(cell(name_col).split())
        jenis = cell(jenis_col) if jenis_col is not None else None
        problems: list[RowProblem] = []
        if not name:
            problems.append(RowProblem(number, "Jabatan", "", "sel kosong"))
        elif len(name) > POSITION_NAME_MAX:
            problems.append(RowProblem(number, "Jabatan", name[:40] + "…", f"lebih dari {POSITION_NAME_MAX} karakter"))
        elif name.casefold() in seen:
            problems.append(RowProblem(number, "Jabatan", name, f"duplikat: sama dengan baris {seen[name.casefold()]}"))
        if jenis and len(jenis) > JENIS_MAX:
            problems.append(RowProblem(number, "Jenis", jenis, f"lebih dari {JENIS_MAX} karakter"))
        standards: dict[str, int] = {}
        blank: list[str] = []
        for code, i in columns.items():
            raw = cell(i)
            header = table.headers[i]
            if not raw or raw in ("-", "–"):
                blank.append(code)
                continue
            found = _LEVEL.match(raw)
            if not found:
                problems.append(RowProblem(number, header, raw, "bukan level (isi bilangan bulat)"))
                continue
            level = int(found.group(1))
            if not rules.rating_min <= level <= rules.rating_max:
                problems.append(RowProblem(number, header, raw,
                                           f"level di luar skala {rules.rating_min}-{rules.rating_max}"))
                continue
            standards[code] = level
        if not standards and not problems:
            problems.append(RowProblem(number, "", "", "tidak ada level standar pada baris ini"))
        if problems:
            report.problems += problems
        else:
            if blank:
                report.warnings.append(RowProblem(
                    number, ", ".join(blank), "", "sel kosong: kompetensi ini tidak dipersyaratkan jabatan ini"))
            unchanged = False
            if name in existing:
                old_jenis, old_standards = existing[name]
                unchanged = old_standards == standards and jenis in (None, old_jenis)
                report.warnings.append(RowProblem(
                    number, "Jabatan", name, "jabatan sudah ada pada sesi dengan standar yang sama" if unchanged
                    else "jabatan sudah ada pada sesi: standarnya diganti"))
            report.items.append(SkjRow(number, name, jenis, standards, name in existing, unchanged))
        if name:
            seen.setdefault(name.casefold(), number)
    if not report.items and not report.problems:
        report.problems.append(RowProblem(0, "", "", "tidak ada baris data"))
    progress.report(len(table.rows), len(table.rows), "")
    return report


def import_skj(service: AssessmentService, session_uuid: str, report: SkjReport) -> tuple[int, int]:
    """Apply a clean report in one transaction: new positions are added, existing ones get the file's
    standards (and Jenis, when the file has that column). Returns (added, updated)."""
    if report.problems:
        raise ValidationError(f"{len(report.problems)} masalah pada berkas: perbaiki dahulu, tidak ada yang diimpor")
    if not report.items:
        raise ValidationError("tidak ada baris untuk diimpor")
    added = updated = 0
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        codes = service._competency_codes(s)
        rules = rules_from_dict(s.pinned_rules["rules"])
        by_name = {p.name: p for p in s.positions}
        for item in report.items:
            unknown = sorted(set(item.standards) - codes)
            if unknown:
                raise ValidationError(
                    f"kompetensi tidak dikenal pada standar jabatan {item.name}: {', '.join(unknown)}")
            for level in item.standards.values():
                check_whole_level(level, rules, "level standar")
            p = by_name.get(item.name)
            if p is None:
                p = orm.Position(session_id=s.id, name=item.name, jenis=item.jenis or "")
                p.standards = [orm.PositionStandard(competency_code=c, level=lv) for c, lv in item.standards.items()]
                db.add(p)
                service._flush_unique(db, f"jabatan '{item.name}' sudah ada pada sesi ini")
                service._record(db, s, "position.add", "position", p.uuid, None,
                                {"name": p.name, "jenis": p.jenis, "standards": dict(item.standards)})
                by_name[p.name] = p
                added += 1
                continue
            old = {"jenis": p.jenis, "standards": {st.competency_code: st.level for st in p.standards}}
            new = {"jenis": p.jenis if item.jenis is None else item.jenis, "standards": dict(item.standards)}
            if old == new:
                continue
            for st in list(p.standards):
                if st.competency_code not in item.standards:
                    p.standards.remove(st)
                    db.delete(st)
                else:
                    st.level = item.standards[st.competency_code]
            have = {st.competency_code for st in p.standards}
            p.standards += [orm.PositionStandard(competency_code=c, level=lv)
                            for c, lv in item.standards.items() if c not in have]
            p.jenis = new["jenis"]
            db.flush()
            service._record(db, s, "position.update", "position", p.uuid, old, new)
            updated += 1
    return added, updated


# -- simulations and the matrix ------------------------------------------------------------------
def _sim_locked(db: Session, sim: orm.Simulation) -> bool:
    rated = db.scalar(select(orm.Rating.id).where(orm.Rating.simulation_id == sim.id).limit(1))
    submitted = db.scalar(select(orm.Assignment.id).where(orm.Assignment.simulation_id == sim.id,
                                                          orm.Assignment.status == FormStatus.SUBMITTED).limit(1))
    return rated is not None or submitted is not None


def remove_simulation(service: AssessmentService, session_uuid: str, code: str) -> None:
    """Take a simulation out of the session with its matrix cells and (empty) assignments; refused once a
    rating or a submitted form uses it."""
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        sim = service._one(db, orm.Simulation, "simulasi", session_id=s.id, code=code)
        if _sim_locked(db, sim):
            raise ValidationError(f"simulasi {code} sudah dipakai dalam penilaian: tidak dapat dihapus")
        cells = [c for c in s.matrix if c.simulation_id == sim.id]
        forms = db.scalars(select(orm.Assignment).where(orm.Assignment.simulation_id == sim.id)
                           .order_by(orm.Assignment.id)).all()
        assessees = {a.id: a.uuid for a in s.assessees}
        assessors = {a.id: a.uuid for a in s.assessors}
        old = {"code": sim.code, "name": sim.name,
               "matrix": sorted(c.competency_code for c in cells),
               "assignments": [{"assessee": assessees[f.assessee_id], "assessor": assessors[f.assessor_id]}
                               for f in forms]}
        for c in cells:
            s.matrix.remove(c)
            db.delete(c)
        for f in forms:
            db.delete(f)
        db.flush()  # the rows that refer to the simulation go first (foreign keys are enforced)
        s.simulations.remove(sim)
        db.delete(sim)
        for i, other in enumerate(s.simulations):  # keep the order, leave no gap for the next one added
            other.ordinal = i
        db.flush()
        service._record(db, s, "simulation.remove", "simulation", sim.uuid, old, None)


def set_matrix_cell(service: AssessmentService, session_uuid: str, competency_code: str, simulation_code: str,
                    measured: bool) -> bool:
    """Mark or unmark that a simulation evidences a competency. A cell that already has ratings stays.
    Recorded as "matrix.set" with the whole matrix before and after, as AssessmentService.set_matrix does."""
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        if competency_code not in service._competency_codes(s):
            raise ValidationError(f"kompetensi tidak dikenal pada matriks: {competency_code}")
        sim = next((x for x in s.simulations if x.code == simulation_code), None)
        if sim is None:
            raise ValidationError(f"simulasi {simulation_code} belum ditambahkan ke sesi")
        cell = next((c for c in s.matrix if c.competency_code == competency_code and c.simulation_id == sim.id), None)
        if (cell is not None) == measured:
            return False
        old = service.matrix_of(s)
        if measured:
            s.matrix.append(orm.MatrixCell(session_id=s.id, competency_code=competency_code, simulation_id=sim.id))
        else:
            rated = db.scalar(select(orm.Rating.id).where(orm.Rating.simulation_id == sim.id,
                                                          orm.Rating.competency_code == competency_code).limit(1))
            if rated is not None:
                raise ValidationError(f"{competency_code} pada {simulation_code} sudah dinilai: tidak dapat "
                                      "dihapus dari matriks")
            s.matrix.remove(cell)
            db.delete(cell)
        db.flush()
        service._record(db, s, "matrix.set", "session", s.uuid, old, service.matrix_of(s))
        return True


# -- assessors and the assignment (matriks asesor) -----------------------------------------------
def add_assessor(service: AssessmentService, session_uuid: str, name: str, nip: str = "", is_lead: bool = False,
                 username: str | None = None) -> str:
    """AssessmentService.add_assessor with the NIP checked first (an assessor may have none)."""
    nip = nip.strip()
    if nip:
        result = check_nip(nip)
        if not result.valid:
            raise ValidationError(f"NIP asesor {nip}: {'; '.join(result.errors)}")
        nip = result.nip
    return service.add_assessor(session_uuid, name, nip, is_lead, username or None)


def _remove_form(service: AssessmentService, db: Session, s: orm.AssessmentSession, a: orm.Assessee,
                 sim: orm.Simulation, asr: orm.Assessor, form: orm.Assignment) -> None:
    rated = db.scalar(select(orm.Rating.id).filter_by(assessee_id=a.id, simulation_id=sim.id,
                                                      assessor_id=asr.id).limit(1))
    if rated is not None or form.status == FormStatus.SUBMITTED:
        raise ValidationError(f"{asr.name} sudah menilai {a.name} pada {sim.code}: penugasan tidak dapat dihapus")
    db.delete(form)
    db.flush()
    service._record(db, s, "assignment.remove", "assessee", a.uuid,
                    {"simulation": sim.uuid, "assessor": asr.uuid}, None)


def unassign(service: AssessmentService, session_uuid: str, nip: str, simulation_code: str,
             assessor_name: str) -> None:
    """Remove one assignment (one rating form) that has no rating yet."""
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        a = service._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
        sim = service._one(db, orm.Simulation, "simulasi", session_id=s.id, code=simulation_code)
        asr = service._one(db, orm.Assessor, "asesor", session_id=s.id, name=assessor_name)
        form = db.scalar(select(orm.Assignment).filter_by(assessee_id=a.id, simulation_id=sim.id, assessor_id=asr.id))
        if form is None:
            raise ValidationError(f"{assessor_name} tidak ditugaskan menilai {a.name} pada {simulation_code}")
        _remove_form(service, db, s, a, sim, asr, form)


def set_assessor(service: AssessmentService, session_uuid: str, nip: str, simulation_code: str,
                 assessor_name: str | None) -> bool:
    """Make `assessor_name` the one assessor of this assessee in this simulation (None: nobody), in one
    transaction: other assignments of the cell are removed (refused if rated), the new one added."""
    with service.store.transaction() as db:
        s = service._writable(db, session_uuid)
        a = service._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
        sim = service._one(db, orm.Simulation, "simulasi", session_id=s.id, code=simulation_code)
        wanted = service._one(db, orm.Assessor, "asesor", session_id=s.id, name=assessor_name) \
            if assessor_name else None
        forms = db.scalars(select(orm.Assignment).filter_by(assessee_id=a.id, simulation_id=sim.id)
                           .order_by(orm.Assignment.id)).all()
        if [f.assessor_id for f in forms] == ([wanted.id] if wanted else []):
            return False
        by_id = {x.id: x for x in s.assessors}
        for f in forms:
            if wanted is None or f.assessor_id != wanted.id:
                _remove_form(service, db, s, a, sim, by_id[f.assessor_id], f)
        if wanted is not None and all(f.assessor_id != wanted.id for f in forms):
            db.add(orm.Assignment(assessee_id=a.id, simulation_id=sim.id, assessor_id=wanted.id))
            service._flush_unique(db, "penugasan ini sudah ada")
            service._record(db, s, "assignment.add", "assessee", a.uuid, None,
                            {"simulation": sim.uuid, "assessor": wanted.uuid})
        return True


__all__ = [
    "MatrixWarnings", "SetupView", "Shortfall", "SkjReport", "SkjRow", "add_assessor", "import_skj",
    "matrix_warnings", "read_skj", "remove_position", "remove_simulation", "set_assessor", "set_matrix_cell",
    "set_rating_step", "set_standard", "setup_view", "unassign", "update_session", "validate_skj", "warnings_of",
]
