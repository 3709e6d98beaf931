"""PDF reports: the individual result sheet, the session recap and the self-test page (domain.md 3.4).

Everything is drawn with platypus in the embedded DejaVuSans fonts, so the text is extractable and
prints the same on every machine. Each document is built with ``invariant=1`` (fixed ID and dates),
so identical input gives byte-identical output. "Halaman n dari m" needs the page total before the
last page is drawn: every document is built twice, the first time only to count its pages.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop import resources
from desktop.domain.errors import AsesmenError, ValidationError
from desktop.domain.model import AssesseeResult, Purpose, SessionInfo, SessionStatus
from desktop.domain.nip import format_nip

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

PAPERS: dict[str, tuple[float, float]] = {
    "A4": A4,
    "F4": (215 * mm, 330 * mm),  # folio, the usual paper of Indonesian offices
}

PURPOSE_LABELS = {
    Purpose.PEMETAAN: "Pemetaan Kompetensi",
    Purpose.PENGISIAN_JABATAN: "Pengisian Jabatan",
}

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)

DRAFT_NOTE = "DRAFT / BELUM FINAL"
CREATOR = "Asesmen"

_INK = colors.black
_GRID = colors.HexColor("#444444")
_HEAD_BG = colors.HexColor("#E4E4E4")
_TOTAL_BG = colors.HexColor("#F1F1F1")
_NEG_BG = colors.HexColor("#F6D5D5")
_NEG_INK = colors.HexColor("#A00000")

Out = Path | str | os.PathLike | BinaryIO


# --------------------------------------------------------------------------- fonts and styles


def register_fonts() -> None:
    """Register DejaVuSans and DejaVuSans-Bold as embedded TTFs (once; later calls do nothing)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (FONT, FONT_BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resources.font(f"{name}.ttf"))))
    # so that <b> inside a Paragraph picks the bold face instead of a built-in Helvetica
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, textColor=_INK, bulletFontName=FONT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12),
        "cell_c": ParagraphStyle("cell_c", parent=base, fontSize=9.5, leading=12, alignment=TA_CENTER),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=9.5, leading=12, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12,
                               alignment=TA_CENTER),
        "letterhead": ParagraphStyle("letterhead", parent=base, fontName=FONT_BOLD, fontSize=13,
                                     leading=16, alignment=TA_CENTER),
        "subhead": ParagraphStyle("subhead", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                                alignment=TA_CENTER, spaceBefore=4, spaceAfter=2),
        "status": ParagraphStyle("status", parent=base, fontSize=9.5, leading=12, alignment=TA_CENTER),
        "section": ParagraphStyle("section", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                                  spaceBefore=8, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=1),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
    }


# --------------------------------------------------------------------------- small formatters


def _paper(paper: str) -> tuple[float, float]:
    size = PAPERS.get(str(paper).strip().upper()) if isinstance(paper, str) else None
    if size is None:
        raise ValidationError(f"ukuran kertas tidak dikenal: {paper!r} (pilih A4 atau F4)")
    return size


def _tanggal(iso: str | None) -> str:
    """An ISO date as Indonesians write it: 5 Maret 2025. Anything else is printed as given."""
    if not iso:
        return "-"
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def _periode(start: str, end: str) -> str:
    if start and end and start != end:
        return f"{_tanggal(start)} - {_tanggal(end)}"
    return _tanggal(start or end)


def _jpm(value: float) -> str:
    """JPM with the Indonesian decimal comma and two decimals: 87.5 -> '87,50'."""
    return f"{value:.2f}".replace(".", ",")


