"""Hostile workbooks in the desktop app: read in a child process, so an abort there is a message, not a dead app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.programme.actuals.wizard import ImportWizard
from desktop.programme.actuals.worker import ImportRunner
from planner.followup.actuals import isolated_read
from tests.desktop.helpers import switch_language
from tests.planner import hostile_files as hf
from tests.planner.test_actuals_compare import small_programme

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _run(qtbot, path: Path) -> tuple[list, list]:
    runner = ImportRunner()
    done, failed = [], []
    runner.finished.connect(done.append)
    runner.failed.connect(failed.append)
    runner.start(small_programme(), str(path))
    qtbot.waitUntil(lambda: bool(done or failed), timeout=60_000)
    runner.wait()
    return done, failed


@pytest.mark.skipif(sys.platform == "win32", reason="the child's memory limit (RLIMIT_AS) is POSIX only")
def test_reader_abort_in_the_child_becomes_a_message_and_the_app_lives(qtbot, tmp_path, monkeypatch):
    """1 000 000 repeated rows with a value pass the range check (2 M cells) but exceed the child's limit."""
    body = (f"<table:table-row>{hf.ods_cell_text('Mittari')}{hf.ods_cell_text('Toteuma 2026')}</table:table-row>"
            '<table:table-row table:number-rows-repeated="1000000">'
            f"{hf.ods_cell_text('Palkkatukijaksot')}{hf.ods_cell_number(1)}</table:table-row>")
    path = hf.ods(tmp_path / "tiivis.ods", body)
    monkeypatch.setattr(isolated_read, "MEMORY_LIMIT_BYTES", 150 * 1024 * 1024)
    done, failed = _run(qtbot, path)
    assert not done
    assert failed == ["tiedosto tiivis.ods: tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija "
                      "kaatui. Tiedosto voi olla vioittunut tai liian suuri; avaa se Excelissä ja tallenna "
                      "uudelleen."]
    # the app process is still here and reads a good file next
    done, failed = _run(qtbot, hf.xlsx(tmp_path / "hyva.xlsx", hf.actuals_rows()))
    assert failed == [] and len(done[0].records) == 3


def test_far_cell_refusal_comes_back_from_the_child_in_the_ui_language(qtbot, tmp_path):
    rows = f'<row r="1">{hf.inline("A1", "Mittari")}</row><row r="1048576">{hf.num("XFD1048576", 1)}</row>'
    path = hf.xlsx(tmp_path / "kauka.xlsx", rows)
    done, failed = _run(qtbot, path)
    assert failed and "XFD1048576" in failed[0] and "välilehti \u201dData\u201d" in failed[0]
    switch_language("en")
    try:
        done, failed = _run(qtbot, path)
    finally:
        switch_language("fi")
    assert failed[0].startswith("file kauka.xlsx, sheet \u201cData\u201d: the sheet's used range reaches cell "
                                "XFD1048576")


def test_wizard_hint_names_the_menu_item_not_a_cli_command(qtbot, tmp_path):
    rows = f'<row r="1">{hf.inline("A1", "Vain tekstiä")}</row><row r="2">{hf.inline("A2", "ei otsikoita")}</row>'
    path = hf.xlsx(tmp_path / "ei_otsikkoa.xlsx", rows)
    wiz = ImportWizard(small_programme())
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.set_path(str(path))
    wiz.next()
    label = wiz.preview_page.error_label
    qtbot.waitUntil(lambda: "otsikkoriviä" in label.text(), timeout=60_000)
    assert "Seuranta > Tuo toteumat Excelistä\u2026" in label.text()
    assert "planner" not in label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(SHOTS / "wizard_no_header_hint.png"))


def test_wizard_names_formula_cells_without_values(qtbot, tmp_path):
    rows = (f'<row r="1">{hf.inline("A1", "Mittari")}{hf.inline("B1", "Kuukausi")}{hf.inline("C1", "Arvo")}</row>'
            f'<row r="2">{hf.inline("A2", "Palkkatukijaksot")}{hf.inline("B2", "1/2026")}<c r="C2"><f>1+2</f></c></row>')
    wiz = ImportWizard(small_programme())
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.set_path(str(hf.xlsx(tmp_path / "kaavat.xlsx", rows)))
    wiz.next()
    label = wiz.preview_page.error_label
    qtbot.waitUntil(lambda: "kaavasolulla" in label.text(), timeout=60_000)
    assert "(C2)" in label.text() and "LibreOfficessa" in label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wiz.grab().save(str(SHOTS / "wizard_uncached_formulas.png"))
