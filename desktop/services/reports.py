"""PDF reports: the individual result sheet, the session recap and the self-test page (domain.md 3.4).

Everything is drawn with platypus in the embedded DejaVuSans fonts, so the text is extractable and
prints the same on every machine. Each document is built with ``invariant=1`` (fixed ID and dates),
so identical input gives byte-identical output. "Halaman n dari m" needs the page total: the canvas
holds the finished pages and stamps the total on each when the document ends (one build).

A sealed session's result sheet carries its verification code (domain.verification) in a box and as
a QR code on every page; an unsealed one carries a DRAFT watermark and no code.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import math
import os
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
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
_WATERMARK = colors.HexColor("#DADADA")

Out = Path | str | os.PathLike | BinaryIO


# --------------------------------------------------------------------------- fonts and styles


def register_fonts() -> None:
    """Register DejaVuSans and DejaVuSans-Bold as embedded TTFs (once; later calls do nothing).

    Also: streams are written zlib-compressed only, without the extra ASCII85 layer (reportlab's
    default, done in pure Python here): smaller files, written faster."""
    rl_config.useA85 = 0
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (FONT, FONT_BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resources.font(f"{name}.ttf"))))
    # so that <b> inside a Paragraph picks the bold face instead of a built-in Helvetica
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles (made once; each caller gets its own dict to extend)."""
    return dict(_make_styles())


@functools.cache
def _make_styles() -> dict[str, ParagraphStyle]:
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
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12),
        "bold_c": ParagraphStyle("bold_c", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12,
                                 alignment=TA_CENTER),
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


def _plain(text: object) -> str:
    """User text for a _Line (no markup); empty becomes '-'."""
    s = str(text).strip() if text is not None else ""
    return s or "-"


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


Run = tuple[str, str, colors.Color | None]  # text, font, colour (None: the style's)


def bold(text: str, color: colors.Color | None = None) -> Run:
    return (text, FONT_BOLD, color)


class _Line(Flowable):
    """One line of text in a paragraph style, in runs of fonts and colours, drawn where a Paragraph of
    the same text would draw it. Most of a sheet's paragraphs are such lines (headings, labels,
    summaries); parsing their markup and breaking them into lines cost more than the rest of the page
    around the competency table. Made by `_text`, which falls back to a Paragraph when it does not fit."""

    def __init__(self, runs: Sequence[Run], style: ParagraphStyle, text_width: float,
                 underline: bool = False) -> None:
        super().__init__()
        self.runs, self.style, self.text_width, self.underline = runs, style, text_width, underline
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        st, canv = self.style, self.canv
        free = self.width - st.leftIndent - st.rightIndent - self.text_width
        x = st.leftIndent + {TA_CENTER: free / 2, TA_RIGHT: free}.get(st.alignment, 0)
        y = self.height - st.fontSize  # the first baseline of a Paragraph
        text = canv.beginText(x, y)
        for run, font, color in self.runs:
            text.setFont(font, st.fontSize)
            text.setFillColor(color or st.textColor)
            text.textOut(run)
        canv.drawText(text)
        if self.underline:
            canv.setStrokeColor(st.textColor)
            canv.setLineWidth(0.5)
            canv.line(x, y - 0.125 * st.fontSize, x + self.text_width, y - 0.125 * st.fontSize)


def _text(style: ParagraphStyle, width: float, *parts: str | Run, underline: bool = False) -> Flowable:
    """`parts` (plain text in the style's font, or runs such as `bold(...)`) as one _Line when they fit
    `width` on one line, else as a Paragraph of the same text, which wraps."""
    runs = [(p, style.fontName, None) if isinstance(p, str) else p for p in parts]
    size = style.fontSize
    text_width = sum(pdfmetrics.stringWidth(t, f, size) for t, f, _ in runs)
    if text_width <= width - style.leftIndent - style.rightIndent and not any("\n" in t for t, _, _ in runs):
        return _Line(runs, style, text_width, underline)
    markup = ""
    for t, font, color in runs:
        piece = escape(t)
        if font != style.fontName:
            piece = f'<font name="{font}">{piece}</font>'
        if color is not None:
            piece = f'<font color="#{color.hexval()[2:]}">{piece}</font>'
        markup += piece
    return Paragraph(f"<u>{markup}</u>" if underline else markup, style)


# --------------------------------------------------------------------------- building


PageDecorator = Callable[[Canvas, BaseDocTemplate, int], None]  # drawn as a page begins (under the text)
PageStamp = Callable[[Canvas, int, int], None]  # drawn once the page total is known: (canvas, page, total)


