"""The embedded report font (DejaVu Sans, shipped in resources/fonts).

It covers Finnish, Swedish and Sámi letters (č đ ŋ š ŧ ž), €, en dashes and
typographic quotes. Registration with reportlab is lazy so that importing the
core stays fast.
"""

from __future__ import annotations

from planner.resources import resource_path

FONT_FAMILY = "DejaVuSans"
FONT_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

_registered = False


def font_file(name: str = "DejaVuSans") -> str:
    return str(resource_path("fonts", FONT_FILES[name]))


def register_report_fonts() -> str:
    """Register the fonts with reportlab once; returns the family name to use."""
    global _registered
    if _registered:
        return FONT_FAMILY
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, font_file(name)))
    addMapping(FONT_FAMILY, 0, 0, "DejaVuSans")
    addMapping(FONT_FAMILY, 1, 0, "DejaVuSans-Bold")
    addMapping(FONT_FAMILY, 0, 1, "DejaVuSans-Oblique")
    addMapping(FONT_FAMILY, 1, 1, "DejaVuSans-BoldOblique")
    _registered = True
    return FONT_FAMILY
