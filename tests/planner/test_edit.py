"""Core edit operations: each change and its undo information."""

import pytest

from planner import edit
from planner.model import BulletGroup, FocusArea, Indicator, IndicatorReference, Programme, Theme


def programme() -> Programme:
    a = FocusArea(title="A", rows=[Indicator(name="i1"), Indicator(name="i2")])
    b = FocusArea(title="B")
    return Programme(themes=[Theme(title="T1", focus_areas=[a, b]), Theme(title="T2")])


def test_set_field_returns_old_value():
    p = programme()
    assert edit.set_field(p, "title", "Uusi") == ""
    assert p.title == "Uusi"
    with pytest.raises(AttributeError):
        edit.set_field(p, "no_such_field", 1)


def test_move_item_and_back():
    items = ["a", "b", "c", "d"]
    old = edit.move_item(items, 0, 2)
    assert items == ["b", "c", "a", "d"]
    edit.move_item(items, 2, old)
    assert items == ["a", "b", "c", "d"]
    with pytest.raises(IndexError):
        edit.move_item(items, 0, 4)


def test_insert_remove_theme_keeps_object():
    p = programme()
    t = Theme(title="Uusi")
    edit.insert_theme(p, 1, t)
    assert [x.title for x in p.themes] == ["T1", "Uusi", "T2"]
    assert edit.remove_theme(p, 1) is t


def test_move_focus_area_between_themes_and_back():
    p = programme()
    t1, t2 = p.themes
    fa = t1.focus_areas[0]
    pos = edit.move_focus_area(fa, t1, t2, 0)
    assert t2.focus_areas == [fa] and [f.title for f in t1.focus_areas] == ["B"]
    edit.move_focus_area(fa, t2, pos.container, pos.index)
    assert [f.title for f in t1.focus_areas] == ["A", "B"] and t2.focus_areas == []


def test_bullets():
    fa = FocusArea()
    edit.insert_bullet(fa, BulletGroup.LEAD, 0, "Johdetaan")
    edit.insert_bullet(fa, BulletGroup.LEAD, 1, "Seurataan")
    assert edit.set_bullet(fa, BulletGroup.LEAD, 0, "Johdetaan tiedolla") == "Johdetaan"
    edit.move_bullet(fa, BulletGroup.LEAD, 1, 0)
    assert fa.lead == ["Seurataan", "Johdetaan tiedolla"]
    assert edit.remove_bullet(fa, BulletGroup.LEAD, 0) == "Seurataan"
    assert fa.act == [] and fa.cooperate == []


def test_remove_indicator_takes_its_references_and_restore_puts_all_back():
    p = programme()
    a, b = p.themes[0].focus_areas
    ind = a.rows[0]
    edit.add_reference(b, ind)
    assert isinstance(b.rows[0], IndicatorReference)
    removed = edit.remove_row(p, a, 0)
    assert removed.row is ind and b.rows == [] and [r.name for r in a.rows] == ["i2"]
    edit.restore_row(a, removed)
    assert a.rows[0] is ind and b.rows[0].indicator_id == ind.id


def test_move_indicator_to_other_focus_area():
    p = programme()
    a, b = p.themes[0].focus_areas
    ind = a.rows[1]
    pos = edit.move_indicator(ind, a, b, 0)
    assert b.rows == [ind] and len(a.rows) == 1
    edit.move_indicator(ind, b, pos.container, pos.index)
    assert a.rows[1] is ind
    assert edit.focus_area_of(p, ind) is a
    assert edit.theme_of(p, a) is p.themes[0]


def test_remove_tag_unlinks_it_everywhere_and_restore_puts_every_link_back():
    from planner.fileformat import dumps
    from planner.model import ChainLink, ImpactChain, Tag

    p = programme()
    keep, gone = Tag(name="Nuoret"), Tag(name="Maahanmuuttajat")
    p.target_groups = [keep, gone]
    a = p.themes[0].focus_areas[0]
    a.tags = [keep.id, gone.id]
    a.rows[1].tags = [gone.id]
    link = ChainLink(title="Ohjaus", tag_ids=[gone.id])
    p.impact_chains = [ImpactChain(title="Ketju", links=[link])]
    before = dumps(p)

    removed = edit.remove_tag(p, gone)
    assert p.target_groups == [keep]
    assert a.tags == [keep.id] and a.rows[1].tags == [] and link.tag_ids == []
    assert gone.id not in dumps(p)
    assert {(type(o).__name__, name) for o, name, _old in removed.unlinked} == {
        ("FocusArea", "tags"), ("Indicator", "tags"), ("ChainLink", "tag_ids")}

    edit.restore_tag(removed)
    assert p.target_groups[1] is gone
    assert dumps(p) == before