def _gap(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def _purpose(purpose: Purpose | str) -> str:
    try:
        return PURPOSE_LABELS[Purpose(purpose)]
    except ValueError:
        return str(purpose)


def _x(text: object) -> str:
    """User text made safe for Paragraph markup; empty becomes '-'."""
    s = str(text).strip() if text is not None else ""
    return escape(s) if s else "-"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it fits a width on the canvas."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# --------------------------------------------------------------------------- building


PageDecorator = Callable[[Canvas, SimpleDocTemplate, int, int | None], None]


def _build_once(pagesize, margins, story: list[Flowable], decorate: PageDecorator, total: int | None,
                meta: dict[str, str]) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = 0

    def on_page(canv: Canvas, doc: SimpleDocTemplate) -> None:
        nonlocal pages
        pages = max(pages, canv.getPageNumber())
        canv.saveState()
        decorate(canv, doc, canv.getPageNumber(), total)
        canv.restoreState()

    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        invariant=1, creator=CREATOR, lang="id-ID", initialFontName=FONT, initialFontSize=10, **meta,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue(), pages


def _render(out: Out, pagesize, margins, make_story: Callable[[float], list[Flowable]],
            decorate: PageDecorator, meta: dict[str, str]) -> None:
    """Build twice (count pages, then draw 'n dari m'), then write the bytes in one go."""
    register_fonts()
    width = pagesize[0] - margins[0] - margins[1]
    total: int | None = None
    data = b""
    for _ in range(3):  # the footer never changes the layout, so the second pass is final
        data, pages = _build_once(pagesize, margins, make_story(width), decorate, total, meta)
        if pages == total:
            break
        total = pages
    _write(out, data)


def _write(out: Out, data: bytes) -> None:
    if isinstance(out, str | os.PathLike):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def _footer(canv: Canvas, doc: SimpleDocTemplate, page: int, total: int | None, left_text: str,
            draft: bool, keep: str = "") -> None:
    """RAHASIA at the top and bottom, a rule, who the page belongs to, and 'Halaman n dari m'."""
    pw, ph = doc.pagesize
    x0, x1 = doc.leftMargin, pw - doc.rightMargin
    canv.setFillColor(_INK)
    canv.setFont(FONT_BOLD, 10)
    canv.drawCentredString(pw / 2, ph - 11 * mm, "RAHASIA")
    if draft:
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(_NEG_INK)
        canv.drawRightString(x1, ph - 11 * mm, DRAFT_NOTE)
        canv.setFillColor(_INK)
    y = doc.bottomMargin - 6 * mm
    canv.setStrokeColor(_GRID)
    canv.setLineWidth(0.5)
    canv.line(x0, y + 3.5 * mm, x1, y + 3.5 * mm)
    canv.setFont(FONT, 8)
    pages = f"Halaman {page} dari {total if total else page}"
    canv.drawRightString(x1, y, pages)
    room = (x1 - x0) - pdfmetrics.stringWidth(pages + keep, FONT, 8) - 8 * mm
    canv.drawString(x0, y, _fit(left_text, FONT, 8, room) + keep)  # `keep` is never shortened
    canv.setFont(FONT_BOLD, 8)
    canv.drawCentredString(pw / 2, y - 4.5 * mm, "RAHASIA")


def _letterhead(info: SessionInfo, st: dict[str, ParagraphStyle], width: float, title: str) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(_x(info.provider).upper(), st["letterhead"])]
    if (info.agency or "").strip():
        flow.append(Paragraph(f"Instansi: {_x(info.agency)}", st["subhead"]))
    flow += [
        Spacer(1, 2 * mm),
        HRFlowable(width=width, thickness=1.4, color=_INK, spaceAfter=1),
        HRFlowable(width=width, thickness=0.4, color=_INK, spaceAfter=4 * mm),
        Paragraph(title, st["title"]),
    ]
    return flow


def _status_line(info: SessionInfo, st: dict[str, ParagraphStyle]) -> Paragraph:
    if info.status != SessionStatus.SEALED:
        return Paragraph(
            f'<font name="{FONT_BOLD}" color="#A00000">{DRAFT_NOTE}</font> - '
            "hasil belum disegel dan belum berlaku sebagai dokumen resmi", st["status"])
    text = f"Kode segel: <b>{_x(info.seal_code)}</b>"
    if info.valid_until:
        text += f" &nbsp;|&nbsp; Berlaku sampai: <b>{_tanggal(info.valid_until)}</b>"
    return Paragraph(text, st["status"])


