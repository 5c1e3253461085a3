"""The follow-up reports beside the main one: municipality cards, outlook, costs and effects.

:func:`write_extra` makes any of them as PDF or Word; :func:`extra_unavailable_reason`
says in Finnish why one cannot be made (no actuals, no municipality values, an
unknown municipality, no costs). Fixed headings per report language are in
:data:`EXTRA_LABELS`; the method texts the core writes are Finnish.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from planner.model import Programme
from planner.reports.common import ProgressFn, language_of

EXTRA_LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "indicator": "Mittari", "actual": "Toteuma", "target": "Tavoite",
        "cards": "Kuntakortit", "card": "Kuntakortti", "outlook": "Ennuste vuoden loppuun",
        "costs": "Kustannukset ja vaikutukset", "municipality": "Kunta", "share_of_area": "Osuus alueesta",
        "muni_target": "Kunnan tavoite", "trend": "Kehitys", "forecast": "Ennuste", "range": "Vaihteluväli",
        "status_outlook": "Tila ennusteen mukaan", "method": "Laskentatapa ja lähtötiedot", "figure": "Luku",
        "value": "Arvo", "item": "Kohde", "budget": "Budjetti", "spent": "Käytetty", "used": "Käyttö",
        "per_employed": "€ / työllistynyt", "band": "Porras", "share": "Kuntaosuus", "persons": "Henkilöt",
        "days": "Päivät", "euros": "Euroa", "change": "Muutos", "subsidy": "Työmarkkinatuen kuntaosuus",
        "scenarios": "Skenaariot", "scenario": "Skenaario", "assumption": "Oletus",
        "base": "Ennuste ilman skenaariota", "with": "Ennuste skenaariolla", "no_outlook": "Mittarit ilman ennustetta",
        "figures": "Laskelmat", "no_costs": "Ohjelmaan ei ole kirjattu kustannuksia.",
        "no_subsidy": "Kuntaosuuden lukuja ei ole tuotu.", "municipal_share": "Kunnan osuus alueesta",
        "no_values": "Kunnalle ei ole tuotu arvoja.", "charts": "Kehitys kuukausittain",
        "benefit": "Hyödyt ja panokset", "by_municipality": "Kunnittain", "area": "Alue",
        "method_intro": ("Ennuste lasketaan vuoden kuluneista kuukausista. Kun edellisen vuoden samat kuukaudet "
                         "ovat tallessa, käytetään kausivaihtelua (edellisen vuoden kuukaudet kerrottuna tämän "
                         "vuoden suhteella), muuten lineaarista trendiä. Vaihteluväli on noin 90 %:n väli. "
                         "Kaavioissa ennuste on katkoviiva ja vaihteluväli pisteviivat."),
    },
    "sv": {
        "indicator": "Mätare", "actual": "Utfall", "target": "Mål",
        "cards": "Kommunkort", "card": "Kommunkort", "outlook": "Prognos för årets slut",
        "costs": "Kostnader och effekter", "municipality": "Kommun", "share_of_area": "Andel av området",
        "muni_target": "Kommunens mål", "trend": "Utveckling", "forecast": "Prognos", "range": "Intervall",
        "status_outlook": "Status enligt prognos", "method": "Beräkning och indata", "figure": "Tal",
        "value": "Värde", "item": "Objekt", "budget": "Budget", "spent": "Använt", "used": "Användning",
        "per_employed": "€ / sysselsatt", "band": "Nivå", "share": "Kommunandel", "persons": "Personer",
        "days": "Dagar", "euros": "Euro", "change": "Förändring", "subsidy": "Kommunandel av arbetsmarknadsstödet",
        "scenarios": "Scenarier", "scenario": "Scenario", "assumption": "Antagande",
        "base": "Prognos utan scenario", "with": "Prognos med scenario", "no_outlook": "Mätare utan prognos",
        "figures": "Beräkningar", "no_costs": "Inga kostnader har registrerats.",
        "no_subsidy": "Inga kommunandelstal har importerats.", "municipal_share": "Kommunens andel av området",
        "no_values": "Inga värden har importerats för kommunen.", "charts": "Utveckling per månad",
        "benefit": "Nytta och insats", "by_municipality": "Per kommun", "area": "Området",
        "method_intro": ("Prognosen beräknas från årets gångna månader: säsongsmönster från föregående års "
                         "samma månader när de finns, annars en linjär trend. Intervallet är cirka 90 %. "
                         "I diagrammen är prognosen streckad och intervallet prickat."),
    },
    "en": {
        "indicator": "Indicator", "actual": "Actual", "target": "Target",
        "cards": "Municipality cards", "card": "Municipality card", "outlook": "Year-end outlook",
        "costs": "Costs and effects", "municipality": "Municipality", "share_of_area": "Share of area",
        "muni_target": "Municipality target", "trend": "Trend", "forecast": "Outlook", "range": "Range",
        "status_outlook": "Status on the outlook", "method": "Method and inputs", "figure": "Figure",
        "value": "Value", "item": "Item", "budget": "Budget", "spent": "Spent", "used": "Used",
        "per_employed": "€ / person employed", "band": "Band", "share": "Municipal share", "persons": "Persons",
        "days": "Days", "euros": "Euros", "change": "Change", "subsidy": "Municipal share of labour-market subsidy",
        "scenarios": "Scenarios", "scenario": "Scenario", "assumption": "Assumption",
        "base": "Outlook without the scenario", "with": "Outlook with the scenario",
        "no_outlook": "Indicators with no outlook", "figures": "Calculations", "no_costs": "No costs recorded.",
        "no_subsidy": "No municipal-share figures imported.", "municipal_share": "Municipality's share of the area",
        "no_values": "No values imported for the municipality.", "charts": "Monthly trend",
        "benefit": "Benefits and inputs", "by_municipality": "By municipality", "area": "Area",
        "method_intro": ("The outlook is projected from the months so far: last year's pattern for the same "
                         "months where it is stored, otherwise a linear trend. The range is about 90 %. "
                         "Charts show the outlook dashed and the range dotted."),
    },
}

REPORT_TITLE_KEY = {"municipality-cards": "cards", "outlook": "outlook", "costs": "costs"}


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


def has_municipality_values(programme: Programme) -> bool:
    return any(v.municipality for imp in programme.actual_imports for v in imp.values)


def extra_unavailable_reason(programme: Programme, report: str, municipality: str | None = None) -> str:
    """Why ``report`` cannot be made, or ''."""
    from planner.reports.export import followup_unavailable_reason

    if report == "follow-up":
        return followup_unavailable_reason(programme)
    if report == "costs":
        e = programme.economics
        if not e.costs and not e.subsidy and not e.scenarios:
            return ("Ohjelmassa ei ole kustannuksia eikä työmarkkinatuen kuntaosuuden lukuja. Lisää ne kohdassa "
                    "Seuranta > Kustannukset ja vaikutukset tai komennolla planner economics-import.")
        return ""
    reason = followup_unavailable_reason(programme)
    if reason:
        return reason
    if report == "municipality-cards":
        from planner.followup.municipalities import find_municipality, municipality_names

        if not has_municipality_values(programme):
            return ("Toteumissa ei ole kuntakohtaisia arvoja. Täytä kuntakohtainen toteumapohja "
                    "(planner actuals-template --layout municipalities-wide) ja tuo se.")
        if municipality and find_municipality(programme, municipality) is None:
            names = ", ".join(municipality_names(programme))
            return f"Kuntaa \u201d{municipality}\u201d ei ole ohjelmassa eikä toteumissa. Valitse jokin näistä: {names}."
    if report == "outlook":
        if not any(len(v.period) == 7 for imp in programme.actual_imports for v in imp.values):
            return "Toteumissa ei ole kuukausiarvoja, joista ennuste laskettaisiin. Tuo kuukausittaiset toteumat."
    return ""


def write_extra(programme: Programme, fmt: str, report: str, path: Path, progress: ProgressFn | None,
                as_of: date | None, municipality: str | None) -> None:
    from planner.followup.progress import compare_programme

    as_of = as_of or date.today()
    results = compare_programme(programme, as_of)
    if report == "municipality-cards":
        from planner.followup.municipalities import find_municipality

        only = find_municipality(programme, municipality) if municipality else None
        if fmt == "pdf":
            from planner.reports.pdf_municipality_cards import export_cards_pdf

            export_cards_pdf(programme, path, results, as_of, only, progress)
        else:
            from planner.reports.docx_municipality_cards import export_cards_docx

            export_cards_docx(programme, path, results, as_of, only, progress)
    elif report == "outlook":
        if fmt == "pdf":
            from planner.reports.pdf_outlook import export_outlook_pdf

            export_outlook_pdf(programme, path, results, as_of, progress)
        else:
            from planner.reports.docx_outlook import export_outlook_docx

            export_outlook_docx(programme, path, results, as_of, progress)
    elif fmt == "pdf":
        from planner.reports.pdf_costs import export_costs_pdf

        export_costs_pdf(programme, path, results, as_of, progress)
    else:
        from planner.reports.docx_costs import export_costs_docx

        export_costs_docx(programme, path, results, as_of, progress)


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


def figure_table(rep: Any, figures: list[Any], lab: dict[str, str]) -> Any:
    """Figures with their value and, beside each, the method and inputs."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    from planner.reports.pdf_common import DARK, RULE, para
    from planner.textsafe import para_markup

    s = rep.s
    w = rep.doc.width
    data: list[list[Any]] = [[Paragraph(para_markup(h), s["cell_head"]) for h in
                              (lab["figure"], lab["value"], lab["method"])]]
    for f in figures:
        how = f"<b>{para_markup(f.method)}</b>"
        if f.inputs:
            how += "<br/>" + para_markup("; ".join(f.inputs))
        if f.note:
            how += f'<br/><font color="#666666"><i>{para_markup(f.note)}</i></font>'
        data.append([para(f.label, s["cell_small"]), para(f.value_text(), s["cell_num"]),
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
