"""Plain value objects shared by every layer. No ORM, no Qt: safe to pass across threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Purpose(StrEnum):
    """Why a session is held: it selects the category scheme (BKN 26/2019 Pasal 26(2))."""

    PENGISIAN_JABATAN = "pengisian_jabatan"
    PEMETAAN = "pemetaan"


class SessionStatus(StrEnum):
    DRAFT = "draft"  # setup and rating forms
    MEETING = "meeting"  # integration meeting: individual ratings sealed, final levels being decided
    SEALED = "sealed"  # closed: the results are final


@dataclass(frozen=True)
class Level:
    level: int
    title: str
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True)
class Competency:
    code: str
    name: str
    name_en: str
    kind: str  # manajerial | sosial_kultural | teknis
    definition: str = ""
    levels: tuple[Level, ...] = ()

    def level(self, n: int) -> Level | None:
        return next((lv for lv in self.levels if lv.level == n), None)


@dataclass(frozen=True)
class CompetencyResult:
    """One competency of one assessee after integration."""

    code: str
    name: str
    standard: int
    achieved: int
    ratings: tuple[tuple[str, int], ...] = ()  # (simulation code, level) behind the proposal
    proposed: int | None = None

    @property
    def gap(self) -> int:
        return self.achieved - self.standard


@dataclass(frozen=True)
class LevelAmendment:
    """A final level changed after the session was first sealed (it was reopened for correction)."""

    code: str
    name: str
    original: int  # as first sealed
    amended: int  # as sealed now
    reason: str  # of the last change


@dataclass(frozen=True)
class Reopening:
    """A sealed session reopened for correction: when (ISO, UTC), by whom, why."""

    at: str
    actor: str
    reason: str


@dataclass(frozen=True)
class AssesseeResult:
    """Everything a result sheet shows about one assessee."""

    assessee_uuid: str
    nip: str
    name: str
    golongan: str
    current_position: str
    unit: str
    target_position: str
    participant_no: int
    competencies: tuple[CompetencyResult, ...]
    total_achieved: int
    total_standard: int
    jpm: float  # percent, rounded for display
    category_code: str
    category_label: str
    strengths: tuple[str, ...] = ()
    development_areas: tuple[str, ...] = ()
    advice: tuple[str, ...] = ()
    responsible_assessor: str = ""
    placement_advice: str = ""  # for pemetaan (BKN report item 18)
    potential_band: str = ""  # the band this result feeds on the 9-box potential axis
    valid_until: str = ""
    sheet_code: str = ""  # 12 hex digits once the session is sealed (domain.verification); "" before
    revision: int = 1  # which sealed revision of the session this is (2 and up: reopened and sealed again)
    first_sealed_at: str = ""  # when revision 1 was sealed (ISO), for a later revision
    reopenings: tuple[Reopening, ...] = ()
    amendments: tuple[LevelAmendment, ...] = ()  # this assessee's final levels changed since revision 1

    @property
    def sheet_code_display(self) -> str:
        return f"{self.sheet_code[:4]}-{self.sheet_code[4:8]}-{self.sheet_code[8:12]}" if self.sheet_code else ""


@dataclass(frozen=True)
class SessionInfo:
    """The header facts of an assessment session, as printed and exported."""

    uuid: str
    title: str
    purpose: Purpose
    agency: str
    provider: str
    provider_head: str
    venue: str
    start_date: str
    end_date: str
    status: SessionStatus
    seal_hash: str | None = None
    sealed_at: str | None = None
    valid_until: str | None = None
    assessees: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def seal_code(self) -> str | None:
        """The short code a person types to check a printed sheet: 12 hex digits of the seal."""
        if not self.seal_hash:
            return None
        h = self.seal_hash[:12].upper()
        return f"{h[:4]}-{h[4:8]}-{h[8:12]}"


class FormStatus(StrEnum):
    MISSING = "missing"  # no rating yet
    DRAFT = "draft"
    SUBMITTED = "submitted"


@dataclass(frozen=True)
class FormItem:
    """One competency on a rating form, with the level descriptions the assessor reads."""

    code: str
    name: str
    levels: tuple[Level, ...]
    level: int | None = None
    evidence: str = ""


@dataclass(frozen=True)
class FormView:
    """A rating form: one assessee, one simulation, one assessor."""

    session_uuid: str
    nip: str
    assessee_name: str
    participant_no: int
    simulation_code: str
    simulation_name: str
    assessor_name: str
    status: FormStatus
    items: tuple[FormItem, ...]

    @property
    def rated(self) -> int:
        return sum(item.level is not None for item in self.items)


@dataclass(frozen=True)
class FormSummary:
    """A line of the progress board."""

    nip: str
    assessee_name: str
    participant_no: int
    simulation_code: str
    simulation_name: str
    assessor_name: str
    status: FormStatus
    rated: int
    total: int
