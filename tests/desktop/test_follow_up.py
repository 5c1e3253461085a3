"""The Seuranta menu of the main window: an import is one undoable edit and the comparison follows it."""

from __future__ import annotations

from desktop.programme.actuals.wizard import ImportWizard
from desktop.programme.follow_up import ImportActualsCommand
from planner.followup.actuals import prepare_import
from planner.followup.progress import ProgressStatus, compare_programme
from tests.planner.actuals_samples import write_long_xlsx


def test_import_from_menu_is_undoable_and_shown(window, qtbot, tmp_path, monkeypatch):
    path = write_long_xlsx(window.doc.programme, tmp_path / "toteumat.xlsx", months=6)
    plan = prepare_import(window.doc.programme, path)
    imp, mappings = plan.build()

    def fake_exec(self):
        # What the wizard yields on Finish when the user accepts every match.
        self.result_import = imp
        self.result_mappings = mappings
        return 1

    assert imp.values
    monkeypatch.setattr(ImportWizard, "exec", fake_exec)
    assert window.follow_up_menu.actions()[0] is window.act_import_actuals
    window.act_import_actuals.trigger()

    assert window.doc.programme.actual_imports == [imp]
    assert window.isWindowModified()
    assert isinstance(window.stack.command(window.stack.index() - 1), ImportActualsCommand)
    dock = window.follow_up.dock
    assert dock is not None and dock.isVisible()
    view = window.follow_up.view
    with_data = [r for r in view.results if r.status is not ProgressStatus.NO_DATA]
    assert with_data and len(view.results) == 37

    window.stack.undo()
    assert window.doc.programme.actual_imports == []
    qtbot.waitUntil(lambda: all(r.status is ProgressStatus.NO_DATA for r in view.results))
    window.stack.redo()
    assert window.doc.programme.actual_imports == [imp]

    # Removing the import from the comparison view is an undoable edit too.
    view.removeImportRequested.emit(imp.id)
    assert window.doc.programme.actual_imports == []
    window.stack.undo()
    qtbot.waitUntil(lambda: [r.status for r in view.results]
                    == [r.status for r in compare_programme(window.doc.programme)])
