"""The checks panel words findings in the UI language from the core's code and parameters."""

from PySide6.QtCore import QModelIndex

from desktop.document import ProgrammeDocument
from desktop.programme.check_messages import _WORDING, finding_text, place_text
from desktop.programme.checks_panel import ChecksPanel
from desktop.programme.models.checks_model import MESSAGE, PLACE
from planner.checks import Finding, Severity, check_programme
from planner.model import (
    ChainLink,
    ChainStage,
    Direction,
    FocusArea,
    ImpactChain,
    Indicator,
    IndicatorReference,
    Programme,
    Tag,
    Theme,
)
from tests.desktop.helpers import switch_language


def every_finding_programme() -> Programme:
    """One programme that trips every check the core has."""
    rows = [
        Indicator(id="i1", name="Palkkatuki", level="KV", baseline="melko hyvä", target="paljon",
                  direction=Direction.INCREASE, target_review=True, baseline_origin="target"),
        Indicator(id="i2", name="palkkatuki", level="XX", baseline="Ei seurantaa", target=""),
        Indicator(id="i3", name="", level="KV", baseline="100", target="120", direction=Direction.DECREASE),
        Indicator(id="i4", name="Jonotusaika", level="KV", baseline="120 henkilöä", target="enintään 3 kk"),
        IndicatorReference(indicator_id="gone", level="KV"),
        Indicator(id="i4", name="Virta yli 3kk työttömyyteen", source="työnvälitystilasto", owner="Lahti"),
        Indicator(id="i5", name="Työnhakijat", level="KV", baseline="1", target="2", owner="Lahti"),
        Indicator(id="i6", name="Esittelyt", level="KV", baseline="1", target="2", source="URA"),
    ]
    fa = FocusArea(id="fa1", title="Työn ja työntekijän kohtaaminen", act=[], lead=["b"], cooperate=["c"], rows=rows)
    empty = FocusArea(id="fa2", title="", act=["a"], lead=["b"], cooperate=["c"])
    chain = ImpactChain(title="Vaikuttavuusketju", links=[ChainLink(stage=ChainStage.OUTCOMES, text="Tulokset",
                                                                    indicator_ids=["i4"])])
    return Programme(title="P", themes=[Theme(id="th1", title="T", focus_areas=[fa, empty])],
                     spearheads=[Tag(id="s1", name="Osaajia yrityksiin")], impact_chains=[chain])


def test_every_core_check_is_worded_and_finnish_wording_matches_the_cli():
    findings = check_programme(every_finding_programme())
    assert {f.code for f in findings} == set(_WORDING)  # every code is produced here and worded in the GUI
    for f in findings:
        assert finding_text(f) == f.message, f.code


def test_unknown_code_falls_back_to_the_finnish_message():
    f = Finding(Severity.WARNING, "some_future_check", "Jotain uutta.")
    assert finding_text(f) == "Jotain uutta."


def test_checks_panel_follows_the_ui_language(qtbot):
    p = every_finding_programme()
    panel = ChecksPanel(ProgrammeDocument(p))
    qtbot.addWidget(panel)
    model = panel.model
    row = next(i for i, f in enumerate(model.findings) if f.code == "direction_contradicts_values")
    empty_row = next(i for i, f in enumerate(model.findings) if f.code == "empty_bullet_group")
    spear_row = next(i for i, f in enumerate(model.findings) if f.code == "spearhead_unused")

    def text(r, col=MESSAGE):
        return model.data(model.index(r, col, QModelIndex()))

    assert text(row).startswith("Mittarin ”(nimetön mittari)” suunta on laskeva")
    try:
        switch_language("en")
        # The place column is rebuilt when the LanguageChange event arrives.
        qtbot.waitUntil(lambda: text(row, PLACE).startswith("focus area"))
        assert text(row) == ("The direction of the indicator “(unnamed indicator)” is decreasing, but the target "
                             "“120” and the baseline “100” say otherwise.")
        assert text(row, PLACE) == "focus area “Työn ja työntekijän kohtaaminen”"
        assert text(empty_row).startswith("The section “How ")
        assert text(spear_row) == "No focus area or indicator refers to the spearhead “Osaajia yrityksiin”."
        switch_language("sv")
        qtbot.waitUntil(lambda: text(row, PLACE).startswith("mål"))
        assert text(row, PLACE) == "mål ”Työn ja työntekijän kohtaaminen”"
        assert text(spear_row).startswith("Inget mål")
    finally:
        switch_language("fi")
    qtbot.waitUntil(lambda: text(row, PLACE).startswith("tavoite"))
    assert text(spear_row).startswith("Kärkeen")
    assert place_text(model.findings[spear_row].location, p) == "”Osaajia yrityksiin”"
