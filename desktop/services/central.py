"""BKD's side: import bundles into the central database, once, and read back what was imported.

What `import_file` does with one bundle (one or more sealed sessions):

1. It reads the file and looks its SHA-256 up among the bundles already accepted: the same file again
   is answered "sudah diimpor pada ..." at once, before any signature check or decryption.
2. It checks the bundle completely in memory (secure_bundles: signature against the trust list, then,
   before decrypting, that no other bundle of the same centre key used this sequence number; then
   decryption, the bag, every session's audit chain and seal, and that the bag names the same bundle
   and signer as the signed outside) and derives every result, outside any transaction.
3. In ONE transaction it checks again (another process may have imported meanwhile) and judges each
   session: new; unchanged (same sealed content); an amendment (a later sealed revision whose audit
   chain extends the imported one through a recorded reopening); an older revision than the one held
   (a rollback); or a conflict (different content, not an amendment), reported field by field. Any
   refusal refuses the whole bundle: all of its sessions are applied, or none. Writes are bulk: one
   executemany per table (persons: insert-or-ignore, then one lookup), each session's JSON stored as
   the exact text the bag holds; on PostgreSQL the result and competency rows go by COPY.

Every attempt leaves one import_log row, whatever its outcome. After the applied bundles are committed,
the talent index (desktop.services.talent) is brought up to date in one more transaction.
`import_files` checks the next file while the current one is written (database servers only), so a
stack of bundles goes faster.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import JSON, Text, and_, bindparam, cast, delete, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.domain.errors import AsesmenError, BundleError
from desktop.domain.model import AssesseeResult
from desktop.domain.nip import format_nip, normalise_nip
from desktop.domain.verification import normalise_code
from desktop.services.bundles import content_sha256, read_bundle_bytes, revision
from desktop.services.document import AFTER_SEAL, REOPEN_ACTION, results_from_document, valid_until
from desktop.services.keys import BkdIdentity, TrustedKey, TrustList
from desktop.services.progress import Progress
from desktop.services.secure_bundles import MAX_FILE_BYTES, BundleMetadata, looks_secure, open_secure_bundle
from desktop.services.stores import Store
from desktop.services.talent import position_types, refresh_talent_index
from desktop.storage.central_orm import (
    CentralCompetency,
    CentralResult,
    CentralRevision,
    CentralSession,
    ImportedBundle,
    ImportedBundleSession,
    ImportLog,
    Person,
)
from desktop.storage.orm import utcnow

_ATTEMPTS = 3  # a transaction that lost a race with another importer is judged again from the start
_BUSY = "basis data pusat sibuk atau tidak dapat dijangkau: bundel belum diimpor, coba lagi"
_CHUNK = 500  # values per IN (...) list
_RESULT_COLUMNS = ("uuid", "session_id", "person_id", "golongan", "current_position", "unit", "target_position",
                   "total_achieved", "total_standard", "jpm", "category_code", "category_label", "valid_until",
                   "sheet_code")
_COMPETENCY_COLUMNS = ("result_id", "code", "name", "standard", "achieved", "gap")


@dataclass(frozen=True)
class SheetCheck:
    matches: bool
    message: str
    facts: dict = field(default_factory=dict)  # what BKD holds for this code
    differences: tuple[tuple[str, str, str], ...] = ()  # (what, printed, stored)


@dataclass(frozen=True)
class Conflict:
    """One difference between what BKD holds for a session and what a bundle says about it."""

    session_uuid: str
    session_title: str
    nip: str  # "" for the session's own fields
    name: str
    field: str  # e.g. "level akhir M.3", "JPM", "kategori", "penilaian M.1 INTRAY (asesor)", "judul"
    stored: str
    bundle: str

    def describe(self) -> str:
        who = f"NIP {format_nip(self.nip)} {self.name}, " if self.nip else ""
        return f"{who}{self.field}: tersimpan {self.stored}, bundel {self.bundle}"


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    outcome: str  # applied | duplicate | rejected
    message: str  # one Indonesian line
    sessions: int = 0  # sessions written (new ones and amendments)
    results: int = 0  # result rows written
    amended: int = 0  # of `sessions`, how many were amendments of sessions already held
    unchanged: int = 0  # sessions of the bundle already held with the same content
    conflicts: tuple[Conflict, ...] = ()  # why a conflicting bundle was refused, field by field
    bundle_id: str = ""


class _Refused(AsesmenError):
    def __init__(self, message: str, conflicts: Sequence[Conflict] = ()) -> None:
        super().__init__(message)
        self.conflicts = tuple(conflicts)


@dataclass
class _Incoming:
    """One session of a bundle, checked, with everything derived from it that will be stored."""

    uuid: str
    title: str
    document: dict
    text: str  # the session's JSON exactly as the bag holds it
    content: str  # content_sha256
    seal: str
    sealed_at: str
    head: str  # hash of the last audit event
    length: int  # number of audit events
    revision: int
    results: list[AssesseeResult]
    valid_until: str


@dataclass(frozen=True)
class _Settled:
    """A file whose outcome is known before any transaction (unreadable, rejected, or seen before)."""

    path: Path
    sha256: str
    bundle_id: str
    outcome: str
    message: str


@dataclass
class _Prepared:
    path: Path
    sha256: str  # of the file
    bag_sha256: str
    metadata: BundleMetadata | None  # None for a bare bag (allow_plain)
    sessions: list[_Incoming]

    @property
    def bundle_id(self) -> str:
        return self.metadata.bundle_id if self.metadata else self.sessions[0].uuid


def _when(value: dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value else "-"


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _json_param(dialect: str, name: str):
    """A bound JSON value given as its text: stored as is, without parsing and re-serialising it."""
    param = bindparam(name, type_=Text)
    return cast(param, JSON) if dialect == "postgresql" else param


class CentralService:
    """BKD's central database. Bundles must be secure (signed by a trusted centre key and encrypted
    to one of `identities`); `allow_plain` accepts bare bags, for tests of the bag layer only."""

    def __init__(self, store: Store, actor: str = "bkd", identities: Sequence[BkdIdentity] = (),
                 allow_plain: bool = False) -> None:
        self.store = store
        self.actor = actor
        self.identities = list(identities)
        self.allow_plain = allow_plain
        self.trust = TrustList(store)
        self._position_types: dict[str, dict[str, str]] = {}  # of the sessions applied, for the talent index

    # -- importing ------------------------------------------------------------------------------------

    def import_files(self, paths: list[Path], progress: Progress | None = None) -> list[ImportOutcome]:
        """Import the files in order. On a database server, while one bundle is being written the next one
        is read and checked in a background thread (the server works meanwhile), so a stack of bundles
        goes faster; each is still judged inside its own transaction, after the ones before it were
        committed. (SQLite takes its write lock for every transaction: there the files go one by one.)"""
        progress = progress or Progress()
        paths = [Path(p) for p in paths]
        outcomes = []
        ahead_of_time = self.store.engine.dialect.name != "sqlite"
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="asesmen-import") as pool:  # threads start on submit
            ahead = pool.submit(self._stage, paths[0]) if paths and ahead_of_time else None
            for i, path in enumerate(paths):
                progress.report(i, len(paths), path.name)
                staged = ahead.result() if ahead is not None else self._stage(path)
                ahead = pool.submit(self._stage, paths[i + 1]) if ahead_of_time and i + 1 < len(paths) else None
                outcomes.append(self._finish(staged))
        if any(o.outcome == "applied" for o in outcomes):
            progress.report(len(paths), len(paths), "memperbarui indeks talenta")
            self._index()
        progress.report(len(paths), len(paths), "")
        return outcomes

    def import_file(self, path: Path) -> ImportOutcome:
        """Validate fully, then apply in one transaction; every attempt leaves one import_log row."""
        outcome = self._finish(self._stage(Path(path)))
        if outcome.outcome == "applied":
            self._index()
        return outcome

    def _index(self) -> None:
        """Bring the talent index up to date once the batch is committed, so BKD's views never pay for
        it. The index is derived: if this fails (a busy server, a racing refresh), the next view
        indexes what is missing (TalentService checks before every view)."""
        known, self._position_types = self._position_types, {}
        with contextlib.suppress(SAIntegrityError, OperationalError), self.store.transaction() as db:
            refresh_talent_index(db, known=known)

    def _stage(self, path: Path) -> _Prepared | _Settled:
        """Read and check a file without writing: a bundle ready to apply, or the outcome it already has."""
        try:
            raw = self._read(path)
        except AsesmenError as exc:
            return _Settled(path, "", "", "rejected", str(exc))
        sha = hashlib.sha256(raw).hexdigest()
        try:
            with self.store.transaction() as db:
                seen = db.execute(select(ImportedBundle.imported_at, ImportedBundle.bundle_id)
                                  .where(ImportedBundle.bundle_sha256 == sha)).first()
            if seen is not None:
                return _Settled(path, sha, seen.bundle_id or "", "duplicate",
                                f"sudah diimpor pada {_when(seen.imported_at)}: tidak ada yang diubah")
            return self._prepare(path, raw, sha)
        except AsesmenError as exc:
            return _Settled(path, sha, "", "rejected", str(exc))
        except OperationalError:
            return _Settled(path, sha, "", "rejected", _BUSY)

    def _finish(self, staged: _Prepared | _Settled) -> ImportOutcome:
        """Apply a checked bundle in one transaction (judged again there), or log the outcome it has."""
        try:
            if isinstance(staged, _Settled):
                return self._log(staged.path, staged.sha256, staged.bundle_id, staged.outcome, staged.message)
            for attempt in range(_ATTEMPTS):
                try:
                    with self.store.transaction() as db:
                        return self._apply(db, staged)
                except _Refused as refused:
                    return self._log(staged.path, staged.sha256, staged.bundle_id, "rejected", str(refused),
                                     refused.conflicts)
                except SAIntegrityError:  # lost a race with another importer: judge again from the start
                    if attempt == _ATTEMPTS - 1:
                        raise
            raise AssertionError("unreachable")  # pragma: no cover
        except OperationalError:
            with contextlib.suppress(OperationalError):
                return self._log(staged.path, staged.sha256, "", "rejected", _BUSY)
            return ImportOutcome(staged.path, "rejected", _BUSY)

    @staticmethod
    def _read(path: Path) -> bytes:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise BundleError(f"{path.name}: bundel terlalu besar")
            return path.read_bytes()
        except OSError as exc:
            raise BundleError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from None

    def _prepare(self, path: Path, raw: bytes, sha: str) -> _Prepared:
        """Everything that needs no database: every check of the bundle, and the results it holds."""
        metadata = None
        if looks_secure(raw[:64]):
            opened = open_secure_bundle(raw, self.identities, self.trust.lookup, path,
                                        before_decrypt=self._check_sequence)
            bundle, metadata = opened.bundle, opened.metadata
        elif self.allow_plain:
            bundle = read_bundle_bytes(raw, path)
        else:
            raise BundleError(f"{path.name}: bukan bundel aman (tidak bertanda tangan dan tidak terenkripsi): "
                              "ditolak")
        sessions = [self._incoming(doc, text) for doc, text in zip(bundle.documents, bundle.payloads, strict=True)]
        return _Prepared(path, sha, bundle.bag_sha256, metadata, sessions)

    @staticmethod
    def _incoming(doc: dict, text: bytes) -> _Incoming:
        try:
            s = doc["session"]
            events = doc["audit"]
            years = doc["rules"]["rules"].get("validity_years", 3)
            return _Incoming(
                uuid=s["uuid"], title=s["title"], document=doc, text=text.decode("utf-8"),
                content=content_sha256(doc), seal=s["seal_hash"], sealed_at=s.get("sealed_at") or "",
                head=events[-1]["hash"], length=len(events), revision=revision(doc),
                results=results_from_document(doc, with_ratings=False),
                valid_until=valid_until(s.get("sealed_at"), years) or "")
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise BundleError(f"data sesi tidak lengkap atau tidak sah ({type(exc).__name__}: {exc})") from None

    def _check_sequence(self, meta: BundleMetadata, _signer: TrustedKey) -> None:
        """Before decrypting: a sequence number of this key already used by another bundle is a replay."""
        with self.store.transaction() as db:
            row = db.scalar(select(ImportedBundle).where(
                ImportedBundle.key_id == meta.key_id, ImportedBundle.sequence == meta.sequence,
                ImportedBundle.bundle_id != meta.bundle_id))
            if row is not None:
                raise BundleError(self._sequence_reused(meta, row))

    @staticmethod
    def _sequence_reused(meta: BundleMetadata, row: ImportedBundle) -> str:
        return (f"nomor urut {meta.sequence} kunci {meta.key_id} sudah dipakai oleh bundel {row.bundle_id} yang "
                f"diimpor pada {_when(row.imported_at)}: bundel {meta.bundle_id} ditolak (nomor urut dipakai ulang)")

    def _apply(self, db: Session, p: _Prepared) -> ImportOutcome:
        """Judge every session of the bundle, then write all of it; _Refused rolls everything back."""
        now = utcnow()
        seen = db.scalar(select(ImportedBundle.imported_at).where(ImportedBundle.bundle_sha256 == p.sha256))
        if seen is not None:  # imported by another process since our first look
            return self._log_in(db, p, "duplicate", f"sudah diimpor pada {_when(seen)}: tidak ada yang diubah")
        if p.metadata is not None:
            m = p.metadata
            for row in db.scalars(select(ImportedBundle).where(or_(
                    ImportedBundle.bundle_id == m.bundle_id,
                    and_(ImportedBundle.key_id == m.key_id, ImportedBundle.sequence == m.sequence)))):
                if row.bundle_id != m.bundle_id:
                    raise _Refused(self._sequence_reused(m, row))
                if row.bag_sha256 == p.bag_sha256:
                    return self._log_in(db, p, "duplicate", f"bundel {m.bundle_id} sudah diimpor pada "
                                        f"{_when(row.imported_at)} (berkas lain, isi sama): tidak ada yang diubah")
                raise _Refused(f"id bundel {m.bundle_id} sudah dipakai oleh bundel yang diimpor pada "
                               f"{_when(row.imported_at)} dengan isi berbeda: ditolak (id bundel dipakai ulang)")
        stored = {}
        for chunk in _chunks([s.uuid for s in p.sessions]):
            for row in db.execute(select(
                    CentralSession.id, CentralSession.uuid, CentralSession.title, CentralSession.content_sha256,
                    CentralSession.seal_hash, CentralSession.chain_head, CentralSession.chain_length,
                    CentralSession.revision, CentralSession.imported_at).where(CentralSession.uuid.in_(chunk))):
                stored[row.uuid] = row
        new: list[_Incoming] = []
        amended: list[tuple[_Incoming, object]] = []
        unchanged = []
        refusals: list[str] = []
        conflicts: list[Conflict] = []
        for inc in p.sessions:
            old = stored.get(inc.uuid)
            if old is None:
                new.append(inc)
            elif old.content_sha256 == inc.content:
                unchanged.append(old)
            else:
                verdict, why, found = self._judge(db, inc, old)
                if verdict == "amend":
                    amended.append((inc, old))
                else:
                    refusals.append(why)
                    conflicts += found
        if refusals:
            more = f" (dan {len(refusals) - 1} sesi lain ditolak)" if len(refusals) > 1 else ""
            raise _Refused(f"{refusals[0]}{more}; tidak ada sesi dari bundel ini yang diimpor"
                           if len(p.sessions) > 1 else refusals[0], conflicts)
        if not new and not amended:
            self._record_bundle(db, p, "duplicate", now)
            latest = max(old.imported_at for old in unchanged)
            what = "sudah diimpor" if len(unchanged) == 1 else f"{len(unchanged)} sesi sudah diimpor, terakhir"
            return self._log_in(db, p, "duplicate", f"{what} pada {_when(latest)}: tidak ada yang diubah",
                                unchanged=len(unchanged))
        written = self._write(db, p, new, amended, now)
        self._position_types.update((inc.uuid, position_types(inc.document)) for inc in new + [i for i, _ in amended])
        self._record_bundle(db, p, "applied", now)
        parts = [f"{len(new)} sesi baru"] if new else []
        parts += [f"{len(amended)} amandemen"] if amended else []
        parts += [f"{len(unchanged)} sesi sudah ada (tidak diubah)"] if unchanged else []
        return self._log_in(db, p, "applied", f"diimpor: {', '.join(parts)}; {written} hasil",
                            sessions=len(new) + len(amended), results=written, amended=len(amended),
                            unchanged=len(unchanged))

    def _judge(self, db: Session, inc: _Incoming, old) -> tuple[str, str, list[Conflict]]:
        """A session held with other content: ("amend", "", []) or (kind, reason, conflicts) to refuse."""
        label = f"sesi '{inc.title}' ({inc.uuid})"
        when = _when(old.imported_at)
        events = inc.document["audit"]
        if old.chain_length and inc.length > old.chain_length and events[old.chain_length - 1]["hash"] == \
                old.chain_head:
            after = [ev for ev in events[old.chain_length:] if ev["action"] not in AFTER_SEAL]
            if after and after[0]["action"] == REOPEN_ACTION and str(after[0].get("reason") or "").strip():
                return "amend", "", []
            return ("refused", f"{label}: rantai audit melanjutkan revisi yang diimpor pada {when}, tetapi tanpa "
                    "pembukaan segel yang tercatat dengan alasan: ditolak", [])
        superseded = db.scalar(select(CentralRevision.revision).where(
            CentralRevision.session_id == old.id, CentralRevision.seal_hash == inc.seal))
        held = self._stored_document(db, old.id)
        if superseded is not None or any(ev["hash"] == inc.seal for ev in held.get("audit", [])):
            return ("rollback", f"{label}: revisi {inc.revision} (segel {inc.seal[:12]}) lebih lama daripada revisi "
                    f"{old.revision} yang sudah diimpor pada {when}: revisi lama ditolak", [])
        found = differences(held, inc.document)
        return ("conflict", f"konflik: {label} sudah diimpor pada {when} dengan isi berbeda dan bukan amandemen "
                f"({len(found)} perbedaan; mis. {found[0].describe()}); tidak ditimpa", found)

    @staticmethod
    def _stored_document(db: Session, session_id: int) -> dict:
        return db.scalar(select(CentralSession.document).where(CentralSession.id == session_id))

    # -- writing (bulk) -------------------------------------------------------------------------------

    def _write(self, db: Session, p: _Prepared, new: list[_Incoming], amended: list[tuple[_Incoming, object]],
               now: dt.datetime) -> int:
        dialect = db.get_bind().dialect.name
        incoming = new + [inc for inc, _ in amended]
        people: dict[str, tuple[str, str]] = {}
        for inc in incoming:
            sexes = {a["uuid"]: a.get("sex", "") for a in inc.document["assessees"]}
            for r in inc.results:
                people[r.nip] = (r.name, sexes.get(r.assessee_uuid, ""))
        persons = self._persons(db, people, dialect)
        if amended:
            corrected = {r.nip for inc, _ in amended for r in inc.results}
            for nip in sorted(corrected):  # a reopened session may correct a name
                name, sex = people[nip]
                db.execute(update(Person).where(Person.nip == nip, or_(Person.name != name, Person.sex != sex))
                           .values(name=name, sex=sex))
        table = CentralSession.__table__
        columns = ("title", "purpose", "agency", "provider", "start_date", "end_date", "seal_hash", "sealed_at",
                   "content_sha256", "bundle_sha256", "revision", "chain_head", "chain_length", "bundle_id",
                   "imported_at")
        values = {c: bindparam(f"p_{c}") for c in columns} | {"document": _json_param(dialect, "p_document")}

        def params(inc: _Incoming) -> dict:
            s = inc.document["session"]
            return {"p_uuid": inc.uuid, "p_title": s["title"], "p_purpose": s["purpose"],
                    "p_agency": s.get("agency", ""), "p_provider": s.get("provider", ""),
                    "p_start_date": s.get("start_date", ""), "p_end_date": s.get("end_date", ""),
                    "p_seal_hash": inc.seal, "p_sealed_at": inc.sealed_at, "p_content_sha256": inc.content,
                    "p_bundle_sha256": p.sha256, "p_revision": inc.revision, "p_chain_head": inc.head,
                    "p_chain_length": inc.length, "p_bundle_id": p.metadata.bundle_id if p.metadata else "",
                    "p_imported_at": now, "p_document": inc.text}

        ids: dict[str, int] = {}
        for inc, old in amended:
            self._supersede(db, old, now)
            db.execute(update(table).where(table.c.id == bindparam("p_id")).values(values),
                       [{**params(inc), "p_id": old.id}])
            ids[inc.uuid] = old.id
        if new:
            rows = db.execute(insert(table).values({"uuid": bindparam("p_uuid"), **values})
                              .returning(table.c.id, table.c.uuid, sort_by_parameter_order=True),
                              [params(inc) for inc in new]).all()
            ids.update({row.uuid: row.id for row in rows})
        result_rows, competencies = [], []
        for inc in incoming:
            for r in inc.results:
                result_rows.append((
                    r.assessee_uuid, ids[inc.uuid], persons[r.nip], r.golongan, r.current_position, r.unit,
                    r.target_position, r.total_achieved, r.total_standard, r.jpm, r.category_code, r.category_label,
                    inc.valid_until, r.sheet_code))
                competencies.append([(c.code, c.name, c.standard, c.achieved, c.gap) for c in r.competencies])
        if result_rows:
            if dialect == "postgresql":
                self._copy_results(db, result_rows, competencies)
            else:
                results = CentralResult.__table__
                inserted = db.execute(insert(results).returning(results.c.id, sort_by_parameter_order=True),
                                      [dict(zip(_RESULT_COLUMNS, row, strict=True)) for row in result_rows]
                                      ).scalars().all()
                rows = [dict(zip(_COMPETENCY_COLUMNS, (rid, *c), strict=True))
                        for rid, comps in zip(inserted, competencies, strict=True) for c in comps]
                if rows:
                    db.execute(insert(CentralCompetency.__table__), rows)
        return len(result_rows)

    @staticmethod
    def _copy_results(db: Session, result_rows: list[tuple], competencies: list[list[tuple]]) -> None:
        """PostgreSQL: the result and competency rows by COPY, inside the import's transaction (ids taken
        from the table's own sequence first, so the competency rows can name their result)."""
        conn = db.connection()
        sequence = conn.exec_driver_sql("SELECT pg_get_serial_sequence('central_result', 'id')").scalar_one()
        ids = conn.exec_driver_sql("SELECT nextval(%(s)s) FROM generate_series(1, %(n)s)",
                                   {"s": sequence, "n": len(result_rows)}).scalars().all()
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY central_result (id, {', '.join(_RESULT_COLUMNS)}) FROM STDIN") as copy:
            for rid, row in zip(ids, result_rows, strict=True):
                copy.write_row((rid, *row))
        with cursor.copy(f"COPY central_competency ({', '.join(_COMPETENCY_COLUMNS)}) FROM STDIN") as copy:
            for rid, comps in zip(ids, competencies, strict=True):
                for c in comps:
                    copy.write_row((rid, *c))

    @staticmethod
    def _persons(db: Session, people: dict[str, tuple[str, str]], dialect: str) -> dict[str, int]:
        """nip -> person id, adding the persons not known yet (one statement; sorted, so that two importers
        never wait for each other in opposite orders)."""
        if not people:
            return {}
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        nips = sorted(people)
        db.execute(dialect_insert(Person.__table__).on_conflict_do_nothing(index_elements=["nip"]),
                   [{"nip": nip, "name": people[nip][0], "sex": people[nip][1]} for nip in nips])
        found: dict[str, int] = {}
        for chunk in _chunks(nips):
            found.update(db.execute(select(Person.nip, Person.id).where(Person.nip.in_(chunk))).all())
        return found

    def _supersede(self, db: Session, old, now: dt.datetime) -> None:
        """Keep the revision being replaced (its document and results) in central_revision, then clear its
        result rows so the new revision's take their place."""
        kept = self._results(db, [old.id])
        s = CentralSession.__table__
        db.execute(insert(CentralRevision.__table__).from_select(
            ["session_id", "revision", "seal_hash", "sealed_at", "content_sha256", "bundle_sha256", "chain_head",
             "chain_length", "imported_at", "superseded_at", "document", "results"],
            select(s.c.id, s.c.revision, s.c.seal_hash, s.c.sealed_at, s.c.content_sha256, s.c.bundle_sha256,
                   s.c.chain_head, s.c.chain_length, s.c.imported_at, literal(now, type_=CentralRevision.superseded_at
                                                                              .type),
                   s.c.document, literal(kept, type_=JSON)).where(s.c.id == old.id)))
        result_ids = select(CentralResult.id).where(CentralResult.session_id == old.id).scalar_subquery()
        db.execute(delete(CentralCompetency).where(CentralCompetency.result_id.in_(result_ids)))
        db.execute(delete(CentralResult).where(CentralResult.session_id == old.id))

    def _record_bundle(self, db: Session, p: _Prepared, outcome: str, now: dt.datetime) -> None:
        m = p.metadata
        db.execute(insert(ImportedBundle.__table__).values(
            bundle_sha256=p.sha256, bag_sha256=p.bag_sha256, bundle_id=m.bundle_id if m else None,
            key_id=m.key_id if m else None, centre_id=m.centre_id if m else None, sequence=m.sequence if m else None,
            sessions=len(p.sessions), outcome=outcome, imported_at=now))
        db.execute(insert(ImportedBundleSession.__table__),
                   [{"bundle_sha256": p.sha256, "session_uuid": s.uuid, "seal_hash": s.seal} for s in p.sessions])

    def _log_in(self, db: Session, p: _Prepared, outcome: str, message: str, **counts) -> ImportOutcome:
        db.add(ImportLog(bundle_sha256=p.sha256, bundle_id=p.bundle_id, filename=p.path.name, outcome=outcome,
                         message=message, actor=self.actor))
        return ImportOutcome(p.path, outcome, message, bundle_id=p.bundle_id, **counts)

    def _log(self, path: Path, sha: str, bundle_id: str, outcome: str, message: str,
             conflicts: Sequence[Conflict] = ()) -> ImportOutcome:
        with self.store.transaction() as db:
            db.add(ImportLog(bundle_sha256=sha, bundle_id=bundle_id, filename=Path(path).name,
                             outcome=outcome, message=message, actor=self.actor))
        return ImportOutcome(path, outcome, message, conflicts=tuple(conflicts), bundle_id=bundle_id)

    # -- reading --------------------------------------------------------------------------------------

    @staticmethod
    def _results(db: Session, session_ids: Sequence[int] | None) -> list[dict]:
        q = (select(CentralResult, Person, CentralSession)
             .join(Person, CentralResult.person_id == Person.id)
             .join(CentralSession, CentralResult.session_id == CentralSession.id)
             .order_by(CentralSession.id, CentralResult.id))
        if session_ids is not None:
            q = q.where(CentralSession.id.in_(session_ids))
        rows = db.execute(q).all()
        comps: dict[int, dict[str, int]] = {}
        for chunk in _chunks([r.id for r, _, _ in rows]):
            for c in db.scalars(select(CentralCompetency).where(CentralCompetency.result_id.in_(chunk))
                                .order_by(CentralCompetency.id)):
                comps.setdefault(c.result_id, {})[c.code] = c.achieved
        return [
            {"session": s.uuid, "revision": s.revision, "nip": p.nip, "name": p.name,
             "target_position": r.target_position, "jpm": float(r.jpm), "category": r.category_code,
             "valid_until": r.valid_until, "sheet_code": r.sheet_code, "competencies": comps.get(r.id, {})}
            for r, p, s in rows
        ]

    def result_rows(self) -> list[dict]:
        """One row per imported result of each session's current revision: what the summary table and
        the tests read."""
        with self.store.transaction() as db:
            return self._results(db, None)

    def revisions(self, session_uuid: str) -> list[dict]:
        """Every revision of an imported session, oldest first: the superseded ones as they were kept,
        then the current one."""
        with self.store.transaction() as db:
            s = db.scalar(select(CentralSession).where(CentralSession.uuid == session_uuid))
            if s is None:
                return []
            kept = [{"revision": r.revision, "seal_hash": r.seal_hash, "sealed_at": r.sealed_at,
                     "imported_at": r.imported_at, "superseded_at": r.superseded_at, "current": False,
                     "results": r.results}
                    for r in db.scalars(select(CentralRevision).where(CentralRevision.session_id == s.id)
                                        .order_by(CentralRevision.revision))]
            return [*kept, {"revision": s.revision, "seal_hash": s.seal_hash, "sealed_at": s.sealed_at,
                            "imported_at": s.imported_at, "superseded_at": None, "current": True,
                            "results": self._results(db, [s.id])}]

    def check_sheet(self, typed_code: str, printed: dict[str, str] | None = None) -> SheetCheck:
        """Find the result a paper sheet's code belongs to; compare what the paper says, if given.

        `printed` may hold what the sheet shows: nip, name, jpm, category (and competency codes ->
        levels); every value that disagrees with the imported result is listed.
        """
        code = normalise_code(typed_code)
        if code is None:
            return SheetCheck(False, "kode tidak sah: harus 12 angka/huruf A-F, mis. 9FC1-18D9-0F67")
        with self.store.transaction() as db:
            row = db.execute(
                select(CentralResult, Person, CentralSession)
                .join(Person, CentralResult.person_id == Person.id)
                .join(CentralSession, CentralResult.session_id == CentralSession.id)
                .where(CentralResult.sheet_code == code)).first()
            if row is None:
                return SheetCheck(False, self._superseded_sheet(db, code)
                                  or "TIDAK COCOK: tidak ada lembar hasil dengan kode ini di basis data pusat")
            r, p, sess = row
            stored = {"nip": p.nip, "name": p.name, "target_position": r.target_position,
                      "jpm": f"{float(r.jpm):.2f}", "category": r.category_code,
                      **{c.code: str(c.achieved) for c in r.competencies}}
            facts = {**stored, "category_label": r.category_label, "session": sess.title, "provider": sess.provider,
                     "valid_until": r.valid_until}
        differences = []
        for key, value in (printed or {}).items():
            if not value:
                continue
            given = normalise_nip(value) if key == "nip" else value.strip().replace(",", ".")
            if key == "jpm":
                with contextlib.suppress(ValueError):
                    given = f"{float(given):.2f}"
            want = stored.get(key)
            if want is None or given.casefold() != want.casefold():
                differences.append((key, value, (want or "-").replace(".", ",") if key == "jpm" else want or "-"))
        if differences:
            listed = "; ".join(f"{k}: tercetak {v}, tersimpan {w}" for k, v, w in differences)
            return SheetCheck(False, f"TIDAK COCOK: {listed}", facts, tuple(differences))
        return SheetCheck(True, f"COCOK: lembar hasil {p.name} ({format_nip(p.nip)}), {sess.title}", facts)

    @staticmethod
    def _superseded_sheet(db: Session, code: str) -> str:
        """A sheet printed from a revision that an amendment replaced: say so (amendments are rare, so the
        kept revisions are few)."""
        q = (select(CentralRevision.revision, CentralRevision.results, CentralRevision.superseded_at,
                    CentralSession.title, CentralSession.revision.label("current"))
             .join(CentralSession, CentralRevision.session_id == CentralSession.id))
        for rev, results, superseded_at, title, current in db.execute(q):
            hit = next((r for r in results or () if r.get("sheet_code") == code), None)
            if hit is not None:
                return (f"TIDAK COCOK: lembar {hit['name']} ({format_nip(hit['nip'])}) dari revisi {rev} sesi "
                        f"'{title}' telah digantikan oleh revisi {current} pada {_when(superseded_at)}: "
                        "gunakan lembar hasil terbaru")
        return ""

    def import_log(self) -> list[dict]:
        with self.store.transaction() as db:
            return [{"at": row.at, "file": row.filename, "outcome": row.outcome, "message": row.message,
                     "bundle_id": row.bundle_id}
                    for row in db.scalars(select(ImportLog).order_by(ImportLog.id))]


