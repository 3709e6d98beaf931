"""The `asesmen` command line. Every failure is one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop import __version__, paths
from desktop.domain.errors import AsesmenError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3


class UsageError(AsesmenError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line instead of argparse's usage block
        raise UsageError(f"{message} (lihat: asesmen --help)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="asesmen", description="Asesmen: penilaian kompetensi ASN, luring (offline).")
    p.add_argument("--version", action="version", version=f"asesmen {__version__}")
    p.add_argument("--self-test", action="store_true", help="uji cepat instalasi: basis data sementara + satu PDF")
    p.add_argument("--store", type=Path, default=None, help="berkas basis data pusat asesmen (SQLite)")
    p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa antarmuka (bawaan: id)")
    p.add_argument("--central", default=None, metavar="URL",
                   help="buka ruang kerja BKD pada basis data pusat: URL SQLAlchemy (mis. "
                        "postgresql+psycopg://bkd@server/pusat) atau berkas SQLite")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    d = sub.add_parser("demo", help="jalankan seluruh alur pada data contoh fiktif")
    d.add_argument("--out", type=Path, required=True, help="folder keluaran")

    e = sub.add_parser("export", help="ekspor sesi tersegel menjadi satu bundel aman (terenkripsi, bertanda tangan)")
    e.add_argument("--session", nargs="+", metavar="UUID",
                   help="UUID sesi, satu atau lebih (bawaan: semua sesi tersegel), dalam satu bundel")
    e.add_argument("--out", type=Path, required=True, help="folder tujuan (mis. flashdisk)")
    e.add_argument("--keys", type=Path, required=True,
                   help="folder kunci pusat asesmen: centre-signing.key, bkd.age.pub (kata sandi: "
                        "ASESMEN_CENTRE_PASSWORD)")

    i = sub.add_parser("import", help="impor bundel ke basis data pusat BKD")
    i.add_argument("--central", required=True, help="URL SQLAlchemy atau berkas SQLite basis data pusat")
    i.add_argument("--identity", type=Path, required=True,
                   help="kunci rahasia BKD (bkd-age.key, kata sandi: ASESMEN_BKD_PASSWORD) atau identitas age")
    i.add_argument("files", nargs="+", type=Path, help="berkas bundel")

    k = sub.add_parser("keys", help="buat kunci: 'centre' (tanda tangan pusat asesmen) atau 'bkd' (age dan "
                                    "tanda terima BKD)")
    k.add_argument("kind", choices=["centre", "bkd"])
    k.add_argument("--out", type=Path, required=True, help="folder kunci")

    rc = sub.add_parser("receipt", help="tanda terima BKD: terbitkan (BKD) atau impor (pusat asesmen)")
    rc_actions = rc.add_subparsers(dest="action", required=True, parser_class=_Parser)
    issue = rc_actions.add_parser("issue", help="terbitkan tanda terima bertanda tangan untuk bundel yang diterapkan")
    issue.add_argument("--central", required=True, help="URL SQLAlchemy atau berkas SQLite basis data pusat")
    issue.add_argument("--key", type=Path, required=True,
                       help="kunci tanda terima BKD (bkd-receipt.key, kata sandi: ASESMEN_BKD_PASSWORD)")
    issue.add_argument("--bkd", default="BKD", help="nama BKD pada tanda terima")
    issue.add_argument("--all", action="store_true", help="semua bundel yang diterapkan")
    issue.add_argument("-o", "--out", type=Path, required=True, help="folder tujuan")
    issue.add_argument("bundles", nargs="*", help="ID bundel")
    rimport = rc_actions.add_parser("import", help="catat tanda terima BKD: sesinya ditandai diterima BKD")
    rimport.add_argument("--store", dest="sub_store", type=Path, default=None,
                         help="berkas basis data pusat asesmen (SQLite)")
    rimport.add_argument("--bkd-key", type=Path, required=True,
                         help="kunci publik BKD yang terpasang (bkd.age.pub atau bkd-receipt.pub)")
    rimport.add_argument("files", nargs="+", type=Path, help="berkas tanda terima (.receipt.zip)")

    pg = sub.add_parser("purge", help="hapus salinan lokal sesi yang sudah diterima BKD (tersisa catatan tanpa "
                                      "data pribadi)")
    pg.add_argument("--store", dest="sub_store", type=Path, default=None,
                    help="berkas basis data pusat asesmen (SQLite)")
    pg.add_argument("session", help="UUID sesi")

    t = sub.add_parser("trust", help="daftar kepercayaan kunci publik pusat asesmen di basis data pusat")
    actions = t.add_subparsers(dest="action", required=True, parser_class=_Parser)
    central_help = "URL SQLAlchemy atau berkas SQLite basis data pusat"
    add = actions.add_parser("add", help="percayai kunci publik sebuah pusat asesmen")
    add.add_argument("--central", required=True, help=central_help)
    add.add_argument("--centre", required=True, help="nama pusat asesmen")
    add.add_argument("target", help="berkas kunci publik (centre.pub)")
    listing = actions.add_parser("list", help="tampilkan daftar kepercayaan")
    listing.add_argument("--central", required=True, help=central_help)
    revoke = actions.add_parser("revoke", help="cabut kepercayaan sebuah kunci")
    revoke.add_argument("--central", required=True, help=central_help)
    revoke.add_argument("target", help="ID kunci (16 digit heksadesimal)")

    r = sub.add_parser("report", help="cetak lembar hasil dan rekap sebagai PDF")
    r.add_argument("--session", help="UUID sesi (bawaan: satu-satunya sesi)")
    r.add_argument("--out", type=Path, required=True, help="folder keluaran")
    r.add_argument("--paper", choices=["A4", "F4"], default="A4")
    f = sub.add_parser("forms", help="formulir observasi kosong (cadangan kertas) untuk setiap penugasan")
    f.add_argument("--session", help="UUID sesi (bawaan: satu-satunya sesi)")
    f.add_argument("--out", type=Path, required=True, help="folder keluaran")

    c = sub.add_parser("check-sheet", help="periksa lembar hasil kertas dengan kode verifikasinya")
    c.add_argument("code", help="kode verifikasi pada lembar, mis. 9FC1-18D9-0F67")
    c.add_argument("--central", required=True, help="URL SQLAlchemy atau berkas SQLite basis data pusat")
    c.add_argument("--nip", default="", help="NIP yang tercetak (opsional, untuk dibandingkan)")
    c.add_argument("--jpm", default="", help="JPM yang tercetak, mis. 85,19")
    c.add_argument("--category", default="", help="kode kategori yang tercetak, mis. CO")

    tl = sub.add_parser("talent", help="ruang kerja BKD: cari ASN, rekam jejak, 9-box, kebutuhan pelatihan, masa "
                                       "berlaku (setiap tampilan dan ekspor tercatat di log akses)")
    tl.add_argument("--central", required=True, help="URL atau berkas basis data pusat")
    tl.add_argument("--user", required=True, help="pengguna BKD (kata sandi dari ASESMEN_PASSWORD atau ditanyakan)")
    views = tl.add_subparsers(dest="view", required=True)
    ts = views.add_parser("search", help="cari ASN menurut NIP atau nama")
    ts.add_argument("text")
    tr = views.add_parser("record", help="rekam jejak satu ASN")
    tr.add_argument("nip")
    tn = views.add_parser("ninebox", help="jumlah per kotak 9-box; -o untuk ekspor .xlsx atau .pdf")
    tneeds = views.add_parser("needs", help="kebutuhan pelatihan per kompetensi dan jenis; -o untuk ekspor .xlsx")
    tx = views.add_parser("expiry", help="hasil yang kedaluwarsa atau segera kedaluwarsa; -o untuk ekspor")
    tx.add_argument("--days", type=int, default=None, help="batas hari ke depan (bawaan: talent.json)")
    tn.add_argument("--year", type=int, default=None)
    for view in (tn, tneeds, tx):
        view.add_argument("--unit", default=None, help="satu unit kerja")
        view.add_argument("-o", "--out", type=Path, default=None, help="berkas ekspor (.xlsx, atau .pdf)")
    for view in (tn, tneeds):
        view.add_argument("--type", dest="position_type", default=None, help="satu jenis jabatan")

    m = sub.add_parser("meeting", help="rapat integrasi: buka, lihat, tetapkan level akhir, tutup dan segel")
    m.add_argument("--session", help="UUID sesi (bawaan: satu-satunya sesi)")
    steps = m.add_subparsers(dest="step", required=True, parser_class=_Parser)
    steps.add_parser("open", help="buka rapat: semua formulir harus sudah dikirim")
    steps.add_parser("status", help="agenda, usulan dan statistik antar-penilai")
    steps.add_parser("accept-all", help="tetapkan semua usulan yang buktinya cukup")
    final = steps.add_parser("final", help="tetapkan satu level akhir")
    final.add_argument("nip")
    final.add_argument("competency", help="kode kompetensi, mis. M.3")
    final.add_argument("level", type=int)
    final.add_argument("--reason", default="", help="wajib bila berbeda dari usulan")
    final.add_argument("--agreed", nargs="*", default=None, help="nama asesor yang menyetujui")
    steps.add_parser("close", help="tutup rapat dan segel sesi")
    reopen = steps.add_parser("reopen", help="buka kembali sesi tersegel untuk koreksi (ketua atau administrator)")
    reopen.add_argument("--user", required=True, help="nama pengguna ketua/administrator (kata sandi: "
                                                      "ASESMEN_PASSWORD atau ditanyakan)")
    reopen.add_argument("--reason", required=True, help="alasan koreksi (tercatat di log audit)")
    return p


def _print_table(rows: list[dict]) -> None:
    from desktop.domain.nip import format_nip

    header = ("NIP", "Nama", "Jabatan sasaran", "JPM", "Kategori")
    data = [(format_nip(r["nip"]), r["name"], r["target_position"], f"{r['jpm']:.2f}".replace(".", ","),
             r["category"]) for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *data, strict=False)]
    for row in (header, tuple("-" * w for w in widths), *data):
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip())


def _centre(args):
    from desktop.services.assessment import AssessmentService
    from desktop.services.stores import open_centre_store

    store_path = args.store or paths.default_centre_store()
    if not Path(store_path).exists():
        raise AsesmenError(f"basis data tidak ditemukan: {store_path}")
    store = open_centre_store(store_path)
    return store, AssessmentService(store, actor="cli")


def _pick_session(service, wanted: str | None, sealed_only: bool = False) -> list[str]:
    sessions = service.sessions()
    if wanted:
        if not any(s.uuid == wanted for s in sessions):
            raise AsesmenError(f"sesi {wanted} tidak ditemukan")
        return [wanted]
    if sealed_only:
        chosen = [s.uuid for s in sessions if s.seal_hash]
        if not chosen:
            raise AsesmenError("tidak ada sesi tersegel untuk diekspor")
        return chosen
    if len(sessions) != 1:
        raise AsesmenError(f"ada {len(sessions)} sesi: sebutkan --session UUID")
    return [sessions[0].uuid]


def cmd_demo(args) -> int:
    from desktop.services.demo import run_demo
    from desktop.services.progress import Progress

    result = run_demo(args.out, Progress(lambda done, total, text: print(f"[{done}/{total}] {text}")))
    print()
    _print_table(result.rows)
    print()
    for o in result.imports:
        print(f"impor {o.path.name}: {o.outcome} - {o.message}")
    print()
    print(f"Basis data pusat asesmen (lokal): {args.out / 'centre.sqlite'}")
    print(f"Basis data pusat BKD           : {args.out / 'central.sqlite'}")
    print(f"Lembar hasil dan rekap         : {args.out / 'reports'} ({len(result.reports)} PDF)")
    print(f"Bundel                         : {', '.join(str(b) for b in result.bundles)}")
    return 0


def _password(variable: str, what: str) -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise AsesmenError(f"kata sandi {what} diperlukan: isi variabel lingkungan {variable}")
    import getpass

    return getpass.getpass(f"Kata sandi {what}: ")


def cmd_keys(args) -> int:
    from desktop.services import keys

    out = Path(args.out)
    if args.kind == "centre":
        key = keys.create_centre_key(out / keys.CENTRE_SECRET_FILE,
                                     _password("ASESMEN_CENTRE_PASSWORD", "kunci pusat asesmen"))
        print(keys.write_public_key(key, out / keys.CENTRE_PUBLIC_FILE))
        print(f"ID kunci {key.key_id}: serahkan {keys.CENTRE_PUBLIC_FILE} ke BKD untuk daftar kepercayaan")
    else:
        made = keys.create_bkd_keys(out, _password("ASESMEN_BKD_PASSWORD", "kunci BKD"))
        for name, path in made.files.items():
            state = "dibuat" if name in made.created or name.endswith(".pub") else "sudah ada, dipakai"
            print(f"{path} ({state})")
        print(f"kunci publik BKD {made.identity.recipient}, kunci tanda terima {made.receipt_key.key_id}: "
              f"pasang {keys.BKD_RECIPIENT_FILE} di setiap pusat asesmen")
    return 0


def cmd_receipt(args) -> int:
    from desktop.services import keys

    if args.action == "issue":
        from desktop.services.receipts import issue_receipts
        from desktop.services.stores import open_central_store

        if args.all == bool(args.bundles):
            raise UsageError("sebutkan ID bundel, atau --all (tidak keduanya) (lihat: asesmen receipt issue --help)")
        key = keys.load_receipt_key(args.key, _password("ASESMEN_BKD_PASSWORD", "kunci tanda terima BKD"))
        store = open_central_store(args.central)
        try:
            for path in issue_receipts(store, key, args.out, None if args.all else args.bundles, issuer=args.bkd):
                print(path)
        finally:
            store.close()
        return 0
    from desktop.services.delivery import DeliveryService

    bkd_key = keys.read_receipt_key(args.bkd_key)
    args.store = args.sub_store or args.store
    store, _service = _centre(args)
    try:
        outcomes = DeliveryService(store, actor="cli").import_receipts(args.files, bkd_key)
    finally:
        store.close()
    for o in outcomes:
        print(f"{o.path.name}: {o.outcome} - {o.message}")
    return EXIT_REJECTED if any(o.outcome == "rejected" for o in outcomes) else 0


def cmd_purge(args) -> int:
    from desktop.services.delivery import DeliveryService

    args.store = args.sub_store or args.store
    store, _service = _centre(args)
    try:
        done = DeliveryService(store, actor="cli").purge(args.session)
    finally:
        store.close()
    print(f"salinan lokal sesi '{done.title}' dihapus ({done.assessees} peserta); tersisa catatan tanpa data "
          f"pribadi: sesi {done.session_uuid}, segel {done.seal_hash[:16]}…, bundel {done.bundle_id}")
    for backup in done.backups:
        print(f"perhatian: salinan cadangan {backup} masih memuat data sesi ini; hapus bila tidak diperlukan")
    return 0


def cmd_trust(args) -> int:
    from desktop.services.keys import TrustList
    from desktop.services.stores import open_central_store

    store = open_central_store(args.central)
    try:
        trust = TrustList(store)
        if args.action == "add":
            entry = trust.add_file(args.centre, Path(args.target))
            print(f"dipercaya: {entry.name} (kunci {entry.key_id})")
        elif args.action == "revoke":
            entry = trust.revoke(args.target)
            print(f"dicabut: {entry.name} (kunci {entry.key_id})")
        else:
            for entry in trust.entries():
                state = f"dicabut {entry.revoked_at:%Y-%m-%d}" if entry.revoked_at else "berlaku"
                print(f"{entry.key_id}  {entry.name}  {state}")
    finally:
        store.close()
    return 0


def cmd_export(args) -> int:
    """One secure bundle holding the named sealed sessions (all of them by default), recorded as delivered
    to BKD in the centre's store."""
    from desktop.services import keys
    from desktop.services.delivery import DeliveryService

    store, service = _centre(args)
    try:
        sessions = {s.uuid: s for s in service.sessions()}
        wanted = list(dict.fromkeys(args.session or [])) or [u for u, s in sessions.items() if s.seal_hash]
        if not wanted:
            raise AsesmenError("tidak ada sesi tersegel untuk diekspor")
        for uuid in wanted:
            if uuid not in sessions:
                raise AsesmenError(f"sesi {uuid} tidak ditemukan")
            if not sessions[uuid].seal_hash:
                raise AsesmenError(f"sesi '{sessions[uuid].title}' belum disegel: hanya sesi tersegel yang dapat "
                                   "diekspor")
        password = _password("ASESMEN_CENTRE_PASSWORD", "kunci pusat asesmen")
        done = DeliveryService(store, actor="cli").export_with_files(
            wanted, args.out, args.keys / keys.CENTRE_SECRET_FILE, password, args.keys / keys.BKD_RECIPIENT_FILE)
    finally:
        store.close()
    print(done.path)
    print(f"{len(done.sessions)} sesi dalam bundel {done.bundle_id} (nomor urut {done.sequence})")
    return 0


