"""The Finnish wording of the core's messages: the command line and the reports.

Every code the core puts in a :class:`planner.messages.Message` has its sentence
here, with ``{name}`` for its parameters. The GUI words the same codes in its
translatable table (``desktop.actuals.message_text``); a test fails when a code
the core uses is missing from either.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.messages import Message

# Notes of an indicator's follow-up result (planner.progress, planner.actuals.coverage).
NOTES: dict[str, str] = {
    "no_actuals": "ei toteumatietoja",
    "no_actuals_for_year": "ei toteumatietoja vuodelta {year}",
    "year_value_ignored": "vuoden arvo ohitettu, kuukausiarvot käytössä",
    "share_not_summed": "prosenttiosuutta ei lasketa yhteen kunnista; katso kuntakohtaiset arvot",
    "value_not_summed": "arvoa ei lasketa yhteen kunnista; katso kuntakohtaiset arvot",
    "baseline_unit_mismatch": "lähtöarvon yksikkö ({baseline_unit}) ei ole tavoitteen yksikkö ({target_unit}); "
                              "lähtöarvoa ei käytetty",
    "deadline_passed": "määräaika on ohi",
    "deadline_near": "määräaikaan alle kolme kuukautta",
    "pace_share": "verrattu raporttipäivään mennessä kuluneeseen vuoden osuuteen {share} %",
    "target_without_number": "tavoitteessa ei ole lukua, edistymistä ei voi laskea",
    "limit": "enintään {target}",
    "limit_exceeded": "enintään {target}, ylitetty ({actual})",
    "statutory_limit": "lakisääteinen enimmäistaso {target}",
    "statutory_limit_exceeded": "lakisääteinen enimmäistaso {target}, ylitetty ({actual})",
    "yearly_budget": "enintään {target} vuodessa; raporttipäivään mennessä enintään {by_now}",
    "maintain_level": "säilytetään tasolla {target} (±{tolerance} %)",
    "maintain_sum": "vuoden taso {target}; raporttipäivään mennessä odotetaan {expected}",
    "after_report_date": "raportointipäivän jälkeen, ei verrattu: {periods}",
    "month_left_out": "{period} jätettiin pois: puuttuu {missing} ({have}/{total} kuntaa); "
                      "käytetty tietoja {last} asti",
    "no_municipality_list": "ohjelmassa ei ole kuntaluetteloa, joten kuntien summaa ei voi todeta koko alueen luvuksi",
    "partial_area": "vain {have}/{total} kuntaa: puuttuu {missing}; kuntien osasummaa ei näytetä alueen lukuna",
    "partial_area_at": "vain {have}/{total} kuntaa: puuttuu {missing} ({period}); "
                       "kuntien osasummaa ei näytetä alueen lukuna",
}

#: Every code with a Finnish wording, whatever part of the core says it.
TEXTS: dict[str, str] = {**NOTES}


def word(message: Message) -> str:
    """The Finnish sentence of ``message`` (its code when the code has no wording: a bug a test catches)."""
    template = TEXTS.get(message.code)
    if template is None:
        return message.code
    return template.format(**message.as_dict())


def word_all(messages: Iterable[Message], sep: str = "; ") -> str:
    return sep.join(word(m) for m in messages)
