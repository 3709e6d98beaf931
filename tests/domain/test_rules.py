import pytest

from desktop import resources
from desktop.domain.errors import ValidationError
from desktop.domain.rules import competencies_from_dict, competency_aliases, rules_from_dict


def test_every_rules_file_is_versioned():
    files = resources.rule_files()
    assert set(files) == {"rules", "competencies", "simulations", "ninebox", "golongan", "training"}
    assert all(f.get("version") for f in files.values())


def test_nine_competencies_with_five_levels_and_indicators():
    comps = competencies_from_dict(resources.load_json("rules", "competencies.json"))
    assert [c.code for c in comps] == ["M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1"]
    assert sum(c.kind == "manajerial" for c in comps) == 8
    for c in comps:
        assert [lv.level for lv in c.levels] == [1, 2, 3, 4, 5]
        assert all(lv.title and len(lv.indicators) == 3 for lv in c.levels)


def test_spelling_variants_map_to_one_code():
    aliases = competency_aliases(resources.load_json("rules", "competencies.json"))
    assert aliases["kerjasama"] == aliases["kerja sama"] == "M.2"
    assert aliases["pengelolaan perubahan"] == "M.7"


def test_category_schemes_per_purpose_are_data():
    rules = rules_from_dict(resources.load_json("rules", "rules.json"))
    assert [c.code for c in rules.scheme("pengisian_jabatan")] == ["MS", "MMS", "KMS"]
    assert [c.min_jpm for c in rules.scheme("pemetaan")] == [90, 78, 0]
    with pytest.raises(ValidationError):
        rules.scheme("promosi")


def test_ninebox_has_nine_boxes_on_three_by_three_bands():
    nb = resources.load_json("rules", "ninebox.json")
    pairs = {(b["performance"], b["potential"]) for b in nb["boxes"]}
    assert len(nb["boxes"]) == 9 and len(pairs) == 9
    assert next(b for b in nb["boxes"] if b["box"] == 8)["potential"] == "tinggi"


def test_a_broken_rules_file_gives_a_readable_error():
    with pytest.raises(ValidationError, match="aturan"):
        rules_from_dict({"version": "x"})


def test_resource_paths_cannot_escape():
    with pytest.raises(ValueError):
        resources.path("..", "pyproject.toml")
