"""Swedish and English for the third wave's small fixes (status choice needs a decision)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "Ehdotukseksi tai hyväksytyksi päätöksen kanssa: Tiedosto › Tila ja hyväksyntä…": (
        "Till förslag eller godkänt med ett beslut: Arkiv › Status och godkännande…",
        "To proposal or approved with a decision: File › Status and approval…",
    ),
    # why a follow-up report cannot be made (planner/wording_fi.py REPORTS, worded by the GUI's MessageText)
    "Ohjelmassa ei ole kustannuksia eikä työmarkkinatuen kuntaosuuden lukuja. Lisää ne kohdassa "
    "Seuranta > Kustannukset ja vaikutukset tai komennolla planner economics-import.": (
        "Programmet har inga kostnader eller tal för kommunandelen av arbetsmarknadsstödet. Lägg till dem under "
        "Uppföljning > Kostnader och effekter eller med kommandot planner economics-import.",
        "The programme has no costs and no figures for the municipal share of the labour-market subsidy. Add them "
        "under Follow-up > Costs and effects or with the command planner economics-import.",
    ),
    "Toteumissa ei ole kuntakohtaisia arvoja. Täytä kuntakohtainen toteumapohja "
    "(planner actuals-template --layout municipalities-wide) ja tuo se.": (
        "Utfallen har inga kommunvisa värden. Fyll i utfallsmallen per kommun "
        "(planner actuals-template --layout municipalities-wide) och importera den.",
        "The actuals have no municipality values. Fill in the template by municipality "
        "(planner actuals-template --layout municipalities-wide) and import it.",
    ),
    "Kuntaa \u201d{municipality}\u201d ei ole ohjelmassa eikä toteumissa. Valitse jokin näistä: {names}.": (
        "Kommunen \u201d{municipality}\u201d finns inte i programmet eller i utfallen. Välj en av dessa: {names}.",
        "The municipality \u201c{municipality}\u201d is not in the programme or in the actuals. Choose one of: {names}.",
    ),
    "Toteumissa ei ole kuukausiarvoja, joista ennuste laskettaisiin. Tuo kuukausittaiset toteumat.": (
        "Utfallen har inga månadsvärden att beräkna en prognos från. Importera månadsutfallen.",
        "The actuals have no monthly values to project from. Import the monthly actuals.",
    ),
}
