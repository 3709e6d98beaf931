"""The sample session rated in half levels (rating step 0.5), for the tests and screenshots of rating steps.

Set up exactly as `desktop.services.demo.load_demo` does, except that the step is set to 0.5 first (while the
session has no rating) and the ratings include half levels:
  2 simulations: target, target + 0,5           (median target + 0,25: the proposal is the target)
  3 simulations: target, target + 0,5, target + 1 (median target + 0,5: half_up gives target + 1)
  4 simulations: target, target + 0,5, target, target - 0,5 (median: the target)
so Dodi's Kerjasama (M.2, target 3) is rated 3 / 3,5 / 4 and proposed 4; and one divergent competency:
Dodi's Orientasi pada Hasil (M.4) is rated 1,5 / 3 / 4 ("selisih 2,5 level", proposal 3).
"""

from __future__ import annotations

from desktop import resources
from desktop.services import setup
from desktop.services.assessment import AssesseeInput, AssessmentService

DODI = "197911052005011902"
OFFSETS = {1: [0], 2: [0, 0.5], 3: [0, 0.5, 1], 4: [0, 0.5, 0, -0.5]}
SPECIAL = {(DODI, "M.4"): [1.5, 3, 4]}


def half_step_levels(target: int, simulations: int) -> list[int | float]:
    return [min(5, max(1, target + off)) for off in OFFSETS[simulations]]


def build_half_step_sample(service: AssessmentService, *, rate: bool = True) -> str:
    """The sample session on half levels; `rate=False` leaves it set up with no rating. Returns its uuid."""
    data = resources.load_json("sample", "demo.json")
    order = data["competency_order"]
    s = data["session"]
    uuid = service.create_session(s["title"] + " (setengah level)", s["purpose"], agency=s["agency"],
                                  provider=s["provider"], provider_head=s["provider_head"], venue=s["venue"],
                                  start_date=s["start_date"], end_date=s["end_date"])
    assert setup.set_rating_step(service, uuid, 0.5)
    for p in data["positions"]:
        service.add_position(uuid, p["name"], dict(zip(order, p["standards"], strict=True)), p["jenis"])
    for code in data["simulations"]:
        service.add_simulation(uuid, code)
    service.set_matrix(uuid, data["matrix"])
    for a in data["assessors"]:
        service.add_assessor(uuid, a["name"], a.get("nip", ""), a.get("is_lead", False))
    assessors = [a["name"] for a in data["assessors"]]
    people = data["assessees"]
    service.add_assessees(uuid, [
        AssesseeInput(nip=a["nip"], name=a["name"], target_position=a["target_position"], golongan=a["golongan"],
                      current_position=a["current_position"], unit=a["unit"], sex=a["sex"]) for a in people])
    for i, a in enumerate(people):
        for j, sim in enumerate(data["simulations"]):
            service.assign(uuid, a["nip"], sim, assessors[(i + j) % len(assessors)])
    if not rate:
        return uuid
    for i, a in enumerate(people):
        for code, target in zip(order, a["profile"], strict=True):
            sims = data["matrix"][code]
            levels = SPECIAL.get((a["nip"], code)) or half_step_levels(target, len(sims))
            for sim, level in zip(sims, levels, strict=True):
                assessor = assessors[(i + data["simulations"].index(sim)) % len(assessors)]
                evidence = f"Bukti perilaku {code} pada {sim}: level {str(level).replace('.', ',')} (contoh fiktif)."
                service.set_rating(uuid, a["nip"], sim, assessor, code, level, evidence)
    return uuid


def screenshot(out_dir):
    """rating_form_half_steps.png, meeting_half_steps.png, setup_rating_step.png: the half-level sample
    session at 1280x800 (offscreen), for `make screenshots` and for looking at."""
    import os
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.gui import shots
    from desktop.gui.meeting import MeetingWidget
    from desktop.gui.rating_form import RatingFormWidget
    from desktop.gui.session_setup import SessionSetupWidget
    from desktop.services.demo import submit_all_and_open_meeting

    _app, out_dir = shots.prepare(Path(out_dir))
    paths = []
    with shots.temporary_service("asesmen-steps-shots-") as service:
        uuid = build_half_step_sample(service, rate=False)
        widget = SessionSetupWidget(service, uuid)
        widget.resize(1280, 800)
        widget.show()
        widget.tabs.setCurrentWidget(widget.details_page)
        shots.settle(2)
        paths.append(shots.grab(widget, out_dir / "setup_rating_step.png"))
        shots.dispose(widget)

    with shots.temporary_service("asesmen-steps-shots-") as service:
        uuid = build_half_step_sample(service)
        form = RatingFormWidget(service, uuid, "Ratna Dewi Contoh, S.Psi., M.M.")
        form.resize(1280, 800)
        form.show()
        form.open_form(DODI, "INTRAY")
        form.activateWindow()
        form.focus_first()
        shots.settle(3)
        form.focus_row(3)  # Orientasi pada Hasil: 1,5 (Ratna's In-tray rating of Dodi)
        shots.settle(1)
        paths.append(shots.grab(form, out_dir / "rating_form_half_steps.png"))
        shots.dispose(form)

        submit_all_and_open_meeting(service, uuid)
        meeting = MeetingWidget(service, uuid)
        meeting.resize(1280, 800)
        meeting.show()
        meeting.select_assessee(DODI)
        meeting.focus_row(3)  # Orientasi pada Hasil: 1,5 / 3 / 4, "selisih 2,5 level"
        shots.settle(3)
        paths.append(shots.grab(meeting, out_dir / "meeting_half_steps.png"))
        meeting.shutdown()
        shots.dispose(meeting)
    return paths
