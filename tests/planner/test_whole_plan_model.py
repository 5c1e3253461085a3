"""Sections, impact chains and the indicator catalogue in the file format, the text reader and the checks."""

from __future__ import annotations

import json

import pytest

from planner.catalogue import catalogue_rows, fi_date_text, parse_fi_date, parse_frequency
from planner.checks import Severity, check_programme
from planner.fileformat import dumps, loads, programme_to_dict
from planner.impact_chain import chain_columns, unplaced_indicators
from planner.model import (
    ChainLink,
    ChainStage,
    FocusArea,
    Frequency,
    ImpactChain,
    Indicator,
    Programme,
    Section,
    SectionPlacement,
    Tag,
    Theme,
)
from planner.sections import parse_blocks
from planner.storage.json_file import FileFormatError


def plan() -> Programme:
    i1 = Indicator(id="i1", name="Virta yli 3kk työttömyyteen", source="työnvälitystilasto",
                   frequency=Frequency.MONTHLY, next_update="2026-06-30", owner="Lahden kaupunki", tags=["tg1"])
    i2 = Indicator(id="i2", name="Työnhakijat", baseline="100", target="90", source="URA", owner="TE")
    fa = FocusArea(id="fa1", title="Työttömyyden kehitys", rows=[i1, i2], tags=["sp1"])
    chain = ImpactChain(id="c1", title="Vaikuttavuusketju", links=[
        ChainLink(id="l1", stage=ChainStage.NEEDS, title="Tarve", text="Työttömyys on korkea."),
        ChainLink(id="l2", stage=ChainStage.OUTCOMES, title="Tulokset", text="- Työllisyys nousee",
                  focus_area_ids=["fa1"], tag_ids=["sp1"], indicator_ids=["i1", "gone"]),
    ])
    return Programme(
        title="Kokeilu", themes=[Theme(id="t1", title="Mittaristo", focus_areas=[fa])],
        spearheads=[Tag(id="sp1", name="Omavalmennus")], target_groups=[Tag(id="tg1", name="Alle 30-vuotiaat")],
        sections=[Section(id="s1", heading="Tausta", body="Teksti.", level=1),
                  Section(id="s2", heading="Tulokset", body="- a\n- b", placement=SectionPlacement.AFTER, level=2),
                  Section(id="s3", heading="Tarve", body="Kappale.", level=2)],
        impact_chains=[chain],
    )


def test_round_trip_keeps_sections_chains_and_catalogue_fields():
    p = plan()
    again = loads(dumps(p))
    assert programme_to_dict(again) == programme_to_dict(p)
    assert [s.heading for s in again.sections_at(SectionPlacement.BEFORE)] == ["Tausta", "Tarve"]
    assert again.sections[1].placement is SectionPlacement.AFTER and again.sections[1].level == 2
    ind = again.find_indicator("i1")[2]
    assert ind.frequency is Frequency.MONTHLY and ind.next_update == "2026-06-30"
    assert again.impact_chains[0].links[1].indicator_ids == ["i1", "gone"]


def test_empty_new_parts_are_not_written():
    data = programme_to_dict(Programme(title="x", themes=[Theme(focus_areas=[FocusArea(rows=[Indicator()])])]))
    assert "sections" not in data["programme"] and "impact_chains" not in data["programme"]
    row = data["programme"]["themes"][0]["focus_areas"][0]["rows"][0]
    assert "frequency" not in row and "next_update" not in row


def test_a_version_2_file_loads_with_the_new_parts_empty():
    data = json.loads(dumps(plan()))
    data["schema_version"] = 2
    for key in ("sections", "impact_chains"):
        del data["programme"][key]
    for row in data["programme"]["themes"][0]["focus_areas"][0]["rows"]:
        row.pop("frequency", None)
        row.pop("next_update", None)
    p = loads(json.dumps(data))
    assert p.sections == [] and p.impact_chains == []
    assert p.find_indicator("i1")[2].frequency is None


@pytest.mark.parametrize(("where", "value", "path"), [
    ("indicator", {"frequency": "daily"}, "rows[0].frequency"),
    ("indicator", {"next_update": "30.6.2026"}, "rows[0].next_update"),
    ("section", {"level": 3}, "sections[0].level"),
    ("section", {"placement": "middle"}, "sections[0].placement"),
    ("link", {"stage": "dreams"}, "links[0].stage"),
])
def test_bad_new_fields_are_refused_with_their_place(where, value, path):
    data = json.loads(dumps(plan()))
    prog = data["programme"]
    target = {"indicator": prog["themes"][0]["focus_areas"][0]["rows"][0], "section": prog["sections"][0],
              "link": prog["impact_chains"][0]["links"][0]}[where]
    target.update(value)
    with pytest.raises(FileFormatError) as err:
        loads(json.dumps(data))
    assert err.value.path.endswith(path)


