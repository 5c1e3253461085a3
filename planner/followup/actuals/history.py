"""Storing imports in the programme: apply, list, remove, and undo.

Each function builds the new state first and then swaps it in with plain
assignments, so a failure midway leaves the programme as it was. Each returns an
:class:`ImportUndo` that puts the previous state back (the GUI wraps it in an
undo command).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from planner.model import ActualsImport, Programme


@dataclass
class ImportUndo:
    """The programme's import history and mappings as they were before a change."""

    imports: list[ActualsImport]
    mappings: dict[str, dict[str, str]]
    replaced: int = 0  # values of earlier imports replaced by the new one
    emptied: list[str] = field(default_factory=list)  # ids of earlier imports left without values

    def restore(self, programme: Programme) -> None:
        programme.actual_imports = self.imports
        programme.source_mappings = self.mappings


def apply_import(
    programme: Programme, imp: ActualsImport, mappings: dict[str, dict[str, str]] | None = None
) -> ImportUndo:
    """Add ``imp``; values for the same indicator, period and municipality in earlier imports are replaced.

    Earlier imports are not changed in place: those that lose values are copied,
    so :meth:`ImportUndo.restore` gives back exactly the old objects.
    """
    from planner.followup.gcpause import paused_gc

    with paused_gc():  # a set of 100,000 keys must not start collector passes over the import's objects
        return _apply_import(programme, imp, mappings)


def _apply_import(
    programme: Programme, imp: ActualsImport, mappings: dict[str, dict[str, str]] | None = None
) -> ImportUndo:
    # The keys of the new values are needed only to take values out of earlier imports
    # (a first import of 200,000 values spent 0.035 s making a set no one read).
    new_keys = ({(v.indicator_id, v.period, v.municipality) for v in imp.values}
                if any(old.values for old in programme.actual_imports) else set())
    new_imports: list[ActualsImport] = []
    replaced = 0
    emptied: list[str] = []
    for old in programme.actual_imports:
        if old.id == imp.id:
            raise ValueError(f"import {imp.id} is already in the programme")
        kept = [v for v in old.values if (v.indicator_id, v.period, v.municipality) not in new_keys]
        if len(kept) == len(old.values):
            new_imports.append(old)
            continue
        replaced += len(old.values) - len(kept)
        if not kept:
            emptied.append(old.id)
        new_imports.append(
            ActualsImport(id=old.id, source_file=old.source_file, sheet=old.sheet, imported_at=old.imported_at,
                          values=kept)
        )
    new_imports.append(imp)
    new_mappings = {k: dict(v) for k, v in programme.source_mappings.items()}
    for skey, rows in (mappings or {}).items():
        new_mappings.setdefault(skey, {}).update(rows)
    undo = ImportUndo(programme.actual_imports, programme.source_mappings, replaced, emptied)
    programme.actual_imports = new_imports
    programme.source_mappings = new_mappings
    return undo


def remove_import(programme: Programme, import_id: str) -> ImportUndo:
    """Remove one import from the history (its values no longer count)."""
    if not any(i.id == import_id for i in programme.actual_imports):
        raise KeyError(import_id)
    undo = ImportUndo(programme.actual_imports, programme.source_mappings)
    programme.actual_imports = [i for i in programme.actual_imports if i.id != import_id]
    return undo


def import_summary(imp: ActualsImport) -> str:
    """A line for the history list: "toteumat.xlsx / Taul1, 12.7.2026 klo 14.05, 240 arvoa"."""
    from pathlib import Path

    when = imp.imported_at
    try:
        import datetime as _dt

        t = _dt.datetime.fromisoformat(imp.imported_at)
        when = f"{t.day}.{t.month}.{t.year} klo {t.hour}.{t.minute:02d}"
    except ValueError:
        pass
    periods = sorted({v.period for v in imp.values})
    span = f", {periods[0]}–{periods[-1]}" if len(periods) > 1 else (f", {periods[0]}" if periods else "")
    return f"{Path(imp.source_file).name} / {imp.sheet}, {when}, {len(imp.values)} arvoa{span}"


def preview_results(programme: Programme, imp: ActualsImport, mappings: dict[str, dict[str, str]] | None = None,
                    as_of: date | None = None) -> list:
    """The comparison of the indicators ``imp`` brings values for, as if it were applied; ``programme`` is untouched.

    A shallow copy of the programme gets the import (``apply_import`` only
    assigns new lists), so nothing is deep-copied and this may run off the GUI thread.
    """
    from planner.followup.progress import compare_programme

    shadow = dataclasses.replace(programme)
    apply_import(shadow, imp, mappings)
    ids = {v.indicator_id for v in imp.values}
    return [r for r in compare_programme(shadow, as_of) if r.indicator.id in ids]
