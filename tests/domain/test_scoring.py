from dataclasses import replace
from fractions import Fraction

import pytest

from desktop import resources
from desktop.domain.errors import ValidationError
from desktop.domain.model import CompetencyResult, Purpose
from desktop.domain.rules import rules_from_dict
from desktop.domain.scoring import (
    categorise,
    check_level,
    development_advice,
    jpm_fraction,
    propose_level,
    round_jpm,
    strengths_and_development,
)

RULES = rules_from_dict(resources.load_json("rules", "rules.json"), resources.load_json("rules", "training.json"))


def test_komunikasi_worked_example_median_of_ratings_is_four():
    assert propose_level([3, 4, 4, 4]) == 4  # In-tray 3, LGD 4, Presentasi 4, CBI 4


@pytest.mark.parametrize(
    ("levels", "rounding", "expected"),
    [
        ([3, 4], "half_up", 4),
        ([3, 4], "half_down", 3),
        ([2, 3], "half_even", 2),
        ([3, 4], "half_even", 4),
        ([3, 4], "floor", 3),
        ([3, 4], "ceil", 4),
        ([2, 3, 5], "half_up", 3),
    ],
)
def test_median_rounding_rules(levels, rounding, expected):
    assert propose_level(levels, "median", rounding) == expected


def test_mean_and_mode_methods():
    assert propose_level([2, 3, 3, 5], "mean", "half_up") == 3  # 3.25
    assert propose_level([2, 2, 4], "mode", "half_up") == 2
    assert propose_level([], "median") is None
    with pytest.raises(ValidationError):
        propose_level([3], "vote")


def test_jpm_worked_example_from_the_guide():
    pairs = list(zip([3, 3, 2, 3, 3, 2, 3, 3, 3], [3] * 9, strict=True))
    value = jpm_fraction(pairs, RULES.jpm)
    assert value == Fraction(2500, 27)
    assert round_jpm(value, 2) == 92.59
    assert categorise(value, Purpose.PENGISIAN_JABATAN, RULES).code == "MS"
    assert categorise(value, Purpose.PEMETAAN, RULES).code == "O"


@pytest.mark.parametrize(
    ("achieved", "standard", "purpose", "code"),
    [
        (80, 100, "pengisian_jabatan", "MS"),
        (7999, 10000, "pengisian_jabatan", "MMS"),
        (68, 100, "pengisian_jabatan", "MMS"),
        (6799, 10000, "pengisian_jabatan", "KMS"),
        (90, 100, "pemetaan", "O"),
        (8999, 10000, "pemetaan", "CO"),
        (78, 100, "pemetaan", "CO"),
        (7799, 10000, "pemetaan", "KO"),
    ],
)
def test_category_boundaries(achieved, standard, purpose, code):
    assert categorise(jpm_fraction([(achieved, standard)], RULES.jpm), purpose, RULES).code == code


def test_category_uses_the_printed_value_by_default_and_the_exact_one_on_request():
    just_below = jpm_fraction([(799999, 1000000)], RULES.jpm)  # prints as 80.00
    assert round_jpm(just_below, 2) == 80.0
    assert categorise(just_below, "pengisian_jabatan", RULES).code == "MS"
    exact = replace(RULES, jpm=replace(RULES.jpm, categorise_on="exact"))
    assert categorise(just_below, "pengisian_jabatan", exact).code == "MMS"


def test_jpm_caps_are_settings():
    pairs = [(5, 3), (3, 3)]
    assert jpm_fraction(pairs, RULES.jpm) == 100
    uncapped = replace(RULES.jpm, cap_at_100=False)
    assert round_jpm(jpm_fraction(pairs, uncapped), 2) == 133.33
    per_competency = replace(RULES.jpm, cap_at_100=False, cap_each_at_standard=True)
    assert jpm_fraction([(5, 3), (2, 3)], per_competency) == Fraction(500, 6)
    with pytest.raises(ValidationError):
        jpm_fraction([(3, 0)], RULES.jpm)


def test_strengths_development_areas_and_advice_follow_the_gaps():
    results = [
        CompetencyResult("M.3", "Komunikasi", 3, 4),
        CompetencyResult("M.6", "Pengembangan Diri dan Orang Lain", 3, 2),
        CompetencyResult("M.8", "Pengambilan Keputusan", 3, 1),
        CompetencyResult("M.1", "Integritas", 3, 3),
    ]
    strengths, development = strengths_and_development(results, RULES)
    assert strengths == ["Komunikasi"]
    assert development == ["Pengambilan Keputusan", "Pengembangan Diri dan Orang Lain"]
    advice = development_advice(results, RULES)
    assert len(advice) == 2 and "Pengambilan Keputusan" in advice[0] and advice[0].startswith("Diklat")


@pytest.mark.parametrize("bad", [0, 6, 2.5, True, "3"])
def test_levels_outside_the_scale_are_refused(bad):
    with pytest.raises(ValidationError):
        check_level(bad, RULES)
