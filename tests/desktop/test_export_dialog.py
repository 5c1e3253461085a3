"""The export dialog: choices, background export with progress, errors, opening the result."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from desktop.programme.export_dialog import ExportDialog  # noqa: E402
from planner.example import load_example  # noqa: E402
from tests.planner.report_fixtures import with_demo_actuals  # noqa: E402


@pytest.fixture
def dialog(qtbot):
    d = ExportDialog(load_example())
    qtbot.addWidget(d)
    return d


def test_followup_disabled_with_reason_without_actuals(dialog):
    assert dialog.programme_button.isChecked()
    assert not dialog.followup_button.isEnabled()
    assert "toteumatietoja" in dialog.report_note.text()
    dialog.set_format("xlsx")
    assert not dialog.programme_button.isEnabled()
    assert "Excel" in dialog.report_note.text()


def test_followup_enabled_with_actuals(qtbot):
    d = ExportDialog(with_demo_actuals(load_example()))
    qtbot.addWidget(d)
    assert d.followup_button.isEnabled()
    assert not d.report_note.isVisible()


def test_extension_follows_format(dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "ohjelma.pdf"))
    dialog.set_format("docx")
    assert dialog.path_edit.text().endswith("ohjelma.docx")
    dialog.set_format("xlsx")
    assert dialog.path_edit.text().endswith("ohjelma.xlsx")
    assert dialog.default_name().startswith("Mittarirekisteri 2026")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_export_runs_in_background_and_offers_to_open(qtbot, tmp_path, fmt):
    d = ExportDialog(with_demo_actuals(load_example()))
    qtbot.addWidget(d)
    asked, opened = [], []
    d.ask_open = lambda path: asked.append(path) or True
    d.open_file = lambda path: opened.append(path) or True
    d.set_format(fmt)
    if fmt != "xlsx":
        d.followup_button.setChecked(True)
    d.path_edit.setText(str(tmp_path / "raportti"))
    assert d.export_button.isEnabled()
    with qtbot.waitSignal(d.exported, timeout=30000) as blocker:
        d.export_button.click()
        assert d.runner.is_running()  # the GUI thread is free while the worker runs
        assert not d.export_button.isEnabled()
    out = tmp_path / f"raportti.{fmt}"
    assert blocker.args == [str(out)]
    assert out.stat().st_size > 1000
    assert asked == [str(out)] and opened == [str(out)]
    assert d.result() == d.DialogCode.Accepted


def test_export_error_shown_in_dialog(qtbot, tmp_path):
    d = ExportDialog(load_example())
    qtbot.addWidget(d)
    d.path_edit.setText(str(tmp_path / "ei-ole" / "x.pdf"))
    d.export_button.click()
    assert d.error_label.isVisibleTo(d)
    assert "ei-ole" in d.error_label.text()


def test_worker_failure_is_reported(qtbot, tmp_path, monkeypatch):
    from planner.reports import export as export_mod

    def boom(*a, **k):
        raise RuntimeError("levy täynnä")

    monkeypatch.setattr(export_mod, "_write", boom)
    d = ExportDialog(load_example())
    qtbot.addWidget(d)
    d.path_edit.setText(str(tmp_path / "x.pdf"))
    d.export_button.click()
    qtbot.waitUntil(lambda: not d.runner.is_running(), timeout=10000)
    assert "levy täynnä" in d.error_label.text()
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_stops_export_and_writes_nothing(qtbot, tmp_path):
    d = ExportDialog(load_example())
    qtbot.addWidget(d)
    d.path_edit.setText(str(tmp_path / "x.pdf"))
    d.export_button.click()
    d.runner.cancel()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: not d.runner.is_running(), timeout=20000)
    assert "peruttiin" in d.error_label.text()
    assert not (tmp_path / "x.pdf").exists()
    assert not list(tmp_path.iterdir())


def test_reason_is_in_the_ui_language(qtbot):
    from tests.desktop.helpers import switch_language

    try:
        switch_language("en")
        d = ExportDialog(load_example())
        qtbot.addWidget(d)
        assert d.report_note.text() == ("The follow-up report is not available: The programme has no actuals. "
                                        "Import actuals from Excel before making the follow-up report.")
    finally:
        switch_language("fi")


def test_an_error_line_makes_room_instead_of_squeezing_the_note_above_it(dialog, qtbot):
    """The "no actuals" note lost its first line when an export error was shown below it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.report_note
    assert note.isVisible() and note.text()
    dialog.show_error("Tiedostoa ei voitu kirjoittaa: kansio on vain luku -tilassa. Valitse toinen kansio.")
    qtbot.wait(50)
    assert dialog.error_label.isVisible()
    assert note.height() >= note.heightForWidth(note.width())
    assert dialog.error_label.height() >= dialog.error_label.heightForWidth(dialog.error_label.width())
