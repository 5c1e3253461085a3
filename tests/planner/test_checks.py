"""Programme checks: each rule finds what it should, with severity and place."""

from planner.checks import Severity, check_programme
from planner.model import Direction, FocusArea, Indicator, IndicatorReference, Programme, Tag, Theme


def programme(*rows, act=("a",), lead=("b",), cooperate=("c",), spearheads=(), fa_tags=()):
    fa = FocusArea(id="fa1", title="Tavoite", act=list(act), lead=list(lead), cooperate=list(cooperate),
                   rows=list(rows), tags=list(fa_tags))
    return Programme(title="P", themes=[Theme(id="th1", title="T", focus_areas=[fa])], spearheads=list(spearheads))


def codes(p, severity=None, catalogue=False):
    """The finding codes; the catalogue note (no source/owner) only when asked, it has its own tests."""
    return [f.code for f in check_programme(p) if (severity is None or f.severity is severity)
            and (catalogue or f.code != "indicator_catalogue_incomplete")]


def test_clean_programme_has_no_findings():
    p = programme(Indicator(id="i1", name="Työttömät", level="KV", baseline="100", target="90"))
    assert codes(p) == []


def test_focus_area_without_indicators():
    assert "focus_area_without_indicators" in codes(programme())


def test_indicator_without_target_is_an_error():
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="5", target=""))
    finding = next(f for f in check_programme(p) if f.code == "indicator_without_target")
    assert finding.severity is Severity.ERROR
    assert finding.location.indicator_id == "i1" and finding.location.focus_area_id == "fa1"
    assert finding.location.field == "target"


def test_unreadable_target_when_direction_needs_a_number():
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="5", target="paljon enemmän",
                            direction=Direction.INCREASE))
    assert "target_not_a_number" in codes(p, Severity.ERROR)
    # The same words as a milestone are fine.
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="Ei mallia", target="Malli kuvattu"))
    assert codes(p) == ["no_baseline_number"]


def test_unreadable_baseline_warns_but_no_value_yet_is_information():
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="melko hyvä", target="10",
                            direction=Direction.INCREASE))
    assert "baseline_not_a_number" in codes(p, Severity.WARNING)
    for text in ("Ei seurantaa", "-", ""):
        p = programme(Indicator(id="i1", name="X", level="KV", baseline=text, target="10"))
        assert codes(p) == ["no_baseline_number"]
        assert codes(p, Severity.INFO) == ["no_baseline_number"]


def test_direction_contradicting_values():
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="100", target="120",
                            direction=Direction.DECREASE))
    assert "direction_contradicts_values" in codes(p, Severity.ERROR)
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="100", target="80",
                            direction=Direction.INCREASE))
    assert "direction_contradicts_values" in codes(p, Severity.ERROR)
    # A ceiling above the baseline is not a contradiction for a decreasing indicator.
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="2 kk", target="Enintään 3 kk",
                            direction=Direction.DECREASE))
    assert "direction_contradicts_values" not in codes(p)


def test_duplicate_names():
    p = programme(Indicator(id="i1", name="Palkkatukijaksot", level="KV", baseline="1", target="2"),
                  Indicator(id="i2", name="palkkatukijaksot ", level="LTK", baseline="1", target="2"))
    assert codes(p).count("duplicate_indicator_name") == 2


def test_empty_bullet_groups():
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="1", target="2"), act=(), lead=("  ",))
    found = [f for f in check_programme(p) if f.code == "empty_bullet_group"]
    assert [f.location.field for f in found] == ["act", "lead"]
    assert "Miten henkilöstö toimii arjessa" in found[0].message


def test_unused_spearhead():
    used, unused = Tag(id="s1", name="Osaajia yrityksiin"), Tag(id="s2", name="Omavalmennus")
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="1", target="2", tags=["s1"]),
                  spearheads=[used, unused])
    found = [f for f in check_programme(p) if f.code == "spearhead_unused"]
    assert [f.location.tag_id for f in found] == ["s2"]


def test_dangling_cross_reference():
    p = programme(Indicator(id="i1", name="X", level="KV", baseline="1", target="2"),
                  IndicatorReference(indicator_id="gone", level="KV"))
    assert "reference_missing" in codes(p, Severity.ERROR)
