"""Actuals: read them from Excel or CSV, match rows to indicators, store imports.

Reading (:mod:`.readers`), layout detection (:mod:`.layout`), matching
(:mod:`.matching`), the import step (:mod:`.importer`) and the stored history
(:mod:`.history`). Progress and status live in :mod:`planner.followup.progress`.
"""

from planner.followup.actuals.errors import ActualsError
from planner.followup.actuals.history import ImportUndo, apply_import, remove_import
from planner.followup.actuals.importer import Cancelled, ImportPlan, prepare_import

__all__ = ["ActualsError", "Cancelled", "ImportPlan", "ImportUndo", "apply_import", "prepare_import", "remove_import"]
