"""PDF reports, checked the way a reader sees them: poppler's text, fonts and page size, qpdf's check."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pytest

from desktop.domain import verification
from desktop.domain.errors import ValidationError
from desktop.domain.model import AssesseeResult, CompetencyResult, Purpose, SessionInfo, SessionStatus
from desktop.services import reports

MM = 72 / 25.4

# (code, name, standard, achieved)
COMPETENCIES = (
    ("INT", "Integritas", 3, 3),
    ("KS", "Kerja Sama", 3, 4),
    ("KOM", "Komunikasi", 3, 3),
    ("OPH", "Orientasi pada Hasil", 3, 3),
    ("PP", "Pelayanan Publik", 3, 2),
    ("PDOL", "Pengembangan Diri dan Orang Lain", 3, 3),
    ("MP", "Mengelola Perubahan", 3, 3),
    ("PK", "Pengambilan Keputusan", 3, 3),
    ("PB", "Perekat Bangsa", 3, 3),
)

INFO = SessionInfo(
    uuid="5e551011-0000-4000-8000-000000000001",
    title="Pemetaan Kompetensi Pejabat Administrator Tahun 2025",
    purpose=Purpose.PEMETAAN,
    agency="Pemerintah Kabupaten Contoh",
    provider="UPT Penilaian Kompetensi BKD Provinsi Contoh",
    provider_head="Dr. Siti Aminah Contoh, M.Psi.",
    venue="Aula UPT Penilaian Kompetensi",
    start_date="2025-03-10",
    end_date="2025-03-12",
    status=SessionStatus.DRAFT,
)

SEALED = dataclasses.replace(
    INFO,
    status=SessionStatus.SEALED,
    seal_hash="9f3a7c21b04e" + "0" * 52,
    sealed_at="2025-03-14T09:00:00+07:00",
    valid_until="2028-03-14",
)

DODI = AssesseeResult(
    assessee_uuid="a55e55ee-0000-4000-8000-000000000007",
    nip="197911052005011902",
    name="Dodi Pratama Contoh",
    golongan="III/d",
    current_position="Kepala Subbagian Umum dan Kepegawaian",
    unit="Sekretariat Daerah",
    target_position="Kepala Bagian Umum",
    participant_no=7,
    competencies=tuple(CompetencyResult(code, name, std, ach) for code, name, std, ach in COMPETENCIES),
    total_achieved=27,
    total_standard=27,
    jpm=100.0,
    category_code="O",
    category_label="Optimal",
    strengths=("Kerja Sama",),
    development_areas=("Pelayanan Publik",),
    advice=("Pelayanan Publik: pelatihan pelayanan prima dan penugasan pendampingan.",
            "Kerja Sama: penugasan sebagai koordinator tim lintas unit."),
    responsible_assessor="Budi Santoso Contoh, S.Psi., Psikolog",
)


DODI_SEALED = dataclasses.replace(DODI, valid_until="2028-03-14", sheet_code=verification.sheet_code(
    SEALED.seal_hash, DODI.assessee_uuid, verification.sheet_statement(
        DODI.nip, DODI.name, DODI.target_position, {code: ach for code, _, _, ach in COMPETENCIES}, DODI.jpm,
        DODI.category_code)))
LONG_ADVICE = tuple(f"Saran pengembangan nomor {i}." for i in range(1, 50))


def _person(no: int, name: str, nip: str, jpm: float, code: str, label: str) -> AssesseeResult:
    return dataclasses.replace(
        DODI, assessee_uuid=f"a55e55ee-0000-4000-8000-{no:012d}", participant_no=no, name=name, nip=nip,
        jpm=jpm, category_code=code, category_label=label, target_position="Kepala Bidang Perencanaan",
    )


GROUP = (
    _person(3, "Citra Lestari Contoh", "198203142006042901", 85.2, "CO", "Cukup Optimal"),
    DODI,
    _person(1, "Ahmad Fauzi Contoh", "198507232010011903", 92.6, "O", "Optimal"),
    _person(2, "Bambang Wijaya Contoh", "197704182003121904", 70.4, "KO", "Kurang Optimal"),
)


def _run(*args: str | Path) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True)
    return done.stdout


def _text(pdf: Path) -> str:
    return _run("pdftotext", "-layout", pdf, "-")


def _bytes(render) -> bytes:
    buf = io.BytesIO()
    render(buf)
    return buf.getvalue()


def _pages(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", pdf)).group(1))


def _page_text(pdf: Path, page: int) -> str:
    return _run("pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-")


def _png(pdf: Path, page: int, dpi: int = 150, gray: bool = False) -> Path:
    """One page as an image, the way the tests look at it (pdftoppm)."""
    stem = pdf.with_name(f"{pdf.stem}-p{page}-{dpi}")
    args = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([*args, *(["-gray"] if gray else ["-png"]), str(pdf), str(stem)], check=True)
    return stem.with_suffix(".pgm" if gray else ".png")


def _qr_codes(pdf: Path, page: int) -> list[str]:
    """What the stock zbarimg reads off a page rendered at 150 dpi (exit 4: no code found)."""
    done = subprocess.run(["zbarimg", "--raw", "-q", str(_png(pdf, page))], capture_output=True, text=True)
    assert done.returncode in (0, 4), done.stderr
    return done.stdout.splitlines()


def _watermark_pixels(pdf: Path, page: int) -> int:
    """Pixels of the watermark's light grey on a page rendered in grey at 40 dpi."""
    data = _png(pdf, page, dpi=40, gray=True).read_bytes()
    # binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel
    head = data.split(b"\n", 3)
    pixels = head[3]
    return sum(1 for v in pixels if 210 <= v <= 226)


