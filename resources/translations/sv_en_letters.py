"""Swedish and English for the statement letter fields and the report accessibility work (issue 18)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "Diaarinumero (dnro)": ("Diarienummer (dnr)", "Diary number (ref.)"),
    "Viite (lausuntopyyntö)": ("Hänvisning (begäran om utlåtande)", "Reference (request for comments)"),
    "Liitteet (yksi riville)": ("Bilagor (en per rad)", "Attachments (one per line)"),
    "Kirjeestä puuttuu tai on tarkistettava: {0}": ("Brevet saknar eller kontrollera: {0}",
                                                   "The letter lacks or needs a check: {0}"),
    "Muokkaa liitteitä": ("Redigera bilagor", "Edit attachments"),
    "Viety: {0} – kirjeestä puuttuu {1} tietoa, katso Lausunnon tiedot": (
        "Exporterat: {0} – brevet saknar {1} uppgifter, se Uppgifter om utlåtandet",
        "Exported: {0} – the letter lacks {1} details, see Statement details"),
}
