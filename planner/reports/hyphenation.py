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
