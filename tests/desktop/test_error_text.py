"""File errors shown in the UI language from the core's code and parameters."""

import json

import pytest

from desktop.error_text import file_error_text
from planner.fileformat import load_programme
from planner.storage.json_file import FileFormatError
from tests.desktop.helpers import switch_language


def error_for(path) -> FileFormatError:
    with pytest.raises(FileFormatError) as info:
        load_programme(path)
    return info.value


@pytest.fixture
def english(qapp):
    switch_language("en")
    yield
    switch_language("fi")


def test_finnish_wording_is_the_cores_line(tmp_path, qapp):
    cases = [tmp_path / "puuttuu.tyohjelma", tmp_path]
    empty = tmp_path / "tyhja.tyohjelma"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "rikki.tyohjelma"
    broken.write_text('{"format": ', encoding="utf-8")
    newer = tmp_path / "uusi.tyohjelma"
    newer.write_text(json.dumps({"format": "tyollisyysohjelma", "schema_version": 999}), encoding="utf-8")
    for path in [*cases, empty]:
        exc = error_for(path)
        assert exc.code, exc.one_line()
        assert file_error_text(exc) == exc.one_line()
    # The technical field name of a newer file's version is left out of the GUI text.
    exc = error_for(newer)
    assert exc.code == "newer_version"
    assert exc.one_line() == file_error_text(exc) + " (kenttä schema_version)"
    # The JSON parser's own English detail is left out of the GUI text; line and column stay.
    exc = error_for(broken)
    assert exc.code == "not_json"
    assert exc.one_line().startswith(file_error_text(exc).removesuffix(")"))


def test_english_wording_names_the_file_and_the_problem(tmp_path, english):
    missing = tmp_path / "puuttuu.tyohjelma"
    assert file_error_text(error_for(missing)) == f"{missing}: the file was not found"
    broken = tmp_path / "rikki.tyohjelma"
    broken.write_text('{"format": ', encoding="utf-8")
    assert file_error_text(error_for(broken)) == f"{broken}: the file is not valid JSON or it is cut short (line 1, column 12)"


def test_unknown_code_keeps_the_core_message_and_names_the_place_in_words(english):
    exc = FileFormatError("odotettiin tekstiä", "themes.0.title", file="x.tyohjelma")
    text = file_error_text(exc)
    assert text.startswith("x.tyohjelma: odotettiin tekstiä") and "theme 1 › title" in text
    assert "themes.0" not in text
