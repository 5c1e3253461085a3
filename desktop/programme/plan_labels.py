"""Translatable labels for the whole-plan enums: update frequency, chain stages, section placement."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import ChainStage, Frequency, SectionPlacement


def tr(text: str) -> str:
    return QCoreApplication.translate("plan_labels", text)


def frequency_label(f: Frequency | None) -> str:
    if f is None:
        return ""
    return {Frequency.MONTHLY: tr("kuukausittain"), Frequency.QUARTERLY: tr("neljännesvuosittain"),
            Frequency.YEARLY: tr("vuosittain")}[f]


def stage_label(s: ChainStage) -> str:
    return {ChainStage.NEEDS: tr("Tarve"), ChainStage.INPUTS: tr("Resurssit"), ChainStage.ACTIONS: tr("Toimenpiteet"),
            ChainStage.OUTPUTS: tr("Tuotokset"), ChainStage.OUTCOMES: tr("Tulokset"),
            ChainStage.IMPACT: tr("Vaikuttavuus")}[s]


def placement_label(p: SectionPlacement) -> str:
    return {SectionPlacement.BEFORE: tr("Ennen teemoja"), SectionPlacement.AFTER: tr("Teemojen jälkeen")}[p]


def level_label(level: int) -> str:
    return tr("Pääotsikko") if level == 1 else tr("Alaotsikko")
