"""BKD's side: import bundles into the central database, once, and read back what was imported."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.orm import Session

from desktop.domain.errors import AsesmenError, BundleError
from desktop.domain.nip import format_nip, normalise_nip
from desktop.domain.verification import normalise_code
from desktop.services.bundles import Bundle, content_sha256, read_bundle
from desktop.services.document import results_from_document, valid_until
from desktop.services.keys import BkdIdentity, TrustList
from desktop.services.progress import Progress
from desktop.services.secure_bundles import is_secure_bundle, read_secure_bundle
from desktop.services.stores import Store
from desktop.storage.central_orm import CentralCompetency, CentralResult, CentralSession, ImportLog, Person


@dataclass(frozen=True)
class SheetCheck:
    matches: bool
    message: str
    facts: dict = field(default_factory=dict)  # what BKD holds for this code
    differences: tuple[tuple[str, str, str], ...] = ()  # (what, printed, stored)


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    outcome: str  # applied | duplicate | rejected
    message: str
    sessions: int = 0
    results: int = 0


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

    def import_files(self, paths: list[Path], progress: Progress | None = None) -> list[ImportOutcome]:
        progress = progress or Progress()
        outcomes = []
        for i, path in enumerate(paths):
            progress.report(i, len(paths), Path(path).name)
            outcomes.append(self.import_file(Path(path)))
        progress.report(len(paths), len(paths), "")
        return outcomes

    def import_file(self, path: Path) -> ImportOutcome:
        """Validate fully, then apply in one transaction; every attempt leaves one import_log row."""
        try:
            bundle = self._read(path)
        except AsesmenError as exc:
            return self._log(path, "", "", "rejected", str(exc))
        try:
            with self.store.transaction() as db:
                earlier = self._already(db, bundle)
                if earlier is not None:
                    return self._log_in(db, path, bundle, "duplicate", earlier)
                n = self._apply(db, bundle)
                self._log_in(db, path, bundle, "applied", f"diimpor: 1 sesi, {n} hasil")
                return ImportOutcome(path, "applied", f"diimpor: 1 sesi, {n} hasil", 1, n)
        except SAIntegrityError:
            # Another process applied the same session between our check and our insert.
            with self.store.transaction() as db:
                earlier = self._already(db, bundle) or "sudah diimpor oleh proses lain"
                return self._log_in(db, path, bundle, "duplicate", earlier)
        except AsesmenError as exc:
            return self._log(path, bundle.sha256, bundle.document["session"]["uuid"], "rejected", str(exc))

    def _read(self, path: Path) -> Bundle:
        if is_secure_bundle(path):
            opened = read_secure_bundle(path, self.identities, self.trust.lookup)
            return replace(opened.bundle, sha256=opened.sha256)
        if not self.allow_plain:
            raise BundleError(f"{path.name}: bukan bundel aman (tidak bertanda tangan dan tidak terenkripsi): "
                              "ditolak")
        return read_bundle(path)

    def _already(self, db: Session, bundle: Bundle) -> str | None:
        doc = bundle.document
        found = db.scalar(select(CentralSession).where(CentralSession.uuid == doc["session"]["uuid"]))
        if found is None:
            return None
        when = found.imported_at.strftime("%Y-%m-%d %H:%M")
        if found.content_sha256 == content_sha256(doc):
            return f"sudah diimpor pada {when} UTC: tidak ada yang diubah"
        raise AsesmenError(
            f"konflik: sesi {doc['session']['uuid']} sudah diimpor pada {when} UTC dengan isi berbeda; "
            "tidak ditimpa"
        )

    def _apply(self, db: Session, bundle: Bundle) -> int:
        doc = bundle.document
        s = doc["session"]
        years = doc["rules"]["rules"].get("validity_years", 3)
        session = CentralSession(
            uuid=s["uuid"], title=s["title"], purpose=s["purpose"], agency=s.get("agency", ""),
            provider=s.get("provider", ""), start_date=s.get("start_date", ""), end_date=s.get("end_date", ""),
            seal_hash=s["seal_hash"], sealed_at=s.get("sealed_at") or "", content_sha256=content_sha256(doc),
            bundle_sha256=bundle.sha256, document=doc,
        )
        db.add(session)
        db.flush()
        assessees = {a["uuid"]: a for a in doc["assessees"]}
        results = results_from_document(doc)
        for r in results:
            person = db.scalar(select(Person).where(Person.nip == r.nip))
            if person is None:
                person = Person(nip=r.nip, name=r.name, sex=assessees[r.assessee_uuid].get("sex", ""))
                db.add(person)
                db.flush()
            row = CentralResult(
                uuid=r.assessee_uuid, session_id=session.id, person_id=person.id, golongan=r.golongan,
                current_position=r.current_position, unit=r.unit, target_position=r.target_position,
                total_achieved=r.total_achieved, total_standard=r.total_standard, jpm=r.jpm,
                category_code=r.category_code, category_label=r.category_label,
                valid_until=valid_until(s.get("sealed_at"), years) or "", sheet_code=r.sheet_code,
            )
            row.competencies = [
                CentralCompetency(code=c.code, name=c.name, standard=c.standard, achieved=c.achieved, gap=c.gap)
                for c in r.competencies
            ]
            db.add(row)
        db.flush()
        return len(results)

    def _log_in(self, db: Session, path: Path, bundle: Bundle, outcome: str, message: str) -> ImportOutcome:
        db.add(ImportLog(bundle_sha256=bundle.sha256, bundle_id=bundle.document["session"]["uuid"],
                         filename=Path(path).name, outcome=outcome, message=message, actor=self.actor))
        return ImportOutcome(path, outcome, message)

    def _log(self, path: Path, sha: str, bundle_id: str, outcome: str, message: str) -> ImportOutcome:
        with self.store.transaction() as db:
            db.add(ImportLog(bundle_sha256=sha, bundle_id=bundle_id, filename=Path(path).name,
                             outcome=outcome, message=message, actor=self.actor))
        return ImportOutcome(path, outcome, message)

    def result_rows(self) -> list[dict]:
        """One row per imported result: what the summary table and the tests read."""
        with self.store.transaction() as db:
            q = (select(CentralResult, Person, CentralSession)
                 .join(Person, CentralResult.person_id == Person.id)
                 .join(CentralSession, CentralResult.session_id == CentralSession.id)
                 .order_by(CentralSession.id, CentralResult.id))
            return [
                {"session": s.uuid, "nip": p.nip, "name": p.name, "target_position": r.target_position,
                 "jpm": float(r.jpm), "category": r.category_code, "valid_until": r.valid_until,
                 "competencies": {c.code: c.achieved for c in r.competencies}}
                for r, p, s in db.execute(q).all()
            ]

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
                return SheetCheck(False, "TIDAK COCOK: tidak ada lembar hasil dengan kode ini di basis data pusat")
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

    def import_log(self) -> list[dict]:
        with self.store.transaction() as db:
            return [{"at": row.at, "file": row.filename, "outcome": row.outcome, "message": row.message}
                    for row in db.scalars(select(ImportLog).order_by(ImportLog.id))]