def _bullets(items: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    items = [i for i in items if str(i).strip()]
    if not items:
        return [Paragraph("-", st["bullet"])]
    return [Paragraph(_x(i), st["bullet"], bulletText="•") for i in items]


def _grid_style(header_rows: int = 1) -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


# --------------------------------------------------------------------------- result sheet


def render_result_sheet(info: SessionInfo, result: AssesseeResult, out: Path | BinaryIO, *,
                        paper: str = "A4") -> None:
    """The individual result sheet (Laporan Individual Hasil Penilaian Kompetensi) of one assessee."""
    pagesize = _paper(paper)
    st = _styles()
    draft = info.status != SessionStatus.SEALED
    owner_nip = f" - NIP {format_nip(result.nip) or '-'}"

    def story(width: float) -> list[Flowable]:
        flow = _letterhead(info, st, width, "LAPORAN INDIVIDUAL HASIL PENILAIAN KOMPETENSI")
        flow.append(_status_line(info, st))
        flow += _identity(info, result, st, width)
        flow += _profile(result, st, width)
        flow.append(Paragraph("III. KEKUATAN DAN AREA PENGEMBANGAN", st["section"]))
        flow.append(Paragraph("<b>Kekuatan</b>", st["body"]))
        flow += _bullets(result.strengths, st)
        flow.append(Spacer(1, 2 * mm))
        flow.append(Paragraph("<b>Area Pengembangan</b>", st["body"]))
        flow += _bullets(result.development_areas, st)
        number = "IV"
        if result.placement_advice:  # mapping (pemetaan) only: BKN report item 18
            flow.append(KeepTogether([Paragraph("IV. SARAN PENEMPATAN", st["section"]),
                                      Paragraph(_x(result.placement_advice), st["body"])]))
            number = "V"
        heading = Paragraph(f"{number}. SARAN PENGEMBANGAN", st["section"])
        advice = _bullets(result.advice, st)
        # neither the heading nor the signatures stand alone on a page: they keep advice lines with them
        if len(advice) > 1:
            flow.append(KeepTogether([heading, advice[0]]))
            flow += advice[1:-1]
            tail = [advice[-1]]
        else:
            tail = [heading, *advice]
        flow.append(KeepTogether([*tail, Spacer(1, 6 * mm), _signatures(info, result, st, width)]))
        return flow

    def decorate(canv: Canvas, doc: SimpleDocTemplate, page: int, total: int | None) -> None:
        _footer(canv, doc, page, total, result.name.strip() or "-", draft, keep=owner_nip)

    meta = {
        "title": f"Laporan Individual Hasil Penilaian Kompetensi - {result.name}",
        "author": info.provider or CREATOR,
        "subject": info.title,
    }
    _render(out, pagesize, (20 * mm, 20 * mm, 18 * mm, 19 * mm), story, decorate, meta)


def _identity(info: SessionInfo, r: AssesseeResult, st: dict[str, ParagraphStyle],
              width: float) -> list[Flowable]:
    rows = [
        ("Nomor Peserta", str(r.participant_no)),
        ("Nama", r.name),
        ("NIP", format_nip(r.nip)),
        ("Golongan", r.golongan),
        ("Jabatan Saat Ini", r.current_position),
        ("Unit Kerja", r.unit),
        ("Jabatan Sasaran", r.target_position),
        ("Tujuan Penilaian", _purpose(info.purpose)),
        ("Tanggal Penilaian", _periode(info.start_date, info.end_date)),
        ("Tempat", info.venue),
    ]
    data = [[Paragraph(label, st["cell"]), Paragraph(":", st["cell"]), Paragraph(_x(value), st["cell"])]
            for label, value in rows]
    table = Table(data, colWidths=[42 * mm, 4 * mm, width - 46 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [Paragraph("I. IDENTITAS", st["section"]), table]


def _profile(r: AssesseeResult, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    head = [Paragraph(h, st["head"]) for h in ("No", "Kompetensi", "Standar", "Capaian", "Gap")]
    data: list[list] = [head]
    style = _grid_style()
    for i, c in enumerate(r.competencies, start=1):
        row = i
        gap = _gap(c.gap)
        if c.gap < 0:
            gap_cell = Paragraph(f'<font name="{FONT_BOLD}" color="#A00000">{gap}</font>', st["cell_c"])
            style.append(("BACKGROUND", (4, row), (4, row), _NEG_BG))
        else:
            gap_cell = Paragraph(gap, st["cell_c"])
        data.append([
            Paragraph(str(i), st["cell_c"]),
            Paragraph(_x(c.name), st["cell"]),
            Paragraph(str(c.standard), st["cell_c"]),
            Paragraph(str(c.achieved), st["cell_c"]),
            gap_cell,
        ])
    total_gap = r.total_achieved - r.total_standard
    bold_c = ParagraphStyle("bold_c", parent=st["cell_c"], fontName=FONT_BOLD)
    data.append([
        Paragraph("<b>Jumlah</b>", st["cell"]),
        "",
        Paragraph(str(r.total_standard), bold_c),
        Paragraph(str(r.total_achieved), bold_c),
        Paragraph(_gap(total_gap), bold_c),
    ])
    style += [("BACKGROUND", (0, -1), (-1, -1), _TOTAL_BG), ("SPAN", (0, -1), (1, -1))]
    if total_gap < 0:
        style.append(("BACKGROUND", (4, -1), (4, -1), _NEG_BG))
    num = 20 * mm
    table = Table(data, colWidths=[10 * mm, width - 10 * mm - 3 * num, num, num, num], repeatRows=1)
    table.setStyle(TableStyle(style))
    summary = (
        f"Total capaian <b>{r.total_achieved}</b> dari standar <b>{r.total_standard}</b> "
        f"= JPM <b>{_jpm(r.jpm)} %</b> (Job Person Match)"
    )
    category = f"Kategori: <b>{_x(r.category_label)} ({_x(r.category_code)})</b>"
    if r.potential_band:
        category += f" &nbsp;·&nbsp; Masukan sumbu potensial talenta (9-box): <b>{_x(r.potential_band)}</b>"
    note = "Gap = Capaian - Standar. Gap negatif dicetak tebal merah dengan latar merah muda."
    return [
        Paragraph("II. PROFIL KOMPETENSI", st["section"]),
        table,
        Spacer(1, 1.5 * mm),
        Paragraph(note, st["small"]),
        Spacer(1, 3 * mm),
        KeepTogether([Paragraph(summary, st["body"]), Paragraph(category, st["body"])]),
    ]


def _signatures(info: SessionInfo, r: AssesseeResult, st: dict[str, ParagraphStyle],
                width: float) -> Flowable:
    def block(role: str, name: str) -> list[Flowable]:
        shown = _x(name) if name.strip() else "(" + "." * 40 + ")"
        return [
            Paragraph(role, st["sign"]),
            Spacer(1, 18 * mm),
            Paragraph(f"<u>{shown}</u>" if name.strip() else shown, st["sign_name"]),
        ]

    table = Table(
        [[block("Asesor Penanggung Jawab,", r.responsible_assessor),
          block("Pimpinan Penyelenggara,", info.provider_head)]],
        colWidths=[width / 2, width / 2],
    )
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


# --------------------------------------------------------------------------- recap


def render_recap(info: SessionInfo, results: Sequence[AssesseeResult], out: Path | BinaryIO, *,
                 paper: str = "A4", interrater=None) -> None:
    """The session recap: every assessee with JPM and category, then the count per category, and
    with `interrater` (services.meeting.InterRater) the inter-rater statistics as an appendix."""
    pagesize = landscape(_paper(paper))
    st = _styles()
    draft = info.status != SessionStatus.SEALED
    ordered = sorted(results, key=lambda r: (r.participant_no, r.name, r.nip))

    def story(width: float) -> list[Flowable]:
        flow = _letterhead(info, st, width, "REKAPITULASI HASIL PENILAIAN KOMPETENSI")
        flow.append(_status_line(info, st))
        flow.append(Spacer(1, 4 * mm))
        rows = [
            ("Kegiatan", info.title),
            ("Tujuan Penilaian", _purpose(info.purpose)),
            ("Tanggal Penilaian", _periode(info.start_date, info.end_date)),
            ("Tempat", info.venue),
            ("Jumlah Peserta", str(len(ordered))),
        ]
        facts = Table(
            [[Paragraph(k, st["cell"]), Paragraph(":", st["cell"]), Paragraph(_x(v), st["cell"])]
             for k, v in rows],
            colWidths=[40 * mm, 4 * mm, width - 44 * mm], hAlign="LEFT",
        )
        facts.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        flow += [facts, Spacer(1, 5 * mm), _recap_table(ordered, st, width), Spacer(1, 6 * mm)]
        flow.append(KeepTogether([
            Paragraph("Jumlah Peserta per Kategori", st["section"]),
            _category_table(info, ordered, st),
        ]))
        if interrater is not None:
            flow += _interrater_appendix(interrater, st, width)
        return flow

    def decorate(canv: Canvas, doc: SimpleDocTemplate, page: int, total: int | None) -> None:
        _footer(canv, doc, page, total, f"Rekapitulasi - {info.title}", draft)

    meta = {
        "title": f"Rekapitulasi Hasil Penilaian Kompetensi - {info.title}",
        "author": info.provider or CREATOR,
        "subject": info.title,
    }
    _render(out, pagesize, (15 * mm, 15 * mm, 18 * mm, 20 * mm), story, decorate, meta)


def _alpha(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}".replace(".", ",")


def _interrater_appendix(stats, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Agreement per competency (Krippendorff's alpha, interval) and each assessor's leniency."""
    head = [Paragraph(h, st["head"]) for h in ("Kompetensi", "Alpha Krippendorff", "Peserta dinilai ≥ 2 kali")]
    rows: list[list] = [head] + [
        [Paragraph(_x(f"{c.code} {c.name}"), st["cell"]), Paragraph(_alpha(c.alpha), st["cell_c"]),
         Paragraph(str(c.assessees), st["cell_c"])]
        for c in stats.competencies
    ]
    rows.append([Paragraph("<b>Seluruh kompetensi</b>", st["cell"]),
                 Paragraph(f"<b>{_alpha(stats.overall_alpha)}</b>", st["cell_c"]), ""])
    agreement = Table(rows, colWidths=[width * 0.5, width * 0.2, width * 0.3], repeatRows=1, hAlign="LEFT")
    agreement.setStyle(TableStyle(_grid_style()))
    head = [Paragraph(h, st["head"]) for h in ("Asesor", "Rata-rata selisih dari panel", "Jumlah penilaian")]
    rows = [head] + [
        [Paragraph(_x(a.assessor), st["cell"]),
         Paragraph(f"{a.mean_deviation:+.2f}".replace(".", ","), st["cell_c"]),
         Paragraph(str(a.ratings), st["cell_c"])]
        for a in stats.assessors
    ]
    lenient = Table(rows, colWidths=[width * 0.5, width * 0.2, width * 0.3], repeatRows=1, hAlign="LEFT")
    lenient.setStyle(TableStyle(_grid_style()))
    note = ("Alpha 1 berarti penilaian antar-simulasi dan antar-asesor sepakat penuh; 0 berarti tidak lebih "
            "baik dari kebetulan. Selisih positif: asesor cenderung memberi level lebih tinggi daripada "
            "anggota panel lain untuk peserta dan kompetensi yang sama; negatif: lebih rendah.")
    return [
        PageBreak(),
        Paragraph("Lampiran: Statistik Antar-Penilai", st["section"]),
        Paragraph(note, st["small"]),
        Spacer(1, 3 * mm),
        agreement,
        Spacer(1, 6 * mm),
        KeepTogether([Paragraph("Kecenderungan asesor (kemurahan / ketegasan)", st["section"]), lenient]),
    ]


def _recap_table(ordered: Sequence[AssesseeResult], st: dict[str, ParagraphStyle], width: float) -> Table:
    head = [Paragraph(h, st["head"]) for h in ("No", "NIP", "Nama", "Jabatan Sasaran", "JPM (%)", "Kategori")]
    data: list[list] = [head]
    for r in ordered:
        data.append([
            Paragraph(str(r.participant_no), st["cell_c"]),
            Paragraph(_x(format_nip(r.nip)), st["cell"]),
            Paragraph(_x(r.name), st["cell"]),
            Paragraph(_x(r.target_position), st["cell"]),
            Paragraph(_jpm(r.jpm), st["cell_c"]),
            Paragraph(f"{_x(r.category_label)} ({_x(r.category_code)})", st["cell"]),
        ])
    style = _grid_style()
    if not ordered:
        data.append([Paragraph("Belum ada peserta.", st["cell"]), "", "", "", "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    fixed = [14 * mm, 46 * mm, 0, 0, 20 * mm, 48 * mm]
    rest = width - sum(fixed)
    widths = [fixed[0], fixed[1], rest * 0.45, rest * 0.55, fixed[4], fixed[5]]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _category_table(info: SessionInfo, ordered: Sequence[AssesseeResult],
                    st: dict[str, ParagraphStyle]) -> Table:
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}
    best: dict[str, float] = {}
    for r in ordered:
        counts[r.category_code] = counts.get(r.category_code, 0) + 1
        labels.setdefault(r.category_code, r.category_label)
        best[r.category_code] = max(best.get(r.category_code, r.jpm), r.jpm)
    # the scheme of the purpose gives the order and shows empty categories as 0
    for cat in _scheme(info.purpose):
        labels.setdefault(cat["code"], cat["label"])
    order = [c["code"] for c in _scheme(info.purpose) if c["code"] in labels]
    order += sorted((c for c in labels if c not in order), key=lambda c: -best.get(c, 0))
    data: list[list] = [[Paragraph(h, st["head"]) for h in ("Kategori", "Jumlah")]]
    for code in order:
        data.append([Paragraph(f"{_x(labels[code])} ({_x(code)})", st["cell"]),
                     Paragraph(str(counts.get(code, 0)), st["cell_c"])])
    data.append([Paragraph("<b>Jumlah</b>", st["cell"]), Paragraph(f"<b>{len(ordered)}</b>", st["cell_c"])])
    style = _grid_style() + [("BACKGROUND", (0, -1), (-1, -1), _TOTAL_BG)]
    table = Table(data, colWidths=[70 * mm, 25 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _scheme(purpose: Purpose | str) -> list[dict]:
    """The bundled category scheme of a purpose (only for order and zero rows), or [] if unreadable."""
    try:
        schemes = resources.load_json("rules", "rules.json").get("category_schemes", {})
        return [c for c in schemes.get(str(Purpose(purpose).value), []) if "code" in c and "label" in c]
    except (AsesmenError, ValueError, AttributeError):  # a recap must still print without them
        return []


# --------------------------------------------------------------------------- self-test


def render_self_test_pdf(out: Path | BinaryIO) -> None:
    """One small page of Indonesian text in the embedded fonts, for `asesmen --self-test`."""
    st = _styles()

    def story(width: float) -> list[Flowable]:
        return [
            Paragraph("UJI MANDIRI ASESMEN", st["title"]),
            Spacer(1, 4 * mm),
            Paragraph("Berkas ini dibuat oleh pemeriksaan mandiri aplikasi Asesmen. Jika Anda dapat "
                      "membacanya, pembuatan PDF dengan fon DejaVuSans yang tertanam berfungsi dengan baik.",
                      st["body"]),
            Spacer(1, 2 * mm),
            Paragraph("<b>Contoh huruf tebal:</b> Penilaian Kompetensi Aparatur Sipil Negara "
                      "- “kutipan”, tanda ≥ ≤ ±, dan angka 0123456789.", st["body"]),
        ]

    def decorate(canv: Canvas, doc: SimpleDocTemplate, page: int, total: int | None) -> None:
        pw = doc.pagesize[0]
        canv.setFont(FONT, 8)
        canv.drawCentredString(pw / 2, 10 * mm, f"Halaman {page} dari {total or page}")

    size = (148 * mm, 105 * mm)  # A6 landscape: one small page
    meta = {"title": "Uji mandiri Asesmen", "author": CREATOR, "subject": "Uji pembuatan PDF"}
    _render(out, size, (12 * mm, 12 * mm, 12 * mm, 16 * mm), story, decorate, meta)
