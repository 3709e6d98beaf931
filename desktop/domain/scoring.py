"""Scoring: consensus proposal, JPM, category, strengths and development areas (domain.md 2.4-3.3).

Pure functions over plain values; every threshold comes from Rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from statistics import median

from desktop.domain.errors import ValidationError
from desktop.domain.model import CompetencyResult, Purpose
from desktop.domain.rules import Category, JpmSettings, Rules

_ROUNDING = {
    "half_up": ROUND_HALF_UP,
    "half_down": ROUND_HALF_DOWN,
    "half_even": ROUND_HALF_EVEN,
    "floor": ROUND_FLOOR,
    "ceil": ROUND_CEILING,
}


def round_level(value: float | Fraction, rounding: str) -> int:
    """Round a (fractional) level to a whole level by the named rule."""
    try:
        mode = _ROUNDING[rounding]
    except KeyError:
        raise ValidationError(f"aturan pembulatan tidak dikenal: {rounding}") from None
    return int(Decimal(str(float(value))).quantize(Decimal(1), rounding=mode))


def propose_level(levels: Sequence[int], method: str = "median", rounding: str = "half_up") -> int | None:
    """The consensus proposal from one competency's per-simulation ratings; None without ratings."""
    if not levels:
        return None
    if method == "median":
        value: Fraction = Fraction(median(sorted(Fraction(v) for v in levels)))
    elif method == "mean":
        value = Fraction(sum(levels), len(levels))
    elif method == "mode":
        counts = {v: levels.count(v) for v in set(levels)}
        top = max(counts.values())
        value = Fraction(median(sorted(v for v, n in counts.items() if n == top)))
    else:
        raise ValidationError(f"metode konsensus tidak dikenal: {method}")
    return round_level(value, rounding)


def jpm_fraction(pairs: Iterable[tuple[int, int]], settings: JpmSettings) -> Fraction:
    """Exact JPM in percent from (achieved, standard) pairs, with the configured caps."""
    pairs = list(pairs)
    total_std = sum(s for _, s in pairs)
    if total_std <= 0:
        raise ValidationError("jumlah level standar jabatan nol: JPM tidak dapat dihitung")
    total_ach = sum(min(a, s) if settings.cap_each_at_standard else a for a, s in pairs)
    value = Fraction(100 * total_ach, total_std)
    if settings.cap_at_100:
        value = min(value, Fraction(100))
    return value


def round_jpm(value: Fraction, decimals: int) -> float:
    q = Decimal(1).scaleb(-decimals)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(q, rounding=ROUND_HALF_UP))


def categorise(jpm: Fraction, purpose: Purpose | str, rules: Rules) -> Category:
    """The category whose threshold the JPM reaches, highest first (>= min_jpm)."""
    value = (
        Fraction(Decimal(str(round_jpm(jpm, rules.jpm.decimals))))
        if rules.jpm.categorise_on == "rounded"
        else jpm
    )
    for cat in rules.scheme(purpose):
        if value >= Fraction(Decimal(str(cat.min_jpm))):
            return cat
    return rules.scheme(purpose)[-1]


def strengths_and_development(results: Sequence[CompetencyResult], rules: Rules) -> tuple[list[str], list[str]]:
    """Names of competencies above standard (strengths) and below it (development areas), by gap."""
    strengths = [r.name for r in sorted(results, key=lambda r: -r.gap) if r.gap >= rules.strengths_min_gap]
    development = [r.name for r in sorted(results, key=lambda r: r.gap) if r.gap <= rules.development_max_gap]
    return strengths, development


def development_advice(results: Sequence[CompetencyResult], rules: Rules) -> list[str]:
    """Advice lines from the training catalogue: the first entry whose max_gap the gap reaches."""
    advice = []
    entries = sorted(rules.training, key=lambda e: e["max_gap"])
    for r in sorted(results, key=lambda r: r.gap):
        for entry in entries:
            if r.gap <= entry["max_gap"]:
                advice.append(entry["text"].format(name=r.name, gap=r.gap))
                break
    return advice


def check_level(level: int, rules: Rules) -> int:
    """A rating level within the session's scale, or a ValidationError in Indonesian."""
    if isinstance(level, bool) or not isinstance(level, int):
        raise ValidationError(f"level harus bilangan bulat, bukan {level!r}")
    if not rules.rating_min <= level <= rules.rating_max:
        raise ValidationError(f"level {level} di luar skala {rules.rating_min}-{rules.rating_max}")
    return level
