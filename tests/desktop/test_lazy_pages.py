"""Editor pages are built on first navigation (start-up speed): every kind still gets its page,
a page built while the programme is locked comes up read-only at once, and the checks panel
still jumps into a page that was not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

from desktop.programme.main_window import PAGE_NAMES, PAGE_OF_KIND, MainWindow
from desktop.programme.navigation import Kind
from planner.checks import Finding, Location, Severity
from planner.model import ApprovalDecision, Status


def _an_object_of_each_kind(p) -> dict[Kind, tuple[object, str]]:
    theme = p.themes[0]
    return {
        Kind.PROGRAMME: (p, Kind.PROGRAMME), Kind.SECTIONS: (p, Kind.SECTIONS), Kind.SERVICES: (p, Kind.SERVICES),
        Kind.THEMES: (p, Kind.THEMES), Kind.THEME: (theme, ""), Kind.FOCUS_AREA: (theme.focus_areas[0], ""),
        Kind.SPEARHEADS: (p, Kind.SPEARHEADS), Kind.SPEARHEAD: (p.spearheads[0], ""),
        Kind.TARGET_GROUPS: (p, Kind.TARGET_GROUPS), Kind.TARGET_GROUP: (p.target_groups[0], ""),
        Kind.IMPACT_CHAINS: (p, Kind.IMPACT_CHAINS),
    }


def test_the_window_starts_with_only_the_page_it_shows(qtbot, settings):
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.pages.count() == 1 and w.pages.currentWidget() is w.built_page("programme")
    assert all(w.built_page(name) is None for name in PAGE_NAMES if name != "programme")


def test_every_navigation_kind_builds_and_shows_its_page(window, qtbot):
    p = window.doc.programme
    window.structure.new_tag(spearhead=True)  # the example has no spearheads or target groups
    window.structure.new_tag(spearhead=False)
    assert p.spearheads and p.target_groups
    for kind, (obj, hint) in _an_object_of_each_kind(p).items():
        assert window.tree.select_object(obj, hint), kind
        assert window.tree.current_kind() == kind
        page = window.pages.currentWidget()
        assert page is window.page_for(kind) and page.obj is obj, kind
        assert page.isVisible() and page.heading.text(), kind
    assert {n: window.built_page(n) is not None for n in PAGE_NAMES} == dict.fromkeys(PAGE_NAMES, True)
    assert window.pages.count() == len(PAGE_NAMES)  # each page built once and kept
    assert set(PAGE_OF_KIND) == set(Kind)


def test_a_page_built_while_the_programme_is_locked_is_read_only_at_once(window, qtbot):
    from planner import versions

    versions.set_status(window.doc.programme, Status.APPROVED, ApprovalDecision("KV", "2026-12-14", "§ 1"))
    window.doc.replace(window.doc.programme)
    assert window.built_page("focus_area") is None
    window.tree.select_object(window.doc.programme.themes[0].focus_areas[0])
    page = window.built_page("focus_area")
    assert page is not None and window.pages.currentWidget() is page
    # No event-loop turn in between: the lock applied as the page was built.
    edits = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
    assert edits and all(e.isReadOnly() for e in edits)
    # Buttons the page enables for its object are disabled again after the navigation, as on a
    # page built at start (the lock's refresh follows every change of the tree's item).
    buttons = [b for b in page.findChildren(QAbstractButton) if not b.property("lock_exempt")]
    qtbot.waitUntil(lambda: buttons and not any(b.isEnabled() for b in buttons))
    before = window.doc.programme.themes[0].focus_areas[0].title
    page.title_edit.setText("muutettu")
    page.title_edit.editingFinished.emit()
    assert window.doc.programme.themes[0].focus_areas[0].title == before  # the stack refuses the edit


def test_a_finding_opens_the_focus_area_page_that_was_not_built_yet(window, qtbot):
    fa = window.doc.programme.themes[0].focus_areas[0]
    assert window.built_page("focus_area") is None
    window.go_to_finding(Finding(Severity.WARNING, "x", "x", Location(focus_area_id=fa.id)))
    page = window.built_page("focus_area")
    assert page is not None and window.pages.currentWidget() is page and page.obj is fa
    qtbot.waitUntil(page.title_edit.hasFocus)
