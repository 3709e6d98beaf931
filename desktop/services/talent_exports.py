"""The files the central workspace exports: the 9-box, training needs and expiry as .xlsx and .pdf.

Excel files are written with openpyxl (write-only: fast for 100,000 rows), NIP as text so Excel keeps
every digit. PDFs are drawn with reportlab in the embedded DejaVu fonts, as the result sheets are.
Every file says it holds personal data (UU 27/2022), who made it and when. Files are written
atomically (desktop.services.files.write_atomic).
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.nip import format_nip
from desktop.services.central_accounts import ROLE_LABELS, CentralRole, CentralUser
from desktop.services.files import write_atomic
from desktop.services.progress import Progress

if TYPE_CHECKING:
    from desktop.services.talent import Expiry, NeedPerson, NineBox, TalentPerson, TalentRules, TrainingNeeds

CONFIDENTIAL = "RAHASIA: berisi data pribadi (UU 27/2022); jangan disebarkan di luar keperluan dinas"
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")


def _today_long(day: dt.date | None = None) -> str:
    day = day or dt.date.today()
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def _made_by(user: CentralUser) -> str:
    now = dt.datetime.now()
    return (f"Dibuat {_today_long(now.date())} pukul {now:%H.%M} oleh {user.full_name} "
            f"({user.username}, {ROLE_LABELS[CentralRole(user.role)]})")


def _id_date(iso: str) -> str:
    if not iso:
        return "-"
    try:
        return dt.date.fromisoformat(iso[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return iso


def _jpm(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


# --------------------------------------------------------------------------- xlsx


class _Book:
    """A write-only workbook with a bold header row, column widths and frozen header."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.wb = Workbook(write_only=True)

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[float], intro: Sequence[str] = ()):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        ws = self.wb.create_sheet(title)
        for i, width in enumerate(widths):
            ws.column_dimensions[_col(i)].width = width
        ws.freeze_panes = f"A{len(intro) + 2}"
        ws.page_setup.orientation = "landscape"  # printed: landscape, every column on the page
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{len(intro) + 1}:{len(intro) + 1}"
        for line in intro:
            cell = WriteOnlyCell(ws, value=line)
            cell.font = Font(bold=line is intro[0])
            ws.append([cell])
        head = []
        for h in headers:
            cell = WriteOnlyCell(ws, value=h)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E4E4E4")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            head.append(cell)
        ws.append(head)
        return ws

    def save(self, path: Path) -> Path:
        buf = io.BytesIO()
        self.wb.save(buf)
        return write_atomic(path, buf.getvalue())


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def _intro(title: str, user: CentralUser, filter_text: str) -> list[str]:
    return [title, f"Filter: {filter_text}", _made_by(user), CONFIDENTIAL]


def _filter_text(year=None, unit=None, position_type=None) -> str:
    parts = [f"tahun {year}" if year else "", f"unit kerja {unit}" if unit is not None else "",
             f"jenis jabatan {position_type}" if position_type is not None else ""]
    return ", ".join(p for p in parts if p) or "semua"


def write_ninebox(path: Path, fmt: str, grid: NineBox, people: Sequence[TalentPerson], rules: TalentRules,
                  user: CentralUser, progress: Progress) -> Path:
    if fmt == "pdf":
        return _ninebox_pdf(path, grid, people, rules, user, progress)
    f = grid.filter
    book = _Book()
    intro = _intro("Peta talenta (9-box)", user, _filter_text(f.year, f.unit, f.position_type))
    ws = book.sheet("9-box", ["Kinerja \\ Potensial", *[p.capitalize() for p in rules.potential_bands]],
                    [46, 40, 40, 40], intro)
    for perf in reversed(rules.performance_bands):
        row = [f"Kinerja {perf}"]
        for pot in rules.potential_bands:
            cell = grid.cell(rules.box_of(perf, pot))
            row.append(f"Kotak {cell.box}: {cell.count} orang" + (" (kelompok rencana suksesi)" if cell.talent_pool
                                                                  else ""))
        ws.append(row)
    ws.append([])
    ws.append(["Jumlah orang dengan hasil asesmen", grid.total])
    ws.append(["Tanpa data kinerja (tidak masuk kotak)", grid.without_performance])
    ws.append(["Kelompok rencana suksesi (kotak " + ", ".join(str(b) for b in sorted(rules.talent_pool)) + ")",
               grid.talent_pool])
    ws = book.sheet("Ringkasan", ["Kotak", "Label", "Jumlah orang", "Rekomendasi"], [8, 52, 14, 90], intro)
    for c in sorted(grid.cells, key=lambda c: -c.box):
        ws.append([c.box, c.label, c.count, "; ".join(c.recommendations)])
    ws.append(["-", "Tanpa data kinerja", grid.without_performance, "impor data e-kinerja"])
    ws = book.sheet("Pegawai", ["Kotak", "NIP", "Nama", "Unit kerja", "Jenis jabatan", "Jabatan sasaran",
                                "Tahun asesmen", "JPM (%)", "Kategori", "Potensial", "Tahun kinerja",
                                "Predikat kinerja", "Kinerja", "Berlaku s.d.", "Status"],
                    [7, 21, 30, 28, 18, 30, 9, 9, 9, 11, 9, 16, 20, 12, 14], intro)
    for i, p in enumerate(sorted(people, key=lambda p: (-p.box, -p.jpm, p.name))):
        if i % 2000 == 0:
            progress.check()
        ws.append([p.box or "-", p.nip, p.name, p.unit, p.position_type, p.target_position, p.year, p.jpm,
                   p.category_code, p.potential, p.performance_year or "", p.predicate or "", p.performance or "",
                   _id_date(p.valid_until), "kedaluwarsa" if p.expired else "berlaku"])
    return book.save(path)


