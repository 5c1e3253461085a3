"""Actuals: read them from Excel or CSV, match rows to indicators, store imports.

Reading (:mod:`.readers`), layout detection (:mod:`.layout`), matching
(:mod:`.matching`), the import step (:mod:`.importer`) and the stored history
(:mod:`.history`). Progress and status live in :mod:`planner.followup.progress`.

The names below are loaded on first use (PEP 562): the desktop app's first
window needs only the labels of :mod:`.layout` and :mod:`.matching`, and
importing the whole import step with it cost 40 ms of start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.followup.actuals.errors import ActualsError
    from planner.followup.actuals.history import ImportUndo, apply_import, remove_import
    from planner.followup.actuals.importer import Cancelled, ImportPlan, prepare_import

_WHERE = {
    "ActualsError": "planner.followup.actuals.errors",
    "ImportUndo": "planner.followup.actuals.history",
    "apply_import": "planner.followup.actuals.history",
    "remove_import": "planner.followup.actuals.history",
    "Cancelled": "planner.followup.actuals.importer",
    "ImportPlan": "planner.followup.actuals.importer",
    "prepare_import": "planner.followup.actuals.importer",
}

__all__ = ["ActualsError", "Cancelled", "ImportPlan", "ImportUndo", "apply_import", "prepare_import", "remove_import"]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'planner.followup.actuals' has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value
