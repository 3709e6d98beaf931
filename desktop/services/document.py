"""The session document: the one JSON shape a session has when it leaves the laptop.

Results are always derived from a document with its pinned rules, on the laptop and again at BKD,
so both sides compute them with the same code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict

from desktop.domain.chain import verify_chain
from desktop.domain.errors import IntegrityError, ValidationError
from desktop.domain.model import AssesseeResult, CompetencyResult, LevelAmendment, Purpose, Reopening
from desktop.domain.rules import competencies_from_dict, rules_from_dict
from desktop.domain.scoring import (
    categorise,
    development_advice,
    jpm_fraction,
    propose_level,
    round_jpm,
    strengths_and_development,
)
from desktop.domain.verification import sheet_code, sheet_statement

FORMAT = "asesmen.session"
AFTER_SEAL = {"sheet.print", "bundle.export", "bundle.receipt"}  # may follow the seal: records, changes nothing
SEAL_ACTION = "session.seal"
REOPEN_ACTION = "session.reopen"  # a sealed session reopened for correction (AssessmentService.reopen_sealed)
FINAL_ACTION = "final.set"
FORMAT_VERSION = 1


def valid_until(sealed_at: str | None, years: int) -> str | None:
    if not sealed_at:
        return None
    day = dt.date.fromisoformat(sealed_at[:10])
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28).isoformat()


def proposals(doc: dict) -> dict[str, dict[str, tuple[int | None, list[tuple[str, int]]]]]:
    """assessee uuid -> competency code -> (proposed level, [(simulation code, level), ...])."""
    rules = rules_from_dict(doc["rules"]["rules"])
    sims = {s["uuid"]: s["code"] for s in doc["simulations"]}
    grouped: dict[str, dict[str, list[tuple[str, int]]]] = defaultdict(lambda: defaultdict(list))
    for r in doc["ratings"]:
        grouped[r["assessee"]][r["competency"]].append((sims[r["simulation"]], r["level"]))
    return {
        a: {
            code: (propose_level([lv for _, lv in items], rules.consensus_method, rules.consensus_rounding), items)
            for code, items in comps.items()
        }
        for a, comps in grouped.items()
    }


def amendment_history(doc: dict) -> tuple[int, str, tuple[Reopening, ...], dict[str, dict[str, tuple[int, int, str]]]]:
    """What changed since the session was first sealed, from its audit chain up to the current seal:
    (revision, when revision 1 was sealed, the reopenings, assessee uuid -> competency -> (level as first
    sealed, level now, reason of the last change)). Levels changed and changed back are left out."""
    seal = doc["session"].get("seal_hash")
    events = doc.get("audit", [])
    end = next((i + 1 for i, ev in enumerate(events) if ev["hash"] == seal), len(events)) if seal else 0
    seals = [i for i, ev in enumerate(events[:end]) if ev["action"] == SEAL_ACTION]
    if len(seals) < 2:
        return len(seals), (events[seals[0]]["at"] if seals else ""), (), {}
    reopenings = tuple(Reopening(ev["at"], ev.get("actor") or "", str(ev.get("reason") or ""))
                       for ev in events[seals[0]:end] if ev["action"] == REOPEN_ACTION)
    changes: dict[str, dict[str, tuple[int, int, str]]] = defaultdict(dict)
    for ev in events[seals[0]:end]:
        if ev["action"] != FINAL_ACTION:
            continue
        new, old = ev["data"].get("new") or {}, ev["data"].get("old") or {}
        who, code = new.get("assessee"), new.get("competency")
        first = changes[who].get(code, (old.get("level"), None, ""))[0]
        changes[who][code] = (first, new.get("level"), str(ev.get("reason") or ""))
    net = {who: {code: c for code, c in comps.items() if c[0] is not None and c[0] != c[1]}
           for who, comps in changes.items()}
    return len(seals), events[seals[0]]["at"], reopenings, {who: comps for who, comps in net.items() if comps}


def results_from_document(doc: dict, with_ratings: bool = True) -> list[AssesseeResult]:
    """Score every assessee that has final levels for all the competencies of its target position.

    `with_ratings=False` leaves out each competency's individual ratings and proposed level (a median
    per competency of every assessee: the slowest part), which BKD's import does not keep."""
    rules = rules_from_dict(doc["rules"]["rules"], doc["rules"].get("training"))
    names = {c.code: c.name for c in competencies_from_dict(doc["rules"]["competencies"])}
    purpose = Purpose(doc["session"]["purpose"])
    positions = {p["uuid"]: p for p in doc["positions"]}
    finals: dict[str, dict[str, int]] = defaultdict(dict)
    for f in doc["final_levels"]:
        finals[f["assessee"]][f["competency"]] = f["level"]
    props = proposals(doc) if with_ratings else {}
    lead = next((a["name"] for a in doc["assessors"] if a.get("is_lead")), "")
    bands = sorted(doc["rules"].get("ninebox", {}).get("potential_from_jpm", []), key=lambda b: -b["min_jpm"])
    until = valid_until(doc["session"].get("sealed_at"), rules.validity_years) or ""
    seal = doc["session"].get("seal_hash")
    revision, first_sealed_at, reopenings, amended = amendment_history(doc)
    out = []
    for a in sorted(doc["assessees"], key=lambda a: a["participant_no"]):
        position = positions[a["target_position"]]
        standards = position["standards"]
        mine = finals.get(a["uuid"], {})
        if not standards or any(code not in mine for code in standards):
            continue
        comps = tuple(
            CompetencyResult(
                code=code,
                name=names.get(code, code),
                standard=std,
                achieved=mine[code],
                ratings=tuple(props.get(a["uuid"], {}).get(code, (None, []))[1]),
                proposed=props.get(a["uuid"], {}).get(code, (None, []))[0],
            )
            for code, std in standards.items()
        )
        exact = jpm_fraction(((c.achieved, c.standard) for c in comps), rules.jpm)
        jpm = round_jpm(exact, rules.jpm.decimals)
        category = categorise(exact, purpose, rules)
        strengths, development = strengths_and_development(comps, rules)
        out.append(
            AssesseeResult(
                assessee_uuid=a["uuid"],
                nip=a["nip"],
                name=a["name"],
                golongan=a["golongan"],
                current_position=a["current_position"],
                unit=a["unit"],
                target_position=position["name"],
                participant_no=a["participant_no"],
                competencies=comps,
                total_achieved=sum(c.achieved for c in comps),
                total_standard=sum(c.standard for c in comps),
                jpm=jpm,
                category_code=category.code,
                category_label=category.label,
                strengths=tuple(strengths),
                development_areas=tuple(development),
                advice=tuple(development_advice(comps, rules)),
                responsible_assessor=lead,
                placement_advice=(rules.placement_advice or {}).get(category.code, "")
                if purpose is Purpose.PEMETAAN else "",
                potential_band=next((b["band"] for b in bands if round_jpm(exact, rules.jpm.decimals) >= b["min_jpm"]),
                                    ""),
                valid_until=until,
                sheet_code=sheet_code(seal, a["uuid"], sheet_statement(
                    a["nip"], a["name"], position["name"], {c.code: c.achieved for c in comps}, jpm, category.code))
                if seal else "",
                revision=max(revision, 1),
                first_sealed_at=first_sealed_at if revision > 1 else "",
                reopenings=reopenings,
                amendments=tuple(LevelAmendment(code, names.get(code, code), first, now, why)
                                 for code, (first, now, why) in sorted(amended.get(a["uuid"], {}).items())),
            )
        )
    return out


