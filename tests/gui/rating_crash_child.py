"""Child process of the GUI crash test: the real rating form, offscreen, filled with typed digits.

For every digit it prints "try <n> <nip> <simulation> <competency> <level>" before the key and
"saved <n> <nip> <simulation> <competency> <level>" once the row says "tersimpan": exactly what an
assessor would take as saved. It cycles over the assessor's forms and their competencies, always
choosing a level different from the one on screen so that every key really writes.
"""

from __future__ import annotations

import itertools
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.gui.rating_form import RatingFormWidget, RowState  # noqa: E402
from desktop.services.assessment import AssessmentService  # noqa: E402
from desktop.services.stores import open_centre_store  # noqa: E402

SAVED_TEXT = "✓ tersimpan"


def main(path: str) -> int:
    app = QApplication([sys.argv[0]])
    store = open_centre_store(path)
    service = AssessmentService(store, actor="crash-gui")
    uuid = service.sessions()[0].uuid
    assessor = service.progress_board(uuid)[0].assessor_name
    widget = RatingFormWidget(service, uuid, assessor)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    for _ in range(200):  # the keyboard goes to the active window only
        app.processEvents()
        if QApplication.activeWindow() is widget:
            break
    else:
        print("error: the window never became active", flush=True)
        return 2
    print("ready", flush=True)
    n = 0
    for index in itertools.cycle(range(widget.form_list.count())):
        widget.form_list.setCurrentRow(index)
        widget.form_list.setFocus()
        QTest.keyClick(widget.form_list, Qt.Key.Key_Return)  # Enter: to the form's first competency
        form = widget.form
        for row in widget.rows:
            if QApplication.focusWidget() is not row.selector:
                print(f"error: the keyboard is not on {row.item.code}", flush=True)
                return 3
            level = n % 5 + 1
            if level == row.selector.level():
                level = level % 5 + 1
            what = f"{n} {form.nip} {form.simulation_code} {row.item.code} {level}"
            print(f"try {what}", flush=True)
            QTest.keyClick(row.selector, str(level))
            if row.state is not RowState.SAVED or row.state_label.text() != SAVED_TEXT:
                print(f"error: not saved: {what}: {row.state_text()}", flush=True)
                return 4
            print(f"saved {what}", flush=True)
            n += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
