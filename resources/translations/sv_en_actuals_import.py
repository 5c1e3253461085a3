"""Swedish and English for the actuals import's category, coverage and conflict texts (issue 11)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "%1 ristiriitaa: samalle mittarille, ajankohdalle ja kunnalle on eri arvoja. Valitse kullekin käytettävä arvo "
    "(tai ohita), ennen kuin tuot.": (
        "%1 konflikter: samma mätare, tidpunkt och kommun har olika värden. Välj värdet som ska användas för var och "
        "en (eller hoppa över) innan du importerar.",
        "%1 conflicts: the same indicator, period and municipality have different values. Choose the value to use "
        "for each (or skip) before importing.",
    ),
    "Alueen oma luku: %1": ("Områdets egen siffra: %1", "The area's own figure: %1"),
    "Ei käytetä (ei ohjelman aluetta): %1": ("Används inte (utanför programmets område): %1",
                                             "Not used (outside the programme's area): %1"),
    "Huomiot:": ("Observationer:", "Notes:"),
    "Kirjoita vuosi kuukausien yläpuolelle tai otsikkoon (esim. \u201dtammikuu 2026\u201d).": (
        "Skriv året ovanför månaderna eller i rubriken (t.ex. \u201djanuari 2026\u201d).",
        "Write the year above the months or in the heading (e.g. \u201cJanuary 2026\u201d).",
    ),
    "Kokonaisluokka valittiin valmiiksi; muiden luokkien rivit jätetään pois.": (
        "Totalklassen valdes på förhand; raderna för de andra klasserna lämnas bort.",
        "The total category was chosen; the rows of the other categories are left out.",
    ),
    "Kattavuus: %1": ("Täckning: %1", "Coverage: %1"),
    "Käytettävä arvo": ("Värde som används", "Value to use"),
    "Lasketaan yhteenvetoa…": ("Sammanfattningen beräknas…", "Computing the summary…"),
    "Luokka (esim. sukupuoli)": ("Klass (t.ex. kön)", "Category (e.g. sex)"),
    "Luokkaa ei voitu päätellä: valitse, minkä luokan luvut tuodaan.": (
        "Klassen kunde inte avgöras: välj vilken klass siffror som importeras.",
        "The category could not be told: choose which category's figures to import.",
    ),
    "Mihin luvut perustuvat:": ("Vad siffrorna bygger på:", "What the figures rest on:"),
    "Mikään arvo ei ole ohjelman alue eikä sen kunta. Valitse arvo, joka on ohjelman alue.": (
        "Inget värde är programmets område eller dess kommun. Välj värdet som är programmets område.",
        "No value is the programme's area or one of its municipalities. Choose the value that is the programme's area.",
    ),
    "Mittarin arvo (nimi otsikossa)": ("Mätarens värde (namnet i rubriken)", "Indicator value (name in the header)"),
    "Ohita nämä arvot": ("Hoppa över dessa värden", "Skip these values"),
    "Ohjelman kunnat: %1/%2 (%3)": ("Programmets kommuner: %1/%2 (%3)", "The programme's municipalities: %1/%2 (%3)"),
    "Ristiriidat on ratkaistu.": ("Konflikterna är lösta.", "The conflicts are resolved."),
    "Rivejä": ("Rader", "Rows"),
    "Sarake %1": ("Kolumn %1", "Column %1"),
    "Tarkista valinta (--select SARAKE=ARVO).": ("Kontrollera valet (--select KOLUMN=VÄRDE).",
                                                 "Check the choice (--select COLUMN=VALUE)."),
    "Tiedostossa on alueita tai luokkia (esim. sukupuoli). Kokonaisluokka ja ohjelman alue on valittu valmiiksi; "
    "valitse ne, joita ei tunnistettu.": (
        "Filen har områden eller klasser (t.ex. kön). Totalklassen och programmets område är förvalda; välj dem som "
        "inte kändes igen.",
        "The file has areas or categories (e.g. sex). The total category and the programme's area are chosen; choose "
        "those that were not recognised.",
    ),
    "Tuodaan %1 arvoa %2 mittarille (%3 riviä).": ("%1 värden importeras för %2 mätare (%3 rader).",
                                                  "%1 values will be imported for %2 indicators (%3 rows)."),
    "Vain valitun luokan rivit tuodaan.": ("Endast raderna för den valda klassen importeras.",
                                          "Only the rows of the chosen category are imported."),
    "Valitse käytettävät luvut": ("Välj siffrorna som används", "Choose the figures to use"),
    "Yhteenvetoa ei voitu laskea: ": ("Sammanfattningen kunde inte beräknas: ", "The summary could not be computed: "),
    "koko alue": ("hela området", "whole area"),
    "solu %1": ("cell %1", "cell %1"),
    "— valitse —": ("— välj —", "— choose —"),
}
