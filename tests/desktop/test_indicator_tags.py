"""Linking the indicator selected in the table to spearheads and target groups, undoably."""

from PySide6.QtCore import Qt

from planner.model import Indicator, Tag


def test_selected_indicator_links_to_a_spearhead_and_undo_restores(window, qtbot):
    p = window.doc.programme
    p.spearheads.append(Tag(id="k-test", name="Osaajia yrityksiin"))
    _t, fa, ind = next(iter(p.indicators()))
    window.tree.select_object(fa)
    page = window.focus_area_page
    assert page.current_indicator() is None
    assert not page.indicator_tags.isVisibleTo(page)
    page.table.select_indicator(ind.id)
    assert page.current_indicator() is ind
    assert page.indicator_tags.isVisibleTo(page)
    assert ind.name in page.indicator_tags_label.text()
    spear = p.spearheads[-1]
    item = next(page.indicator_tags.item(i) for i in range(page.indicator_tags.count())
                if page.indicator_tags.item(i).data(Qt.ItemDataRole.UserRole) == spear.id)
    before = list(ind.tags)
    assert spear.id not in before and item.checkState() == Qt.CheckState.Unchecked
    target = Qt.CheckState.Checked
    item.setCheckState(target)
    assert (spear.id in ind.tags) == (target == Qt.CheckState.Checked)
    assert spear.id not in fa.tags  # the focus area's own links are a separate list
    assert window.session.undo_stack.undoText() == "Muuta linkitystä"
    window.session.undo_stack.undo()
    assert ind.tags == before
    window.session.undo_stack.redo()
    assert (spear.id in ind.tags) == (target == Qt.CheckState.Checked)
    # The list shows the state after undo/redo without reselecting.
    item = next(page.indicator_tags.item(i) for i in range(page.indicator_tags.count())
                if page.indicator_tags.item(i).data(Qt.ItemDataRole.UserRole) == spear.id)
    assert item.checkState() == target


def test_other_indicator_gets_its_own_links(window):
    p = window.doc.programme
    fa = next(f for _t, f in p.focus_areas() if len(f.indicators) >= 2)
    first, second = [r for r in fa.rows if isinstance(r, Indicator)][:2]
    window.tree.select_object(fa)
    page = window.focus_area_page
    page.table.select_indicator(first.id)
    assert page.indicator_tags.obj is first
    page.table.select_indicator(second.id)
    assert page.indicator_tags.obj is second