def write_training_needs(path: Path, needs: TrainingNeeds, people: Sequence[NeedPerson], rules: TalentRules,
                         user: CentralUser, progress: Progress) -> Path:
    f = needs.filter
    intro = _intro("Kebutuhan pengembangan kompetensi", user, _filter_text(None, f.unit, f.position_type)) + [
        f"Dasar: hasil asesmen terakhir yang masih berlaku per {_id_date(needs.today)}; "
        f"{needs.people_with_needs} dari {needs.people_considered} orang punya kompetensi di bawah standar"]
    book = _Book()
    ws = book.sheet("Ringkasan", ["Kode", "Kompetensi", "Jenis pengembangan", "Jumlah orang"], [9, 36, 28, 14], intro)
    for t in needs.totals:
        ws.append([t.code, t.competency, t.type_label, t.people])
    ws = book.sheet("Per unit dan jenis jabatan", ["Kode", "Kompetensi", "Jenis pengembangan", "Unit kerja",
                                                   "Jenis jabatan", "Jumlah orang"], [9, 36, 28, 32, 20, 14], intro)
    for g in needs.groups:
        ws.append([g.code, g.competency, g.type_label, g.unit, g.position_type, g.people])
    ws = book.sheet("Pegawai", ["NIP", "Nama", "Unit kerja", "Jenis jabatan", "Jabatan sasaran", "Kode",
                                "Kompetensi", "Standar", "Capaian", "Gap", "Jenis pengembangan", "Tanggal asesmen",
                                "Berlaku s.d."],
                    [21, 30, 28, 18, 30, 8, 32, 9, 9, 7, 32, 13, 13], intro)
    for i, p in enumerate(people):
        if i % 2000 == 0:
            progress.check()
        ws.append([p.nip, p.name, p.unit, p.position_type, p.target_position, p.code, p.competency, p.standard,
                   p.achieved, p.gap, ", ".join(rules.type_label(t) for t in p.training_types), _id_date(p.sealed_on),
                   _id_date(p.valid_until)])
    return book.save(path)


def write_expiry(path: Path, fmt: str, view: Expiry, user: CentralUser, progress: Progress) -> Path:
    if fmt == "pdf":
        return _expiry_pdf(path, view, user, progress)
    intro = _intro("Masa berlaku hasil asesmen", user, _filter_text(None, view.unit)) + [
        f"Hasil terakhir tiap pegawai yang sudah kedaluwarsa atau berakhir dalam {view.within_days} hari "
        f"sejak {_id_date(view.today)}"]
    book = _Book()
    ws = book.sheet("Per unit", ["Unit kerja", "Sudah kedaluwarsa", f"Berakhir ≤ {view.within_days} hari", "Jumlah"],
                    [36, 18, 18, 12], intro)
    for u in view.units:
        ws.append([u.unit, u.expired, u.expiring, u.expired + u.expiring])
    ws.append(["Jumlah", view.expired, view.total - view.expired, view.total])
    ws = book.sheet("Pegawai", ["NIP", "Nama", "Unit kerja", "Jenis jabatan", "Jabatan sasaran", "Tanggal asesmen",
                                "Berlaku s.d.", "Sisa hari", "Status"], [21, 30, 28, 18, 30, 13, 13, 10, 14], intro)
    for i, p in enumerate(view.people):
        if i % 2000 == 0:
            progress.check()
        ws.append([p.nip, p.name, p.unit, p.position_type, p.target_position, _id_date(p.sealed_on),
                   _id_date(p.valid_until), p.days_left, "kedaluwarsa" if p.expired else "segera berakhir"])
    return book.save(path)


