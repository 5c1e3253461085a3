"""Plurals go through Qt's %n numerus forms in every language: "1 virhe", "2 virhettä", "1 warning"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.desktop.helpers import switch_language

HERE = Path(__file__).resolve().parents[2] / "resources" / "translations"
sys.path.insert(0, str(HERE))

import build_translations  # noqa: E402

EXPECTED = {
    "fi": ("1 virhe", "2 virhettä", "1 varoitus", "5 varoitusta"),
    "sv": ("1 fel", "2 fel", "1 varning", "5 varningar"),
    "en": ("1 error", "2 errors", "1 warning", "5 warnings"),
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_counts_take_the_right_form(qapp, language):
    def t(text: str, n: int) -> str:
        return QCoreApplication.translate("ChecksPanel", text, None, n)

    try:
        switch_language(language)
        got = (t("%n virhettä", 1), t("%n virhettä", 2), t("%n varoitusta", 1), t("%n varoitusta", 5))
        assert got == EXPECTED[language]
    finally:
        switch_language("fi")


def test_checks_summary_says_one_error_not_one_errors(window, qtbot):
    from planner.checks import Finding, Location, Severity

    switch_language("fi")
    panel = window.checks
    panel.model.set_findings([Finding(Severity.ERROR, "x", "Virhe", Location())], window.doc.programme)
    panel._update_summary()
    assert panel.summary.text().startswith("1 virhe, 0 varoitusta, 0 huomiota.")
    try:
        switch_language("en")
        qtbot.waitUntil(lambda: panel.summary.text().startswith("1 error, 0 warnings"))
    finally:
        switch_language("fi")


def test_every_plural_has_forms_in_every_language():
    numerus = build_translations.load_numerus()
    plurals = build_translations.extract_numerus()
    assert plurals, "no %n strings found: the extraction is broken"
    for _ctx, src, _file in plurals:
        assert src in numerus, src
        for forms in numerus[src]:
            assert len(forms) == 2 and all("%n" in f for f in forms), (src, forms)
    for lang in ("fi", "sv", "en"):
        ts = (HERE / f"planner_{lang}.ts").read_text(encoding="utf-8")
        assert ts.count('numerus="yes"') >= len({s for _c, s, _f in plurals}), lang


def test_cancel_reads_peruuta_in_qt_dialogs_too(qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    switch_language("fi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peruuta"
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Peruuta"
    try:
        switch_language("sv")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    finally:
        switch_language("fi")


def test_import_line_counts_values_in_the_ui_language(qapp):
    from desktop.programme.actuals.import_text import import_line
    from planner.model import ActualsImport, ActualValue

    imp = ActualsImport(source_file="C:/data/toteumat.xlsx", sheet="Taul1", imported_at="2026-07-12T14:05:00",
                        values=[ActualValue("M1", "2026-06", 3)])
    switch_language("fi")
    assert import_line(imp) == "toteumat.xlsx / Taul1, 12.7.2026 klo 14.05, 1 arvo, 2026-06"
    try:
        switch_language("en")
        assert import_line(imp) == "toteumat.xlsx / Taul1, 12.7.2026 at 14.05, 1 value, 2026-06"
    finally:
        switch_language("fi")
