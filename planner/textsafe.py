"""Making user text safe for every export without losing any of it.

User text may hold ``<``, ``&``, ``<img src=...>``, control characters pasted
from Excel (vertical tab, form feed), very long words, or start with ``=``,
``+``, ``-``, ``@``. Exports must show it as plain text: never markup, a link,
an embedded file or a formula, and never drop it.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

# C0/C1 controls (except tab and line breaks) and the XML non-characters U+FFFE/U+FFFF.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: object) -> str:
    """Text with control characters turned into spaces (line breaks kept), NFC-normalised."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CONTROL.sub(" ", s)
    # Lone surrogates cannot be encoded in PDF, DOCX or XLSX.
    s = s.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", s)


def break_long_words(text: str, limit: int = 30) -> str:
    """Insert zero-width break opportunities into words longer than ``limit``
    so a table cell can wrap them instead of overflowing. ``limit`` 0 or less: unchanged."""
    if limit <= 0:
        return text

    def _split(m: re.Match[str]) -> str:
        word = m.group(0)
        return "\u200b".join(word[i : i + limit] for i in range(0, len(word), limit))

    return re.sub(r"\S{" + str(limit + 1) + ",}", _split, text)


def para_markup(text: object, long_word: int = 0) -> str:
    """User text as reportlab Paragraph markup that shows exactly the text.

    Escapes ``& < >`` so nothing becomes a tag (no ``<img>``, no ``<a>``, no
    ``<font>``) and turns line breaks into ``<br/>``. Long words need no help:
    reportlab's ``splitLongWords`` (on by default) splits a word that does not fit
    its line, and the text stays intact for copying and searching. A ``long_word``
    above 0 also inserts zero-width break opportunities every ``long_word`` letters.
    Right-to-left text is put in display order and characters the PDF font lacks
    (emoji) are named (:mod:`planner.pdf_text`).
    """
    from planner.pdf_text import pdf_display_text

    s = break_long_words(pdf_display_text(clean_text(text)), long_word)
    s = escape(s)
    return s.replace("\n", "<br/>")


def excel_text(text: object) -> str:
    """Text for an Excel cell: cleaned, and never taken as a formula.

    The caller should also set the cell's data type to string and, when
    :func:`looks_like_formula`, the cell's ``quotePrefix`` style (the apostrophe
    Excel shows in the formula bar), so the text stays exactly as written and is
    never taken as a formula, also when the sheet is edited and saved again.
    """
    return clean_text(text)


def looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START)


def docx_text(text: object) -> str:
    """Text for python-docx runs: XML-illegal characters removed by cleaning."""
    return clean_text(text)
