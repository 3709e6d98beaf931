"""Blank observation forms for the paper fallback, checked as an assessor and the tools would read them."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from desktop.domain.model import FormItem, FormStatus, FormView, Level, Purpose, SessionInfo, SessionStatus
from desktop.services import observation_forms
from desktop.services.progress import Cancelled, Progress

DODI = "197911052005011902"
AGUS = "Agus Salim Sampel, S.Sos., M.Si."  # observes Dodi in the LGD; third assessor of the sample


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", pdf)).group(1))


def _page_text(pdf: Path, page: int) -> str:
    return _run("pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-")


def _qr_codes(pdf: Path, page: int) -> list[str]:
    stem = pdf.with_name(f"{pdf.stem}-p{page}")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True)
    done = subprocess.run(["zbarimg", "--raw", "-q", str(stem.with_suffix(".png"))], capture_output=True, text=True)
    assert done.returncode in (0, 4), done.stderr  # 4: no code on the page
    return done.stdout.splitlines()


@pytest.fixture
def lgd_form(open_demo, tmp_path):
    _, service, uuid = open_demo
    info = service.info(uuid)
    form = service.form(uuid, DODI, "LGD", AGUS)
    pdf = tmp_path / "form.pdf"
    observation_forms.render_observation_form(info, form, pdf)
    return info, form, pdf


def test_the_form_lists_only_the_competencies_of_its_simulation_with_every_level(lgd_form):
    info, form, pdf = lgd_form
    text = _run("pdftotext", "-layout", pdf, "-")
    flat = " ".join(text.split())

    for expected in ("FORMULIR OBSERVASI PERILAKU", info.title, "Dodi Pratama Contoh", "19791105 200501 1 902",
                     "LGD", AGUS, "Tanggal / waktu", "RAHASIA", "Bukti perilaku", "Asesor,"):
        assert expected in flat, expected
    headings = re.findall(r"^\s*(\d+)\. (\S+) ", text, re.M)
    assert headings == [("1", "M.2"), ("2", "M.3"), ("3", "M.7"), ("4", "M.8"), ("5", "SK.1")]
    for absent in ("Integritas", "Orientasi pada Hasil", "Pelayanan Publik", "M.1 ", "M.4 "):
        assert absent not in text, absent  # competencies the matrix does not mark for LGD
    for item in form.items:  # every level with its title (and its first indicator, at least in part)
        assert len(item.levels) == 5
        for level in item.levels:
            assert " ".join(level.title.split()[:4]) in flat, (item.code, level.level)
    # a blank form: none of the ratings or evidence the store already holds
    assert "level 4" not in text and "tersimpan" not in text


def test_the_qr_code_identifies_the_form_and_is_printed_beside_it(lgd_form):
    info, form, pdf = lgd_form
    expected = f"ASESMEN-FORM:{info.uuid}:{DODI}:LGD:{AGUS}"
    assert observation_forms.form_code(form) == expected
    assert _qr_codes(pdf, 1) == [expected]
    assert f"Kode formulir: {expected}" in " ".join(_page_text(pdf, 1).split())


def test_every_page_is_numbered_and_names_its_form(lgd_form):
    _, _, pdf = lgd_form
    pages = _pages(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _page_text(pdf, page)
        assert f"Halaman {page} dari {pages}" in text
        assert "No 2 - Dodi Pratama Contoh - NIP 19791105 200501 1 902 - LGD" in text
        assert text.count("RAHASIA") == 2


def test_fonts_are_embedded_the_pdf_is_valid_and_output_is_repeatable(lgd_form, tmp_path):
    info, form, pdf = lgd_form
    fonts = {line.split()[0].split("+")[-1]: line.split()[-5] for line in _run("pdffonts", pdf).splitlines()[2:]}
    assert fonts == {"DejaVuSans": "yes", "DejaVuSans-Bold": "yes"}
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)
    again = io.BytesIO()
    observation_forms.render_observation_form(info, form, again)
    assert again.getvalue() == pdf.read_bytes()
    f4 = tmp_path / "f4.pdf"
    observation_forms.render_observation_form(info, form, f4, paper="F4")
    assert re.search(r"Page size:\s+609\.4\d* x 935\.4\d* pts", _run("pdfinfo", f4))  # 215 x 330 mm
    assert _qr_codes(f4, 1) == [observation_forms.form_code(form)]


def test_a_form_from_literal_values_with_a_long_name_and_no_indicators(tmp_path):
    info = SessionInfo(uuid="5e551011-0000-4000-8000-000000000001", title="Sesi Uji", purpose=Purpose.PEMETAAN,
                       agency="", provider="UPT Contoh", provider_head="", venue="", start_date="2025-03-10",
                       end_date="2025-03-10", status=SessionStatus.SEALED)
    levels = tuple(Level(n, f"Judul level {n}") for n in range(1, 6))
    form = FormView(info.uuid, "198503302010012001", "Sri Rahayu Ningsih Kusumawardhani Contoh Panjang Sekali", 12,
                    "CBI", "Wawancara Berbasis Kompetensi", "Prof. Dr. Ir. Raden Mas Contoh Panjang, M.Sc., Ph.D.",
                    FormStatus.MISSING, (FormItem("M.1", "Integritas", levels),))
    pdf = tmp_path / "x.pdf"
    observation_forms.render_observation_form(info, form, pdf)
    text = _run("pdftotext", "-layout", pdf, "-")
    assert "1. M.1 Integritas" in text and "Judul level 5" in text
    assert "Halaman 1 dari 1" in text
    assert _qr_codes(pdf, 1) == [observation_forms.form_code(form)]


def test_write_observation_forms_writes_one_file_per_assignment(open_demo, tmp_path):
    _, service, uuid = open_demo
    seen: list[tuple[int, int, str]] = []
    paths = observation_forms.write_observation_forms(
        service, uuid, tmp_path / "forms", Progress(lambda done, total, text: seen.append((done, total, text))))

    board = service.progress_board(uuid)
    assert len(board) == 24 and len(paths) == 24
    assert sorted(p.name for p in (tmp_path / "forms").iterdir()) == sorted(p.name for p in paths)
    assert all(re.fullmatch(r"form-\d{3}-(INTRAY|LGD|PRESENTASI|CBI)-[123]\.pdf", p.name) for p in paths)
    assert tmp_path / "forms" / "form-002-LGD-3.pdf" in paths  # Dodi, LGD, the third assessor (Agus)
    assert [s[0] for s in seen] == list(range(25)) and {s[1] for s in seen} == {24}
    assert "form-002-LGD-3.pdf" in [s[2] for s in seen]
    text = _run("pdftotext", "-layout", tmp_path / "forms" / "form-002-LGD-3.pdf", "-")
    assert "Dodi Pratama Contoh" in text and AGUS in text
    assert _qr_codes(tmp_path / "forms" / "form-002-LGD-3.pdf", 1) == [f"ASESMEN-FORM:{uuid}:{DODI}:LGD:{AGUS}"]


def test_write_observation_forms_can_be_cancelled_between_forms(open_demo, tmp_path):
    _, service, uuid = open_demo
    done: list[int] = []
    progress = Progress(lambda d, total, text: done.append(d), cancelled_fn=lambda: len(done) >= 3)
    with pytest.raises(Cancelled):
        observation_forms.write_observation_forms(service, uuid, tmp_path / "forms", progress)
    written = sorted((tmp_path / "forms").iterdir())
    assert len(written) == 3 and all(p.suffix == ".pdf" for p in written)  # whole forms only, no .part
    assert all(_pages(p) >= 1 for p in written)