def _page_size_mm(pdf: Path) -> tuple[float, float]:
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", _run("pdfinfo", pdf))
    assert m, "pdfinfo printed no page size"
    return float(m.group(1)) / MM, float(m.group(2)) / MM


def test_result_sheet_shows_the_assessee_and_every_competency(tmp_path):
    pdf = tmp_path / "dodi.pdf"
    reports.render_result_sheet(INFO, DODI, pdf)
    text = _text(pdf)

    for expected in (
        "LAPORAN INDIVIDUAL HASIL PENILAIAN KOMPETENSI",
        "RAHASIA",
        "Dodi Pratama Contoh",
        "19791105 200501 1 902",
        "III/d",
        "Kepala Bagian Umum",
        "Pemetaan Kompetensi",
        "10 Maret 2025 - 12 Maret 2025",
        "Aula UPT Penilaian Kompetensi",
        "UPT PENILAIAN KOMPETENSI BKD PROVINSI CONTOH",
        "Pemerintah Kabupaten Contoh",
        "Total capaian 27 dari standar 27 = JPM 100,00 %",
        "Kategori: Optimal (O)",
        "Halaman 1 dari",
        "Asesor Penanggung Jawab",
        "Budi Santoso Contoh, S.Psi., Psikolog",
        "Pimpinan Penyelenggara",
        "Dr. Siti Aminah Contoh, M.Psi.",
        "penugasan sebagai koordinator tim lintas unit",
    ):
        assert expected in text, expected
    for _code, name, std, ach in COMPETENCIES:
        gap = ach - std
        shown = f"+{gap}" if gap > 0 else str(gap)
        assert re.search(rf"{re.escape(name)}\s+{std}\s+{ach}\s+{re.escape(shown)}\b", text), name
    pages = int(re.search(r"Halaman 1 dari (\d+)", text).group(1))
    assert text.count("RAHASIA") >= pages
    assert text.count("NIP 19791105 200501 1 902") == pages  # the footer of every page


def test_lines_too_long_for_the_page_wrap_and_lose_nothing(tmp_path):
    """Single lines are drawn directly when they fit; longer ones must still wrap inside the margins."""
    provider = "UPT PENILAIAN KOMPETENSI " + "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA " * 2
    head = "Prof. Dr. Hj. Nama Pimpinan Yang Sangat Panjang Sekali Contoh, S.Psi., M.Si., Psikolog"
    info = dataclasses.replace(SEALED, provider=provider, provider_head=head)
    pdf = tmp_path / "panjang.pdf"
    reports.render_result_sheet(info, DODI_SEALED, pdf)
    text = " ".join(_text(pdf).split())
    assert provider.strip() in text and head in text
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    right_edges = [float(m) for m in re.findall(r'xMax="([\d.]+)"', words)]
    assert max(right_edges) <= (210 - 20) * MM + 1  # nothing runs into the right margin


