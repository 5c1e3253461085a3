"""The built-in example is seed 004 word for word, and the CLI shows it."""

import json
import re
import subprocess
import sys

import pytest

from planner.checks import Severity, check_programme
from planner.example import load_example
from planner.model import Aggregation, Direction, IndicatorReference
from tests.conftest import ROOT, SEED_004, child_env


def norm(text: str) -> str:
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)
    text = text.replace("työmarkkina- asemassa", "työmarkkina-asemassa").replace("**", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


STRUCTURE_LABELS = {"mittari", "lähtöarvo", "tavoite", "miten henkilöstö toimii arjessa", "miten johdetaan",
                    "miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa"}


def seed_lines() -> list[str]:
    text = SEED_004.read_text(encoding="utf-8")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)
    return [ln for ln in text.splitlines() if ln.strip()]


def all_text_of(p) -> str:
    return norm(json.dumps(json.loads(json.dumps(_dump(p), ensure_ascii=False)), ensure_ascii=False))


def _dump(p):
    from planner.fileformat import programme_to_dict

    return programme_to_dict(p)


@pytest.fixture(scope="module")
def example():
    return load_example()


def test_counts(example):
    assert len(example.themes) == 3
    assert sum(1 for _ in example.focus_areas()) == 8
    assert sum(1 for _ in example.indicators()) == 37


def test_every_line_of_seed_is_in_the_example(example):
    """Every heading, bullet, description and indicator cell of seed 004 is in the file."""
    haystack = norm(" \u241e ".join(_strings(_dump(example))))
    example_names = {norm(m) for m in example.municipalities}
    missing = []
    for line in seed_lines():
        for cell in line.split("\t"):
            cell = norm(cell.lstrip("- ").strip())
            if not cell or cell in STRUCTURE_LABELS:
                continue  # the table header and bullet-group headings are the model's structure
            if cell.endswith(",") or "," in cell and all(n.strip() in example_names for n in cell.split(",") if n.strip()):
                parts = [n.strip() for n in cell.split(",") if n.strip()]
                missing += [n for n in parts if n not in example_names]
                continue
            # A bullet of the overview is "title - summary": both parts are stored.
            parts = re.split(r" [-–] ", cell, maxsplit=1) if cell.startswith(tuple(
                norm(fa.title) for _t, fa in example.focus_areas())) else [cell]
            for part in parts:
                if part not in haystack:
                    missing.append(part)
    # The theme label repeated at the side of focus-area pages is split into short lines.
    missing = [m for m in missing if not any(norm(t.title).startswith(m) or m in norm(t.title)
                                             for t in example.themes)]
    assert missing == []


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_indicator_rows_exact(example):
    rows = []
    for line in SEED_004.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 4 and cells[1] and cells[1] != "MITTARI" and not cells[1].startswith("("):
            rows.append((cells[1].strip(), cells[2].strip(), cells[3].strip()))
    assert len(rows) == 37
    got = [(i.name, i.baseline, i.target) for _t, _f, i in example.indicators()]
    assert got == rows


def test_levels_and_cross_reference(example):
    levels = [i.level for _t, _f, i in example.indicators()]
    assert levels.count("KV") == 14 and levels.count("LTK") == 23
    refs = [(fa, r) for _t, fa in example.focus_areas() for r in fa.rows if isinstance(r, IndicatorReference)]
    assert len(refs) == 1
    fa, ref = refs[0]
    assert fa.title == "Työllistymisen tukeminen"
    assert example.reference_text(ref) == "(Palkkatukijaksojen mittari yhdenvertaisuuden ja saavutettavuuden tavoitteessa)"
    assert example.find_indicator(ref.indicator_id)[2].name == "Palkkatukijaksot"
    assert ref.level == "KV"


def test_directions_and_aggregations_as_a_careful_reader(example):
    by_name = {i.name: i for _t, _f, i in example.indicators()}
    assert by_name["Laajan työttömyyden määrä"].effective_direction is Direction.DECREASE
    assert by_name["Laajan työttömyyden määrä"].aggregation is Aggregation.LATEST
    assert by_name["Työnantajakontaktien määrä"].aggregation is Aggregation.SUM
    assert by_name["Uudet avoimet työpaikat"].aggregation is Aggregation.SUM
    assert by_name["Kotoutumiskoulutuksen jonotusaika"].effective_direction is Direction.DECREASE
    assert by_name["Palkkatukijaksot"].effective_direction is Direction.MAINTAIN
    assert by_name["Omaehtoisen opiskelun myöntämisen alueelliset linjaukset"].effective_direction is Direction.MILESTONE
    assert by_name["Suunnitelmien ajantasaisuus"].effective_direction is Direction.INCREASE


def test_every_baseline_and_target_reads_as_domain_md_says(example):
    for _t, _f, ind in example.indicators():
        for v in (ind.baseline_value, ind.target_value):
            if v.says_none or not any(ch.isdigit() for ch in v.text):
                # words only: a number word ("yksi") or no number at all
                assert v.number in (None, 1.0)
            else:
                assert v.number is not None, v.text


def test_example_has_no_errors(example):
    findings = check_programme(example)
    assert [f for f in findings if f.severity is Severity.ERROR] == []
    assert [f for f in findings if f.severity is Severity.WARNING] == []


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=child_env())


def test_cli_example_and_check(tmp_path):
    out = tmp_path / "x.json"
    r = run_cli("example", str(out))
    assert r.returncode == 0, r.stderr
    r = run_cli("check", str(out))
    assert r.returncode == 0, r.stderr
    assert "3 painopistettä, 8 tavoitetta, 37 mittaria" in r.stdout
    assert "0 virhettä" in r.stdout.splitlines()[-1]
