"""The rating page of the main window: the signed-in assessor's forms, or (for the lead and the
administrator) any assessor's forms, typed in from paper with the typist recorded in the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.gui import i18n
from desktop.gui.rating_form import RatingFormWidget
from desktop.services.assessment import AssessmentService


class RatingPage(QWidget):
    rating_saved = Signal(str, str, str)
    form_submitted = Signal(str, str)

    def __init__(self, service: AssessmentService, session_uuid: str, assessors: list[str],
                 fixed: bool, parent: QWidget | None = None, language: str = i18n.SOURCE_LANGUAGE) -> None:
        """`assessors`: whose forms may be shown; `fixed`: the signed-in assessor's own, no choice;
        `language`: how half levels are written ("3,5" in Indonesian, "3.5" in English)."""
        super().__init__(parent)
        self._service, self._uuid, self._language = service, session_uuid, language
        self.form: RatingFormWidget | None = None
        self.assessor_combo = QComboBox()
        self.assessor_combo.setAccessibleName(self.tr("Asesor"))
        self.assessor_combo.addItems(assessors)
        label = QLabel(self.tr("Formulir &asesor:"))
        label.setBuddy(self.assessor_combo)
        note = QLabel(self.tr("Penilaian dari formulir kertas diketik atas nama asesornya; log audit "
                              "mencatat siapa yang mengetik."))
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.assessor_combo)
        top.addWidget(note, 1)
        self.chooser = QWidget()
        self.chooser.setLayout(top)
        self.chooser.setVisible(not fixed)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.chooser)
        self.assessor_combo.currentTextChanged.connect(self._on_assessor_changed)
        self._on_assessor_changed(self.assessor_combo.currentText())

    @Slot(str)
    def _on_assessor_changed(self, name: str) -> None:
        if self.form is not None:
            self.form.flush()
            self._layout.removeWidget(self.form)
            self.form.deleteLater()
        self.form = RatingFormWidget(self._service, self._uuid, name, self._language)
        self.form.rating_saved.connect(self.rating_saved)
        self.form.form_submitted.connect(self.form_submitted)
        self._layout.addWidget(self.form, 1)

    def open_form(self, nip: str, simulation_code: str, assessor: str) -> bool:
        if assessor != self.assessor_combo.currentText():
            index = self.assessor_combo.findText(assessor)
            if index < 0:
                return False
            self.assessor_combo.setCurrentIndex(index)
        if self.form is None or not self.form.open_form(nip, simulation_code):
            return False
        self.form.focus_first()
        return True

    def shutdown(self) -> None:
        """Store what is typed before the page (and the store) goes away."""
        if self.form is not None:
            self.form.flush()
