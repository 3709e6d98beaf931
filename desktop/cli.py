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
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    d = sub.add_parser("demo", help="jalankan seluruh alur pada data contoh fiktif")
    d.add_argument("--out", type=Path, required=True, help="folder keluaran")

    e = sub.add_parser("export", help="ekspor sesi tersegel menjadi bundel aman (terenkripsi, bertanda tangan)")
    e.add_argument("--session", help="UUID sesi (bawaan: semua sesi tersegel)")
    e.add_argument("--out", type=Path, required=True, help="folder tujuan (mis. flashdisk)")
    e.add_argument("--keys", type=Path, required=True,
                   help="folder kunci pusat asesmen: centre-signing.key, bkd.age.pub (kata sandi: "
                        "ASESMEN_CENTRE_PASSWORD)")

    i = sub.add_parser("import", help="impor bundel ke basis data pusat BKD")
    i.add_argument("--central", required=True, help="URL SQLAlchemy atau berkas SQLite basis data pusat")
    i.add_argument("--identity", type=Path, required=True,
                   help="kunci rahasia BKD (bkd-age.key, kata sandi: ASESMEN_BKD_PASSWORD) atau identitas age")
    i.add_argument("files", nargs="+", type=Path, help="berkas bundel")

    k = sub.add_parser("keys", help="buat kunci: 'centre' (tanda tangan pusat asesmen) atau 'bkd' (age BKD)")
    k.add_argument("kind", choices=["centre", "bkd"])
    k.add_argument("--out", type=Path, required=True, help="folder kunci")

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
        identity = keys.create_bkd_identity(out / keys.BKD_SECRET_FILE,
                                            _password("ASESMEN_BKD_PASSWORD", "kunci BKD"))
        print(keys.write_recipient_file(identity, out / keys.BKD_RECIPIENT_FILE))
        print(f"kunci publik BKD {identity.recipient}: pasang {keys.BKD_RECIPIENT_FILE} di setiap pusat asesmen")
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
    from desktop.services import keys
    from desktop.services.secure_bundles import write_secure_bundle

    key = keys.load_centre_key(args.keys / keys.CENTRE_SECRET_FILE,
                               _password("ASESMEN_CENTRE_PASSWORD", "kunci pusat asesmen"))
    recipients = keys.read_recipient_file(args.keys / keys.BKD_RECIPIENT_FILE)
    store, service = _centre(args)
    try:
        for uuid in _pick_session(service, args.session, sealed_only=True):
            sequence = keys.next_sequence(args.keys / keys.SEQUENCE_FILE)
            print(write_secure_bundle(service.document(uuid), args.out, key, recipients, "pusat-asesmen", sequence))
    finally:
        store.close()
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


COMMANDS = {"demo": cmd_demo, "export": cmd_export, "import": cmd_import, "report": cmd_report,
            "meeting": cmd_meeting, "check-sheet": cmd_check_sheet, "keys": cmd_keys, "trust": cmd_trust,
            "forms": cmd_forms}


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