def cmd_import(args) -> int:
    from desktop.services.central import CentralService
    from desktop.services.keys import load_identity_file
    from desktop.services.stores import open_central_store

    store = open_central_store(args.central)
    try:
        identity = load_identity_file(args.identity, os.environ.get("ASESMEN_BKD_PASSWORD"))
        outcomes = CentralService(store, actor="cli", identities=[identity]).import_files(args.files)
    finally:
        store.close()
    for o in outcomes:
        print(f"{o.path.name}: {o.outcome} - {o.message}")
        for conflict in o.conflicts[:20]:  # a conflict, field by field
            print(f"  {conflict.describe()}")
        if len(o.conflicts) > 20:
            print(f"  ... dan {len(o.conflicts) - 20} perbedaan lain")
    return EXIT_REJECTED if any(o.outcome == "rejected" for o in outcomes) else 0


def cmd_report(args) -> int:
    from desktop.services.demo import write_reports

    store, service = _centre(args)
    try:
        for uuid in _pick_session(service, args.session):
            for path in write_reports(service, uuid, args.out, paper=args.paper):
                print(path)
    finally:
        store.close()
    return 0


def self_test() -> int:
    """Open a temporary store, render one PDF, load Qt: proves a (frozen) build is complete."""
    import tempfile

    from desktop.services import reports
    from desktop.services.assessment import AssessmentService
    from desktop.services.stores import open_centre_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_centre_store(Path(tmp) / "self-test.sqlite")
        try:
            AssessmentService(store, actor="self-test").create_session("Uji mandiri", "pemetaan")
        finally:
            store.close()
        pdf = Path(tmp) / "self-test.pdf"
        reports.render_self_test_pdf(pdf)
        if pdf.stat().st_size < 500:
            raise AsesmenError("PDF uji mandiri kosong")
    import PySide6.QtWidgets  # noqa: F401  (a missing Qt plugin or library fails here, not in front of a user)

    print("self-test ok")
    return 0


