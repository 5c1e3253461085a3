"""The optional economics part of file format 3: round trip, absent by default, errors name the field."""

from __future__ import annotations

import json

import pytest

from planner.economics_model import CostItem, Scenario, SubsidyBand, SubsidyFigure
from planner.example import load_example
from planner.fileformat import dumps, loads, programme_to_dict
from planner.storage.json_file import FileFormatError


def test_a_programme_without_economics_writes_no_key_and_reads_back_empty():
    p = load_example()
    assert "economics" not in programme_to_dict(p)["programme"]
    assert loads(dumps(p)).economics.is_empty()


def test_economics_round_trip():
    p = load_example()
    e = p.economics
    e.costs.append(CostItem(name="Nuoret töihin", budget=90000.0, spent=45000.0, employed_indicator_id="M37"))
    e.daily_benefit = 38.5
    e.bands = [SubsidyBand("300+ pv", 300, 0.5)]
    e.subsidy.append(SubsidyFigure("2026-06", "300+ pv", 10.0, 215.0, None, "Jämsä"))
    e.municipality_shares = {"Jämsä": 0.38}
    e.scenarios.append(Scenario(name="+2", indicator_id="M37", extra_per_month=2.0, days_avoided_per_person=120.0))
    again = loads(dumps(p)).economics
    assert again == e
    assert dumps(loads(dumps(p))) == dumps(p)


def test_version_2_file_has_empty_economics():
    data = json.loads(dumps(load_example()))
    data["schema_version"] = 2
    assert loads(json.dumps(data)).economics.is_empty()


def test_a_bad_economics_field_names_its_path():
    data = json.loads(dumps(load_example()))
    data["programme"]["economics"] = {"costs": [{"name": "x", "budget": "paljon"}]}
    with pytest.raises(FileFormatError, match=r"economics\.costs\[0\]\.budget"):
        loads(json.dumps(data))
