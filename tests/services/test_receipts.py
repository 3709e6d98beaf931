"""BKD's signed receipts: issued from what the central tables say was applied, checked with the stock
`minisign`, and every alteration refused."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.errors import NotFoundError
from desktop.services import keys, receipts
from desktop.services.assessment import AssessmentService
from desktop.services.central import CentralService
from desktop.services.delivery import DeliveryService, ExportedBundle
from desktop.services.files import canonical_zip
from desktop.services.stores import Store, open_central_store
from desktop.storage.central_orm import ImportLog

PASSWORD = "kata-sandi-bkd-contoh"


def run(*cmd, cwd=None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    return done


@dataclass
class Delivered:
    """A sealed session exported by the centre and imported by BKD (keys in memory)."""

    store: Store
    service: AssessmentService
    delivery: DeliveryService
    uuid: str
    centre: keys.CentreSigningKey
    bkd: keys.BkdIdentity
    receipt_key: keys.BkdReceiptKey
    bundle: ExportedBundle
    central: Store
    folder: Path

    def issue(self, bundle_ids=None) -> list[Path]:
        return receipts.issue_receipts(self.central, self.receipt_key, self.folder / "receipts", bundle_ids,
                                       issuer="BKD Provinsi Contoh")


def export_session(delivery: DeliveryService, uuids: list[str], folder: Path, centre, bkd, receipt_key,
                   usb: str = "usb"):
    return delivery.export(uuids, folder / usb, centre, [bkd.recipient], sequence_file=folder / "sequence",
                           bkd_receipt_key_id=receipt_key.key_id)


def bkd_import(central: Store, bkd, centre, path: Path) -> None:
    service = CentralService(central, actor="bkd", identities=[bkd])
    if service.trust.lookup(centre.key_id) is None:
        service.trust.add("Pusat Asesmen Contoh", centre.public_key)
    outcome = service.import_file(path)
    assert outcome.outcome == "applied", outcome.message


def deliver(store: Store, service: AssessmentService, uuid: str, folder: Path, central_url: str) -> Delivered:
    centre, bkd, receipt_key = keys.generate_centre_key(), keys.generate_bkd_identity(), keys.generate_receipt_key()
    delivery = DeliveryService(store, actor="tester")
    bundle = export_session(delivery, [uuid], folder, centre, bkd, receipt_key)
    central = open_central_store(central_url)
    bkd_import(central, bkd, centre, bundle.path)
    return Delivered(store, service, delivery, uuid, centre, bkd, receipt_key, bundle, central, folder)


@pytest.fixture
def delivered(sealed_demo, tmp_path):
    store, service, uuid = sealed_demo
    chain = deliver(store, service, uuid, tmp_path, str(tmp_path / "central.sqlite"))
    yield chain
    chain.central.close()


def unzip(path: Path, folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


# -- issuing ------------------------------------------------------------------------------------------


def test_a_receipt_names_the_bundle_and_its_sealed_sessions_and_the_stock_minisign_checks_it(delivered, tmp_path):
    (path,) = delivered.issue()
    assert path.name == f"{delivered.bundle.bundle_id}.receipt.zip"
    files = unzip(path, tmp_path / "hand")
    assert list(files) == ["receipt.json", "receipt.json.minisig"]
    body = json.loads(files["receipt.json"])
    seal = delivered.service.info(delivered.uuid).seal_hash
    with delivered.central.transaction() as db:
        at = db.scalar(select(ImportLog.at).where(ImportLog.outcome == "applied"))
    assert body == {
        "format": "asesmen.receipt", "format_version": 1, "bundle_id": delivered.bundle.bundle_id,
        "bundle_sha256": hashlib.sha256(delivered.bundle.path.read_bytes()).hexdigest(),
        "imported_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "issued_at": body["issued_at"],
        "issuer": "BKD Provinsi Contoh", "key_id": delivered.receipt_key.key_id,
        "sessions": [{"uuid": delivered.uuid, "seal_hash": seal}],
    }
    text = files["receipt.json"].decode()
    for person in delivered.service.document(delivered.uuid)["assessees"]:  # no personal data in a receipt
        assert person["nip"] not in text and person["name"] not in text

    # the stock tool, with the minisign .pub file BKD keeps and with the key line of the file centres install
    public = keys.write_public_key(delivered.receipt_key, tmp_path / "bkd-receipt.pub")
    out = run("minisign", "-Vm", "receipt.json", "-p", public, cwd=tmp_path / "hand").stdout.decode()
    assert f"bundle={delivered.bundle.bundle_id}" in out and "sessions=1" in out
    installed = keys.write_recipient_file(delivered.bkd, tmp_path / "bkd.age.pub", receipt_key=delivered.receipt_key)
    line = next(ln.split()[2] for ln in installed.read_text().splitlines() if ln.startswith("# minisign: "))
    run("minisign", "-Vm", "receipt.json", "-P", line, cwd=tmp_path / "hand")

    (tmp_path / "hand" / "receipt.json").write_bytes(files["receipt.json"].replace(b'"BKD', b'"bkd'))
    refused = subprocess.run(["minisign", "-Vm", "receipt.json", "-p", str(public)], cwd=tmp_path / "hand",
                             capture_output=True)
    assert refused.returncode != 0

    opened = receipts.open_receipt(path.read_bytes(), delivered.receipt_key.public_key)
    assert opened.sessions == (receipts.ReceiptSession(delivered.uuid, seal),)


def test_receipts_for_named_bundles_and_the_refusals(delivered):
    (path,) = delivered.issue([delivered.bundle.bundle_id])
    assert path.exists()
    with pytest.raises(NotFoundError, match="tidak tercatat"):
        delivered.issue(["00000000-0000-4000-8000-000000000000"])
    again = CentralService(delivered.central, actor="bkd", identities=[delivered.bkd]).import_file(
        delivered.bundle.path)
    assert again.outcome == "duplicate"
    # a second bundle of the same session (the first receipt lost, exported again) holds nothing new,
    # and is answered with a receipt naming the session BKD holds, which the centre records
    second = export_session(delivered.delivery, [delivered.uuid], delivered.folder, delivered.centre,
                            delivered.bkd, delivered.receipt_key, usb="again")
    outcome = CentralService(delivered.central, actor="bkd", identities=[delivered.bkd]).import_file(second.path)
    assert outcome.outcome == "duplicate", outcome.message
    (repeat,) = delivered.issue([second.bundle_id])
    receipt = json.loads(unzip(repeat, delivered.folder / "repeat")["receipt.json"])
    assert receipt["bundle_id"] == second.bundle_id and receipt["bundle_sha256"] == hashlib.sha256(
        second.path.read_bytes()).hexdigest()
    assert [s["uuid"] for s in receipt["sessions"]] == [delivered.uuid]
    assert sorted(p.name for p in delivered.issue()) == sorted([path.name, repeat.name])  # --all: both
    recorded = delivered.delivery.import_receipt(repeat, delivered.receipt_key.public_key)
    assert recorded.outcome == "recorded", recorded.message
    assert delivered.delivery.row(delivered.uuid).can_purge


def test_no_receipt_before_anything_was_applied(tmp_path):
    central = open_central_store(tmp_path / "central.sqlite")
    try:
        with pytest.raises(NotFoundError, match="belum ada bundel"):
            receipts.issue_receipts(central, keys.generate_receipt_key(), tmp_path / "out")
    finally:
        central.close()


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_receipts_are_issued_from_either_central_database(request, sealed_demo, tmp_path, dialect):
    store, service, uuid = sealed_demo
    url = str(tmp_path / "central.sqlite") if dialect == "sqlite" else request.getfixturevalue("pg_url")
    chain = deliver(store, service, uuid, tmp_path, url)
    try:
        (path,) = chain.issue()
        opened = receipts.open_receipt(path.read_bytes(), chain.receipt_key.public_key)
        assert opened.bundle_id == chain.bundle.bundle_id and opened.sessions[0].uuid == uuid
    finally:
        chain.central.close()


# -- checking ------------------------------------------------------------------------------------------


def _resigned(key: keys.BkdReceiptKey, body: bytes, comment: str) -> bytes:
    """A receipt with this receipt.json, signed by `key` (what only a key holder can do)."""
    sig = key.sign(body, comment, f"signature from BKD receipt key {key.key_id}")
    return canonical_zip({"receipt.json": body, "receipt.json.minisig": sig.to_bytes()}, receipts.ORDER)


def test_altered_foreign_and_malformed_receipts_are_refused(delivered):
    (path,) = delivered.issue()
    raw = path.read_bytes()
    public = delivered.receipt_key.public_key
    for offset in range(0, len(raw), max(1, len(raw) // 150)):  # one flipped byte anywhere
        bad = bytearray(raw)
        bad[offset] ^= 0x01
        with pytest.raises(receipts.ReceiptError):
            receipts.open_receipt(bytes(bad), public)
    for bad in (raw[:-1], raw + b"\0", b"", b"PK\x05\x06" + b"\0" * 18):
        with pytest.raises(receipts.ReceiptError):
            receipts.open_receipt(bad, public)

    other = keys.generate_receipt_key()  # another BKD, or someone else's key
    with pytest.raises(receipts.ReceiptError, match=f"kunci {delivered.receipt_key.key_id}, bukan kunci tanda "
                                                    f"terima BKD yang terpasang \\({other.key_id}\\)"):
        receipts.open_receipt(raw, other.public_key)

    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        body = zf.read("receipt.json")
    receipt = receipts.open_receipt(raw, public)
    key = delivered.receipt_key
    assert receipts.open_receipt(_resigned(key, body, receipt.trusted_comment()), public) == receipt
    # a well-formed receipt for another seal verifies here; the centre refuses it (test_delivery)
    other_seal = replace(receipt, sessions=(receipts.ReceiptSession(receipt.sessions[0].uuid, "0" * 64),))
    assert receipts.open_receipt(_resigned(key, other_seal.to_bytes(), other_seal.trusted_comment()),
                                 public) == other_seal
    with pytest.raises(receipts.ReceiptError, match="komentar"):
        receipts.open_receipt(_resigned(key, body, "asesmen.receipt/1 bundle=lain"), public)
    with pytest.raises(receipts.ReceiptError, match="bentuk baku"):
        receipts.open_receipt(_resigned(key, body.replace(b"\n  ", b"\n   "), "x"), public)
    with pytest.raises(receipts.ReceiptError, match="kunci ganda"):
        receipts.open_receipt(_resigned(key, body.replace(b'{\n', b'{\n  "issuer": "x",\n', 1), "x"), public)
    no_sessions = body[:body.index(b'"sessions"')] + b'"sessions": []\n}\n'
    with pytest.raises(receipts.ReceiptError, match="1 sampai"):
        receipts.open_receipt(_resigned(key, no_sessions, "x"), public)
    extra = canonical_zip({"receipt.json": body, "receipt.json.minisig": b"x", "lain.txt": b"y"},
                          ("receipt.json", "receipt.json.minisig", "lain.txt"))
    with pytest.raises(receipts.ReceiptError, match="tepat"):
        receipts.open_receipt(extra, public)


# -- keys and the command line ----------------------------------------------------------------------


def test_cli_keys_bkd_then_receipt_issue(delivered, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASESMEN_BKD_PASSWORD", PASSWORD)
    assert main(["keys", "bkd", "--out", str(tmp_path / "bkd")]) == 0
    printed = capsys.readouterr().out
    assert "bkd.age.pub" in printed and "bkd-receipt.key" in printed
    key = keys.load_receipt_key(tmp_path / "bkd" / "bkd-receipt.key", PASSWORD)
    assert keys.read_receipt_key(tmp_path / "bkd" / "bkd.age.pub") == key.public_key

    delivered.receipt_key = key
    central = str(tmp_path / "central.sqlite")
    out = tmp_path / "receipts-cli"
    assert main(["receipt", "issue", "--central", central, "--key", str(tmp_path / "bkd" / "bkd-receipt.key"),
                 "--bkd", "BKD Kabupaten Contoh", "--all", "-o", str(out)]) == 0
    (made,) = out.iterdir()
    assert capsys.readouterr().out.strip() == str(made)
    opened = receipts.open_receipt(made.read_bytes(), key.public_key)
    assert opened.issuer == "BKD Kabupaten Contoh" and opened.bundle_id == delivered.bundle.bundle_id
    assert main(["receipt", "issue", "--central", central, "--key", str(tmp_path / "bkd" / "bkd-receipt.key"),
                 "-o", str(out), delivered.bundle.bundle_id]) == 0
    capsys.readouterr()

    assert main(["receipt", "issue", "--central", central, "--key", str(tmp_path / "bkd" / "bkd-receipt.key"),
                 "-o", str(out)]) == 2  # neither ids nor --all
    assert "--all" in capsys.readouterr().err
    monkeypatch.setenv("ASESMEN_BKD_PASSWORD", "salah-sama-sekali")
    assert main(["receipt", "issue", "--central", central, "--key", str(tmp_path / "bkd" / "bkd-receipt.key"),
                 "--all", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kata sandi salah" in err
