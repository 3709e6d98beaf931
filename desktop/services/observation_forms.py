"""Blank observation forms for the paper fallback: one per assignment (assessee x simulation x assessor).

When a laptop fails or a simulation runs where no screen can go, the assessor writes on paper and the
lead types the forms in later (rating forms in the name of any assessor). The paper form shows what the
screen shows: only the competencies the matrix marks for the simulation, with the title and indicators
of every level, a tick box per level and ruled space for the behavioural evidence. A QR code carries
``ASESMEN-FORM:{session_uuid}:{nip}:{simulation_code}:{assessor_name}`` so that a pile of filled forms
can be matched to the right form on screen; the same text is printed beside it.

Drawn like the result sheets (services.reports): embedded DejaVu fonts, extractable text, RAHASIA,
"Halaman n dari m", byte-identical output for identical input.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.domain.model import FormItem, FormView, SessionInfo
from desktop.domain.nip import format_nip
from desktop.domain.scoring import format_level
from desktop.services.files import write_atomic
from desktop.services.progress import Progress
from desktop.services.reports import (
    _GRID,
    _HEAD_BG,
    _INK,
    CREATOR,
    FONT,
    FONT_BOLD,
    _footer,
    _page_stamp,
    _paper,
    _periode,
    _render,
    _styles,
    _x,
    qr_drawing,
)

FORM_PREFIX = "ASESMEN-FORM:"
_MARGINS = (18 * mm, 18 * mm, 18 * mm, 20 * mm)  # left, right, top, bottom
_QR_SIZE = 30 * mm
EVIDENCE_LINES = 5


def form_code(form: FormView) -> str:
    """What the form's QR code carries (and what is printed beside it)."""
    return f"{FORM_PREFIX}{form.session_uuid}:{form.nip}:{form.simulation_code}:{form.assessor_name}"


