"""What the follow-up reports beside the main one share: their headings per language and PDF pieces.

Municipality cards, the year-end outlook and costs and effects (PDF and Word, see
:mod:`planner.reports.followup_extra`) take their fixed headings from
:data:`EXTRA_LABELS` and their PDF document, tables and chart grid from here. Kept
apart from the dispatcher so that the writers do not import the module that imports them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports.common import ProgressFn, language_of

LANGS = ("fi", "sv", "en")

# key: (Finnish, Swedish, English)
_LABELS: dict[str, tuple[str, str, str]] = {
    "indicator": ("Mittari", "Mätare", "Indicator"),
    "actual": ("Toteuma", "Utfall", "Actual"),
    "target": ("Tavoite", "Mål", "Target"),
    "cards": ("Kuntakortit", "Kommunkort", "Municipality cards"),
    "card": ("Kuntakortti", "Kommunkort", "Municipality card"),
    "outlook": ("Ennuste vuoden loppuun", "Prognos för årets slut", "Year-end outlook"),
    "costs": ("Kustannukset ja vaikutukset", "Kostnader och effekter", "Costs and effects"),
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "share_of_area": ("Osuus alueesta", "Andel av området", "Share of area"),
    "muni_target": ("Kunnan tavoite", "Kommunens mål", "Municipality target"),
    "trend": ("Kehitys", "Utveckling", "Trend"),
    "forecast": ("Ennuste", "Prognos", "Outlook"),
    "range": ("Vaihteluväli", "Intervall", "Range"),
    "status_outlook": ("Tila ennusteen mukaan", "Status enligt prognos", "Status on the outlook"),
    "method": ("Laskentatapa ja lähtötiedot", "Beräkning och indata", "Method and inputs"),
    "figure": ("Luku", "Tal", "Figure"),
    "value": ("Arvo", "Värde", "Value"),
    "item": ("Kohde", "Objekt", "Item"),
    "budget": ("Budjetti", "Budget", "Budget"),
    "spent": ("Käytetty", "Använt", "Spent"),
    "used": ("Käyttö", "Användning", "Used"),
    "per_employed": ("€ / työllistynyt", "€ / sysselsatt", "€ / person employed"),
    "band": ("Porras", "Nivå", "Band"),
    "share": ("Kuntaosuus", "Kommunandel", "Municipal share"),
    "persons": ("Henkilöt", "Personer", "Persons"),
    "days": ("Päivät", "Dagar", "Days"),
    "euros": ("Euroa", "Euro", "Euros"),
    "change": ("Muutos", "Förändring", "Change"),
    "subsidy": (
        "Työmarkkinatuen kuntaosuus",
        "Kommunandel av arbetsmarknadsstödet",
        "Municipal share of labour-market subsidy",
    ),
    "scenarios": ("Skenaariot", "Scenarier", "Scenarios"),
    "scenario": ("Skenaario", "Scenario", "Scenario"),
    "assumption": ("Oletus", "Antagande", "Assumption"),
    "base": ("Ennuste ilman skenaariota", "Prognos utan scenario", "Outlook without the scenario"),
    "with": ("Ennuste skenaariolla", "Prognos med scenario", "Outlook with the scenario"),
    "no_outlook": ("Mittarit ilman ennustetta", "Mätare utan prognos", "Indicators with no outlook"),
    "figures": ("Laskelmat", "Beräkningar", "Calculations"),
    "no_costs": ("Ohjelmaan ei ole kirjattu kustannuksia.", "Inga kostnader har registrerats.", "No costs recorded."),
    "no_subsidy": (
        "Kuntaosuuden lukuja ei ole tuotu.",
        "Inga kommunandelstal har importerats.",
        "No municipal-share figures imported.",
    ),
    "municipal_share": ("Kunnan osuus alueesta", "Kommunens andel av området", "Municipality's share of the area"),
    "no_values": (
        "Kunnalle ei ole tuotu arvoja.",
        "Inga värden har importerats för kommunen.",
        "No values imported for the municipality.",
    ),
    "charts": ("Kehitys kuukausittain", "Utveckling per månad", "Monthly trend"),
    "benefit": ("Hyödyt ja panokset", "Nytta och insats", "Benefits and inputs"),
    "by_municipality": ("Kunnittain", "Per kommun", "By municipality"),
    "area": ("Alue", "Området", "Area"),
    "daily_benefit": ("päiväraha", "dagpenning", "daily benefit"),
    "no_indicator": ("(mittari puuttuu)", "(mätare saknas)", "(indicator missing)"),
    "per_month": ("/ kk", "/ mån", "/ month"),
    "days_avoided": ("kuntaosuuden päivää vältetään / hlö", "dagar med kommunandel undviks / person",
                     "days of the municipal share avoided / person"),
    "per_day": ("€/pv", "€/dag", "€/day"),
    "computed_note": ("* päivät × päiväraha × kuntaosuus (lähde ei antanut euroja)",
                      "* dagar × dagpenning × kommunandel (källan gav inga euro)",
                      "* days × daily benefit × municipal share (the source gave no euros)"),
    "method_intro": (
        ("Ennuste lasketaan vuoden kuluneista kuukausista. Kun edellisen vuoden samat kuukaudet ovat tallessa,"
         " käytetään kausivaihtelua (edellisen vuoden kuukaudet kerrottuna tämän vuoden suhteella), muuten "
         "lineaarista trendiä. Vaihteluväli on noin 90 %:n väli. Kaavioissa ennuste on katkoviiva ja "
         "vaihteluväli pisteviivat."),
        ("Prognosen beräknas från årets gångna månader: säsongsmönster från föregående års samma månader när "
         "de finns, annars en linjär trend. Intervallet är cirka 90 %. I diagrammen är prognosen streckad och "
         "intervallet prickat."),
        ("The outlook is projected from the months so far: last year's pattern for the same months where it is"
         " stored, otherwise a linear trend. The range is about 90 %. Charts show the outlook dashed and the "
         "range dotted."),
    ),
}

EXTRA_LABELS: dict[str, dict[str, str]] = {lang: {k: v[i] for k, v in _LABELS.items()} for i, lang in enumerate(LANGS)}


def outlook_counts_line(rows: list[Any], lang: str) -> str:
    """'Ennusteen mukaan saavutetaan 12, ennuste epävarma 5, ennusteen mukaan jää tavoitteesta 9'."""
    from collections import Counter

    from planner.followup.outlook import OutlookStatus, outlook_status_label

    counts = Counter(r.outlook.status for r in rows if r.outlook is not None)
    parts = [f"{outlook_status_label(s, lang)} {counts.get(s, 0)}" for s in
             (OutlookStatus.REACHED, OutlookStatus.UNCERTAIN, OutlookStatus.MISSED)]
    if counts.get(OutlookStatus.NO_TARGET):
        parts.append(f"{outlook_status_label(OutlookStatus.NO_TARGET, lang)} {counts[OutlookStatus.NO_TARGET]}")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def extra_labels(programme: Programme) -> dict[str, str]:
    return EXTRA_LABELS[language_of(programme)]


def body_first(rep: Any) -> None:
    """Start the PDF on the body page template (these reports have no cover page)."""
    templates = rep.doc.pageTemplates
    body = next(t for t in templates if t.id == "body")
    rep.doc.pageTemplates = [body] + [t for t in templates if t is not body]


def new_report(programme: Programme, path: Path, subject: str, as_of: date, progress: ProgressFn | None) -> Any:
    from planner.reports.common import document_title, fi_date, labels, language_tag
    from planner.reports.pdf_common import ReportDoc

    lab = labels(programme)
    title = document_title(programme)
    rep = ReportDoc(str(path), title=f"{subject}: {title}", author=programme.author or programme.area,
                    subject=subject, lang=language_tag(programme),
                    header_text=" · ".join(x for x in (title, subject, fi_date(as_of)) if x),
                    footer_left=programme.motto, page_word=lab["page"], progress=progress)
    body_first(rep)
    return rep


def figure_table(rep: Any, figures: list[Any], lab: dict[str, str], lang: str = "fi") -> Any:
    """Figures with their value and, beside each, the method and inputs, worded in ``lang``."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from planner.reports.pdf_common import DARK, RULE, para
    from planner.textsafe import para_markup

    s = rep.s
    w = rep.doc.width
    data: list[list[Any]] = [[Paragraph(para_markup(h), s["cell_head"]) for h in
                              (lab["figure"], lab["value"], lab["method"])]]
    for f in figures:
        how = f"<b>{para_markup(f.method_in(lang))}</b>"
        inputs, note = f.inputs_in(lang), f.note_in(lang)
        if inputs:
            how += "<br/>" + para_markup("; ".join(inputs))
        if note:
            how += f'<br/><font color="#666666"><i>{para_markup(note)}</i></font>'
        data.append([para(f.label_in(lang), s["cell_small"]), para(f.value_text(lang), s["cell_num"]),
                     Paragraph(how, s["cell_small"])])
    t = Table(data, colWidths=[w * 0.34, w * 0.16, w * 0.5], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s["font"], 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def simple_table(rep: Any, headers: list[str], rows: list[list[str]], widths: list[float],
                 numeric_from: int = 1) -> Any:
    """A plain table of texts; columns from ``numeric_from`` on are right-aligned."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from planner.reports.pdf_common import DARK, LIGHT, RULE, para
    from planner.textsafe import para_markup

    s = rep.s
    w = rep.doc.width
    head = [Paragraph(para_markup(h), s["cell_head_small"] if i < numeric_from else s["cell_head_num"])
            for i, h in enumerate(headers)]
    data: list[list[Any]] = [head]
    for row in rows:
        data.append([para(v, s["cell_small"] if i < numeric_from else s["cell_num"]) for i, v in enumerate(row)])
    t = Table(data, colWidths=[w * x for x in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s["font"], 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(DARK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(LIGHT)]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def chart_grid(rep: Any, cells: list[list[Any]], caption: str) -> list[Any]:
    """Charts two per row under a caption."""
    from reportlab.platypus import Spacer, Table, TableStyle

    from planner.reports.pdf_common import para

    if not cells:
        return []
    s = rep.s
    w = rep.doc.width
    rows: list[list[Any]] = [[para(caption, s["caption"]), ""]]
    rows += [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    grid = Table(rows, colWidths=[w / 2, w / 2], hAlign="LEFT", repeatRows=1)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), s["font"], 8),
                              ("SPAN", (0, 0), (1, 0)),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [Spacer(1, 8), grid]
