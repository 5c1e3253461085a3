"""Translatable labels for the core's enums (the core keeps codes, the GUI words them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import Aggregation, BulletGroup, Direction, Status


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
    return {Status.DRAFT: tr("luonnos"), Status.FOR_COMMENT: tr("lausunnolla"), Status.APPROVED: tr("hyväksytty")}[s]


def bullet_group_label(g: BulletGroup) -> str:
    return {
        BulletGroup.ACT: tr("Miten henkilöstö toimii arjessa"),
        BulletGroup.LEAD: tr("Miten johdetaan"),
        BulletGroup.COOPERATE: tr("Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa"),
    }[g]


def severity_label(code: str) -> str:
    return {"error": tr("virhe"), "warning": tr("varoitus"), "info": tr("tieto")}.get(code, code)
