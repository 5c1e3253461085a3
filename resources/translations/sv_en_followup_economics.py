"""Swedish and English for the municipality follow-up, outlook, costs and scenarios (issue 16)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "&Ennuste ja skenaariot…": ("Pro&gnos och scenarier…", "&Outlook and scenarios…"),
    "&Kuntakortit…": ("Komm&unkort…", "Municipality car&ds…"),
    "(ei mittaria)": ("(ingen mätare)", "(no indicator)"),
    "Alkaen (pv)": ("Från (dagar)", "From (days)"),
    "Budjetti (€)": ("Budget (€)", "Budget (€)"),
    "Ei skenaarioita. Lisää skenaario nähdäksesi sen vaikutuksen.": (
        "Inga scenarier. Lägg till ett scenario för att se dess effekt.",
        "No scenarios. Add a scenario to see its effect."),
    "Ennuste ja skenaariot": ("Prognos och scenarier", "Outlook and scenarios"),
    "Ennuste vuoden lopussa: %1 (%2–%3), %4": ("Prognos vid årets slut: %1 (%2–%3), %4",
                                               "Year-end outlook: %1 (%2–%3), %4"),
    "Euroa": ("Euro", "Euros"),
    "Henkilöt": ("Personer", "Persons"),
    "Kaikki kunnat": ("Alla kommuner", "All municipalities"),
    "Kausi": ("Period", "Period"),
    "Kohde": ("Objekt", "Item"),
    "Kunnan osuus alueen lukumäärätavoitteista (esim. osuus alueen työttömistä). Kuntakortti käyttää osuutta "
    "kunnan tavoitteena; tyhjä: ei kuntakohtaista tavoitetta.": (
        "Kommunens andel av områdets antalsmål (t.ex. andel av områdets arbetslösa). Kommunkortet använder "
        "andelen som kommunens mål; tom: inget kommunmål.",
        "The municipality's share of the area's count targets (e.g. its share of the area's unemployed). The "
        "municipality card uses it as the municipality's target; empty: no municipality target."),
    "Kunta:": ("Kommun:", "Municipality:"),
    "Kuntakortit": ("Kommunkort", "Municipality cards"),
    "Kuntaosuus (%)": ("Kommunandel (%)", "Municipal share (%)"),
    "Kuntien osuudet": ("Kommunernas andelar", "Municipality shares"),
    "Kustannukset": ("Kostnader", "Costs"),
    "Kustannukset ja v&aikutukset…": ("Kostnader och &effekter…", "Costs and &effects…"),
    "Kustannukset ja vaikutukset": ("Kostnader och effekter", "Costs and effects"),
    "Kustannuksia ei voitu tuoda: {0}": ("Kostnaderna kunde inte importeras: {0}", "Costs could not be imported: {0}"),
    "Käytetty (€)": ("Använt (€)", "Spent (€)"),
    "Leveä: rivi per mittari ja kunta, kuukaudet sarakkeina": (
        "Bred: en rad per mätare och kommun, månaderna som kolumner",
        "Wide: a row per indicator and municipality, months as columns"),
    "Lisää rivi": ("Lägg till rad", "Add row"),
    "Lisää skenaario": ("Lägg till scenario", "Add scenario"),
    "Lukuja ei voitu tuoda: {0}": ("Talen kunde inte importeras: {0}", "The figures could not be imported: {0}"),
    "Mittarilla ei ole kuukausittaisia toteumia, joten ennustetta ei voi laskea.": (
        "Mätaren har inga månatliga utfall, så ingen prognos kan beräknas.",
        "The indicator has no monthly actuals, so no outlook can be computed."),
    "Mitä jos: muutos mittarin jäljellä oleviin kuukausiin (esim. 5 henkilöä enemmän töihin kuukaudessa) ja sen "
    "vaikutus vuoden lopun ennusteeseen ja kuntaosuuteen.": (
        "Tänk om: en förändring av mätarens återstående månader (t.ex. 5 fler personer i arbete per månad) och "
        "dess effekt på prognosen vid årets slut och på kommunandelen.",
        "What if: a change to the indicator's remaining months (e.g. 5 more people into work a month) and its "
        "effect on the year-end outlook and on the municipal share."),
    "Muuta kustannuksia ja skenaarioita": ("Ändra kostnader och scenarier", "Change costs and scenarios"),
    "Muutos / kk": ("Förändring / mån", "Change / month"),
    "OK": ("OK", "OK"),
    "Osuus (%)": ("Andel (%)", "Share (%)"),
    "Pitkä: rivi per mittari, kunta ja kuukausi": ("Lång: en rad per mätare, kommun och månad",
                                                   "Long: a row per indicator, municipality and month"),
    "Pohjan muoto:": ("Mallens form:", "Template shape:"),
    "Poista luvut": ("Ta bort talen", "Remove the figures"),
    "Poista skenaario": ("Ta bort scenario", "Remove scenario"),
    "Porras": ("Nivå", "Band"),
    "Porrastus": ("Nivåindelning", "Bands"),
    "Porrastus (kunta maksaa osuuden, kun etuutta on maksettu vähintään porrastuksen päivät):": (
        "Nivåer (kommunen betalar andelen när förmånen har betalats minst nivåns dagar):",
        "Bands (the municipality pays the share once the benefit has been paid for at least the band's days):"),
    "Päivät": ("Dagar", "Days"),
    "Rahat palveluittain tai tavoitteittain. Työllistyneiden mittarilla lasketaan kustannus työllistynyttä "
    "kohden.": (
        "Pengar per tjänst eller mål. Med mätaren för sysselsatta beräknas kostnaden per sysselsatt.",
        "Money per service or focus area. The employed indicator gives the cost per person employed."),
    "Raporttia ei voi tehdä: {0}": ("Rapporten kan inte göras: {0}", "The report cannot be made: {0}"),
    "Skenaariot": ("Scenarier", "Scenarios"),
    "Tallenna ja vie raportti…": ("Spara och exportera rapporten…", "Save and export the report…"),
    "Tallenna toteumapohja": ("Spara utfallsmallen", "Save the actuals template"),
    "Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv)": ("Kalkylblad (*.xlsx *.xlsm *.xls *.ods *.csv)",
                                                   "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
    "Tiedostoa {0} ei voi kirjoittaa: {1}": ("Filen {0} kan inte skrivas: {1}", "The file {0} cannot be written: {1}"),
    "Toteumapohja ku&nnittain…": ("Utfallsmall per &kommun…", "Actuals template by &municipality…"),
    "Toteumapohja kunnittain": ("Utfallsmall per kommun", "Actuals template by municipality"),
    "Toteumapohja tallennettu: {0}": ("Utfallsmallen sparad: {0}", "Actuals template saved: {0}"),
    "Toteumat kunnittain": ("Utfall per kommun", "Actuals by municipality"),
    "Tuo Excelistä…": ("Importera från Excel…", "Import from Excel…"),
    "Tuo luvut…": ("Importera tal…", "Import figures…"),
    "Tuodut luvut: {0} riviä": ("Importerade tal: {0} rader", "Imported figures: {0} rows"),
    "Työllistyneiden mittari": ("Mätare för sysselsatta", "Employed indicator"),
    "Työmarkkinatuen kuntaosuus": ("Kommunandel av arbetsmarknadsstödet", "Municipal share of labour-market subsidy"),
    "Työmarkkinatuen päiväraha:": ("Arbetsmarknadsstöd per dag:", "Labour-market subsidy per day:"),
    "Uusi skenaario": ("Nytt scenario", "New scenario"),
    "Valitse mittari, jolla on kuukausittaisia toteumia.": ("Välj en mätare med månatliga utfall.",
                                                            "Choose an indicator with monthly actuals."),
    "Valitse tiedosto": ("Välj fil", "Choose a file"),
    "Vältetyt päivät / hlö": ("Undvikta dagar / person", "Days avoided / person"),
    "ennuste epävarma: tavoite vaihteluvälin sisällä": ("prognosen osäker: målet inom intervallet",
                                                        "uncertain: the target lies within the range"),
    "ennusteen mukaan jää tavoitteesta": ("målet nås inte enligt prognosen", "expected to fall short of the target"),
    "ennusteen mukaan saavutetaan": ("uppnås enligt prognosen", "on course to be reached"),
    "koko alue": ("hela området", "whole area"),
    "tavoitteessa ei lukua": ("målet saknar tal", "the target has no number"),
    "{0}, rivi {1}, sarake {2}": ("{0}, rad {1}, kolumn {2}", "{0}, row {1}, column {2}"),
    "{0}: vuoden lopussa ennuste {1} (ilman skenaariota {2}); kuntaosuuden säästö {3}. Laskenta: {4}.": (
        "{0}: prognos vid årets slut {1} (utan scenario {2}); besparing i kommunandelen {3}. Beräkning: {4}.",
        "{0}: year-end outlook {1} (without the scenario {2}); saving in the municipal share {3}. Method: {4}."),
    "{0}: ”{1}” ei ole luku. Kirjoita esim. 12 500 tai 12,5.": (
        "{0}: ”{1}” är inte ett tal. Skriv t.ex. 12 500 eller 12,5.",
        "{0}: “{1}” is not a number. Type e.g. 12 500 or 12.5."),
}
