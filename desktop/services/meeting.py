"""The integration meeting (wash-up): what the panel sees per assessee, and the inter-rater statistics.

Decisions (open, amend, final levels, close) are AssessmentService methods, so they go through its
audited write path; this module only reads and derives.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from desktop.domain.agreement import Leniency, krippendorff_alpha_interval, leniency
from desktop.domain.model import SessionStatus
from desktop.domain.rules import competencies_from_dict, rules_from_dict
from desktop.domain.scoring import format_level
from desktop.services import document as docs
from desktop.services.assessment import AssessmentService


@dataclass(frozen=True)
class RatingCell:
    simulation_code: str
    simulation_name: str
    assessor: str
    level: int | float  # 3.5 in a session rated in half levels

    @property
    def shown(self) -> str:
        """The level as the meeting reads it: "3", "3,5"."""
        return format_level(self.level)


@dataclass(frozen=True)
class MeetingRow:
    """One competency of one assessee on the meeting screen."""

    code: str
    name: str
    standard: int
    ratings: tuple[RatingCell, ...]
    proposed: int | None
    simulations: int  # distinct simulations that gave evidence
    sufficient: bool
    divergence: str  # "" or why the ratings need discussion
    final: int | None = None
    reason: str = ""
    agreed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingView:
    session_uuid: str
    status: SessionStatus
    nip: str
    name: str
    participant_no: int
    target_position: str
    rows: tuple[MeetingRow, ...]
    panel: tuple[str, ...]  # the assessors who rated this assessee
    min_simulations: int

    @property
    def finalised(self) -> int:
        return sum(r.final is not None for r in self.rows)


@dataclass(frozen=True)
class AgendaItem:
    """An assessee in the order the meeting should take them: most to discuss first."""

    nip: str
    name: str
    participant_no: int
    divergent: int
    insufficient: int
    finalised: int
    total: int


@dataclass(frozen=True)
class CompetencyAgreement:
    code: str
    name: str
    alpha: float | None
    assessees: int  # units with two or more ratings


@dataclass(frozen=True)
class InterRater:
    competencies: tuple[CompetencyAgreement, ...]
    overall_alpha: float | None
    assessors: tuple[Leniency, ...]


def _divergence(levels: list[int | float], standard: int, spread: int) -> str:
    if not levels:
        return ""
    reasons = []
    if max(levels) - min(levels) >= spread:
        reasons.append(f"selisih {format_level(max(levels) - min(levels))} level")
    if min(levels) < standard < max(levels):
        reasons.append("di bawah dan di atas standar")
    return "; ".join(reasons)


def meeting_views(service: AssessmentService, session_uuid: str, doc: dict | None = None) -> list[MeetingView]:
    """Every assessee's meeting view, in participant order."""
    doc = doc or service.document(session_uuid)
    rules = rules_from_dict(doc["rules"]["rules"])
    names = {c.code: c.name for c in competencies_from_dict(doc["rules"]["competencies"])}
    sims = {s["uuid"]: s for s in doc["simulations"]}
    sim_order = {s["uuid"]: i for i, s in enumerate(doc["simulations"])}
    assessors = {a["uuid"]: a["name"] for a in doc["assessors"]}
    positions = {p["uuid"]: p for p in doc["positions"]}
    props = docs.proposals(doc)
    cells: dict[tuple[str, str], list[tuple[int, RatingCell]]] = defaultdict(list)
    for r in doc["ratings"]:
        sim = sims[r["simulation"]]
        cells[r["assessee"], r["competency"]].append(
            (sim_order[r["simulation"]], RatingCell(sim["code"], sim["name"], assessors[r["assessor"]], r["level"])))
    finals = {(f["assessee"], f["competency"]): f for f in doc["final_levels"]}
    status = SessionStatus(doc["session"]["status"])
    views = []
    for a in sorted(doc["assessees"], key=lambda x: x["participant_no"]):
        position = positions[a["target_position"]]
        rows = []
        panel: list[str] = []
        for code, standard in position["standards"].items():
            ratings = tuple(c for _, c in sorted(cells.get((a["uuid"], code), []), key=lambda x: x[0]))
            for c in ratings:
                if c.assessor not in panel:
                    panel.append(c.assessor)
            levels = [c.level for c in ratings]
            n_sims = len({c.simulation_code for c in ratings})
            final = finals.get((a["uuid"], code))
            rows.append(MeetingRow(
                code=code, name=names.get(code, code), standard=standard, ratings=ratings,
                proposed=props.get(a["uuid"], {}).get(code, (None, []))[0], simulations=n_sims,
                sufficient=n_sims >= rules.min_simulations_per_competency,
                divergence=_divergence(levels, standard, rules.divergence_spread),
                final=final["level"] if final else None, reason=final["reason"] if final else "",
                agreed_by=tuple(final.get("agreed_by") or ()) if final else (),
            ))
        views.append(MeetingView(session_uuid, status, a["nip"], a["name"], a["participant_no"], position["name"],
                                 tuple(rows), tuple(panel), rules.min_simulations_per_competency))
    return views


def meeting_view(service: AssessmentService, session_uuid: str, nip: str) -> MeetingView:
    for view in meeting_views(service, session_uuid):
        if view.nip == nip:
            return view
    from desktop.domain.errors import NotFoundError

    raise NotFoundError(f"peserta tidak ditemukan: {nip}")


def agenda(views: list[MeetingView]) -> list[AgendaItem]:
    """Assessees with the most divergent or insufficiently evidenced competencies first."""
    items = [
        AgendaItem(v.nip, v.name, v.participant_no, sum(bool(r.divergence) for r in v.rows),
                   sum(not r.sufficient for r in v.rows), v.finalised, len(v.rows))
        for v in views
    ]
    return sorted(items, key=lambda i: (-(i.divergent + i.insufficient), i.participant_no))


def interrater(service: AssessmentService, session_uuid: str, doc: dict | None = None) -> InterRater:
    """Agreement per competency (Krippendorff's alpha, interval) and each assessor's leniency."""
    doc = doc or service.document(session_uuid)
    names = {c.code: c.name for c in competencies_from_dict(doc["rules"]["competencies"])}
    assessors = {a["uuid"]: a["name"] for a in doc["assessors"]}
    by_competency: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for r in doc["ratings"]:
        by_competency[r["competency"]][r["assessee"]].append(r["level"])
    order = [c for c in names if c in by_competency]
    competencies = tuple(
        CompetencyAgreement(code, names[code], krippendorff_alpha_interval(by_competency[code].values()),
                            sum(len(v) >= 2 for v in by_competency[code].values()))
        for code in order
    )
    all_units = [levels for code in order for levels in by_competency[code].values()]
    return InterRater(
        competencies=competencies,
        overall_alpha=krippendorff_alpha_interval(all_units),
        assessors=tuple(leniency((r["assessee"], r["competency"], assessors[r["assessor"]], r["level"])
                                 for r in doc["ratings"])),
    )
