"""Fuzzing the programme loader with typed mutations of the built-in example (issue 12).

Every mutated file either loads or is refused with a clean :class:`FileFormatError`
(never another exception); and what loads also saves, and reloads equal.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.example import load_example
from planner.fileformat import dumps, load_programme, loads, programme_to_dict, save_programme
from planner.storage.json_file import FileFormatError, SaveError

EXAMPLE = programme_to_dict(load_example())
HUGE = "__HUGE_INT__"


def _paths(data: Any, path: tuple = ()) -> list[tuple]:
    """Every place in the example a value sits at (dict keys and list indexes)."""
    out = [path]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, (*path, i))
    return out


PATHS = [p for p in _paths(EXAMPLE) if p]

hostile_values = st.one_of(
    st.just(HUGE),  # an integer of 5,000 digits, written into the text below
    st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e308, -0.0]),
    st.sampled_from([-5, 0, 99999, 1899, 1900, 2200, 2201, 2026, 10**18, -(10**19), True, False, None]),
    st.sampled_from(["\ud800", "a\udfffb", "\x00", "", "x" * 1000, "2026", "increase", "sum", "draft"]),
    st.sampled_from([[], [1, 2], [True], [None], ["teksti"], {}, {"a": 1}, {"kind": "indicator"}]),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
)


any_text = st.text(alphabet=st.characters(exclude_categories=[]), max_size=8)  # surrogates included


def _typed_like(original: Any) -> st.SearchStrategy:
    """A value of the same JSON type as ``original`` (the mutation a sloppy tool makes)."""
    if isinstance(original, bool):
        return st.booleans()
    if isinstance(original, int):
        return st.integers(min_value=-(10**20), max_value=10**20)
    if isinstance(original, float):
        return st.floats(allow_nan=True, allow_infinity=True)
    if isinstance(original, str):
        return any_text
    if isinstance(original, list):
        return st.lists(any_text | st.integers() | st.none(), max_size=3)
    return hostile_values


def _get(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: tuple, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _delete(data: Any, path: tuple) -> None:
    for key in path[:-1]:
        data = data[key]
    del data[path[-1]]


@st.composite
def mutated_files(draw) -> str:
    data = json.loads(json.dumps(EXAMPLE))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        try:
            how = draw(st.integers(0, 9))
            if how == 0:
                _delete(data, path)
            elif how <= 5:
                _set(data, path, draw(_typed_like(_get(data, path))))
            else:
                _set(data, path, draw(hostile_values))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape on the way
    if draw(st.booleans()) and draw(st.integers(0, 4)) == 0:
        data["schema_version"] = 1  # the version-1 migration meets shapes it never saw
    text = json.dumps(data)  # NaN/Infinity written as the bare words; surrogates as \ud800 escapes
    return text.replace(f'"{HUGE}"', "9" * 5000)


def _load_or_clean_error(text: str):
    try:
        return loads(text)
    except FileFormatError as exc:
        assert exc.one_line()
        assert "\n" not in exc.message
        return None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_mutated_example_loads_or_gives_clean_error_and_what_loads_round_trips(text):
    p = _load_or_clean_error(text)
    if p is None:
        return
    again = dumps(p)  # never a SaveError for what loaded
    assert loads(again) == p
    # Strict JSON: no bare NaN/Infinity constants (the text "NaN" in a text field is fine).
    json.loads(again, parse_constant=lambda name: pytest.fail(f"non-JSON constant {name} written"))
    again.encode("utf-8")  # no lone surrogates
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ohjelma.tyohjelma"
        save_programme(p, path)
        assert load_programme(path) == p


def test_the_cases_of_the_issue_are_refused_by_name():
    cases = {
        "year -5": (("programme", "year"), -5),
        "year 0": (("programme", "year"), 0),
        "year 99999": (("programme", "year"), 99999),
        "NaN threshold": (("programme", "follow_up", "on_track"), float("nan")),
        "Infinity value": (("programme", "follow_up", "at_risk"), float("inf")),
        "surrogate": (("programme", "title"), "\ud800"),
        "list as text": (("programme", "area"), [1]),
    }
    for name, (path, value) in cases.items():
        data = json.loads(json.dumps(EXAMPLE))
        _set(data, path, value)
        try:
            loads(json.dumps(data))
        except FileFormatError as exc:
            assert exc.path.startswith(".".join(str(x) for x in path[:2])), name
        else:
            raise AssertionError(f"{name} was accepted")
    huge = json.dumps(EXAMPLE).replace('"year": 2026', '"year": ' + "9" * 5000)
    try:
        loads(huge)
    except FileFormatError as exc:
        assert exc.path == "programme.year" and "5000 numeroa" in exc.message
    else:
        raise AssertionError("a 5000-digit integer was accepted")


def test_writer_refuses_nan_with_the_field_named_and_never_writes_bare_nan(tmp_path):
    p = load_example()
    p.follow_up.on_track = float("nan")
    path = tmp_path / "o.tyohjelma"
    try:
        save_programme(p, path)
    except SaveError as exc:
        assert exc.path == "programme.follow_up.on_track"
    else:
        raise AssertionError("NaN was written")
    assert not path.exists() and list(tmp_path.iterdir()) == []