def test_a_sheet_of_a_reopened_and_resealed_session_says_amendment_with_old_and_new_levels(sealed_demo, tmp_path):
    from tests.services.test_central import CORRECTION, DODI, _amend, _as_ketua

    store, service, uuid = sealed_demo
    first = {r.nip: r for r in service.results(uuid)}
    assert all(r.revision == 1 and not r.amendments for r in first.values())
    old_level = first[DODI].competencies[[c.code for c in first[DODI].competencies].index("M.3")].achieved
    new_level = 2 if old_level != 2 else 3
    _amend(_as_ketua(store), uuid, level=new_level)
    info = service.info(uuid)
    results = {r.nip: r for r in service.results(uuid)}
    dodi = results[DODI]
    assert dodi.revision == 2 and [(a.code, a.original, a.amended) for a in dodi.amendments] == [
        ("M.3", old_level, new_level)]
    assert [o.reason for o in dodi.reopenings] == [CORRECTION]
    pdf = tmp_path / "revisi.pdf"
    reports.render_result_sheet(info, dodi, pdf)
    text = " ".join(_text(pdf).split())
    assert "AMANDEMEN: REVISI 2." in text and CORRECTION in text and info.seal_code in text
    assert re.search(rf"Komunikasi {old_level} {new_level} koreksi setelah verifikasi BKD", text), text
    other = next(r for nip, r in results.items() if nip != DODI)
    reports.render_result_sheet(info, other, pdf)
    text = " ".join(_text(pdf).split())
    assert "AMANDEMEN: REVISI 2." in text and "Tidak ada level akhir peserta ini yang berubah." in text
    reports.render_result_sheet(info, dataclasses.replace(dodi, revision=1, amendments=(), reopenings=()), pdf)
    assert "AMANDEMEN" not in _text(pdf)
    reports.render_recap(info, list(results.values()), pdf)
    assert re.search(r"AMANDEMEN: REVISI 2 - menggantikan rekapitulasi sesi yang pertama disegel \d+ \w+ \d{4}",
                     " ".join(_text(pdf).split()))
    reports.render_recap(info, list(first.values()), pdf)
    assert "AMANDEMEN" not in _text(pdf)


@pytest.mark.parametrize("kind", ["sealed sheet", "draft sheet", "recap"])
def test_only_embedded_dejavu_and_a_valid_pdf(tmp_path, kind):
    pdf = tmp_path / "out.pdf"
    if kind == "recap":
        reports.render_recap(INFO, GROUP, pdf)
    else:  # with the chart, the code box and the QR code, or the watermark
        reports.render_result_sheet(SEALED if kind == "sealed sheet" else INFO, DODI_SEALED, pdf)

    fonts = _run("pdffonts", pdf).splitlines()[2:]
    assert fonts, "no fonts listed"
    names = {}
    for line in fonts:
        cols = line.split()
        names[cols[0].split("+")[-1]] = cols[-5]  # emb column: name type encoding emb sub uni obj gen
    assert names == {"DejaVuSans": "yes", "DejaVuSans-Bold": "yes"}
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)


def test_unsealed_sheet_says_draft_and_sealed_sheet_shows_the_seal(tmp_path):
    draft, sealed = tmp_path / "draft.pdf", tmp_path / "sealed.pdf"
    reports.render_result_sheet(INFO, DODI, draft)
    reports.render_result_sheet(SEALED, DODI, sealed)

    draft_text, sealed_text = _text(draft), _text(sealed)
    assert "BELUM FINAL" in draft_text
    assert "Kode segel" not in draft_text
    assert "BELUM FINAL" not in sealed_text
    assert "Kode segel: 9F3A-7C21-B04E" in sealed_text
    assert "Berlaku sampai: 14 Maret 2028" in sealed_text


def test_negative_gap_keeps_its_sign_and_empty_lists_print_a_dash(tmp_path):
    below = dataclasses.replace(
        DODI, competencies=(CompetencyResult("PP", "Pelayanan Publik", 4, 2),), total_achieved=2,
        total_standard=4, jpm=50.0, category_code="KO", category_label="Kurang Optimal",
        strengths=(), development_areas=(), advice=(), responsible_assessor="",
    )
    pdf = tmp_path / "below.pdf"
    reports.render_result_sheet(INFO, below, pdf)
    text = _text(pdf)

    assert re.search(r"Pelayanan Publik\s+4\s+2\s+-2\b", text)
    assert re.search(r"Jumlah\s+4\s+2\s+-2\b", text)
    assert "JPM 50,00 %" in text
    assert re.search(r"Kekuatan\s*\n\s*-\s*\n", text)
    assert re.search(r"SARAN PENGEMBANGAN\s*\n\s*-\s*\n", text)


