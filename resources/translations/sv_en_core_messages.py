"""Swedish and English for the core's messages worded by the GUI (desktop/programme/actuals/message_text.py, issue 13)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    # (the follow-up's notes and actuals: planner/wording_fi.py, taken at the end of this file)
    # import warnings
    'Ajankohtaa ei tunnistettu, rivit ohitettiin: {periods}': ('Tidpunkten kändes inte igen, raderna förbigicks: {periods}', 'The period was not recognised; the rows were skipped: {periods}'),
    '{count} yhteensä-riviä ohitettiin, jotta mitään ei lasketa kahdesti.': ('{count} summarader förbigicks så att inget räknas två gånger.', '{count} total rows were skipped so that nothing is counted twice.'),
    'Yhteensä-sarake {columns} jätettiin pois; vuoden arvo lasketaan kuukausista.': ('Summakolumnen {columns} lämnades bort; årsvärdet räknas från månaderna.', 'The total column {columns} was left out; the year value is calculated from the months.'),
    'Lähtöarvo- ja tavoitesarakkeita ei tuotu toteumiksi: {columns}.': ('Kolumner med utgångsvärden och mål importerades inte som utfall: {columns}.', 'Baseline and target columns were not imported as actuals: {columns}.'),
    'Kuukausien vuosi luettiin niiden yläpuolelta: {years}.': ('Månadernas år lästes ovanför dem: {years}.', "The months' year was read from above them: {years}."),
    'Kuukausien vuosi luettiin välilehden nimestä ”{sheet}”.': ('Månadernas år lästes ur bladets namn ”{sheet}”.', "The months' year was read from the sheet name “{sheet}”."),
    'Kuukausien vuotta ei ole kerrottu tiedostossa; oletettiin ohjelman vuosi {year}.': ('Månadernas år anges inte i filen; programmets år {year} antogs.', "The file does not give the months' year; the programme year {year} was assumed."),
    '{count} tyhjää tai puuttuvaa arvoa (esim. ”..” tai ”-”) ohitettiin.': ('{count} tomma eller saknade värden (t.ex. ”..” eller ”-”) förbigicks.', '{count} empty or missing values (e.g. “..” or “-”) were skipped.'),
    'Välilehdellä on {total} riviä; vain ensimmäiset {read} luettiin.': ('Bladet har {total} rader; endast de första {read} lästes.', 'The sheet has {total} rows; only the first {read} were read.'),
    'Välilehteä ”{sheet}” ei luettu: {reason}': ('Bladet ”{sheet}” lästes inte: {reason}', 'The sheet “{sheet}” was not read: {reason}'),
    'Tiedostosta ei löytynyt yhtään toteuma-arvoa.': ('Filen innehöll inga utfallsvärden.', 'No actual values were found in the file.'),
    'Sarake {column}: käytettiin luokkaa ”{chosen}”; ohitettiin {skipped}.': ('Kolumn {column}: klassen ”{chosen}” användes; {skipped} förbigicks.', 'Column {column}: the category “{chosen}” was used; {skipped} skipped.'),
    'Sarake {column}: käytettiin luokkaa ”{chosen}” (kokonaisluokka); ohitettiin {skipped}.': ('Kolumn {column}: klassen ”{chosen}” användes (totalklass); {skipped} förbigicks.', 'Column {column}: the category “{chosen}” was used (the total); {skipped} skipped.'),
    'Sarake {column}: käytettiin luokkaa ”{chosen}” (valittu); ohitettiin {skipped}.': ('Kolumn {column}: klassen ”{chosen}” användes (vald); {skipped} förbigicks.', 'Column {column}: the category “{chosen}” was used (chosen); {skipped} skipped.'),
    '{count} riviä muista luokista jätettiin pois.': ('{count} rader från andra klasser lämnades bort.', '{count} rows of other categories were left out.'),
    '{count} riviä alueilta, jotka eivät ole ohjelman alue eivätkä sen kuntia, jätettiin pois: {areas}.': ('{count} rader från områden som varken är programmets område eller dess kommuner lämnades bort: {areas}.', "{count} rows of areas that are neither the programme's area nor its municipalities were left out: {areas}."),
    'Sarake {column}: ”{chosen}” käytettiin ohjelman alueena (valittu).': ('Kolumn {column}: ”{chosen}” användes som programmets område (valt).', "Column {column}: “{chosen}” was used as the programme's area (chosen)."),
    '”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin yhteen, koska mittarin kooste on ”summa”).': ('”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (summerades, eftersom mätarens sammanställning är ”summa”).', "“{indicator}”: {rows} daily rows were combined into values of {months} months (added up, as the indicator's aggregation is “sum”)."),
    '”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin kuukauden viimeisimmän päivän arvoa, koska mittarin kooste on ”viimeisin”).': ('”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (månadens senaste dags värde användes, eftersom mätarens sammanställning är ”senaste”).', "“{indicator}”: {rows} daily rows were combined into values of {months} months (the month's latest day was used, as the indicator's aggregation is “latest”)."),
    '”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin keskiarvo, koska mittarin kooste on ”keskiarvo”).': ('”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (medelvärdet räknades, eftersom mätarens sammanställning är ”medelvärde”).', "“{indicator}”: {rows} daily rows were combined into values of {months} months (the mean was taken, as the indicator's aggregation is “mean”)."),
    '”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin suurinta, koska mittarin kooste on ”suurin”).': ('”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (det största användes, eftersom mätarens sammanställning är ”största”).', "“{indicator}”: {rows} daily rows were combined into values of {months} months (the largest was used, as the indicator's aggregation is “maximum”)."),
    '{count} prosenttimuotoista solua (esim. 0,33) luettiin prosentteina (33 %), koska mittarin yksikkö on %.': ('{count} celler i procentformat (t.ex. 0,33) lästes som procent (33 %), eftersom mätarens enhet är %.', "{count} percentage-formatted cells (e.g. 0.33) were read as percentages (33 %), as the indicator's unit is %."),
    '{count} virstanpylväsmittarin arvoa ei tunnistettu (käytä esim. ”valmis”, ”kesken”, 1 tai 0).': ('{count} värden för delmålsmätare kändes inte igen (använd t.ex. ”valmis”, ”kesken”, 1 eller 0).', '{count} milestone values were not recognised (use e.g. “valmis”, “kesken”, 1 or 0).'),
    '{count} riviä toisti saman arvon samalle mittarille, ajankohdalle ja kunnalle; arvo tuotiin kerran.': ('{count} rader upprepade samma värde för samma mätare, tidpunkt och kommun; värdet importerades en gång.', '{count} rows repeated the same value for the same indicator, period and municipality; the value was imported once.'),
    '{count} arvoa on muilta vuosilta kuin {year} ({years}); ne tallennetaan historiaksi mutta eivät vaikuta vertailuun.': ('{count} värden gäller andra år än {year} ({years}); de sparas som historik men påverkar inte jämförelsen.', '{count} values are from years other than {year} ({years}); they are kept as history but do not affect the comparison.'),
    'Raportointipäivän {date} jälkeiset ajankohdat ({periods}) tallennetaan, mutta niitä ei verrata.': ('Tidpunkter efter rapportdagen {date} ({periods}) sparas men jämförs inte.', 'Periods after the report date {date} ({periods}) are kept but not compared.'),
    'Vahvistamaton vastaavuus: ”{key}” → ”{candidate}” ({score} %), ei tuotu; vahvista ohjatussa tuonnissa.': ('Obekräftad motsvarighet: ”{key}” → ”{candidate}” ({score} %), importerades inte; bekräfta i guiden.', 'Unconfirmed match: “{key}” → “{candidate}” ({score} %), not imported; confirm it in the import wizard.'),
    # errors of an import of actuals with figures in them
    "taulukko on liian suuri luettavaksi (noin {megabytes} Mt taulukkodataa, yli {rows} riviä).": (
        "tabellen är för stor för att läsas (cirka {megabytes} MB tabelldata, över {rows} rader).",
        "the sheet is too large to read (about {megabytes} MB of sheet data, over {rows} rows)."),
    "välilehden käytetty alue ulottuu soluun {cell} ({rows} riviä \u00d7 {cols} saraketta); niin suurta aluetta "
    "ei voi lukea toteumiksi.": (
        "bladets använda område sträcker sig till cell {cell} ({rows} rader \u00d7 {cols} kolumner); ett så stort "
        "område kan inte läsas som utfall.",
        "the sheet's used range reaches cell {cell} ({rows} rows \u00d7 {cols} columns); so large a range cannot "
        "be read as actuals."),
    "{count} kaavasolulla ei ole tallennettua arvoa ({cells}), joten niiden lukuja ei voi lukea.": (
        "{count} formelceller har inget sparat värde ({cells}), så deras tal kan inte läsas.",
        "{count} formula cells have no saved value ({cells}), so their numbers cannot be read."),
    'tiedosto ei ole taulukko vaan {what}, vaikka sen pääte on {suffix}.': ('filen är ingen tabell utan {what}, fast dess filändelse är {suffix}.', 'the file is not a table but {what}, although its extension is {suffix}.'),
    'tiedosto purkautuu liian suureksi ({megabytes} Mt).': ('filen packas upp till en för stor storlek ({megabytes} MB).', 'the file unpacks to too large a size ({megabytes} MB).'),
    'tiedosto ei ole Excel-työkirja, vaikka sen pääte on {suffix}.': ('filen är ingen Excel-arbetsbok, fast dess filändelse är {suffix}.', 'the file is not an Excel workbook, although its extension is {suffix}.'),
    'tiedosto on liian suuri ({megabytes} Mt).': ('filen är för stor ({megabytes} MB).', 'the file is too large ({megabytes} MB).'),
    'tiedostoa ei voi lukea (käyttöjärjestelmän virhe {errno}).': ('filen kan inte läsas (operativsystemets fel {errno}).', 'the file cannot be read (operating system error {errno}).'),
    'välilehteä ”{sheet}” ei ole; välilehdet: {sheets}.': ('bladet ”{sheet}” finns inte; bladen: {sheets}.', 'there is no sheet “{sheet}”; the sheets: {sheets}.'),
    'CSV-tiedosto on liian suuri ({megabytes} Mt).': ('CSV-filen är för stor ({megabytes} MB).', 'the CSV file is too large ({megabytes} MB).'),
    'CSV-tiedoston rakenne on rikki (kenttä on liian pitkä).': ('CSV-filens struktur är trasig (ett fält är för långt).', "the CSV file's structure is broken (a field is too long)."),
    'CSV-tiedoston rakenne on rikki (lainausmerkit eivät täsmää).': ('CSV-filens struktur är trasig (citattecknen stämmer inte).', "the CSV file's structure is broken (the quotation marks do not match)."),
    'sarakkeet {first} ja {second} ovat kumpikin {period}; kuukausien vuotta ei voi päätellä.': ('kolumnerna {first} och {second} är båda {period}; månadernas år kan inte härledas.', "columns {first} and {second} are both {period}; the months' year cannot be told."),
}

# Choosing a category or the area, conflicting values and the economics files (issue 13: coded errors).
TRANSLATIONS.update({
    "sarakkeessa {column} ei ole arvoa ”{value}”; arvot: {values}.": (
        "kolumnen {column} har inget värde ”{value}”; värden: {values}.",
        "column {column} has no value ”{value}”; values: {values}."),
    "valinta ”{key}” ei osu sarakkeeseen, jonka arvo pitää valita (sarakkeet: {columns}).": (
        "valet ”{key}” motsvarar ingen kolumn vars värde ska väljas (kolumner: {columns}).",
        "the choice ”{key}” matches no column whose value must be chosen (columns: {columns})."),
    "valinta ”{key}” ei osu sarakkeeseen: tiedostossa ei ole saraketta, jonka arvo pitää valita.": (
        "valet ”{key}” motsvarar ingen kolumn: filen har ingen kolumn vars värde ska väljas.",
        "the choice ”{key}” matches no column: the file has no column whose value must be chosen."),
    "sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); valitse, mikä arvo on ohjelman alue.": (
        "värdena i kolumnen {column} är varken programmets område eller dess kommuner ({values}); "
        "välj vilket värde som är programmets område.",
        "the values of column {column} are neither the programme's area nor its municipalities ({values}); "
        "choose which value is the programme's area."),
    "sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); valitse, mikä arvo on ohjelman "
    "alue (ja {others} muuta saraketta).": (
        "värdena i kolumnen {column} är varken programmets område eller dess kommuner ({values}); "
        "välj vilket värde som är programmets område (och {others} andra kolumner).",
        "the values of column {column} are neither the programme's area nor its municipalities ({values}); "
        "choose which value is the programme's area (and {others} other columns)."),
    "sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään.": (
        "kolumnen {column} har flera kategorier ({values}); välj vilket värde som används.",
        "column {column} has several categories ({values}); choose which value to use."),
    "sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään (ja {others} muuta saraketta).": (
        "kolumnen {column} har flera kategorier ({values}); välj vilket värde som används (och {others} andra kolumner).",
        "column {column} has several categories ({values}); choose which value to use (and {others} other columns)."),
    "mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells}.": (
        "indikatorn ”{indicator}” har olika värden för {where} i cellerna {cells}.",
        "indicator ”{indicator}” has different values for {where} in cells {cells}."),
    "mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells} (ristiriitoja yhteensä {count}).": (
        "indikatorn ”{indicator}” har olika värden för {where} i cellerna {cells} (konflikter totalt {count}).",
        "indicator ”{indicator}” has different values for {where} in cells {cells} ({count} conflicts in all)."),
    "otsikkoriviä ei löytynyt: tarvitaan sarakkeet {columns}.": (
        "ingen rubrikrad hittades: kolumnerna {columns} behövs.",
        "no header row was found: the columns {columns} are needed."),
    "{what} ei ole luku.": ("{what} är inte ett tal.", "{what} is not a number."),
    "{what} ”{cell}” ei ole luku.": ("{what} ”{cell}” är inte ett tal.", "{what} ”{cell}” is not a number."),
    "ajankohtaa ”{cell}” ei tunnistettu.": ("tidpunkten ”{cell}” kändes inte igen.", "the period ”{cell}” was not recognised."),
    "sarakkeet Henkilöt, Päivät tai Euroa puuttuvat.": (
        "kolumnerna Henkilöt (personer), Päivät (dagar) eller Euroa (euro) saknas.",
        "the columns Henkilöt (persons), Päivät (days) or Euroa (euros) are missing."),
    "porrasta ”{cell}” ei tunnistettu.": ("steget ”{cell}” kändes inte igen.", "the band ”{cell}” was not recognised."),
    "Käytä porrastuksia: {bands}.": ("Använd stegen: {bands}.", "Use the bands: {bands}."),
    "tiedostossa ei ole kuntaosuuden lukuja.": (
        "filen har inga siffror för kommunandelen.", "the file has no figures of the municipal share."),
    "sarakkeet Budjetti ja Käytetty puuttuvat.": (
        "kolumnerna Budjetti (budget) och Käytetty (använt) saknas.",
        "the columns Budjetti (budget) and Käytetty (spent) are missing."),
    "mittaria ”{cell}” ei ole ohjelmassa.": ("indikatorn ”{cell}” finns inte i programmet.",
                                              "indicator ”{cell}” is not in the programme."),
    "kuntaa ”{name}” ei ole ohjelmassa.": ("kommunen ”{name}” finns inte i programmet.",
                                            "municipality ”{name}” is not in the programme."),
    "Ohjelman kunnat: {municipalities}.": ("Programmets kommuner: {municipalities}.",
                                            "The programme's municipalities: {municipalities}."),
    "osuus ”{cell}” ei ole 0–100 %.": ("andelen ”{cell}” är inte 0–100 %.", "the share ”{cell}” is not 0–100 %."),
    # hints of the economics files (desktop/programme/actuals/error_text.py MESSAGES)
    "Lisää otsikkorivi ensimmäisten 30 rivin joukkoon.": (
        "Lägg till en rubrikrad bland de 30 första raderna.", "Add a header row within the first 30 rows."),
    "Kirjoita luku, esim. 1234 tai 12,5.": ("Skriv ett tal, t.ex. 1234 eller 12,5.", "Write a number, e.g. 1234 or 12.5."),
    "Kirjoita esim. 6/2026, 2026-06, kesäkuu 2026 tai 2026.": (
        "Skriv t.ex. 6/2026, 2026-06, juni 2026 eller 2026.", "Write e.g. 6/2026, 2026-06, June 2026 or 2026."),
    "Täytä vähintään Kausi, Porras ja Päivät tai Euroa.": (
        "Fyll i åtminstone Kausi (period), Porras (steg) och Päivät (dagar) eller Euroa (euro).",
        "Fill in at least Kausi (period), Porras (band) and Päivät (days) or Euroa (euros)."),
    "Kirjoita mittarin tunnus (esim. M34) tai nimi.": (
        "Skriv indikatorns kod (t.ex. M34) eller namn.", "Write the indicator's code (e.g. M34) or name."),
})

# The follow-up's notes, actuals without a figure and coverage lines: worded in the core for the
# reports' sv/en too, so the GUI takes the same texts (planner/wording_fi.py, the *_SV_EN tables).
from planner.wording_fi import (  # noqa: E402
    ACTUALS,
    ACTUALS_SV_EN,
    COSTS,
    COSTS_SV_EN,
    COVERAGE,
    COVERAGE_SV_EN,
    NOTES,
    NOTES_SV_EN,
    OUTLOOK,
    OUTLOOK_SV_EN,
)

for _fi, _sv_en in ((NOTES, NOTES_SV_EN), (ACTUALS, ACTUALS_SV_EN), (COVERAGE, COVERAGE_SV_EN), (COSTS, COSTS_SV_EN),
                    (OUTLOOK, OUTLOOK_SV_EN)):
    TRANSLATIONS.update({_fi[code]: _sv_en[code] for code in _fi})
