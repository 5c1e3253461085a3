"""The Lahti example is seed 003 (copied in tests/data/seeds) word for word, built by the tool, and checks clean."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

import pytest

from planner.checks import Severity, check_programme
from planner.example import load_example
from planner.fileformat import programme_to_dict
from planner.impact_chain import unplaced_indicators
from planner.model import ChainStage, Frequency, SectionPlacement
from planner.sections import parse_blocks
from tests.conftest import ROOT

SEED_003 = ROOT / "tests" / "data" / "seeds" / "003_20f73627da1c10eb.txt"


def _tool():
    spec = importlib.util.spec_from_file_location("build_example_lahti", ROOT / "tools" / "build_example_lahti.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lahti():
    return load_example("lahti")


@pytest.fixture(scope="module")
def seed_flat() -> str:
    return _tool().Seed(SEED_003.read_text(encoding="utf-8")).flat.casefold()


def test_the_shipped_file_is_what_the_tool_builds_from_the_seed(lahti):
    built = _tool().build(SEED_003.read_text(encoding="utf-8"))
    assert programme_to_dict(built) == programme_to_dict(lahti)


def test_structure_of_the_plan(lahti):
    assert lahti.title == "Lahden seudun työllisyyden kuntakokeilu"
    assert sorted(lahti.municipalities) == ["Asikkala", "Hollola", "Kärkölä", "Lahti", "Orimattila"]
    assert [s.name for s in lahti.spearheads] == ["Osaajia yrityksiin", "Omavalmennus", "Osaamisen vahvistaminen"]
    assert [t.name for t in lahti.target_groups] == [
        "Työnhakijat, jotka eivät ole oikeutettuja ansiopäivärahaan", "Alle 30-vuotiaat työnhakijat",
        "Maahanmuuttajat ja vieraskieliset"]
    before = [s.heading for s in lahti.sections_at(SectionPlacement.BEFORE)]
    after = [s.heading for s in lahti.sections_at(SectionPlacement.AFTER)]
    assert before == ["Tausta ja tavoitteet", "Tarve", "Asiakkaat", "Asiantuntijayhteisö", "Tulevaisuuskuva",
                      "Tavoitteet", "Toimenpiteet", "Resurssit"]
    assert after == ["Tulokset ja vaikuttavuus", "Tulokset", "Yritykset ja työnantajat", "Organisaatio ja henkilöstö"]
    key_actions = [fa.title for fa in lahti.themes[0].focus_areas]
    assert key_actions == ["Kokonaisvaltainen työllisyydenhoidon ekosysteemi",
                           "Kaupunkikehityksen integrointi työllisyyden ekosysteemiin",
                           "Asiakaslähtöinen omavalmennus", "Hakeva ja tukeva toimintamalli",
                           "Osaamisen tunnistaminen ja lisääminen", "Valmentaja- ja asiakasverkostojen digitalisaatio"]
    assert len(lahti.themes[1].focus_areas) == 9
    assert sum(1 for _ in lahti.indicators()) == 27


def test_indicator_set_has_sources_from_the_seeds_list(lahti):
    sources = {ind.source for _t, _f, ind in lahti.indicators()}
    assert sources <= {"työnvälitystilasto", "Kelasto", "URA", "kysely, webropol tai muu", "Kykyviisari", "Kieku"}
    assert all(ind.source for _t, _f, ind in lahti.indicators())
    monthly = {ind.name for _t, _f, ind in lahti.indicators() if ind.frequency is Frequency.MONTHLY}
    assert "Rakennetyöttömät kuukauden lopussa" in monthly and "Kaikkien aktivointiaste laskentapäivänä" in monthly
    assert all("kuukauden lopussa" in n or "laskentapäivänä" in n for n in monthly)


def test_every_indicator_is_placed_on_the_impact_chain(lahti):
    chain = lahti.impact_chains[0]
    assert unplaced_indicators(lahti, chain) == []
    titles = [(lk.stage, lk.title) for lk in chain.links]
    assert titles == [(ChainStage.NEEDS, "Tarve"), (ChainStage.NEEDS, "Tavoite"), (ChainStage.INPUTS, "Resurssit"),
                      (ChainStage.ACTIONS, "Toimenpiteet"), (ChainStage.OUTCOMES, "Tulokset"),
                      (ChainStage.IMPACT, "Vaikuttavuus"), (ChainStage.IMPACT, "Tulevaisuuskuva")]


def _texts(p):
    yield p.title
    for sec in p.sections:
        yield sec.heading
        yield sec.body
    for theme in p.themes:
        yield theme.title
        yield theme.summary
        for fa in theme.focus_areas:
            yield fa.title
            yield fa.description
            for ind in fa.indicators:
                yield from ind.name.split(": ")  # "Määrärahaseuranta: htv-määrät" joins two lines of the seed
    for tag in [*p.spearheads, *p.target_groups]:
        yield tag.name
        yield tag.description
    for chain in p.impact_chains:
        yield chain.title
        yield chain.description
        for lk in chain.links:
            yield lk.title
            yield lk.text


def test_every_text_of_the_example_is_in_the_seed_word_for_word(lahti, seed_flat):
    missing = []
    for text in _texts(lahti):
        for block in parse_blocks(text):
            pieces = [block.text] if block.kind in ("paragraph", "subheading") else block.items
            for piece in pieces:
                # A goal's number ("1 Työllisyysasteen ...") and "Kärki: kuvaus" are the layout's, the words the seed's.
                piece = re.sub(r"^\d ", "", piece)
                for part in piece.split(": ") if piece.count(": ") == 1 and len(piece) > 60 else [piece]:
                    if re.sub(r"\s+", " ", part).strip().casefold() not in seed_flat:
                        missing.append(part)
    assert missing == []


def test_lahti_example_has_no_errors(lahti):
    findings = check_programme(lahti)
    assert [f for f in findings if f.severity is Severity.ERROR] == []
    # The six key actions are written as text and the seed links no indicator to them.
    warnings = {f.code for f in findings if f.severity is Severity.WARNING}
    assert warnings == {"focus_area_without_indicators"}
    # The seed names no owners: each indicator gets a note.
    notes = [f for f in findings if f.code == "indicator_catalogue_incomplete"]
    assert len(notes) == 27 and all(f.param_dict["missing"] == "owner" for f in notes)


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_cli_writes_and_checks_the_lahti_example(tmp_path):
    out = tmp_path / "lahti.tyohjelma"
    r = run_cli("example", "--which", "lahti", str(out))
    assert r.returncode == 0, r.stderr
    r = run_cli("check", str(out))
    assert r.returncode == 0, r.stderr
    assert "2 painopistettä, 15 tavoitetta, 27 mittaria" in r.stdout
    assert "puuttuu vastuutaho" in r.stdout
    r = run_cli("example", "--which", "oulu", str(tmp_path / "x.json"))
    assert r.returncode == 2 and "invalid choice" in r.stderr