def test_identical_input_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    reports.render_result_sheet(SEALED, DODI_SEALED, first)
    reports.render_result_sheet(SEALED, DODI_SEALED, second)
    assert first.read_bytes() == second.read_bytes()
    draft = io.BytesIO()
    reports.render_result_sheet(INFO, DODI, draft)
    assert draft.getvalue() == _bytes(lambda out: reports.render_result_sheet(INFO, DODI, out))

    a, b = io.BytesIO(), io.BytesIO()
    reports.render_recap(SEALED, GROUP, a)
    reports.render_recap(SEALED, GROUP, b)
    assert a.getvalue() == b.getvalue()
    assert a.getvalue().startswith(b"%PDF-")


def test_a_long_sheet_numbers_every_page_of_the_total(tmp_path):
    many = dataclasses.replace(DODI, advice=tuple(f"Saran pengembangan nomor {i}." for i in range(1, 80)))
    pdf = tmp_path / "long.pdf"
    reports.render_result_sheet(INFO, many, pdf)
    text = _text(pdf)

    total = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", pdf)).group(1))
    assert total >= 3
    for n in range(1, total + 1):
        assert f"Halaman {n} dari {total}" in text
    assert "Saran pengembangan nomor 79." in text


def test_f4_is_folio_and_a4_is_the_default(tmp_path):
    a4, f4 = tmp_path / "a4.pdf", tmp_path / "f4.pdf"
    reports.render_result_sheet(INFO, DODI, a4)
    reports.render_result_sheet(INFO, DODI, f4, paper="F4")

    assert _page_size_mm(a4) == pytest.approx((210, 297), abs=0.1)
    assert _page_size_mm(f4) == pytest.approx((215, 330), abs=0.1)

    recap = tmp_path / "recap.pdf"
    reports.render_recap(INFO, GROUP, recap, paper="F4")
    assert sorted(_page_size_mm(recap)) == pytest.approx([215, 330], abs=0.1)


@pytest.mark.parametrize("paper", ["Letter", "A5", "", "legal"])
def test_unknown_paper_is_refused_before_anything_is_written(tmp_path, paper):
    out = tmp_path / "x.pdf"
    with pytest.raises(ValidationError, match="kertas"):
        reports.render_result_sheet(INFO, DODI, out, paper=paper)
    with pytest.raises(ValidationError, match="kertas"):
        reports.render_recap(INFO, GROUP, out, paper=paper)
    assert not out.exists()


def test_recap_groups_by_target_position_and_ranks_by_jpm(tmp_path):
    pdf = tmp_path / "recap.pdf"
    reports.render_recap(SEALED, GROUP, pdf)
    text = _text(pdf)

    for expected in (
        "REKAPITULASI HASIL PENILAIAN KOMPETENSI",
        "Pemetaan Kompetensi Pejabat Administrator Tahun 2025",
        "Pemetaan Kompetensi",
        "10 Maret 2025 - 12 Maret 2025",
        "Kode segel: 9F3A-7C21-B04E",
        "Halaman 1 dari 1",
        "RAHASIA",
    ):
        assert expected in text, expected
    # positions in alphabetical order, each with its heading; within one, JPM from high to low
    rows = [
        "Jabatan Sasaran: Kepala Bagian Umum (1 peserta)",
        (1, 7, "19791105 200501 1 902", "Dodi Pratama Contoh", "100,00", "Optimal (O)"),
        "Jabatan Sasaran: Kepala Bidang Perencanaan (3 peserta)",
        (1, 1, "19850723 201001 1 903", "Ahmad Fauzi Contoh", "92,60", "Optimal (O)"),
        (2, 3, "19820314 200604 2 901", "Citra Lestari Contoh", "85,20", "Cukup Optimal (CO)"),
        (3, 2, "19770418 200312 1 904", "Bambang Wijaya Contoh", "70,40", "Kurang Optimal (KO)"),
    ]
    where = []
    for row in rows:
        if isinstance(row, str):
            m = re.search(rf"^\s*{re.escape(row)}\s*$", text, re.M)
        else:
            rank, no, nip, name, jpm, category = row
            m = re.search(rf"^\s*{rank}\s+{no}\s+{nip}\s+{name}\s+.*\s{jpm}\s+{re.escape(category)}\s*$", text, re.M)
        assert m, row
        where.append(m.start())
    assert where == sorted(where)
    assert re.search(r"Optimal \(O\)\s+2\s*$", text, re.M)
    assert re.search(r"Cukup Optimal \(CO\)\s+1\s*$", text, re.M)
    assert re.search(r"Kurang Optimal \(KO\)\s+1\s*$", text, re.M)
    assert re.search(r"Jumlah\s+4\s*$", text, re.M)


