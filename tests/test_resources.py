"""Bundled files are read-only for their callers: a change to what one caller got is not seen by the next."""

import pytest

from desktop import resources


def test_changing_a_loaded_file_does_not_change_it_for_the_next_caller():
    first = resources.load_json("sample", "demo.json")
    first["assessees"][0]["nip"] = "000"
    first["session"]["title"] = "diubah"
    again = resources.load_json("sample", "demo.json")
    assert again["assessees"][0]["nip"] == "198203142006042901"
    assert again["session"]["title"] != "diubah"


def test_paths_outside_resources_are_refused():
    with pytest.raises(ValueError):
        resources.load_json("..", "pyproject.toml")