class _HeldPagesCanvas(Canvas):
    """Holds every finished page until the document ends, then stamps each with the page total.

    "Halaman n dari m" needs m before page n is emitted; holding the pages (the usual reportlab
    recipe) gives it in one build instead of building the whole document twice.
    """

    def __init__(self, *args, stamp: PageStamp, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.saveState()
            self._stamp(self, self._pageNumber, total)
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


def _render(out: Out, pagesize, margins, make_story: Callable[[float], list[Flowable]],
            decorate: PageDecorator, stamp: PageStamp, meta: dict[str, str]) -> None:
    """Build the document once, then write the bytes in one go (nothing is written on an error)."""
    register_fonts()
    buf = io.BytesIO()

    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        decorate(canv, doc, canv.getPageNumber())
        canv.restoreState()

    left, right, top, bottom = margins
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        invariant=1, creator=CREATOR, lang="id-ID", initialFontName=FONT, initialFontSize=10, **meta,
    )
    # no frame padding: the text lines up with the rules of the header and footer
    frame = Frame(left, bottom, doc.width, doc.height, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(make_story(doc.width), canvasmaker=lambda *a, **kw: _HeldPagesCanvas(*a, stamp=stamp, **kw))
    _write(out, buf.getvalue())


def _write(out: Out, data: bytes) -> None:
    if isinstance(out, str | os.PathLike):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def _watermark(canv: Canvas, doc: BaseDocTemplate) -> None:
    """The large light-grey diagonal "DRAFT / BELUM FINAL" of an unsealed session, under the text.

    Drawn as the outlines of the letters, not as text: text extraction splits diagonal text into
    single letters and scatters them through the page's real text. Every page states the same in
    text in its top corner."""
    pw, ph = doc.pagesize
    diagonal = (pw * pw + ph * ph) ** 0.5
    size = min(72.0, 0.7 * diagonal / max(1.0, pdfmetrics.stringWidth(DRAFT_NOTE, FONT_BOLD, 1)))
    canv.saveState()
    canv.translate(pw / 2, ph / 2)
    canv.rotate(math.degrees(math.atan2(ph, pw)))
    canv.setFillColor(_WATERMARK)
    x = -pdfmetrics.stringWidth(DRAFT_NOTE, FONT_BOLD, size) / 2
    outlines = _outlines(DRAFT_NOTE, FONT_BOLD)
    if outlines is None:  # a font without plain outlines for these letters: the text will do
        canv.setFont(FONT_BOLD, size)
        canv.drawString(x, -size * 0.35, DRAFT_NOTE)
    else:
        path = canv.beginPath()
        scale = size / outlines.units_per_em
        for dx, contours in outlines.glyphs:
            for contour in contours:
                _trace(path, contour, x + dx * size, -size * 0.35, scale)
        canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
    canv.restoreState()


@dataclass(frozen=True)
class _Outlines:
    units_per_em: int
    glyphs: tuple[tuple[float, tuple[tuple[tuple[int, int, bool], ...], ...]], ...]  # (advance so far, contours)


_OUTLINES: dict[tuple[str, str], _Outlines | None] = {}


def _outlines(text: str, font: str) -> _Outlines | None:
    """The TrueType outlines of `text` in a registered font (simple glyphs only), cached."""
    key = (text, font)
    if key not in _OUTLINES:
        face = pdfmetrics.getFont(font).face
        glyf = face.get_table("glyf")
        glyphs = []
        advance = 0.0
        try:
            for ch in text:
                gid = face.charToGlyph[ord(ch)]
                glyphs.append((advance, _glyph_contours(glyf, face.glyphPos[gid], face.glyphPos[gid + 1])))
                advance += pdfmetrics.stringWidth(ch, font, 1)
            _OUTLINES[key] = _Outlines(face.unitsPerEm, tuple(glyphs))
        except (KeyError, ValueError, IndexError, struct.error):
            _OUTLINES[key] = None
    return _OUTLINES[key]


def _glyph_contours(glyf: bytes, start: int, end: int) -> tuple[tuple[tuple[int, int, bool], ...], ...]:
    """The contours of one simple TrueType glyph: points (x, y, on the curve) in font units."""
    if start == end:  # a space: no outline
        return ()
    (count,) = struct.unpack_from(">h", glyf, start)
    if count < 0:
        raise ValueError("composite glyph")
    ends = struct.unpack_from(f">{count}H", glyf, start + 10)
    pos = start + 10 + 2 * count
    (instructions,) = struct.unpack_from(">H", glyf, pos)
    pos += 2 + instructions
    n = ends[-1] + 1 if ends else 0
    flags: list[int] = []
    while len(flags) < n:
        flag = glyf[pos]
        pos += 1
        flags.append(flag)
        if flag & 8:  # repeated
            flags += [flag] * glyf[pos]
            pos += 1
    coords: list[list[int]] = []
    for short, same in ((2, 16), (4, 32)):  # x, then y
        values, value = [], 0
        for flag in flags[:n]:
            if flag & short:
                delta = glyf[pos]
                pos += 1
                value += delta if flag & same else -delta
            elif not flag & same:
                (delta,) = struct.unpack_from(">h", glyf, pos)
                pos += 2
                value += delta
            values.append(value)
        coords.append(values)
    if pos > end:
        raise ValueError("glyph data runs past its end")
    points = [(coords[0][i], coords[1][i], bool(flags[i] & 1)) for i in range(n)]
    contours, first = [], 0
    for last in ends:
        contours.append(tuple(points[first:last + 1]))
        first = last + 1
    return tuple(contours)


def _trace(path, contour: tuple[tuple[int, int, bool], ...], x0: float, y0: float, scale: float) -> None:
    """Add one quadratic TrueType contour to a PDF path (as cubic curves)."""
    if not contour:
        return
    pts = [(x0 + x * scale, y0 + y * scale, on) for x, y, on in contour]
    # start on a point on the curve (or between two control points)
    start = next((i for i, p in enumerate(pts) if p[2]), None)
    if start is None:
        a, b = pts[0], pts[1 % len(pts)]
        pts.insert(1, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, True))
        start = 1
    pts = pts[start:] + pts[:start]
    cx, cy = pts[0][0], pts[0][1]
    path.moveTo(cx, cy)
    control = None
    for px, py, on in [*pts[1:], pts[0]]:
        if on:
            if control is None:
                path.lineTo(px, py)
            else:
                _quad(path, (cx, cy), control, (px, py))
                control = None
            cx, cy = px, py
        else:
            if control is not None:  # two control points: the curve passes midway between them
                mid = ((control[0] + px) / 2, (control[1] + py) / 2)
                _quad(path, (cx, cy), control, mid)
                cx, cy = mid
            control = (px, py)
    path.close()