SEAL_VOLATILE = ("status", "seal_hash", "sealed_at")  # session fields that the sealing itself sets


def content_digest(doc: dict) -> str:
    """SHA-256 of everything the seal vouches for besides the audit log: the session's details, positions
    and standards, simulations, matrix, assessors, assessees, assignments, ratings, final levels and the
    pinned rules. The seal event carries it, so a value changed after sealing outside the application
    (an SQLite editor: an assessee's NIP, a standard level, a category threshold) is found."""
    body = {k: v for k, v in doc.items() if k != "audit"}
    body["session"] = {k: v for k, v in doc["session"].items() if k not in SEAL_VOLATILE}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sealed_part(doc: dict) -> dict:
    """The document as it was sealed: the audit log up to the seal event (prints come after it)."""
    seal = doc["session"].get("seal_hash")
    events = doc.get("audit", [])
    end = next((i + 1 for i, ev in enumerate(events) if ev["hash"] == seal), len(events))
    return {**doc, "audit": events[:end]}


def verify_document(doc: dict) -> None:
    """Raise IntegrityError unless the audit chain holds, ends at the seal, and explains every value.

    "Explains": the last audit event of each rating and final level carries exactly its stored value,
    so a value edited outside the application (an SQLite editor, a re-packed file) is found.
    """
    if doc.get("format") != FORMAT or doc.get("format_version") != FORMAT_VERSION:
        raise ValidationError("dokumen sesi tidak dikenal atau versinya tidak didukung")
    events = doc.get("audit", [])
    ok, bad_seq, head = verify_chain(events)
    if not ok:
        raise IntegrityError(f"rantai audit rusak pada peristiwa #{bad_seq}")
    seal = doc["session"].get("seal_hash")
    if seal:
        at = next((i for i, ev in enumerate(events) if ev["hash"] == seal), None)
        if at is None or events[at]["action"] != "session.seal":
            raise IntegrityError("segel sesi tidak cocok dengan rantai audit")
        later = {ev["action"] for ev in events[at + 1:]} - AFTER_SEAL
        if later:
            raise IntegrityError(f"perubahan setelah penyegelan: {', '.join(sorted(later))}")

    last: dict[str, dict] = {}
    for ev in events:
        last[ev["entity_uuid"]] = ev
    created = next((ev for ev in events if ev["action"] == "session.create"), None)
    header = doc["session"]
    expected = dict(created["data"]["new"]) if created else {}
    for ev in events:  # later edits of the details (desktop.services.setup.update_session)
        if ev["action"] == "session.update" and created and ev["entity_uuid"] == created["entity_uuid"]:
            expected.update(ev["data"]["new"] or {})
    if created is None or created["entity_uuid"] != header["uuid"] or any(
        header.get(k) != v for k, v in expected.items() if k in header
    ):
        raise IntegrityError("data sesi tidak sesuai dengan log audit: data diubah di luar aplikasi")
    for kind, items, keys in (
        ("penilaian", doc["ratings"], ("level", "evidence")),
        ("level akhir", doc["final_levels"], ("level",)),
    ):
        for item in items:
            ev = last.get(item["uuid"])
            new = (ev or {}).get("data", {}).get("new") or {}
            if any(new.get(k) != item.get(k) for k in keys):
                raise IntegrityError(
                    f"{kind} {item['uuid']} ({item.get('competency')}) tidak sesuai dengan log audit: "
                    "data diubah di luar aplikasi"
                )
    # The rest of the content: what the seal vouched for when it was made. Seals made before seals carried
    # the digest (schema-1 stores) have none; removing it from a newer seal would break the chain's hashes.
    vouched = (events[at]["data"].get("new") or {}).get("content_sha256") if seal else None
    if vouched is not None and vouched != content_digest(doc):
        raise IntegrityError("isi sesi tidak sesuai dengan segelnya: data diubah di luar aplikasi setelah penyegelan")
