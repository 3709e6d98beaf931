"""BKD's central workspace: search, track records, the talent 9-box, training needs and expiry.

Every method that shows or exports personal data checks the signed-in user's permission ("view" or
"export") and writes one access-log row (who, what, which NIP or filter, how many people) in the same
transaction as the read, so nothing is shown that is not logged.

Bands are computed when asked, from the rules (resources/rules/ninebox.json, training.json,
talent.json), never frozen at import: changing a threshold changes the next view.

Derived per-result facts (year sealed, position type, the person's latest result) live in the talent
index, filled by `refresh_talent_index` (cheap when nothing is new: one anti-join).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import and_, case, delete, func, literal, or_, select, update
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.orm import Session

from desktop import resources
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.model import Purpose
from desktop.domain.nip import normalise_nip
from desktop.domain.rules import competencies_from_dict
from desktop.services.central_accounts import CentralAccounts, CentralUser, _record
from desktop.services.document import valid_until as compute_valid_until
from desktop.services.progress import Progress
from desktop.services.stores import Store
from desktop.storage.bulk import insert_rows
from desktop.storage.central_orm import CentralCompetency, CentralResult, CentralRevision, CentralSession, Person
from desktop.storage.talent_orm import OPEN_END, PerformanceRecord, TalentIndex, TalentNeed, TalentSession

PURPOSE_LABELS = {Purpose.PEMETAAN.value: "Pemetaan Kompetensi", Purpose.PENGISIAN_JABATAN.value: "Pengisian Jabatan"}
CHUNK = 5000  # ids per IN (...) list
NO_PERFORMANCE = 0  # the "box" of people without a performance record (ninebox_people(0, ...))

# The access-log actions these services write (code -> what the access history calls it).
ACTIONS = {
    "cari": "mencari pegawai",
    "lihat_rekam_jejak": "melihat rekam jejak",
    "lihat_9box": "melihat 9-box (jumlah)",
    "lihat_9box_orang": "melihat daftar orang dalam kotak 9-box",
    "lihat_pelatihan": "melihat kebutuhan pelatihan (jumlah)",
    "lihat_pelatihan_orang": "melihat daftar orang dengan kebutuhan pelatihan",
    "lihat_masa_berlaku": "melihat masa berlaku hasil",
    "ekspor_9box": "mengekspor 9-box",
    "ekspor_pelatihan": "mengekspor kebutuhan pelatihan",
    "ekspor_masa_berlaku": "mengekspor masa berlaku hasil",
    "impor_kinerja": "mengimpor data e-kinerja",
}


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class BoxRule:
    box: int
    performance: str
    potential: str
    label: str
    recommendations: tuple[str, ...]


@dataclass(frozen=True)
class PredicateRule:
    predicate: str  # canonical spelling, as stored
    band: str  # one of the performance bands
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class TalentRules:
    """What the talent views compute with; `load()` reads the files under resources/rules/."""

    performance_bands: tuple[str, ...]  # low -> high
    potential_bands: tuple[str, ...]  # low -> high
    potential_from_jpm: tuple[tuple[str, float], ...]  # (band, min JPM), highest first
    boxes: dict[int, BoxRule]
    talent_pool: frozenset[int]
    predicates: tuple[PredicateRule, ...]
    training_by_gap: tuple[tuple[int, tuple[str, ...]], ...]  # (max gap, training types), lowest first
    training_labels: dict[str, str]
    validity_years: int
    expiry_warning_days: int
    competency_names: dict[str, str]
    min_performance_year: int = 2000

    @classmethod
    def load(cls, ninebox: dict | None = None, training: dict | None = None, talent: dict | None = None,
             rules: dict | None = None, competencies: dict | None = None) -> TalentRules:
        ninebox = ninebox or resources.load_json("rules", "ninebox.json")
        training = training or resources.load_json("rules", "training.json")
        talent = talent or resources.load_json("rules", "talent.json")
        rules = rules or resources.load_json("rules", "rules.json")
        competencies = competencies or resources.load_json("rules", "competencies.json")
        boxes = {b["box"]: BoxRule(b["box"], b["performance"], b["potential"], b["label"],
                                   tuple(b.get("recommendations", ()))) for b in ninebox["boxes"]}
        predicates = tuple(
            PredicateRule(p["predicate"], p["band"], tuple(_norm(a) for a in (p["predicate"], *p.get("aliases", ()))))
            for p in talent["performance_predicates"]
        )
        perf_bands = tuple(ninebox["performance_bands"])
        for p in predicates:
            if p.band not in perf_bands:
                raise ValidationError(f"talent.json: pita kinerja tidak dikenal untuk {p.predicate}: {p.band}")
        return cls(
            performance_bands=perf_bands,
            potential_bands=tuple(ninebox["potential_bands"]),
            potential_from_jpm=tuple((b["band"], float(b["min_jpm"]))
                                     for b in sorted(ninebox["potential_from_jpm"], key=lambda b: -b["min_jpm"])),
            boxes=boxes,
            talent_pool=frozenset(ninebox.get("talent_pool_boxes", (7, 8, 9))),
            predicates=predicates,
            training_by_gap=tuple((int(r["max_gap"]), tuple(r["types"]))
                                  for r in sorted(training["by_gap"], key=lambda r: r["max_gap"])),
            training_labels=dict(talent.get("training_types", {})),
            validity_years=int(rules.get("validity_years", 3)),
            expiry_warning_days=int(talent.get("expiry_warning_days", 180)),
            competency_names={c.code: c.name for c in competencies_from_dict(competencies)},
            min_performance_year=int(talent.get("performance_min_year", 2000)),
        )

    # -- bands ----------------------------------------------------------------------------------------

    def potential_band(self, jpm: float) -> str:
        return next((band for band, low in self.potential_from_jpm if jpm >= low), self.potential_bands[0])

    def predicate(self, raw: str) -> PredicateRule | None:
        key = _norm(raw)
        return next((p for p in self.predicates if key in p.aliases), None)

    def performance_band(self, predicate: str | None) -> str | None:
        rule = self.predicate(predicate or "")
        return rule.band if rule else None

    def box_of(self, performance: str | None, potential: str) -> int:
        if performance is None:
            return NO_PERFORMANCE
        return next(b.box for b in self.boxes.values() if b.performance == performance and b.potential == potential)

    def box(self, box: int) -> BoxRule:
        try:
            return self.boxes[box]
        except KeyError:
            raise ValidationError(f"kotak 9-box tidak dikenal: {box}") from None

    # -- training -------------------------------------------------------------------------------------

    def training_types(self, gap: int) -> tuple[str, ...]:
        """The training types for a gap (the first rule whose max_gap the gap does not exceed)."""
        return next((types for max_gap, types in self.training_by_gap if gap <= max_gap), ())

    def all_training_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for _, types in self.training_by_gap for t in types))

    def type_label(self, training_type: str) -> str:
        return self.training_labels.get(training_type, training_type)

    def gaps_for(self, training_type: str, lowest: int = -10) -> tuple[int, ...]:
        return tuple(g for g in range(lowest, 0) if training_type in self.training_types(g))


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().replace("_", " ").split())


# --------------------------------------------------------------------------- what the views return


@dataclass(frozen=True)
class TalentFilter:
    year: int | None = None
    unit: str | None = None
    position_type: str | None = None

    def describe(self) -> str:
        parts = [f"tahun={self.year}" if self.year else "", f"unit={self.unit}" if self.unit else "",
                 f"jenis={self.position_type}" if self.position_type else ""]
        return "; ".join(p for p in parts if p) or "semua"


@dataclass(frozen=True)
class TalentFilters:
    """What the filter combo boxes offer: the values present in the central database."""

    units: tuple[str, ...]
    position_types: tuple[str, ...]
    years: tuple[int, ...]  # newest first


@dataclass(frozen=True)
class PersonHit:
    nip: str
    name: str
    unit: str  # of the latest result
    target_position: str
    position_type: str
    year: int | None  # the latest assessment's year
    jpm: float | None
    category_code: str
    assessments: int


@dataclass(frozen=True)
class CompetencyLevel:
    code: str
    name: str
    standard: int
    achieved: int
    gap: int
    change: int | None = None  # achieved minus the previous assessment's level (None: not assessed then)
    original: int | None = None  # the level as first sealed, when an amendment changed it


@dataclass(frozen=True)
class Assessment:
    result_uuid: str
    session_uuid: str
    session_title: str
    provider: str  # the assessment centre / provider
    agency: str
    purpose: str
    purpose_label: str
    sealed_on: str  # YYYY-MM-DD
    year: int
    start_date: str
    end_date: str
    target_position: str
    position_type: str
    unit: str
    golongan: str
    current_position: str
    competencies: tuple[CompetencyLevel, ...]
    total_achieved: int
    total_standard: int
    jpm: float
    jpm_change: float | None  # vs the previous assessment
    category_code: str
    category_label: str
    potential_band: str
    valid_until: str
    expired: bool
    sheet_code: str
    revision: int = 1  # 2 and up: the session was reopened at the centre and sealed again (an amendment)
    original_jpm: float | None = None  # the JPM as first sealed, when an amendment changed it

    def level(self, code: str) -> CompetencyLevel | None:
        return next((c for c in self.competencies if c.code == code), None)


@dataclass(frozen=True)
class PerformanceYear:
    year: int
    predicate: str
    band: str | None


@dataclass(frozen=True)
class TrackRecord:
    nip: str
    name: str
    sex: str
    assessments: tuple[Assessment, ...]  # oldest first
    performance: tuple[PerformanceYear, ...]  # oldest first

    @property
    def latest(self) -> Assessment | None:
        return self.assessments[-1] if self.assessments else None

    def competency_codes(self) -> tuple[str, ...]:
        """Every competency assessed at least once, in the order first seen (the chart's series)."""
        return tuple(dict.fromkeys(c.code for a in self.assessments for c in a.competencies))

    def series(self, code: str) -> tuple[tuple[str, int | None], ...]:
        """(sealed_on, achieved level or None) per assessment: one line of the track-record chart."""
        return tuple((a.sealed_on, (a.level(code).achieved if a.level(code) else None)) for a in self.assessments)


@dataclass(frozen=True)
class NineBoxCell:
    box: int
    performance: str
    potential: str
    label: str
    recommendations: tuple[str, ...]
    count: int
    talent_pool: bool


@dataclass(frozen=True)
class NineBox:
    filter: TalentFilter
    cells: tuple[NineBoxCell, ...]  # boxes 1..9
    total: int  # people with a result under the filter
    without_performance: int  # ... of whom no performance record applies (not in any box)

    def cell(self, box: int) -> NineBoxCell:
        return next(c for c in self.cells if c.box == box)

    @property
    def placed(self) -> int:
        return self.total - self.without_performance

    @property
    def talent_pool(self) -> int:
        return sum(c.count for c in self.cells if c.talent_pool)


@dataclass(frozen=True)
class TalentPerson:
    nip: str
    name: str
    unit: str
    position_type: str
    target_position: str
    year: int
    sealed_on: str
    jpm: float
    category_code: str
    potential: str
    performance_year: int | None
    predicate: str | None
    performance: str | None
    box: int  # 0 without a performance record
    valid_until: str
    expired: bool


@dataclass(frozen=True)
class BoxPeople:
    box: int  # 0: the people without a performance record
    label: str
    recommendations: tuple[str, ...]
    filter: TalentFilter
    total: int
    people: tuple[TalentPerson, ...]  # the first `limit`, highest JPM first

    @property
    def truncated(self) -> bool:
        return len(self.people) < self.total


@dataclass(frozen=True)
class TrainingGroup:
    code: str
    competency: str
    training_type: str
    type_label: str
    unit: str
    position_type: str
    people: int


@dataclass(frozen=True)
class TrainingTotal:
    code: str
    competency: str
    training_type: str
    type_label: str
    people: int


@dataclass(frozen=True)
class TrainingNeeds:
    filter: TalentFilter
    today: str
    groups: tuple[TrainingGroup, ...]  # per competency, training type, unit and position type
    totals: tuple[TrainingTotal, ...]  # per competency and training type, most people first
    people_considered: int  # people with a valid latest result under the filter
    people_with_needs: int  # ... of whom at least one competency is below standard


@dataclass(frozen=True)
class NeedPerson:
    nip: str
    name: str
    unit: str
    position_type: str
    target_position: str
    code: str
    competency: str
    standard: int
    achieved: int
    gap: int
    training_types: tuple[str, ...]
    sealed_on: str
    valid_until: str


@dataclass(frozen=True)
class ExpiryUnit:
    unit: str
    expired: int
    expiring: int


@dataclass(frozen=True)
class ExpiryPerson:
    nip: str
    name: str
    unit: str
    position_type: str
    target_position: str
    sealed_on: str
    valid_until: str
    days_left: int  # negative: expired that many days ago
    expired: bool


@dataclass(frozen=True)
class Expiry:
    today: str
    within_days: int
    horizon: str  # results valid until before this day are listed
    unit: str | None
    units: tuple[ExpiryUnit, ...]
    total: int
    expired: int
    people: tuple[ExpiryPerson, ...]  # the first `limit`, soonest first

    @property
    def truncated(self) -> bool:
        return len(self.people) < self.total


@dataclass(frozen=True)
class ExportResult:
    path: Path
    people: int
    rows: int = 0
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- the index


LOCK_ID = 7_202_605  # PostgreSQL advisory lock: one refresh at a time


def position_types(document: dict) -> dict[str, str]:
    """A session document's position name -> position type (`positions[].jenis`)."""
    return {p.get("name", ""): (p.get("jenis") or "").strip() for p in document.get("positions") or ()}


def refresh_talent_index(db: Session, wait: bool = True, known: Mapping[str, dict[str, str]] | None = None) -> int:
    """Index the imported results that are not indexed yet; returns how many.

    Cheap when nothing is new: one anti-join of the sessions against the sessions already indexed (at
    their revision). Position type comes from the session document's `positions[].jenis` of the target
    position (`known`: session uuid -> position_types, from an import that has the documents parsed
    already; reading them back out of the stored JSON is the slow part), the year from the seal; each
    affected person's latest result (and latest per year) is recomputed, and the competencies below
    standard of every latest result are kept in talent_need. On PostgreSQL one refresh runs at a time
    (advisory lock); with `wait=False` a view skips the refresh while another one runs.
    """
    cs, ts = CentralSession, TalentSession
    pending = select(cs.id, cs.revision, ts.revision.label("indexed")).outerjoin(ts, ts.session_id == cs.id).where(
        ts.session_id.is_(None) | (ts.revision != cs.revision))
    if not db.execute(pending.limit(1)).first():
        return 0
    if db.bind.dialect.name == "postgresql":
        if wait:
            db.execute(select(func.pg_advisory_xact_lock(LOCK_ID)))
        elif not db.scalar(select(func.pg_try_advisory_xact_lock(LOCK_ID))):
            return 0
    todo = db.execute(pending).all()
    amended = any(t.indexed is not None for t in todo)
    new = []
    for chunk in _chunks([t.id for t in todo]):
        new += db.execute(
            select(CentralResult.id, CentralResult.person_id, Person.nip, CentralResult.session_id,
                   CentralResult.unit, CentralResult.target_position, CentralResult.jpm, CentralResult.valid_until)
            .join(Person, Person.id == CentralResult.person_id)
            .outerjoin(TalentIndex, TalentIndex.result_id == CentralResult.id)
            .where(CentralResult.session_id.in_(chunk), TalentIndex.result_id.is_(None))).all()
    known = known or {}
    sessions: dict[int, tuple[str, dict[str, str]]] = {}
    unknown = []
    for chunk in _chunks(sorted({r.session_id for r in new})):
        for sid, uuid, sealed_at in db.execute(select(CentralSession.id, CentralSession.uuid,
                                                      CentralSession.sealed_at).where(CentralSession.id.in_(chunk))):
            sessions[sid] = (sealed_at or "", known.get(uuid, {}))
            if uuid not in known:
                unknown.append(sid)
    for chunk in _chunks(unknown):
        for sid, positions in db.execute(select(CentralSession.id, CentralSession.document["positions"])
                                         .where(CentralSession.id.in_(chunk))):
            sessions[sid] = (sessions[sid][0], position_types({"positions": positions}))
    gaps = _below_standard(db, [r.id for r in new])
    predicates = _latest_predicates(db, [r.nip for r in new])
    rows = []
    for r in new:
        sealed_at, jenis = sessions[r.session_id]
        rows.append({"result_id": r.id, "person_id": r.person_id, "nip": r.nip, "sealed_at": sealed_at,
                     "year": int(sealed_at[:4]) if sealed_at[:4].isdigit() else 0, "unit": r.unit or "",
                     "position_type": jenis.get(r.target_position, ""), "jpm": r.jpm,
                     "valid_until": r.valid_until or compute_valid_until(sealed_at, 3) or "",
                     "is_latest": False, "latest_in_year": False, "needs": len(gaps.get(r.id, ())),
                     "latest_predicate": predicates.get(r.nip)})
    changes, gained, lost = _flag_latest(db, rows, check_orphans=amended)
    insert_rows(db, TalentIndex.__table__, rows)
    for chunk in _chunks(changes):
        db.execute(update(TalentIndex), chunk)
    for chunk in _chunks(lost):
        db.execute(delete(TalentNeed).where(TalentNeed.result_id.in_(chunk)))
    if gained:
        gaps.update(_below_standard(db, gained))
        for chunk in _chunks(gained):
            rows += [dict(r._asdict(), is_latest=True) for r in db.execute(
                select(TalentIndex.result_id, TalentIndex.unit, TalentIndex.position_type, TalentIndex.valid_until)
                .where(TalentIndex.result_id.in_(chunk)))]
    needs = [{"result_id": r["result_id"], "code": code, "standard": std, "achieved": got, "gap": gap,
              "unit": r["unit"], "position_type": r["position_type"], "valid_until": r["valid_until"]}
             for r in rows if r["is_latest"] for code, std, got, gap in gaps.get(r["result_id"], ())]
    insert_rows(db, TalentNeed.__table__, needs)
    for t in todo:
        if t.indexed is None:
            db.add(TalentSession(session_id=t.id, revision=t.revision))
        else:
            db.execute(update(TalentSession).where(TalentSession.session_id == t.id).values(revision=t.revision))
    return len(new)


def _latest_predicates(db: Session, nips: list[str]) -> dict[str, str]:
    pr = PerformanceRecord
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(nips))):
        out.update(db.execute(select(pr.nip, pr.predicate).where(pr.nip.in_(chunk), pr.until_year == OPEN_END)).all())
    return out