def _quad(path, p0: tuple[float, float], q: tuple[float, float], p2: tuple[float, float]) -> None:
    path.curveTo(p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]),
                 p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]), p2[0], p2[1])


def _footer(canv: Canvas, doc: BaseDocTemplate, left_text: str, draft: bool, keep: str = "",
            copy: int | None = None) -> None:
    """RAHASIA at the top and bottom, a rule and who the page belongs to ('Halaman n dari m' is
    stamped at the end); an unsealed session's pages carry the DRAFT note in the corner and the
    diagonal watermark; a printed copy carries its number from the print register in the other corner."""
    pw, ph = doc.pagesize
    x0, x1 = doc.leftMargin, pw - doc.rightMargin
    if draft:
        _watermark(canv, doc)
    canv.setFillColor(_INK)
    canv.setFont(FONT_BOLD, 10)
    canv.drawCentredString(pw / 2, ph - 11 * mm, "RAHASIA")
    if copy is not None:
        canv.setFont(FONT_BOLD, 8)
        canv.drawString(x0, ph - 11 * mm, f"SALINAN KE-{copy}")
    if draft:
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(_NEG_INK)
        canv.drawRightString(x1, ph - 11 * mm, DRAFT_NOTE)
        canv.setFillColor(_INK)
    y = _footer_y(doc)
    canv.setStrokeColor(_GRID)
    canv.setLineWidth(0.5)
    canv.line(x0, y + 3.5 * mm, x1, y + 3.5 * mm)
    canv.setFont(FONT, 8)
    room = (x1 - x0) - pdfmetrics.stringWidth(_PAGE_ROOM + keep, FONT, 8) - 8 * mm
    canv.drawString(x0, y, _fit(left_text, FONT, 8, room) + keep)  # `keep` is never shortened
    canv.setFont(FONT_BOLD, 8)
    canv.drawCentredString(pw / 2, 6 * mm, "RAHASIA")


_PAGE_ROOM = "Halaman 888 dari 888"


def _footer_y(doc: BaseDocTemplate) -> float:
    return doc.bottomMargin - 6 * mm


def _page_stamp(pagesize, margins: tuple[float, float, float, float]) -> PageStamp:
    """'Halaman n dari m' at the right end of the footer line."""
    x1 = pagesize[0] - margins[1]
    y = margins[3] - 6 * mm

    def stamp(canv: Canvas, page: int, total: int) -> None:
        canv.setFillColor(_INK)
        canv.setFont(FONT, 8)
        canv.drawRightString(x1, y, f"Halaman {page} dari {total}")

    return stamp


def _letterhead(info: SessionInfo, st: dict[str, ParagraphStyle], width: float, title: str) -> list[Flowable]:
    flow: list[Flowable] = [_text(st["letterhead"], width, (info.provider or "").strip().upper() or "-")]
    if (info.agency or "").strip():
        flow.append(_text(st["subhead"], width, f"Instansi: {info.agency.strip()}"))
    flow += [
        Spacer(1, 2 * mm),
        HRFlowable(width=width, thickness=1.4, color=_INK, spaceAfter=1),
        HRFlowable(width=width, thickness=0.4, color=_INK, spaceAfter=4 * mm),
        _text(st["title"], width, title),
    ]
    return flow


