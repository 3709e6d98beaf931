"""build.spec without running PyInstaller: it parses, it bundles every resource the code asks for.

The spec is executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT, so what it would hand
to PyInstaller can be checked in a second or two. `make frozen` does the real build and its self-test.
"""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

import desktop

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
RESOURCES = ROOT / "resources"
RESOURCE_FUNCS = {"path", "load_json", "font"}  # desktop.resources helpers taking path parts


def _literal_parts(call: ast.Call) -> list[str] | None:
    parts = []
    for arg in call.args:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            parts.append(arg.value)
        elif isinstance(arg, ast.JoinedStr):
            parts.append("".join(v.value if isinstance(v, ast.Constant) else "*" for v in arg.values))
        else:
            return None  # a plain variable: nothing to check statically
    return parts or None


def _referenced_resources() -> set[str]:
    """Resource paths named in desktop/ code, as glob patterns (f-string fields become '*').

    Finds resources.path(...), resources.load_json(...) and resources.font(...) everywhere, and the
    bare path()/load_json() calls inside desktop/resources.py itself.
    """
    found = set()
    for py in (ROOT / "desktop").rglob("*.py"):
        inside = py == ROOT / "desktop" / "resources.py"
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "resources":
                name = f.attr
            elif inside and isinstance(f, ast.Name):
                name = f.id
            else:
                continue
            parts = _literal_parts(node) if name in RESOURCE_FUNCS else None
            if parts:
                found.add("/".join(["fonts", *parts] if name == "font" else parts))
    return found


def _resource_files() -> list[str]:
    return [p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if p.is_file()]


def test_every_resource_the_code_names_exists():
    refs = _referenced_resources()
    assert any(r.startswith("fonts/") for r in refs) and any(r.startswith("rules/") for r in refs)
    files = _resource_files()
    for pattern in sorted(refs):
        # A compiled .qm is a build product (make translations / build.spec): its .ts source counts.
        wanted = [pattern, pattern[:-3] + ".ts"] if pattern.endswith(".qm") else [pattern]
        assert any(fnmatch.filter(files, w) for w in wanted), f"resources/{pattern} is referenced but missing"


def test_spec_parses_and_the_version_has_one_source():
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop.__version__ == project["version"], "desktop/__init__.py and pyproject.toml disagree"


class _Recorder:
    """Stand-in for a PyInstaller build target: remembers its arguments."""

    calls: dict[str, _Recorder] = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []  # TOCs: filled by PyInstaller
        self.calls[type(self).__name__] = self


@pytest.fixture(scope="module")
def spec(tmp_path_factory) -> SimpleNamespace:
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyi-work")
    targets = {name: type(name, (_Recorder,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace = {"SPECPATH": str(ROOT), "workpath": str(work), "DISTPATH": str(work / "dist"),
                 "__file__": str(SPEC), **targets}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return SimpleNamespace(work=work, **_Recorder.calls)


def test_spec_is_a_one_folder_console_build_named_after_the_project(spec):
    assert spec.EXE.kwargs["name"] == spec.COLLECT.kwargs["name"] == "asesmen"
    assert spec.EXE.kwargs["exclude_binaries"] is True  # one folder: libraries live beside the executable
    assert spec.EXE.kwargs["console"] is True  # the CLI (--self-test, demo, ...) writes to the console
    assert not spec.EXE.kwargs.get("upx") and not spec.COLLECT.kwargs.get("upx")
    (script,) = spec.Analysis.args[0]
    assert Path(script) == ROOT / "desktop" / "__main__.py" and Path(script).is_file()


def test_spec_ships_resources_but_not_translation_sources_or_screenshots(spec):
    shipped = {(Path(dest) / Path(src).name).as_posix() for src, dest in spec.Analysis.kwargs["datas"]}
    assert all(dest.startswith("resources") for _, dest in spec.Analysis.kwargs["datas"])
    for rel in _resource_files():
        if rel.endswith(".ts"):
            assert f"resources/{rel}" not in shipped
            compiled = f"resources/{rel[:-3]}.qm"
            assert compiled in shipped, f"{compiled} is not compiled into the bundle"
            assert (spec.work / "i18n" / Path(compiled).name).stat().st_size > 0
        elif rel.startswith("screenshots/"):  # pictures for the README, not for the application
            assert f"resources/{rel}" not in shipped
        elif not rel.endswith(".qm"):
            assert f"resources/{rel}" in shipped, f"resources/{rel} is not bundled"


def test_spec_names_the_imports_pyinstaller_cannot_see(spec):
    hidden = set(spec.Analysis.kwargs["hiddenimports"])
    modules = {".".join(p.relative_to(ROOT).with_suffix("").parts) for p in (ROOT / "desktop").rglob("*.py")}
    modules = {m.removesuffix(".__init__") for m in modules if not m.endswith("__main__")}
    assert modules <= hidden, f"not collected: {sorted(modules - hidden)}"
    assert {"desktop.gui.application", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg",
            "psycopg", "psycopg_binary"} <= hidden
    excludes = set(spec.Analysis.kwargs["excludes"])
    assert {"tkinter", "numpy", "matplotlib", "PySide6.QtWebEngineCore", "PySide6.QtQml"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excludes