def cmd_forms(args) -> int:
    from desktop.services.observation_forms import write_observation_forms

    store, service = _centre(args)
    try:
        for uuid in _pick_session(service, args.session):
            paths = write_observation_forms(service, uuid, args.out)
            print(f"{len(paths)} formulir observasi di {args.out}")
    finally:
        store.close()
    return 0


def cmd_check_sheet(args) -> int:
    from desktop.domain.nip import format_nip
    from desktop.services.central import CentralService
    from desktop.services.stores import open_central_store

    store = open_central_store(args.central)
    try:
        check = CentralService(store, actor="cli").check_sheet(
            args.code, {"nip": args.nip, "jpm": args.jpm, "category": args.category})
    finally:
        store.close()
    print(check.message)
    if check.facts:
        f = check.facts
        print(f"  tersimpan: {f['name']} · NIP {format_nip(f['nip'])} · {f['target_position']} · "
              f"JPM {f['jpm'].replace('.', ',')} · kategori {f['category']} · berlaku sampai {f['valid_until']}")
    return 0 if check.matches else EXIT_REJECTED


def cmd_meeting(args) -> int:
    from desktop.domain.nip import format_nip
    from desktop.services.meeting import agenda, interrater, meeting_views

    store, service = _centre(args)
    try:
        (uuid,) = _pick_session(service, args.session)
        if args.step == "open":
            service.open_meeting(uuid)
            print("rapat integrasi dibuka: penilaian individual terkunci")
        elif args.step == "accept-all":
            print(f"{service.integrate(uuid)} level akhir ditetapkan sesuai usulan")
        elif args.step == "final":
            service.set_final_level(uuid, args.nip, args.competency, args.level, args.reason, args.agreed)
            print(f"{args.competency} {format_nip(args.nip)}: level akhir {args.level}")
        elif args.step == "close":
            service.seal(uuid)
            print(f"sesi disegel, kode segel {service.info(uuid).seal_code}")
        elif args.step == "reopen":
            from desktop.services.accounts import AccountService

            user = AccountService(store).login(args.user, _password("ASESMEN_PASSWORD", f"pengguna {args.user}"))
            service.actor = user.username
            service.reopen_sealed(uuid, args.reason)
            print("sesi dibuka kembali untuk koreksi: rapat integrasi berjalan lagi; segel ulang dengan "
                  "'meeting close', lalu ekspor revisinya")
        else:
            views = meeting_views(service, uuid)
            print(f"status: {service.info(uuid).status.value}")
            for item in agenda(views):
                print(f"{item.participant_no:>3}  {format_nip(item.nip)}  {item.name:<28} final {item.finalised}/"
                      f"{item.total}  perlu dibahas {item.divergent}  bukti kurang {item.insufficient}")
            stats = interrater(service, uuid)
            alphas = ", ".join(f"{c.code} {'-' if c.alpha is None else f'{c.alpha:.2f}'}" for c in stats.competencies)
            print(f"alpha Krippendorff: {alphas}")
            for a in stats.assessors:
                print(f"  {a.assessor}: {a.mean_deviation:+.2f} dari panel ({a.ratings} penilaian)")
    finally:
        store.close()
    return 0