# -- conflicts, field by field --------------------------------------------------------------------------

_SESSION_FIELDS = {"title": "judul sesi", "purpose": "tujuan", "agency": "instansi", "provider": "penyelenggara",
                   "venue": "tempat", "start_date": "tanggal mulai", "end_date": "tanggal selesai"}
_PERSON_FIELDS = {"nip": "NIP", "name": "nama", "golongan": "golongan", "current_position": "jabatan saat ini",
                  "unit": "unit kerja", "sex": "jenis kelamin"}


def _shown(value) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def differences(stored: dict, incoming: dict) -> list[Conflict]:
    """What differs between two sealed documents of one session, as BKD staff would check it: the
    session's details, each assessee's identity, result (JPM, category, final levels) and ratings."""
    session = incoming["session"]
    out: list[Conflict] = []

    def add(person: dict | None, what: str, old, new) -> None:
        out.append(Conflict(session["uuid"], session.get("title", ""), (person or {}).get("nip", ""),
                            (person or {}).get("name", ""), what, _shown(old), _shown(new)))

    for key, label in _SESSION_FIELDS.items():
        if stored["session"].get(key) != session.get(key):
            add(None, label, stored["session"].get(key), session.get(key))
    positions = [{p["uuid"]: p["name"] for p in doc["positions"]} for doc in (stored, incoming)]
    people = [{a["uuid"]: a for a in doc["assessees"]} for doc in (stored, incoming)]
    results = [{r.assessee_uuid: r for r in results_from_document(doc, with_ratings=False)}
               for doc in (stored, incoming)]
    names = [{a["uuid"]: a["name"] for a in doc["assessors"]} for doc in (stored, incoming)]
    sims = [{s["uuid"]: s["code"] for s in doc["simulations"]} for doc in (stored, incoming)]
    ratings = [{(r["assessee"], sims[i].get(r["simulation"], "?"), names[i].get(r["assessor"], "?"), r["competency"]):
                r for r in doc["ratings"]} for i, doc in enumerate((stored, incoming))]
    order = sorted(people[0].keys() | people[1].keys(),
                   key=lambda u: (people[1].get(u) or people[0][u]).get("participant_no", 0))
    for uuid in order:
        a, b = people[0].get(uuid), people[1].get(uuid)
        who = b or a
        if a is None or b is None:
            add(who, "peserta", "ada" if a else "tidak ada", "ada" if b else "tidak ada")
            continue
        for key, label in _PERSON_FIELDS.items():
            if a.get(key) != b.get(key):
                add(who, label, a.get(key), b.get(key))
        if positions[0].get(a["target_position"]) != positions[1].get(b["target_position"]):
            add(who, "jabatan sasaran", positions[0].get(a["target_position"]), positions[1].get(b["target_position"]))
        ra, rb = results[0].get(uuid), results[1].get(uuid)
        if ra and rb:
            if ra.jpm != rb.jpm:
                add(who, "JPM", float(ra.jpm), float(rb.jpm))
            if ra.category_code != rb.category_code:
                add(who, "kategori", ra.category_code, rb.category_code)
            levels = [{c.code: c.achieved for c in r.competencies} for r in (ra, rb)]
            for code in sorted(levels[0].keys() | levels[1].keys()):
                if levels[0].get(code) != levels[1].get(code):
                    add(who, f"level akhir {code}", levels[0].get(code), levels[1].get(code))
        for key in sorted(k for k in ratings[0].keys() | ratings[1].keys() if k[0] == uuid):
            x, y = ratings[0].get(key), ratings[1].get(key)
            _, sim, assessor, code = key
            what = f"penilaian {code} {sim} ({assessor})"
            if x is None or y is None or x["level"] != y["level"]:
                add(who, what, x and f"level {x['level']}", y and f"level {y['level']}")
            elif x.get("evidence") != y.get("evidence"):
                add(who, f"bukti perilaku {code} {sim} ({assessor})", x.get("evidence"), y.get("evidence"))
    if not out:
        add(None, "rantai audit (segel)", stored["session"].get("seal_hash"), session.get("seal_hash"))
    return out
