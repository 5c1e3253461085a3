"""The indicator field table (planner/indicator_fields.py) drives the file, the GUI table and the register.

These tests are generic over the table: a field added to it is saved and loaded, shown
in the register and (with a title) in the GUI table without any other test being written.
"""

from __future__ import annotations

import dataclasses

import pytest

from planner.fileformat import dumps, loads, programme_to_dict
from planner.indicator_fields import (
    INDICATOR_FIELDS,
    REGISTER_COLUMNS,
    STORED,
    TABLE_COLUMNS,
    IndicatorField,
    Kind,
)
from planner.model import FocusArea, Indicator, Programme, Theme


def _set_value(f: IndicatorField):
    """A value other than the default for field ``f``."""
    if f.kind in (Kind.TEXT, Kind.ID):
        return f"arvo {f.name} ”lainaus” = 1"
    if f.kind is Kind.CHOICE:
        assert f.enum is not None
        member = next(m for m in f.enum if m != f.default and m.value)
        return member.value if f.store_value else member
    if f.kind is Kind.DATE:
        return "2026-06-30"
    if f.kind is Kind.TEXT_LIST:
        return ["tag-1", "tag-2"]
    if f.kind is Kind.FLAG:
        return True
    raise AssertionError(f.kind)


def _programme(ind: Indicator) -> Programme:
    return Programme(title="P", themes=[Theme(title="T", focus_areas=[FocusArea(title="A", rows=[ind])])])


def test_every_indicator_attribute_is_declared_once():
    attributes = [f.name for f in dataclasses.fields(Indicator)]
    stored = [f.name for f in STORED]
    assert sorted(stored) == sorted(attributes), "add the new Indicator field to planner/indicator_fields.py"
    names = [f.name for f in INDICATOR_FIELDS]
    assert len(names) == len(set(names))
    keys = [f.file_key for f in STORED]
    assert len(keys) == len(set(keys)) and "kind" not in keys and "parsed" not in keys
    for f in INDICATOR_FIELDS:
        assert (f.kind is Kind.DERIVED) == (not f.file_key), f.name
        assert not f.title or f.width > 0, f.name
        assert not f.register or (len(f.register) == 3 and all(f.register) and f.register_width > 0), f.name
        assert f.kind is not Kind.DERIVED or (f.reads in attributes and not f.editable), f.name


@pytest.mark.parametrize("field", STORED, ids=lambda f: f.name)
def test_each_stored_field_survives_save_and_load(field):
    ind = Indicator(name="Mittari")
    setattr(ind, field.name, _set_value(field))
    back = loads(dumps(_programme(ind)))
    loaded = back.themes[0].focus_areas[0].rows[0]
    assert getattr(loaded, field.name) == getattr(ind, field.name)


def test_optional_fields_are_left_out_of_the_file_when_unset():
    row = programme_to_dict(_programme(Indicator(name="M")))["programme"]["themes"][0]["focus_areas"][0]["rows"][0]
    for f in STORED:
        assert (f.file_key in row) == (not f.optional), f.name
    assert list(row)[:2] == ["kind", "id"] and "parsed" in row


def test_register_and_table_columns_follow_the_table():
    from planner.reports.xlsx_register import COLUMNS, WIDTHS

    for i, lang in enumerate(("fi", "sv", "en")):
        assert COLUMNS[lang][2:-2] == [f.register[i] for f in REGISTER_COLUMNS]
    assert WIDTHS[2:-2] == [f.register_width for f in REGISTER_COLUMNS]
    assert [f.name for f in TABLE_COLUMNS][:2] == ["level", "name"]


@pytest.mark.parametrize("field", [f for f in REGISTER_COLUMNS if f.export == "text"], ids=lambda f: f.name)
def test_each_text_field_reaches_the_register(tmp_path, field):
    import openpyxl

    from planner.reports.xlsx_register import export_register_xlsx

    ind = Indicator(name="Mittari", target="10", baseline="5")
    setattr(ind, field.name, _set_value(field))
    out = tmp_path / "r.xlsx"
    export_register_xlsx(_programme(ind), out)
    ws = openpyxl.load_workbook(out).active
    col = 4 + list(REGISTER_COLUMNS).index(field)  # after the ID, theme and focus area
    assert ws.cell(row=2, column=col).value == getattr(ind, field.name)
