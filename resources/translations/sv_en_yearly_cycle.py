"""Swedish and English for the yearly cycle (roll-over, compare, approval, versions; issue 14)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    # menus and actions
    "Uusi vuo&si\u2026": ("Nytt å&r\u2026", "New &year\u2026"),
    "Ve&rtaa\u2026": ("&Jämför\u2026", "Com&pare\u2026"),
    "Versi&ot\u2026": ("Versi&oner\u2026", "Versi&ons\u2026"),
    "Tila ja &hyväksyntä\u2026": ("Status och &godkännande\u2026", "Status and appro&val\u2026"),
    "Merkitse valitun mittarin tavoite &tarkistetuksi": ("Markera den valda mätarens mål som &granskat",
                                                         "Mark the selected indicator's target &reviewed"),
    "Merkitse kaikki tavoitteet tarkistetuiksi": ("Markera alla mål som granskade", "Mark all targets reviewed"),
    "Merkitse tavoitteet tarkistetuiksi": ("Markera mål som granskade", "Mark targets reviewed"),
    "Merkitse tavoite tarkistetuksi: {0}": ("Markera målet som granskat: {0}", "Mark target reviewed: {0}"),
    "Hyväksytty ohjelma on lukittu. Aloita uusi versio muuttaaksesi sitä.": (
        "Det godkända programmet är låst. Påbörja en ny version för att ändra det.",
        "The approved programme is locked. Start a new version to change it."),
    "Uusi vuosi {0}": ("Nytt år {0}", "New year {0}"),
    "Uusi vuosi {0} (tallentamaton)": ("Nytt år {0} (osparat)", "New year {0} (unsaved)"),
    "Uuden vuoden luonnos tehty. Tallenna se uudella nimellä; edellisen vuoden tiedosto ei muuttunut.": (
        "Utkastet för det nya året är klart. Spara det med ett nytt namn; förra årets fil ändrades inte.",
        "The new year's draft is ready. Save it under a new name; last year's file was not changed."),
    "Tallenna versio {0}": ("Spara version {0}", "Save version {0}"),
    "{0} (kopio, tallentamaton)": ("{0} (kopia, osparad)", "{0} (copy, unsaved)"),
    "Aseta tila: {0}": ("Ange status: {0}", "Set status: {0}"),
    "Aloita uusi versio": ("Påbörja en ny version", "Start a new version"),
    "Hyväksytty ohjelma säilyy tiedostossa muuttumattomana versiona. Muutokset tehdään uuteen luonnosversioon, "
    "jonka tila on luonnos ja jolla ei ole päätöksiä. Aloitetaanko uusi versio?": (
        "Det godkända programmet sparas oförändrat som en version i filen. Ändringarna görs i en ny "
        "utkastversion utan beslut. Vill du påbörja en ny version?",
        "The approved programme is kept unchanged as a version in the file. Changes go into a new draft "
        "version without decisions. Start a new version?"),
    "Uutta versiota ei aloitettu": ("Ingen ny version påbörjades", "No new version was started"),
    # lock banner
    "Aloita &uusi versio": ("Påbörja en &ny version", "Start a &new version"),
    "<b>Hyväksytty ohjelma on lukittu.</b> {0} on hyväksytty ({1}). Sitä ei voi muuttaa; muutokset tehdään "
    "uuteen versioon, ja hyväksytty versio säilyy muuttumattomana.": (
        "<b>Det godkända programmet är låst.</b> {0} har godkänts ({1}). Det kan inte ändras; ändringar görs "
        "i en ny version och den godkända versionen bevaras oförändrad.",
        "<b>The approved programme is locked.</b> {0} was approved ({1}). It cannot be changed; changes go "
        "into a new version and the approved version is kept unchanged."),
    "ei päätöstietoja": ("inga beslutsuppgifter", "no decision details"),
    "Hyväksytty ohjelma on lukittu.": ("Det godkända programmet är låst.", "The approved programme is locked."),
    # roll-over dialog
    "Uusi vuosi": ("Nytt år", "New year"),
    "Uuden ohjelman &vuosi:": ("Det nya programmets &år:", "&Year of the new programme:"),
    "Vuosiluvut teksteissä: valitse muutettavat": ("Årtal i texterna: välj vilka som ändras",
                                                   "Years in the texts: choose which to change"),
    "Nyt": ("Nu", "Now"),
    "Uusi teksti": ("Ny text", "New text"),
    "Vuosiluvut teksteissä": ("Årtal i texterna", "Years in the texts"),
    "Valitse &kaikki": ("Välj &alla", "Select &all"),
    "&Poista valinnat": ("&Avmarkera alla", "&Clear selection"),
    "Uudet lähtöarvot": ("Nya utgångsvärden", "New baselines"),
    "Vanha lähtöarvo": ("Gammalt utgångsvärde", "Old baseline"),
    "Uusi lähtöarvo": ("Nytt utgångsvärde", "New baseline"),
    "Lähde": ("Källa", "Source"),
    "Tavoitteet säilyvät ja merkitään tarkistettaviksi (ne näkyvät Tarkistukset-paneelissa). Päätökset "
    "tyhjennetään ja tila on luonnos. Edellisen vuoden toteumat säilyvät mittareiden historiana. Alkuperäistä "
    "ohjelmaa ei muuteta: uusi ohjelma avautuu tallentamattomana.": (
        "Målen behålls och markeras för granskning (de visas i panelen Kontroller). Besluten töms och statusen "
        "blir utkast. Förra årets utfall bevaras som mätarnas historik. Det ursprungliga programmet ändras "
        "inte: det nya programmet öppnas osparat.",
        "Targets are kept and marked for review (they are listed in the Checks panel). Decisions are cleared "
        "and the status is draft. Last year's actuals stay as the indicators' history. The original programme "
        "is not changed: the new programme opens unsaved."),
    "Luo uuden vuoden luonnos": ("Skapa utkast för det nya året", "Create the new year's draft"),
    "Peruuta": ("Avbryt", "Cancel"),
    "Ohjelmasta \u201d{0}\u201d tehdään seuraavan vuoden luonnos.": (
        "Av programmet \u201d{0}\u201d görs ett utkast för nästa år.",
        "A draft for the next year is made from the programme \u201c{0}\u201d."),
    "(nimetön ohjelma)": ("(namnlöst program)", "(untitled programme)"),
    "toteuma": ("utfall", "actual"),
    "tavoite": ("mål", "target"),
    "Toteumaa ei ollut: lähtöarvoksi tulee edellisen vuoden tavoite.": (
        "Inget utfall fanns: förra årets mål blir utgångsvärde.",
        "There was no actual: last year's target becomes the baseline."),
    "Edellisen vuoden viimeisin toteuma ja sen ajankohta.": ("Förra årets senaste utfall och dess tidpunkt.",
                                                            "Last year's latest actual and its period."),
    "{0} lähtöarvoa toteumasta, {1} edellisen vuoden tavoitteesta.": (
        "{0} utgångsvärden från utfall, {1} från förra årets mål.",
        "{0} baselines from actuals, {1} from last year's targets."),
    # compare dialog
    "Vertaa ohjelmia": ("Jämför program", "Compare programmes"),
    "&A (vanhempi):": ("&A (äldre):", "&A (older):"),
    "&B (uudempi):": ("&B (nyare):", "&B (newer):"),
    "&Vertaa": ("&Jämför", "&Compare"),
    "Muutokset": ("Ändringar", "Changes"),
    "A: ennen": ("A: före", "A: before"),
    "B: nyt": ("B: nu", "B: now"),
    "\u25c0 &Edellinen muutos": ("\u25c0 &Föregående ändring", "\u25c0 &Previous change"),
    "&Seuraava muutos \u25b6": ("&Nästa ändring \u25b6", "&Next change \u25b6"),
    "Edellinen muutos (Vaihto+F8)": ("Föregående ändring (Skift+F8)", "Previous change (Shift+F8)"),
    "Seuraava muutos (F8)": ("Nästa ändring (F8)", "Next change (F8)"),
    "Vie &muutosraportti\u2026": ("Exportera &ändringsrapport\u2026", "Export change &report\u2026"),
    "Sulje": ("Stäng", "Close"),
    "Avoin ohjelma: {0}": ("Öppet program: {0}", "Open programme: {0}"),
    "Tallennettu versio: {0}": ("Sparad version: {0}", "Saved version: {0}"),
    "Toinen ohjelmatiedosto\u2026": ("En annan programfil\u2026", "Another programme file\u2026"),
    "Tiedostoa ei voi verrata": ("Filen kan inte jämföras", "The file cannot be compared"),
    "Tiedosto: {0}": ("Fil: {0}", "File: {0}"),
    "Valitse verrattava ohjelma": ("Välj programmet att jämföra", "Choose the programme to compare"),
    "<b>A:</b> {0}": ("<b>A:</b> {0}", "<b>A:</b> {0}"),
    "<b>B:</b> {0}": ("<b>B:</b> {0}", "<b>B:</b> {0}"),
    "{0} muutosta: {1} lisätty, {2} poistettu, {3} muutettu, {4} siirretty.": (
        "{0} ändringar: {1} tillagda, {2} borttagna, {3} ändrade, {4} flyttade.",
        "{0} changes: {1} added, {2} removed, {3} changed, {4} moved."),
    "Ei muutoksia: ohjelmat ovat samat.": ("Inga ändringar: programmen är lika.",
                                          "No changes: the programmes are the same."),
    "lisätty": ("tillagd", "added"),
    "poistettu": ("borttagen", "removed"),
    "muutettu": ("ändrad", "changed"),
    "siirretty": ("flyttad", "moved"),
    "Muutos {0} / {1}": ("Ändring {0} / {1}", "Change {0} / {1}"),
    "PDF (*.pdf)": ("PDF (*.pdf)", "PDF (*.pdf)"),
    "Word (*.docx)": ("Word (*.docx)", "Word (*.docx)"),
    "Vie muutosraportti": ("Exportera ändringsrapport", "Export change report"),
    "Muutosraporttia ei voi viedä": ("Ändringsrapporten kan inte exporteras", "The change report cannot be exported"),
    "Muutosraportti viety: {0}": ("Ändringsrapporten exporterad: {0}", "Change report exported: {0}"),
    # approval dialog
    "Tila ja hyväksyntä": ("Status och godkännande", "Status and approval"),
    "Ohjelman tila": ("Programmets status", "Status of the programme"),
    "Luonnos": ("Utkast", "Draft"),
    "Lausunnolla": ("På remiss", "For comment"),
    "Hallituksen ehdotus valtuustolle": ("Styrelsens förslag till fullmäktige", "Board proposal to the council"),
    "Hyväksytty valtuustossa (lukitaan)": ("Godkänt av fullmäktige (låses)", "Approved by the council (locked)"),
    "Päätös": ("Beslut", "Decision"),
    "esim. 16.12.2026": ("t.ex. 16.12.2026", "e.g. 16.12.2026"),
    "esim. § 45": ("t.ex. § 45", "e.g. § 45"),
    "&Toimielin:": ("&Organ:", "&Body:"),
    "&Päivämäärä:": ("&Datum:", "&Date:"),
    "&Pykälä:": ("&Paragraf:", "&Section:"),
    "Nyt: {0}": ("Nu: {0}", "Now: {0}"),
    "Aseta tila": ("Ange status", "Set status"),
    "Hyväksytty ohjelma lukitaan: se avautuu vain luku -tilassa, ja muutokset tehdään uuteen versioon. "
    "Hyväksytty versio tallennetaan ohjelmaan muuttumattomana.": (
        "Ett godkänt program låses: det öppnas skrivskyddat och ändringar görs i en ny version. Den godkända "
        "versionen sparas oförändrad i programmet.",
        "An approved programme is locked: it opens read-only and changes go into a new version. The approved "
        "version is stored unchanged in the programme."),
    "hallituksen ehdotus": ("styrelsens förslag", "board proposal"),
    # versions dialog
    "Versiot": ("Versioner", "Versions"),
    "Versiot tallennetaan ohjelmatiedoston sisään. Valitse kaksi riviä verrataksesi niitä keskenään, tai yksi "
    "verrataksesi sitä nykyiseen.": (
        "Versionerna sparas i programfilen. Välj två rader för att jämföra dem med varandra, eller en för att "
        "jämföra den med den nuvarande.",
        "Versions are stored inside the programme file. Select two rows to compare them with each other, or "
        "one to compare it with the current one."),
    "Versio": ("Version", "Version"),
    "Tila": ("Status", "Status"),
    "Tallennettu": ("Sparad", "Saved"),
    "Lisätieto": ("Tilläggsuppgift", "Note"),
    "&Tallenna nykyinen versioksi\u2026": ("&Spara nuvarande som version\u2026", "&Save current as a version\u2026"),
    "&Vertaa valittuja": ("&Jämför valda", "&Compare selected"),
    "&Avaa kopiona": ("&Öppna som kopia", "&Open as a copy"),
    "Nykyinen: {0}": ("Nuvarande: {0}", "Current: {0}"),
    "(nimeämätön)": ("(namnlös)", "(unnamed)"),
    "Tallenna versio": ("Spara version", "Save version"),
    "Version nimi:": ("Versionens namn:", "Name of the version:"),
    "Lisätieto (vapaaehtoinen):": ("Tilläggsuppgift (frivillig):", "Note (optional):"),
    "Versiota ei tallennettu": ("Versionen sparades inte", "The version was not saved"),
    # follow-up chart
    "Edellinen vuosi: pisteviiva": ("Föregående år: prickad linje", "Previous year: dotted line"),
    # checks
    "Mittarin {0} tavoite {1} on siirretty edellisestä vuodesta eikä sitä ole tarkistettu.": (
        "Mätaren {0}: målet {1} har förts över från förra året och har inte granskats.",
        "Indicator {0}: the target {1} was carried over from last year and has not been reviewed."),
    "Mittarin {0} lähtöarvo {1} on edellisen vuoden tavoite, koska toteumaa ei ollut.": (
        "Mätaren {0}: utgångsvärdet {1} är förra årets mål, eftersom det inte fanns något utfall.",
        "Indicator {0}: the baseline {1} is last year's target, as there was no actual."),
}
