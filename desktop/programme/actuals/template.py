"""Seuranta > Luo toteumapohja: the workbook to fill in, written by the core's template function.

The same function as ``planner actuals-template`` (:func:`planner.followup.actuals.template.write_template`):
one row per indicator, one column per month of the programme year.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.error_text import os_error_text
from planner.model import Programme


def tr(text: str) -> str:
    return QCoreApplication.translate("ActualsTemplate", text)


def default_template_name(programme: Programme) -> str:
    year = programme.year or ""
    return tr("toteumapohja") + (f"_{year}" if year else "") + ".xlsx"


def save_actuals_template(programme: Programme, parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask where to save, write the template and say where it is. Returns the path, or None."""
    start = str(Path(folder or Path.home()) / default_template_name(programme))
    name, _f = QFileDialog.getSaveFileName(parent, tr("Luo toteumapohja"), start, tr("Excel-työkirja (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    from planner.followup.actuals.template import write_template

    try:
        write_template(programme, path)
    except OSError as exc:
        QMessageBox.critical(parent, tr("Toteumapohjaa ei voitu luoda"),
                             tr("Tiedostoa {0} ei voitu kirjoittaa: {1}\n\nValitse toinen kansio.")
                             .format(str(path), os_error_text(exc)))
        return None
    count = sum(1 for _ in programme.indicators())
    QMessageBox.information(parent, tr("Toteumapohja luotu"),
                            tr("Toteumapohja tallennettiin tiedostoon {0} ({1}, 12 kuukautta). Täytä "
                               "kuukausien arvot ja tuo työkirja kohdasta Seuranta \u203a Tuo toteumat.")
                            .format(str(path), QCoreApplication.translate("ActualsTemplate", "%n mittaria", None,
                                                                          count)))
    return path
