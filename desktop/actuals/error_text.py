"""Import errors of actuals worded in the UI language.

The core's :class:`planner.actuals.ActualsError` carries a Finnish message and
hint plus where it happened (file, sheet, row, column). The fixed messages and
hints are listed here for translation; the place is worded here. A message
with a number or a system error in it falls back to Finnish.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.i18n import N_
from planner.actuals import ActualsError


def tr(text: str) -> str:
    return QCoreApplication.translate("ActualsErrorText", text)


# Every fixed message and hint that planner/actuals raises (kept in step by a test).
MESSAGES = [
    N_("Avaa se Excelissä ja tallenna uudelleen .xlsx-muodossa."),
    N_("tiedosto on tyhjä (0 tavua)."),
    N_("Tallenna taulukko uudelleen Excelistä."),
    N_("Jaa aineisto pienempiin tiedostoihin."),
    N_("zip-tiedosto ei ole Excel- eikä ODS-työkirja."),
    N_("Jos se on CSV-tiedosto, anna sille pääte .csv."),
    N_("työkirja on suojattu salasanalla, eikä sitä voi lukea."),
    N_("Avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tallenna kopio."),
    N_("Poista salasana Excelissä ja tallenna kopio."),
    N_("Jaa se pienempiin osiin."),
    N_("tiedosto ei ole tekstimuotoinen CSV-tiedosto."),
    N_("Tallenna Excelistä muodossa CSV (puolipisteellä eroteltu)."),
    N_("tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä)."),
    N_("Avaa se Excelissä ja tallenna uudelleen."),
    N_("Suodata tai jaa rivit pienempiin tiedostoihin."),
    N_("tiedostoa ei löydy."),
    N_("polku on kansio, ei tiedosto."),
    N_("tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa)."),
    N_("työkirjassa ei ole näkyviä välilehtiä."),
    N_("otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet)."),
    N_("Lisää otsikkorivi tai käytä mallipohjaa (planner actuals-template)."),
    N_("ajankohta- tai arvosarake puuttuu."),
    N_("mittarisaraketta (nimi tai tunnus) ei löytynyt."),
    N_("työkirja on tyhjä."),
    N_("Tarkista, että valitsit oikean tiedoston."),
    N_("toteumasaraketta ei löytynyt."),
    N_("toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. \u201dToteuma 2026\u201d)."),
    N_("Kirjoita vuosi kuukausien yläpuolelle tai otsikkoon (esim. \u201dtammikuu 2026\u201d)."),
    N_("Tarkista valinta (--select SARAKE=ARVO)."),
]


def describe_actuals_error(exc: ActualsError) -> str:
    """One line: where (file, sheet, row, column) and what is wrong, in the UI language."""
    where = []
    if exc.path:
        where.append(tr("tiedosto %1").replace("%1", Path(exc.path).name))
    if exc.sheet:
        where.append(tr("välilehti \u201d%1\u201d").replace("%1", exc.sheet))
    if exc.row is not None:
        where.append(tr("rivi %1").replace("%1", str(exc.row)))
    if exc.column:
        where.append(tr("sarake %1").replace("%1", exc.column))
    message = tr(exc.message)
    text = f"{', '.join(where)}: {message}" if where else message
    if exc.hint:
        text += " " + tr(exc.hint)
    return text.replace("\n", " ")
