"""The core's messages (planner.messages) worded in the UI language.

The GUI's translatable table of the codes the core uses: one ``N_()`` template per
code, with ``{name}`` for the message's parameters. planner/wording_fi.py holds the
Finnish of the same codes for the command line and the reports; a test fails when a
code has no wording here or there.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.i18n import N_
from planner.messages import Message


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageText", text)


#: Notes of an indicator's follow-up result.
TEXTS: dict[str, str] = {
    "no_actuals": N_("ei toteumatietoja"),
    "no_actuals_for_year": N_("ei toteumatietoja vuodelta {year}"),
    "year_value_ignored": N_("vuoden arvo ohitettu, kuukausiarvot käytössä"),
    "share_not_summed": N_("prosenttiosuutta ei lasketa yhteen kunnista; katso kuntakohtaiset arvot"),
    "value_not_summed": N_("arvoa ei lasketa yhteen kunnista; katso kuntakohtaiset arvot"),
    "baseline_unit_mismatch": N_("lähtöarvon yksikkö ({baseline_unit}) ei ole tavoitteen yksikkö ({target_unit}); "
                                 "lähtöarvoa ei käytetty"),
    "deadline_passed": N_("määräaika on ohi"),
    "deadline_near": N_("määräaikaan alle kolme kuukautta"),
    "pace_share": N_("verrattu raporttipäivään mennessä kuluneeseen vuoden osuuteen {share} %"),
    "target_without_number": N_("tavoitteessa ei ole lukua, edistymistä ei voi laskea"),
    "limit": N_("enintään {target}"),
    "limit_exceeded": N_("enintään {target}, ylitetty ({actual})"),
    "statutory_limit": N_("lakisääteinen enimmäistaso {target}"),
    "statutory_limit_exceeded": N_("lakisääteinen enimmäistaso {target}, ylitetty ({actual})"),
    "yearly_budget": N_("enintään {target} vuodessa; raporttipäivään mennessä enintään {by_now}"),
    "maintain_level": N_("säilytetään tasolla {target} (±{tolerance} %)"),
    "maintain_sum": N_("vuoden taso {target}; raporttipäivään mennessä odotetaan {expected}"),
    "after_report_date": N_("raportointipäivän jälkeen, ei verrattu: {periods}"),
    "month_left_out": N_("{period} jätettiin pois: puuttuu {missing} ({have}/{total} kuntaa); "
                         "käytetty tietoja {last} asti"),
    "no_municipality_list": N_("ohjelmassa ei ole kuntaluetteloa, joten kuntien summaa ei voi todeta koko "
                               "alueen luvuksi"),
    "partial_area": N_("vain {have}/{total} kuntaa: puuttuu {missing}; kuntien osasummaa ei näytetä alueen lukuna"),
    "partial_area_at": N_("vain {have}/{total} kuntaa: puuttuu {missing} ({period}); "
                          "kuntien osasummaa ei näytetä alueen lukuna"),
}


#: Warnings of an import of actuals.
WARNINGS: dict[str, str] = {
    'periods_not_recognised': N_('Ajankohtaa ei tunnistettu, rivit ohitettiin: {periods}'),
    'total_rows_skipped': N_('{count} yhteensä-riviä ohitettiin, jotta mitään ei lasketa kahdesti.'),
    'total_column_left_out': N_('Yhteensä-sarake {columns} jätettiin pois; vuoden arvo lasketaan kuukausista.'),
    'baseline_target_columns_ignored': N_('Lähtöarvo- ja tavoitesarakkeita ei tuotu toteumiksi: {columns}.'),
    'month_year_from_header': N_('Kuukausien vuosi luettiin niiden yläpuolelta: {years}.'),
    'month_year_from_sheet_name': N_('Kuukausien vuosi luettiin välilehden nimestä ”{sheet}”.'),
    'month_year_assumed': N_('Kuukausien vuotta ei ole kerrottu tiedostossa; oletettiin ohjelman vuosi {year}.'),
    'empty_values_skipped': N_('{count} tyhjää tai puuttuvaa arvoa (esim. ”..” tai ”-”) ohitettiin.'),
    'sheet_truncated': N_('Välilehdellä on {total} riviä; vain ensimmäiset {read} luettiin.'),
    'sheet_not_read': N_('Välilehteä ”{sheet}” ei luettu: {reason}'),
    'no_values_found': N_('Tiedostosta ei löytynyt yhtään toteuma-arvoa.'),
    'category_chosen': N_('Sarake {column}: käytettiin luokkaa ”{chosen}”; ohitettiin {skipped}.'),
    'category_total_chosen': N_('Sarake {column}: käytettiin luokkaa ”{chosen}” (kokonaisluokka); ohitettiin {skipped}.'),
    'category_user_chosen': N_('Sarake {column}: käytettiin luokkaa ”{chosen}” (valittu); ohitettiin {skipped}.'),
    'other_categories_dropped': N_('{count} riviä muista luokista jätettiin pois.'),
    'other_areas_dropped': N_('{count} riviä alueilta, jotka eivät ole ohjelman alue eivätkä sen kuntia, jätettiin pois: {areas}.'),
    'area_chosen': N_('Sarake {column}: ”{chosen}” käytettiin ohjelman alueena (valittu).'),
    'daily_rows_sum': N_('”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin yhteen, koska mittarin kooste on ”summa”).'),
    'daily_rows_latest': N_('”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin kuukauden viimeisimmän päivän arvoa, koska mittarin kooste on ”viimeisin”).'),
    'daily_rows_mean': N_('”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin keskiarvo, koska mittarin kooste on ”keskiarvo”).'),
    'daily_rows_max': N_('”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin suurinta, koska mittarin kooste on ”suurin”).'),
    'percent_cells_scaled': N_('{count} prosenttimuotoista solua (esim. 0,33) luettiin prosentteina (33 %), koska mittarin yksikkö on %.'),
    'milestone_values_unread': N_('{count} virstanpylväsmittarin arvoa ei tunnistettu (käytä esim. ”valmis”, ”kesken”, 1 tai 0).'),
    'duplicate_rows': N_('{count} riviä toisti saman arvon samalle mittarille, ajankohdalle ja kunnalle; arvo tuotiin kerran.'),
    'other_years_kept': N_('{count} arvoa on muilta vuosilta kuin {year} ({years}); ne tallennetaan historiaksi mutta eivät vaikuta vertailuun.'),
    'after_report_date_kept': N_('Raportointipäivän {date} jälkeiset ajankohdat ({periods}) tallennetaan, mutta niitä ei verrata.'),
    'unconfirmed_match': N_('Vahvistamaton vastaavuus: ”{key}” → ”{candidate}” ({score} %), ei tuotu; vahvista ohjatussa tuonnissa.'),
}
TEXTS.update(WARNINGS)

#: Errors of an import of actuals with figures in them (desktop.actuals.error_text adds where and the hint).
ERRORS: dict[str, str] = {
    "password": N_("työkirja on suojattu salasanalla, eikä sitä voi lukea."),
    "sheet_too_large": N_("taulukko on liian suuri luettavaksi (noin {megabytes} Mt taulukkodataa, yli {rows} riviä)."),
    "range_too_large": N_("välilehden käytetty alue ulottuu soluun {cell} ({rows} riviä \u00d7 {cols} saraketta); "
                          "niin suurta aluetta ei voi lukea toteumiksi."),
    "uncached_formulas": N_("{count} kaavasolulla ei ole tallennettua arvoa ({cells}), joten niiden lukuja ei voi "
                            "lukea."),
}
TEXTS.update(ERRORS)


def message_text(message: Message) -> str:
    """``message`` in the UI language (the Finnish wording if the code were missing here)."""
    template = TEXTS.get(message.code)
    if template is None:
        return message.fi()
    try:
        return tr(template).format(**message.as_dict())
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: never a traceback
        return message.fi()


def messages_text(messages: Iterable[Message], sep: str = "; ") -> str:
    return sep.join(message_text(m) for m in messages)
