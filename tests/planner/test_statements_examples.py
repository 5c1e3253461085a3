"""The built-in example statements are seeds 000 and 001 word for word, in every export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.example import load_example
from planner.resources import example_programme_path, resolve_programme_reference
from planner.statements.examples import example_path, load_statement_example
from planner.statements.export_docx import export_docx
from planner.statements.export_pdf import export_pdf
from planner.statements.export_txt import export_txt
from planner.statements.fileformat import save_statement
from planner.statements.model import Answer, Comment, ProposedIndicator, RefKind, Section
from tests.planner.statements_helpers import (
    SEED_MANTSALA,
    SEED_MIKKELI,
    docx_text,
    norm,
    pdf_text,
    seed_sentences,
)

# Seed lines that are the letter header or page furniture, checked on their own below:
# the page number of seed 000, the organisation and document type of seed 001.
SEED_SKIP = {"mantsala": ("1",), "mikkeli": ("Mikkelin kaupunki", "Lausunto")}


def _exports(statement, tmp_path):
    pdf, docx_, txt = tmp_path / "s.pdf", tmp_path / "s.docx", tmp_path / "s.txt"
    export_pdf(statement, pdf)
    export_docx(statement, docx_)
    export_txt(statement, txt)
    return {
        "pdf": norm(pdf_text(pdf)),
        "docx": norm(docx_text(docx_)),
        "txt": norm(txt.read_text(encoding="utf-8")),
    }


def _found(sentence: str, text: str) -> bool:
    """The sentence is in the text, or it is a heading line followed by a sentence and both are there.

    The seeds' headings have no full stop, so a heading and the next sentence come out as one
    piece; an export may put a quoted programme part or a separator between them.
    """
    if sentence in text:
        return True
    words = sentence.split(" ")
    for i in range(1, len(words)):
        head, rest = " ".join(words[:i]), " ".join(words[i:])
        if head in text and rest in text and rest[0].isupper():
            return True
    return False


@pytest.mark.parametrize("name, seed", [("mantsala", SEED_MANTSALA), ("mikkeli", SEED_MIKKELI)])
def test_every_sentence_of_the_seed_is_in_every_export(name, seed, tmp_path):
    exports = _exports(load_statement_example(name), tmp_path)
    sentences = seed_sentences(seed, SEED_SKIP[name])
    assert len(sentences) > 15
    for fmt, text in exports.items():
        missing = [s for s in sentences if not _found(s, text)]
        assert not missing, f"{name} {fmt}: missing {missing[:3]}"
        assert "LAUSUNTO" in text
        for line in SEED_SKIP[name][1:] if name == "mikkeli" else ():
            assert line.upper() in text.upper()


def test_mikkeli_has_every_question_and_answer_of_the_seed(tmp_path):
    s = load_statement_example("mikkeli")
    answers = s.answers()
    assert [a.number for a in answers] == ["1", "2", "3", "4", "5", ""]
    assert answers[0].title == "Kehittämisehdotus 1: Uravalmennuksen räätälöinti"
    assert answers[0].question == "Näkemykset uravalmennuksen räätälöintiä koskevista ehdotuksista:"
    assert answers[2].title == "Kehittämisehdotus 3: Työllistymissuunnitelman rakentaminen palvelukokonaisuudeksi"
    assert answers[-1].closing
    assert answers[-1].title == "Mitä muuta haluatte kertoa tässä yhteydessä?"
    assert answers[-1].question == "Muut näkemykset, kommentit ja ehdotukset:"
    assert s.case_number == "VN/37864/2025"
    assert s.organisation == "Mikkelin kaupunki"
    seed = norm(SEED_MIKKELI.read_text(encoding="utf-8"))
    for a in answers:
        assert a.answer and norm(a.answer) in seed
    exports = _exports(s, tmp_path)
    for text in exports.values():
        assert "Asia: VN/37864/2025" in text
        for a in answers:
            assert norm(a.title) in text and norm(a.question) in text and norm(a.answer) in text


def test_text_export_has_one_block_per_question_in_order(tmp_path):
    s = load_statement_example("mikkeli")
    export_txt(s, tmp_path / "m.txt")
    raw = (tmp_path / "m.txt").read_bytes().decode("utf-8")
    blocks = raw.split("-" * 60)[1:]
    assert len(blocks) == 6
    for block, a in zip(blocks, s.answers(), strict=True):
        body = norm(block)
        assert body.startswith(norm(a.title) + " " + norm(a.question))
        assert body.endswith(norm(a.answer))


def test_mantsala_names_the_parts_it_comments_on_and_quotes_no_other_programme():
    """Seed 000 comments on another area's programme: nothing of the built-in example is quoted."""
    s = load_statement_example("mantsala")
    assert s.appendix_label == "Liite 2."
    assert s.opening == "Mäntsälän kunta toteaa lausuntonaan seuraavaa:"
    kinds = [type(i) for i in s.items]
    assert kinds.count(ProposedIndicator) == 2 and Comment in kinds and Section in kinds
    comments = [i for i in s.items if isinstance(i, Comment)]
    assert comments[0].heading == "Strategiset tavoitemittarit"
    refs = [r for c in comments for r in c.refs]
    refs += [p.related for p in s.items if isinstance(p, ProposedIndicator) and p.related is not None]
    assert {r.kind for r in refs} == {RefKind.SPEARHEAD, RefKind.INDICATOR, RefKind.INDICATOR_SET}
    seed = norm(SEED_MANTSALA.read_text(encoding="utf-8")).lower()
    for ref in refs:
        assert ref.quote == ""  # no programme text is put in Mäntsälä's mouth
        assert norm(ref.label).lower().split(" /")[0] in seed, ref.label  # named as the statement names it
    assert "Eteläisen Keski-Suomen" not in s.source.title
    proposals = [i for i in s.items if isinstance(i, ProposedIndicator)]
    assert [p.name.lower() for p in proposals] == [
        "työnhakijoiden tilanne kolme kuukautta työllistymistä edistävän palvelun jälkeen",
        "työnhakijaehdokkaiden haku ja esittely",
    ]
    # It is linked to no programme file: the built-in example is not what Mäntsälä commented on.
    assert s.source.programme_path == ""


