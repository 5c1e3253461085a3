"""The user's corrections in the import wizard are core operations (issue 13, rules in the core):
another header row, other column roles, a match changed by hand, each undoable."""

from __future__ import annotations

import copy

import pytest

from planner.example import load_example
from planner.followup.actuals import prepare_import
from planner.followup.actuals.header_choice import choose_header_row, header_roles, with_roles
from planner.followup.actuals.layout import LayoutKind, Role, detect_layout
from planner.followup.actuals.readers import RawSheet
from tests.planner.actuals_samples import write_long_xlsx

# A report with a title, a note row that looks like a header, then the real header.
ROWS = [
    ["Toteumat 2026"],
    ["Mittari", "Huom"],
    ["Mittari", "Tammikuu", "Helmikuu", "Maaliskuu", "Yhteensä"],
    ["Nuorisotyöttömyys", 410, 395, 380, 1185],
    ["Pitkäaikaistyöttömät", 1500, 1480, 1470, 4450],
]


def test_header_roles_are_the_detections_roles():
    sheet = RawSheet("Taulukko1", copy.deepcopy(ROWS))
    detected = detect_layout(sheet, 2026)
    assert detected is not None and detected.header_row == 2 and detected.kind is LayoutKind.WIDE
    roles, periods = header_roles(sheet.rows, 2, detected.default_year)
    assert roles == detected.roles
    assert periods == {1: "2026-01", 2: "2026-02", 3: "2026-03"}
    assert roles[0] is Role.INDICATOR and roles[4] is Role.TOTAL


def test_choosing_another_header_row_reads_it_anew_and_leaves_the_old_layout_for_undo():
    sheet = RawSheet("Taulukko1", copy.deepcopy(ROWS))
    detected = detect_layout(sheet, 2026)
    before = copy.deepcopy(detected)
    other = choose_header_row(sheet, detected, 1)
    assert other.header_row == 1 and other.headers[:2] == ["Mittari", "Huom"]
    assert other.roles[0] is Role.INDICATOR and Role.MONTH not in other.roles and other.periods == {}
    assert detected == before  # untouched: the wizard goes back to it
    back = choose_header_row(sheet, other, 2)
    assert (back.roles, back.periods, back.kind) == (detected.roles, detected.periods, detected.kind)
    assert back.default_year == 2026  # from the title above the header
    with pytest.raises(ValueError):
        choose_header_row(sheet, detected, 5)


def test_changing_a_role_decides_the_kind_from_the_new_roles():
    sheet = RawSheet("Taulukko1", copy.deepcopy(ROWS))
    detected = detect_layout(sheet, 2026)
    roles = list(detected.roles)
    roles[1:4] = [Role.IGNORE] * 3
    roles[4] = Role.VALUE
    single = with_roles(detected, roles)
    assert single.kind is LayoutKind.SINGLE and single.periods == {} and single.value_period == "2026"
    assert detected.kind is LayoutKind.WIDE and detected.roles[4] is Role.TOTAL
    again = with_roles(single, detected.roles)
    assert again.kind is LayoutKind.WIDE and again.periods == detected.periods


def test_match_changes_return_what_undo_needs(tmp_path):
    p = load_example()
    plan = prepare_import(p, write_long_xlsx(p, tmp_path / "t.xlsx"))
    key, m = next((k, m) for k, m in plan.matches.items() if m.accepted)
    original = m.state()
    other = next(ind.id for _t, _fa, ind in p.indicators() if ind.id != m.indicator_id)

    before = plan.assign(key, other)
    assert before == original and m.indicator_id == other and m.confirmed
    plan.restore_match(key, before)
    assert m.state() == original

    before = plan.clear_match(key)
    assert m.indicator_id is None and not m.skipped and not m.accepted
    plan.restore_match(key, before)
    assert m.accepted and m.state() == original

    before = plan.unconfirm(key)
    assert m.needs_confirmation and not m.accepted
    plan.restore_match(key, before)
    assert m.state() == original

    before = plan.assign(key, None)
    assert m.skipped and not m.accepted
    plan.restore_match(key, before)
    assert m.state() == original
