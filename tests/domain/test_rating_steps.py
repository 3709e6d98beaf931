"""Rating steps: whole levels (step 1) or half levels (step 0.5), as the session's pinned rules say."""

from dataclasses import replace
from fractions import Fraction

import pytest

from desktop import resources
from desktop.domain.agreement import krippendorff_alpha_interval, leniency
from desktop.domain.errors import ValidationError
from desktop.domain.rules import rules_from_dict
from desktop.domain.scoring import (
    check_level,
    check_whole_level,
    format_level,
    normalise_level,
    propose_level,
    rating_scale,
)

WHOLE = rules_from_dict(resources.load_json("rules", "rules.json"))
HALF = replace(WHOLE, rating_step=0.5)


def test_the_scale_of_each_step():
    assert rating_scale(WHOLE) == (1, 2, 3, 4, 5)
    assert rating_scale(HALF) == (1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5)
    assert all(type(v) is int for v in rating_scale(HALF)[::2])  # whole levels stay ints


@pytest.mark.parametrize("level", [1, 1.5, 3, 3.0, 3.5, Fraction(9, 2), 5])
def test_a_half_step_session_accepts_every_level_on_its_grid(level):
    assert check_level(level, HALF) == level


def test_whole_levels_come_back_as_int_so_integer_sessions_keep_their_bytes():
    assert type(check_level(3.0, HALF)) is int and type(check_level(3.0, WHOLE)) is int
    assert type(check_level(3.5, HALF)) is float
    assert normalise_level(Fraction(7, 2)) == 3.5 and type(normalise_level(Fraction(8, 2))) is int


@pytest.mark.parametrize(("level", "message"), [
    (3.5, "level 3,5 tidak sah: sesi ini memakai level bulat 1-5"),
    (3.25, "level 3,25 tidak sah: sesi ini memakai level bulat 1-5"),
])
def test_a_step_one_session_refuses_halves_in_indonesian(level, message):
    with pytest.raises(ValidationError, match=message):
        check_level(level, WHOLE)


@pytest.mark.parametrize(("level", "message"), [
    (3.25, r"level 3,25 tidak sah: sesi ini memakai langkah 0,5 \(1; 1,5; 2; … 5\)"),
    (5.5, "level 5,5 di luar skala 1-5"),
    (0.5, "level 0,5 di luar skala 1-5"),
    (True, "level harus berupa angka"),
    ("3,5", "level harus berupa angka"),
    (float("nan"), "level harus berupa angka"),
])
def test_a_half_step_session_refuses_what_is_off_its_grid(level, message):
    with pytest.raises(ValidationError, match=message):
        check_level(level, HALF)


@pytest.mark.parametrize("level", [3.5, 3.0, True, 0, 6])
def test_standards_and_final_levels_stay_whole_in_every_session(level):
    with pytest.raises(ValidationError):
        check_whole_level(level, HALF, "level akhir")
    assert check_whole_level(4, HALF) == 4


def test_levels_are_written_with_the_decimal_comma():
    assert [format_level(v) for v in (3, 3.5, Fraction(9, 2), 2.25)] == ["3", "3,5", "4,5", "2,25"]
    assert format_level(3.5, ".") == "3.5" and format_level(None) == "—"


@pytest.mark.parametrize(("ratings", "rounding", "median", "proposal"), [
    ([3, 3.5, 4], "half_up", Fraction(7, 2), 4),  # the median is the half level itself: 3,5 rounds up
    ([3, 3.5, 4], "half_down", Fraction(7, 2), 3),
    ([3, 3.5, 4], "half_even", Fraction(7, 2), 4),
    ([2.5, 3, 3.5, 3.5], "half_up", Fraction(13, 4), 3),  # median of 3 and 3,5 = 3,25 -> 3
    ([2.5, 3.5], "half_up", Fraction(3), 3),
    ([3.5, 4.5], "half_up", Fraction(4), 4),
    ([4.5, 4.5, 2], "floor", Fraction(9, 2), 4),
    ([4.5, 4.5, 2], "ceil", Fraction(9, 2), 5),
])
def test_the_proposal_is_the_median_rounded_to_a_whole_level_by_the_session_rule(ratings, rounding, median,
                                                                                  proposal):
    from statistics import median as stat_median

    assert stat_median(sorted(Fraction(v) for v in ratings)) == median
    result = propose_level(ratings, "median", rounding)
    assert result == proposal and type(result) is int


def test_mean_and_mode_take_half_levels_too():
    assert propose_level([3, 3.5, 4.5], "mean", "half_up") == 4  # 11/3 = 3,67
    assert propose_level([2.5, 2.5, 4], "mode", "half_up") == 3  # 2,5 rounds half up


def test_inter_rater_statistics_work_on_half_levels():
    assert krippendorff_alpha_interval([[3, 3.5], [4, 4.5], [2, 2]]) == pytest.approx(
        krippendorff_alpha_interval([[6, 7], [8, 9], [4, 4]]))  # interval alpha ignores the unit
    found = leniency([("x", "M.1", "A", 3.5), ("x", "M.1", "B", 3), ("y", "M.1", "A", 4.5), ("y", "M.1", "B", 4)])
    assert {x.assessor: x.mean_deviation for x in found} == {"A": 0.5, "B": -0.5}
