"""PDF reports, checked the way a reader sees them: poppler's text, fonts and page size, qpdf's check."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pytest

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


def test_result_sheet_embeds_dejavu_and_is_a_valid_pdf(tmp_path):
    pdf = tmp_path / "dodi.pdf"
    reports.render_result_sheet(SEALED, DODI, pdf)

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
    reports.render_result_sheet(SEALED, DODI, first)
    reports.render_result_sheet(SEALED, DODI, second)
    assert first.read_bytes() == second.read_bytes()

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


def test_recap_lists_every_assessee_sorted_with_jpm_and_category(tmp_path):
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
    rows = [
        (1, "19850723 201001 1 903", "Ahmad Fauzi Contoh", "92,60", "Optimal (O)"),
        (2, "19770418 200312 1 904", "Bambang Wijaya Contoh", "70,40", "Kurang Optimal (KO)"),
        (3, "19820314 200604 2 901", "Citra Lestari Contoh", "85,20", "Cukup Optimal (CO)"),
        (7, "19791105 200501 1 902", "Dodi Pratama Contoh", "100,00", "Optimal (O)"),
    ]
    where = []
    for no, nip, name, jpm, category in rows:
        m = re.search(rf"^\s*{no}\s+{nip}\s+{name}\s+.*\s{jpm}\s+{re.escape(category)}\s*$", text, re.M)
        assert m, name
        where.append(m.start())
    assert where == sorted(where)
    assert re.search(r"Optimal \(O\)\s+2\s*$", text, re.M)
    assert re.search(r"Cukup Optimal \(CO\)\s+1\s*$", text, re.M)
    assert re.search(r"Kurang Optimal \(KO\)\s+1\s*$", text, re.M)
    assert re.search(r"Jumlah\s+4\s*$", text, re.M)


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
