"""Swedish and English for reading hostile and odd workbooks of actuals and the unit-mismatch check (issue 11)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    # desktop/programme/actuals/error_text.py
    "työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa.": (
        "arbetsboken kan inte läsas, den är skadad eller i fel format.",
        "the workbook cannot be read; it is damaged or in the wrong format."),
    "tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä).": (
        "filen är skadad eller ofullständig (strukturen är inte hel).",
        "the file is damaged or incomplete (its structure is broken)."),
    "Avaa se LibreOfficessa ja tallenna kopio ilman salasanaa (Tiedosto > Tallenna nimellä).": (
        "Öppna den i LibreOffice och spara en kopia utan lösenord (Arkiv > Spara som).",
        "Open it in LibreOffice and save a copy without a password (File > Save As)."),
    "muisti loppui taulukkoa luettaessa: taulukko on liian suuri.": (
        "minnet tog slut när tabellen lästes: tabellen är för stor.",
        "memory ran out while reading the sheet: the sheet is too large."),
    "Poista ylimääräiset solut alueen lopusta tai jaa aineisto pienempiin tiedostoihin.": (
        "Ta bort överflödiga celler i slutet av området eller dela upp materialet i mindre filer.",
        "Delete the extra cells at the end of the range or split the data into smaller files."),
    "taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut).": (
        "tabelläsaren stannade på ett fel när filen lästes (filen kan vara skadad).",
        "the sheet reader stopped with an error while reading this file (the file may be damaged)."),
    "Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen .xlsx-muodossa.": (
        "Öppna den i Excel eller LibreOffice och spara den på nytt i .xlsx-format.",
        "Open it in Excel or LibreOffice and save it again as .xlsx."),
    "Kopioi tiedosto omalle koneelle ja yritä uudelleen.": (
        "Kopiera filen till din egen dator och försök igen.",
        "Copy the file to your own computer and try again."),
    "Poista ylimääräiset solut alueen lopusta tai kopioi tarvittavat rivit uuteen työkirjaan ja tallenna se.": (
        "Ta bort överflödiga celler i slutet av området eller kopiera de rader som behövs till en ny arbetsbok "
        "och spara den.",
        "Delete the extra cells at the end of the range, or copy the rows you need into a new workbook and "
        "save it."),
    "Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se, niin kaavojen arvot lasketaan ja tallentuvat.": (
        "Öppna filen i Excel eller LibreOffice och spara den, så beräknas och sparas formlernas värden.",
        "Open the file in Excel or LibreOffice and save it, so the formulas' values are calculated and saved."),
    "tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui.": (
        "läsningen av filen avbröts: minnet tog slut eller tabelläsaren kraschade.",
        "reading the file stopped: memory ran out or the sheet reader crashed."),
    "Tiedosto voi olla vioittunut tai liian suuri; avaa se Excelissä ja tallenna uudelleen.": (
        "Filen kan vara skadad eller för stor; öppna den i Excel och spara den på nytt.",
        "The file may be damaged or too large; open it in Excel and save it again."),
    "tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat).": (
        "läsningen av filen kunde inte startas (datorns resurser tog slut).",
        "reading the file could not be started (the computer ran out of resources)."),
    "Sulje muita ohjelmia ja yritä uudelleen.": (
        "Stäng andra program och försök igen.",
        "Close other programs and try again."),
    "Korjaa tiedosto ja tuo se uudelleen (Seuranta > Tuo toteumat Excelistä\u2026).": (
        "Rätta filen och importera den på nytt (Uppföljning > Importera utfall från Excel\u2026).",
        "Fix the file and import it again (Follow-up > Import actuals from Excel\u2026)."),
    "Lisää otsikkoriville esim. sarakkeet Mittari ja Toteuma tai kuukaudet ja tuo tiedosto uudelleen "
    "(Seuranta > Tuo toteumat Excelistä\u2026).": (
        "Lägg till t.ex. kolumnerna Mätare och Utfall eller månader på rubrikraden och importera filen på nytt "
        "(Uppföljning > Importera utfall från Excel\u2026).",
        "Add e.g. the columns Indicator and Actual, or months, to the header row and import the file again "
        "(Follow-up > Import actuals from Excel\u2026)."),
    "välilehden käytetty alue ulottuu soluun %1 (%2 riviä \u00d7 %3 saraketta); niin suurta aluetta ei voi "
    "lukea toteumiksi.": (
        "bladets använda område sträcker sig till cell %1 (%2 rader \u00d7 %3 kolumner); ett så stort område "
        "kan inte läsas som utfall.",
        "the sheet's used range reaches cell %1 (%2 rows \u00d7 %3 columns); a range that large cannot be "
        "read as actuals."),
    "%1 kaavasolulla ei ole tallennettua arvoa (%2), joten niiden lukuja ei voi lukea.": (
        "%1 formelceller har inget sparat värde (%2), så deras tal kan inte läsas.",
        "%1 formula cells have no saved value (%2), so their numbers cannot be read."),
    "taulukko on liian suuri luettavaksi (noin %1 Mt taulukkodataa).": (
        "tabellen är för stor för att läsas (cirka %1 MB tabelldata).",
        "the sheet is too large to read (about %1 MB of sheet data)."),
    # desktop/programme/actuals/worker.py
    "Luetaan tiedostoa": ("Filen läses", "Reading the file"),
    "Muisti loppui tiedostoa käsiteltäessä. Jaa aineisto pienempiin tiedostoihin.": (
        "Minnet tog slut när filen behandlades. Dela upp materialet i mindre filer.",
        "Memory ran out while processing the file. Split the data into smaller files."),
    "Tiedoston käsittely keskeytyi odottamattomaan virheeseen. Tallenna tiedosto Excelissä uudelleen "
    ".xlsx-muodossa ja tuo se uudelleen (Seuranta > Tuo toteumat Excelistä\u2026).": (
        "Behandlingen av filen avbröts av ett oväntat fel. Spara filen på nytt i .xlsx-format i Excel och "
        "importera den igen (Uppföljning > Importera utfall från Excel\u2026).",
        "Processing the file stopped with an unexpected error. Save the file again as .xlsx in Excel and "
        "import it again (Follow-up > Import actuals from Excel\u2026)."),
    # desktop/programme/check_messages.py
    "Mittarin {0} lähtöarvon yksikkö {1} ei ole tavoitteen yksikkö {2}; ne eivät ole saman mittarin arvoja. "
    "Seurannassa lähtöarvoa ei käytetä.": (
        "Mätaren {0} har utgångsvärdet i enheten {1} men målet i enheten {2}; de är inte värden för samma "
        "mätare. Utgångsvärdet används inte i uppföljningen.",
        "The baseline of indicator {0} is in {1} but its target is in {2}; they are not values of the same "
        "indicator. The baseline is not used in the follow-up."),
}
