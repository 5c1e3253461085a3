"""Costs and effects: the formulas with hand-checked numbers (planner.followup.costs, planner.followup.economics_import).

Seed 002 gives one worked figure: municipalities get on average "almost twice" the
money they put into employment services back (tests/data/economics/seed002_benefit_ratio.txt).
The band figures are invented round numbers (tests/planner/economics_samples.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.economics_model import CostItem, Economics, Scenario, replace_subsidy
from planner.example import load_example
from planner.followup.actuals.errors import ActualsError
from planner.followup.costs import (
    band_euros,
    benefit_cost,
    budget_used,
    cost_per_employed,
    scenario_subsidy,
    subsidy_change,
    subsidy_table,
)
from planner.followup.economics_import import read_costs, read_shares, read_subsidy
from tests.planner.economics_samples import write_costs, write_shares, write_subsidy

DATA = Path(__file__).resolve().parents[1] / "data" / "economics"


def test_seed_002_almost_twice_the_input_back():
    seed = (DATA.parent / "seeds" / "002_a2405ce62fd6b60d.txt").read_text(encoding="utf-8")
    assert "Keskimäärin kunnat saavat lähes kaksinkertaiset taloudelliset hyödyt" in seed
    assert "työmarkkinatuen kuntaosuudessa" in seed
    text = (DATA / "seed002_benefit_ratio.txt").read_text(encoding="utf-8")
    assert "lähes kaksinkertaiset taloudelliset hyödyt" in text
    f = benefit_cost(190_000, 100_000)
    assert f.value == pytest.approx(1.9)
    assert f.value_text() == "1,9"
    assert f.inputs == ["säästö 190\u00a0000\u00a0€", "käytetty 100\u00a0000\u00a0€"]
    assert "lähes kaksinkertaiset" in f.note


def test_budget_used_and_cost_per_person_employed():
    item = CostItem(name="Nuoret töihin", budget=90_000, spent=45_000)
    assert budget_used(item).value == pytest.approx(0.5)
    figs = cost_per_employed(item, 10, "M37", year_end_employed=28.2)
    assert figs[0].value == pytest.approx(4500)
    assert figs[0].value_text() == "4\u00a0500\u00a0€/hlö"
    assert figs[1].value == pytest.approx(90_000 / 28.2)
    assert cost_per_employed(item, 0)[0].value is None  # no one employed: no figure, a note
    assert "ei työllistyneitä" in cost_per_employed(item, 0)[0].note


def test_band_euros_days_times_daily_benefit_times_share():
    assert band_euros(2580, 37.21, 0.10) == pytest.approx(9600.18)
    assert band_euros(6450, 37.21, 0.50) == pytest.approx(120_002.25)


def _economics(tmp_path: Path) -> Economics:
    e = Economics()
    p = load_example()
    replace_subsidy(e, read_subsidy(write_subsidy(tmp_path / "s.xlsx"), e, p.municipalities))
    return e


def test_subsidy_figures_from_a_messy_workbook_and_the_change(tmp_path):
    e = _economics(tmp_path)
    assert sorted({f.period for f in e.subsidy}) == ["2025-06", "2026-06"]
    rows = subsidy_table(e, "2026-06")
    assert [r.band for r in rows] == [b.label for b in e.bands]
    # 2 580*37,21*10 % + 1 935*37,21*20 % + 1 505*37,21*30 % + 1 075*37,21*40 % + 6 450*37,21*50 %
    expected_2026 = 9600.18 + 14400.27 + 16800.315 + 16000.30 + 120002.25
    assert sum(r.euros for r in rows) == pytest.approx(expected_2026)  # 176 803,32
    assert all(r.euros_computed for r in rows)
    change = subsidy_change(e)
    assert (change.latest, change.earlier) == ("2026-06", "2025-06")
    by_label = {f.label.split(" (")[0]: f for f in change.figures}
    assert by_label["Muutos: työmarkkinatuen kuntaosuus"].value == pytest.approx(expected_2026 - 189_500)
    assert by_label["Muutos: henkilöt kuntaosuuden piirissä"].value == pytest.approx(630 - 675)
    euro_fig = next(f for f in change.figures if f.label.startswith("Työmarkkinatuen kuntaosuus"))
    assert "100–199 pv: 2\u00a0580 pv × 37,21\u00a0€ × 10 % = 9\u00a0600\u00a0€" in euro_fig.inputs
    jamsa = subsidy_change(e, "Jämsä")
    assert jamsa.figures[-1].value == pytest.approx((2470 - 2600) * 37.21 * 0.5)


def test_scenario_effect_on_the_subsidy_share(tmp_path):
    e = _economics(tmp_path)
    sc = Scenario(name="+2/kk", extra_per_month=2, days_avoided_per_person=120)
    f = scenario_subsidy(e, sc, remaining_months=6)
    share = (2580 * 0.1 + 1935 * 0.2 + 1505 * 0.3 + 1075 * 0.4 + 6450 * 0.5) / 13545  # 0,3508
    assert f.value == pytest.approx(12 * 120 * 37.21 * share)  # 18 796 €
    assert "35,1 %" in f.inputs[-1]
    fixed = scenario_subsidy(e, Scenario(extra_per_month=-3, days_avoided_per_person=100, share=0.5), 4)
    assert fixed.value == pytest.approx(12 * 100 * 37.21 * 0.5)


def test_costs_and_shares_read_and_linked(tmp_path):
    p = load_example()
    costs = read_costs(write_costs(tmp_path / "c.xlsx"), p)
    assert [(c.name, c.budget, c.spent, c.employed_indicator_id) for c in costs] == [
        ("Nuoret töihin -rekrytointituki", 90_000, 45_000, "M37"),
        ("Työllistymisen tukeminen", 240_000, 120_000, ""),
    ]
    assert costs[1].focus_area_id  # the name is a focus area's title
    shares = read_shares(write_shares(tmp_path / "o.xlsx"), p)
    assert shares["Jämsä"] == pytest.approx(0.38) and len(shares) == 8


def test_bad_cells_say_where_and_what_to_do(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Luvut"
    ws.append(["Kausi", "Porras", "Päivät"])
    ws.append(["6/2026", "100–199", "paljon"])
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(ActualsError) as err:
        read_subsidy(tmp_path / "bad.xlsx", Economics(), [])
    assert err.value.one_line().startswith("tiedosto bad.xlsx, välilehti ”Luvut”, rivi 2, sarake C:")
    ws["B2"] = "50–99"
    ws["C2"] = 10
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(ActualsError, match="porrasta ”50–99” ei tunnistettu.*100–199 pv"):
        read_subsidy(tmp_path / "bad.xlsx", Economics(), [])


def test_cli_import_saves_and_a_bad_file_leaves_the_programme_untouched(tmp_path, capsys):
    from planner.cli import main
    from planner.fileformat import load_programme, save_programme

    path = tmp_path / "p.json"
    save_programme(load_example(), path)
    before = path.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("Kausi;Porras;Päivät\n6/2026;300-399;x\n", encoding="utf-8")
    assert main(["economics-import", str(path), "--subsidy", str(bad)]) == 2
    assert "rivi 2, sarake C" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["economics-import", str(path), "--subsidy", str(write_subsidy(tmp_path / "s.xlsx")),
                 "--costs", str(write_costs(tmp_path / "c.xlsx")), "--daily-benefit", "37,21"]) == 0
    assert main(["scenario", str(path), "--name", "Lisää", "--indicator", "M37", "--extra-per-month", "2",
                 "--days-avoided", "120"]) == 0
    p = load_programme(path)
    assert len(p.economics.subsidy) == 12 and len(p.economics.costs) == 2
    assert p.economics.scenarios[0].indicator_id == "M37"
    assert main(["scenario", str(path), "--name", "x", "--indicator", "M99", "--extra-per-month", "1"]) == 2
