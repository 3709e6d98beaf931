"""Child process of the crash test: saves ratings in a loop and acknowledges each one on stdout.

An acknowledgement is printed only after set_rating returned, i.e. after the commit: exactly when
the GUI shows a rating as saved.
"""

import itertools
import sys

from desktop.services.assessment import AssessmentService
from desktop.services.stores import open_centre_store


def main(path: str) -> None:
    store = open_centre_store(path)
    service = AssessmentService(store, actor="crash-writer")
    uuid = service.sessions()[0].uuid
    forms = [f for f in service.progress_board(uuid)]
    targets = []
    for f in forms:
        for item in service.form(uuid, f.nip, f.simulation_code, f.assessor_name).items:
            targets.append((f.nip, f.simulation_code, f.assessor_name, item.code))
    print("ready", flush=True)
    for n in itertools.count():
        nip, sim, assessor, code = targets[n % len(targets)]
        level = n % 5 + 1
        service.set_rating(uuid, nip, sim, assessor, code, level, f"bukti {n}")
        print(f"saved {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
