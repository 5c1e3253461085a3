"""Swedish and English for the texts added by issue 19 (speed): the CSV row limit."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "CSV-tiedostossa on {rows} riviä, enemmän kuin {limit} luettavaa riviä.": (
        "CSV-filen har {rows} rader, fler än de {limit} rader som kan läsas.",
        "The CSV file has {rows} rows, more than the {limit} rows that can be read.",
    ),
    "Suodata tiedosto (esim. vain ohjelman kunnat tai vuodet) tai jaa se pienempiin osiin.": (
        "Filtrera filen (t.ex. bara programmets kommuner eller år) eller dela den i mindre delar.",
        "Filter the file (for example only the programme's municipalities or years) or split it into smaller parts.",
    ),
}
