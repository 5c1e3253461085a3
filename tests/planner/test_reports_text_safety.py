"""Text safety in the PDFs: hyphenation in narrow cells, long titles, emoji, right-to-left text."""

from __future__ import annotations

from pypdf import PdfReader

from planner.example import load_example
from planner.pdf_text import pdf_display_text, replace_missing_glyphs, visual_order
from planner.reports.export import export
from planner.reports.hyphenation import finnish_breaks, hyphenator_for
from tests.planner.pdf_tag_check import check_tagged_pdf


def _hyphenated(word: str) -> str:
    out, last = [], 0
    for i in finnish_breaks(word):
        out.append(word[last:i])
        last = i
    return "-".join([*out, word[last:]])


def test_finnish_syllable_breaks():
    assert _hyphenated("kokonaistyytyväisyyden") == "ko-ko-nais-tyy-ty-väi-syy-den"
    assert _hyphenated("strategia") == "stra-te-gia"  # no single letter left on a line
    assert _hyphenated("työnhakija") == "työn-ha-ki-ja"
    assert _hyphenated("kuntouttavan") == "kun-tout-ta-van"
    assert finnish_breaks("HTV") == [] and finnish_breaks("1468") == []


def test_a_narrow_cell_breaks_a_long_word_with_a_hyphen_at_a_syllable():
    from reportlab.platypus import Paragraph

    from planner.reports.pdf_common import styles

    s = styles("fi-FI")
    p = Paragraph("Asiakkaiden kokonaistyytyväisyyden kasvu", s["cell_small"])
    p.wrap(62, 1000)
    lines = [" ".join(line[1] if isinstance(line, tuple) else line.words) for line in p.blPara.lines]
    assert lines == ["Asiakkaiden", "kokonaistyy-", "tyväisyyden", "kasvu"]
    # A word with no hyphenation point is still split rather than overflowing the cell.
    p = Paragraph("X" * 60, s["cell_small"])
    p.wrap(62, 1000)
    assert len(p.blPara.lines) > 1
    assert hyphenator_for("sv-FI") == "sv" and hyphenator_for("en-GB") == "en_GB"


def test_emoji_the_font_lacks_are_named_and_rtl_is_put_in_display_order():
    assert replace_missing_glyphs("Hyvä 👍🏽 työ ✅") == "Hyvä [thumbs up sign] työ [white heavy check mark]"
    assert replace_missing_glyphs("★ ✔ ▲ € č ŋ") == "★ ✔ ▲ € č ŋ"  # what DejaVu has stays
    assert visual_order("Kunta שלום") == "Kunta םולש"
    assert visual_order("Joutsa, Jämsä") == "Joutsa, Jämsä"
    assert pdf_display_text("a\nשלום") == "a\nםולש"


def test_a_500_character_title_keeps_the_cover_on_one_page_and_the_header_on_one_line(tmp_path):
    p = load_example()
    p.title = ("Eteläisen Keski-Suomen työllisyysalueen työllisyysohjelma vuosille 2026–2027: " * 8)[:500]
    p.municipalities = [*p.municipalities, "Utsjoki 👍", "עיריית תל אביב"]
    out = tmp_path / "long.pdf"
    export(p, "pdf", "programme", out)
    reader = PdfReader(str(out))
    cover = reader.pages[0].extract_text()
    second = reader.pages[1].extract_text()
    assert "Välitämme. Työniloa!" in cover and "LUONNOS" in cover  # the whole cover on page 1
    assert "Sisällys" in second
    header = second.splitlines()[0]
    assert header.endswith("…") and len(header) < 200
    assert "[thumbs up sign]" in cover
    assert check_tagged_pdf(str(out)) == []