def sync_latest_predicates(db: Session, nips: list[str]) -> None:
    """After an e-kinerja import: copy each NIP's latest predicate into its indexed results (set-based)."""
    ti, pr = TalentIndex.__table__, PerformanceRecord.__table__
    for chunk in _chunks(sorted(set(nips))):
        db.execute(update(ti).where(ti.c.nip.in_(chunk), pr.c.nip == ti.c.nip, pr.c.until_year == OPEN_END,
                                    ti.c.latest_predicate.is_distinct_from(pr.c.predicate))
                   .values(latest_predicate=pr.c.predicate))


def _below_standard(db: Session, result_ids: list[int]) -> dict[int, list[tuple[str, int, int, int]]]:
    """result id -> [(code, standard, achieved, gap)] of the competencies below standard."""
    out: dict[int, list] = defaultdict(list)
    cc = CentralCompetency
    for chunk in _chunks(result_ids):
        for rid, code, std, got, gap in db.execute(select(cc.result_id, cc.code, cc.standard, cc.achieved, cc.gap)
                                                   .where(cc.result_id.in_(chunk), cc.gap < 0)):
            out[rid].append((code, std, got, gap))
    return out


def _flag_latest(db: Session, rows: list[dict], check_orphans: bool) -> tuple[list[dict], list[int], list[int]]:
    """Set is_latest / latest_in_year on the new rows. Returns the changes to the indexed rows of the
    same people and of people whose latest result was removed (an amended session that dropped them),
    and which indexed results became or stopped being a latest result."""
    ti = TalentIndex
    people = {r["person_id"] for r in rows}
    if check_orphans:
        people |= set(db.scalars(select(ti.person_id).group_by(ti.person_id)
                                 .having(func.max(case((ti.is_latest, 1), else_=0)) == 0)))
    by_person: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        by_person[r["person_id"]].append(r)
    for chunk in _chunks(sorted(people)):
        for old in db.execute(select(ti.result_id, ti.person_id, ti.sealed_at, ti.year, ti.is_latest,
                                     ti.latest_in_year).where(ti.person_id.in_(chunk))):
            by_person[old.person_id].append({**old._asdict(), "old": (old.is_latest, old.latest_in_year)})
    changes, gained, lost = [], [], []
    for items in by_person.values():
        items.sort(key=lambda r: (r["sealed_at"], r["result_id"]))
        last_in_year = {r["year"]: r["result_id"] for r in items}
        for r in items:
            r["is_latest"], r["latest_in_year"] = r is items[-1], last_in_year[r["year"]] == r["result_id"]
            if "old" in r and r["old"] != (r["is_latest"], r["latest_in_year"]):
                changes.append({"result_id": r["result_id"], "is_latest": r["is_latest"],
                                "latest_in_year": r["latest_in_year"]})
                if r["old"][0] != r["is_latest"]:
                    (gained if r["is_latest"] else lost).append(r["result_id"])
    return changes, gained, lost


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --------------------------------------------------------------------------- the service