def test_recap_ties_share_a_rank_and_keep_participant_order(tmp_path):
    tie = (_person(9, "Eka Contoh", "198001012005011001", 85.2, "CO", "Cukup Optimal"),
           _person(4, "Fajar Contoh", "198001012005011002", 85.2, "CO", "Cukup Optimal"))
    groups = reports.recap_groups([*GROUP, *tie])
    assert [p for p, _ in groups] == ["Kepala Bagian Umum", "Kepala Bidang Perencanaan"]
    assert [r.participant_no for r in groups[1][1]] == [1, 3, 4, 9, 2]

    pdf = tmp_path / "recap.pdf"
    reports.render_recap(SEALED, [*GROUP, *tie], pdf)
    text = _text(pdf)
    for rank, no, name in ((1, 1, "Ahmad"), (2, 3, "Citra"), (2, 4, "Fajar"), (2, 9, "Eka"), (5, 2, "Bambang")):
        assert re.search(rf"^\s*{rank}\s+{no}\s+\d{{8}} \d{{6}} \d \d{{3}}\s+{name}\b", text, re.M), name


def test_recap_of_a_draft_session_without_assessees_still_prints(tmp_path):
    pdf = tmp_path / "empty.pdf"
    reports.render_recap(dataclasses.replace(INFO, purpose=Purpose.PENGISIAN_JABATAN), [], pdf)
    text = _text(pdf)
    assert "BELUM FINAL" in text
    assert "Pengisian Jabatan" in text
    assert "Belum ada peserta" in text
    assert re.search(r"Memenuhi Syarat \(MS\)\s+0\s*$", text, re.M)


def test_self_test_pdf_is_one_page_of_indonesian_text(tmp_path):
    pdf = tmp_path / "self-test.pdf"
    reports.render_self_test_pdf(pdf)
    assert re.search(r"Pages:\s+1\n", _run("pdfinfo", pdf))
    assert "UJI MANDIRI ASESMEN" in _text(pdf)
    assert "DejaVuSans" in _run("pdffonts", pdf)
    buf = io.BytesIO()
    reports.render_self_test_pdf(buf)
    assert buf.getvalue() == pdf.read_bytes()


def test_register_fonts_is_idempotent():
    reports.register_fonts()
    reports.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert {"DejaVuSans", "DejaVuSans-Bold"} <= set(pdfmetrics.getRegisteredFontNames())


def test_recap_appendix_and_sheet_sections_from_a_real_meeting(sealed_demo, tmp_path):
    from desktop.services.meeting import interrater

    _, service, uuid = sealed_demo
    info = service.info(uuid)
    results = service.results(uuid)
    recap = tmp_path / "rekap.pdf"
    reports.render_recap(info, results, recap, interrater=interrater(service, uuid))
    text = _text(recap)
    assert "Lampiran: Statistik Antar-Penilai" in text and "Alpha Krippendorff" in text
    assert "Ratna Dewi Contoh" in text and "M.3 Komunikasi" in text
    sheet = tmp_path / "dodi.pdf"
    dodi = next(r for r in results if r.nip == "197911052005011902")
    reports.render_result_sheet(info, dodi, sheet)
    text = _text(sheet)
    assert "IV. SARAN PENEMPATAN" in text and "V. SARAN PENGEMBANGAN" in text
    assert "9-box): tinggi" in text


def test_result_sheet_draws_the_radar_chart_of_achieved_against_standard(tmp_path):
    pdf = tmp_path / "dodi.pdf"
    reports.render_result_sheet(SEALED, DODI_SEALED, pdf)
    text = _page_text(pdf, 1)  # with the competency profile, on the first page

    assert "Skala level 0-5" in text
    # the legend beside the chart, besides the table's column heads
    assert len(re.findall(r"\bStandar\b", text)) >= 2 and len(re.findall(r"\bCapaian\b", text)) >= 2
    for _code, name, _std, _ach in COMPETENCIES:  # each name labels a spoke as well as a table row
        assert len(re.findall(re.escape(name.split()[0]), text)) >= 2, name
    assert text.index("Kategori: Optimal (O)") < text.index("Skala level 0-5")


def test_the_radar_chart_follows_the_values_and_needs_three_competencies():
    drawing = reports.radar_chart(DODI, 170 * reports.mm)
    chart = next(x for x in drawing.contents if isinstance(x, reports.SpiderChart))
    assert chart.data == [[a for *_, a in COMPETENCIES], [s for *_, s, _ in COMPETENCIES]]  # achieved, standard
    assert chart.normalizeData()[0][1] == pytest.approx(4 / 5)  # scale 0..5, whatever the values
    assert chart.labels[0] == "Integritas"


