"""`python -m desktop.gui.screenshots OUTDIR`: every main screen on the sample data (`make screenshots`).

The main window over the sealed sample session in both languages and at 200 % scale, then each
screen module's own `screenshot()` (sign-in, setup, import, rating form, progress board).

Runs offscreen on a temporary store and temporary settings; the user's own data and settings are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)
SHOTS = (("id", "main_window.png"), ("en", "main_window_en.png"))


def build_sample_store(path: Path) -> str:
    """The sample session, integrated and sealed, in a new store at `path`. Returns its uuid."""
    from desktop.services.assessment import AssessmentService
    from desktop.services.demo import finish_by_consensus, load_demo
    from desktop.services.stores import open_centre_store

    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="screenshots")
        uuid = load_demo(service)
        finish_by_consensus(service, uuid)
        return uuid
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.gui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--only-main", action="store_true", help="only the main window (e.g. at another scale)")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. @2x")
    parser.add_argument("--check", action="store_true",
                        help="list every control whose text is cut off, and exit 1 if there is one")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings

    from desktop.gui import i18n, shots
    from desktop.gui.application import create_main_window, ensure_application

    if args.check:
        shots.clipped_report = []

    app = ensure_application()
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="asesmen-shots-") as tmp:
        store_path = Path(tmp) / "centre.sqlite"
        uuid = build_sample_store(store_path)
        for lang, name in SHOTS:
            qm = None
            if lang != i18n.SOURCE_LANGUAGE and not i18n.qm_file(lang).is_file():
                qm = i18n.compile_translation(i18n.ts_file(lang), Path(tmp) / f"asesmen_{lang}.qm")
            translator = i18n.install_translator(lang, qm)
            try:
                settings = QSettings(str(Path(tmp) / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
                window = create_main_window(store_path, lang, settings, actor="screenshots")
                window.resize(*SIZE)
                window.show()
                window.select_session(uuid)
                window.sessions_view.setFocus()
                app.processEvents()
                target = shots.grab(window, args.outdir / name.replace(".png", f"{args.suffix}.png"))
                print(target)
                window.close()
                window.deleteLater()
                app.processEvents()
            finally:
                i18n.remove_translator(translator)
    if not args.only_main:
        _screens(args.outdir, args.suffix)
    for line in shots.clipped_report or ():
        print(f"cut off: {line}", file=sys.stderr)
    return 1 if shots.clipped_report else 0


def _screens(outdir: Path, suffix: str) -> None:
    """Each screen module's own screenshots; `suffix` goes before .png."""
    from desktop.gui import (
        central_window,
        check_sheet,
        delivery,
        import_wizard,
        login,
        meeting,
        printing,
        progress_board,
        rating_form,
        session_setup,
        talent_views,
        trust_list,
    )

    for module in (login, session_setup, import_wizard, rating_form, progress_board, meeting, printing,
                   check_sheet, delivery, central_window, trust_list, talent_views):
        for path in module.screenshot(outdir):
            if suffix:
                path = path.replace(path.with_name(f"{path.stem}{suffix}.png"))
            print(path)


if __name__ == "__main__":
    sys.exit(main())