class TalentService:
    """The talent views for one signed-in BKD user. Each call is one short transaction."""

    def __init__(self, store: Store, user: CentralUser, rules: TalentRules | None = None,
                 refresh: bool = True) -> None:
        self.store = store
        self.user = user
        self.rules = rules or TalentRules.load()
        self.refresh = refresh  # catch up before each view if an import stopped before indexing (one anti-join)

    # -- plumbing -------------------------------------------------------------------------------------

    def _begin(self, permission: str) -> None:
        CentralAccounts.require(self.user, permission)
        if self.refresh:
            self.refresh_index()

    def refresh_index(self) -> int:
        """Index what the import added; harmless when another process does the same at the same time."""
        try:
            with self.store.transaction() as db:
                return refresh_talent_index(db, wait=False)
        except SAIntegrityError:
            return 0

    def _log(self, db: Session, action: str, subject: str, detail: str = "", nips: Iterable[str] = ()) -> None:
        _record(db, self.user, action, subject, detail, nips)

    def _box_where(self, box: int, predicate) -> list:
        """The box as plain conditions on the JPM range and the predicates (the planner estimates these
        well; bands are decided in Python from the same rules, never frozen in the data)."""
        ti = TalentIndex
        mapped = [p.predicate for p in self.rules.predicates]
        if box == NO_PERFORMANCE:
            return [predicate.is_(None) | predicate.not_in(mapped)]
        rule = self.rules.box(box)
        out = [predicate.in_([p.predicate for p in self.rules.predicates if p.band == rule.performance])]
        ranges, above = [], None  # the JPM ranges TalentRules.potential_band puts in this band
        for band, low in self.rules.potential_from_jpm:  # highest first
            if band == rule.potential:
                ranges.append(ti.jpm >= low if above is None else and_(ti.jpm >= low, ti.jpm < above))
            above = low
        if rule.potential == self.rules.potential_bands[0] and above is not None:
            ranges.append(ti.jpm < above)  # below every threshold: the lowest band
        out.append(or_(*ranges) if ranges else literal(False))
        return out

    @staticmethod
    def _where(f: TalentFilter) -> list:
        ti = TalentIndex
        out = [ti.year == f.year, ti.latest_in_year] if f.year else [ti.is_latest]
        if f.unit is not None:
            out.append(ti.unit == f.unit)
        if f.position_type is not None:
            out.append(ti.position_type == f.position_type)
        return out

    @staticmethod
    def _predicate(f: TalentFilter):
        """The predicate that applies: the latest one (kept in the index), or the one in force in the year."""
        return PerformanceRecord.predicate if f.year else TalentIndex.latest_predicate

    @staticmethod
    def _from(f: TalentFilter, stmt):
        """FROM the index, joined to the e-kinerja record in force in the filter's year (when there is one)."""
        ti, pr = TalentIndex, PerformanceRecord
        stmt = stmt.select_from(ti)
        if f.year:
            stmt = stmt.outerjoin(pr, and_(pr.nip == ti.nip, pr.year <= f.year, pr.until_year > f.year))
        return stmt

    def _in_box(self, f: TalentFilter, box: int | None) -> list:
        return [*self._where(f), *(self._box_where(box, self._predicate(f)) if box is not None else [])]

    # -- filters, search ------------------------------------------------------------------------------

    def filters(self) -> TalentFilters:
        """The units and position types of the people's latest results and the years sessions were sealed
        (for the combo boxes). Shows no personal data, so it writes no access-log row."""
        self._begin("view")
        ti = TalentIndex
        with self.store.transaction() as db:
            combos = db.execute(select(ti.unit, ti.position_type).where(ti.is_latest)
                                .group_by(ti.unit, ti.position_type)).all()
            sealed = db.scalars(select(func.substr(CentralSession.sealed_at, 1, 4)).distinct()
                                .join(TalentSession, TalentSession.session_id == CentralSession.id)).all()
        years = {int(y) for y in sealed if y and y.isdigit()}
        return TalentFilters(tuple(sorted({c.unit for c in combos})), tuple(sorted({c.position_type for c in combos})),
                             tuple(sorted(years, reverse=True)))

    def search(self, text: str, limit: int = 50) -> list[PersonHit]:
        """People by NIP (digits, with or without spaces: a prefix is enough) or by a part of the name."""
        self._begin("view")
        text = (text or "").strip()
        digits = normalise_nip(text)
        if not text:
            return []
        if digits.isdigit():
            cond = Person.nip == digits if len(digits) == 18 else Person.nip.startswith(digits, autoescape=True)
        elif len(text) < 2:
            raise ValidationError("ketik minimal 2 huruf nama atau beberapa digit NIP")
        else:
            cond = func.lower(Person.name).contains(text.lower(), autoescape=True)
        with self.store.transaction() as db:
            people = db.execute(select(Person.id, Person.nip, Person.name).where(cond)
                                .order_by(Person.name, Person.nip).limit(limit)).all()
            ids = [p.id for p in people]
            latest = {}
            counts: dict[int, int] = {}
            if ids:
                ti = TalentIndex
                for row in db.execute(select(ti.person_id, ti.unit, ti.position_type, ti.year, ti.jpm,
                                             CentralResult.target_position, CentralResult.category_code)
                                      .join(CentralResult, CentralResult.id == ti.result_id)
                                      .where(ti.person_id.in_(ids), ti.is_latest)):
                    latest[row.person_id] = row
                counts = dict(db.execute(select(ti.person_id, func.count()).where(ti.person_id.in_(ids))
                                         .group_by(ti.person_id)).all())
            hits = []
            for p in people:
                r = latest.get(p.id)
                hits.append(PersonHit(p.nip, p.name, r.unit if r else "", r.target_position if r else "",
                                      r.position_type if r else "", r.year if r else None,
                                      float(r.jpm) if r else None, r.category_code if r else "", counts.get(p.id, 0)))
            self._log(db, "cari", text, f"{len(hits)} orang ditemukan", [h.nip for h in hits])
        return hits

    # -- track record ---------------------------------------------------------------------------------

    def track_record(self, nip: str, today: dt.date | None = None) -> TrackRecord:
        """Every assessment of one person over the years, oldest first, with the change between them."""
        self._begin("view")
        nip = normalise_nip(nip)
        today_s = (today or dt.date.today()).isoformat()
        with self.store.transaction() as db:
            person = db.scalar(select(Person).where(Person.nip == nip))
            if person is None:
                raise NotFoundError(f"NIP {nip} tidak ada di basis data pusat")
            rows = db.execute(
                select(CentralResult, CentralSession.uuid, CentralSession.title, CentralSession.provider,
                       CentralSession.agency, CentralSession.purpose, CentralSession.start_date,
                       CentralSession.end_date, TalentIndex.sealed_at, TalentIndex.year, TalentIndex.position_type,
                       TalentIndex.valid_until, CentralSession.revision)
                .join(CentralSession, CentralSession.id == CentralResult.session_id)
                .join(TalentIndex, TalentIndex.result_id == CentralResult.id)
                .where(CentralResult.person_id == person.id)
                .order_by(TalentIndex.sealed_at, CentralResult.id)).all()
            ids = [r[0].id for r in rows]
            comps: dict[int, list] = defaultdict(list)
            if ids:
                for c in db.scalars(select(CentralCompetency).where(CentralCompetency.result_id.in_(ids))
                                    .order_by(CentralCompetency.result_id, CentralCompetency.id)):
                    comps[c.result_id].append(c)
            performance = tuple(
                PerformanceYear(p.year, p.predicate, self.rules.performance_band(p.predicate))
                for p in db.scalars(select(PerformanceRecord).where(PerformanceRecord.nip == nip)
                                    .order_by(PerformanceRecord.year)))
            first = self._first_revisions(db, nip, [r[0].session_id for r in rows if r[-1] > 1])
            assessments: list[Assessment] = []
            previous: Assessment | None = None
            for (r, s_uuid, title, provider, agency, purpose, start, end, sealed_at, year, jenis,
                 until, revision) in rows:
                before = {c.code: c.achieved for c in previous.competencies} if previous else {}
                was = first.get(r.session_id, {})
                originally = was.get("competencies", {})
                levels = tuple(
                    CompetencyLevel(c.code, self.rules.competency_names.get(c.code, c.name), c.standard, c.achieved,
                                    c.gap, (c.achieved - before[c.code]) if c.code in before else None,
                                    originally.get(c.code) if originally.get(c.code, c.achieved) != c.achieved
                                    else None)
                    for c in comps[r.id])
                jpm = float(r.jpm)
                a = Assessment(
                    result_uuid=r.uuid, session_uuid=s_uuid, session_title=title, provider=provider, agency=agency,
                    purpose=purpose, purpose_label=PURPOSE_LABELS.get(purpose, purpose), sealed_on=sealed_at[:10],
                    year=year, start_date=start, end_date=end, target_position=r.target_position,
                    position_type=jenis, unit=r.unit, golongan=r.golongan, current_position=r.current_position,
                    competencies=levels, total_achieved=r.total_achieved, total_standard=r.total_standard, jpm=jpm,
                    jpm_change=round(jpm - previous.jpm, 2) if previous else None, category_code=r.category_code,
                    category_label=r.category_label, potential_band=self.rules.potential_band(jpm),
                    valid_until=until, expired=bool(until) and until < today_s, sheet_code=r.sheet_code,
                    revision=revision, original_jpm=float(was["jpm"]) if was and float(was["jpm"]) != jpm else None)
                assessments.append(a)
                previous = a
            self._log(db, "lihat_rekam_jejak", nip, f"{len(assessments)} asesmen", [nip])
            return TrackRecord(nip, person.name, person.sex, tuple(assessments), performance)

    @staticmethod
    def _first_revisions(db: Session, nip: str, session_ids: list[int]) -> dict[int, dict]:
        """session id -> this person's result as the session was first sealed (central_revision keeps
        every revision an amendment replaced, with its results), for the amended sessions given."""
        out: dict[int, dict] = {}
        if not session_ids:
            return out
        for sid, results in db.execute(select(CentralRevision.session_id, CentralRevision.results)
                                       .where(CentralRevision.session_id.in_(session_ids))
                                       .order_by(CentralRevision.session_id, CentralRevision.revision)):
            if sid not in out:
                mine = next((r for r in results or () if r.get("nip") == nip), None)
                if mine is not None:
                    out[sid] = mine
        return out

    # -- 9-box ----------------------------------------------------------------------------------------

    def ninebox(self, year: int | None = None, unit: str | None = None,
                position_type: str | None = None) -> NineBox:
        """Counts per box 1..9 under the filter, and how many have no performance record."""
        self._begin("view")
        f = TalentFilter(year, unit, position_type)
        with self.store.transaction() as db:
            view = self._grid(db, f)
            self._log(db, "lihat_9box", f.describe(),
                      f"{view.total} orang; tanpa data kinerja {view.without_performance}")
        return view

    def _box_of(self, jpm, predicate: str | None) -> int:
        return self.rules.box_of(self.rules.performance_band(predicate), self.rules.potential_band(float(jpm)))

    def ninebox_people(self, box: int, year: int | None = None, unit: str | None = None,
                       position_type: str | None = None, limit: int | None = 1000,
                       today: dt.date | None = None) -> BoxPeople:
        """The people in one box (0: those without a performance record), highest JPM first."""
        self._begin("view")
        f = TalentFilter(year, unit, position_type)
        label, recs = ("Tanpa data kinerja", ()) if box == NO_PERFORMANCE else (self.rules.box(box).label,
                                                                                  self.rules.box(box).recommendations)
        with self.store.transaction() as db:
            people, total = self._people(db, f, box, limit, today)
            self._log(db, "lihat_9box_orang", f"kotak {box}; {f.describe()}", f"{len(people)} dari {total} orang",
                      [p.nip for p in people])
        return BoxPeople(box, label, recs, f, total, tuple(people))

    def _people(self, db: Session, f: TalentFilter, box: int | None, limit: int | None,
                today: dt.date | None) -> tuple[list[TalentPerson], int]:
        ti, pr = TalentIndex, PerformanceRecord
        where = self._in_box(f, box)
        total = db.scalar(self._from(f, select(func.count())).where(*where)) if limit is not None else None
        # the page first (index columns only), then the names and positions of just those people
        page = self._from(f, select(ti.result_id, ti.person_id, ti.nip, ti.unit, ti.position_type, ti.year,
                                    ti.sealed_at, ti.jpm, ti.valid_until, self._predicate(f).label("predicate"),
                                    *([pr.year.label("perf_year")] if f.year else [])))
        page = page.where(*where).order_by(ti.jpm.desc(), ti.nip.desc())
        if limit is not None:
            page = page.limit(limit)
        page = page.subquery()
        latest_year = [] if f.year else [pr.year.label("perf_year")]
        q = (select(page, *latest_year, Person.name, CentralResult.target_position, CentralResult.category_code)
             .join(Person, Person.id == page.c.person_id)
             .join(CentralResult, CentralResult.id == page.c.result_id))
        if not f.year:
            q = q.outerjoin(pr, and_(pr.nip == page.c.nip, pr.until_year == OPEN_END))
        q = q.order_by(page.c.jpm.desc(), Person.name, page.c.nip)
        today_s = (today or dt.date.today()).isoformat()
        out = []
        for r in db.execute(q):
            perf = self.rules.performance_band(r.predicate)
            pot = self.rules.potential_band(float(r.jpm))
            out.append(TalentPerson(
                nip=r.nip, name=r.name, unit=r.unit, position_type=r.position_type, target_position=r.target_position,
                year=r.year, sealed_on=r.sealed_at[:10], jpm=float(r.jpm), category_code=r.category_code,
                potential=pot, performance_year=r.perf_year if perf else None,
                predicate=r.predicate if perf else None, performance=perf,
                box=self.rules.box_of(perf, pot), valid_until=r.valid_until,
                expired=bool(r.valid_until) and r.valid_until < today_s))
        return out, len(out) if total is None else total

    # -- training needs -------------------------------------------------------------------------------

    def _valid_latest(self, f: TalentFilter, today_s: str) -> list:
        ti = TalentIndex
        out = [ti.is_latest, ti.valid_until >= today_s]
        if f.unit is not None:
            out.append(ti.unit == f.unit)
        if f.position_type is not None:
            out.append(ti.position_type == f.position_type)
        return out

    def training_needs(self, unit: str | None = None, position_type: str | None = None,
                       today: dt.date | None = None) -> TrainingNeeds:
        """Competencies below standard in each person's latest valid result, per competency and
        training type (training.json), per unit and position type. People: `training_people`."""
        self._begin("view")
        f = TalentFilter(None, unit, position_type)
        with self.store.transaction() as db:
            view = self._training_needs(db, f, (today or dt.date.today()).isoformat())
            self._log(db, "lihat_pelatihan", f.describe(),
                      f"{view.people_with_needs} dari {view.people_considered} orang perlu pengembangan")
        return view

    def training_people(self, code: str, training_type: str, unit: str | None = None,
                        position_type: str | None = None, limit: int | None = 1000,
                        today: dt.date | None = None) -> list[NeedPerson]:
        """The people of one training-needs group (competency x training type), largest gap first."""
        self._begin("view")
        f = TalentFilter(None, unit, position_type)
        today_s = (today or dt.date.today()).isoformat()
        with self.store.transaction() as db:
            people = self._need_people(db, f, today_s, code, training_type, limit)
            self._log(db, "lihat_pelatihan_orang", f"{code}; {training_type}; {f.describe()}",
                      f"{len(people)} orang", [p.nip for p in people])
        return people

    def _need_people(self, db: Session, f: TalentFilter, today_s: str, code: str | None, training_type: str | None,
                     limit: int | None, progress: Progress | None = None) -> list[NeedPerson]:
        ti, tn = TalentIndex, TalentNeed
        conds = self._needs_where(f, today_s)
        if code is not None:
            conds.append(tn.code == code)
        if training_type is not None:
            gaps = self.rules.gaps_for(training_type)
            if not gaps:
                raise ValidationError(f"jenis pengembangan tidak dikenal: {training_type}")
            conds.append(tn.gap.in_(gaps))
        page = select(tn).where(*conds).order_by(tn.code, tn.gap, tn.result_id)
        if limit is not None:
            page = page.limit(limit)
        page = page.subquery()
        q = (select(page, ti.nip, ti.sealed_at, Person.name, CentralResult.target_position)
             .join(ti, ti.result_id == page.c.result_id)
             .join(Person, Person.id == ti.person_id)
             .join(CentralResult, CentralResult.id == page.c.result_id)
             .order_by(page.c.code, page.c.gap, Person.name, ti.nip))
        names = self.rules.competency_names
        out = []
        for i, r in enumerate(db.execute(q)):
            if progress and i % 2000 == 0:
                progress.check()
            out.append(NeedPerson(r.nip, r.name, r.unit, r.position_type, r.target_position, r.code,
                                  names.get(r.code, r.code), r.standard, r.achieved, r.gap,
                                  self.rules.training_types(r.gap), r.sealed_at[:10], r.valid_until))
        return out

    # -- expiry ---------------------------------------------------------------------------------------

    def expiry(self, within_days: int | None = None, unit: str | None = None, today: dt.date | None = None,
               limit: int | None = 1000) -> Expiry:
        """Each person's latest result that has expired or expires within `within_days` (180 by
        default, talent.json), per unit; the validity end is the one printed on the sheet (3 years)."""
        self._begin("view")
        with self.store.transaction() as db:
            view = self._expiry(db, within_days, unit, today, limit)
            self._log(db, "lihat_masa_berlaku", f"{view.within_days} hari; {TalentFilter(None, unit).describe()}",
                      f"{view.total} orang; kedaluwarsa {view.expired}", [p.nip for p in view.people])
        return view

    def _expiry(self, db: Session, within_days: int | None, unit: str | None, today: dt.date | None,
                limit: int | None) -> Expiry:
        within = self.rules.expiry_warning_days if within_days is None else int(within_days)
        if within < 0:
            raise ValidationError("jumlah hari tidak boleh negatif")
        day = today or dt.date.today()
        today_s, horizon = day.isoformat(), (day + dt.timedelta(days=within + 1)).isoformat()
        ti = TalentIndex
        conds = [ti.is_latest, ti.valid_until != "", ti.valid_until < horizon]
        if unit is not None:
            conds.append(ti.unit == unit)
        expired_case = case((ti.valid_until < today_s, 1), else_=0)
        units = tuple(
            ExpiryUnit(u, int(exp or 0), int(n - (exp or 0)))
            for u, exp, n in db.execute(select(ti.unit, func.sum(expired_case), func.count())
                                        .where(*conds).group_by(ti.unit).order_by(ti.unit)))
        q = (select(ti.nip, Person.name, ti.unit, ti.position_type, CentralResult.target_position, ti.sealed_at,
                    ti.valid_until)
             .join(Person, Person.id == ti.person_id).join(CentralResult, CentralResult.id == ti.result_id)
             .where(*conds).order_by(ti.valid_until, ti.unit, Person.name))
        if limit is not None:
            q = q.limit(limit)
        people = []
        for r in db.execute(q):
            left = (dt.date.fromisoformat(r.valid_until) - day).days
            people.append(ExpiryPerson(r.nip, r.name, r.unit, r.position_type, r.target_position, r.sealed_at[:10],
                                       r.valid_until, left, left < 0))
        return Expiry(today_s, within, horizon, unit, units, sum(u.expired + u.expiring for u in units),
                      sum(u.expired for u in units), tuple(people))

    # -- exports (talent_exports renders the files) -----------------------------------------------------

    def export_ninebox(self, path: Path, fmt: str | None = None, year: int | None = None, unit: str | None = None,
                       position_type: str | None = None, progress: Progress | None = None,
                       today: dt.date | None = None) -> ExportResult:
        """The grid, the counts per box and every person placed (or not) under the filter: .xlsx or .pdf."""
        from desktop.services import talent_exports

        self._begin("export")
        progress = progress or Progress()
        fmt = _format(path, fmt)
        f = TalentFilter(year, unit, position_type)
        progress.report(0, 3, "membaca data")
        with self.store.transaction() as db:
            grid = self._grid(db, f)
            people, _ = self._people(db, f, None, None, today)
        progress.report(1, 3, "menulis berkas")
        out = talent_exports.write_ninebox(Path(path), fmt, grid, people, self.rules, self.user, progress)
        progress.report(2, 3, "mencatat log akses")
        with self.store.transaction() as db:
            self._log(db, "ekspor_9box", f.describe(), f"{fmt}: {Path(path).name}; {len(people)} orang",
                      [p.nip for p in people])
        progress.report(3, 3, "")
        return ExportResult(out, len(people), len(people))

    def _grid(self, db: Session, f: TalentFilter) -> NineBox:
        ti = TalentIndex
        by_box: dict[int, int] = defaultdict(int)
        total = 0
        pred = self._predicate(f)
        for jpm, predicate, n in db.execute(self._from(f, select(ti.jpm, pred, func.count()))
                                            .where(*self._where(f)).group_by(ti.jpm, pred)):
            total += n
            by_box[self._box_of(jpm, predicate)] += n
        cells = tuple(NineBoxCell(b.box, b.performance, b.potential, b.label, b.recommendations, by_box.get(b.box, 0),
                                  b.box in self.rules.talent_pool)
                      for b in sorted(self.rules.boxes.values(), key=lambda b: b.box))
        return NineBox(f, cells, total, by_box.get(NO_PERFORMANCE, 0))

    def export_training_needs(self, path: Path, fmt: str | None = None, unit: str | None = None,
                              position_type: str | None = None, progress: Progress | None = None,
                              today: dt.date | None = None) -> ExportResult:
        """The summary per competency and training type, the groups per unit and position type, and every
        person with each need: .xlsx (for BPSDM / Corporate University)."""
        from desktop.services import talent_exports

        self._begin("export")
        fmt = _format(path, fmt, allowed=("xlsx",))
        progress = progress or Progress()
        progress.report(0, 3, "membaca data")
        f = TalentFilter(None, unit, position_type)
        with self.store.transaction() as db:
            needs = self._training_needs(db, f, (today or dt.date.today()).isoformat())
            people = self._need_people(db, f, needs.today, None, None, None, progress)
        progress.report(1, 3, "menulis berkas")
        out = talent_exports.write_training_needs(Path(path), needs, people, self.rules, self.user, progress)
        nips = [p.nip for p in people]
        progress.report(2, 3, "mencatat log akses")
        with self.store.transaction() as db:
            self._log(db, "ekspor_pelatihan", f.describe(),
                      f"{fmt}: {Path(path).name}; {len(set(nips))} orang, {len(people)} kebutuhan", nips)
        progress.report(3, 3, "")
        return ExportResult(out, len(set(nips)), len(people))

    @staticmethod
    def _needs_where(f: TalentFilter, today_s: str) -> list:
        tn = TalentNeed
        out = [tn.valid_until >= today_s]
        if f.unit is not None:
            out.append(tn.unit == f.unit)
        if f.position_type is not None:
            out.append(tn.position_type == f.position_type)
        return out

    def _training_needs(self, db: Session, f: TalentFilter, today_s: str) -> TrainingNeeds:
        ti, tn = TalentIndex, TalentNeed
        rows = db.execute(select(tn.code, tn.gap, tn.unit, tn.position_type, func.count())
                          .where(*self._needs_where(f, today_s))
                          .group_by(tn.code, tn.gap, tn.unit, tn.position_type)).all()
        considered, with_needs = db.execute(
            select(func.count(), func.coalesce(func.sum(case((ti.needs > 0, 1), else_=0)), 0))
            .where(*self._valid_latest(f, today_s))).one()
        groups: dict[tuple[str, str, str, str], int] = defaultdict(int)
        for code, gap, g_unit, g_type, n in rows:
            for t in self.rules.training_types(gap):
                groups[code, t, g_unit, g_type] += n
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for (code, t, _, _), n in groups.items():
            totals[code, t] += n
        names = self.rules.competency_names
        return TrainingNeeds(
            f, today_s,
            tuple(TrainingGroup(code, names.get(code, code), t, self.rules.type_label(t), u, pt, n)
                  for (code, t, u, pt), n in sorted(groups.items(),
                                                    key=lambda kv: (kv[0][0], kv[0][1], -kv[1], kv[0][2], kv[0][3]))),
            tuple(TrainingTotal(code, names.get(code, code), t, self.rules.type_label(t), n)
                  for (code, t), n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))),
            considered, with_needs)

    def export_expiry(self, path: Path, fmt: str | None = None, within_days: int | None = None,
                      unit: str | None = None, today: dt.date | None = None,
                      progress: Progress | None = None) -> ExportResult:
        """Every expired or expiring latest result, per unit: .xlsx or .pdf."""
        from desktop.services import talent_exports

        self._begin("export")
        fmt = _format(path, fmt)
        progress = progress or Progress()
        progress.report(0, 3, "membaca data")
        with self.store.transaction() as db:
            view = self._expiry(db, within_days, unit, today, None)
        progress.report(1, 3, "menulis berkas")
        out = talent_exports.write_expiry(Path(path), fmt, view, self.user, progress)
        progress.report(2, 3, "mencatat log akses")
        with self.store.transaction() as db:
            self._log(db, "ekspor_masa_berlaku", f"{view.within_days} hari; {TalentFilter(None, unit).describe()}",
                      f"{fmt}: {Path(path).name}; {view.total} orang", [p.nip for p in view.people])
        progress.report(3, 3, "")
        return ExportResult(out, view.total, view.total)


def _format(path: Path, fmt: str | None, allowed: tuple[str, ...] = ("xlsx", "pdf")) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in allowed:
        raise ValidationError(f"format ekspor tidak didukung: {fmt or '(kosong)'}; gunakan "
                              + " atau ".join(f".{a}" for a in allowed))
    return fmt
