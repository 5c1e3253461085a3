"""Menu bar accelerators (Alt+letter) stay unique in every UI language."""

import re

import pytest


def accelerators(window) -> list[str]:
    keys = []
    for action in window.menuBar().actions():
        m = re.search(r"&(\w)", action.text())
        assert m, f"menu {action.text()!r} has no accelerator"
        keys.append(m.group(1).casefold())
    return keys


@pytest.mark.parametrize("language", ["sv", "en", "fi"])
def test_menu_bar_accelerators_are_unique(window, qtbot, language):
    first = window.menuBar().actions()[0]
    finnish = first.text()
    try:
        window.apply_settings(language, 1)
        if language != "fi":
            qtbot.waitUntil(lambda: first.text() != finnish)
        keys = accelerators(window)
        assert len(keys) == len(set(keys)), [a.text() for a in window.menuBar().actions()]
    finally:
        window.apply_settings("fi", 1)
        qtbot.waitUntil(lambda: first.text() == finnish)