def test_section_text_reads_as_paragraphs_lists_and_subheadings():
    blocks = parse_blocks("Eka rivi\njatkuu.\n\n- yksi\n- kaksi\n  jatkuu\n\n## Väliotsikko\n1. a\n2) b\n\n• c")
    assert [(b.kind, b.text, b.items) for b in blocks] == [
        ("paragraph", "Eka rivi jatkuu.", []),
        ("bullets", "", ["yksi", "kaksi jatkuu"]),
        ("subheading", "Väliotsikko", []),
        ("numbers", "", ["a", "b"]),
        ("bullets", "", ["c"]),
    ]
    assert parse_blocks("") == []


def test_dates_and_frequencies_as_users_write_them():
    assert parse_fi_date("30.6.2026").isoformat() == "2026-06-30"
    assert parse_fi_date("2026-06-30").isoformat() == "2026-06-30"
    assert parse_fi_date("31.6.2026") is None and parse_fi_date("kesäkuu") is None
    assert fi_date_text("2026-06-30") == "30.6.2026"
    assert parse_frequency("Kuukausittain") is Frequency.MONTHLY
    assert parse_frequency("quarterly") is Frequency.QUARTERLY and parse_frequency("årligen") is Frequency.YEARLY
    assert parse_frequency("joskus") is None


def test_catalogue_rows_carry_tags_through_the_focus_area():
    rows = catalogue_rows(plan())
    assert [r.indicator.id for r in rows] == ["i1", "i2"]
    assert rows[0].spearheads == ["Omavalmennus"] and rows[0].target_groups == ["Alle 30-vuotiaat"]
    assert rows[1].spearheads == ["Omavalmennus"] and rows[1].target_groups == []


def test_chain_columns_resolve_links_and_skip_missing_items():
    p = plan()
    cols = chain_columns(p, p.impact_chains[0])
    assert [c.stage for c in cols] == list(ChainStage)
    outcomes = cols[4]
    assert outcomes.links[0].focus_areas == ["Työttömyyden kehitys"]
    assert outcomes.links[0].tags == ["Omavalmennus"]
    assert [i.id for i in outcomes.indicators] == ["i1"]  # "gone" is not shown
    assert [i.id for i in unplaced_indicators(p, p.impact_chains[0])] == ["i2"]
    # A focus-area chain places only that focus area's indicators.
    p.impact_chains[0].focus_area_id = "other"
    assert unplaced_indicators(p, p.impact_chains[0]) == []


def test_checks_note_catalogue_gaps_monitoring_indicators_and_unplaced_indicators():
    p = plan()
    ind = p.find_indicator("i2")[2]
    ind.owner = ""
    found = {(f.code, f.location.indicator_id): f for f in check_programme(p)}
    gap = found[("indicator_catalogue_incomplete", "i2")]
    assert gap.severity is Severity.INFO and gap.param_dict["missing"] == "owner"
    assert "puuttuu vastuutaho" in gap.message
    assert ("indicator_catalogue_incomplete", "i1") not in found
    # i1 has a source but no baseline nor target: a monitoring indicator, noted, not an error.
    assert found[("indicator_monitoring_only", "i1")].severity is Severity.INFO
    assert ("indicator_without_target", "i1") not in found
    assert found[("indicator_not_in_chain", "i2")].severity is Severity.INFO
    # Without a source, the same empty indicator is the error it always was.
    p.find_indicator("i1")[2].source = ""
    codes = {(f.code, f.severity) for f in check_programme(p) if f.location.indicator_id == "i1"}
    assert ("indicator_without_target", Severity.ERROR) in codes
    assert ("indicator_catalogue_incomplete", Severity.INFO) in codes


def test_focus_area_written_as_text_is_not_asked_for_bullet_groups():
    p = plan()
    assert not [f for f in check_programme(p) if f.code == "empty_bullet_group"]
    p.themes[0].focus_areas[0].act = ["Toimitaan"]
    assert {f.location.field for f in check_programme(p) if f.code == "empty_bullet_group"} == {"lead", "cooperate"}


def test_spearhead_used_only_by_a_chain_link_is_not_unused():
    p = plan()
    p.themes[0].focus_areas[0].tags = []
    assert "spearhead_unused" not in {f.code for f in check_programme(p)}
    p.impact_chains[0].links[1].tag_ids = []
    assert "spearhead_unused" in {f.code for f in check_programme(p)}
