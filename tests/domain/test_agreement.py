import pytest

from desktop.domain.agreement import krippendorff_alpha_interval, leniency


def test_perfect_agreement_is_one():
    assert krippendorff_alpha_interval([[3, 3, 3], [2, 2], [4, 4, 4, 4]]) == pytest.approx(1.0)


def test_krippendorffs_worked_example_interval():
    # Krippendorff (2011) "Computing Krippendorff's alpha-reliability", the 4-coder example with
    # missing values; interval alpha = 0.849.
    units = [[1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4], [4, 4, 4, 4],
             [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3]]
    assert krippendorff_alpha_interval(units) == pytest.approx(0.849, abs=0.001)


def test_systematic_disagreement_is_below_zero_and_undefined_cases_are_none():
    assert krippendorff_alpha_interval([[1, 5], [5, 1], [1, 5]]) < 0
    assert krippendorff_alpha_interval([[3], [4]]) is None
    assert krippendorff_alpha_interval([[3, 3], [3, 3]]) is None


def test_leniency_finds_the_assessor_who_rates_high():
    ratings = []
    for assessee in ("a", "b", "c"):
        for comp in ("M.1", "M.2"):
            ratings += [(assessee, comp, "Lenient", 4), (assessee, comp, "Fair", 3), (assessee, comp, "Also fair", 3)]
    result = {x.assessor: x for x in leniency(ratings)}
    assert result["Lenient"].mean_deviation == 1 and result["Lenient"].ratings == 6
    assert result["Fair"].mean_deviation == pytest.approx(-0.5)
    assert leniency(ratings)[0].assessor == "Lenient"
