"""Translatable labels for the core's enums (the core keeps codes, the GUI words them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.model import Aggregation, BulletGroup, Direction, Status

if TYPE_CHECKING:
    # The actuals, follow-up and statement labels import their enums when first asked:
    # the programme editor's start-up needs none of those modules (~20 ms of imports).
    from planner.followup.actuals.layout import LayoutKind, Role
    from planner.followup.actuals.matching import MatchHow
    from planner.followup.progress import ProgressStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def direction_label(d: Direction) -> str:
    return {
        Direction.INCREASE: tr("kasvava"),
        Direction.DECREASE: tr("laskeva"),
        Direction.MAINTAIN: tr("säilyttävä"),
        Direction.MILESTONE: tr("virstanpylväs"),
    }[d]


def automatic_direction_label(inferred: Direction) -> str:
    return tr("automaattinen ({0})").format(direction_label(inferred))


def aggregation_label(a: Aggregation) -> str:
    return {
        Aggregation.SUM: tr("summa"),
        Aggregation.LATEST: tr("viimeisin"),
        Aggregation.MEAN: tr("keskiarvo"),
        Aggregation.MAX: tr("suurin"),
    }[a]


def status_label(s: Status) -> str:
    return {Status.DRAFT: tr("luonnos"), Status.FOR_COMMENT: tr("lausunnolla"),
            Status.PROPOSAL: tr("hallituksen ehdotus"), Status.APPROVED: tr("hyväksytty")}[s]


def bullet_group_label(g: BulletGroup) -> str:
    return {
        BulletGroup.ACT: tr("Miten henkilöstö toimii arjessa"),
        BulletGroup.LEAD: tr("Miten johdetaan"),
        BulletGroup.COOPERATE: tr("Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa"),
    }[g]


def severity_label(code: str) -> str:
    return {"error": tr("virhe"), "warning": tr("varoitus"), "info": tr("tieto")}.get(code, code)


# The actuals import and the follow-up comparison: the core's enums in the UI language.
# (The core's *_LABEL_FI dicts stay for the command line; a tr() of a variable is never
# extracted for translation, so each label is written out here.)

def role_label(role: Role) -> str:
    from planner.followup.actuals.layout import ROLE_LABEL_FI, Role

    return {
        Role.ID: tr("Tunnus"),
        Role.INDICATOR: tr("Mittari"),
        Role.PERIOD: tr("Ajankohta"),
        Role.YEAR: tr("Vuosi"),
        Role.VALUE: tr("Toteuma"),
        Role.MONTH: tr("Kuukauden arvo"),
        Role.MUNICIPALITY: tr("Kunta"),
        Role.DIMENSION: tr("Luokka (esim. sukupuoli)"),
        Role.MEASURE: tr("Mittarin arvo (nimi otsikossa)"),
        Role.NOTES: tr("Huomautus"),
        Role.BASELINE: tr("Lähtöarvo (ei tuoda)"),
        Role.TARGET: tr("Tavoite (ei tuoda)"),
        Role.UNIT: tr("Yksikkö"),
        Role.FOCUS_AREA: tr("Tavoite/painopiste"),
        Role.TOTAL: tr("Yhteensä (ei tuoda)"),
        Role.IGNORE: tr("Ohitetaan"),
    }.get(role, ROLE_LABEL_FI.get(role, str(role)))


def layout_label(kind: LayoutKind) -> str:
    from planner.followup.actuals.layout import LAYOUT_LABEL_FI, LayoutKind

    return {
        LayoutKind.LONG: tr("pitkä (rivi per mittari ja ajankohta)"),
        LayoutKind.WIDE: tr("leveä (kuukaudet sarakkeina)"),
        LayoutKind.SINGLE: tr("yksi arvo per mittari"),
    }.get(kind, LAYOUT_LABEL_FI.get(kind, str(kind)))


def match_how_label(how: MatchHow) -> str:
    from planner.followup.actuals.matching import MATCH_HOW_FI, MatchHow

    return {
        MatchHow.ID: tr("tunnus"),
        MatchHow.NAME: tr("nimi"),
        MatchHow.FUZZY: tr("samankaltainen nimi"),
        MatchHow.REMEMBERED: tr("muistettu valinta"),
        MatchHow.MANUAL: tr("käyttäjän valinta"),
    }.get(how, MATCH_HOW_FI.get(how, str(how)))


def progress_status_label(status: ProgressStatus) -> str:
    from planner.followup.progress import STATUS_LABEL_FI, ProgressStatus

    return {
        ProgressStatus.ACHIEVED: tr("Saavutettu"),
        ProgressStatus.ON_TRACK: tr("Etenee"),
        ProgressStatus.AT_RISK: tr("Riski"),
        ProgressStatus.OFF_TRACK: tr("Jäljessä"),
        ProgressStatus.NO_DATA: tr("Ei tietoa"),
    }.get(status, STATUS_LABEL_FI.get(status, str(status)))


def statement_item_label(kind: str) -> str:
    """A statement part's kind ("answer", "comment" ...), as planner.statements.model.item_kind gives it."""
    from planner.statements.model import ITEM_KIND_LABEL_FI

    return {
        "answer": tr("Vastaus"),
        "closing": tr("Loppukysymys"),
        "comment": tr("Kommentti ohjelmaan"),
        "section": tr("Vapaa jakso"),
        "proposed_indicator": tr("Ehdotettu mittari"),
    }.get(kind, ITEM_KIND_LABEL_FI.get(kind, kind))
