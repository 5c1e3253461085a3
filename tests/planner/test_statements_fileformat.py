"""The statement file: round trip, clear errors, atomic save with a backup."""

from __future__ import annotations

import json

import pytest

from planner.statements.examples import load_statement_example
from planner.statements.fileformat import dumps, load_statement, save_statement, statement_to_dict
from planner.statements.model import (
    Answer,
    Comment,
    ProgrammeRef,
    ProposedIndicator,
    RefKind,
    Section,
    Signatory,
    Source,
    SourceKind,
    Statement,
    format_date_fi,
    parse_date_fi,
)
from planner.storage.json_file import FileFormatError


def _full() -> Statement:
    return Statement(
        organisation="Mikkelin kaupunki",
        date="2026-06-30",
        case_number="VN/37864/2025",
        subject="Lausunto arviomuistiosta",
        addressee="Työ- ja elinkeinoministeriö",
        source=Source(SourceKind.PROGRAMME, "Työllisyysohjelma 2026", "/tmp/x.tyohjelma.json"),
        appendix_label="Liite 2",
        opening="Kunta toteaa:",
        items=[
            Answer(number="1", title="Kehittämisehdotus 1: A", question="Näkemykset:", answer="Vastaus\n\nToinen"),
            Answer(title="Mitä muuta?", question="Muut:", answer="x", closing=True),
            Comment(heading="H", refs=[ProgrammeRef(RefKind.INDICATOR, "M02", "Nimi", "Lainaus", "tavoite T")],
                    text="Kommentti"),
            Section(heading="Vapaa", text="teksti"),
            ProposedIndicator(name="Uusi", why="koska", baseline="0", target="10",
                              related=ProgrammeRef(RefKind.INDICATOR_SET, "", "kaikki", "Mittaristo")),
        ],
        signatories=[Signatory("Matti Meikäläinen", "kaupunginjohtaja")],
        diary_number="MIKDno-2025-1234",
        request_reference="Lausuntopyyntö 2.10.2025",
        attachments=["Liite 1. Palvelukuvaus", "Liite 2. Tilastot"],
    )


def test_round_trip_keeps_everything(tmp_path):
    s = _full()
    path = tmp_path / "a.lausunto.json"
    save_statement(s, path)
    again = load_statement(path)
    assert again == s
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "lausunto" and data["schema_version"] == 2
    assert data["statement"]["diary_number"] == "MIKDno-2025-1234"
    assert data["statement"]["attachments"] == ["Liite 1. Palvelukuvaus", "Liite 2. Tilastot"]


def test_a_version_1_statement_still_loads_with_empty_letter_fields(tmp_path):
    data = statement_to_dict(_full())
    data["schema_version"] = 1
    for key in ("diary_number", "request_reference", "attachments"):
        del data["statement"][key]
    path = tmp_path / "old.lausunto.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    s = load_statement(path)
    assert (s.diary_number, s.request_reference, s.attachments) == ("", "", [])
    assert s.organisation == "Mikkelin kaupunki" and s.signatories == _full().signatories
    assert path.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False)  # reading never writes


def test_examples_round_trip(tmp_path):
    for name in ("mantsala", "mikkeli"):
        s = load_statement_example(name)
        save_statement(s, tmp_path / f"{name}.json")
        assert load_statement(tmp_path / f"{name}.json") == s


def test_second_save_keeps_a_backup(tmp_path):
    path = tmp_path / "a.lausunto.json"
    s = _full()
    save_statement(s, path)
    s.organisation = "Uusi"
    save_statement(s, path)
    assert json.loads((tmp_path / "a.lausunto.json.bak").read_text(encoding="utf-8"))["statement"]["organisation"] \
        == "Mikkelin kaupunki"
    assert load_statement(path).organisation == "Uusi"


def test_programme_file_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"format": "tyollisyysohjelma", "schema_version": 2, "programme": {}}))
    with pytest.raises(FileFormatError) as err:
        load_statement(path)
    assert "lausunto" in err.value.one_line() and str(path) in err.value.one_line()


def test_newer_version_is_refused(tmp_path):
    data = statement_to_dict(_full())
    data["schema_version"] = 99
    path = tmp_path / "n.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match="uudemmalla"):
        load_statement(path)


def test_bad_field_names_its_path(tmp_path):
    data = statement_to_dict(_full())
    data["statement"]["items"][2]["refs"][0]["kind"] = "kärki2"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError) as err:
        load_statement(path)
    assert "statement.items[2].refs[0].kind" in err.value.one_line()
    data["statement"]["items"][0] = {"kind": "poem"}
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match=r"items\[0\]\.kind"):
        load_statement(path)


def test_truncated_file_is_one_clear_error(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(dumps(_full())[:200])
    with pytest.raises(FileFormatError, match="katkennut"):
        load_statement(path)


def test_dates_in_finnish():
    assert format_date_fi("2026-06-30") == "30.6.2026"
    assert format_date_fi("kesäkuu 2026") == "kesäkuu 2026"
    assert parse_date_fi("30.6.2026") == "2026-06-30"
    assert parse_date_fi("31.6.2026") is None
