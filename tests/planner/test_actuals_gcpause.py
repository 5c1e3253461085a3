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


def test_comparison_and_outlook_pause_the_collector_and_switch_it_back_on(tmp_path, monkeypatch):
    """The GUI and the CLI compare after an import: the collector is off while they index the values, on after."""
    from planner.followup import gcpause, outlook, progress
    from planner.followup.actuals import apply_import

    programme = load_example()
    built = prepare_import(programme, write_long_xlsx(programme, tmp_path / "toteumat.xlsx")).build()
    apply_import(programme, built.imp, built.mappings)
    seen: list[tuple[str, bool]] = []
    index, latest = outlook._index_months, progress._latest_values
    monkeypatch.setattr(outlook, "_index_months", lambda imports: (seen.append(("outlook", gc.isenabled())),
                                                                   index(imports))[1])
    monkeypatch.setattr(progress, "_latest_values", lambda prog: (seen.append(("compare", gc.isenabled())),
                                                                  latest(prog))[1])
    monkeypatch.setattr(outlook, "_LAST_INDEX", [])
    assert gc.isenabled()
    results = progress.compare_programme(programme)
    assert gc.isenabled()
    ind = next(r.indicator for r in results if r.monthly)
    assert outlook.area_monthly(programme, ind, programme.year or 2026)
    assert seen == [("compare", False), ("outlook", False)] and gc.isenabled() and gcpause._depth == 0


def test_the_outlooks_index_goes_with_its_programme(tmp_path, monkeypatch):
    """Kept until the interpreter's exit, the index of a large import made the command 0.12 s slower."""
    from planner.followup import outlook
    from planner.followup.actuals import apply_import

    programme = load_example()
    built = prepare_import(programme, write_long_xlsx(programme, tmp_path / "toteumat.xlsx")).build()
    apply_import(programme, built.imp, built.mappings)
    monkeypatch.setattr(outlook, "_LAST_INDEX", [])
    index = outlook._monthly_by_indicator(programme)
    assert index and outlook._monthly_by_indicator(programme) is index  # asked again: the same index
    assert len(outlook._LAST_INDEX) == 1
    del programme, built
    gc.collect()
    assert outlook._LAST_INDEX == []
