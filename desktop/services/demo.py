"""The whole flow on the fictional sample data: set up, rate, integrate, seal, report, export, import."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from desktop import resources
from desktop.domain.errors import ValidationError
from desktop.domain.model import FormStatus
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.central import CentralService, ImportOutcome
from desktop.services.files import write_atomic
from desktop.services.keys import write_demo_keys
from desktop.services.progress import Progress
from desktop.services.secure_bundles import write_secure_bundle
from desktop.services.stores import Store, open_central_store, open_centre_store

DEMO_OUTPUTS = ("centre.sqlite", "central.sqlite")


@dataclass
class DemoResult:
    out: Path
    session_uuid: str
    reports: list[Path] = field(default_factory=list)
    bundles: list[Path] = field(default_factory=list)
    imports: list[ImportOutcome] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)


def load_demo(service: AssessmentService, data: dict | None = None, progress: Progress | None = None) -> str:
    """Create the sample session with ratings from every assigned assessor. Returns its uuid.

    Progress texts are stage keys ("session", "assessees", "ratings") for the caller to word;
    a cancel between steps leaves what was written as an unsealed draft session.
    """
    data = data or resources.load_json("sample", "demo.json")
    progress = progress or Progress()
    people = data["assessees"]
    total = 1 + 2 * len(people)
    progress.report(0, total, "session")
    order = data["competency_order"]
    s = data["session"]
    uuid = service.create_session(s["title"], s["purpose"], agency=s["agency"], provider=s["provider"],
                                  provider_head=s["provider_head"], venue=s["venue"],
                                  start_date=s["start_date"], end_date=s["end_date"])
    for p in data["positions"]:
        service.add_position(uuid, p["name"], dict(zip(order, p["standards"], strict=True)), p["jenis"])
    for code in data["simulations"]:
        service.add_simulation(uuid, code)
    service.set_matrix(uuid, data["matrix"])
    for a in data["assessors"]:
        service.add_assessor(uuid, a["name"], a.get("nip", ""), a.get("is_lead", False))
    assessors = [a["name"] for a in data["assessors"]]
    for i, a in enumerate(people):
        progress.report(1 + i, total, "assessees")
        service.add_assessee(uuid, AssesseeInput(
            nip=a["nip"], name=a["name"], target_position=a["target_position"], golongan=a["golongan"],
            current_position=a["current_position"], unit=a["unit"], sex=a["sex"]))
        for j, sim in enumerate(data["simulations"]):
            service.assign(uuid, a["nip"], sim, assessors[(i + j) % len(assessors)])
    for i, a in enumerate(people):
        progress.report(1 + len(people) + i, total, "ratings")
        for code, target in zip(order, a["profile"], strict=True):
            sims = data["matrix"][code]
            levels = a.get("ratings", {}).get(code) or [
                min(5, max(1, target + off)) for off in data["rating_offsets"][str(len(sims))]
            ]
            for sim, level in zip(sims, levels, strict=True):
                assessor = assessors[(i + data["simulations"].index(sim)) % len(assessors)]
                evidence = data["evidence"].format(simulation=sim, level=level, competency=code)
                service.set_rating(uuid, a["nip"], sim, assessor, code, level, evidence)
    progress.report(total, total, "ratings")
    return uuid


def submit_all_and_open_meeting(service: AssessmentService, session_uuid: str) -> None:
    """The sample's assessors submit every form; the integration meeting opens."""
    for form in service.progress_board(session_uuid):
        if form.status is not FormStatus.SUBMITTED:
            service.submit_form(session_uuid, form.nip, form.simulation_code, form.assessor_name)
    service.open_meeting(session_uuid)


def finish_by_consensus(service: AssessmentService, session_uuid: str) -> str:
    """Forms submitted, meeting opened, every proposal adopted by its panel, session sealed.
    Returns the seal hash. (A real meeting decides competency by competency.)"""
    submit_all_and_open_meeting(service, session_uuid)
    service.integrate(session_uuid)
    return service.seal(session_uuid)


def clear_outputs(out: Path) -> None:
    """Remove only what an earlier demo run wrote, so a re-run starts from the same state."""
    if not out.exists():
        return
    if not out.is_dir():
        raise ValidationError(f"{out} bukan folder")
    for name in DEMO_OUTPUTS:
        for p in out.glob(name + "*"):
            p.unlink()
    for sub, pattern in (("reports", "*.pdf"), ("bundles", "*.bundle.zip"), ("keys", "*")):
        for p in (out / sub).glob(pattern):
            p.unlink()


def run_demo(out: Path, progress: Progress | None = None) -> DemoResult:
    progress = progress or Progress()
    out = Path(out)
    clear_outputs(out)
    out.mkdir(parents=True, exist_ok=True)
    centre: Store = open_centre_store(out / "centre.sqlite")
    central: Store = open_central_store(out / "central.sqlite")
    try:
        service = AssessmentService(centre, actor="demo")
        progress.report(0, 5, "menyiapkan sesi dan penilaian")
        uuid = load_demo(service)
        result = DemoResult(out, uuid)
        progress.report(1, 5, "rapat integrasi dan penyegelan")
        finish_by_consensus(service, uuid)
        progress.report(2, 5, "lembar hasil PDF")
        result.reports = write_reports(service, uuid, out / "reports")
        progress.report(3, 5, "kunci demo dan bundel aman (age + minisign)")
        keys = write_demo_keys(out / "keys")
        result.bundles = [write_secure_bundle(service.document(uuid), out / "bundles", keys.centre,
                                              [keys.bkd.recipient], "pusat-asesmen-contoh", 1)]
        progress.report(4, 5, "impor ke basis data pusat (dua kali)")
        central_service = CentralService(central, actor="demo", identities=[keys.bkd])
        central_service.trust.add("UPT Penilaian Kompetensi Contoh (demo)", keys.centre.public_key)
        result.imports = central_service.import_files(result.bundles + result.bundles)
        result.rows = central_service.result_rows()
        progress.report(5, 5, "selesai")
        return result
    finally:
        centre.close()
        central.close()


def write_reports(service: AssessmentService, session_uuid: str, folder: Path,
                  progress: Progress | None = None, paper: str = "A4") -> list[Path]:
    """One result sheet per scored assessee plus the recap, named by participant number and NIP."""
    from desktop.services import reports  # reportlab costs ~0.1 s to import: only when printing

    progress = progress or Progress()
    info = service.info(session_uuid)
    results = service.results(session_uuid)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, r in enumerate(results):
        progress.report(i, len(results) + 1, r.name)
        buf = io.BytesIO()
        reports.render_result_sheet(info, r, buf, paper=paper)
        paths.append(write_atomic(folder / f"{r.participant_no:03d}-{r.nip}.pdf", buf.getvalue()))
    from desktop.services.meeting import interrater

    buf = io.BytesIO()
    reports.render_recap(info, results, buf, paper=paper, interrater=interrater(service, session_uuid))
    recap = write_atomic(folder / "rekapitulasi.pdf", buf.getvalue())
    progress.report(len(results) + 1, len(results) + 1, "")
    return [*paths, recap]