class _TickBox(Flowable):
    """An empty square to tick."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(_INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class _Ruled(Flowable):
    """Ruled lines to write on."""

    def __init__(self, width: float, lines: int, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.width, self.lines, self.gap = width, lines, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.lines * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(_GRID)
        self.canv.setLineWidth(0.4)
        self.canv.setDash(1, 2)
        for i in range(self.lines):
            self.canv.line(0, i * self.gap, self.width, i * self.gap)


def _form_styles() -> dict[str, ParagraphStyle]:
    st = _styles()
    base = st["body"]
    st.update({
        "level": ParagraphStyle("level", parent=base, fontSize=7.2, leading=8.6),
        "level_no": ParagraphStyle("level_no", parent=base, fontName=FONT_BOLD, fontSize=10, leading=12),
        "level_half": ParagraphStyle("level_half", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9),
        "comp": ParagraphStyle("comp", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, leading=11),
        "code": ParagraphStyle("code", parent=base, fontSize=6.5, leading=8, textColor=_GRID),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11),
    })
    return st


def _whole_scale(form: FormView) -> tuple[int, ...]:
    levels = sorted({lv.level for item in form.items for lv in item.levels})
    return tuple(levels) or (1, 2, 3, 4, 5)


def scale_text(scale: Sequence[int | float]) -> str:
    """The scale as the paper form states it: "1 – 5, level bulat" or "1 – 5 dengan setengah level (1; 1,5; …)"."""
    first, last = format_level(scale[0]), format_level(scale[-1])
    if all(float(v).is_integer() for v in scale):
        return f"{first} – {last}, level bulat: centang satu kotak level"
    shown = "; ".join(format_level(v) for v in scale[:3])
    return f"{first} – {last} dengan setengah level ({shown}; … {last})"


def render_observation_form(info: SessionInfo, form: FormView, out: Path | BinaryIO, *, paper: str = "A4",
                            scale: Sequence[int | float] | None = None) -> None:
    """One blank observation form: header, then per competency its levels with tick boxes and ruled
    space for the behavioural evidence, then the assessor's signature.

    `scale`: the rating levels the session allows (SetupView.scale); by default the whole levels of the
    competencies. A half-level scale (1, 1.5, ... 5) adds a tick box for each half level between two
    levels, and the header states the scale."""
    pagesize = _paper(paper)
    st = _form_styles()
    scale = tuple(scale) if scale else _whole_scale(form)
    code = form_code(form)
    qr = qr_drawing(code, _QR_SIZE)
    # on every page, so that a loose page finds its form again (the assessor's name is cut first)
    owner = (f"No {form.participant_no} - {form.assessee_name.strip() or '-'} - NIP {format_nip(form.nip) or '-'}"
             f" - {form.simulation_code} - Asesor: {form.assessor_name}")

    def story(width: float) -> list[Flowable]:
        flow: list[Flowable] = [
            Paragraph(_x(info.provider).upper(), st["subhead"]),
            HRFlowable(width=width, thickness=1.2, color=_INK, spaceBefore=1 * mm, spaceAfter=2 * mm),
            Paragraph("FORMULIR OBSERVASI PERILAKU", st["title"]),
            Spacer(1, 2 * mm),
            _header(info, form, st, width, qr, scale),
            Paragraph(f"Kode formulir: {_x(code)}", st["code"]),
            Spacer(1, 2 * mm),
            Paragraph(
                "Petunjuk: catat perilaku yang teramati selama simulasi pada ruang bukti perilaku, lalu "
                "beri tanda ✓ pada <b>satu</b> kotak level untuk setiap kompetensi"
                + ("" if all(float(v).is_integer() for v in scale) else
                   " (kotak bertanda setengah, mis. 3,5, berarti di antara level 3 dan 4)")
                + ". Tulis dengan pena; "
                "coret sekali dan paraf bila mengubah. Formulir ini diketik ulang ke aplikasi oleh ketua "
                "asesor atau administrator.", st["note"]),
            Spacer(1, 1 * mm),
        ]
        for number, item in enumerate(form.items, start=1):
            flow += _competency_block(number, item, st, width, scale)
        if not form.items:
            flow.append(Paragraph("Matriks tidak menandai kompetensi apa pun untuk simulasi ini.", st["body"]))
        flow.append(KeepTogether([Spacer(1, 6 * mm), _signature(form, st, width)]))
        return flow

    def decorate(canv, doc: BaseDocTemplate, page: int) -> None:
        _footer(canv, doc, owner, draft=False)

    meta = {
        "title": f"Formulir Observasi - {form.simulation_code} - No {form.participant_no}",
        "author": info.provider or CREATOR,
        "subject": info.title,
    }
    _render(out, pagesize, _MARGINS, story, decorate, _page_stamp(pagesize, _MARGINS), meta)


def _header(info: SessionInfo, form: FormView, st: dict[str, ParagraphStyle], width: float, qr,
            scale: Sequence[int | float]) -> Table:
    simulation = form.simulation_code
    if form.simulation_name and form.simulation_name != form.simulation_code:
        simulation += f" - {form.simulation_name}"
    rows = [
        ("Sesi", info.title),
        ("Tanggal sesi", _periode(info.start_date, info.end_date)),
        ("Peserta", f"No {form.participant_no} - {form.assessee_name}"),
        ("NIP", format_nip(form.nip)),
        ("Simulasi", simulation),
        ("Asesor", form.assessor_name),
        ("Skala penilaian", scale_text(scale)),
    ]
    qr_w = _QR_SIZE + 4 * mm
    left_w = width - qr_w
    data = [[Paragraph(k, st["cell"]), Paragraph(":", st["cell"]), Paragraph(_x(v), st["cell_bold"])]
            for k, v in rows]
    data.append([Paragraph("Tanggal / waktu", st["cell"]), Paragraph(":", st["cell"]),
                 Paragraph("...... / ...... / ............ &nbsp; pukul ........ s.d. ........", st["cell"])])
    facts = Table(data, colWidths=[28 * mm, 4 * mm, left_w - 32 * mm], hAlign="LEFT")
    facts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, -1), (-1, -1), 5),
    ]))
    table = Table([[facts, qr]], colWidths=[left_w, qr_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _competency_block(number: int, item: FormItem, st: dict[str, ParagraphStyle], width: float,
                      scale: Sequence[int | float]) -> list[Flowable]:
    """The competency's heading, its levels (tick box, number, title and indicators) and the ruled
    space for evidence. The heading and the levels stay together; the evidence may go on."""
    heading = Table([[Paragraph(f"{number}. {_x(item.code)} {_x(item.name)}", st["comp"])]], colWidths=[width])
    heading.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, -1), _HEAD_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, _INK),
    ]))
    rows = []
    halves = [v for v in scale if not float(v).is_integer()]
    for lv in sorted(item.levels, key=lambda lv: lv.level):
        text = f"<b>{_x(lv.title)}</b>"
        indicators = [i.strip() for i in lv.indicators if str(i).strip()]
        if indicators:
            text += " — " + " • ".join(_x(i) for i in indicators)
        rows.append([_TickBox(4.2 * mm), Paragraph(str(lv.level), st["level_no"]), Paragraph(text, st["level"])])
        half = next((v for v in halves if lv.level < v < lv.level + 1), None)
        if half is not None:  # the half level between this level and the next
            rows.append([_TickBox(3.4 * mm), Paragraph(format_level(half), st["level_half"]),
                         Paragraph(f"<i>di antara level {lv.level} dan {lv.level + 1}</i>", st["level"])])
    levels: list[Flowable] = []
    if rows:
        number = 6 * mm if not halves else 9 * mm  # "3,5" on one line
        table = Table(rows, colWidths=[8 * mm, number, width - 8 * mm - number], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, _GRID),
        ]))
        levels.append(table)
    else:
        levels.append(Paragraph(f"Level: {' / '.join(format_level(v) for v in scale)} (lingkari satu)",
                                st["label"]))
    evidence = [
        Spacer(1, 1.5 * mm),
        Paragraph("<b>Bukti perilaku</b> (apa yang dikatakan / dilakukan peserta, dengan contoh):", st["label"]),
        _Ruled(width, EVIDENCE_LINES),
        Spacer(1, 3 * mm),
    ]
    return [KeepTogether([heading, *levels, *evidence[:3]]), *evidence[3:]]


def _signature(form: FormView, st: dict[str, ParagraphStyle], width: float) -> Table:
    left = [Paragraph("Catatan asesor:", st["label"]), _Ruled(width / 2 - 6 * mm, 3)]
    right = [
        Paragraph("Tanggal: ...... / ...... / ............", st["sign"]),
        Spacer(1, 2 * mm),
        Paragraph("Asesor,", st["sign"]),
        Spacer(1, 16 * mm),
        Paragraph(f"<u>{_x(form.assessor_name)}</u>", st["sign_name"]),
    ]
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def form_file_name(participant_no: int, simulation_code: str, assessor_index: int) -> str:
    """form-001-INTRAY-2.pdf: participant number, simulation, the assessor's place in the session's
    assessor list (1 = the first added). No names, so a file name leaks nobody's identity."""
    return f"form-{participant_no:03d}-{simulation_code}-{assessor_index}.pdf"


def write_observation_forms(service, session_uuid: str, folder: Path, progress: Progress | None = None, *,
                            paper: str = "A4") -> list[Path]:
    """A blank observation form for every assignment of the session, written atomically into `folder`.
    Reports progress per form; a cancel stops between forms (the forms already written stay whole)."""
    from desktop.services.setup import setup_view

    progress = progress or Progress()
    folder = Path(folder)
    info = service.info(session_uuid)
    view = setup_view(service, session_uuid)
    index = {a.name: i for i, a in enumerate(view.assessors, start=1)}
    board = service.progress_board(session_uuid)
    paths: list[Path] = []
    for i, summary in enumerate(board):
        name = form_file_name(summary.participant_no, summary.simulation_code, index.get(summary.assessor_name, 0))
        progress.report(i, len(board), name)
        form = service.form(session_uuid, summary.nip, summary.simulation_code, summary.assessor_name)
        buf = io.BytesIO()
        render_observation_form(info, form, buf, paper=paper, scale=view.scale)
        paths.append(write_atomic(folder / name, buf.getvalue()))
    progress.report(len(board), len(board), "")
    return paths
