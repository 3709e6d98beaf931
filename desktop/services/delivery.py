"""The centre's side of delivery to BKD: export secure bundles, record BKD's receipts, purge the local copy.

- **Export** writes the chosen sealed sessions as one secure bundle (desktop.services.secure_bundles) and records
  what left the laptop: the bundle's id, SHA-256 and sequence number and the seal of each session in it
  (`bundle_export`, append-only), the latest export per session (`delivery`), and a `bundle.export`
  event in the session's audit chain (allowed after the seal: it records, it changes nothing).
- **Receipt import** checks BKD's signed receipt (desktop.services.receipts) against the BKD key the
  centre installed, then against what this store exported: the bundle's SHA-256 and id, every session
  and its seal. Only then, in one transaction, the sessions are marked delivered (`delivery`) and a
  `bundle.receipt` event joins each chain. A bad, foreign or altered receipt writes nothing.
- **Purge** (UU 27/2022: keep personal data no longer than needed) deletes a delivered session's local
  copy in one transaction: first a tombstone (uuid, title, seal, bundle, receipt, who, when; no personal
  data), then the session's rows and its audit events. Triggers refuse a tombstone without a receipt for
  the current seal, and the deletion of audit events of a session that has no tombstone or still exists.
  Deleted content is overwritten (`secure_delete`), then the store is vacuumed and its WAL truncated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.orm import Session

from desktop.domain import minisign
from desktop.domain.errors import AsesmenError, IntegrityError, NotFoundError, ValidationError
from desktop.domain.model import SessionStatus
from desktop.services import keys, receipts, secure_bundles
from desktop.services.assessment import AssessmentService
from desktop.services.progress import Progress
from desktop.services.stores import Store
from desktop.storage import orm
from desktop.storage.audit import append_event

DEFAULT_CENTRE_ID = "pusat-asesmen"
EXPORT_EVENT = "bundle.export"
RECEIPT_EVENT = "bundle.receipt"
KEY_STEP, BUNDLE_STEP = "kunci", "bundel"  # progress texts of export_with_files besides session titles


class DeliveryStatus(StrEnum):
    NOT_EXPORTED = "belum_diekspor"
    EXPORTED = "diekspor"
    RECEIVED = "diterima"  # BKD's receipt for the current seal is recorded: the local copy may go
    PURGED = "dihapus"


@dataclass(frozen=True)
class DeliveryRow:
    """One sealed (or purged) session as the delivery screen lists it. Times are naive UTC."""

    session_uuid: str
    title: str
    status: DeliveryStatus
    seal_hash: str
    sealed_at: dt.datetime | None = None
    assessees: int = 0
    bundle_id: str = ""
    sequence: int | None = None
    exported_at: dt.datetime | None = None
    exported_by: str = ""
    bkd_imported_at: dt.datetime | None = None
    receipt_at: dt.datetime | None = None
    receipt_key_id: str = ""
    purged_at: dt.datetime | None = None
    purged_by: str = ""

    @property
    def can_export(self) -> bool:
        return self.status is not DeliveryStatus.PURGED

    @property
    def can_purge(self) -> bool:
        return self.status is DeliveryStatus.RECEIVED


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    bundle_id: str
    sha256: str
    sequence: int
    sessions: tuple[str, ...]


@dataclass(frozen=True)
class ReceiptOutcome:
    path: Path
    outcome: str  # recorded | duplicate | rejected
    message: str
    sessions: tuple[str, ...] = ()


@dataclass(frozen=True)
class PurgedSession:
    session_uuid: str
    title: str
    seal_hash: str
    bundle_id: str
    assessees: int
    purged_at: dt.datetime
    backups: tuple[Path, ...] = field(default=())  # migration backups beside the store: they still hold it


def _naive(value: dt.datetime | None) -> dt.datetime | None:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value is not None and value.tzinfo else value


class DeliveryService:
    """Delivery of sealed sessions to BKD, performed as `actor`; each call is its own short transaction."""

    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor
        self.assessment = AssessmentService(store, actor)

    # -- reading ------------------------------------------------------------------------------------
    def centre_id(self) -> str:
        """The centre's id in bundle.json: its profile's uuid (the sample stores have none)."""
        with self.store.transaction() as db:
            centre = db.scalar(select(orm.Centre).order_by(orm.Centre.id).limit(1))
            return centre.uuid if centre is not None else DEFAULT_CENTRE_ID

    def rows(self) -> list[DeliveryRow]:
        """Every sealed session with its delivery state, then the purged ones (newest first)."""
        with self.store.transaction() as db:
            deliveries = {d.session_uuid: d for d in db.scalars(select(orm.Delivery))}
            out = []
            sealed = db.scalars(select(orm.AssessmentSession)
                                .where(orm.AssessmentSession.status == SessionStatus.SEALED.value)
                                .order_by(orm.AssessmentSession.sealed_at.desc(), orm.AssessmentSession.id.desc()))
            for s in sealed:
                d = deliveries.get(s.uuid)
                current = d is not None and d.seal_hash == s.seal_hash
                status = (DeliveryStatus.NOT_EXPORTED if not current
                          else DeliveryStatus.RECEIVED if d.receipt_at is not None else DeliveryStatus.EXPORTED)
                extra = {}
                if current:
                    extra = {"bundle_id": d.bundle_id, "sequence": d.sequence, "exported_at": d.exported_at,
                             "exported_by": d.exported_by, "bkd_imported_at": d.bkd_imported_at,
                             "receipt_at": d.receipt_at, "receipt_key_id": d.receipt_key_id}
                out.append(DeliveryRow(s.uuid, s.title, status, s.seal_hash or "", s.sealed_at, len(s.assessees),
                                       **extra))
            for t in db.scalars(select(orm.PurgeTombstone).order_by(orm.PurgeTombstone.purged_at.desc(),
                                                                     orm.PurgeTombstone.id.desc())):
                d = deliveries.get(t.session_uuid)
                out.append(DeliveryRow(
                    t.session_uuid, t.title, DeliveryStatus.PURGED, t.seal_hash, t.sealed_at, t.assessees,
                    bundle_id=t.bundle_id, sequence=d.sequence if d else None,
                    exported_at=d.exported_at if d else None, exported_by=d.exported_by if d else "",
                    bkd_imported_at=t.bkd_imported_at, receipt_at=t.receipt_at, receipt_key_id=t.receipt_key_id,
                    purged_at=t.purged_at, purged_by=t.purged_by))
            return out

    def row(self, session_uuid: str) -> DeliveryRow:
        found = next((r for r in self.rows() if r.session_uuid == session_uuid), None)
        if found is None:
            raise NotFoundError(f"sesi tersegel {session_uuid} tidak ditemukan")
        return found

    # -- export -------------------------------------------------------------------------------------
    def export(self, session_uuids: Sequence[str], out_dir: Path, key: keys.CentreSigningKey,
               recipients: Sequence[str], *, sequence_file: Path, bkd_receipt_key_id: str = "",
               progress: Progress | None = None) -> ExportedBundle:
        """The chosen sealed sessions as ONE secure bundle in `out_dir` (e.g. the USB stick), recorded here.

        Progress: one step per session read, then "bundel" while it is encrypted and written. A stop
        request is honoured until the bundle is being written; a bundle on the stick is always recorded
        (if the record cannot be written, the file is removed again).
        """
        progress = progress or Progress()
        uuids = list(dict.fromkeys(session_uuids))
        if not uuids:
            raise ValidationError("pilih sesi tersegel yang akan diekspor")
        infos = [self.assessment.info(u) for u in uuids]
        for info in infos:
            if info.status is not SessionStatus.SEALED or not info.seal_hash:
                raise ValidationError(f"sesi '{info.title}' belum disegel: hanya sesi tersegel yang dapat diekspor")
        documents = []
        for i, info in enumerate(infos):
            progress.report(i, len(infos) + 1, info.title)
            documents.append(self.assessment.document(info.uuid))
        progress.report(len(infos), len(infos) + 1, BUNDLE_STEP)
        centre_id = self.centre_id()
        sequence = keys.next_sequence(sequence_file)
        path = secure_bundles.write_secure_bundle(documents, Path(out_dir), key, recipients, centre_id, sequence)
        try:
            done = self._record_export(path, documents, key, recipients, bkd_receipt_key_id)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        progress.report(len(infos) + 1, len(infos) + 1, "")
        return done

    def export_with_files(self, session_uuids: Sequence[str], out_dir: Path, key_file: Path, password: str,
                          bkd_public_file: Path, progress: Progress | None = None) -> ExportedBundle:
        """What the GUI and the CLI call: the centre's key file (password-protected; the export counter
        lives beside it) and the BKD public key file the centre installed."""
        progress = progress or Progress()
        progress.report(0, len(session_uuids) + 1, KEY_STEP)
        recipients = keys.read_recipient_file(bkd_public_file)
        try:
            receipt_key_id = keys.read_receipt_key(bkd_public_file).id
        except ValidationError:  # an older BKD public key file: bundles still go, receipts are checked later
            receipt_key_id = ""
        key = keys.load_centre_key(key_file, password)
        return self.export(session_uuids, out_dir, key, recipients,
                           sequence_file=Path(key_file).parent / keys.SEQUENCE_FILE,
                           bkd_receipt_key_id=receipt_key_id, progress=progress)

    def _record_export(self, path: Path, documents: list[dict], key: keys.CentreSigningKey,
                       recipients: Sequence[str], bkd_receipt_key_id: str) -> ExportedBundle:
        raw = path.read_bytes()
        meta = secure_bundles.read_metadata(raw)
        sha = hashlib.sha256(raw).hexdigest()
        now = orm.utcnow().replace(tzinfo=None)
        with self.store.transaction() as db:
            export = orm.BundleExport(
                bundle_id=meta.bundle_id, sha256=sha, sequence=meta.sequence, centre_id=meta.centre_id,
                key_id=key.key_id, recipients=[keys.parse_recipient(str(r)) for r in recipients],
                bkd_receipt_key_id=bkd_receipt_key_id, file_name=path.name, exported_at=now,
                exported_by=self.actor)
            export.items = [orm.BundleExportItem(session_uuid=doc["session"]["uuid"],
                                                 seal_hash=doc["session"]["seal_hash"]) for doc in documents]
            db.add(export)
            for doc in documents:
                uuid, seal = doc["session"]["uuid"], doc["session"]["seal_hash"]
                d = db.scalar(select(orm.Delivery).where(orm.Delivery.session_uuid == uuid))
                if d is None:
                    d = orm.Delivery(session_uuid=uuid, receipt_by="", receipt_bundle_id="", receipt_key_id="",
                                     receipt_sha256="")
                    db.add(d)
                if d.seal_hash != seal:  # a new revision: an earlier receipt does not cover it
                    d.receipt_at = d.bkd_imported_at = None
                    d.receipt_by = d.receipt_bundle_id = d.receipt_key_id = d.receipt_sha256 = ""
                d.seal_hash, d.bundle_id, d.sequence = seal, meta.bundle_id, meta.sequence
                d.exported_at, d.exported_by = now, self.actor
                append_event(db, actor=self.actor, action=EXPORT_EVENT, entity="session", entity_uuid=uuid,
                             session_uuid=uuid, new={"bundle_id": meta.bundle_id, "sha256": sha,
                                                     "sequence": meta.sequence, "key_id": key.key_id,
                                                     "seal_hash": seal, "file": path.name})
        return ExportedBundle(path, meta.bundle_id, sha, meta.sequence,
                              tuple(doc["session"]["uuid"] for doc in documents))

    # -- receipts -----------------------------------------------------------------------------------
    def import_receipts(self, paths: Sequence[Path], bkd_key: minisign.PublicKey,
                        progress: Progress | None = None) -> list[ReceiptOutcome]:
        progress = progress or Progress()
        out = []
        for i, path in enumerate(paths):
            progress.report(i, len(paths), Path(path).name)
            out.append(self.import_receipt(Path(path), bkd_key))
        progress.report(len(paths), len(paths), "")
        return out

    def import_receipt(self, path: Path, bkd_key: minisign.PublicKey) -> ReceiptOutcome:
        """Check one receipt completely, then record it in one transaction; a rejection writes nothing."""
        path = Path(path)
        try:
            receipt, receipt_sha = receipts.read_receipt_file(path, bkd_key)
            with self.store.transaction() as db:
                return self._apply_receipt(db, path, receipt, receipt_sha)
        except AsesmenError as exc:
            return ReceiptOutcome(path, "rejected", f"ditolak: {exc}")
        except SAIntegrityError:
            return ReceiptOutcome(path, "rejected", "ditolak: basis data menolak perubahan; tidak ada yang dicatat")

    def _apply_receipt(self, db: Session, path: Path, receipt: receipts.Receipt,
                       receipt_sha: str) -> ReceiptOutcome:
        export = db.scalar(select(orm.BundleExport).where(orm.BundleExport.sha256 == receipt.bundle_sha256))
        if export is None:
            raise receipts.ReceiptError(f"tanda terima untuk bundel {receipt.bundle_id} yang tidak diekspor dari "
                                        "basis data ini (SHA-256 tidak dikenal)")
        if export.bundle_id != receipt.bundle_id:
            raise receipts.ReceiptError(f"tanda terima menyebut bundel {receipt.bundle_id}, sedangkan berkas "
                                        f"dengan SHA-256 ini adalah bundel {export.bundle_id}")
        if export.bkd_receipt_key_id and export.bkd_receipt_key_id != receipt.key_id:
            raise receipts.ReceiptError(f"bundel {export.bundle_id} dienkripsi untuk BKD dengan kunci tanda terima "
                                        f"{export.bkd_receipt_key_id}, bukan {receipt.key_id}")
        sealed = {item.session_uuid: item.seal_hash for item in export.items}
        pending = []
        for listed in receipt.sessions:
            if listed.uuid not in sealed:
                raise receipts.ReceiptError(f"sesi {listed.uuid} tidak ada di bundel {export.bundle_id}")
            if sealed[listed.uuid] != listed.seal_hash:
                raise receipts.ReceiptError(f"segel sesi {listed.uuid} pada tanda terima berbeda dengan segel yang "
                                            "diekspor")
            d = db.scalar(select(orm.Delivery).where(orm.Delivery.session_uuid == listed.uuid))
            gone = db.scalar(select(orm.PurgeTombstone).where(orm.PurgeTombstone.session_uuid == listed.uuid))
            if gone is not None:
                continue  # delivered and purged long ago: nothing left to mark
            s = db.scalar(select(orm.AssessmentSession).where(orm.AssessmentSession.uuid == listed.uuid))
            if s is None or d is None:
                raise receipts.ReceiptError(f"sesi {listed.uuid} tidak ada di basis data ini")
            if s.seal_hash != listed.seal_hash or d.seal_hash != listed.seal_hash:
                raise receipts.ReceiptError(f"tanda terima untuk revisi lama sesi '{s.title}' (segel berbeda): "
                                            "ekspor revisi terbaru ke BKD")
            if d.receipt_at is None:
                pending.append((s, d))
        names = tuple(listed.uuid for listed in receipt.sessions)
        if not pending:
            return ReceiptOutcome(path, "duplicate", "sudah tercatat sebelumnya: tidak ada yang diubah", names)
        now = orm.utcnow().replace(tzinfo=None)
        for s, d in pending:
            d.receipt_at, d.receipt_by = now, self.actor
            d.bkd_imported_at = receipt.imported_at_datetime
            d.receipt_bundle_id, d.receipt_key_id, d.receipt_sha256 = receipt.bundle_id, receipt.key_id, receipt_sha
            append_event(db, actor=self.actor, action=RECEIPT_EVENT, entity="session", entity_uuid=s.uuid,
                         session_uuid=s.uuid, new={"bundle_id": receipt.bundle_id,
                                                   "bundle_sha256": receipt.bundle_sha256,
                                                   "seal_hash": s.seal_hash, "bkd_imported_at": receipt.imported_at,
                                                   "issuer": receipt.issuer, "key_id": receipt.key_id,
                                                   "receipt_sha256": receipt_sha})
        titles = ", ".join(f"'{s.title}'" for s, _ in pending)
        when = receipt.imported_at.replace("T", " ").removesuffix("Z")
        return ReceiptOutcome(path, "recorded", f"diterima BKD pada {when} UTC: {titles}", names)

    # -- purge --------------------------------------------------------------------------------------
    def purge(self, session_uuid: str, *, compact: bool = True) -> PurgedSession:
        """Delete a delivered session's local copy, all or nothing; a tombstone without personal data stays."""
        try:
            with self.store.transaction() as db:
                db.connection().exec_driver_sql("PRAGMA secure_delete = ON")
                purged = self._purge(db, session_uuid)
        except SAIntegrityError as exc:
            raise IntegrityError("penghapusan dibatalkan oleh basis data, tidak ada yang dihapus "
                                 f"({str(exc.orig).splitlines()[0]})") from None
        if compact:
            self._compact()
        return replace(purged, backups=self._backups())

    def _purge(self, db: Session, session_uuid: str) -> PurgedSession:
        s = db.scalar(select(orm.AssessmentSession).where(orm.AssessmentSession.uuid == session_uuid))
        if s is None:
            if db.scalar(select(orm.PurgeTombstone).where(orm.PurgeTombstone.session_uuid == session_uuid)):
                raise ValidationError("salinan lokal sesi ini sudah dihapus")
            raise NotFoundError(f"sesi {session_uuid} tidak ditemukan")
        d = db.scalar(select(orm.Delivery).where(orm.Delivery.session_uuid == session_uuid))
        if s.status != SessionStatus.SEALED.value or not s.seal_hash:
            raise ValidationError(f"sesi '{s.title}' belum disegel: salinan lokal tidak boleh dihapus")
        if d is None or d.seal_hash != s.seal_hash:
            raise ValidationError(f"sesi '{s.title}' belum diekspor ke BKD: salinan lokal tidak boleh dihapus")
        if d.receipt_at is None:
            raise ValidationError(f"BKD belum mengirim tanda terima untuk sesi '{s.title}': salinan lokal tidak "
                                  "boleh dihapus")
        now = orm.utcnow().replace(tzinfo=None)
        assessee_ids = [a.id for a in s.assessees]
        tomb = orm.PurgeTombstone(
            session_uuid=s.uuid, title=s.title, seal_hash=s.seal_hash, sealed_at=s.sealed_at,
            assessees=len(assessee_ids), bundle_id=d.receipt_bundle_id or d.bundle_id,
            bkd_imported_at=d.bkd_imported_at, receipt_at=d.receipt_at, receipt_key_id=d.receipt_key_id,
            purged_by=self.actor, purged_at=now)
        db.add(tomb)
        db.flush()  # first: the triggers let the rest go only once the tombstone is there
        position_ids = [p.id for p in s.positions]
        sid = s.id
        db.expunge_all()  # from here on plain deletes; no ORM cascade second-guessing them
        for model, column, values in (
            (orm.Rating, orm.Rating.assessee_id, assessee_ids),
            (orm.FinalLevel, orm.FinalLevel.assessee_id, assessee_ids),
            (orm.Assignment, orm.Assignment.assessee_id, assessee_ids),
        ):
            db.execute(delete(model).where(column.in_(values)))
        db.execute(delete(orm.Assessee).where(orm.Assessee.session_id == sid))
        db.execute(delete(orm.MatrixCell).where(orm.MatrixCell.session_id == sid))
        db.execute(delete(orm.Assessor).where(orm.Assessor.session_id == sid))
        db.execute(delete(orm.PositionStandard).where(orm.PositionStandard.position_id.in_(position_ids)))
        db.execute(delete(orm.Position).where(orm.Position.session_id == sid))
        db.execute(delete(orm.Simulation).where(orm.Simulation.session_id == sid))
        db.execute(delete(orm.AssessmentSession).where(orm.AssessmentSession.id == sid))
        db.execute(delete(orm.AuditEvent).where(orm.AuditEvent.session_uuid == session_uuid))
        return PurgedSession(session_uuid, tomb.title, tomb.seal_hash, tomb.bundle_id, tomb.assessees, now)

    def _compact(self) -> None:
        """Rewrite the file without the freed pages and empty the WAL, so no deleted byte is left behind."""
        if self.store.engine.dialect.name != "sqlite":
            return
        raw = self.store.engine.raw_connection()
        try:
            con = raw.driver_connection
            con.execute("PRAGMA secure_delete = ON")
            con.execute("VACUUM")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def _backups(self) -> tuple[Path, ...]:
        db_path = self.store.engine.url.database
        if not db_path or db_path == ":memory:":
            return ()
        folder, name = Path(db_path).parent, Path(db_path).name
        return tuple(sorted(folder.glob(f"{name}.bak-v*")))


__all__ = ["DeliveryRow", "DeliveryService", "DeliveryStatus", "ExportedBundle", "PurgedSession",
           "ReceiptOutcome"]