def test_a_builtin_programme_reference_resolves_wherever_the_app_is():
    """A statement on a shipped programme names it, not a path of this machine."""
    assert resolve_programme_reference("builtin:tyollisyysohjelma-2026") == example_programme_path()
    assert resolve_programme_reference("builtin:lahti-kuntakokeilu").is_file()


@pytest.mark.parametrize("name", ["mantsala", "mikkeli"])
def test_example_statements_store_no_machine_path(tmp_path, name):
    """Saved anywhere, an example statement still finds its programme on another machine."""
    out = tmp_path / f"{name}.lausunto.json"
    save_statement(load_statement_example(name), out)
    text = out.read_text(encoding="utf-8")
    for shipped in (example_path(name), out):
        for forbidden in (str(Path(__file__).resolve().parents[2]), str(tmp_path), "C:\\"):
            assert forbidden not in shipped.read_text(encoding="utf-8"), (shipped, forbidden)
    assert json.loads(text)["statement"]["source"]["programme_path"] in ("", "builtin:tyollisyysohjelma-2026")


@pytest.mark.parametrize("ref", ["builtin:../../etc/passwd", "builtin:", "builtin:Foo Bar"])
def test_builtin_reference_stays_inside_the_examples(ref):
    assert resolve_programme_reference(ref) is None


def test_mantsala_exports_quote_nothing_of_the_example_programme(tmp_path):
    programme = load_example()
    exports = _exports(load_statement_example("mantsala"), tmp_path)
    example_texts = [ind.name for _t, _fa, ind in programme.indicators()] + ["37 mittaria"]
    for text in exports.values():
        assert "Ehdotettu mittari: Työnhakijaehdokkaiden haku ja esittely" in text
        assert "Ohjelman kohta – Kärki: Palveluiden järjestäminen työelämän ja yritysten tarpeista lähtien" in text
        assert "LAUSUNTO" in text and "Liite 2." in text
        assert "»" not in text and "«" not in text
        for quoted in example_texts:
            assert quoted not in text, quoted


def test_unknown_example_is_refused():
    with pytest.raises(KeyError):
        load_statement_example("helsinki")


def test_answer_heading_adds_the_number_only_when_missing():
    assert Answer(number="2", title="Uravalmennus").heading == "2. Uravalmennus"
    assert Answer(number="1", title="Kehittämisehdotus 1: X").heading == "Kehittämisehdotus 1: X"
    assert Answer(number="1", title="Kehittämisehdotus 11: X").heading == "1. Kehittämisehdotus 11: X"
