"""Import errors of actuals are shown in the UI language, saying where and what."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop.programme.actuals.error_text import MESSAGES, describe_actuals_error
from planner.example import load_example
from planner.followup.actuals import ActualsError, prepare_import
from tests.conftest import ROOT
from tests.desktop.helpers import switch_language


def _fixed_texts_raised_by_core() -> set[str]:
    found = set()
    files = [*(ROOT / "planner" / "followup" / "actuals").glob("*.py"), ROOT / "planner" / "followup" / "economics_import.py"]
    assert len(files) > 5  # the folder moved once and this test silently checked nothing
    for f in files:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ActualsError":
                args = list(node.args[:1]) + [k.value for k in node.keywords if k.arg in ("message", "hint")]
                found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of" \
                    and getattr(node.func.value, "id", None) == "ActualsError":
                # ActualsError.of(message, ...): the message is a code worded in wording_fi; the hint is text
                args = [k.value for k in node.keywords if k.arg == "hint"]
                found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_fixed_core_message_is_listed_for_translation():
    assert _fixed_texts_raised_by_core() <= set(MESSAGES)


def test_picture_renamed_xlsx_error_in_english(qapp, tmp_path):
    bad = tmp_path / "kuva.xlsx"
    bad.write_bytes(b"")
    try:
        prepare_import(load_example(), bad)
    except ActualsError as exc:
        err = exc
    switch_language("en")
    try:
        text = describe_actuals_error(err)
    finally:
        switch_language("fi")
    assert text == "file kuva.xlsx: the file is empty (0 bytes). Save the sheet again from Excel."
    assert describe_actuals_error(err) == "tiedosto kuva.xlsx: tiedosto on tyhjä (0 tavua). Tallenna taulukko uudelleen Excelistä."
    assert Path(err.path).name == "kuva.xlsx"


def test_csv_row_limit_in_english(qapp, tmp_path, monkeypatch):
    from planner.followup.actuals import csv_reader

    monkeypatch.setattr(csv_reader, "MAX_CSV_ROWS", 10)
    path = tmp_path / "iso.csv"
    path.write_text("Mittari;Toteuma\n" + "a;1\n" * 20, encoding="utf-8")
    try:
        prepare_import(load_example(), path)
    except ActualsError as exc:
        err = exc
    switch_language("en")
    try:
        text = describe_actuals_error(err)
    finally:
        switch_language("fi")
    assert "21 rows, more than the 10 rows" in text and "Filter the file" in text
