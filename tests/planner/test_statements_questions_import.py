"""Questions of a consultation request in: typed, pasted, .txt and .docx; nothing lost."""

from __future__ import annotations

import pytest

from planner.statements.questions_import import (
    QuestionsImportError,
    import_questions_file,
    parse_questions_text,
)
from tests.planner.statements_helpers import SEED_MIKKELI, norm


def test_seed_001_as_txt_gives_all_questions_and_answers(tmp_path):
    path = tmp_path / "pyynto.txt"
    path.write_bytes(SEED_MIKKELI.read_bytes())
    result = import_questions_file(path)
    assert result.case_number == "VN/37864/2025"
    assert result.request_title.startswith("Arviomuistio työvoimapalveluiden")
    titles = [i.title for i in result.items]
    assert titles[:5] == [
        "Kehittämisehdotus 1: Uravalmennuksen räätälöinti",
        "Kehittämisehdotus 2: Työhönvalmennuksen menetelmien monipuolistaminen",
        "Kehittämisehdotus 3: Työllistymissuunnitelman rakentaminen palvelukokonaisuudeksi",
        "Kehittämisehdotus 4: Sääntelyn tarkentaminen (kokeilu, valmennus)",
        "Kehittämisehdotus 5: Alueellisten yhteistyösopimusten edistäminen",
    ]
    assert result.items[-1].closing and result.items[-1].question == "Muut näkemykset, kommentit ja ehdotukset:"
    assert result.items[0].answer.count("\n\n") == 1  # two paragraphs kept apart
    # What was not read is given back, not lost.
    assert [u.text for u in result.unread] == ["Mikkelin kaupunki", "Lausunto"]
    assert result.unread[0].where == "rivi 1"
    every = " ".join([*(u.text for u in result.unread), result.case_number, result.request_title,
                      *(f"{i.title} {i.question} {i.answer}" for i in result.items)])
    labels = {"Asia:", "Lausuntopyyntö:"}  # read into case number and request title
    for word in norm(SEED_MIKKELI.read_text(encoding="utf-8")).split(" "):
        assert word in labels or word in every


def test_pasted_numbered_lines():
    result = parse_questions_text(
        "1. Uravalmennuksen räätälöinti\n"
        "Näkemykset uravalmennuksesta:\n"
        "2) Työhönvalmennus\n"
        "3. Onko ehdotus toteuttamiskelpoinen?\n"
        "Mitä muuta haluatte kertoa tässä yhteydessä?\n"
        "Muut näkemykset, kommentit ja ehdotukset:\n"
    )
    assert [(i.number, i.title, i.question) for i in result.items] == [
        ("1", "Uravalmennuksen räätälöinti", "Näkemykset uravalmennuksesta:"),
        ("2", "Työhönvalmennus", ""),
        ("3", "Onko ehdotus toteuttamiskelpoinen?", ""),
        ("", "Mitä muuta haluatte kertoa tässä yhteydessä?", "Muut näkemykset, kommentit ja ehdotukset:"),
    ]
    assert [i.closing for i in result.items] == [False, False, False, True]
    assert result.unread == []


def test_text_before_any_question_is_returned_unread():
    result = parse_questions_text("Johdanto lausuntopyyntöön.\n\n12\n\n1. Kysymys\n\nVastaus tähän")
    assert [u.text for u in result.unread] == ["Johdanto lausuntopyyntöön.", "12"]
    assert result.items[0].answer == "Vastaus tähän"


def test_docx_with_typed_and_automatic_numbers(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Asia: VN/1/2026")
    d.add_paragraph("Tausta: ministeriö pyytää lausuntoa")
    d.add_paragraph("Uravalmennus", style="List Number")
    d.add_paragraph("Näkemykset uravalmennuksesta:")
    d.add_paragraph("Kehittämisehdotus 2: Työhönvalmennus")
    d.add_paragraph("Näkemykset työhönvalmennuksesta:")
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Mitä muuta haluatte kertoa?"
    path = tmp_path / "pyynto.docx"
    d.save(path)
    result = import_questions_file(path)
    assert result.case_number == "VN/1/2026"
    assert [(i.number, i.title, i.question) for i in result.items] == [
        ("1", "Uravalmennus", "Näkemykset uravalmennuksesta:"),
        ("2", "Kehittämisehdotus 2: Työhönvalmennus", "Näkemykset työhönvalmennuksesta:"),
        ("", "Mitä muuta haluatte kertoa?", ""),
    ]
    assert result.items[-1].closing
    assert [u.text for u in result.unread] == ["Tausta: ministeriö pyytää lausuntoa"]


@pytest.mark.parametrize("name, content, message", [
    ("rikki.docx", b"not a zip at all", "Word"),
    ("vanha.doc", b"\xd0\xcf\x11\xe0", ".docx"),
    ("taulu.xlsx", b"PK", "ei tueta"),
])
def test_unreadable_files_give_one_clear_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(QuestionsImportError) as err:
        import_questions_file(path)
    line = err.value.one_line()
    assert message in line and name in line and "\n" not in line


def test_missing_file(tmp_path):
    with pytest.raises(QuestionsImportError, match="ei löydy"):
        import_questions_file(tmp_path / "poissa.txt")


def test_windows_1252_text_is_read(tmp_path):
    path = tmp_path / "pyynto.txt"
    path.write_bytes("1. Työhönvalmennus\r\nNäkemykset:\r\n".encode("cp1252"))
    result = import_questions_file(path)
    assert result.items[0].title == "Työhönvalmennus" and result.items[0].question == "Näkemykset:"
