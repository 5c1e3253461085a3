"""The costs and outlook reports in Swedish and English word their figures in that language (issue 13).

The figures come from the core as codes (planner.followup.costs.Figure, planner.followup.outlook.Outlook.how);
a Swedish report must not print the Finnish labels, methods or inputs, and the report's table per
municipality picks its figures by code, so the change column is filled in every language.
"""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from planner.cli.actuals import run_compare
from planner.economics_model import Scenario, replace_subsidy
from planner.example import load_example
from planner.followup.economics_import import read_costs, read_subsidy
from planner.wording_fi import COSTS, COSTS_SV_EN, OUTLOOK, OUTLOOK_SV_EN
from tests.planner.economics_samples import write_costs, write_subsidy
from tests.planner.municipality_samples import write_filled_template

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("costs")
    p = load_example()
    _plan, _built, results = run_compare(p, write_filled_template(p, tmp / "wide.xlsx"), None, AS_OF)
    e = p.economics
    e.costs = read_costs(write_costs(tmp / "costs.xlsx"), p)
    replace_subsidy(e, read_subsidy(write_subsidy(tmp / "s.xlsx"), e, p.municipalities))
    e.scenarios = [Scenario(name="+2/kk", indicator_id="M37", extra_per_month=2, days_avoided_per_person=120)]
    return p


def pdf_text(programme, lang: str, report: str, path) -> str:
    import copy

    from pypdf import PdfReader

    from planner.reports.export import export

    p = copy.deepcopy(programme)
    p.language = lang
    pdf = export(p, "pdf", report, path / f"{report}-{lang}.pdf", as_of=AS_OF)
    text = " ".join(pg.extract_text() for pg in PdfReader(str(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def finnish_pieces(fi: dict[str, str], sv_en: dict[str, tuple[str, str]]) -> dict[str, str]:
    """code -> the longest fixed piece of its Finnish wording, where Finnish differs from Swedish."""
    out = {}
    for code, template in fi.items():
        if template == sv_en[code][0]:
            continue  # a formula the same in every language ("{latest} − {earlier}")
        pieces = [t.strip(" ,;:()") for t, *_ in string.Formatter().parse(template)]
        longest = max(pieces, key=len)
        if len(longest) >= 4:
            out[code] = longest
    return out


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_swedish_or_english_costs_pdf_prints_no_finnish_label(programme, tmp_path, lang):
    text = pdf_text(programme, lang, "costs", tmp_path)
    pieces = finnish_pieces(COSTS, COSTS_SV_EN)
    found = {code: piece for code, piece in pieces.items() if piece in text}
    assert not found, found
    for finnish in ("päiväraha", "Muutos", "Budjetin käyttö", "Kustannus per työllistynyt", "€/hlö"):
        assert finnish not in text
    assert ("Budgetutnyttjande: totalt" if lang == "sv" else "Budget used: total") in text
    # the table per municipality picks the change by its code: Jämsä (2 470 − 2 600 days) × 37,21 € × 50 %
    assert re.search(r"Jämsä 115 (personer|persons) 2 470 (dagar|days) 45 954 € −2 419 €", text), text


def test_the_finnish_costs_pdf_is_worded_as_before(programme, tmp_path):
    text = pdf_text(programme, "fi", "costs", tmp_path)
    assert "Budjetin käyttö: yhteensä" in text
    assert "Muutos: työmarkkinatuen kuntaosuus (6/2025 → 6/2026)" in text
    assert "päiväraha 37,21 €/pv" in text
    assert re.search(r"Jämsä 115 hlöä 2 470 pv 45 954 € −2 419 €", text), text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_swedish_or_english_outlook_pdf_prints_the_method_in_its_language(programme, tmp_path, lang):
    text = pdf_text(programme, lang, "outlook", tmp_path)
    pieces = finnish_pieces(OUTLOOK, OUTLOOK_SV_EN) | finnish_pieces(COSTS, COSTS_SV_EN)
    found = {code: piece for code, piece in pieces.items() if piece in text}
    assert not found, found
    assert ("linjär trend" if lang == "sv" else "linear trend") in text
    assert "kuntaosuuden päivää" not in text


def test_the_command_line_exports_the_costs_report_in_the_language_asked(programme, tmp_path, capsys):
    from pypdf import PdfReader

    from planner.cli import main
    from planner.fileformat import save_programme

    src = tmp_path / "ohjelma.json"
    save_programme(programme, src)
    before = src.read_bytes()
    out = tmp_path / "kostnader.pdf"
    assert main(["export", str(src), "-r", "costs", "--lang", "sv", "--as-of", "30.6.2026", "-o", str(out)]) == 0
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(str(out)).pages).replace("\u00a0", " ").split())
    assert "Kostnader och effekter" in text and "Budgetutnyttjande: totalt" in text
    assert "Budjetin käyttö" not in text and "päiväraha" not in text
    assert src.read_bytes() == before  # the language is the export's, the file is untouched