def cmd_talent(args) -> int:
    from desktop.domain.nip import format_nip
    from desktop.services.central_accounts import CentralAccounts
    from desktop.services.stores import open_central_store
    from desktop.services.talent import TalentService

    def jpm(value) -> str:
        return "-" if value is None else f"{float(value):.2f}".replace(".", ",")

    store = open_central_store(args.central)
    try:
        user = CentralAccounts(store).login(args.user, _password("ASESMEN_PASSWORD", f"pengguna {args.user}"))
        talent = TalentService(store, user)
        if args.view == "search":
            hits = talent.search(args.text)
            for h in hits:
                print(f"{format_nip(h.nip)}  {h.name}  {h.unit}  {h.target_position}  {h.year or '-'}  "
                      f"JPM {jpm(h.jpm)}  {h.category_code}  ({h.assessments} asesmen)")
            print(f"{len(hits)} ditemukan")
        elif args.view == "record":
            record = talent.track_record(args.nip)
            print(f"{record.name} · NIP {format_nip(record.nip)}")
            for a in record.assessments:
                levels = " ".join(f"{c.code}={c.achieved}" for c in a.competencies)
                print(f"  {a.sealed_on}  {a.provider}  {a.target_position}  JPM {jpm(a.jpm)}  {a.category_code}  "
                      f"berlaku sampai {a.valid_until}{' (kedaluwarsa)' if a.expired else ''}  {levels}")
        elif args.out is not None:
            export = {"ninebox": lambda: talent.export_ninebox(args.out, year=args.year, unit=args.unit,
                                                               position_type=args.position_type),
                      "needs": lambda: talent.export_training_needs(args.out, unit=args.unit,
                                                                    position_type=args.position_type),
                      "expiry": lambda: talent.export_expiry(args.out, within_days=args.days, unit=args.unit)}
            done = export[args.view]()
            print(f"{done.path}: {done.people} orang")
        elif args.view == "ninebox":
            grid = talent.ninebox(args.year, args.unit, args.position_type)
            for cell in sorted(grid.cells, key=lambda c: -c.box):
                pool = " (kelompok talenta)" if cell.talent_pool else ""
                print(f"kotak {cell.box}: {cell.count:>7} orang  {cell.label}{pool}")
            print(f"{grid.total} orang dengan hasil asesmen; {grid.placed} dipetakan; "
                  f"{grid.without_performance} tanpa data kinerja")
        elif args.view == "needs":
            needs = talent.training_needs(args.unit, args.position_type)
            for t in needs.totals:
                print(f"{t.code} {t.competency} · {t.type_label}: {t.people} orang")
            print(f"{needs.people_with_needs} dari {needs.people_considered} orang perlu pengembangan")
        else:
            expiry = talent.expiry(args.days, args.unit)
            for u in expiry.units:
                print(f"{u.unit or '-'}: kedaluwarsa {u.expired}, segera {u.expiring}")
            print(f"{expiry.total} hasil kedaluwarsa atau berakhir sebelum {expiry.horizon} "
                  f"({expiry.expired} sudah kedaluwarsa)")
    finally:
        store.close()
    return 0


COMMANDS = {"demo": cmd_demo, "export": cmd_export, "import": cmd_import, "report": cmd_report,
            "meeting": cmd_meeting, "check-sheet": cmd_check_sheet, "keys": cmd_keys, "trust": cmd_trust,
            "forms": cmd_forms, "receipt": cmd_receipt, "purge": cmd_purge, "talent": cmd_talent}


def run(argv: list[str]) -> int | None:
    """Run a command; None means: no command given, open the GUI."""
    args = build_parser().parse_args(argv)
    if args.self_test:
        return self_test()
    if args.command is None:
        return None
    return COMMANDS[args.command](args)


def main(argv: list[str] | None = None) -> int | None:
    argv = sys.argv[1:] if argv is None else argv
    try:
        return run(argv)
    except UsageError as exc:
        print(f"asesmen: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except AsesmenError as exc:
        print(f"asesmen: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"asesmen: berkas tidak dapat dibaca atau ditulis{where} ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("asesmen: dibatalkan", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback in front of a user
        print(f"asesmen: kesalahan tak terduga: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
