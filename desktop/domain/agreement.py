"""Inter-rater statistics for the integration meeting: agreement and each assessor's leniency.

Krippendorff's alpha (interval metric) per competency: the units are assessees, the values are the
levels the different simulations and assessors gave that assessee for the competency. Alpha is 1 for
perfect agreement, about 0 for agreement no better than chance; it tolerates missing values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median


def krippendorff_alpha_interval(units: Iterable[Sequence[float]]) -> float | None:
    """Alpha over units with two or more values each; None when it is undefined (no pairable values,
    or every value identical: nothing varies, so agreement cannot be told from chance)."""
    pairable = [list(u) for u in units if len(u) >= 2]
    if not pairable:
        return None
    coincidence: dict[tuple[float, float], float] = defaultdict(float)
    for values in pairable:
        weight = 1.0 / (len(values) - 1)
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidence[a, b] += weight
    totals: dict[float, float] = defaultdict(float)
    for (a, _b), w in coincidence.items():
        totals[a] += w
    n = sum(totals.values())
    observed = sum(w * (a - b) ** 2 for (a, b), w in coincidence.items())
    expected = sum(totals[a] * totals[b] * (a - b) ** 2 for a in totals for b in totals) / (n - 1)
    if expected == 0:
        return None
    return 1.0 - observed / expected


@dataclass(frozen=True)
class Leniency:
    assessor: str
    mean_deviation: float  # positive: rates above the rest of the panel (lenient); negative: severe
    ratings: int


def leniency(ratings: Iterable[tuple[str, str, str, int]]) -> list[Leniency]:
    """Each assessor's mean deviation from the median of the other ratings of the same assessee and
    competency. `ratings` are (assessee, competency, assessor, level); cells rated by one person only
    say nothing about that person and are skipped."""
    cells: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for assessee, competency, assessor, level in ratings:
        cells[assessee, competency].append((assessor, level))
    deviations: dict[str, list[float]] = defaultdict(list)
    for entries in cells.values():
        for i, (assessor, level) in enumerate(entries):
            others = [lv for j, (_, lv) in enumerate(entries) if j != i]
            if others:
                deviations[assessor].append(level - median(others))
    return sorted(
        (Leniency(a, sum(d) / len(d), len(d)) for a, d in deviations.items()),
        key=lambda x: -abs(x.mean_deviation),
    )