def test_every_page_of_a_sealed_sheet_carries_its_code_and_a_qr_code_that_scans(tmp_path):
    long = dataclasses.replace(DODI_SEALED, advice=LONG_ADVICE)
    pdf = tmp_path / "dodi.pdf"
    reports.render_result_sheet(SEALED, long, pdf)
    code = DODI_SEALED.sheet_code
    assert re.fullmatch(r"[0-9A-F]{12}", code)
    shown = f"{code[:4]}-{code[4:8]}-{code[8:]}"

    pages = _pages(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _page_text(pdf, page)
        assert f"Kode verifikasi: {shown} — periksa di BKD" in text, page
        assert "NIP 19791105 200501 1 902" in text and f"Halaman {page} dari {pages}" in text
        assert _qr_codes(pdf, page) == [f"ASESMEN:{code}"], page
    assert "BELUM FINAL" not in _text(pdf)
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)


def test_the_qr_code_scans_on_folio_too(tmp_path):
    pdf = tmp_path / "f4.pdf"
    reports.render_result_sheet(SEALED, DODI_SEALED, pdf, paper="F4")
    assert _page_size_mm(pdf) == pytest.approx((215, 330), abs=0.1)
    assert _qr_codes(pdf, _pages(pdf)) == [f"ASESMEN:{DODI_SEALED.sheet_code}"]


def test_an_unsealed_sheet_has_no_code_and_a_draft_watermark_on_every_page(tmp_path):
    # the result already has a code (as if computed): an unsealed session still never prints it
    long = dataclasses.replace(DODI_SEALED, advice=LONG_ADVICE)
    draft, sealed = tmp_path / "draft.pdf", tmp_path / "sealed.pdf"
    reports.render_result_sheet(INFO, long, draft)
    reports.render_result_sheet(SEALED, long, sealed)

    pages = _pages(draft)
    assert pages == _pages(sealed) >= 2  # the same layout before and after sealing
    text = _text(draft)
    assert "Kode verifikasi:" not in text and DODI_SEALED.sheet_code_display not in text
    assert "ASESMEN" not in text
    for page in range(1, pages + 1):
        assert "DRAFT / BELUM FINAL" in _page_text(draft, page)  # the corner note, as text
        assert "Belum ada kode verifikasi" in _page_text(draft, page)
        assert _qr_codes(draft, page) == []
        # the large diagonal watermark: a page's worth of light grey more than the sealed page has
        assert _watermark_pixels(draft, page) > _watermark_pixels(sealed, page) + 1500, page
    # drawn as shapes, it leaves the text in reading order
    assert re.search(r"Kode verifikasi: \S+ — periksa di BKD", _text(sealed))
    assert "Total capaian 27 dari standar 27 = JPM 100,00 %" in text


@pytest.mark.parametrize("text", ["ASESMEN:0123456789ab", "FORM:" + "x" * 40, "Ä" * 30])
def test_each_masked_qr_symbol_is_the_one_the_encoder_builds_for_that_mask(text):
    """qr_symbols derives masks 1..7 from mask 0 by XOR; each must equal reportlab's own symbol."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    n, symbols = reports.qr_symbols(text)
    for mask, rows in enumerate(symbols):
        qr = QrCodeWidget(text, barLevel="M").qr
        qr.version = qr.calculate_version()
        qr.makeImpl(False, mask)
        assert n == len(qr.modules)
        assert rows == tuple(int("".join("1" if m else "0" for m in row), 2) for row in qr.modules), mask


def test_qr_codes_of_many_sheet_codes_all_scan(tmp_path):
    """Our own mask choice and drawing (reportlab's encoder underneath): every code reads back."""
    from reportlab.pdfgen.canvas import Canvas

    texts = [f"ASESMEN:{verification.sheet_code('f' * 64, f'uuid-{i}', {'i': i})}" for i in range(12)]
    pdf = tmp_path / "codes.pdf"
    canv = Canvas(str(pdf), pagesize=(210 * MM, 297 * MM), invariant=1)
    for i, text in enumerate(texts):
        reports.QrCode(text, 20 * MM).draw_at(canv, (15 + 60 * (i % 3)) * MM, (20 + 65 * (i // 3)) * MM)
    canv.save()
    assert sorted(_qr_codes(pdf, 1)) == sorted(texts)
