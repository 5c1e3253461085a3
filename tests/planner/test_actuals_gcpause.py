"""An import pauses the garbage collector while it runs and always switches it back on."""

from __future__ import annotations

import gc

import pytest

from planner.example import load_example
from planner.followup.actuals.errors import ActualsError
from planner.followup.actuals.importer import prepare_import
from tests.planner.actuals_samples import write_long_xlsx


def test_collector_is_paused_during_an_import_and_back_on_after_it(tmp_path):
    programme = load_example()
    path = write_long_xlsx(programme, tmp_path / "toteumat.xlsx")
    seen: list[bool] = []
    assert gc.isenabled()
    plan = prepare_import(programme, path, progress=lambda *_a: seen.append(gc.isenabled()))
    assert plan is not None and seen and not any(seen)
    assert gc.isenabled()


def test_collector_is_back_on_after_a_refused_import(tmp_path):
    with pytest.raises(ActualsError):
        prepare_import(load_example(), tmp_path / "ei-ole.xlsx")
    assert gc.isenabled()
