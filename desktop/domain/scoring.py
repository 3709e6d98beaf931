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


def propose_level(levels: Sequence[int | float], method: str = "median", rounding: str = "half_up") -> int | None:
    """The consensus proposal from one competency's per-simulation ratings, rounded to a whole level by the
    session's rounding rule (ratings may be half levels: median of 3, 3.5 and 4 is 3.5, half_up gives 4);
    None without ratings."""
    if not levels:
        return None
    if method == "median":
        value: Fraction = Fraction(median(sorted(Fraction(v) for v in levels)))
    elif method == "mean":
        value = sum((Fraction(v) for v in levels), Fraction(0)) / len(levels)
    elif method == "mode":
        counts = {v: levels.count(v) for v in set(levels)}
        top = max(counts.values())
        value = Fraction(median(sorted(Fraction(v) for v, n in counts.items() if n == top)))
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


Level = int | float  # a rating: a whole level is an int, a half level (step 0.5) a float such as 3.5
RATING_STEPS = (1, 0.5)  # the steps a session may choose (rules.json "rating": "step")


def _as_fraction(value: object) -> Fraction | None:
    """The exact value of a level given as int, float, Fraction or Decimal; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Fraction):
        return Fraction(value)
    if isinstance(value, float | Decimal):
        try:
            return Fraction(value)
        except (ValueError, OverflowError):  # nan, inf
            return None
    return None


def normalise_level(value: Level | Fraction | Decimal) -> Level:
    """A level as it is stored and audited: a whole level as int (3.0 -> 3), any other as float (3.5).

    So a session on whole levels writes exactly the bytes it always wrote (audit events, documents, seals)."""
    exact = Fraction(value)
    return int(exact) if exact.denominator == 1 else float(exact)


def format_level(value: Level | Fraction | Decimal | None, decimal_point: str = ",") -> str:
    """A level for people: "3", "3,5" (Indonesian decimal comma; pass "." for English); "—" for none."""
    if value is None:
        return "—"
    exact = Fraction(value)
    if exact.denominator == 1:
        return str(exact.numerator)
    text = f"{float(exact):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_point)


def step_of(rules: Rules) -> Fraction:
    """The session's rating step as an exact fraction (1 or 1/2)."""
    return Fraction(str(rules.rating_step)) if isinstance(rules.rating_step, float) else Fraction(rules.rating_step)


def rating_scale(rules: Rules) -> tuple[Level, ...]:
    """Every rating level the session allows, lowest first: (1, 2, 3, 4, 5) or (1, 1.5, 2, ..., 5)."""
    step = step_of(rules)
    if step <= 0:
        raise ValidationError(f"langkah skala penilaian tidak sah: {rules.rating_step}")
    out: list[Level] = []
    value = Fraction(rules.rating_min)
    while value <= rules.rating_max:
        out.append(normalise_level(value))
        value += step
    return tuple(out)


def check_level(level: Level, rules: Rules) -> Level:
    """A rating on the session's scale: within min..max and on its step grid (3.5 with step 0.5; with
    step 1 only whole levels). Returns the level normalised (3.0 -> 3), or raises a ValidationError in
    Indonesian."""
    exact = _as_fraction(level)
    if exact is None:
        raise ValidationError(f"level harus berupa angka, bukan {level!r}")
    shown = format_level(exact) if exact.denominator <= 100 else str(level).replace(".", ",")
    if not rules.rating_min <= exact <= rules.rating_max:
        raise ValidationError(f"level {shown} di luar skala {rules.rating_min}-{rules.rating_max}")
    step = step_of(rules)
    if ((exact - rules.rating_min) / step).denominator != 1:
        if step == 1:
            raise ValidationError(f"level {shown} tidak sah: sesi ini memakai level bulat "
                                  f"{rules.rating_min}-{rules.rating_max}")
        scale = rating_scale(rules)
        raise ValidationError(f"level {shown} tidak sah: sesi ini memakai langkah {format_level(step)} "
                              f"({'; '.join(format_level(v) for v in scale[:3])}; … {format_level(scale[-1])})")
    return normalise_level(exact)


def check_whole_level(level: int, rules: Rules, what: str = "level") -> int:
    """A whole level within min..max: position standards and final levels are whole in every session,
    whatever step the ratings use."""
    if isinstance(level, bool) or not isinstance(level, int):
        exact = _as_fraction(level)
        shown = format_level(exact) if exact is not None and exact.denominator <= 100 else repr(level)
        raise ValidationError(f"{what} harus bilangan bulat, bukan {shown}")
    if not rules.rating_min <= level <= rules.rating_max:
        raise ValidationError(f"{what} {level} di luar skala {rules.rating_min}-{rules.rating_max}")
    return level
