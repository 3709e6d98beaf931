import pytest

from desktop import resources
from desktop.domain.errors import ValidationError
from desktop.domain.golongan import parse_golongan

PANGKAT = resources.load_json("rules", "golongan.json")["pangkat"]


@pytest.mark.parametrize("raw", ["III/c", "III.c", "IIIc", "3c", "3/c", "iii/c", " III / c ", "33", "III-c"])
def test_written_variants_of_iii_c(raw):
    g = parse_golongan(raw, PANGKAT)
    assert g.code == "III/c" and g.pangkat == "Penata" and not g.pppk


def test_iv_e_exists_but_iii_e_does_not():
    assert parse_golongan("IV/e", PANGKAT).pangkat == "Pembina Utama"
    with pytest.raises(ValidationError):
        parse_golongan("III/e", PANGKAT)


@pytest.mark.parametrize("raw", ["IX", "XVII", "gol. IX"])
def test_pppk_roman_golongan(raw):
    g = parse_golongan(raw)
    assert g.pppk and g.code in {"IX", "XVII"}


@pytest.mark.parametrize("raw", ["", "V/a", "XVIII", "5a", "abc"])
def test_unknown_golongan_is_rejected(raw):
    with pytest.raises(ValidationError):
        parse_golongan(raw)
