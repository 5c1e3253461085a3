"""Fixed report labels for the whole-plan parts: sections, spearheads, target groups, impact chain, catalogue."""

from __future__ import annotations

from planner.model import Programme
from planner.reports.common import language_of

PLAN_LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "spearheads": "Kärjet",
        "target_groups": "Kohderyhmät",
        "impact_chain": "Vaikutusketju",
        "linked_focus_areas": "Tavoitteet",
        "linked_indicators": "Mittarit",
        "linked": "Liittyy",
        "nothing_linked": "Mikään tavoite tai mittari ei liity tähän.",
        "not_placed": "Mittarit, joita ei ole sijoitettu ketjuun",
        "no_links": "(ei kuvattu)",
        "chain_of": "Tavoitteen vaikutusketju",
        "catalogue": "Mittaristo",
        "catalogue_sub": "Mittarit, tietolähteet, päivitystiheys ja vastuutahot",
        "source": "TIETOLÄHDE",
        "frequency": "PÄIVITYSTIHEYS",
        "owner": "VASTUUTAHO",
        "next_update": "SEURAAVA PÄIVITYS",
        "group": "RYHMÄ",
        "spearhead_status": "Tilanne kärjittäin",
        "no_indicators_linked": "Ei mittareita",
        "status_rule": "Kärjen tila on sen heikoimman mittarin tila niistä mittareista, joilla on toteumatieto.",
        "focus_area_word": "tavoite",
    },
    "sv": {
        "spearheads": "Spetsar",
        "target_groups": "Målgrupper",
        "impact_chain": "Effektkedja",
        "linked_focus_areas": "Mål",
        "linked_indicators": "Mätare",
        "linked": "Hör till",
        "nothing_linked": "Inget mål eller mätare hör till detta.",
        "not_placed": "Mätare som inte placerats i kedjan",
        "no_links": "(inte beskrivet)",
        "chain_of": "Målets effektkedja",
        "catalogue": "Mätarkatalog",
        "catalogue_sub": "Mätare, datakällor, uppdateringsfrekvens och ansvariga",
        "source": "DATAKÄLLA",
        "frequency": "FREKVENS",
        "owner": "ANSVARIG",
        "next_update": "NÄSTA UPPDATERING",
        "group": "GRUPP",
        "spearhead_status": "Läget per spets",
        "no_indicators_linked": "Inga mätare",
        "status_rule": "En spets status är den svagaste statusen bland dess mätare med utfallsdata.",
        "focus_area_word": "mål",
    },
    "en": {
        "spearheads": "Spearheads",
        "target_groups": "Target groups",
        "impact_chain": "Impact chain",
        "linked_focus_areas": "Focus areas",
        "linked_indicators": "Indicators",
        "linked": "Linked",
        "nothing_linked": "No focus area or indicator is linked to this.",
        "not_placed": "Indicators not placed on the chain",
        "no_links": "(not described)",
        "chain_of": "Impact chain of the focus area",
        "catalogue": "Indicator catalogue",
        "catalogue_sub": "Indicators, data sources, update frequency and owners",
        "source": "DATA SOURCE",
        "frequency": "FREQUENCY",
        "owner": "OWNER",
        "next_update": "NEXT UPDATE",
        "group": "GROUP",
        "spearhead_status": "Status by spearhead",
        "no_indicators_linked": "No indicators",
        "status_rule": "A spearhead's status is the weakest status among its indicators that have actuals.",
        "focus_area_word": "focus area",
    },
}


def plan_labels(programme: Programme) -> dict[str, str]:
    return PLAN_LABELS[language_of(programme)]
