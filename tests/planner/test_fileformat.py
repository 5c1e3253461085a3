"""The programme file: lossless round trip, clear errors with field paths, versions, atomic saving."""

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.example import load_example
from planner.fileformat import SCHEMA_VERSION, dumps, load_programme, loads, programme_to_dict, save_programme
from planner.model import (
    ActualsImport,
    ActualValue,
    Aggregation,
    ApprovalDecision,
    Direction,
    FocusArea,
    Indicator,
    IndicatorReference,
    Level,
    Programme,
    ServiceCategory,
    Status,
    Tag,
    Theme,
)
from planner.storage.json_file import FileFormatError
from tests.conftest import ROOT, child_env

text = st.text(max_size=40)
texts = st.lists(text, max_size=4)


@st.composite
def indicators(draw):
    return Indicator(
        id=draw(st.text(alphabet="abcdef0123456789", min_size=1, max_size=8)),
        name=draw(text), level=draw(st.sampled_from(["KV", "LTK", ""])), baseline=draw(text), target=draw(text),
        direction=draw(st.none() | st.sampled_from(list(Direction))),
        aggregation=draw(st.sampled_from(list(Aggregation))), unit=draw(text), source=draw(text),
        owner=draw(text), notes=draw(text), tags=draw(texts),
    )


@st.composite
def programmes(draw):
    themes = []
    for _ in range(draw(st.integers(0, 2))):
        fas = []
        for _ in range(draw(st.integers(0, 2))):
            rows = draw(st.lists(indicators() | st.builds(IndicatorReference, indicator_id=text, level=text,
                                                            text=text), max_size=3))
            fas.append(FocusArea(id=draw(st.uuids()).hex, title=draw(text), summary=draw(text), heading=draw(text),
                                 description=draw(text), act=draw(texts), lead=draw(texts), cooperate=draw(texts),
                                 rows=rows, tags=draw(texts)))
        themes.append(Theme(id=draw(st.uuids()).hex, title=draw(text), summary=draw(text), focus_areas=fas))
    return Programme(
        title=draw(text), year=draw(st.none() | st.integers(1990, 2100)), area=draw(text),
        municipalities=draw(texts), lead_municipality=draw(text), author=draw(text), contact=draw(text),
        motto=draw(text), language=draw(st.sampled_from(["fi", "sv", "en"])), status=draw(st.sampled_from(list(Status))),
        decisions=draw(st.lists(st.builds(ApprovalDecision, body=text, date=text, section=text), max_size=2)),
        levels=draw(st.lists(st.builds(Level, code=text, name=text), min_size=1, max_size=3)),
        services_title=draw(text), services_subtitle=draw(text),
        services=draw(st.lists(st.builds(ServiceCategory, title=text, items=texts), max_size=2)),
        themes_title=draw(text), themes_subtitle=draw(text), themes=themes,
        spearheads=draw(st.lists(st.builds(Tag, id=text.filter(bool), name=text, description=text), max_size=2)),
        target_groups=draw(st.lists(st.builds(Tag, id=text.filter(bool), name=text, description=text), max_size=2)),
        actual_imports=draw(st.lists(st.builds(
            ActualsImport, id=text.filter(bool), source_file=text, sheet=text, imported_at=text,
            values=st.lists(st.builds(ActualValue, indicator_id=text, period=text,
                                      value=st.none() | st.floats(allow_nan=False, allow_infinity=False),
                                      text=text, municipality=text), max_size=3)), max_size=2)),
        source_mappings=draw(st.dictionaries(text, st.dictionaries(text, text, max_size=2), max_size=2)),
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(programmes())
def test_round_trip_is_lossless(p):
    assert loads(dumps(p)) == p


def test_example_round_trip_through_disk(tmp_path):
    p = load_example()
    path = tmp_path / "ohjelma.json"
    save_programme(p, path)
    assert load_programme(path) == p
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "tyollisyysohjelma" and data["schema_version"] == SCHEMA_VERSION


def test_save_keeps_previous_version_as_backup(tmp_path):
    path = tmp_path / "ohjelma.json"
    first = Programme(title="Ensimmäinen")
    save_programme(first, path)
    save_programme(Programme(title="Toinen"), path)
    assert load_programme(path).title == "Toinen"
    assert load_programme(tmp_path / "ohjelma.json.bak").title == "Ensimmäinen"
    assert sorted(f.name for f in tmp_path.iterdir()) == ["ohjelma.json", "ohjelma.json.bak"]


def _bad_field(data, path_value):
    data["programme"]["themes"][0]["focus_areas"][1]["rows"][2]["baseline"] = path_value
    return data


def test_error_names_the_bad_field(tmp_path):
    data = programme_to_dict(load_example())
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_bad_field(data, 42)), encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        load_programme(path)
    assert err.value.path == "programme.themes[0].focus_areas[1].rows[2].baseline"
    assert "odotettiin tekstiä" in err.value.one_line() and str(path) in err.value.one_line()


