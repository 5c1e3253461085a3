"""Every focusable widget in every window, dialog and wizard page has an accessible name,
and F6 / Shift+F6 move between the panes of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.programme.navigation import Kind
from tests.desktop.accessibility import unnamed_widgets
from tests.desktop.helpers import press
from tests.planner.actuals_samples import write_long_xlsx


def _show(qtbot, w: QWidget) -> QWidget:
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_main_window_view_names_its_widgets(window, qtbot, tmp_path):
    p = window.doc.programme
    views = [(p, Kind.PROGRAMME), (p, Kind.SERVICES), (p, Kind.THEMES), (p, Kind.SPEARHEADS),
             (p, Kind.TARGET_GROUPS), (p.themes[0], None), (next(p.focus_areas())[1], None)]
    views += [(t, None) for t in (p.spearheads[:1] + p.target_groups[:1])]
    problems = []
    for obj, kind in views:
        if kind is None:
            window.tree.select_object(obj)
        else:
            window.tree.select_object(obj, kind)
        problems += [f"{type(window.pages.currentWidget()).__name__}: {u}" for u in unnamed_widgets(window)]
    # The comparison dock with actuals in it, and a chart opened large.
    from desktop.programme.follow_up import ImportActualsCommand
    from planner.followup.actuals import prepare_import

    imp, mappings = prepare_import(p, write_long_xlsx(p, tmp_path / "t.xlsx", months=3)).build()
    window.stack.push(ImportActualsCommand(window.doc, imp, mappings))
    window.act_compare_actuals.trigger()
    qtbot.waitUntil(lambda: bool(window.follow_up.view.rows))
    problems += [f"comparison: {u}" for u in unnamed_widgets(window)]
    chart = next(r.chart for r in window.follow_up.view.rows if r.result.monthly)
    dlg = chart.open_large()
    qtbot.waitExposed(dlg)
    problems += [f"large chart: {u}" for u in unnamed_widgets(dlg)]
    dlg.reject()
    assert not problems, "\n".join(problems)


def test_every_dialog_and_wizard_page_names_its_widgets(window, qtbot, tmp_path):
    from desktop.programme.actuals.wizard import ImportWizard
    from desktop.programme.export_dialog import ExportDialog
    from desktop.settings_dialog import SettingsDialog

    problems = []
    for name, dlg in (("settings", SettingsDialog(window.settings, window)),
                      ("export", ExportDialog(window.doc.programme, window))):
        _show(qtbot, dlg)
        problems += [f"{name}: {u}" for u in unnamed_widgets(dlg)]
        dlg.reject()
    wizard = _show(qtbot, ImportWizard(window.doc.programme, window))
    problems += [f"wizard page 1: {u}" for u in unnamed_widgets(wizard)]
    wizard.set_path(str(write_long_xlsx(window.doc.programme, tmp_path / "t.xlsx", months=3)))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    for page in (2, 3, 4):
        problems += [f"wizard page {page}: {u}" for u in unnamed_widgets(wizard)]
        if page < 4:
            wizard.next()
    wizard.reject()
    assert not problems, "\n".join(problems)


def test_statement_window_names_every_field(qtbot, settings):
    from desktop.statements.questions_dialog import QuestionsDialog
    from desktop.statements.window import StatementWindow

    problems = []
    for example in ("mantsala", "mikkeli"):
        w = StatementWindow(settings)
        assert w.open_example(example)
        w.resize(1280, 800)
        _show(qtbot, w)
        for i in range(w.items.count()):
            w.items.setCurrentRow(i)
            problems += [f"{example} part {i}: {u}" for u in unnamed_widgets(w)]
        dlg = _show(qtbot, QuestionsDialog(w))
        problems += [f"questions: {u}" for u in unnamed_widgets(dlg)]
        dlg.reject()
        w.undo_stack.setClean()
        w.close()
    assert not problems, "\n".join(sorted(set(problems)))


def _focused_pane(window) -> str:
    fw = QApplication.focusWidget()
    for name, pane in window.panes():
        if pane is fw or pane.isAncestorOf(fw):
            return name
    return ""


def test_f6_cycles_the_panes_and_shift_f6_goes_back(window, qtbot):
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    names = [n for n, _p in window.panes()]
    assert names[:3] == ["tree", "editor", "checks"]
    seen = []
    for _ in names:
        press(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(_focused_pane(window))
    assert seen == names[1:] + names[:1]
    press(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_pane(window) == names[-1]


def test_f6_cycles_the_statement_window_panes(qtbot, settings):
    from desktop.statements.window import StatementWindow

    w = StatementWindow(settings)
    assert w.open_example("mantsala")
    w.resize(1280, 800)
    _show(qtbot, w)
    w.activateWindow()
    w.items.setFocus()
    qtbot.waitUntil(w.items.hasFocus)
    panes = w.panes()
    assert len(panes) >= 2  # parts and form; the programme pane when the statement has a programme

    def pane_of_focus() -> int:
        f = QApplication.focusWidget()
        return next(i for i, p in enumerate(panes) if p is f or p.isAncestorOf(f))

    assert pane_of_focus() == 0
    for expected in [*range(1, len(panes)), 0]:
        press(QApplication.focusWidget(), Qt.Key.Key_F6)
        assert pane_of_focus() == expected
    press(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert pane_of_focus() == len(panes) - 1
    w.undo_stack.setClean()
    w.close()
