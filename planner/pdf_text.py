"""Text as the PDF fonts can draw it: right-to-left runs in display order, missing glyphs named.

reportlab draws the characters of a line left to right in the order given and shows
an empty box for a character the embedded font (DejaVu Sans) lacks, without an error.

- Right-to-left text (Hebrew, Arabic names in a list of partners) is stored in logical
  order; python-bidi's ``get_display`` turns each line into the order it is seen,
  as Word and browsers do by themselves.
- A character DejaVu Sans has no glyph for (most emoji: 👍 ✅ 🚀) becomes its Unicode
  name in brackets, "[thumbs up sign]": visible and meaningful instead of a box.
  Emoji joiners and variation selectors that draw nothing are dropped.
"""

from __future__ import annotations

import re
import unicodedata

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Zero-width joiner, variation selectors, skin-tone modifiers: parts of an emoji sequence.
_INVISIBLE = {0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)}
_KEEP = {0x09, 0x0A, 0x200B, 0x00AD, 0x00A0}

_cmap: set[int] | None = None


def _glyphs() -> set[int]:
    """The characters the embedded regular font covers (the bold and oblique cover the same)."""
    global _cmap
    if _cmap is None:
        from reportlab.pdfbase import pdfmetrics

        from planner.fonts import register_report_fonts

        register_report_fonts()
        _cmap = set(pdfmetrics.getFont("DejaVuSans").face.charToGlyph)
    return _cmap


def visual_order(text: str) -> str:
    """Each line with right-to-left runs reordered for display; other text unchanged."""
    if not _RTL.search(text):
        return text
    from bidi import get_display

    return "\n".join(get_display(line) if _RTL.search(line) else line for line in text.split("\n"))


def replace_missing_glyphs(text: str) -> str:
    """Characters the font cannot draw as "[their name]"; joiners and selectors dropped."""
    cmap = _glyphs()
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if cp in cmap or cp in _KEEP or cp < 0x20:
            out.append(ch)
        elif cp in _INVISIBLE:
            continue
        else:
            name = unicodedata.name(ch, "").lower()
            out.append(f"[{name}]" if name else "[?]")
    return "".join(out)


def pdf_display_text(text: str) -> str:
    return replace_missing_glyphs(visual_order(text))
