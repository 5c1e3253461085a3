"""Every menu (submenus included) has unique Alt accelerators in fi, sv and en, and the
frequent commands have shortcuts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from tests.desktop.helpers import switch_language


def _menus(menu: QMenu, path: str):
    yield path, menu
    for a in menu.actions():
        if a.menu() is not None:
            yield from _menus(a.menu(), path + " > " + a.text())


def menu_problems(window) -> list[str]:
    problems = []
    for top in window.menuBar().actions():
        for path, menu in _menus(top.menu(), top.text()):
            menu.aboutToShow.emit()  # fill menus that are built when opened (Viimeksi avatut)
            seen: dict[str, str] = {}
            for a in menu.actions():
                if a.isSeparator() or not a.text() or not a.isVisible():
                    continue
                m = re.search(r"&([^&\s])", a.text())
                if not m and not a.isEnabled():
                    continue  # a placeholder such as "(ei tiedostoja)"
                if not m:
                    problems.append(f"{path}: {a.text()!r} has no accelerator")
                    continue
                key = m.group(1).casefold()
                if key in seen:
                    problems.append(f"{path}: {seen[key]!r} and {a.text()!r} share &{key}")
                seen[key] = a.text()
    return problems


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_menu_has_unique_accelerators(window, qtbot, language):
    first = window.menuBar().actions()[0]
    expected = {"fi": "&Tiedosto", "sv": "&Arkiv", "en": "&File"}[language]
    try:
        switch_language(language)
        qtbot.waitUntil(lambda: first.text() == expected)
        problems = menu_problems(window)
        assert not problems, "\n".join(problems)
    finally:
        switch_language("fi")
        qtbot.waitUntil(lambda: first.text() == "&Tiedosto")


def test_frequent_commands_have_shortcuts(window):
    shortcuts = {
        "export": window.act_export, "settings": window.act_settings, "compare": window.act_compare_actuals,
        "import": window.act_import_actuals, "save": window.act_save,
    }
    for name, action in shortcuts.items():
        assert not action.shortcut().isEmpty(), name
    keys = []
    for top in window.menuBar().actions():
        for _path, menu in _menus(top.menu(), top.text()):
            for a in menu.actions():
                if a.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                    continue  # Ins/Del/F2 of the tree only act where the focus is
                keys += [k.toString() for k in a.shortcuts() if not k.isEmpty()]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_statement_window_menus_have_unique_accelerators(qtbot, settings, language):
    from desktop.statements.window import StatementWindow

    w = StatementWindow(settings)
    qtbot.addWidget(w)
    assert w.new_blank()
    first = w.menuBar().actions()[0]
    expected = {"fi": "&Tiedosto", "sv": "&Arkiv", "en": "&File"}[language]
    try:
        switch_language(language)
        qtbot.waitUntil(lambda: first.text() == expected)
        problems = menu_problems(w)
        assert not problems, "\n".join(problems)
    finally:
        switch_language("fi")
        w.undo_stack.setClean()