def _status_line(info: SessionInfo, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    if info.status != SessionStatus.SEALED:
        return _text(st["status"], width, bold(DRAFT_NOTE, _NEG_INK),
                     " - hasil belum disegel dan belum berlaku sebagai dokumen resmi")
    parts: list[str | Run] = ["Kode segel: ", bold((info.seal_code or "").strip() or "-")]
    if info.valid_until:
        parts += [" \u00a0|\u00a0 Berlaku sampai: ", bold(_tanggal(info.valid_until))]
    return _text(st["status"], width, *parts)


def _plain_or_paragraph(text: object, style: ParagraphStyle, width: float) -> str | Paragraph:
    """Short text as a plain table cell (drawn in the table's font); text that must wrap as a paragraph.
    The table must set FONTNAME, FONTSIZE and LEADING to the style's."""
    plain = str(text).strip() if text is not None else ""
    plain = plain or "-"
    if "\n" not in plain and pdfmetrics.stringWidth(plain, style.fontName, style.fontSize) <= width:
        return plain
    return Paragraph(_x(plain), style)


def _heading(text: str | Run, st: dict[str, ParagraphStyle], width: float, style: str = "section",
             room: float = 25 * mm) -> list[Flowable]:
    """A heading that never stands alone at the foot of a page: with less than `room` left, it
    starts the next page. (Cheaper than keepWithNext, which measures the whole next flowable.)"""
    return [CondPageBreak(room), _text(st[style], width, text)]


def _bullets(items: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    items = [i for i in items if str(i).strip()]
    if not items:
        return [_text(st["bullet"], math.inf, "-")]
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

_SHEET_MARGINS = (20 * mm, 20 * mm, 18 * mm, 30 * mm)  # left, right, top, bottom (room for the QR)
_QR_SIZE = 20 * mm
QR_PREFIX = "ASESMEN:"


def verification_text(result: AssesseeResult) -> str:
    """What the QR code on every page of a sealed sheet carries: ASESMEN: and the 12 hex digits."""
    return f"{QR_PREFIX}{result.sheet_code}"


def render_result_sheet(info: SessionInfo, result: AssesseeResult, out: Path | BinaryIO, *,
                        paper: str = "A4", copy: int | None = None) -> None:
    """The individual result sheet (Laporan Individual Hasil Penilaian Kompetensi) of one assessee.

    Every page of a sealed session's sheet carries the sheet's verification code in a box and as a
    QR code (``ASESMEN:<12 hex digits>``); an unsealed session's pages carry no code and a large
    "DRAFT / BELUM FINAL" watermark instead. A sheet sent to a printer carries `copy`, its copy
    number in the print register ("SALINAN KE-n"); a saved PDF carries none.
    """
    pagesize = _paper(paper)
    st = _styles()
    draft = info.status != SessionStatus.SEALED
    code = "" if draft else result.sheet_code
    owner_nip = f" - NIP {format_nip(result.nip) or '-'}"
    qr = qr_drawing(verification_text(result), _QR_SIZE) if code else None

    def story(width: float) -> list[Flowable]:
        flow = _letterhead(info, st, width, "LAPORAN INDIVIDUAL HASIL PENILAIAN KOMPETENSI")
        flow.append(_status_line(info, st, width))
        flow += _amendments(result, st, width)
        flow += _identity(info, result, st, width)
        flow += _profile(result, st, width)
        flow += _heading("III. KEKUATAN DAN AREA PENGEMBANGAN", st, width)
        flow.append(_text(st["body"], width, bold("Kekuatan")))
        flow += _bullets(result.strengths, st)
        flow.append(Spacer(1, 2 * mm))
        flow += _heading(bold("Area Pengembangan"), st, width, style="body", room=14 * mm)
        flow += _bullets(result.development_areas, st)
        number = "IV"
        if result.placement_advice:  # mapping (pemetaan) only: BKN report item 18
            flow += _heading("IV. SARAN PENEMPATAN", st, width)
            flow.append(Paragraph(_x(result.placement_advice), st["body"]))
            number = "V"
        flow += _heading(f"{number}. SARAN PENGEMBANGAN", st, width)
        advice = _bullets(result.advice, st)
        # the signatures never stand alone on a page: they keep the last advice line with them
        flow += advice[:-1]
        flow.append(KeepTogether([advice[-1], Spacer(1, 5 * mm), _validity(info, result, st, width),
                                  Spacer(1, 4 * mm), _signatures(info, result, st, width)]))
        return flow

    def decorate(canv: Canvas, doc: BaseDocTemplate, page: int) -> None:
        _footer(canv, doc, result.name.strip() or "-", draft, keep=owner_nip, copy=copy)
        if qr is not None:
            _verification(canv, doc, result, qr)
        else:
            canv.setFont(FONT, 7.5)
            canv.setFillColor(_GRID)
            canv.drawString(doc.leftMargin, _footer_y(doc) - 7 * mm,
                            "Belum ada kode verifikasi: kode dan kode QR dicetak setelah sesi disegel.")

    meta = {
        "title": f"Laporan Individual Hasil Penilaian Kompetensi - {result.name}",
        "author": info.provider or CREATOR,
        "subject": info.title,
    }
    _render(out, pagesize, _SHEET_MARGINS, story, decorate, _page_stamp(pagesize, _SHEET_MARGINS), meta)


class QrCode(Flowable):
    """A QR code (error correction M, the standard quiet zone of 4 modules inside `size`).

    The modules are computed once and kept as the content-stream operators of one filled path in
    module units (a rectangle per dark run of a row); each page then only scales and places them.
    reportlab's own widget makes a shape object per run and formats every coordinate again on every
    page, which cost more than the rest of a page's footer."""

    border = 4

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        n, rows = _qr_modules(text)
        self.text, self.size = text, size
        self.count = n
        runs = []
        for r, row in enumerate(rows):
            for dark in _DARK_RUN.finditer(format(row, f"0{n}b")):
                runs.append(f"{dark.start()} {r} {dark.end() - dark.start()} 1 re")
        self._ops = "\n".join(runs) + "\nf"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        box = self.size / (self.count + 2 * self.border)
        canv.saveState()
        canv.setFillColor(_INK)
        canv.translate(x + self.border * box, y + self.size - self.border * box)
        canv.scale(box, -box)  # one unit per module, rows downwards
        canv.addLiteral(self._ops)
        canv.restoreState()


_DARK_RUN = re.compile("1+")


def _bit_rows(modules) -> tuple[int, ...]:
    """A module matrix as one int per row (the leftmost module is the highest bit)."""
    return tuple(int("".join("1" if m else "0" for m in row), 2) for row in modules)


def qr_symbols(text: str) -> tuple[int, list[tuple[int, ...]]]:
    """The QR code of `text` (reportlab's encoder, error correction M) under each of the 8 mask
    patterns: (modules per side, [rows as ints for mask 0..7]).

    The encoder builds the symbol once, with mask 0; every other mask is that symbol XOR two cached
    layers of an empty symbol of the same version (mask 0's and mask m's: the mask over the data area
    and each mask's format information), instead of building the symbol eight times."""
    qr = QrCodeWidget(text, barLevel="M").qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(False, 0)
    first = _bit_rows(qr.modules)
    layers = [_empty_symbol(qr.version, qr.errorCorrectLevel, mask) for mask in range(8)]
    return len(first), [first] + [tuple(a ^ b ^ c for a, b, c in zip(first, layers[0], layers[m], strict=True))
                                  for m in range(1, 8)]


@functools.cache
def _empty_symbol(version: int, level: int, mask: int) -> tuple[int, ...]:
    """A symbol of `version` whose data bits are all 0, under `mask` (depends on no content)."""
    qr = QRCode(version, level)
    qr.dataCache = []  # every data module light before masking
    qr.makeImpl(False, mask)
    return _bit_rows(qr.modules)


def _qr_modules(text: str) -> tuple[int, tuple[int, ...]]:
    """The symbol of `text` under the mask pattern the standard's penalty rules choose (`_qr_penalty`;
    reportlab's own scoring is slow): (modules per side, rows as ints)."""
    n, symbols = qr_symbols(text)
    return n, min(symbols, key=lambda rows: _qr_penalty(rows, n))


_N1 = re.compile(r"0{5,}|1{5,}")
_N3 = ("00001011101", "10111010000")  # neither overlaps itself, so str.count finds every one


def _qr_penalty(rows: Sequence[int], n: int) -> int:
    """ISO/IEC 18004 mask penalty: runs of 5+ (N1), 2x2 blocks (N2), finder-like 1:1:3:1:1
    patterns (N3) and the dark share away from 50 % (N4)."""
    lines = [format(row, f"0{n}b") for row in rows]
    text = "|".join(lines + ["".join(col) for col in zip(*lines, strict=True)])  # rows, then columns
    score = sum(len(run) - 2 for run in _N1.findall(text))
    score += 40 * sum(text.count(pattern) for pattern in _N3)
    inner = (1 << (n - 1)) - 1
    for a, b in itertools.pairwise(rows):
        dark = a & b & (a >> 1) & (b >> 1) & inner
        light = ~a & ~b & ~(a >> 1) & ~(b >> 1) & inner
        score += 3 * (dark.bit_count() + light.bit_count())
    dark_share = 100 * sum(row.bit_count() for row in rows) // (n * n)
    score += 10 * (abs(dark_share - 50) // 5)
    return score


def qr_drawing(text: str, size: float) -> QrCode:
    """The QR code of `text`, `size` wide and high, as a flowable that can also be drawn on a canvas."""
    return QrCode(text, size)


def _verification(canv: Canvas, doc: BaseDocTemplate, r: AssesseeResult, qr: QrCode) -> None:
    """Below the footer line: the verification code in a box at the left, the QR code at the right."""
    pw = doc.pagesize[0]
    x0, x1 = doc.leftMargin, pw - doc.rightMargin
    top = _footer_y(doc) - 2 * mm
    qr.draw_at(canv, x1 - _QR_SIZE + 2 * mm, top - _QR_SIZE + 2 * mm)  # its quiet zone in the margin
    label, code, tail = "Kode verifikasi: ", r.sheet_code_display, " — periksa di BKD"
    size = 9
    w_label = pdfmetrics.stringWidth(label, FONT, size)
    w_code = pdfmetrics.stringWidth(code, FONT_BOLD, size + 1)
    w_tail = pdfmetrics.stringWidth(tail, FONT, size)
    box_w, box_h = w_label + w_code + w_tail + 6 * mm, 7 * mm
    box_y = top - 1 * mm - box_h
    canv.setStrokeColor(_INK)
    canv.setLineWidth(0.8)
    canv.rect(x0, box_y, box_w, box_h, stroke=1, fill=0)
    y = box_y + 2.4 * mm
    x = x0 + 3 * mm
    canv.setFillColor(_INK)
    canv.setFont(FONT, size)
    canv.drawString(x, y, label)
    canv.setFont(FONT_BOLD, size + 1)
    canv.drawString(x + w_label, y, code)
    canv.setFont(FONT, size)
    canv.drawString(x + w_label + w_code, y, tail)
    canv.setFont(FONT, 6.5)
    canv.setFillColor(_GRID)
    canv.drawString(x0, box_y - 3 * mm,
                    "Pindai kode QR atau ketik kode ini di layanan periksa lembar hasil BKD untuk memastikan "
                    "isi lembar ini sesuai data yang disegel.")


def _amendments(r: AssesseeResult, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """A later revision says so at the top, in a box: which revision, what it replaces and why the
    session was reopened, and this assessee's final levels as first sealed and as amended."""
    if r.revision < 2:
        return []
    why = "; ".join(f"{_tanggal(o.at)}, {_x(o.reason)}" for o in r.reopenings) or "-"
    rows: list[list] = [[Paragraph(
        f"<b>AMANDEMEN: REVISI {r.revision}.</b> Lembar ini menggantikan lembar hasil sebelumnya dari sesi yang "
        f"pertama disegel {_tanggal(r.first_sealed_at)}; kode segel dan kode verifikasinya baru. Sesi dibuka "
        f"kembali untuk koreksi ({why}).", st["small"]), "", "", ""]]
    if r.amendments:
        rows.append([Paragraph(f"<b>{h}</b>", st["small"]) for h in ("Kompetensi", "Level semula",
                                                                       "Level amandemen", "Alasan")])
        rows += [[Paragraph(_x(a.name), st["small"]), str(a.original), str(a.amended),
                  Paragraph(_x(a.reason), st["small"])] for a in r.amendments]
    else:
        rows.append([Paragraph("Tidak ada level akhir peserta ini yang berubah.", st["small"]), "", "", ""])
    table = Table(rows, colWidths=[width * 0.34, width * 0.14, width * 0.16, width * 0.36])
    style = [("BOX", (0, 0), (-1, -1), 1, _INK), ("BACKGROUND", (0, 0), (-1, -1), _TOTAL_BG),
             ("SPAN", (0, 0), (-1, 0)), ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("ALIGN", (1, 1), (2, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if not r.amendments:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return [Spacer(1, 2 * mm), table]


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
    # plain cell text (no markup to parse, nothing to wrap) where it fits on the line; else a paragraph
    room = width - 46 * mm - 2
    data = [[label, ":", _plain_or_paragraph(value, st["cell"], room)] for label, value in rows]
    table = Table(data, colWidths=[42 * mm, 4 * mm, width - 46 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("LEADING", (0, 0), (-1, -1), 12),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return [*_heading("I. IDENTITAS", st, width), table]


def competency_table(r: AssesseeResult, st: dict[str, ParagraphStyle], width: float) -> Table:
    """Standard, achieved level and gap per competency, with the totals."""
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
    bold_c = st["bold_c"]
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
    return table


def _profile(r: AssesseeResult, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    body = st["body"]
    summary = _text(body, width, "Total capaian ", bold(str(r.total_achieved)), " dari standar ",
                    bold(str(r.total_standard)), " = JPM ", bold(f"{_jpm(r.jpm)} %"), " (Job Person Match)")
    category: list[str | Run] = ["Kategori: ", bold(f"{_plain(r.category_label)} ({_plain(r.category_code)})")]
    if r.potential_band:
        category += [" \u00a0·\u00a0 Masukan sumbu potensial talenta (9-box): ", bold(_plain(r.potential_band))]
    note = "Gap = Capaian - Standar. Gap negatif dicetak tebal merah dengan latar merah muda."
    flow: list[Flowable] = [
        *_heading("II. PROFIL KOMPETENSI", st, width, room=40 * mm),
        competency_table(r, st, width),
        Spacer(1, 1 * mm),
        _text(st["small"], width, note),
        Spacer(1, 2 * mm),
        CondPageBreak(12 * mm),  # the two lines stay together
        summary,
        _text(body, width, *category),
    ]
    if len(r.competencies) >= 3:  # fewer spokes make no radar
        flow += [Spacer(1, 1 * mm), _FittedRadar(r, width)]
    return flow


_STANDARD_INK = colors.HexColor("#555555")
_ACHIEVED_INK = colors.HexColor("#1F4E8C")
_ACHIEVED_FILL = colors.HexColor("#C9D9EE")
_RING = colors.HexColor("#B8B8B8")
RADAR_HEIGHT = 66 * mm


class _Radar(SpiderChart):
    """A spider chart on a fixed scale: the level scale 0..5, not the largest value."""

    scale = 5

    def normalizeData(self, outer: float = 0.0):  # noqa: N802 (reportlab's name)
        self._norm = self.scale
        return [[min(max(v, 0), self.scale) / self.scale for v in row] for row in self.data]


class _FittedRadar(Flowable):
    """The radar chart, a little smaller where that keeps it on the page of its table (down to
    RADAR_MIN_HEIGHT); below that it moves to the next page at full size."""

    def __init__(self, r: AssesseeResult, width: float) -> None:
        super().__init__()
        self.result, self.width = r, width
        self.drawing: Drawing | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = RADAR_HEIGHT if avail_height < RADAR_MIN_HEIGHT else min(RADAR_HEIGHT, avail_height)
        if self.drawing is None or self.drawing.height != height:
            self.drawing = radar_chart(self.result, self.width, height)
        return self.width, height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


RADAR_MIN_HEIGHT = 52 * mm


def radar_chart(r: AssesseeResult, width: float, height: float = RADAR_HEIGHT) -> Drawing:
    """The competency profile as a radar (spider) chart: achieved against standard, scale 0..5,
    one spoke per competency labelled with its name, and a legend Standar / Capaian."""
    n = len(r.competencies)
    drawing = Drawing(width, height, initialFontName=FONT)
    legend_w = 30 * mm
    label_w = 32 * mm
    radius = min((height - 14 * mm) / 2, (width - legend_w - 2 * label_w) / 2)
    cx, cy = (width - legend_w) / 2, height / 2
    # the rings of the level scale under the chart, their numbers over it
    numbers: list[String] = []
    for level in range(1, _Radar.scale + 1):
        k = radius * level / _Radar.scale
        points: list[float] = []
        for i in range(max(n, 3)):
            a = math.pi / 2 - 2 * math.pi * i / max(n, 3)
            points += [cx + k * math.cos(a), cy + k * math.sin(a)]
        drawing.add(Polygon(points, fillColor=None, strokeColor=_RING, strokeWidth=0.4))
        numbers.append(String(cx + 1.5, cy + k - 6.5, str(level), fontName=FONT, fontSize=6, fillColor=_GRID))
    chart = _Radar()
    chart.x, chart.y = cx - radius, cy - radius
    chart.width = chart.height = 2 * radius
    # the achieved area first, then the standard line on top of it
    chart.data = [[c.achieved for c in r.competencies], [c.standard for c in r.competencies]]
    chart.labels = [c.name for c in r.competencies]
    chart.startAngle, chart.direction = 90, "clockwise"
    chart.spokes.strokeColor = _RING
    chart.spokes.strokeWidth = 0.4
    chart.spokes.labelRadius = 1.06
    chart.spokeLabels.fontName = FONT
    chart.spokeLabels.fontSize = 7
    chart.spokeLabels.leading = 8
    chart.spokeLabels.maxWidth = label_w
    chart.spokeLabels.boxAnchor = "autox"
    chart.spokeLabels.textAnchor = "boxauto"
    chart.strandLabels.fontName = FONT
    achieved, standard = chart.strands[0], chart.strands[1]
    achieved.fillColor = _ACHIEVED_FILL
    achieved.strokeColor = _ACHIEVED_INK
    achieved.strokeWidth = 1.6
    achieved.symbol = makeMarker("FilledCircle", size=3.2, fillColor=_ACHIEVED_INK, strokeColor=_ACHIEVED_INK)
    standard.fillColor = None
    standard.strokeColor = _STANDARD_INK
    standard.strokeWidth = 1.2
    standard.strokeDashArray = (3, 2)
    drawing.add(chart)
    for number in numbers:
        drawing.add(number)
    # the legend
    lx, ly = width - legend_w + 2 * mm, cy + 6 * mm
    drawing.add(Line(lx, ly + 2.5, lx + 9 * mm, ly + 2.5, strokeColor=_STANDARD_INK, strokeWidth=1.2,
                     strokeDashArray=(3, 2)))
    drawing.add(String(lx + 11 * mm, ly, "Standar", fontName=FONT, fontSize=8.5, fillColor=_INK))
    ly -= 6 * mm
    drawing.add(Rect(lx, ly - 1, 9 * mm, 7, fillColor=_ACHIEVED_FILL, strokeColor=_ACHIEVED_INK,
                     strokeWidth=1.2))
    drawing.add(String(lx + 11 * mm, ly, "Capaian", fontName=FONT, fontSize=8.5, fillColor=_INK))
    drawing.add(String(lx, ly - 7 * mm, "Skala level 0-5", fontName=FONT, fontSize=7, fillColor=_GRID))
    return drawing


def _validity(info: SessionInfo, r: AssesseeResult, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    until = r.valid_until or info.valid_until
    if info.status == SessionStatus.SEALED and until:
        return _text(st["body"], width, "Hasil penilaian ini berlaku sampai dengan ", bold(_tanggal(until)),
                     f" (ditetapkan {_tanggal(info.sealed_at)}).")
    return _text(st["body"], width,
                 "Masa berlaku hasil penilaian dihitung sejak sesi disegel; lembar ini belum berlaku.")


class _Signatures(Flowable):
    """Signature blocks side by side, each centred in its column: the role, room to sign, the name
    (underlined; dots in brackets when no name is set). Lines that do not fit their column wrap."""

    def __init__(self, blocks: Sequence[tuple[str, str]], st: dict[str, ParagraphStyle], width: float) -> None:
        super().__init__()
        self.column = width / len(blocks)
        room = self.column - 12  # a table cell's default padding, as the blocks were laid out before
        self.cells = [(_text(st["sign"], room, role),
                       _text(st["sign_name"], room, name.strip(), underline=True) if name.strip() else
                       _text(st["sign_name"], room, "(" + "." * 40 + ")")) for role, name in blocks]
        self.room = room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heights = [role.wrap(self.room, avail_height)[1] + _SIGN_ROOM + name.wrap(self.room, avail_height)[1]
                   for role, name in self.cells]
        self.width, self.height = avail_width, max(heights)
        return self.width, self.height

    def draw(self) -> None:
        for i, (role, name) in enumerate(self.cells):
            x = i * self.column + 6
            role.drawOn(self.canv, x, self.height - role.height)
            name.drawOn(self.canv, x, self.height - role.height - _SIGN_ROOM - name.height)


_SIGN_ROOM = 18 * mm


def _signatures(info: SessionInfo, r: AssesseeResult, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    return _Signatures([("Asesor Penanggung Jawab,", r.responsible_assessor),
                        ("Pimpinan Penyelenggara,", info.provider_head)], st, width)


# --------------------------------------------------------------------------- recap


def render_recap(info: SessionInfo, results: Sequence[AssesseeResult], out: Path | BinaryIO, *,
                 paper: str = "A4", interrater=None) -> None:
    """The session recap: every assessee with JPM and category, grouped by target position and ranked
    within it by JPM, then the count per category, and with `interrater` (services.meeting.InterRater)
    the inter-rater statistics as an appendix."""
    pagesize = landscape(_paper(paper))
    st = _styles()
    draft = info.status != SessionStatus.SEALED
    groups = recap_groups(results)
    ordered = [r for _, members in groups for r in members]

    def story(width: float) -> list[Flowable]:
        flow = _letterhead(info, st, width, "REKAPITULASI HASIL PENILAIAN KOMPETENSI")
        flow.append(_status_line(info, st, width))
        later = max(results, key=lambda r: r.revision, default=None)
        if later is not None and later.revision > 1:  # an amended session: this recap replaces the earlier one
            flow.append(_text(st["status"], width, bold(f"AMANDEMEN: REVISI {later.revision}", _NEG_INK),
                              f" - menggantikan rekapitulasi sesi yang pertama disegel "
                              f"{_tanggal(later.first_sealed_at)}"))
        flow.append(Spacer(1, 4 * mm))
        rows = [
            ("Kegiatan", info.title),
            ("Tujuan Penilaian", _purpose(info.purpose)),
            ("Tanggal Penilaian", _periode(info.start_date, info.end_date)),
            ("Tempat", info.venue),
            ("Jumlah Peserta", str(len(ordered))),
        ]
        counts_w = 95 * mm
        facts_w = width - counts_w - 10 * mm
        facts = Table(
            [[Paragraph(k, st["cell"]), Paragraph(":", st["cell"]), Paragraph(_x(v), st["cell"])]
             for k, v in rows],
            colWidths=[36 * mm, 4 * mm, facts_w - 40 * mm], hAlign="LEFT",
        )
        facts.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        counts = [Paragraph("Jumlah Peserta per Kategori", st["cell_bold"]), Spacer(1, 1.5 * mm),
                  _category_table(info, ordered, st, counts_w)]
        top = Table([[facts, counts]], colWidths=[facts_w + 10 * mm, counts_w], hAlign="LEFT")
        top.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        flow += [top, Spacer(1, 2 * mm), *_heading("Hasil per Jabatan Sasaran", st, width, room=40 * mm),
                 *_recap_table(groups, st, width)]
        if interrater is not None:
            flow += _interrater_appendix(interrater, st, width)
        return flow

    def decorate(canv: Canvas, doc: BaseDocTemplate, page: int) -> None:
        _footer(canv, doc, f"Rekapitulasi - {info.title}", draft)

    meta = {
        "title": f"Rekapitulasi Hasil Penilaian Kompetensi - {info.title}",
        "author": info.provider or CREATOR,
        "subject": info.title,
    }
    margins = (15 * mm, 15 * mm, 18 * mm, 20 * mm)
    _render(out, pagesize, margins, story, decorate, _page_stamp(pagesize, margins), meta)


def recap_groups(results: Sequence[AssesseeResult]) -> list[tuple[str, list[AssesseeResult]]]:
    """The assessees by target position (positions in alphabetical order), each group sorted by JPM
    from high to low, then by participant number."""
    groups: dict[str, list[AssesseeResult]] = {}
    for r in results:
        groups.setdefault(r.target_position.strip(), []).append(r)
    return [
        (position, sorted(members, key=lambda r: (-r.jpm, r.participant_no, r.nip)))
        for position, members in sorted(groups.items(), key=lambda kv: (kv[0].casefold(), kv[0]))
    ]


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


def _recap_table(groups: list[tuple[str, list[AssesseeResult]]], st: dict[str, ParagraphStyle],
                 width: float) -> list[Flowable]:
    """A table per target position: its heading and the column heads (both repeated on a page it
    continues to), then its assessees ranked by JPM."""
    head = [Paragraph(h, st["head"]) for h in
            ("Peringkat", "No Peserta", "NIP", "Nama", "Jabatan Saat Ini", "JPM (%)", "Kategori")]
    fixed = [23 * mm, 18 * mm, 49 * mm, 0, 0, 20 * mm, 48 * mm]
    rest = width - sum(fixed)
    widths = [fixed[0], fixed[1], fixed[2], rest * 0.45, rest * 0.55, fixed[5], fixed[6]]
    group_style = ParagraphStyle("group", parent=st["cell"], fontName=FONT_BOLD)
    if not groups:
        table = Table([head, [Paragraph("Belum ada peserta.", st["cell"]), "", "", "", "", "", ""]],
                      colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([*_grid_style(), ("SPAN", (0, 1), (-1, 1))]))
        return [table]
    flow: list[Flowable] = []
    for position, members in groups:
        data: list[list] = [
            [Paragraph(f"Jabatan Sasaran: {_x(position)} ({len(members)} peserta)", group_style),
             "", "", "", "", "", ""],
            head,
        ]
        rank, previous = 0, None
        for i, r in enumerate(members, start=1):
            if r.jpm != previous:  # equal JPM, equal rank (1, 2, 2, 4)
                rank, previous = i, r.jpm
            data.append([
                Paragraph(str(rank), st["cell_c"]),
                Paragraph(str(r.participant_no), st["cell_c"]),
                Paragraph(_x(format_nip(r.nip)), st["cell"]),
                Paragraph(_x(r.name), st["cell"]),
                Paragraph(_x(r.current_position), st["cell"]),
                Paragraph(_jpm(r.jpm), st["cell_c"]),
                Paragraph(f"{_x(r.category_label)} ({_x(r.category_code)})", st["cell"]),
            ])
        table = Table(data, colWidths=widths, repeatRows=2)
        table.setStyle(TableStyle([
            *_grid_style(header_rows=2),
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), _TOTAL_BG),
            # never the headings alone at the foot of a page; a small group stays whole
            ("NOSPLIT", (0, 0), (-1, len(data) - 1 if len(members) <= 6 else 3)),
        ]))
        flow += [table, Spacer(1, 2.5 * mm)]
    return flow


def _category_table(info: SessionInfo, ordered: Sequence[AssesseeResult],
                    st: dict[str, ParagraphStyle], width: float = 95 * mm) -> Table:
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
    table = Table(data, colWidths=[width - 25 * mm, 25 * mm], hAlign="LEFT")
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

    def decorate(canv: Canvas, doc: BaseDocTemplate, page: int) -> None:
        pass

    def stamp(canv: Canvas, page: int, total: int) -> None:
        canv.setFont(FONT, 8)
        canv.drawCentredString(size[0] / 2, 10 * mm, f"Halaman {page} dari {total}")

    size = (148 * mm, 105 * mm)  # A6 landscape: one small page
    meta = {"title": "Uji mandiri Asesmen", "author": CREATOR, "subject": "Uji pembuatan PDF"}
    _render(out, size, (12 * mm, 12 * mm, 12 * mm, 16 * mm), story, decorate, stamp, meta)
