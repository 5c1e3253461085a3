"""Each main view in fi, sv and en at 1280×800: no label, button, choice or column header is cut.

Set SCREENS_DIR to also save the screenshots (PNG) for a person to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.programme.navigation import Kind
from tests.desktop.helpers import switch_language
from tests.desktop.screens import clipped_texts
from tests.planner.actuals_samples import write_long_xlsx

LANGUAGES = ["fi", "sv", "en"]


def _save(w: QWidget, name: str) -> None:
    folder = os.environ.get("SCREENS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        w.grab().save(str(Path(folder) / f"{name}.png"))


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)


@pytest.fixture
def language(request):
    switch_language(request.param)
    yield request.param
    switch_language("fi")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_main_views_show_all_their_text(window, qtbot, language, tmp_path):
    p = window.doc.programme
    window.structure.new_tag(spearhead=True)  # the example has none: a spearhead page to look at
    spearhead = p.spearheads[-1]
    views = {"programme": (p, Kind.PROGRAMME), "services": (p, Kind.SERVICES), "themes": (p, Kind.THEMES),
             "theme": (p.themes[0], None), "focus-area": (p.themes[0].focus_areas[0], None),
             "spearheads": (p, Kind.SPEARHEADS), "spearhead": (spearhead, None),
             "target-groups": (p, Kind.TARGET_GROUPS)}
    problems = []
    for name, (obj, kind) in views.items():
        if kind is None:
            window.tree.select_object(obj)
        else:
            window.tree.select_object(obj, kind)
        _settle(qtbot)
        _save(window, f"{language}-{name}")
        problems += [f"{name}: {c}" for c in clipped_texts(window)]
    # The comparison beside the editor, with actuals.
    from desktop.programme.follow_up import ImportActualsCommand
    from planner.followup.actuals import prepare_import

    imp, mappings = prepare_import(p, write_long_xlsx(p, tmp_path / "t.xlsx", months=6)).build()
    window.stack.push(ImportActualsCommand(window.doc, imp, mappings))
    window.act_compare_actuals.trigger()
    window.tree.select_object(p, Kind.PROGRAMME)
    _settle(qtbot)
    _save(window, f"{language}-comparison")
    problems += [f"comparison: {c}" for c in clipped_texts(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_dialogs_and_wizard_show_all_their_text(window, qtbot, language, tmp_path):
    from desktop.programme.actuals.wizard import ImportWizard
    from desktop.programme.export_dialog import ExportDialog
    from desktop.settings_dialog import SettingsDialog

    problems = []
    for name, dlg in (("settings", SettingsDialog(window.settings, window)),
                      ("export", ExportDialog(window.doc.programme, window))):
        dlg.show()
        qtbot.waitExposed(dlg)
        _settle(qtbot)
        _save(dlg, f"{language}-{name}")
        problems += [f"{name}: {c}" for c in clipped_texts(dlg)]
        dlg.reject()
    wizard = ImportWizard(window.doc.programme, window)
    wizard.show()
    qtbot.waitExposed(wizard)
    _save(wizard, f"{language}-wizard-1")
    problems += [f"wizard 1: {c}" for c in clipped_texts(wizard)]
    wizard.set_path(str(write_long_xlsx(window.doc.programme, tmp_path / "Toteumat kuukausittain.xlsx", months=6)))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    _settle(qtbot)
    _save(wizard, f"{language}-wizard-2")
    problems += [f"wizard 2: {c}" for c in clipped_texts(wizard)]
    wizard.next()
    _settle(qtbot)
    _save(wizard, f"{language}-wizard-3")
    problems += [f"wizard 3: {c}" for c in clipped_texts(wizard)]
    wizard.reject()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_statement_window_shows_all_its_text(qtbot, settings, language):
    from desktop.statements.window import StatementWindow

    w = StatementWindow(settings)
    assert w.open_example("mikkeli")
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    problems = []
    for i in range(min(w.items.count(), 3)):
        w.items.setCurrentRow(i)
        _settle(qtbot)
        _save(w, f"{language}-statement-{i}")
        problems += [f"statement part {i}: {c}" for c in clipped_texts(w)]
    w.undo_stack.setClean()
    w.close()
    assert not problems, "\n".join(problems)


def test_the_check_finds_cut_text(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    top = QWidget()
    lay = QHBoxLayout(top)
    label = QLabel("Tavoitteen lähtöarvo luettuna")
    label.setFixedWidth(50)
    button = QPushButton("Lisää teema painikkeella")
    button.setFixedWidth(40)
    lay.addWidget(label)
    lay.addWidget(button)
    qtbot.addWidget(top)
    top.show()
    found = clipped_texts(top)
    assert any("label" in f for f in found) and any("button" in f for f in found)


def test_level_choice_is_as_wide_as_its_text(window, qtbot):
    from desktop.programme.models import indicator_table as m

    fa = window.doc.programme.themes[0].focus_areas[0]
    window.tree.select_object(fa)
    view = window.focus_area_page.table.view
    idx = view.model().index(0, m.LEVEL)
    view.setCurrentIndex(idx)
    view.edit(idx)
    qtbot.waitUntil(lambda: view.indexWidget(idx) is not None)
    editor = view.indexWidget(idx)  # the open cell editor
    assert editor is not None
    assert editor.width() >= editor.sizeHint().width() > view.columnWidth(m.LEVEL)
