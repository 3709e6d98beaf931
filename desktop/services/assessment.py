"""Setting up a session, rating, integrating and sealing. Every change goes through `_record`.

`_record` is the single path that writes assessment data: it refuses changes to a sealed session and
appends the audit event (who, when, what, old -> new, reason) in the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.orm import Session

from desktop import resources
from desktop.domain.errors import IntegrityError, NotFoundError, SealedError, ValidationError
from desktop.domain.golongan import parse_golongan
from desktop.domain.model import (
    AssesseeResult,
    FormItem,
    FormStatus,
    FormSummary,
    FormView,
    Purpose,
    SessionInfo,
    SessionStatus,
)
from desktop.domain.nip import check_nip
from desktop.domain.rules import competencies_from_dict, rules_from_dict
from desktop.domain.scoring import check_level, check_whole_level
from desktop.domain.users import Role
from desktop.services import document as docs
from desktop.services.stores import Store
from desktop.storage import orm
from desktop.storage.audit import append_event, session_events


@dataclass(frozen=True)
class AssesseeInput:
    nip: str
    name: str
    target_position: str
    golongan: str = ""
    current_position: str = ""
    unit: str = ""
    sex: str = ""
    kind: str = "PNS"


class AssessmentService:
    """Use cases of the centre store, performed as `actor` (the logged-in user)."""

    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    # -- the one write path -------------------------------------------------------------------
    def _record(self, db: Session, session: orm.AssessmentSession, action: str, entity: str,
                entity_uuid: str, old=None, new=None, reason: str = "") -> None:
        if session.status == SessionStatus.SEALED:
            raise SealedError(f"sesi '{session.title}' sudah disegel: data tidak dapat diubah")
        append_event(db, actor=self.actor, action=action, entity=entity, entity_uuid=entity_uuid,
                     session_uuid=session.uuid, old=old, new=new, reason=reason)

    # -- lookups ------------------------------------------------------------------------------
    @staticmethod
    def _session(db: Session, session_uuid: str) -> orm.AssessmentSession:
        s = db.scalar(select(orm.AssessmentSession).where(orm.AssessmentSession.uuid == session_uuid))
        if s is None:
            raise NotFoundError(f"sesi {session_uuid} tidak ditemukan")
        return s

    def _writable(self, db: Session, session_uuid: str) -> orm.AssessmentSession:
        """The session while it is being set up and rated (before the integration meeting)."""
        s = self._session(db, session_uuid)
        if s.status == SessionStatus.SEALED:
            raise SealedError(f"sesi '{s.title}' sudah disegel: data tidak dapat diubah")
        if s.status == SessionStatus.MEETING:
            raise SealedError(f"rapat integrasi sesi '{s.title}' sudah dibuka: penilaian individual terkunci; "
                              "perubahan hanya melalui amandemen dengan alasan")
        return s

    def _in_meeting(self, db: Session, session_uuid: str) -> orm.AssessmentSession:
        s = self._session(db, session_uuid)
        if s.status == SessionStatus.SEALED:
            raise SealedError(f"sesi '{s.title}' sudah disegel: data tidak dapat diubah")
        if s.status != SessionStatus.MEETING:
            raise ValidationError(f"rapat integrasi sesi '{s.title}' belum dibuka")
        return s

    @staticmethod
    def _one(db: Session, model, what: str, **where):
        row = db.scalar(select(model).filter_by(**where))
        if row is None:
            label = ", ".join(str(v) for k, v in where.items() if k != "session_id")
            raise NotFoundError(f"{what} tidak ditemukan: {label}")
        return row

    def _competency_codes(self, session: orm.AssessmentSession) -> set[str]:
        return {c.code for c in competencies_from_dict(session.pinned_rules["competencies"])}

    # -- setup --------------------------------------------------------------------------------
    def create_session(self, title: str, purpose: Purpose | str, *, agency: str = "", provider: str = "",
                       provider_head: str = "", venue: str = "", start_date: str = "",
                       end_date: str = "") -> str:
        if not title.strip():
            raise ValidationError("judul sesi wajib diisi")
        try:
            purpose = Purpose(purpose)
        except ValueError:
            raise ValidationError(f"tujuan penilaian tidak dikenal: {purpose}") from None
        for d in (start_date, end_date):
            if d:
                try:
                    dt.date.fromisoformat(d)
                except ValueError:
                    raise ValidationError(f"tanggal tidak valid: {d} (format TTTT-BB-HH)") from None
        with self.store.transaction() as db:
            s = orm.AssessmentSession(
                title=title.strip(), purpose=purpose.value, agency=agency, provider=provider,
                provider_head=provider_head, venue=venue, start_date=start_date, end_date=end_date,
                pinned_rules=resources.rule_files(),
            )
            db.add(s)
            db.flush()
            fields = {"title": s.title, "purpose": s.purpose, "agency": agency, "provider": provider,
                      "provider_head": provider_head, "venue": venue, "start_date": start_date,
                      "end_date": end_date, "rules_version": s.pinned_rules["rules"]["version"]}
            self._record(db, s, "session.create", "session", s.uuid, None, fields)
            return s.uuid

    def add_position(self, session_uuid: str, name: str, standards: dict[str, int], jenis: str = "") -> str:
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            codes = self._competency_codes(s)
            rules = rules_from_dict(s.pinned_rules["rules"])
            unknown = sorted(set(standards) - codes)
            if unknown:
                raise ValidationError(f"kompetensi tidak dikenal pada standar jabatan {name}: {', '.join(unknown)}")
            for level in standards.values():
                check_whole_level(level, rules, "level standar")
            p = orm.Position(session_id=s.id, name=name.strip(), jenis=jenis)
            p.standards = [orm.PositionStandard(competency_code=c, level=lv) for c, lv in standards.items()]
            db.add(p)
            self._flush_unique(db, f"jabatan '{name}' sudah ada pada sesi ini")
            self._record(db, s, "position.add", "position", p.uuid, None,
                         {"name": p.name, "jenis": jenis, "standards": dict(standards)})
            return p.uuid

    def add_simulation(self, session_uuid: str, code: str, name: str = "") -> str:
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            known = {m["code"]: m["name"] for m in s.pinned_rules["simulations"]["methods"]}
            if code not in known:
                raise ValidationError(f"metode simulasi tidak dikenal: {code}")
            sim = orm.Simulation(session_id=s.id, code=code, name=name or known[code], ordinal=len(s.simulations))
            db.add(sim)
            self._flush_unique(db, f"simulasi {code} sudah ada pada sesi ini")
            self._record(db, s, "simulation.add", "simulation", sim.uuid, None, {"code": code, "name": sim.name})
            return sim.uuid

    def set_matrix(self, session_uuid: str, matrix: dict[str, list[str]]) -> None:
        """Replace the competency x simulation matrix: competency code -> simulation codes."""
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            sims = {sim.code: sim for sim in s.simulations}
            unknown = sorted(set(matrix) - self._competency_codes(s))
            if unknown:
                raise ValidationError(f"kompetensi tidak dikenal pada matriks: {', '.join(unknown)}")
            old = self.matrix_of(s)
            s.matrix.clear()
            db.flush()
            for code, sim_codes in matrix.items():
                for sc in sim_codes:
                    if sc not in sims:
                        raise ValidationError(f"simulasi {sc} belum ditambahkan ke sesi")
                    s.matrix.append(orm.MatrixCell(session_id=s.id, competency_code=code, simulation_id=sims[sc].id))
            db.flush()
            self._record(db, s, "matrix.set", "session", s.uuid, old, self.matrix_of(s))

    @staticmethod
    def matrix_of(s: orm.AssessmentSession) -> dict[str, list[str]]:
        by_id = {sim.id: sim.code for sim in s.simulations}
        out: dict[str, list[str]] = {}
        for cell in sorted(s.matrix, key=lambda c: (c.competency_code, c.simulation_id)):
            out.setdefault(cell.competency_code, []).append(by_id[cell.simulation_id])
        return out

    def add_assessor(self, session_uuid: str, name: str, nip: str = "", is_lead: bool = False,
                     username: str | None = None) -> str:
        """An assessor of the session, optionally tied to a login so ratings are attributed to it."""
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            if not name.strip():
                raise ValidationError("nama asesor wajib diisi")
            user = self._one(db, orm.User, "pengguna", username=username) if username else None
            a = orm.Assessor(session_id=s.id, name=name.strip(), nip=nip, is_lead=is_lead,
                             user_id=user.id if user else None)
            db.add(a)
            self._flush_unique(db, f"asesor '{name}' sudah ada pada sesi ini")
            self._record(db, s, "assessor.add", "assessor", a.uuid, None,
                         {"name": a.name, "nip": nip, "is_lead": is_lead, "username": username})
            return a.uuid

    def assessor_for_user(self, session_uuid: str, username: str) -> str | None:
        """The assessor name the logged-in user rates as in this session, if any."""
        with self.store.transaction() as db:
            s = self._session(db, session_uuid)
            return db.scalar(select(orm.Assessor.name).join(orm.User, orm.Assessor.user_id == orm.User.id)
                             .where(orm.Assessor.session_id == s.id, orm.User.username == username))

    def add_assessee(self, session_uuid: str, item: AssesseeInput) -> str:
        return self.add_assessees(session_uuid, [item])[0]

    def add_assessees(self, session_uuid: str, items: list[AssesseeInput]) -> list[str]:
        """Register assessees all together or not at all (one transaction)."""
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            number = len(s.assessees)
            uuids = []
            for item in items:
                number += 1
                uuids.append(self._add_assessee(db, s, item, number))
            return uuids

    def _add_assessee(self, db: Session, s: orm.AssessmentSession, item: AssesseeInput, number: int) -> str:
        nip_check = check_nip(item.nip, item.kind, recorded_sex=item.sex or None,
                              **s.pinned_rules["rules"].get("nip", {}))
        if not nip_check.valid:
            raise ValidationError(f"NIP {item.nip}: {'; '.join(nip_check.errors)}")
        if not item.name.strip():
            raise ValidationError(f"nama peserta dengan NIP {item.nip} kosong")
        golongan = parse_golongan(item.golongan, s.pinned_rules["golongan"]["pangkat"]).code \
            if item.golongan else ""
        position = self._one(db, orm.Position, "jabatan sasaran", session_id=s.id,
                             name=item.target_position.strip())
        a = orm.Assessee(
            session_id=s.id, participant_no=number, nip=nip_check.nip, name=item.name.strip(),
            sex=item.sex or nip_check.sex or "", kind=item.kind, golongan=golongan,
            current_position=item.current_position, unit=item.unit, target_position_id=position.id,
        )
        db.add(a)
        self._flush_unique(db, f"peserta dengan NIP {nip_check.nip} sudah terdaftar pada sesi ini")
        self._record(db, s, "assessee.add", "assessee", a.uuid, None, {
            "participant_no": number, "nip": a.nip, "name": a.name, "sex": a.sex, "kind": a.kind,
            "golongan": golongan, "current_position": a.current_position, "unit": a.unit,
            "target_position": position.uuid,
        })
        return a.uuid

    def position_names(self, session_uuid: str) -> list[str]:
        with self.store.transaction() as db:
            return [p.name for p in self._session(db, session_uuid).positions]

    def assessee_nips(self, session_uuid: str) -> set[str]:
        with self.store.transaction() as db:
            return {a.nip for a in self._session(db, session_uuid).assessees}

    def assign(self, session_uuid: str, nip: str, simulation_code: str, assessor_name: str) -> None:
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            a = self._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
            sim = self._one(db, orm.Simulation, "simulasi", session_id=s.id, code=simulation_code)
            asr = self._one(db, orm.Assessor, "asesor", session_id=s.id, name=assessor_name)
            db.add(orm.Assignment(assessee_id=a.id, simulation_id=sim.id, assessor_id=asr.id))
            self._flush_unique(db, "penugasan ini sudah ada")
            self._record(db, s, "assignment.add", "assessee", a.uuid, None,
                         {"simulation": sim.uuid, "assessor": asr.uuid})

    # -- rating -------------------------------------------------------------------------------
    def set_rating(self, session_uuid: str, nip: str, simulation_code: str, assessor_name: str,
                   competency_code: str, level: int | float, evidence: str = "") -> str:
        """Save one rating durably (the transaction commits before this returns)."""
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            rules = rules_from_dict(s.pinned_rules["rules"])
            level = check_level(level, rules)  # on the session's step grid; a whole level as int
            a = self._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
            sim = self._one(db, orm.Simulation, "simulasi", session_id=s.id, code=simulation_code)
            asr = self._one(db, orm.Assessor, "asesor", session_id=s.id, name=assessor_name)
            if simulation_code not in self.matrix_of(s).get(competency_code, []):
                raise ValidationError(f"kompetensi {competency_code} tidak diukur dalam simulasi {simulation_code}")
            form = db.scalar(select(orm.Assignment).filter_by(
                assessee_id=a.id, simulation_id=sim.id, assessor_id=asr.id))
            if form is None:
                raise ValidationError(f"{assessor_name} tidak ditugaskan menilai {a.name} pada {simulation_code}")
            if form.status == FormStatus.SUBMITTED:
                raise ValidationError(f"formulir {a.name} - {simulation_code} sudah dikirim: tidak dapat diubah")
            r = db.scalar(select(orm.Rating).filter_by(assessee_id=a.id, simulation_id=sim.id,
                                                       assessor_id=asr.id, competency_code=competency_code))
            old = None if r is None else {"level": r.level, "evidence": r.evidence}
            new = {"level": level, "evidence": evidence, "assessee": a.uuid, "simulation": sim.uuid,
                   "assessor": asr.uuid, "competency": competency_code}
            if r is None:
                r = orm.Rating(assessee_id=a.id, simulation_id=sim.id, assessor_id=asr.id,
                               competency_code=competency_code, level=level, evidence=evidence)
                db.add(r)
                db.flush()
            else:
                r.level, r.evidence = level, evidence
            self._record(db, s, "rating.set", "rating", r.uuid, old, new)
            return r.uuid

    # -- rating forms -------------------------------------------------------------------------
    def form(self, session_uuid: str, nip: str, simulation_code: str, assessor_name: str) -> FormView:
        """The form with only the competencies the matrix marks for this simulation."""
        with self.store.transaction() as db:
            s = self._session(db, session_uuid)
            a = self._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
            sim = self._one(db, orm.Simulation, "simulasi", session_id=s.id, code=simulation_code)
            asr = self._one(db, orm.Assessor, "asesor", session_id=s.id, name=assessor_name)
            form = db.scalar(select(orm.Assignment).filter_by(assessee_id=a.id, simulation_id=sim.id,
                                                              assessor_id=asr.id))
            if form is None:
                raise ValidationError(f"{assessor_name} tidak ditugaskan menilai {a.name} pada {simulation_code}")
            ratings = {r.competency_code: r for r in db.scalars(select(orm.Rating).filter_by(
                assessee_id=a.id, simulation_id=sim.id, assessor_id=asr.id))}
            marked = {code for code, sims in self.matrix_of(s).items() if simulation_code in sims}
            items = tuple(
                FormItem(c.code, c.name, c.levels,
                         ratings[c.code].level if c.code in ratings else None,
                         ratings[c.code].evidence if c.code in ratings else "")
                for c in competencies_from_dict(s.pinned_rules["competencies"]) if c.code in marked
            )
            return FormView(s.uuid, a.nip, a.name, a.participant_no, sim.code, sim.name, asr.name,
                            self._form_status(form, bool(ratings)), items)

    @staticmethod
    def _form_status(form: orm.Assignment, any_rating: bool) -> FormStatus:
        if form.status == FormStatus.SUBMITTED:
            return FormStatus.SUBMITTED
        return FormStatus.DRAFT if any_rating else FormStatus.MISSING

    def submit_form(self, session_uuid: str, nip: str, simulation_code: str, assessor_name: str) -> None:
        """Close a form: every competency needs a level and behavioural evidence."""
        view = self.form(session_uuid, nip, simulation_code, assessor_name)
        missing = [i.name for i in view.items if i.level is None or not i.evidence.strip()]
        if missing:
            raise ValidationError(f"belum lengkap (level dan bukti perilaku): {', '.join(missing)}")
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            form = db.scalar(
                select(orm.Assignment)
                .join(orm.Assessee, orm.Assignment.assessee_id == orm.Assessee.id)
                .join(orm.Simulation, orm.Assignment.simulation_id == orm.Simulation.id)
                .join(orm.Assessor, orm.Assignment.assessor_id == orm.Assessor.id)
                .where(orm.Assessee.session_id == s.id, orm.Assessee.nip == nip,
                       orm.Simulation.code == simulation_code, orm.Assessor.name == assessor_name))
            if form.status == FormStatus.SUBMITTED:
                raise ValidationError("formulir sudah dikirim")
            form.status, form.submitted_at = FormStatus.SUBMITTED.value, orm.utcnow()
            assessee = db.get(orm.Assessee, form.assessee_id)
            self._record(db, s, "form.submit", "assessee", assessee.uuid, {"status": "draft"},
                         {"status": "submitted", "simulation": simulation_code, "assessor": assessor_name})

    def progress_board(self, session_uuid: str, assessor_name: str | None = None) -> list[FormSummary]:
        """Every form of the session (or of one assessor) with its status and how much is rated."""
        with self.store.transaction() as db:
            s = self._session(db, session_uuid)
            marked: dict[str, int] = {}
            for sims in self.matrix_of(s).values():
                for code in sims:
                    marked[code] = marked.get(code, 0) + 1
            counts = dict(db.execute(
                select(orm.Rating.assessee_id.concat("|").concat(orm.Rating.simulation_id).concat("|")
                       .concat(orm.Rating.assessor_id), func.count())
                .join(orm.Assessee, orm.Rating.assessee_id == orm.Assessee.id)
                .where(orm.Assessee.session_id == s.id)
                .group_by(orm.Rating.assessee_id, orm.Rating.simulation_id, orm.Rating.assessor_id)).all())
            q = (select(orm.Assignment, orm.Assessee, orm.Simulation, orm.Assessor)
                 .join(orm.Assessee, orm.Assignment.assessee_id == orm.Assessee.id)
                 .join(orm.Simulation, orm.Assignment.simulation_id == orm.Simulation.id)
                 .join(orm.Assessor, orm.Assignment.assessor_id == orm.Assessor.id)
                 .where(orm.Assessee.session_id == s.id)
                 .order_by(orm.Assessee.participant_no, orm.Simulation.ordinal, orm.Assessor.name))
            if assessor_name:
                q = q.where(orm.Assessor.name == assessor_name)
            out = []
            for form, a, sim, asr in db.execute(q).all():
                rated = counts.get(f"{a.id}|{sim.id}|{asr.id}", 0)
                out.append(FormSummary(a.nip, a.name, a.participant_no, sim.code, sim.name, asr.name,
                                       self._form_status(form, rated > 0), rated, marked.get(sim.code, 0)))
            return out

    # -- integration and sealing --------------------------------------------------------------
    def open_meeting(self, session_uuid: str) -> None:
        """Start the integration meeting: every form must be submitted; from now on the individual
        ratings are read-only and change only by amendment with a reason."""
        missing = [f for f in self.progress_board(session_uuid) if f.status != FormStatus.SUBMITTED]
        if missing:
            named = "; ".join(f"{f.assessee_name} - {f.simulation_name} ({f.assessor_name})" for f in missing[:4])
            more = f" dan {len(missing) - 4} lagi" if len(missing) > 4 else ""
            raise ValidationError(f"{len(missing)} formulir belum dikirim: {named}{more}")
        with self.store.transaction() as db:
            s = self._writable(db, session_uuid)
            if not s.assessees:
                raise ValidationError("sesi belum memiliki peserta")
            ratings = db.scalar(select(func.count()).select_from(orm.Rating).join(
                orm.Assessee, orm.Rating.assessee_id == orm.Assessee.id).where(orm.Assessee.session_id == s.id))
            self._record(db, s, "meeting.open", "session", s.uuid, {"status": s.status},
                         {"status": SessionStatus.MEETING.value, "ratings": ratings})
            s.status = SessionStatus.MEETING.value

    def reopen_rating(self, session_uuid: str, reason: str) -> None:
        """Leave the meeting back to setup and rating (e.g. a competency needs a further simulation),
        with a reason in the audit log; decisions taken so far stay."""
        if not reason.strip():
            raise ValidationError("membuka kembali penilaian wajib disertai alasan")
        with self.store.transaction() as db:
            s = self._in_meeting(db, session_uuid)
            self._record(db, s, "meeting.reopen", "session", s.uuid, {"status": s.status},
                         {"status": SessionStatus.DRAFT.value}, reason.strip())
            s.status = SessionStatus.DRAFT.value

    def reopen_sealed(self, session_uuid: str, reason: str) -> None:
        """Reopen a sealed session for correction (an error found after sealing, say by BKD).

        Only the lead assessor (ketua) or an administrator, signed in as this service's actor, may do it,
        with a reason. It is an audited event in the session's own chain, right after the seal (and any
        prints), so the seal it breaks stays on record; the session returns to the integration meeting
        (status meeting), where amendments and final levels are decided again, and sealing again makes a
        new seal. A bundle of that new revision extends the chain BKD imported before, which is how BKD
        tells an amendment from a conflict; it keeps the earlier revision.
        """
        if not reason.strip():
            raise ValidationError("membuka kembali sesi tersegel wajib disertai alasan")
        with self.store.transaction() as db:
            s = self._session(db, session_uuid)
            if s.status != SessionStatus.SEALED:
                raise ValidationError(f"sesi '{s.title}' belum disegel: tidak ada segel yang dibuka")
            user = db.scalar(select(orm.User).where(orm.User.username == self.actor))
            if user is None or not user.active or user.role not in (Role.KETUA, Role.ADMINISTRATOR):
                raise ValidationError("hanya ketua asesor atau administrator yang dapat membuka kembali sesi "
                                      "tersegel")
            append_event(db, actor=self.actor, action="session.reopen", entity="session", entity_uuid=s.uuid,
                         session_uuid=s.uuid,
                         old={"status": s.status, "seal_hash": s.seal_hash,
                              "sealed_at": s.sealed_at.isoformat() if s.sealed_at else None},
                         new={"status": SessionStatus.MEETING.value, "role": user.role}, reason=reason.strip())
            s.status, s.seal_hash, s.sealed_at = SessionStatus.MEETING.value, None, None

    def amend_rating(self, session_uuid: str, nip: str, simulation_code: str, assessor_name: str,
                     competency_code: str, level: int | float, evidence: str, reason: str) -> None:
        """A change to a sealed individual rating during the meeting: recorded with its reason."""
        if not reason.strip():
            raise ValidationError("amandemen penilaian wajib disertai alasan")
        with self.store.transaction() as db:
            s = self._in_meeting(db, session_uuid)
            level = check_level(level, rules_from_dict(s.pinned_rules["rules"]))
            a = self._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
            sim = self._one(db, orm.Simulation, "simulasi", session_id=s.id, code=simulation_code)
            asr = self._one(db, orm.Assessor, "asesor", session_id=s.id, name=assessor_name)
            r = db.scalar(select(orm.Rating).filter_by(assessee_id=a.id, simulation_id=sim.id,
                                                       assessor_id=asr.id, competency_code=competency_code))
            if r is None:
                raise NotFoundError(f"penilaian {assessor_name} untuk {a.name} {competency_code} pada "
                                    f"{simulation_code} tidak ada")
            old = {"level": r.level, "evidence": r.evidence}
            r.level, r.evidence = level, evidence
            self._record(db, s, "rating.amend", "rating", r.uuid, old,
                         {"level": level, "evidence": evidence, "assessee": a.uuid, "simulation": sim.uuid,
                          "assessor": asr.uuid, "competency": competency_code}, reason.strip())

    @staticmethod
    def evidence_gaps(doc: dict, min_simulations: int) -> dict[str, list[str]]:
        """assessee uuid -> competencies of its standard evidenced by fewer than `min_simulations`."""
        sims: dict[tuple[str, str], set[str]] = {}
        for r in doc["ratings"]:
            sims.setdefault((r["assessee"], r["competency"]), set()).add(r["simulation"])
        positions = {p["uuid"]: p for p in doc["positions"]}
        return {
            a["uuid"]: gaps for a in doc["assessees"]
            if (gaps := [code for code in positions[a["target_position"]]["standards"]
                         if len(sims.get((a["uuid"], code), ())) < min_simulations])
        }

    def integrate(self, session_uuid: str, agreed_by: list[str] | None = None) -> int:
        """Record the consensus proposal as the final level wherever none is recorded yet and the
        evidence suffices; returns how many were written."""
        doc = self.document(session_uuid)
        props = docs.proposals(doc)
        gaps = self.evidence_gaps(doc, rules_from_dict(doc["rules"]["rules"]).min_simulations_per_competency)
        names = {a["uuid"]: a["name"] for a in doc["assessors"]}
        panel: dict[tuple[str, str], list[str]] = {}
        for r in doc["ratings"]:  # by default the assessors who rated it agreed to the proposal
            who = panel.setdefault((r["assessee"], r["competency"]), [])
            if names[r["assessor"]] not in who:
                who.append(names[r["assessor"]])
        written = 0
        with self.store.transaction() as db:
            s = self._in_meeting(db, session_uuid)
            for a in s.assessees:
                for std in a.target_position.standards:
                    proposed = props.get(a.uuid, {}).get(std.competency_code, (None, []))[0]
                    if proposed is None or std.competency_code in gaps.get(a.uuid, ()):
                        continue
                    if db.scalar(select(orm.FinalLevel).filter_by(
                            assessee_id=a.id, competency_code=std.competency_code)) is None:
                        agreed = agreed_by if agreed_by is not None else panel.get((a.uuid, std.competency_code), [])
                        self._write_final(db, s, a, std.competency_code, proposed, proposed, "", agreed)
                        written += 1
        return written

    def set_final_level(self, session_uuid: str, nip: str, competency_code: str, level: int,
                        reason: str = "", agreed_by: list[str] | None = None) -> None:
        """The meeting's decision; one that differs from the proposal needs a reason, and a competency
        evidenced by too few simulations cannot be finalised."""
        doc = self.document(session_uuid)
        with self.store.transaction() as db:
            s = self._in_meeting(db, session_uuid)
            rules = rules_from_dict(s.pinned_rules["rules"])
            check_whole_level(level, rules, "level akhir")  # final levels are whole, whatever the step
            a = self._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
            if competency_code in self.evidence_gaps(doc, rules.min_simulations_per_competency).get(a.uuid, ()):
                raise ValidationError(f"{competency_code} untuk {a.name} belum didukung bukti dari sedikitnya "
                                      f"{rules.min_simulations_per_competency} simulasi: belum dapat ditetapkan")
            proposed = docs.proposals(doc).get(a.uuid, {}).get(competency_code, (None, []))[0]
            if proposed is not None and level != proposed and not reason.strip():
                raise ValidationError(f"level akhir {level} berbeda dari usulan {proposed}: alasan wajib diisi")
            known = {x.name for x in s.assessors}
            unknown = sorted(set(agreed_by or []) - known)
            if unknown:
                raise ValidationError(f"bukan asesor sesi ini: {', '.join(unknown)}")
            self._write_final(db, s, a, competency_code, level, proposed, reason.strip(), agreed_by or [])

    def _write_final(self, db: Session, s: orm.AssessmentSession, a: orm.Assessee, code: str, level: int,
                     proposed: int | None, reason: str, agreed_by: list[str]) -> None:
        f = db.scalar(select(orm.FinalLevel).filter_by(assessee_id=a.id, competency_code=code))
        old = None if f is None else {"level": f.level, "agreed_by": f.agreed_by}
        if f is None:
            f = orm.FinalLevel(assessee_id=a.id, competency_code=code, level=level, proposed=proposed,
                               reason=reason, agreed_by=list(agreed_by))
            db.add(f)
            db.flush()
        else:
            f.level, f.proposed, f.reason, f.agreed_by = level, proposed, reason, list(agreed_by)
        self._record(db, s, "final.set", "final_level", f.uuid, old,
                     {"level": level, "proposed": proposed, "assessee": a.uuid, "competency": code,
                      "agreed_by": list(agreed_by)}, reason)

    def seal(self, session_uuid: str) -> str:
        """Close the meeting and seal the session: every assessee needs every final level.
        Returns the seal hash (the head of the session's audit chain)."""
        with self.store.transaction() as db:
            self._in_meeting(db, session_uuid)
        doc = self.document(session_uuid)
        missing = self.missing_final_levels(doc)
        if missing:
            raise ValidationError(f"belum ada level akhir untuk: {'; '.join(missing[:5])}"
                                  + (f" (dan {len(missing) - 5} lagi)" if len(missing) > 5 else ""))
        docs.verify_document(doc)
        with self.store.transaction() as db:
            s = self._in_meeting(db, session_uuid)
            if session_events(db, s.uuid)[-1]["hash"] != doc["audit"][-1]["hash"]:
                # every change is an audit event: the chain moved, so the content checked above may differ
                raise ValidationError("sesi berubah saat disegel; segel lagi")
            self._record(db, s, "session.seal", "session", s.uuid, {"status": s.status},
                         {"status": SessionStatus.SEALED.value, "content_sha256": docs.content_digest(doc)})
            db.flush()
            head = session_events(db, s.uuid)[-1]["hash"]
            s.status, s.seal_hash = SessionStatus.SEALED.value, head
            s.sealed_at = orm.utcnow()
            return head

    @staticmethod
    def missing_final_levels(doc: dict) -> list[str]:
        finals = {(f["assessee"], f["competency"]) for f in doc["final_levels"]}
        positions = {p["uuid"]: p for p in doc["positions"]}
        return [
            f"{a['name']} {code}"
            for a in doc["assessees"]
            for code in positions[a["target_position"]]["standards"]
            if (a["uuid"], code) not in finals
        ]

    def record_print(self, session_uuid: str, nip: str, what: str = "lembar hasil", copies: int = 1,
                     printer: str = "") -> int:
        """The print register: who printed which sheet, when, which copy. Allowed after sealing (it
        records, it changes nothing). Returns the number of the first copy of this print."""
        with self.store.transaction() as db:
            s = self._session(db, session_uuid)
            a = self._one(db, orm.Assessee, "peserta", session_id=s.id, nip=nip)
            earlier = sum(ev["data"]["new"].get("copies", 1) for ev in session_events(db, s.uuid)
                          if ev["action"] == "sheet.print" and ev["entity_uuid"] == a.uuid
                          and ev["data"]["new"].get("what") == what)
            append_event(db, actor=self.actor, action="sheet.print", entity="assessee", entity_uuid=a.uuid,
                         session_uuid=s.uuid, new={"what": what, "first_copy": earlier + 1, "copies": copies,
                                                   "printer": printer, "status": s.status})
            return earlier + 1

    def print_register(self, session_uuid: str) -> list[dict]:
        doc = self.document(session_uuid)
        names = {a["uuid"]: (a["nip"], a["name"]) for a in doc["assessees"]}
        return [{"at": ev["at"], "actor": ev["actor"], "nip": names[ev["entity_uuid"]][0],
                 "name": names[ev["entity_uuid"]][1], **ev["data"]["new"]}
                for ev in doc["audit"] if ev["action"] == "sheet.print"]

    # -- reading ------------------------------------------------------------------------------
    def sessions(self) -> list[SessionInfo]:
        with self.store.transaction() as db:
            return [self._info(s) for s in db.scalars(select(orm.AssessmentSession)
                                                      .order_by(orm.AssessmentSession.id))]

    def info(self, session_uuid: str) -> SessionInfo:
        with self.store.transaction() as db:
            return self._info(self._session(db, session_uuid))

    @staticmethod
    def _info(s: orm.AssessmentSession) -> SessionInfo:
        sealed_at = s.sealed_at.isoformat() if s.sealed_at else None
        return SessionInfo(
            uuid=s.uuid, title=s.title, purpose=Purpose(s.purpose), agency=s.agency, provider=s.provider,
            provider_head=s.provider_head, venue=s.venue, start_date=s.start_date, end_date=s.end_date,
            status=SessionStatus(s.status), seal_hash=s.seal_hash, sealed_at=sealed_at,
            valid_until=docs.valid_until(sealed_at, s.pinned_rules["rules"].get("validity_years", 3)),
            assessees=len(s.assessees),
        )

    def results(self, session_uuid: str) -> list[AssesseeResult]:
        return docs.results_from_document(self.document(session_uuid))

    def verify(self, session_uuid: str) -> None:
        """Raise IntegrityError if the stored data disagrees with its own audit chain."""
        docs.verify_document(self.document(session_uuid))

    def document(self, session_uuid: str) -> dict:
        """The whole session as one JSON-ready dict (what a bundle carries)."""
        with self.store.transaction() as db:
            s = self._session(db, session_uuid)
            sims = {sim.id: sim.uuid for sim in s.simulations}
            assessors = {a.id: a.uuid for a in s.assessors}
            assessees = {a.id: a.uuid for a in s.assessees}
            ratings = db.scalars(select(orm.Rating).where(orm.Rating.assessee_id.in_(assessees))
                                 .order_by(orm.Rating.id))
            finals = db.scalars(select(orm.FinalLevel).where(orm.FinalLevel.assessee_id.in_(assessees))
                                .order_by(orm.FinalLevel.id))
            assignments = db.scalars(select(orm.Assignment).where(orm.Assignment.assessee_id.in_(assessees))
                                     .order_by(orm.Assignment.id))
            return {
                "format": docs.FORMAT,
                "format_version": docs.FORMAT_VERSION,
                "session": {
                    "uuid": s.uuid, "title": s.title, "purpose": s.purpose, "agency": s.agency,
                    "provider": s.provider, "provider_head": s.provider_head, "venue": s.venue,
                    "start_date": s.start_date, "end_date": s.end_date, "status": s.status,
                    "seal_hash": s.seal_hash, "sealed_at": s.sealed_at.isoformat() if s.sealed_at else None,
                },
                "positions": [
                    {"uuid": p.uuid, "name": p.name, "jenis": p.jenis,
                     "standards": {st.competency_code: st.level for st in
                                   sorted(p.standards, key=lambda st: st.competency_code)}}
                    for p in s.positions
                ],
                "simulations": [{"uuid": sim.uuid, "code": sim.code, "name": sim.name} for sim in s.simulations],
                "matrix": self.matrix_of(s),
                "assessors": [{"uuid": a.uuid, "name": a.name, "nip": a.nip, "is_lead": a.is_lead}
                              for a in s.assessors],
                "assessees": [
                    {"uuid": a.uuid, "participant_no": a.participant_no, "nip": a.nip, "name": a.name,
                     "sex": a.sex, "kind": a.kind, "golongan": a.golongan,
                     "current_position": a.current_position, "unit": a.unit,
                     "target_position": a.target_position.uuid}
                    for a in s.assessees
                ],
                "assignments": [{"assessee": assessees[x.assessee_id], "simulation": sims[x.simulation_id],
                                 "assessor": assessors[x.assessor_id]} for x in assignments],
                "ratings": [{"uuid": r.uuid, "assessee": assessees[r.assessee_id],
                             "simulation": sims[r.simulation_id], "assessor": assessors[r.assessor_id],
                             "competency": r.competency_code, "level": r.level, "evidence": r.evidence}
                            for r in ratings],
                "final_levels": [{"uuid": f.uuid, "assessee": assessees[f.assessee_id],
                                  "competency": f.competency_code, "level": f.level,
                                  "proposed": f.proposed, "reason": f.reason, "agreed_by": f.agreed_by}
                                 for f in finals],
                "rules": s.pinned_rules,
                "audit": session_events(db, s.uuid),
            }

    @staticmethod
    def _flush_unique(db: Session, message: str) -> None:
        try:
            db.flush()
        except SAIntegrityError:
            raise ValidationError(message) from None


__all__ = ["AssessmentService", "AssesseeInput", "IntegrityError"]
