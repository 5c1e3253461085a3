"""Import errors of actuals worded in the UI language.

The core's :class:`planner.followup.actuals.ActualsError` carries a Finnish message and
hint plus where it happened (file, sheet, row, column). The fixed messages and
hints are listed here for translation; the place is worded here. A message
with numbers or cells in it carries ``code`` + ``params`` and is worded here
from them; one without a code falls back to Finnish. A hint that names a
command-line command is replaced by one that names the menu item
(Seuranta > Tuo toteumat Excelistä…): the GUI user has no command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.i18n import N_
from desktop.programme.actuals.message_text import TEXTS as MESSAGE_TEXTS
from desktop.programme.actuals.message_text import message_text
from planner.followup.actuals import ActualsError


def tr(text: str) -> str:
    return QCoreApplication.translate("ActualsErrorText", text)


# Every fixed message and hint that planner/followup/actuals raises (kept in step by a test).
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
    N_("luku on liian suuri tai ei ole luku (ääretön tai NaN)."),
    N_("Korjaa solun arvo ja tuo tiedosto uudelleen."),
    N_("toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. \u201dToteuma 2026\u201d)."),
    N_("Kirjoita vuosi kuukausien yläpuolelle tai otsikkoon (esim. \u201dtammikuu 2026\u201d)."),
    N_("Tarkista valinta (--select SARAKE=ARVO)."),
    # reading hostile and odd files (planner/followup/actuals/readers.py, isolated_read.py)
    N_("työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa."),
    N_("tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä)."),
    N_("Avaa se LibreOfficessa ja tallenna kopio ilman salasanaa (Tiedosto > Tallenna nimellä)."),
    N_("muisti loppui taulukkoa luettaessa: taulukko on liian suuri."),
    N_("Poista ylimääräiset solut alueen lopusta tai jaa aineisto pienempiin tiedostoihin."),
    N_("taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut)."),
    N_("Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen .xlsx-muodossa."),
    N_("Kopioi tiedosto omalle koneelle ja yritä uudelleen."),
    N_("Poista ylimääräiset solut alueen lopusta tai kopioi tarvittavat rivit uuteen työkirjaan ja tallenna se."),
    N_("Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se, niin kaavojen arvot lasketaan ja tallentuvat."),
    N_("tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui."),
    N_("Tiedosto voi olla vioittunut tai liian suuri; avaa se Excelissä ja tallenna uudelleen."),
    N_("tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat)."),
    # CSV read in chunks (planner/followup/actuals/csv_reader.py)
    N_("Suodata tiedosto (esim. vain ohjelman kunnat tai vuodet) tai jaa se pienempiin osiin."),
    N_("Sulje muita ohjelmia ja yritä uudelleen."),
    # files of the economics dialog (planner/followup/economics_import.py)
    N_("Lisää otsikkorivi ensimmäisten 30 rivin joukkoon."),
    N_("Kirjoita luku, esim. 1234 tai 12,5."),
    N_("Kirjoita esim. 6/2026, 2026-06, kesäkuu 2026 tai 2026."),
    N_("Täytä vähintään Kausi, Porras ja Päivät tai Euroa."),
    N_("Kirjoita mittarin tunnus (esim. M34) tai nimi."),
]

#: Hints of the core that name a command-line command, and what the GUI says instead.
_NAMES_CLI_TEMPLATE = "Lisää otsikkorivi tai käytä mallipohjaa (planner actuals-template)."


def _gui_hint(exc: ActualsError) -> str:
    """The hint in the UI language, never naming a command-line command but the menu item."""
    if exc.hint_message is not None:
        return message_text(exc.hint_message)
    if exc.hint == _NAMES_CLI_TEMPLATE:
        return tr("Lisää otsikkoriville esim. sarakkeet Mittari ja Toteuma tai kuukaudet ja tuo tiedosto "
                  "uudelleen (Seuranta > Tuo toteumat Excelistä\u2026).")
    if "planner " in exc.hint or " --" in exc.hint:
        return tr("Korjaa tiedosto ja tuo se uudelleen (Seuranta > Tuo toteumat Excelistä\u2026).")
    return tr(exc.hint)


def _coded_message(exc: ActualsError) -> str | None:
    """A message with figures in it, worded from the error's code and parameters (desktop.programme.actuals.message_text)."""
    message = exc.as_message()
    if message is None or message.code not in MESSAGE_TEXTS:
        return None
    return message_text(message)


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
    message = _coded_message(exc) or tr(exc.message)
    text = f"{', '.join(where)}: {message}" if where else message
    if exc.hint:
        text += " " + _gui_hint(exc)
    return text.replace("\n", " ")
