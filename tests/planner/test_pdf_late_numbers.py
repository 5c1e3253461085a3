"""One layout pass: the footer's "sivu N / M" and the TOC's page numbers are filled in after the last page.

The numbers are PDF forms written at the end (planner/reports/pdf_late_numbers.py); these
tests read the finished file as a reader would: every page says its number and the count,
each TOC line's number is the page its heading is on, and a heading the story scan cannot
see still gets its line (the report is laid out again, as reportlab's multiBuild would).
"""

from __future__ import annotations

import re

from pypdf import PdfReader

from tests.planner.pdf_tag_check import check_tagged_pdf


def _report(path, story_fn):
    from planner.reports.extra_parts import body_first
    from planner.reports.pdf_common import ReportDoc

    rep = ReportDoc(str(path), title="Sivunumerot", author="x", subject="y", lang="fi-FI", header_text="Otsake",
                    footer_left="", page_word="sivu")
    body_first(rep)  # every page has the footer
    builds = []
    original = rep.doc.build

    def counting_build(*a, **kw):
        builds.append(1)
        return original(*a, **kw)

    rep.doc.build = counting_build
    rep.build(lambda: story_fn(rep))
    return builds


def _story(rep, hidden=False):
    from reportlab.platypus import PageBreak

    from planner.reports.pdf_common import heading, para

    s = rep.s
    story = [heading("Sisällys", s["h1"], None, "toc"), rep.toc(), PageBreak()]
    for n in range(1, 5):
        h = heading(f"Luku {n}", s["h1"], 0, f"luku-{n}")
        story.append(_Hidden(h) if hidden and n == 3 else h)
        story += [para("Tekstiä. " * 400, s["body"]) for _ in range(n)]
        story.append(PageBreak())
    return story


class _Hidden:
    """A container the story scan does not open: its heading reaches the page only when split."""

    def __new__(cls, inner):
        from reportlab.platypus import Flowable

        class Hidden(Flowable):
            def wrap(self, w, h):
                return w, h + 1  # never fits: the frame splits it

            def split(self, w, h):
                return [inner]

            def draw(self):
                pass

        return Hidden()


def _toc_numbers(reader) -> dict[str, int]:
    text = next(p.extract_text() for p in reader.pages if "Sisällys" in p.extract_text())
    numbers = {}
    for title in ("Luku 1", "Luku 2", "Luku 3", "Luku 4"):
        m = re.search(r"(\d+)\s*\n?\s*" + title + r"\b", text) or re.search(title + r"[ .\n]*?(\d+)", text)
        assert m, (title, text)
        numbers[title] = int(m.group(1))
    return numbers


def _heading_pages(reader) -> dict[str, int]:
    return {o.title: reader.get_destination_page_number(o) + 1 for o in reader.outline if o.title.startswith("Luku")}


def test_footer_and_toc_numbers_in_one_pass(tmp_path):
    out = tmp_path / "a.pdf"
    builds = _report(out, _story)
    assert len(builds) == 1
    reader = PdfReader(str(out))
    n = len(reader.pages)
    assert n > 8
    for i, page in enumerate(reader.pages, start=1):
        assert f"sivu {i} / {n}" in page.extract_text()
    pages = _heading_pages(reader)
    assert _toc_numbers(reader) == pages and len(set(pages.values())) == 4
    assert check_tagged_pdf(str(out)) == []


def test_a_heading_the_scan_misses_is_laid_out_again(tmp_path):
    out = tmp_path / "b.pdf"
    builds = _report(out, lambda rep: _story(rep, hidden=True))
    assert len(builds) == 2
    reader = PdfReader(str(out))
    assert _toc_numbers(reader) == _heading_pages(reader)
    assert check_tagged_pdf(str(out)) == []


def test_a_contents_without_headings_is_empty(tmp_path):
    from reportlab.platypus import PageBreak

    from planner.reports.pdf_common import heading, para

    def story(rep):
        s = rep.s
        return [heading("Sisällys", s["h1"], None, "toc"), rep.toc(), PageBreak(), para("Vain tekstiä.", s["body"])]

    out = tmp_path / "c.pdf"
    assert len(_report(out, story)) == 1
    reader = PdfReader(str(out))
    first = reader.pages[0].extract_text()
    assert "Sisällys" in first and " . " not in first
    assert "sivu 2 / 2" in reader.pages[1].extract_text()
    assert check_tagged_pdf(str(out)) == []
