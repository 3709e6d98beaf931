"""The `asesmen` command as a user runs it: the real console script in a subprocess."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.central import CentralService
from desktop.services.stores import open_central_store

ASESMEN = str(Path(sys.executable).with_name("asesmen"))
NIPS = ["19820314 200604 2 901", "19791105 200501 1 902", "19900722 201503 1 903",
        "19851230 201012 2 904", "19940211 201903 1 905", "19880405 201101 2 906"]


def asesmen(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([ASESMEN, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("demo") / "demo-output"
    return out, asesmen("demo", "--out", str(out))


def test_demo_runs_the_whole_flow_and_prints_the_summary(demo):
    out, run = demo
    assert run.returncode == 0, run.stderr
    for nip, name in zip(NIPS, ["Rina Lestari Fiktif", "Dodi Pratama Contoh", "Andi Saputra Sampel",
                                "Sari Wulandari Uji", "Budi Hartono Dummy", "Maya Kusuma Tiruan"], strict=True):
        assert any(nip in line and name in line for line in run.stdout.splitlines()), name
    assert "100,00  O" in run.stdout and "duplicate" in run.stdout
    assert len(list((out / "reports").glob("*.pdf"))) == 7
    assert (out / "reports" / "rekapitulasi.pdf").exists()
    assert len(list((out / "bundles").glob("*.bundle.zip"))) == 1
    assert {p.name for p in (out / "keys").iterdir()} == {"centre.pub", "bkd.age.pub", "bkd-identity.txt"}
    assert (out / "centre.sqlite").exists()


def test_demo_central_database_holds_each_result_once(demo):
    out, _ = demo
    store = open_central_store(out / "central.sqlite")
    rows = CentralService(store).result_rows()
    store.close()
    assert len(rows) == 6 and len({r["nip"] for r in rows}) == 6


def test_demo_result_sheet_text_is_extractable(demo):
    out, _ = demo
    text = subprocess.run(["pdftotext", "-layout", str(out / "reports" / "002-197911052005011902.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    for expected in ("Dodi Pratama Contoh", "19791105 200501 1 902", "Sekretaris Dinas", "JPM 100,00 %",
                     "Optimal (O)", "Kode segel:", "RAHASIA"):
        assert expected in text


def test_keys_trust_export_import_and_report_commands(demo, tmp_path, monkeypatch):
    out, _ = demo
    monkeypatch.setenv("ASESMEN_CENTRE_PASSWORD", "sandi-pusat-123")
    monkeypatch.setenv("ASESMEN_BKD_PASSWORD", "sandi-bkd-456")
    centre_keys, bkd_keys = tmp_path / "centre-keys", tmp_path / "bkd-keys"
    assert asesmen("keys", "centre", "--out", str(centre_keys)).returncode == 0
    made = asesmen("keys", "bkd", "--out", str(bkd_keys))
    assert made.returncode == 0 and "age1" in made.stdout
    (centre_keys / "bkd.age.pub").write_bytes((bkd_keys / "bkd.age.pub").read_bytes())  # BKD hands it out
    store = str(out / "centre.sqlite")
    exported = asesmen("--store", store, "export", "--out", str(tmp_path / "stick"), "--keys", str(centre_keys))
    assert exported.returncode == 0, exported.stderr
    (bundle,) = (tmp_path / "stick").glob("*.bundle.zip")
    central = f"sqlite:///{tmp_path / 'bkd.sqlite'}"
    identity = str(bkd_keys / "bkd-age.key")
    untrusted = asesmen("import", "--central", central, "--identity", identity, str(bundle))
    assert untrusted.returncode == 3 and "rejected" in untrusted.stdout
    trusted = asesmen("trust", "add", "--central", central, "--centre", "UPT Contoh", str(centre_keys / "centre.pub"))
    assert trusted.returncode == 0, trusted.stderr
    first = asesmen("import", "--central", central, "--identity", identity, str(bundle))
    second = asesmen("import", "--central", central, "--identity", identity, str(bundle))
    assert first.returncode == 0 and "applied" in first.stdout, first.stdout + first.stderr
    assert second.returncode == 0 and "duplicate" in second.stdout and "sudah diimpor pada" in second.stdout
    assert "berlaku" in asesmen("trust", "list", "--central", central).stdout
    reports = asesmen("--store", store, "report", "--out", str(tmp_path / "pdf"), "--paper", "F4")
    assert reports.returncode == 0, reports.stderr
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 7


def test_rerunning_the_demo_into_the_same_folder_works(demo):
    out, _ = demo
    again = asesmen("demo", "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert len(list((out / "bundles").glob("*.bundle.zip"))) == 1


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["bogus"], "invalid choice"),
        (["demo"], "--out"),
        (["--store", "/nonexistent/centre.sqlite", "report", "--out", "x"], "tidak ditemukan"),
        (["import", "--central", "mysql://u@h/db", "--identity", "{tmp}/id.txt", "x.zip"], "tidak didukung"),
        (["import", "--central", "sqlite:///{tmp}/c.sqlite", "--identity", "{tmp}/id.txt",
          "{tmp}/missing.bundle.zip"], "rejected"),
        (["import", "--central", "sqlite:///{tmp}/c.sqlite", "--identity", "{tmp}/nothing.key", "x.zip"],
         "tidak dapat"),
        (["--store", "{tmp}/junk.sqlite", "report", "--out", "x"], "tidak dapat dibuka"),
        (["demo", "--out", "/proc/asesmen-demo"], "tidak dapat"),
    ],
)
def test_errors_are_one_line_and_a_non_zero_exit(args, fragment, tmp_path):
    (tmp_path / "junk.sqlite").write_bytes(b"garbage" * 500)
    from desktop.services.keys import generate_bkd_identity, write_plain_identity_file

    write_plain_identity_file(generate_bkd_identity(), tmp_path / "id.txt")
    run = asesmen(*[a.format(tmp=tmp_path) for a in args])
    assert run.returncode != 0
    output = (run.stderr + run.stdout).strip()
    assert "Traceback" not in output
    assert len(output.splitlines()) == 1, output
    assert fragment in output


def test_self_test_passes():
    run = asesmen("--self-test")
    assert run.returncode == 0, run.stderr
    assert "self-test ok" in run.stdout


def test_the_headless_layers_never_load_qt(tmp_path):
    code = (
        "import sys, desktop.cli, desktop.services.demo as d\n"
        f"d.run_demo(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 loaded'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_the_meeting_from_the_command_line(tmp_path, open_demo_template):
    import shutil

    from desktop.domain.model import FormStatus
    from desktop.services.assessment import AssessmentService
    from desktop.services.stores import open_centre_store

    path = tmp_path / "centre.sqlite"
    shutil.copy(open_demo_template, path)
    store_arg = ["--store", str(path)]
    refused = asesmen(*store_arg, "meeting", "open")
    assert refused.returncode == 1 and "formulir belum dikirim" in refused.stderr
    store = open_centre_store(path)
    service = AssessmentService(store, actor="asesor")
    uuid = service.sessions()[0].uuid
    for f in service.progress_board(uuid):
        if f.status is not FormStatus.SUBMITTED:
            service.submit_form(uuid, f.nip, f.simulation_code, f.assessor_name)
    store.close()
    assert asesmen(*store_arg, "meeting", "open").returncode == 0
    status = asesmen(*store_arg, "meeting", "status")
    assert "Dodi Pratama Contoh" in status.stdout and "alpha Krippendorff" in status.stdout
    no_reason = asesmen(*store_arg, "meeting", "final", "197911052005011902", "M.3", "3")
    assert no_reason.returncode == 1 and "alasan wajib" in no_reason.stderr
    decided = asesmen(*store_arg, "meeting", "final", "197911052005011902", "M.3", "3", "--reason", "bukti lemah")
    assert decided.returncode == 0, decided.stderr
    assert asesmen(*store_arg, "meeting", "accept-all").returncode == 0
    closed = asesmen(*store_arg, "meeting", "close")
    assert closed.returncode == 0 and "kode segel" in closed.stdout
    store = open_centre_store(path)
    dodi = next(r for r in AssessmentService(store, actor="x").results(uuid) if r.nip == "197911052005011902")
    store.close()
    assert dodi.total_achieved == 26

    # a correction after the seal: only a ketua or administrator, with their password and a reason
    from desktop.services.accounts import AccountService, CentreProfile, Role

    store = open_centre_store(path)
    accounts = AccountService(store)
    admin = accounts.first_run(CentreProfile("UPT Contoh", "BKD Contoh", "Kepala"), "admin", "Admin", "sandi-admin-1")
    accounts.create_user(admin, "wati", "Wati Asesor", Role.ASESOR, "sandi-asesor-1")
    store.close()
    env = {"ASESMEN_PASSWORD": "sandi-asesor-1"}
    refused = asesmen(*store_arg, "meeting", "reopen", "--user", "wati", "--reason", "salah ketik", env=env)
    assert refused.returncode == 1 and "hanya ketua asesor atau administrator" in refused.stderr
    wrong = asesmen(*store_arg, "meeting", "reopen", "--user", "admin", "--reason", "x", env=env)
    assert wrong.returncode == 1 and "salah" in wrong.stderr and "Traceback" not in wrong.stderr
    reopened = asesmen(*store_arg, "meeting", "reopen", "--user", "admin", "--reason",
                       "NIP peserta salah ketik, ditemukan BKD", env={"ASESMEN_PASSWORD": "sandi-admin-1"})
    assert reopened.returncode == 0, reopened.stderr
    assert "meeting" in asesmen(*store_arg, "meeting", "status").stdout
    resealed = asesmen(*store_arg, "meeting", "close")
    assert resealed.returncode == 0 and "kode segel" in resealed.stdout


def test_blank_observation_forms_for_the_paper_fallback(demo, tmp_path):
    out, _ = demo
    run = asesmen("--store", str(out / "centre.sqlite"), "forms", "--out", str(tmp_path / "forms"))
    assert run.returncode == 0, run.stderr
    assert "24 formulir observasi" in run.stdout
    assert len(list((tmp_path / "forms").glob("form-*.pdf"))) == 24
