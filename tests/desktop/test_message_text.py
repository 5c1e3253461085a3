"""The GUI words every code of the core (desktop/programme/actuals/message_text.py), in every UI language."""

from __future__ import annotations

import string

from desktop.programme.actuals.message_text import TEXTS as GUI_TEXTS
from desktop.programme.actuals.message_text import message_text
from planner.messages import msg
from planner.wording_fi import TEXTS as FI_TEXTS
from tests.desktop.helpers import switch_language


def placeholders(template: str) -> set[str]:
    return {name for _t, name, _f, _c in string.Formatter().parse(template) if name}


def test_every_code_is_extracted_for_translation():
    """build_translations.py hands every code's Finnish to Qt in the MessageText context."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "translations"))
    import build_translations

    extracted = {src for ctx, src, _f in build_translations.extract() if ctx == "MessageText"}
    assert set(FI_TEXTS.values()) <= extracted, "a wording_fi table is missing from build_translations.message_texts"
    assert GUI_TEXTS is FI_TEXTS  # one Finnish wording for every surface


def test_translations_keep_the_parameters():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "translations"))
    from translations_sv_en import TRANSLATIONS

    for template in GUI_TEXTS.values():
        for text in TRANSLATIONS[template]:
            assert placeholders(text) == placeholders(template), (template, text)


def test_a_note_in_each_language(qapp):
    note = msg("no_actuals_for_year", year=2026)
    assert message_text(note) == "ei toteumatietoja vuodelta 2026"
    try:
        switch_language("en")
        assert message_text(note) == "no actuals for 2026"
        switch_language("sv")
        assert message_text(note) == "inga utfallsuppgifter för år 2026"
    finally:
        switch_language("fi")
