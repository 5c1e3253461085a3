"""Swedish and English for issue 17 (keyboard, screen readers, live views, banners, charts)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    # menus: unique accelerators per menu in every language
    "&Viimeksi avatut tiedostot": ("Senast öppna&de filer", "&Recent files"),
    "Tallenna toisella &nimellä\u2026": ("Spara so&m\u2026", "Save &As\u2026"),
    "V&ie\u2026": ("E&xportera\u2026", "E&xport\u2026"),
    "Lo&peta": ("&Avsluta", "&Quit"),
    "&Kumoa": ("&Ångra", "&Undo"),
    "&Tee uudelleen": ("&Gör om", "&Redo"),
    "&Tarkistukset": ("&Kontroller", "&Checks"),
    "&Muutoshistoria": ("Ändrings&historik", "&Undo history"),
    "T&oteumat ja tavoitteet": ("&Utfall och mål", "&Actuals and targets"),
    "Uusi kohde&ryhmä": ("Ny mål&grupp", "New tar&get group"),
    "P&oista": ("T&a bort", "&Delete"),
    "&Siirrä alas": ("Flytta &ned", "Move do&wn"),
    "Siirrä te&emaan": ("Flytta till t&ema", "Move to t&heme"),
    "Uusi &tyhjä lausunto": ("Nytt &tomt utlåtande", "New &blank statement"),
    "Uusi lausunto &lausuntopyyntöön\u2026": ("Nytt utlåtande om en &begäran om utlåtande\u2026",
                                            "New statement on a &consultation request\u2026"),
    "Uusi lausunto tästä &ohjelmasta": ("Nytt utlåtande om &detta program", "New statement on t&his programme"),
    "Uusi lausunto ohjelmat&iedostosta\u2026": ("Nytt utlåtande om en &programfil\u2026",
                                              "New statement on a &programme file\u2026"),
    "&Avaa lausunto\u2026": ("&Öppna utlåtande\u2026", "&Open statement\u2026"),
    "Esimerkki: &Mäntsälän lausunto ohjelmasta": ("Exempel: &Mäntsäläs utlåtande om ett program",
                                                  "Example: &Mäntsälä's statement on a programme"),
    "Esimerkki: Mi&kkelin lausunto lausuntopyyntöön": ("Exempel: S:t Mi&chels utlåtande om en begäran om utlåtande",
                                                       "Example: Mi&kkeli's statement on a consultation request"),
    "&Luo toteumapohja\u2026": ("&Skapa utfallsmall\u2026", "Create actuals &template\u2026"),
    # actuals template
    "toteumapohja": ("utfallsmall", "actuals_template"),
    "Luo toteumapohja": ("Skapa utfallsmall", "Create actuals template"),
    "Excel-työkirja (*.xlsx)": ("Excel-arbetsbok (*.xlsx)", "Excel workbook (*.xlsx)"),
    "Toteumapohjaa ei voitu luoda": ("Utfallsmallen kunde inte skapas", "The actuals template could not be created"),
    "Tiedostoa {0} ei voitu kirjoittaa: {1}\n\nValitse toinen kansio.":
        ("Filen {0} kunde inte skrivas: {1}\n\nVälj en annan mapp.",
         "The file {0} could not be written: {1}\n\nChoose another folder."),
    "Toteumapohja luotu": ("Utfallsmallen har skapats", "Actuals template created"),
    "Toteumapohja tallennettiin tiedostoon {0} ({1}, 12 kuukautta). Täytä kuukausien arvot ja tuo "
    "työkirja kohdasta Seuranta \u203a Tuo toteumat.":
        ("Utfallsmallen sparades i filen {0} ({1}, 12 månader). Fyll i månadsvärdena och importera "
         "arbetsboken under Uppföljning \u203a Importera utfall.",
         "The actuals template was saved to {0} ({1}, 12 months). Fill in the monthly values and "
         "import the workbook with Follow-up \u203a Import actuals."),
    # operating system errors
    "ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)":
        ("skrivrättighet saknas (filen eller mappen är skyddad eller används av ett annat program)",
         "no permission to write (the file or folder is protected or in use by another program)"),
    "kansiota ei löydy (se on poistettu tai verkkolevy ei ole yhteydessä)":
        ("mappen hittas inte (den har tagits bort eller nätverksenheten är inte ansluten)",
         "the folder cannot be found (it was removed or the network drive is not connected)"),
    "levy on täynnä": ("disken är full", "the disk is full"),
    "levy on vain luku -tilassa": ("disken är skrivskyddad", "the disk is read-only"),
    "tiedoston nimi tai polku on liian pitkä": ("filnamnet eller sökvägen är för lång",
                                              "the file name or path is too long"),
    "tiedoston nimessä on merkkejä, joita ei voi käyttää": ("filnamnet innehåller tecken som inte kan användas",
                                                          "the file name contains characters that cannot be used"),
    "käyttöjärjestelmä esti kirjoittamisen (virhekoodi {0})": ("operativsystemet hindrade skrivningen (felkod {0})",
                                                              "the operating system refused to write (error code {0})"),
    # comparison view and charts
    "Tuontihistoria": ("Importhistorik", "Import history"),
    "Mittarien tilanne": ("Indikatorernas läge", "Indicator status"),
    "Kuukausikaavio: %1": ("Månadsdiagram: %1", "Monthly chart: %1"),
    "Napsauta tai paina Enter, niin kaavio avautuu suurempana.":
        ("Klicka eller tryck Enter för att öppna diagrammet i större storlek.",
         "Click or press Enter to open the chart larger."),
    "Tavoite": ("Mål", "Target"),
    "Lähtöarvo": ("Utgångsvärde", "Baseline"),
    "Toteuma": ("Utfall", "Actual"),
    "Toteuma (kertymä)": ("Utfall (kumulativt)", "Actual (cumulative)"),
    "tammi": ("jan", "Jan"), "helmi": ("feb", "Feb"), "maalis": ("mar", "Mar"), "huhti": ("apr", "Apr"),
    "touko": ("maj", "May"), "kesä": ("jun", "Jun"), "heinä": ("jul", "Jul"), "elo": ("aug", "Aug"),
    "syys": ("sep", "Sep"), "loka": ("okt", "Oct"), "marras": ("nov", "Nov"), "joulu": ("dec", "Dec"),
}
TRANSLATIONS.update({
    "Ohjelman kohdat": ("Programmets delar", "Programme parts"),
    "Valitun kohdan teksti": ("Den valda delens text", "Text of the chosen part"),
    "Lausunnon osat": ("Utlåtandets delar", "Parts of the statement"),
    "Toteumatiedoston polku": ("Sökväg till utfallsfilen", "Path of the actuals file"),
    "&Välilehti:": ("&Blad:", "S&heet:"),
    "Välilehti": ("Blad", "Sheet"),
    "&Otsikkorivi:": ("&Rubrikrad:", "Header &row:"),
    "Otsikkorivi": ("Rubrikrad", "Heading line"),
    "Välilehden esikatselu": ("Förhandsvisning av bladet", "Sheet preview"),
    "Mittarien vastaavuudet": ("Indikatorernas motsvarigheter", "Indicator matches"),
    "Eikö tiedostoa vielä ole? Luo toteumapohja, jossa on rivi jokaiselle mittarille ja sarake jokaiselle "
    "kuukaudelle.": ("Har du ingen fil ännu? Skapa en utfallsmall med en rad för varje indikator och en kolumn "
                    "för varje månad.", "No file yet? Create an actuals template with a row for each indicator "
                    "and a column for each month."),
})
TRANSLATIONS.update({
    "Lausuntopyynnön kysymykset tekstinä": ("Frågorna i begäran om utlåtande som text",
                                           "The consultation request's questions as text"),
    "Rivit, joita ei luettu kysymyksiksi": ("Rader som inte lästes som frågor", "Lines not read as questions"),
})
TRANSLATIONS.update({
    "Tallennettavan tiedoston polku": ("Sökväg till filen som sparas", "Path of the file to save"),
})
TRANSLATIONS.update({
    # banner
    "Käyttäjä {0} ({1}) muokkaa tiedostoa {2}, joten se on avattu vain luku -tilassa.":
        ("Användaren {0} ({1}) redigerar filen {2}, därför har den öppnats skrivskyddad.",
         "{0} ({1}) is editing the file {2}, so it was opened read-only."),
    "Tiedosto {0} on kirjoitussuojattu, joten se on avattu vain luku -tilassa.":
        ("Filen {0} är skrivskyddad, därför har den öppnats skrivskyddad.",
         "The file {0} is write-protected, so it was opened read-only."),
    "Tiedosto {0} on avattu vain luku -tilassa.": ("Filen {0} har öppnats skrivskyddad.",
                                                  "The file {0} was opened read-only."),
    "Voit muokata, mutta tallenna muutokset toisella nimellä.":
        ("Du kan redigera, men spara ändringarna under ett annat namn.",
         "You can edit, but save your changes under another name."),
    "Käyttäjä {0} ({1}) on avannut myös tiedoston {2}. Jos muokkaatte yhtä aikaa, toisen muutokset katoavat: "
    "sopikaa, kumpi muokkaa, tai tallenna toisella nimellä.":
        ("Användaren {0} ({1}) har också öppnat filen {2}. Om ni redigerar samtidigt går den andras ändringar "
         "förlorade: kom överens om vem som redigerar, eller spara under ett annat namn.",
         "{0} ({1}) also has the file {2} open. If you both edit, one of you loses their changes: agree who "
         "edits, or save under another name."),
    "Tallenna toisella nimellä\u2026": ("Spara som\u2026", "Save as\u2026"),
    # damaged file and its backup
    "Tiedostoa ei voitu avata:\n{0}\n\nSen vieressä on edellisen tallennuksen varmuuskopio {1}. Avataanko "
    "varmuuskopio? Se avataan tallentamattomana kopiona, ja voit tallentaa sen haluamallasi nimellä. "
    "Vahingoittunutta tiedostoa ei muuteta.":
        ("Filen kunde inte öppnas:\n{0}\n\nBredvid den finns säkerhetskopian {1} från förra sparningen. Öppna "
         "säkerhetskopian? Den öppnas som en osparad kopia som du kan spara under valfritt namn. Den skadade "
         "filen ändras inte.",
         "The file could not be opened:\n{0}\n\nBeside it is the backup {1} from the previous save. Open the "
         "backup? It opens as an unsaved copy that you can save under any name. The damaged file is not "
         "changed."),
    "{0} (varmuuskopiosta)": ("{0} (från säkerhetskopian)", "{0} (from the backup)"),
    # error places in words
    "{0} (kohdassa: {1})": ("{0} (på stället: {1})", "{0} (at: {1})"),
    "teema {0}": ("tema {0}", "theme {0}"), "tavoite {0}": ("mål {0}", "focus area {0}"),
    "mittaririvi {0}": ("indikatorrad {0}", "indicator row {0}"), "palvelu {0}": ("tjänst {0}", "service {0}"),
    "kärki {0}": ("spets {0}", "spearhead {0}"), "kohderyhmä {0}": ("målgrupp {0}", "target group {0}"),
    "päätös {0}": ("beslut {0}", "decision {0}"), "taso {0}": ("nivå {0}", "level {0}"),
    "toteumatuonti {0}": ("utfallsimport {0}", "actuals import {0}"), "arvo {0}": ("värde {0}", "value {0}"),
    "otsikko": ("rubrik", "title"), "nimi": ("namn", "name"), "lähtöarvo": ("utgångsvärde", "baseline"),
    "tavoite": ("mål", "target"), "taso": ("nivå", "level"), "yksikkö": ("enhet", "unit"),
    "tietolähde": ("datakälla", "data source"), "vastuutaho": ("ansvarig", "responsible"),
    "huomautukset": ("anmärkningar", "notes"), "teksti": ("text", "text"), "tunniste": ("id", "id"),
    "rivin tyyppi": ("radtyp", "row type"), "suunta": ("riktning", "direction"), "kertymä": ("ackumulering", "aggregation"),
    "vuosi": ("år", "year"), "kausi": ("period", "period"), "päivämäärä": ("datum", "date"),
    "lyhenne": ("förkortning", "code"), "kuvaus": ("beskrivning", "description"),
    "ohjelman tiedot": ("programmets uppgifter", "programme details"),
    # statement on the open programme
    "Tallennetaanko ohjelma?": ("Spara programmet?", "Save the programme?"),
    "Lausunto viittaa ohjelman tallennettuun tiedostoon {0}. Ohjelmassa on tallentamattomia muutoksia. "
    "Tallennetaanko ne ennen lausunnon aloittamista?":
        ("Utlåtandet hänvisar till programmets sparade fil {0}. Programmet har osparade ändringar. Spara dem "
         "innan utlåtandet påbörjas?",
         "The statement refers to the programme's saved file {0}. The programme has unsaved changes. Save them "
         "before starting the statement?"),
})
TRANSLATIONS.update({
    "{0}. Siirry kohtaan kaksoisnapsauttamalla tai Enterillä.":
        ("{0}. Gå till stället genom att dubbelklicka eller trycka Enter.",
         "{0}. Double-click or press Enter to go to the place."),
})

#: Plural forms (Qt numerus): {source: ((fi one, fi many), (sv one, sv many), (en one, en many))}.
NUMERUS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "%n virhettä": (("%n virhe", "%n virhettä"), ("%n fel", "%n fel"), ("%n error", "%n errors")),
    "%n varoitusta": (("%n varoitus", "%n varoitusta"), ("%n varning", "%n varningar"),
                      ("%n warning", "%n warnings")),
    "%n huomiota": (("%n huomio", "%n huomiota"), ("%n anmärkning", "%n anmärkningar"), ("%n note", "%n notes")),
    "%n mittaria": (("%n mittari", "%n mittaria"), ("%n indikator", "%n indikatorer"),
                    ("%n indicator", "%n indicators")),
    "%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se "
    "kommentoitaessa oli.": (
        ("%n lainaus poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se "
         "kommentoitaessa oli.",
         "%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se "
         "kommentoitaessa oli."),
        ("%n citat avviker från programmets nuvarande text; i utlåtandet står citatet som det var när det "
         "kommenterades.",
         "%n citat avviker från programmets nuvarande text; i utlåtandet står citaten som de var när de "
         "kommenterades."),
        ("%n quotation differs from the programme's current text; the statement keeps it as it was when "
         "commented on.",
         "%n quotations differ from the programme's current text; the statement keeps them as they were when "
         "commented on.")),
}

#: Qt's own buttons in words the rest of the app uses: Qt's Finnish says "Peru", our buttons "Peruuta".
QT_OVERRIDES: dict[tuple[str, str], dict[str, str]] = {
    ("QPlatformTheme", "Cancel"): {"fi": "Peruuta"},
    ("QWizard", "Cancel"): {"fi": "Peruuta"},
}
TRANSLATIONS.update({
    "{0} klo {1}": ("{0} kl. {1}", "{0} at {1}"),
})
NUMERUS.update({
    "%n arvoa": (("%n arvo", "%n arvoa"), ("%n värde", "%n värden"), ("%n value", "%n values")),
})
TRANSLATIONS.update({
    "Huomautukset": ("Anmärkningar", "Notes"),
    "Lisää taso": ("Lägg till nivå", "Add level"),
    "Poista taso": ("Ta bort nivå", "Remove level"),
    "Lyhenne": ("Förkortning", "Code"),
    "Mittarien tasot": ("Indikatorernas nivåer", "Indicator levels"),
    "Muokkaa tasoa": ("Redigera nivå", "Edit level"),
    "Muokkaa viittausriviä": ("Redigera hänvisningsrad", "Edit cross-reference row"),
    "Taso (esim. Kaupunginvaltuusto)": ("Nivå (t.ex. Stadsfullmäktige)", "Level (e.g. City Council)"),
})
TRANSLATIONS.update({
    "%1, rivi %2: %3": ("%1, rad %2: %3", "%1, row %2: %3"),
})
TRANSLATIONS.update({
    # menu entries of the yearly cycle, with accelerators free in their menus in every language
    "Versi&ohistoria\u2026": ("Versions&historik\u2026", "Version &history\u2026"),
    "&Merkitse valitun mittarin tavoite tarkistetuksi": ("&Markera den valda mätarens mål som granskat",
                                                          "&Mark the selected indicator's target reviewed"),
    "Merkitse kaikki tavoitteet ta&rkistetuiksi": ("Markera a&lla mål som granskade", "Mark a&ll targets reviewed"),
})
TRANSLATIONS.update({
    # the statement window's menus: an accelerator for every entry, unique per menu
    "&Tyhjä lausunto": ("&Tomt utlåtande", "&Blank statement"),
    "Lausunto &lausuntopyyntöön…": ("Utlåtande om en &begäran om utlåtande…", "Statement on a &consultation request…"),
    "Lausunto &ohjelmasta…": ("Utlåtande om ett &program…", "Statement on a &programme…"),
    "&Esimerkkilausunnot": ("E&xempel på utlåtanden", "E&xample statements"),
    "&Mäntsälän kunta: lausunto ohjelmasta": ("&Mäntsälä kommun: utlåtande om programmet",
                                             "Municipality of &Mäntsälä: statement on the programme"),
    "Mi&kkelin kaupunki: lausunto VN/37864/2025": ("S:t Mi&chels stad: utlåtande VN/37864/2025",
                                                  "City of Mi&kkeli: statement VN/37864/2025"),
    "&PDF…": ("&PDF…", "&PDF…"),
    "&Word (.docx)…": ("&Word (.docx)…", "&Word (.docx)…"),
    "&Teksti lausuntopalvelu.fi:hin (.txt)…": ("&Text för utlatandetjanst.fi (.txt)…",
                                               "&Text for lausuntopalvelu.fi (.txt)…"),
    "&Lisää kysymyksiä lausuntopyynnöstä…": ("&Lägg till frågor från en begäran om utlåtande…",
                                            "Add &questions from a consultation request…"),
    "&Avaa kommentoitava ohjelma…": ("Ö&ppna programmet som kommenteras…", "&Open the programme to comment on…"),
    "Siirrä kohta &ylös": ("Flytta avsnittet &uppåt", "Move part u&p"),
    "&Siirrä kohta alas": ("Flytta avsnittet &nedåt", "Move part &down"),
})
TRANSLATIONS.update({
    "Avaa Lahden kuntakokeilun esi&merkki": ("Öppna exemplet &Lahtis kommunförsök", "Open the &Lahti pilot example"),
})
TRANSLATIONS.update({
    "Tiedostoa {0} ei voi kirjoittaa: {1}": ("Filen {0} kan inte skrivas: {1}", "The file {0} cannot be written: {1}"),
})
TRANSLATIONS.update({
    "Ennuste": ("Prognos", "Outlook"),
})
TRANSLATIONS.update({
    "Kansioon {0} ei voi kirjoittaa, joten tiedosto on avattu vain luku -tilassa.":
        ("Det går inte att skriva i mappen {0}, därför har filen öppnats skrivskyddad.",
         "The folder {0} cannot be written to, so the file was opened read-only."),
})
TRANSLATIONS.update({
    "teemat": ("teman", "themes"), "tavoitteet": ("målen", "focus areas"), "mittaririvit": ("indikatorraderna", "indicator rows"),
    "palvelut": ("tjänsterna", "services"), "kärjet": ("spetsarna", "spearheads"),
    "kohderyhmät": ("målgrupperna", "target groups"), "päätökset": ("besluten", "decisions"),
    "tasot": ("nivåerna", "levels"), "toteumatuonnit": ("utfallsimporterna", "actuals imports"),
    "arvot": ("värdena", "values"), "sopijakunnat": ("avtalskommunerna", "member municipalities"),
})
