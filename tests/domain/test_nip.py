import datetime as dt

import pytest

from desktop.domain.nip import check_nip, format_nip

TODAY = dt.date(2026, 11, 29)


def test_spaces_are_stripped_and_number_is_valid():
    c = check_nip("19820314 200604 2 901", today=TODAY)
    assert c.valid and not c.warnings
    assert c.nip == "198203142006042901"
    assert c.birth_date == dt.date(1982, 3, 14) and c.sex == "P" and c.appointed == (2006, 4)


def test_sex_digit_disagreeing_with_record_is_a_warning_not_an_error():
    c = check_nip("198203142006041901", recorded_sex="P", today=TODAY)
    assert c.valid
    assert any("digit ke-15" in w and "laki-laki" in w for w in c.warnings)


@pytest.mark.parametrize(
    ("nip", "kind", "fragment"),
    [
        ("19820314200604290", "PNS", "18 digit"),
        ("198202302006042901", "PNS", "tanggal lahir"),
        ("198203142006132901", "PNS", "bulan pengangkatan"),
        ("198203142006043901", "PNS", "jenis kelamin"),
        ("198203142006042000", "PNS", "000"),
        ("1982031420060429O1", "PNS", "angka"),
        ("", "PNS", "kosong"),
    ],
)
def test_invalid_numbers_are_rejected_with_a_reason(nip, kind, fragment):
    c = check_nip(nip, kind, today=TODAY)
    assert not c.valid
    assert any(fragment in e for e in c.errors), c.errors


def test_month_13_is_allowed_for_pppk_only():
    assert not check_nip("198203142006132901", "PNS", today=TODAY).valid
    assert check_nip("198203142006132901", "PPPK", today=TODAY).valid


def test_ni_pppk_pattern_is_valid():
    c = check_nip("199105172024211907", "PPPK", today=TODAY)
    assert c.valid, c.errors
    assert c.appointed == (2024, 21) and c.sex == "L"


def test_appointed_at_eighteen_is_flagged_for_review():
    c = check_nip("198203142000042901", today=TODAY)
    assert c.valid
    assert any("usia 18" in w for w in c.warnings)


def test_appointment_in_the_future_is_an_error():
    assert not check_nip("199001012027012901", today=TODAY).valid


def test_format_prints_the_groups():
    assert format_nip("198203142006042901") == "19820314 200604 2 901"
