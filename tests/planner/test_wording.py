"""Every code the core says has a Finnish wording (planner/wording_fi.py), and every wording is used."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from planner.messages import Message, msg
from planner.wording_fi import TEXTS, word, word_all

ROOT = Path(__file__).resolve().parents[2]


def codes_in_core() -> dict[str, str]:
    """code -> where, for every msg("code") / Message.of("code") in planner/ (a literal, or a literal if/else)."""
    found: dict[str, str] = {}
    problems = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path.name == "messages.py":  # the helpers themselves
            continue
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            is_msg = (isinstance(f, ast.Name) and f.id == "msg") or (
                isinstance(f, ast.Attribute) and f.attr == "of" and isinstance(f.value, ast.Name)
                and f.value.id == "Message")
            if not is_msg:
                continue
            options, first = [], node.args[0]
            while isinstance(first, ast.IfExp):  # "a" if x else "b" if y else "c"
                options.append(first.body)
                first = first.orelse
            options.append(first)
            for opt in options:
                if isinstance(opt, ast.Constant) and isinstance(opt.value, str):
                    found[opt.value] = f"{rel}:{node.lineno}"
                else:
                    problems.append(f"{rel}:{node.lineno}")
    assert not problems, "write the message code as a literal so this test can see it: " + ", ".join(problems)
    return found


def placeholders(template: str) -> set[str]:
    return {name for _t, name, _f, _c in string.Formatter().parse(template) if name}


def test_every_code_the_core_uses_has_a_finnish_wording_and_no_wording_is_stale():
    used = codes_in_core()
    missing = sorted(set(used) - set(TEXTS))
    assert not missing, "add to planner/wording_fi.py: " + ", ".join(f"{c} ({used[c]})" for c in missing)
    stale = sorted(set(TEXTS) - set(used))
    assert not stale, "no longer said by the core: " + ", ".join(stale)


def test_wording_fills_the_parameters():
    assert word(msg("no_actuals_for_year", year=2026)) == "ei toteumatietoja vuodelta 2026"
    assert word_all([msg("limit", target="4,5"), msg("deadline_passed")]) == "enintään 4,5; määräaika on ohi"
    assert word(Message.of("pace_share", share="50")).endswith("50 %")
    for code, template in TEXTS.items():
        assert all(re.fullmatch(r"[a-z_]+", p) for p in placeholders(template)), code


def test_every_enum_member_has_a_finnish_label():
    from planner import wording_fi
    from planner.checks import Severity
    from planner.followup.actuals.layout import LayoutKind, Role
    from planner.followup.actuals.matching import MatchHow
    from planner.followup.outlook import OutlookStatus
    from planner.followup.progress import ProgressStatus
    from planner.model import Aggregation, BulletGroup, Direction, Status
    from planner.statements.model import RefKind

    pairs = [(wording_fi.PROGRESS_STATUS, ProgressStatus), (wording_fi.PROGRAMME_STATUS, Status),
             (wording_fi.SEVERITY, Severity), (wording_fi.BULLET_GROUP, BulletGroup),
             (wording_fi.BULLET_GROUP_SHORT, BulletGroup), (wording_fi.MATCH_HOW, MatchHow),
             (wording_fi.LAYOUT_KIND, LayoutKind), (wording_fi.REF_KIND, RefKind),
             (wording_fi.OUTLOOK_STATUS, OutlookStatus), (wording_fi.DIRECTION, Direction),
             (wording_fi.DIRECTION_ADJECTIVE, Direction), (wording_fi.AGGREGATION, Aggregation)]
    for table, enum in pairs:
        assert {m.value for m in enum} <= set(table), enum.__name__
    assert set(wording_fi.COLUMN_ROLE) <= {r.value for r in Role}


def test_coverage_is_a_code_worded_in_finnish_and_in_the_reports_languages():
    from planner.followup.coverage import Coverage

    cov = Coverage(expected=8, municipalities=list("abcdefgh"), periods=["2026-01", "2026-06"],
                   source="municipalities", complete=True)
    m = cov.message()
    assert m.code == "coverage_sum" and m.as_dict() == {"count": "8/8", "span": "1–6/2026"}
    assert cov.text() == "kuntien summa, 8/8 kuntaa, 1–6/2026"
    assert cov.text("sv") == "kommunernas summa, 8/8 kommuner, 1–6/2026"
    assert cov.text("en").startswith("sum of the municipalities")
    assert Coverage(expected=0, source="area").text() == "alueen oma luku"
    assert Coverage(expected=0).text("en") == "no data"
    from planner.wording_fi import COVERAGE, COVERAGE_SV_EN

    assert set(COVERAGE) == set(COVERAGE_SV_EN)
    for code, (sv, en) in COVERAGE_SV_EN.items():
        assert placeholders(sv) == placeholders(en) == placeholders(COVERAGE[code]), code


def test_a_wrong_selection_is_a_coded_error_worded_in_finnish(tmp_path):
    from planner.followup.actuals.dimensions import DimensionChoice, SelectionError

    choice = DimensionChoice(2, "Sukupuoli", "dimension", ["Miehet", "Naiset", "Yhteensä"])
    try:
        choice.select("Lapset")
    except SelectionError as exc:
        err = exc
    assert isinstance(err, ValueError) and err.message.code == "category_value_unknown"
    assert str(err) == "sarakkeessa C (”Sukupuoli”) ei ole arvoa ”Lapset”; arvot: Miehet, Naiset, Yhteensä."
    assert choice.question_message(others=1).code == "category_question_more"
    assert choice.question().startswith("sarakkeessa C (”Sukupuoli”) on useita luokkia (Miehet, Naiset, Yhteensä)")


def test_every_note_and_actual_phrase_has_the_reports_swedish_and_english():
    """The follow-up report in sv/en words every note and every actual without a figure in its language."""
    from planner.wording_fi import ACTUALS, ACTUALS_SV_EN, NOTES, NOTES_SV_EN

    for fi_table, sv_en in ((NOTES, NOTES_SV_EN), (ACTUALS, ACTUALS_SV_EN)):
        assert set(fi_table) == set(sv_en), sorted(set(fi_table) ^ set(sv_en))
        for code, (sv, en) in sv_en.items():
            assert placeholders(sv) == placeholders(en) == placeholders(fi_table[code]), code
            assert sv != fi_table[code] and en != fi_table[code], code
    note = msg("no_actuals_for_year", year=2026)
    assert [word(note, lang) for lang in ("fi", "sv", "en")] == [
        "ei toteumatietoja vuodelta 2026", "inga utfallsuppgifter för år 2026", "no actuals for 2026"]
    assert word_all([msg("deadline_passed"), msg("limit", target="4,5")], lang="en") == \
        "the deadline has passed; at most 4,5"


def test_a_long_list_of_values_in_a_question_is_cut_without_finnish_in_the_parameter():
    from planner.followup.actuals.dimensions import DimensionChoice

    choice = DimensionChoice(2, "Ikä", "dimension", [f"{n}-vuotiaat" for n in range(20, 40)])
    values = choice.question_message().param("values")
    assert values.endswith(", … (+12)") and "arvoa" not in values and values.count(",") == 8


def test_every_code_a_report_words_has_swedish_and_english():
    """The reports in sv/en word every code of the follow-up, the costs and the outlook in their language:
    a code with only Finnish would print Finnish in a Swedish report."""
    from planner import wording_fi

    for fi_table, sv_en in ((wording_fi.NOTES, wording_fi.NOTES_SV_EN), (wording_fi.ACTUALS, wording_fi.ACTUALS_SV_EN),
                            (wording_fi.COVERAGE, wording_fi.COVERAGE_SV_EN), (wording_fi.COSTS, wording_fi.COSTS_SV_EN),
                            (wording_fi.OUTLOOK, wording_fi.OUTLOOK_SV_EN)):
        assert set(fi_table) == set(sv_en), sorted(set(fi_table) ^ set(sv_en))
        for code, (sv, en) in sv_en.items():
            assert placeholders(sv) == placeholders(en) == placeholders(fi_table[code]), code
            assert word(Message(code, tuple((p, "x") for p in placeholders(sv))), "sv") == \
                sv.format(**{p: "x" for p in placeholders(sv)})
    for unit, (sv, en) in wording_fi.UNITS_SV_EN.items():
        assert sv != unit and en != unit
    fig = msg("fig_change_euros", earlier="6/2025", latest="6/2026")
    assert [word(fig, lang) for lang in ("fi", "sv", "en")] == [
        "Muutos: työmarkkinatuen kuntaosuus (6/2025 → 6/2026)",
        "Förändring: kommunandel av arbetsmarknadsstödet (6/2025 → 6/2026)",
        "Change: municipal share of labour-market subsidy (6/2025 → 6/2026)"]