# --------------------------------------------------------------------------- pdf


def _pdf_parts():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    from desktop.services.reports import FONT, FONT_BOLD, register_fonts

    register_fonts()
    base = ParagraphStyle("t-body", fontName=FONT, fontSize=9, leading=11.5)
    styles = {
        "body": base,
        "small": ParagraphStyle("t-small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("t-cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle("t-head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10),
        "title": ParagraphStyle("t-title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                                alignment=TA_CENTER),
        "sub": ParagraphStyle("t-sub", parent=base, alignment=TA_CENTER),
        "section": ParagraphStyle("t-section", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                  spaceBefore=8, spaceAfter=4),
        "box": ParagraphStyle("t-box", parent=base, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
        "box_n": ParagraphStyle("t-box-n", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24,
                                alignment=TA_CENTER),
    }
    return colors, landscape(A4), mm, styles, FONT, FONT_BOLD


def _pdf_document(path: Path, title: str, user: CentralUser, story: list) -> Path:
    from reportlab.platypus import SimpleDocTemplate

    colors, page, mm, _, font, _ = _pdf_parts()
    made = _made_by(user)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#A00000"))
        canvas.drawString(12 * mm, page[1] - 8 * mm, CONFIDENTIAL)
        canvas.setFillColor(colors.black)
        canvas.drawString(12 * mm, 7 * mm, made)
        canvas.drawRightString(page[0] - 12 * mm, 7 * mm, f"{title} · halaman {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=13 * mm,
                            bottomMargin=13 * mm, title=title, author=user.full_name, creator="Asesmen",
                            lang="id-ID", initialFontName=font, initialFontSize=9)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return write_atomic(path, buf.getvalue())


def _table(rows: list[list], widths: list[float], styles: dict, colors, zebra: bool = True):
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Table, TableStyle

    body = [[Paragraph(escape(str(c)), styles["head"] if i == 0 else styles["cell"]) for c in row]
            for i, row in enumerate(rows)]
    t = Table(body, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
             ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if zebra:
        style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F5F5F5")) for i in range(2, len(rows), 2)]
    t.setStyle(TableStyle(style))
    return t


POOL_BG = "#D9EAD3"  # the talent pool (boxes 7-9)
LOW_BG = "#F4D6D6"  # box 1


def _ninebox_pdf(path: Path, grid: NineBox, people: Sequence[TalentPerson], rules: TalentRules, user: CentralUser,
                 progress: Progress) -> Path:
    from xml.sax.saxutils import escape

    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    colors, page, mm, st, font, _ = _pdf_parts()
    f = grid.filter
    story = [Paragraph("Peta Talenta (9-Box)", st["title"]),
             Paragraph(escape(f"Filter: {_filter_text(f.year, f.unit, f.position_type)} · {grid.total} orang dengan "
                              f"hasil asesmen, {grid.placed} dengan data kinerja, {grid.without_performance} tanpa "
                              "data kinerja"), st["sub"]),
             Spacer(1, 5 * mm)]
    cell_w, label_w = 70 * mm, 34 * mm
    rows = []
    styles = [("GRID", (1, 0), (-1, 2), 0.8, colors.HexColor("#555555")), ("FONTNAME", (0, 0), (-1, -1), font),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, perf in enumerate(reversed(rules.performance_bands)):
        row = [Paragraph(f"<b>Kinerja</b><br/>{escape(perf)}", st["box"])]
        for c, pot in enumerate(rules.potential_bands):
            cell = grid.cell(rules.box_of(perf, pot))
            row.append([Paragraph(f"Kotak {cell.box}", st["box"]), Paragraph(str(cell.count), st["box_n"]),
                        Paragraph(escape(cell.label), st["box"])])
            if cell.talent_pool:
                styles.append(("BACKGROUND", (c + 1, r), (c + 1, r), colors.HexColor(POOL_BG)))
            elif cell.box == 1:
                styles.append(("BACKGROUND", (c + 1, r), (c + 1, r), colors.HexColor(LOW_BG)))
        rows.append(row)
    rows.append([""] + [Paragraph(f"<b>Potensial</b> {escape(p)}", st["box"]) for p in rules.potential_bands])
    t = Table(rows, colWidths=[label_w] + [cell_w] * 3, rowHeights=[30 * mm] * 3 + [9 * mm])
    t.setStyle(TableStyle(styles))
    pool = ", ".join(map(str, sorted(rules.talent_pool)))
    story += [t, Spacer(1, 3 * mm),
              Paragraph(escape(f"Hijau: kelompok rencana suksesi (kotak {pool}), {grid.talent_pool} orang. "
                               "Kinerja dari predikat e-kinerja (PermenPANRB 6/2022), "
                               "potensial dari JPM hasil asesmen (ninebox.json)."), st["small"]),
              PageBreak(), Paragraph("Rekomendasi per kotak", st["section"])]
    summary = [["Kotak", "Label", "Jumlah", "Rekomendasi"]]
    summary += [[c.box, c.label, c.count, "; ".join(c.recommendations)]
                for c in sorted(grid.cells, key=lambda c: -c.box)]
    summary.append(["-", "Tanpa data kinerja", grid.without_performance, "impor data e-kinerja"])
    story.append(_table(summary, [14 * mm, 80 * mm, 18 * mm, 160 * mm], st, colors))
    by_box: dict[int, list] = defaultdict(list)
    for p in people:
        by_box[p.box].append(p)
    widths = [40 * mm, 50 * mm, 44 * mm, 26 * mm, 46 * mm, 16 * mm, 18 * mm, 33 * mm]
    for n, box in enumerate([*sorted((b for b in by_box if b), reverse=True), *([0] if 0 in by_box else [])]):
        progress.check()
        title = f"Kotak {box}: {rules.box(box).label}" if box else "Tanpa data kinerja"
        story += [PageBreak() if n == 0 else Spacer(1, 4 * mm),
                  Paragraph(escape(f"{title} ({len(by_box[box])} orang)"), st["section"])]
        rows = [["NIP", "Nama", "Unit kerja", "Jenis jabatan", "Jabatan sasaran", "Tahun", "JPM (%)",
                 "Predikat kinerja"]]
        rows += [[format_nip(p.nip), p.name, p.unit, p.position_type, p.target_position, p.year, _jpm(p.jpm),
                  f"{p.predicate} ({p.performance_year})" if p.predicate else "-"]
                 for p in sorted(by_box[box], key=lambda p: (-p.jpm, p.name))]
        story.append(_table(rows, widths, st, colors))
    return _pdf_document(path, "Peta Talenta (9-Box)", user, story)


def _expiry_pdf(path: Path, view: Expiry, user: CentralUser, progress: Progress) -> Path:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Spacer

    colors, page, mm, st, _, _ = _pdf_parts()
    story = [Paragraph("Masa Berlaku Hasil Asesmen", st["title"]),
             Paragraph(escape(f"Hasil terakhir tiap pegawai yang sudah kedaluwarsa atau berakhir dalam "
                              f"{view.within_days} hari sejak {_today_long(dt.date.fromisoformat(view.today))} · "
                              f"unit kerja: {view.unit or 'semua'} · {view.total} orang, {view.expired} "
                              "kedaluwarsa"), st["sub"]),
             Spacer(1, 4 * mm), Paragraph("Per unit kerja", st["section"])]
    rows = [["Unit kerja", "Sudah kedaluwarsa", f"Berakhir ≤ {view.within_days} hari", "Jumlah"]]
    rows += [[u.unit or "-", u.expired, u.expiring, u.expired + u.expiring] for u in view.units]
    rows.append(["Jumlah", view.expired, view.total - view.expired, view.total])
    story.append(_table(rows, [110 * mm, 40 * mm, 40 * mm, 30 * mm], st, colors))
    story.append(Paragraph("Pegawai", st["section"]))
    progress.check()
    rows = [["NIP", "Nama", "Unit kerja", "Jabatan sasaran", "Tanggal asesmen", "Berlaku s.d.", "Sisa hari"]]
    rows += [[format_nip(p.nip), p.name, p.unit, p.target_position, _id_date(p.sealed_on), _id_date(p.valid_until),
              f"{p.days_left} hari" if not p.expired else f"lewat {-p.days_left} hari"] for p in view.people]
    story.append(_table(rows, [42 * mm, 52 * mm, 48 * mm, 52 * mm, 25 * mm, 25 * mm, 28 * mm], st, colors))
    return _pdf_document(path, "Masa Berlaku Hasil Asesmen", user, story)
