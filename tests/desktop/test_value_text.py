"""The baseline/target reading in the indicator table follows the UI language."""

import pytest
from PySide6.QtCore import QModelIndex

from desktop.i18n import language_manager
from desktop.programme.models import indicator_table as m
from desktop.programme.value_text import describe_value
from planner.values import parse_value
from tests.desktop.helpers import switch_language


def _locale():
    return language_manager().locale()

SAMPLES = ["1 468 henkilöä (joulukuu 2025)", "vähintään 1 500 henkilöä", "alle 12,5 %", "noin 300",
           "Enintään 3 kk", "31.12.2025: 40 %", "Q4/2025 120 kpl", "Ei seurantaa", "", "18 kk (laki)"]


@pytest.fixture
def language(qapp):
    yield switch_language
    switch_language("fi")


@pytest.mark.parametrize("text", SAMPLES)
def test_finnish_reading_is_the_cores_reading(text, language):
    language("fi")
    assert describe_value(parse_value(text), _locale()) == parse_value(text).describe()


def test_english_and_swedish_readings(language):
    language("en")
    assert describe_value(parse_value("1 468,5 henkilöä (joulukuu 2025)"), _locale()) == "1\u00a0468,5 henkilöä, December 2025"
    assert describe_value(parse_value("vähintään 1 500 henkilöä"), _locale()) == "at least 1\u00a0500 henkilöä"
    assert describe_value(parse_value("Ei seurantaa"), _locale()) == "text, no number"
    assert describe_value(parse_value(""), _locale()) == "no value"
    # Numbers and dates stay Finnish in every UI language, like the text typed beside them.
    assert describe_value(parse_value("31.12.2025: yli 40 %"), _locale()) == "over 40 %, 31.12.2025"
    language("sv")
    assert describe_value(parse_value("noin 1 468,5 henkilöä (joulukuu 2025)"), _locale()) == \
        "cirka 1\u00a0468,5 henkilöä, december 2025"
    assert describe_value(parse_value("Enintään 3 kk"), _locale()) == "högst 3 kk"


def test_indicator_table_shows_the_reading_in_the_ui_language(window, qtbot):
    p = window.doc.programme
    _t, fa, ind = next(iter(p.indicators()))
    ind.target = "vähintään 1 500 henkilöä (joulukuu 2026)"
    window.tree.select_object(fa)
    model = window.focus_area_page.table.model
    cell = model.index(fa.rows.index(ind), m.TARGET_READING, QModelIndex())
    assert model.data(cell) == "vähintään 1\u00a0500 henkilöä, joulukuu 2026"
    try:
        window.apply_settings("en", 1)
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
        assert model.data(cell) == "at least 1\u00a0500 henkilöä, December 2026"
    finally:
        window.apply_settings("fi", 1)
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")
    assert model.data(cell) == "vähintään 1\u00a0500 henkilöä, joulukuu 2026"


def test_core_enum_labels_of_the_follow_up_views_are_translated(language):
    from desktop.labels import layout_label, match_how_label, progress_status_label, role_label
    from planner.followup.actuals.layout import LayoutKind, Role
    from planner.followup.actuals.matching import MatchHow
    from planner.followup.progress import STATUS_LABEL_FI, ProgressStatus

    assert progress_status_label(ProgressStatus.ON_TRACK) == STATUS_LABEL_FI[ProgressStatus.ON_TRACK]
    language("en")
    assert progress_status_label(ProgressStatus.ON_TRACK) == "On track"
    assert role_label(Role.MUNICIPALITY) == "Municipality"
    assert layout_label(LayoutKind.WIDE) == "wide (months as columns)"
    assert match_how_label(MatchHow.FUZZY) == "similar name"
    language("sv")
    assert progress_status_label(ProgressStatus.ACHIEVED) == "Uppnått"


def test_month_names_follow_the_locale_passed_in_not_the_process_default(qapp):
    """Qt's default locale is process-wide; the reading must not depend on it."""
    from PySide6.QtCore import QLocale

    finnish = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    before = QLocale()
    try:
        QLocale.setDefault(swedish)
        assert describe_value(parse_value("100 (joulukuu 2025)"), finnish) == "100, joulukuu 2025"
        QLocale.setDefault(finnish)
        assert describe_value(parse_value("100 (joulukuu 2025)"), swedish) == "100, december 2025"
    finally:
        QLocale.setDefault(before)
