"""The central database's schema as a whole: every table module and the migration steps in order.

Each table module defines its tables on `CentralBase` and the step that adds them to an older store;
this module imports them all (so `metadata.create_all` sees every table) and lists the steps.
"""

from __future__ import annotations

from desktop.storage import central_orm, talent_orm
from desktop.storage.central_orm import CentralBase

METADATA = CentralBase.metadata
STEPS: dict = {
    2: central_orm._central_v2,
    3: central_orm._central_v3,
    4: central_orm._central_v4,
    5: talent_orm._central_v5,
    6: central_orm._central_v6,
}
VERSION = max(STEPS)
