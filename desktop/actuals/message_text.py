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
