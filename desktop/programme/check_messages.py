"""Words the core's check findings in the UI language from their code and parameters.

The core (planner/checks.py) keeps a Finnish ``message`` for the command line and
carries ``code`` + ``params`` (names, titles and values as the user wrote them);
here each code gets a translatable sentence. A code this module does not know
falls back to the Finnish message, so a new check is never shown blank.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.labels import bullet_group_label, direction_label
from planner.checks import Finding, Location
from planner.model import BulletGroup, Direction, Programme


def tr(text: str) -> str:
    return QCoreApplication.translate("check_messages", text)


def _q(text: str) -> str:
    """User text in quotation marks: ”x” in Finnish and Swedish, “x” in English."""
    return tr("\u201d{0}\u201d").format(text)


def _name(p: dict[str, str]) -> str:
    return _q(p["name"] if p.get("name", "").strip() else tr("(nimetön mittari)"))


def _title(p: dict[str, str]) -> str:
    return _q(p["title"] if p.get("title", "").strip() else tr("(nimetön tavoite)"))


def _group(p: dict[str, str]) -> str:
    try:
        return _q(bullet_group_label(BulletGroup(p.get("group", ""))))
    except ValueError:
        return _q(p.get("group", ""))


def _direction(p: dict[str, str]) -> str:
    try:
        return direction_label(Direction(p.get("direction", "")))
    except ValueError:
        return p.get("direction", "")


def _value(p: dict[str, str], key: str = "value") -> str:
    return _q(p[key] if p.get(key, "").strip() else tr("tyhjä"))


_WORDING: dict[str, Callable[[dict[str, str]], str]] = {
    "focus_area_untitled": lambda p: tr("Tavoitteelta puuttuu otsikko."),
    "focus_area_without_indicators": lambda p: tr("Tavoitteella {0} ei ole yhtään mittaria.").format(_title(p)),
    "empty_bullet_group": lambda p: tr("Tavoitteen {0} kohta {1} on tyhjä.").format(_title(p), _group(p)),
    "reference_missing": lambda p: tr("Tavoitteen {0} viittausrivi osoittaa mittariin, jota ei ole.").format(
        _title(p)),
    "spearhead_unused": lambda p: tr("Kärkeen {0} ei viittaa yksikään tavoite tai mittari.").format(
        _q(p.get("tag", ""))),
    "indicator_unnamed": lambda p: tr("Mittarilta puuttuu nimi."),
    "duplicate_indicator_name": lambda p: tr("Mittarin nimi {0} on ohjelmassa useammin kuin kerran.").format(
        _name(p)),
    "unknown_level": lambda p: tr("Mittarin {0} taso {1} ei ole ohjelman tasoissa.").format(
        _name(p), _q(p.get("level", ""))),
    "indicator_without_target": lambda p: tr("Mittarilta {0} puuttuu tavoite.").format(_name(p)),
    "target_not_a_number": lambda p: tr(
        "Mittarin {0} tavoitetta {1} ei voi lukea luvuksi, vaikka suunta vaatii luvun.").format(
        _name(p), _value(p)),
    "baseline_not_a_number": lambda p: tr("Mittarin {0} lähtöarvoa {1} ei voi lukea luvuksi.").format(
        _name(p), _value(p)),
    "no_baseline_number": lambda p: tr("Mittarilla {0} ei ole lukumuotoista lähtöarvoa ({1}).").format(
        _name(p), _value(p)),
    "unit_mismatch": lambda p: tr(
        "Mittarin {0} lähtöarvon yksikkö {1} ei ole tavoitteen yksikkö {2}; ne eivät ole saman mittarin arvoja. "
        "Seurannassa lähtöarvoa ei käytetä.").format(_name(p), _q(p.get("baseline_unit", "")),
                                                     _q(p.get("target_unit", ""))),
    "direction_contradicts_values": lambda p: tr(
        "Mittarin {0} suunta on {1}, mutta tavoite {2} ja lähtöarvo {3} osoittavat muuta.").format(
        _name(p), _direction(p), _value(p, "target"), _value(p, "baseline")),
    "indicator_catalogue_incomplete": lambda p: _catalogue_gap(p),
    "indicator_monitoring_only": lambda p: tr(
        "Mittari {0} on seurantamittari: sillä on tietolähde {1}, mutta ei lähtöarvoa eikä tavoitetta.").format(
        _name(p), _q(p.get("source", ""))),
    "indicator_not_in_chain": lambda p: tr("Mittaria {0} ei ole sijoitettu vaikutusketjuun {1}.").format(
        _name(p), _q(p["chain"] if p.get("chain", "").strip() else tr("Vaikutusketju"))),
    "target_not_reviewed": lambda p: tr(
        "Mittarin {0} tavoite {1} on siirretty edellisestä vuodesta eikä sitä ole tarkistettu.").format(
        _name(p), _value(p)),
    "baseline_from_target": lambda p: tr(
        "Mittarin {0} lähtöarvo {1} on edellisen vuoden tavoite, koska toteumaa ei ollut.").format(
        _name(p), _value(p)),
}


def _catalogue_gap(p: dict[str, str]) -> str:
    missing = p.get("missing", "").split(",")
    if missing == ["source"]:
        return tr("Mittarilta {0} puuttuu tietolähde.").format(_name(p))
    if missing == ["owner"]:
        return tr("Mittarilta {0} puuttuu vastuutaho.").format(_name(p))
    return tr("Mittarilta {0} puuttuu tietolähde ja vastuutaho.").format(_name(p))


def finding_text(finding: Finding) -> str:
    """The finding in the UI language; the core's Finnish message for a code not known here."""
    wording = _WORDING.get(finding.code)
    if wording is None:
        return finding.message
    try:
        return wording(finding.param_dict)
    except (KeyError, IndexError, ValueError):
        return finding.message


def place_text(location: Location, programme: Programme) -> str:
    """Where the finding points, in the UI language (cf. Location.describe for the CLI)."""
    parts = []
    if location.focus_area_id:
        found = programme.find_focus_area(location.focus_area_id)
        if found:
            parts.append(tr("tavoite {0}").format(_q(found[1].title)))
    if location.tag_id:
        tag = programme.find_tag(location.tag_id)
        if tag:
            parts.append(_q(tag.name))
    return ", ".join(parts) if parts else tr("ohjelma")
