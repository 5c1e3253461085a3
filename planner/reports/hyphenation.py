"""Hyphenation for the PDF reports: Finnish by rule, Swedish and English with pyphen.

pyphen ships no Finnish dictionary, but Finnish hyphenation follows the syllable
rules (Kielitoimiston ohjepankki, "Tavutus"):

1. a consonant followed by a vowel starts a syllable: ko-ko-nais-tyy-ty-väi-syy-den;
2. two adjacent vowels that are neither a long vowel nor a diphthong are split:
   ra-di-o, stra-te-gi-a;
3. consonants at the start of a word stay with it (stra-te-gi-a), and no break
   leaves fewer than two letters on either side.

Compound boundaries are not known, but they almost always coincide with a syllable
boundary, so the breaks are correct, if not always the nicest. reportlab calls a
hyphenator with a word and takes the first (left, right) pair that fits; the pairs
come longest left part first, like ``pyphen.Pyphen.iterate``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

VOWELS = set("aeiouyäöå")
# Long vowels and diphthongs: not split. (ie, uo, yö are diphthongs in first syllables;
# keeping them together elsewhere too only loses a rare break, never makes a wrong one.)
KEEP_TOGETHER = {
    "aa", "ee", "ii", "oo", "uu", "yy", "ää", "öö",
    "ai", "ei", "oi", "ui", "yi", "äi", "öi",
    "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy",
    "ie", "uo", "yö",
}


def finnish_breaks(word: str) -> list[int]:
    """Indexes where ``word`` may be hyphenated (a break before ``word[i]``)."""
    low = word.lower()
    n = len(low)
    if n < 4 or not all(ch.isalpha() for ch in low):
        return []
    breaks: list[int] = []
    seen_vowel = False
    for i, ch in enumerate(low):
        if i > 0 and seen_vowel:
            prev = low[i - 1]
            if ch in VOWELS and prev not in VOWELS and i >= 1:
                # Rule 1: break before the consonant preceding this vowel (if a vowel came before it).
                j = i - 1
                if j >= 2 and any(c in VOWELS for c in low[:j]):
                    breaks.append(j)
            elif ch in VOWELS and prev in VOWELS and prev + ch not in KEEP_TOGETHER:
                # Rule 2: a vowel pair that is not a diphthong; not right after another kept pair.
                if not (i >= 2 and low[i - 2] in VOWELS):
                    breaks.append(i)
        if ch in VOWELS:
            seen_vowel = True
    return sorted({b for b in breaks if 2 <= b <= n - 2})


def finnish_pairs(word: str) -> Iterator[tuple[str, str]]:
    """(left, right) pairs, longest left part first (the order reportlab tries them).

    reportlab adds the hyphen itself. (A soft hyphen U+00AD would be the textbook way to
    mark it as inserted, but DejaVu Sans draws U+00AD as nothing, so the break would be
    invisible on paper.)
    """
    for i in reversed(finnish_breaks(word)):
        yield word[:i], word[i:]


def hyphenator_for(lang: str) -> str | Callable[[str], Iterator[tuple[str, str]]]:
    """What to put in a ParagraphStyle's ``hyphenationLang`` for a language tag ("fi-FI", "sv-FI")."""
    code = (lang or "fi").lower()[:2]
    if code == "fi":
        return finnish_pairs
    try:
        import pyphen
    except ImportError:  # without pyphen: no hyphenation, words are split only when they cannot fit
        return ""
    wanted = {"sv": "sv", "en": "en_GB"}.get(code, "")
    if wanted not in pyphen.LANGUAGES:
        return ""
    return wanted


_installed = False


def install_long_word_hyphenation() -> None:
    """Hyphenate a paragraph only when one of its words does not fit its width.

    A style that carries ``hyphenated_variant`` (a copy of itself with a hyphenator,
    see :func:`hyphenating`) is laid out plainly first; only if reportlab then had to
    split a word anywhere (its ``_splitLongWordCount``: "kokonaistyytyväisyyde|n" in a
    narrow cell) is the paragraph laid out again with hyphenation, so such a word
    breaks at a syllable with a hyphen. Text that fits stays unhyphenated, whole for
    copying and searching. Installed once on reportlab's Paragraph; paragraphs of
    other styles are untouched.
    """
    global _installed
    if _installed:
        return
    from reportlab.platypus.paragraph import Paragraph

    plain_break_lines = Paragraph.breakLines

    def breakLines(self: Any, width: Any) -> Any:  # noqa: N802 - reportlab's name
        result = plain_break_lines(self, width)
        variant = getattr(self.style, "hyphenated_variant", None)
        if variant is None or not getattr(self, "_splitLongWordCount", 0):
            return result
        plain_style = self.style
        self.style = variant
        try:
            return plain_break_lines(self, width)
        finally:
            self.style = plain_style

    Paragraph.breakLines = breakLines
    _installed = True


def hyphenating(style: Any, lang: str) -> Any:
    """``style`` given a hyphenated variant used for words too long for the line (see above)."""
    from reportlab.lib.styles import ParagraphStyle

    install_long_word_hyphenation()
    hyphenator = hyphenator_for(lang)
    if hyphenator:
        style.hyphenated_variant = ParagraphStyle(style.name + "_hy", style, hyphenationLang=hyphenator,
                                                  embeddedHyphenation=2, hyphenationMinWordLength=5)
    return style
