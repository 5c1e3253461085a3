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


# -- untrusted request files (issue 12) ----------------------------------------------------


def _numbered_chain_docx(path, depth: int, numbered_root: bool = True, cycle: bool = False):
    """Paragraphs styled with the end of a ``depth`` long "based on" chain whose root has numbering."""
    from tests.planner.hostile_word_files import W, _para, write_docx

    num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>' if numbered_root else ""
    styles = [f'<w:style w:type="paragraph" w:styleId="S0"><w:name w:val="S0"/>{num}'
              + (f'<w:basedOn w:val="S{depth - 1}"/>' if cycle else "") + "</w:style>"]
    styles += [f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="S{i}"/><w:basedOn w:val="S{i - 1}"/>'
               "</w:style>" for i in range(1, depth)]
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{"".join(styles)}</w:styles>'
    paras = [_para("Uravalmennus", f"S{depth - 1}"), _para("Näkemykset:"),
             _para("Työhönvalmennus", f"S{depth - 1}"), _para("Näkemykset:")]
    return write_docx(path, paras, xml)


def test_style_numbering_through_a_based_on_chain(tmp_path):
    result = import_questions_file(_numbered_chain_docx(tmp_path / "a.docx", depth=10))
    assert [(i.number, i.title) for i in result.items] == [("1", "Uravalmennus"), ("2", "Työhönvalmennus")]


def test_too_deep_or_looping_style_chain_counts_as_no_numbering(tmp_path):
    from planner.statements.questions_import import MAX_STYLE_DEPTH

    deep = import_questions_file(_numbered_chain_docx(tmp_path / "d.docx", depth=MAX_STYLE_DEPTH + 5))
    assert [i.number for i in deep.items] == []
    loop = import_questions_file(_numbered_chain_docx(tmp_path / "l.docx", depth=5, numbered_root=False,
                                                      cycle=True))
    assert loop.items == [] and len(loop.unread) == 4


def test_long_style_chain_on_every_paragraph_is_read_in_linear_time(tmp_path, monkeypatch):
    """3,000 styles in one chain, 3,000 paragraphs using its end (was over 300 s): each style is
    visited once in the whole document, not once per paragraph and step."""
    import docx

    from planner.statements import questions_import as qi
    from tests.planner.hostile_word_files import style_chain_docx

    path = style_chain_docx(tmp_path / "ketju.docx", chain=3000, paragraphs=3000)
    monkeypatch.setattr(qi, "MAX_STYLE_DEPTH", 10_000)  # follow the whole chain
    visited: list[str] = []

    class CountingStyles(dict):
        def get(self, key, default=None):
            visited.append(key)
            return super().get(key, default)

    real_init = qi._StyleNumbering.__init__

    def init(self, document):
        real_init(self, document)
        self._styles = CountingStyles(self._styles)

    monkeypatch.setattr(qi._StyleNumbering, "__init__", init)
    result = import_questions_file(path)
    assert len(result.unread) == 3000 and result.items == []
    assert len(visited) == 3000 and len(set(visited)) == 3000
    assert len(docx.Document(str(path)).paragraphs) == 3000


def test_zip_bomb_request_is_refused_before_unpacking(tmp_path):
    from tests.planner.hostile_word_files import zip_bomb_docx

    path = zip_bomb_docx(tmp_path / "pyynto.docx", expanded_mb=150)
    with pytest.raises(QuestionsImportError) as err:
        import_questions_file(path)
    assert "purkautuu liian suureksi" in err.value.one_line() and "pyynto.docx" in err.value.one_line()


def test_many_members_request_is_refused(tmp_path):
    from tests.planner.hostile_word_files import many_members_docx

    with pytest.raises(QuestionsImportError) as err:
        import_questions_file(many_members_docx(tmp_path / "osat.docx", members=2100))
    assert "liikaa osia" in err.value.message


def test_big_txt_and_too_many_questions_are_refused(tmp_path):
    from planner.statements.questions_import import MAX_QUESTIONS

    big = tmp_path / "iso.txt"
    big.write_text("".join(f"{i}. Kysymys {i}?\n" for i in range(1, 200_000)), encoding="utf-8")
    with pytest.raises(QuestionsImportError) as err:
        import_questions_file(big)
    assert "liian suuri" in err.value.message and "2 Mt" in err.value.message
    many = tmp_path / "monta.txt"
    many.write_text("".join(f"{i}. Kysymys {i}\nNäkemykset:\n\n" for i in range(1, MAX_QUESTIONS + 20)),
                    encoding="utf-8")
    with pytest.raises(QuestionsImportError) as err:
        import_questions_file(many)
    assert f"yli {MAX_QUESTIONS} kysymystä" in err.value.message and "monta.txt" in err.value.one_line()


def test_damaged_docx_names_the_reason(tmp_path):
    from tests.planner.hostile_word_files import write_docx

    path = write_docx(tmp_path / "rikki.docx", [], body_xml="<w:p><w:r><w:t>auki")
    with pytest.raises(QuestionsImportError) as err:
        import_questions_file(path)
    assert "vioittunut (" in err.value.message and not err.value.message.endswith(": ")


def test_import_can_be_cancelled(tmp_path):
    from planner.statements.questions_import import QuestionsImportCancelled

    path = tmp_path / "p.txt"
    path.write_text("".join(f"{i}. Kysymys\nNäkemykset:\n\n" for i in range(1, 300)), encoding="utf-8")
    with pytest.raises(QuestionsImportCancelled):
        import_questions_file(path, cancelled=lambda: True)