def test_unknown_choice_is_reported(tmp_path):
    data = programme_to_dict(load_example())
    data["programme"]["themes"][0]["focus_areas"][0]["rows"][0]["direction"] = "sideways"
    with pytest.raises(FileFormatError) as err:
        loads(json.dumps(data))
    assert err.value.path.endswith("rows[0].direction")
    assert "increase" in err.value.message


def test_version_1_is_migrated():
    v1 = {
        "format": "tyollisyysohjelma",
        "schema_version": 1,
        "programme": {
            "title": "Vanha",
            "themes": [{"title": "T", "focus_areas": [{
                "title": "F",
                "indicators": [{"id": "a", "name": "Mittari A", "baseline": "1", "target": "2"}],
                "references": [{"indicator_id": "a", "level": "KV", "text": "(viittaus)"}],
            }]}],
        },
    }
    p = loads(json.dumps(v1))
    rows = p.themes[0].focus_areas[0].rows
    assert isinstance(rows[0], Indicator) and rows[0].name == "Mittari A"
    assert isinstance(rows[1], IndicatorReference) and rows[1].text == "(viittaus)"


def test_version_2_file_reads_as_the_same_programme():
    """A file saved before version 3 opens unchanged and is saved back as version 3."""
    current = programme_to_dict(load_example())
    v2 = json.loads(json.dumps(current))
    v2["schema_version"] = 2
    p = loads(json.dumps(v2))
    again = programme_to_dict(p)
    assert again["schema_version"] == SCHEMA_VERSION == 3
    assert again["programme"] == current["programme"]


def run_check(path):
    return subprocess.run([sys.executable, "-m", "planner", "check", str(path)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", env=child_env())


@pytest.mark.parametrize(
    "content,expect",
    [
        (None, "katkennut"),  # truncated
        (b"this is not json at all", "JSON"),
        (b"", "tyhj"),
        ("newer", "uudemmalla"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        # A statement file: planner check reads it as a statement (statement-check), this one is broken.
        (b'{"format": "lausunto", "schema_version": 1}', "lausuntoa ei voi lukea"),
    ],
)
def test_bad_files_give_one_line_and_exit_2_and_stay_unchanged(tmp_path, content, expect):
    path = tmp_path / "rikki.json"
    full = dumps(load_example()).encode("utf-8")
    if content is None:
        content = full[: len(full) // 2]
    elif content == "newer":
        data = json.loads(full)
        data["schema_version"] = SCHEMA_VERSION + 1
        content = json.dumps(data).encode("utf-8")
    path.write_bytes(content)
    before = path.read_bytes()
    r = run_check(path)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and expect in lines[0] and "Traceback" not in r.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rikki.json"]


def test_missing_file_exit_2(tmp_path):
    r = run_check(tmp_path / "ei-ole.json")
    assert r.returncode == 2 and "tiedostoa ei löydy" in r.stderr


def test_check_exit_1_on_errors(tmp_path):
    p = Programme(title="Virheellinen", themes=[Theme(title="T", focus_areas=[FocusArea(
        title="F", act=["a"], lead=["b"], cooperate=["c"],
        rows=[Indicator(name="Työttömät", level="KV", baseline="100", target="", direction=Direction.DECREASE)])])])
    path = tmp_path / "v.json"
    save_programme(p, path)
    r = run_check(path)
    assert r.returncode == 1
    assert "puuttuu tavoite" in r.stdout
