<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi">
<context>
    <name>ActualsErrorText</name>
    <message>
        <source>Avaa se Excelissä ja tallenna uudelleen .xlsx-muodossa.</source>
        <translation>Open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä (0 tavua).</source>
        <translation>the file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Tallenna taulukko uudelleen Excelistä.</source>
        <translation>Save the sheet again from Excel.</translation>
    </message>
    <message>
        <source>Jaa aineisto pienempiin tiedostoihin.</source>
        <translation>Split the data into smaller files.</translation>
    </message>
    <message>
        <source>zip-tiedosto ei ole Excel- eikä ODS-työkirja.</source>
        <translation>the zip file is neither an Excel nor an ODS workbook.</translation>
    </message>
    <message>
        <source>Jos se on CSV-tiedosto, anna sille pääte .csv.</source>
        <translation>If it is a CSV file, give it the extension .csv.</translation>
    </message>
    <message>
        <source>työkirja on suojattu salasanalla, eikä sitä voi lukea.</source>
        <translation>the workbook is protected with a password and cannot be read.</translation>
    </message>
    <message>
        <source>Avaa se Excelissä, poista salasana (Tiedosto &gt; Tiedot &gt; Suojaa työkirja) ja tallenna kopio.</source>
        <translation>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save a copy.</translation>
    </message>
    <message>
        <source>Poista salasana Excelissä ja tallenna kopio.</source>
        <translation>Remove the password in Excel and save a copy.</translation>
    </message>
    <message>
        <source>Jaa se pienempiin osiin.</source>
        <translation>Split it into smaller parts.</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstimuotoinen CSV-tiedosto.</source>
        <translation>the file is not a CSV text file.</translation>
    </message>
    <message>
        <source>Tallenna Excelistä muodossa CSV (puolipisteellä eroteltu).</source>
        <translation>Save from Excel as CSV (semicolon separated).</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä).</source>
        <translation>the file is damaged or incomplete (its zip structure is broken).</translation>
    </message>
    <message>
        <source>Avaa se Excelissä ja tallenna uudelleen.</source>
        <translation>Open it in Excel and save it again.</translation>
    </message>
    <message>
        <source>Suodata tai jaa rivit pienempiin tiedostoihin.</source>
        <translation>Filter the rows or split them into smaller files.</translation>
    </message>
    <message>
        <source>tiedostoa ei löydy.</source>
        <translation>the file was not found.</translation>
    </message>
    <message>
        <source>polku on kansio, ei tiedosto.</source>
        <translation>the path is a folder, not a file.</translation>
    </message>
    <message>
        <source>tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa).</source>
        <translation>the file cannot be opened (no read permission, or it is open in another program).</translation>
    </message>
    <message>
        <source>työkirjassa ei ole näkyviä välilehtiä.</source>
        <translation>the workbook has no visible sheets.</translation>
    </message>
    <message>
        <source>otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet).</source>
        <translation>no header row was found (expected e.g. the columns Indicator and Actual, or months).</translation>
    </message>
    <message>
        <source>Lisää otsikkorivi tai käytä mallipohjaa (planner actuals-template).</source>
        <translation>Add a header row or use the template (planner actuals-template).</translation>
    </message>
    <message>
        <source>ajankohta- tai arvosarake puuttuu.</source>
        <translation>the period or value column is missing.</translation>
    </message>
    <message>
        <source>mittarisaraketta (nimi tai tunnus) ei löytynyt.</source>
        <translation>no indicator column (name or code) was found.</translation>
    </message>
    <message>
        <source>työkirja on tyhjä.</source>
        <translation>the workbook is empty.</translation>
    </message>
    <message>
        <source>Tarkista, että valitsit oikean tiedoston.</source>
        <translation>Check that you chose the right file.</translation>
    </message>
    <message>
        <source>toteumasaraketta ei löytynyt.</source>
        <translation>no actual column was found.</translation>
    </message>
    <message>
        <source>luku on liian suuri tai ei ole luku (ääretön tai NaN).</source>
        <translation>the number is too large or not a number (infinite or NaN).</translation>
    </message>
    <message>
        <source>Korjaa solun arvo ja tuo tiedosto uudelleen.</source>
        <translation>Correct the cell's value and import the file again.</translation>
    </message>
    <message>
        <source>toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. ”Toteuma 2026”).</source>
        <translation>the year of the actuals is unknown (give the year in the heading, e.g. “Actual 2026”).</translation>
    </message>
    <message>
        <source>Kirjoita vuosi kuukausien yläpuolelle tai otsikkoon (esim. ”tammikuu 2026”).</source>
        <translation>Write the year above the months or in the heading (e.g. “January 2026”).</translation>
    </message>
    <message>
        <source>Tarkista valinta (--select SARAKE=ARVO).</source>
        <translation>Check the choice (--select COLUMN=VALUE).</translation>
    </message>
    <message>
        <source>työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa.</source>
        <translation>the workbook cannot be read; it is damaged or in the wrong format.</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä).</source>
        <translation>the file is damaged or incomplete (its structure is broken).</translation>
    </message>
    <message>
        <source>Avaa se LibreOfficessa ja tallenna kopio ilman salasanaa (Tiedosto &gt; Tallenna nimellä).</source>
        <translation>Open it in LibreOffice and save a copy without a password (File &gt; Save As).</translation>
    </message>
    <message>
        <source>muisti loppui taulukkoa luettaessa: taulukko on liian suuri.</source>
        <translation>memory ran out while reading the sheet: the sheet is too large.</translation>
    </message>
    <message>
        <source>Poista ylimääräiset solut alueen lopusta tai jaa aineisto pienempiin tiedostoihin.</source>
        <translation>Delete the extra cells at the end of the range or split the data into smaller files.</translation>
    </message>
    <message>
        <source>taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut).</source>
        <translation>the sheet reader stopped with an error while reading this file (the file may be damaged).</translation>
    </message>
    <message>
        <source>Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen .xlsx-muodossa.</source>
        <translation>Open it in Excel or LibreOffice and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>Kopioi tiedosto omalle koneelle ja yritä uudelleen.</source>
        <translation>Copy the file to your own computer and try again.</translation>
    </message>
    <message>
        <source>Poista ylimääräiset solut alueen lopusta tai kopioi tarvittavat rivit uuteen työkirjaan ja tallenna se.</source>
        <translation>Delete the extra cells at the end of the range, or copy the rows you need into a new workbook and save it.</translation>
    </message>
    <message>
        <source>Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se, niin kaavojen arvot lasketaan ja tallentuvat.</source>
        <translation>Open the file in Excel or LibreOffice and save it, so the formulas' values are calculated and saved.</translation>
    </message>
    <message>
        <source>tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui.</source>
        <translation>reading the file stopped: memory ran out or the sheet reader crashed.</translation>
    </message>
    <message>
        <source>Tiedosto voi olla vioittunut tai liian suuri; avaa se Excelissä ja tallenna uudelleen.</source>
        <translation>The file may be damaged or too large; open it in Excel and save it again.</translation>
    </message>
    <message>
        <source>tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat).</source>
        <translation>reading the file could not be started (the computer ran out of resources).</translation>
    </message>
    <message>
        <source>Suodata tiedosto (esim. vain ohjelman kunnat tai vuodet) tai jaa se pienempiin osiin.</source>
        <translation>Filter the file (for example only the programme's municipalities or years) or split it into smaller parts.</translation>
    </message>
    <message>
        <source>Sulje muita ohjelmia ja yritä uudelleen.</source>
        <translation>Close other programs and try again.</translation>
    </message>
    <message>
        <source>Lisää otsikkorivi ensimmäisten 30 rivin joukkoon.</source>
        <translation>Add a header row within the first 30 rows.</translation>
    </message>
    <message>
        <source>Kirjoita luku, esim. 1234 tai 12,5.</source>
        <translation>Write a number, e.g. 1234 or 12.5.</translation>
    </message>
    <message>
        <source>Kirjoita esim. 6/2026, 2026-06, kesäkuu 2026 tai 2026.</source>
        <translation>Write e.g. 6/2026, 2026-06, June 2026 or 2026.</translation>
    </message>
    <message>
        <source>Täytä vähintään Kausi, Porras ja Päivät tai Euroa.</source>
        <translation>Fill in at least Kausi (period), Porras (band) and Päivät (days) or Euroa (euros).</translation>
    </message>
    <message>
        <source>Kirjoita mittarin tunnus (esim. M34) tai nimi.</source>
        <translation>Write the indicator's code (e.g. M34) or name.</translation>
    </message>
    <message>
        <source>Lisää otsikkoriville esim. sarakkeet Mittari ja Toteuma tai kuukaudet ja tuo tiedosto uudelleen (Seuranta &gt; Tuo toteumat Excelistä…).</source>
        <translation>Add e.g. the columns Indicator and Actual, or months, to the header row and import the file again (Follow-up &gt; Import actuals from Excel…).</translation>
    </message>
    <message>
        <source>Korjaa tiedosto ja tuo se uudelleen (Seuranta &gt; Tuo toteumat Excelistä…).</source>
        <translation>Fix the file and import it again (Follow-up &gt; Import actuals from Excel…).</translation>
    </message>
    <message>
        <source>tiedosto %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>välilehti ”%1”</source>
        <translation>sheet “%1”</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>sarake %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>ActualsTemplate</name>
    <message>
        <source>toteumapohja</source>
        <translation>actuals_template</translation>
    </message>
    <message>
        <source>Luo toteumapohja</source>
        <translation>Create actuals template</translation>
    </message>
    <message>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Toteumapohjaa ei voitu luoda</source>
        <translation>The actuals template could not be created</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voitu kirjoittaa: {1}

Valitse toinen kansio.</source>
        <translation>The file {0} could not be written: {1}

Choose another folder.</translation>
    </message>
    <message>
        <source>Toteumapohja luotu</source>
        <translation>Actuals template created</translation>
    </message>
    <message>
        <source>Toteumapohja tallennettiin tiedostoon {0} ({1}, 12 kuukautta). Täytä kuukausien arvot ja tuo työkirja kohdasta Seuranta › Tuo toteumat.</source>
        <translation>The actuals template was saved to {0} ({1}, 12 months). Fill in the monthly values and import the workbook with Follow-up › Import actuals.</translation>
    </message>
    <message numerus="yes">
        <source>%n mittaria</source>
        <translation><numerusform>%n indicator</numerusform><numerusform>%n indicators</numerusform></translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Otsikko lausuntopyynnössä</source>
        <translation>Title in the consultation request</translation>
    </message>
    <message>
        <source>Kysymys</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Loppukysymys (”Mitä muuta…”)</source>
        <translation>Closing question (“Anything else…”)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Tila ja hyväksyntä</source>
        <translation>Status and approval</translation>
    </message>
    <message>
        <source>Ohjelman tila</source>
        <translation>Status of the programme</translation>
    </message>
    <message>
        <source>Luonnos</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Lausunnolla</source>
        <translation>For comment</translation>
    </message>
    <message>
        <source>Hallituksen ehdotus valtuustolle</source>
        <translation>Board proposal to the council</translation>
    </message>
    <message>
        <source>Hyväksytty valtuustossa (lukitaan)</source>
        <translation>Approved by the council (locked)</translation>
    </message>
    <message>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>esim. 16.12.2026</source>
        <translation>e.g. 16.12.2026</translation>
    </message>
    <message>
        <source>esim. § 45</source>
        <translation>e.g. § 45</translation>
    </message>
    <message>
        <source>&amp;Toimielin:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Päivämäärä:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Pykälä:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <source>Nyt: {0}</source>
        <translation>Now: {0}</translation>
    </message>
    <message>
        <source>Aseta tila</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma lukitaan: se avautuu vain luku -tilassa, ja muutokset tehdään uuteen versioon. Hyväksytty versio tallennetaan ohjelmaan muuttumattomana.</source>
        <translation>An approved programme is locked: it opens read-only and changes go into a new version. The approved version is stored unchanged in the programme.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Vakavuus</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Huomio</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Kohta</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Tarkistuksissa ei löytynyt huomautettavaa.</source>
        <translation>The checks found nothing to point out.</translation>
    </message>
    <message>
        <source>{0}. Siirry kohtaan kaksoisnapsauttamalla tai Enterillä.</source>
        <translation>{0}. Double-click or press Enter to go to the place.</translation>
    </message>
    <message>
        <source>Tarkistusten tulokset</source>
        <translation>Check results</translation>
    </message>
    <message numerus="yes">
        <source>%n virhettä</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n varoitusta</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n huomiota</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>CommentForm</name>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Vertaa ohjelmia</source>
        <translation>Compare programmes</translation>
    </message>
    <message>
        <source>&amp;A (vanhempi):</source>
        <translation>&amp;A (older):</translation>
    </message>
    <message>
        <source>&amp;B (uudempi):</source>
        <translation>&amp;B (newer):</translation>
    </message>
    <message>
        <source>&amp;Vertaa</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Muutokset</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>A: ennen</source>
        <translation>A: before</translation>
    </message>
    <message>
        <source>B: nyt</source>
        <translation>B: now</translation>
    </message>
    <message>
        <source>◀ &amp;Edellinen muutos</source>
        <translation>◀ &amp;Previous change</translation>
    </message>
    <message>
        <source>&amp;Seuraava muutos ▶</source>
        <translation>&amp;Next change ▶</translation>
    </message>
    <message>
        <source>Edellinen muutos (Vaihto+F8)</source>
        <translation>Previous change (Shift+F8)</translation>
    </message>
    <message>
        <source>Seuraava muutos (F8)</source>
        <translation>Next change (F8)</translation>
    </message>
    <message>
        <source>Vie &amp;muutosraportti…</source>
        <translation>Export change &amp;report…</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Avoin ohjelma: {0}</source>
        <translation>Open programme: {0}</translation>
    </message>
    <message>
        <source>(nimetön ohjelma)</source>
        <translation>(untitled programme)</translation>
    </message>
    <message>
        <source>Tallennettu versio: {0}</source>
        <translation>Saved version: {0}</translation>
    </message>
    <message>
        <source>Toinen ohjelmatiedosto…</source>
        <translation>Another programme file…</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi verrata</source>
        <translation>The file cannot be compared</translation>
    </message>
    <message>
        <source>Tiedosto: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Valitse verrattava ohjelma</source>
        <translation>Choose the programme to compare</translation>
    </message>
    <message>
        <source>Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)</source>
        <translation>Employment programmes (*.tyohjelma *.tyohjelma.json *.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;A:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;A:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;B:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;B:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>{0} muutosta: {1} lisätty, {2} poistettu, {3} muutettu, {4} siirretty.</source>
        <translation>{0} changes: {1} added, {2} removed, {3} changed, {4} moved.</translation>
    </message>
    <message>
        <source>Ei muutoksia: ohjelmat ovat samat.</source>
        <translation>No changes: the programmes are the same.</translation>
    </message>
    <message>
        <source>lisätty</source>
        <translation>added</translation>
    </message>
    <message>
        <source>poistettu</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>muutettu</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>siirretty</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>Muutos {0} / {1}</source>
        <translation>Change {0} / {1}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Vie muutosraportti</source>
        <translation>Export change report</translation>
    </message>
    <message>
        <source>Muutosraporttia ei voi viedä</source>
        <translation>The change report cannot be exported</translation>
    </message>
    <message>
        <source>Muutosraportti viety: {0}</source>
        <translation>Change report exported: {0}</translation>
    </message>
</context>
<context>
    <name>ComparisonOutlook</name>
    <message>
        <source>ennusteen mukaan saavutetaan</source>
        <translation>on course to be reached</translation>
    </message>
    <message>
        <source>ennuste epävarma: tavoite vaihteluvälin sisällä</source>
        <translation>uncertain: the target lies within the range</translation>
    </message>
    <message>
        <source>ennusteen mukaan jää tavoitteesta</source>
        <translation>expected to fall short of the target</translation>
    </message>
    <message>
        <source>tavoitteessa ei lukua</source>
        <translation>the target has no number</translation>
    </message>
    <message>
        <source>Ennuste vuoden lopussa: %1 (%2–%3), %4</source>
        <translation>Year-end outlook: %1 (%2–%3), %4</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Poista valittu tuonti</source>
        <translation>Remove the selected import</translation>
    </message>
    <message>
        <source>Tuontihistoria</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Mittarien tilanne</source>
        <translation>Indicator status</translation>
    </message>
    <message>
        <source>Tilanne: </source>
        <translation>Status: </translation>
    </message>
    <message>
        <source>Toteumia ei ole vielä tuotu.</source>
        <translation>No actuals have been imported yet.</translation>
    </message>
    <message>
        <source>Edellinen vuosi: pisteviiva</source>
        <translation>Previous year: dotted line</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Toimielin</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Päivämäärä (pp.kk.vvvv)</source>
        <translation>Date (d.m.yyyy)</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Muokkaa päätöstä</source>
        <translation>Edit decision</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message>
        <source>Valitse käytettävät luvut</source>
        <translation>Choose the figures to use</translation>
    </message>
    <message>
        <source>Tiedostossa on alueita tai luokkia (esim. sukupuoli). Kokonaisluokka ja ohjelman alue on valittu valmiiksi; valitse ne, joita ei tunnistettu.</source>
        <translation>The file has areas or categories (e.g. sex). The total category and the programme's area are chosen; choose those that were not recognised.</translation>
    </message>
    <message>
        <source>Sarake %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>— valitse —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>(tyhjä)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Alueen oma luku: %1</source>
        <translation>The area's own figure: %1</translation>
    </message>
    <message>
        <source>Ohjelman kunnat: %1/%2 (%3)</source>
        <translation>The programme's municipalities: %1/%2 (%3)</translation>
    </message>
    <message>
        <source>Ei käytetä (ei ohjelman aluetta): %1</source>
        <translation>Not used (outside the programme's area): %1</translation>
    </message>
    <message>
        <source>Mikään arvo ei ole ohjelman alue eikä sen kunta. Valitse arvo, joka on ohjelman alue.</source>
        <translation>No value is the programme's area or one of its municipalities. Choose the value that is the programme's area.</translation>
    </message>
    <message>
        <source>Kokonaisluokka valittiin valmiiksi; muiden luokkien rivit jätetään pois.</source>
        <translation>The total category was chosen; the rows of the other categories are left out.</translation>
    </message>
    <message>
        <source>Luokkaa ei voitu päätellä: valitse, minkä luokan luvut tuodaan.</source>
        <translation>The category could not be told: choose which category's figures to import.</translation>
    </message>
    <message>
        <source>Vain valitun luokan rivit tuodaan.</source>
        <translation>Only the rows of the chosen category are imported.</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Nimetön</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source> (vain luku)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Palautus epäonnistui</source>
        <translation>Recovery failed</translation>
    </message>
    <message>
        <source>Varmuuskopiota ei voitu lukea: {0}</source>
        <translation>The autosave could not be read: {0}</translation>
    </message>
    <message>
        <source>Palautettu automaattisesta varmuuskopiosta</source>
        <translation>Recovered from autosave</translation>
    </message>
    <message>
        <source>ohjelma</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Tallenna nimellä</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Tiedosto on käytössä</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <source>Tiedosto {0} on käyttäjän {1} ({2}) avoinna. Valitse toinen nimi.</source>
        <translation>The file {0} is open by {1} ({2}). Choose another name.</translation>
    </message>
    <message>
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voitu tallentaa: {1}

Muutoksesi ovat yhä auki, eikä tiedostoa muutettu. Tallenna toiseen kansioon tai toisella nimellä (Tallenna nimellä). Jos syy on sisällössä, korjaa kohta ja tallenna uudelleen.</source>
        <translation>The file {0} could not be saved: {1}

Your changes are still open and the file was not changed. Save to another folder or under another name (Save as). If the cause is in the content, correct it and save again.</translation>
    </message>
    <message>
        <source>Tallentamattomia muutoksia</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Asiakirjassa {0} on tallentamattomia muutoksia. Tallennetaanko ne?</source>
        <translation>The document {0} has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Automaattinen varmuuskopio epäonnistui</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>Tallentamattomista muutoksista ei voitu tehdä varmuuskopiota: {0}

Tallenna työsi nyt (Tallenna tai Tallenna nimellä), ettei se katoa.</source>
        <translation>The unsaved changes could not be backed up: {0}

Save your work now (Save or Save as) so that it is not lost.</translation>
    </message>
    <message>
        <source>levy on täynnä</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>kirjoittaminen ei ole sallittua (vain luku -kansio tai käyttöoikeudet)</source>
        <translation>writing is not allowed (a read-only folder or permissions)</translation>
    </message>
    <message>
        <source>tekstissä on merkki, jota ei voi tallentaa ({0})</source>
        <translation>the text has a character that cannot be saved ({0})</translation>
    </message>
    <message>
        <source>Tiedosto {0} on vain luku -tiedosto.</source>
        <translation>The file {0} is read-only.</translation>
    </message>
    <message>
        <source>Kansioon {0} ei voi kirjoittaa (vain luku -kansio tai -verkkolevy).</source>
        <translation>The folder {0} cannot be written to (a read-only folder or network drive).</translation>
    </message>
    <message>
        <source>Avataan vain luku -tilassa</source>
        <translation>Opening read-only</translation>
    </message>
    <message>
        <source>Voit lukea ja muokata asiakirjaa, mutta tallentaa sen vain toisella nimellä tai toiseen kansioon (Tallenna nimellä).</source>
        <translation>You can read and edit the document, but save it only under another name or in another folder (Save as).</translation>
    </message>
    <message>
        <source>tuntematon</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>käyttäjä {0} koneelta {1}, {2}</source>
        <translation>user {0} on computer {1}, {2}</translation>
    </message>
    <message>
        <source>Vanha lukitus</source>
        <translation>Old lock</translation>
    </message>
    <message>
        <source>Tiedostossa {0} on vanha lukitus ({1}), mutta sitä ei näytä enää käytettävän: ohjelma on suljettu tai kone kaatunut.

Otetaanko tiedosto käyttöön? Valitse Ei, jos tiedosto on yhä jonkun auki.</source>
        <translation>The file {0} has an old lock ({1}), but it no longer seems to be in use: the app was closed or the computer crashed.

Take the file into use? Choose No if someone still has the file open.</translation>
    </message>
    <message>
        <source>Tiedosto on muuttunut</source>
        <translation>The file has changed</translation>
    </message>
    <message>
        <source>Joku on muuttanut tiedostoa {0} sen jälkeen, kun avasit sen.

Jos tallennat sen päälle, hänen muutoksensa katoavat. Tallenna omasi toisella nimellä, korvaa tiedosto tai lataa tiedosto uudelleen (omat tallentamattomat muutoksesi katoavat).</source>
        <translation>Someone has changed the file {0} since you opened it.

If you save over it, their changes are lost. Save yours under another name, replace the file, or reload the file (your unsaved changes are lost).</translation>
    </message>
    <message>
        <source>Tallenna nimellä…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Korvaa</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Lataa uudelleen</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Tiedosto on jo auki</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <source>Käyttäjä {0} koneelta {1} avasi tiedoston {2} {3}.

Jos muokkaatte samaa tiedostoa yhtä aikaa, toisen muutokset katoavat. Avaa vain luku -tilassa, niin voit lukea ja tallentaa omat muutoksesi toisella nimellä.</source>
        <translation>User {0} on computer {1} opened the file {2} {3}.

If you both edit the same file at once, one of you loses their changes. Open it read-only to read it and save your own changes under another name.</translation>
    </message>
    <message>
        <source>Avaa vain luku</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Avaa silti muokattavaksi</source>
        <translation>Open for editing anyway</translation>
    </message>
    <message>
        <source>nimetön asiakirja</source>
        <translation>untitled document</translation>
    </message>
    <message>
        <source>Palautetaanko tallentamattomat muutokset?</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <source>Sovellus suljettiin viimeksi tallentamatta muutoksia ({0}, tallennettu automaattisesti {1}).

Palautetaanko ne? Jos valitset Ei, automaattinen varmuuskopio poistetaan.</source>
        <translation>The app was last closed without saving changes ({0}, autosaved {1}).

Recover them? If you choose No, the autosaved copy is deleted.</translation>
    </message>
</context>
<context>
    <name>EconomicsDialog</name>
    <message>
        <source>Muuta kustannuksia ja skenaarioita</source>
        <translation>Change costs and scenarios</translation>
    </message>
    <message>
        <source>{0}: ”{1}” ei ole luku. Kirjoita esim. 12 500 tai 12,5.</source>
        <translation>{0}: “{1}” is not a number. Type e.g. 12 500 or 12.5.</translation>
    </message>
    <message>
        <source>Kustannukset ja vaikutukset</source>
        <translation>Costs and effects</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tallenna ja vie raportti…</source>
        <translation>Save and export the report…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>(ei mittaria)</source>
        <translation>(no indicator)</translation>
    </message>
    <message>
        <source>Rahat palveluittain tai tavoitteittain. Työllistyneiden mittarilla lasketaan kustannus työllistynyttä kohden.</source>
        <translation>Money per service or focus area. The employed indicator gives the cost per person employed.</translation>
    </message>
    <message>
        <source>Kohde</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Budjetti (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Käytetty (€)</source>
        <translation>Spent (€)</translation>
    </message>
    <message>
        <source>Työllistyneiden mittari</source>
        <translation>Employed indicator</translation>
    </message>
    <message>
        <source>Lisää rivi</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Poista rivi</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Tuo Excelistä…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Kustannukset</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Työmarkkinatuen päiväraha:</source>
        <translation>Labour-market subsidy per day:</translation>
    </message>
    <message>
        <source>Porrastus (kunta maksaa osuuden, kun etuutta on maksettu vähintään porrastuksen päivät):</source>
        <translation>Bands (the municipality pays the share once the benefit has been paid for at least the band's days):</translation>
    </message>
    <message>
        <source>Porras</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Alkaen (pv)</source>
        <translation>From (days)</translation>
    </message>
    <message>
        <source>Kuntaosuus (%)</source>
        <translation>Municipal share (%)</translation>
    </message>
    <message>
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Henkilöt</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Päivät</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Euroa</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Tuo luvut…</source>
        <translation>Import figures…</translation>
    </message>
    <message>
        <source>Poista luvut</source>
        <translation>Remove the figures</translation>
    </message>
    <message>
        <source>Työmarkkinatuen kuntaosuus</source>
        <translation>Municipal share of labour-market subsidy</translation>
    </message>
    <message>
        <source>koko alue</source>
        <translation>whole area</translation>
    </message>
    <message>
        <source>Tuodut luvut: {0} riviä</source>
        <translation>Imported figures: {0} rows</translation>
    </message>
    <message>
        <source>Kunnan osuus alueen lukumäärätavoitteista (esim. osuus alueen työttömistä). Kuntakortti käyttää osuutta kunnan tavoitteena; tyhjä: ei kuntakohtaista tavoitetta.</source>
        <translation>The municipality's share of the area's count targets (e.g. its share of the area's unemployed). The municipality card uses it as the municipality's target; empty: no municipality target.</translation>
    </message>
    <message>
        <source>Osuus (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Kuntien osuudet</source>
        <translation>Municipality shares</translation>
    </message>
    <message>
        <source>Mitä jos: muutos mittarin jäljellä oleviin kuukausiin (esim. 5 henkilöä enemmän töihin kuukaudessa) ja sen vaikutus vuoden lopun ennusteeseen ja kuntaosuuteen.</source>
        <translation>What if: a change to the indicator's remaining months (e.g. 5 more people into work a month) and its effect on the year-end outlook and on the municipal share.</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Muutos / kk</source>
        <translation>Change / month</translation>
    </message>
    <message>
        <source>Vältetyt päivät / hlö</source>
        <translation>Days avoided / person</translation>
    </message>
    <message>
        <source>Lisää skenaario</source>
        <translation>Add scenario</translation>
    </message>
    <message>
        <source>Poista skenaario</source>
        <translation>Remove scenario</translation>
    </message>
    <message>
        <source>Uusi skenaario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Skenaariot</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Valitse tiedosto</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Kustannuksia ei voitu tuoda: {0}</source>
        <translation>Costs could not be imported: {0}</translation>
    </message>
    <message>
        <source>Lukuja ei voitu tuoda: {0}</source>
        <translation>The figures could not be imported: {0}</translation>
    </message>
    <message>
        <source>{0}, rivi {1}, sarake {2}</source>
        <translation>{0}, row {1}, column {2}</translation>
    </message>
    <message>
        <source>Porrastus</source>
        <translation>Bands</translation>
    </message>
    <message>
        <source>Ei skenaarioita. Lisää skenaario nähdäksesi sen vaikutuksen.</source>
        <translation>No scenarios. Add a scenario to see its effect.</translation>
    </message>
    <message>
        <source>Valitse mittari, jolla on kuukausittaisia toteumia.</source>
        <translation>Choose an indicator with monthly actuals.</translation>
    </message>
    <message>
        <source>Mittarilla ei ole kuukausittaisia toteumia, joten ennustetta ei voi laskea.</source>
        <translation>The indicator has no monthly actuals, so no outlook can be computed.</translation>
    </message>
    <message>
        <source>{0}: vuoden lopussa ennuste {1} (ilman skenaariota {2}); kuntaosuuden säästö {3}. Laskenta: {4}.</source>
        <translation>{0}: year-end outlook {1} (without the scenario {2}); saving in the municipal share {3}. Method: {4}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Tiedostoa {0} ei voi kirjoittaa: {1}</source>
        <translation>The file {0} cannot be written: {1}</translation>
    </message>
    <message>
        <source>Vie tiedostoksi</source>
        <translation>Export to a file</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Excel (.xlsx), mittarirekisteri</source>
        <translation>Excel (.xlsx), indicator register</translation>
    </message>
    <message>
        <source>Muoto:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Työllisyysohjelma</source>
        <translation>Employment programme</translation>
    </message>
    <message>
        <source>Seurantaraportti (toteumat ja tilanne)</source>
        <translation>Follow-up report (actuals and status)</translation>
    </message>
    <message>
        <source>Mittaristo (tietolähteet, päivitystiheys, vastuutahot)</source>
        <translation>Indicator catalogue (data sources, update frequency, owners)</translation>
    </message>
    <message>
        <source>Raportti:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Valitse tallennuspaikka…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <source>Tallennettavan tiedoston polku</source>
        <translation>Path of the file to save</translation>
    </message>
    <message>
        <source>Selaa…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Tiedosto:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vie</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel-rekisterissä on jokainen mittari; toteuma, edistyminen ja tila tulevat mukaan, kun ohjelmassa on toteumia.</source>
        <translation>The Excel register lists every indicator; actual, progress and status are included once the programme has actuals.</translation>
    </message>
    <message>
        <source>Seurantaraportti ei ole käytettävissä: {0}</source>
        <translation>The follow-up report is not available: {0}</translation>
    </message>
    <message>
        <source>Mittaristo</source>
        <translation>Indicator set</translation>
    </message>
    <message>
        <source>Mittarirekisteri</source>
        <translation>Indicator register</translation>
    </message>
    <message>
        <source>Seurantaraportti</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Word-tiedostot (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Excel-tiedostot (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Kansiota {0} ei ole. Valitse toinen paikka.</source>
        <translation>The folder {0} does not exist. Choose another place.</translation>
    </message>
    <message>
        <source>Viedään tiedostoa…</source>
        <translation>Exporting the file…</translation>
    </message>
    <message>
        <source>Vienti</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Viedään: {0}</source>
        <translation>Exporting: {0}</translation>
    </message>
    <message>
        <source>Vienti epäonnistui: {0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>Vienti peruttiin. Tiedostoa ei kirjoitettu.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Vienti valmis</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Tiedosto on tallennettu:
{0}

Avataanko tiedosto?</source>
        <translation>The file has been saved:
{0}

Open the file?</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Muokkaa: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Valitse toteumatiedosto</source>
        <translation>Choose the actuals file</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) tai CSV. Otsikkorivi ja sarakkeet tunnistetaan automaattisesti.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. The header row and the columns are recognised automatically.</translation>
    </message>
    <message>
        <source>Tiedoston polku</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>Toteumatiedoston polku</source>
        <translation>Path of the actuals file</translation>
    </message>
    <message>
        <source>Selaa…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Eikö tiedostoa vielä ole? Luo toteumapohja, jossa on rivi jokaiselle mittarille ja sarake jokaiselle kuukaudelle.</source>
        <translation>No file yet? Create an actuals template with a row for each indicator and a column for each month.</translation>
    </message>
    <message>
        <source>&amp;Luo toteumapohja…</source>
        <translation>Create actuals &amp;template…</translation>
    </message>
    <message>
        <source>Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv);;Kaikki tiedostot (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FocusAreaEditor</name>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tiivistelmä (teeman yleiskuvaan)</source>
        <translation>Summary (for the theme overview)</translation>
    </message>
    <message>
        <source>Otsikkorivi</source>
        <translation>Heading line</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>otsikko</source>
        <translation>title</translation>
    </message>
    <message>
        <source>tiivistelmä</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>otsikkorivi</source>
        <translation>heading line</translation>
    </message>
    <message>
        <source>kuvaus</source>
        <translation>description</translation>
    </message>
    <message>
        <source>kohta</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Tavoite: {0}</source>
        <translation>Focus area: {0}</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Valitse mittari taulukosta, niin voit liittää sen kärkiin ja kohderyhmiin.</source>
        <translation>Select an indicator in the table to link it to spearheads and target groups.</translation>
    </message>
    <message>
        <source>Kärjet ja kohderyhmät, joihin mittari ”{0}” liittyy</source>
        <translation>Spearheads and target groups the indicator “{0}” belongs to</translation>
    </message>
    <message>
        <source>Kärjet ja kohderyhmät, joihin tavoite liittyy</source>
        <translation>Spearheads and target groups of this focus area</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Tuo toteumat: %1</source>
        <translation>Import actuals: %1</translation>
    </message>
    <message>
        <source>Poista tuonti: %1</source>
        <translation>Remove import: %1</translation>
    </message>
    <message>
        <source>Toteumat ja tavoitteet</source>
        <translation>Actuals and targets</translation>
    </message>
    <message>
        <source>T&amp;oteumat ja tavoitteet</source>
        <translation>&amp;Actuals and targets</translation>
    </message>
    <message>
        <source>&amp;Luo toteumapohja…</source>
        <translation>Create actuals &amp;template…</translation>
    </message>
</context>
<context>
    <name>FollowUpReportDialog</name>
    <message>
        <source>Kuntakortit</source>
        <translation>Municipality cards</translation>
    </message>
    <message>
        <source>Ennuste ja skenaariot</source>
        <translation>Outlook and scenarios</translation>
    </message>
    <message>
        <source>Kustannukset ja vaikutukset</source>
        <translation>Costs and effects</translation>
    </message>
    <message>
        <source>Raportti:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Kaikki kunnat</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Kunta:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Raporttia ei voi tehdä: {0}</source>
        <translation>The report cannot be made: {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpReports</name>
    <message>
        <source>Toteumapohja ku&amp;nnittain…</source>
        <translation>Actuals template by &amp;municipality…</translation>
    </message>
    <message>
        <source>&amp;Kuntakortit…</source>
        <translation>Municipality car&amp;ds…</translation>
    </message>
    <message>
        <source>&amp;Ennuste ja skenaariot…</source>
        <translation>&amp;Outlook and scenarios…</translation>
    </message>
    <message>
        <source>Kustannukset ja v&amp;aikutukset…</source>
        <translation>Costs and &amp;effects…</translation>
    </message>
    <message>
        <source>Leveä: rivi per mittari ja kunta, kuukaudet sarakkeina</source>
        <translation>Wide: a row per indicator and municipality, months as columns</translation>
    </message>
    <message>
        <source>Pitkä: rivi per mittari, kunta ja kuukausi</source>
        <translation>Long: a row per indicator, municipality and month</translation>
    </message>
    <message>
        <source>Toteumapohja kunnittain</source>
        <translation>Actuals template by municipality</translation>
    </message>
    <message>
        <source>Pohjan muoto:</source>
        <translation>Template shape:</translation>
    </message>
    <message>
        <source>Toteumat kunnittain</source>
        <translation>Actuals by municipality</translation>
    </message>
    <message>
        <source>Tallenna toteumapohja</source>
        <translation>Save the actuals template</translation>
    </message>
    <message>
        <source>Excel-tiedostot (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voi kirjoittaa: {1}</source>
        <translation>The file {0} cannot be written: {1}</translation>
    </message>
    <message>
        <source>Toteumapohja tallennettu: {0}</source>
        <translation>Actuals template saved: {0}</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>osion otsikko</source>
        <translation>section title</translation>
    </message>
    <message>
        <source>Osion otsikko</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>Teemat ja tavoitteet</source>
        <translation>Themes and focus areas</translation>
    </message>
    <message>
        <source>Ohjelman teemat (painopisteet) ja niiden tavoitteet. Lisää teema painikkeella tai Insert-näppäimellä; järjestä vetämällä tai Ctrl+Ylös/Alas; nimeä uudelleen F2:lla.</source>
        <translation>The programme's themes and their focus areas. Add a theme with the button or Insert; reorder by dragging or with Ctrl+Up/Down; rename with F2.</translation>
    </message>
    <message>
        <source>Lisää teema</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Kärjet</source>
        <translation>Spearheads</translation>
    </message>
    <message>
        <source>Kärjet ovat ohjelman läpileikkaavia painotuksia. Linkitä tavoitteet ja mittarit kärkiin tavoitteen sivulla.</source>
        <translation>Spearheads are the programme's cross-cutting emphases. Link focus areas and indicators to them on the focus area's page.</translation>
    </message>
    <message>
        <source>Lisää kärki</source>
        <translation>Add spearhead</translation>
    </message>
    <message>
        <source>Kohderyhmät</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Kohderyhmät, joihin tavoitteet ja mittarit kohdistuvat. Linkitä ne tavoitteen sivulla.</source>
        <translation>Target groups that the focus areas and indicators address. Link them on the focus area's page.</translation>
    </message>
    <message>
        <source>Lisää kohderyhmä</source>
        <translation>Add target group</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Lausunnon antaja</source>
        <translation>Statement given by</translation>
    </message>
    <message>
        <source>Diaarinumero (dnro)</source>
        <translation>Diary number (ref.)</translation>
    </message>
    <message>
        <source>Asianumero (Asia:)</source>
        <translation>Case number (Asia:)</translation>
    </message>
    <message>
        <source>Viite (lausuntopyyntö)</source>
        <translation>Reference (request for comments)</translation>
    </message>
    <message>
        <source>Otsikko / asia</source>
        <translation>Title / subject</translation>
    </message>
    <message>
        <source>Vastaanottaja</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Lausuntopyynnön tai ohjelman nimi</source>
        <translation>Name of the consultation request or programme</translation>
    </message>
    <message>
        <source>Liitteen tunnus</source>
        <translation>Appendix label</translation>
    </message>
    <message>
        <source>Johdanto</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Allekirjoittajat</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Liitteet (yksi riville)</source>
        <translation>Attachments (one per line)</translation>
    </message>
</context>
<context>
    <name>IdChecklist</name>
    <message>
        <source>Muuta linkitystä: {0}</source>
        <translation>Change links: {0}</translation>
    </message>
</context>
<context>
    <name>ImpactChainDiagram</name>
    <message>
        <source>Vaikutusketjun kaavio</source>
        <translation>Impact chain diagram</translation>
    </message>
    <message>
        <source>(ei kuvattu)</source>
        <translation>(not described)</translation>
    </message>
    <message>
        <source> ({0} mittaria)</source>
        <translation> ({0} indicators)</translation>
    </message>
    <message>
        <source>Ei vaikutusketjua.</source>
        <translation>No impact chain.</translation>
    </message>
</context>
<context>
    <name>ImpactChainEditor</name>
    <message>
        <source>ketjun nimi</source>
        <translation>name of the chain</translation>
    </message>
    <message>
        <source>ketjun kuvaus</source>
        <translation>description of the chain</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Kärki: {0}</source>
        <translation>Spearhead: {0}</translation>
    </message>
    <message>
        <source>Kohderyhmä: {0}</source>
        <translation>Target group: {0}</translation>
    </message>
    <message>
        <source>Kärjet ja kohderyhmät</source>
        <translation>Spearheads and target groups</translation>
    </message>
    <message>
        <source>Mittarit</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>linkin otsikko</source>
        <translation>title of the link</translation>
    </message>
    <message>
        <source>linkin teksti</source>
        <translation>text of the link</translation>
    </message>
    <message>
        <source>(ei vaikutusketjua – lisää uusi)</source>
        <translation>(no impact chain – add one)</translation>
    </message>
    <message>
        <source>koko ohjelma</source>
        <translation>whole programme</translation>
    </message>
    <message>
        <source>(nimetön ketju)</source>
        <translation>(untitled chain)</translation>
    </message>
    <message>
        <source>(tyhjä)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Koko ohjelma</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <source>Ketjuun sijoittamatta {0} mittaria: {1}</source>
        <translation>{0} indicators not placed on the chain: {1}</translation>
    </message>
    <message>
        <source>Jokainen mittari on sijoitettu ketjuun.</source>
        <translation>Every indicator is placed on the chain.</translation>
    </message>
    <message>
        <source>Vaikutusketju</source>
        <translation>Impact chain</translation>
    </message>
    <message>
        <source>Lisää vaikutusketju</source>
        <translation>Add impact chain</translation>
    </message>
    <message>
        <source>Poista vaikutusketju</source>
        <translation>Remove impact chain</translation>
    </message>
    <message>
        <source>Muokkaa: ketjun kohde</source>
        <translation>Edit: scope of the chain</translation>
    </message>
    <message>
        <source>Lisää linkki</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Poista linkki</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Siirrä linkki</source>
        <translation>Move link</translation>
    </message>
    <message>
        <source>Muokkaa: vaihe</source>
        <translation>Edit: stage</translation>
    </message>
    <message>
        <source>Ketju:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Uusi ketju</source>
        <translation>New chain</translation>
    </message>
    <message>
        <source>Poista ketju</source>
        <translation>Remove chain</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Koskee</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ketjun linkit: tarve → resurssit → toimenpiteet → tuotokset → tulokset → vaikuttavuus</source>
        <translation>Links of the chain: needs → resources → actions → outputs → outcomes → impact</translation>
    </message>
    <message>
        <source>Ketjun linkit</source>
        <translation>Links of the chain</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Mittarit (sijoitetaan tähän vaiheeseen)</source>
        <translation>Indicators (placed at this stage)</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>{0} klo {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa</source>
        <translation><numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Tuo toteumat</source>
        <translation>Import actuals</translation>
    </message>
    <message>
        <source>Tuo</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Seuraava &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Edellinen</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Muisti loppui tiedostoa käsiteltäessä. Jaa aineisto pienempiin tiedostoihin.</source>
        <translation>Memory ran out while processing the file. Split the data into smaller files.</translation>
    </message>
    <message>
        <source>Tiedoston käsittely keskeytyi odottamattomaan virheeseen. Tallenna tiedosto Excelissä uudelleen .xlsx-muodossa ja tuo se uudelleen (Seuranta &gt; Tuo toteumat Excelistä…).</source>
        <translation>Processing the file stopped with an unexpected error. Save the file again as .xlsx in Excel and import it again (Follow-up &gt; Import actuals from Excel…).</translation>
    </message>
    <message>
        <source>Luetaan tiedostoa</source>
        <translation>Reading the file</translation>
    </message>
</context>
<context>
    <name>IndicatorDelegate</name>
    <message>
        <source>(ei määritelty)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>Lähtöarvo: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>Tavoite: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Toteuma: &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>Actual: &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>edistyminen %1 %</source>
        <translation>progress %1 %</translation>
    </message>
    <message>
        <source>ei laskettavissa</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <source>Kattavuus: %1</source>
        <translation>Coverage: %1</translation>
    </message>
    <message>
        <source>vuodesta kulunut %1 %</source>
        <translation>%1 % of the year passed</translation>
    </message>
</context>
<context>
    <name>IndicatorTableEditor</name>
    <message>
        <source>Mittarit</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Mittaritaulukko</source>
        <translation>Indicator table</translation>
    </message>
    <message>
        <source>Lisää mittari</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Poista rivi</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Siirrä toiseen tavoitteeseen…</source>
        <translation>Move to another focus area…</translation>
    </message>
    <message>
        <source>Näytä myös toisessa tavoitteessa…</source>
        <translation>Also show in another focus area…</translation>
    </message>
    <message>
        <source>Poista mittari</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Siirrä mittari</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>Siirrä valittu rivi tavoitteeseen:</source>
        <translation>Move the selected row to:</translation>
    </message>
    <message>
        <source>Näytä mittari toisessa tavoitteessa</source>
        <translation>Show indicator in another focus area</translation>
    </message>
    <message>
        <source>Lisää viittausrivi tavoitteeseen:</source>
        <translation>Add a reference row to:</translation>
    </message>
    <message>
        <source>Siirrä mittari toiseen tavoitteeseen</source>
        <translation>Move indicator to another focus area</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Tavoite puuttuu. Kirjoita tavoite, esimerkiksi ”1 500 henkilöä”.</source>
        <translation>The target is missing. Write a target, for example ”1 500 people”.</translation>
    </message>
    <message>
        <source>Lähtöarvosta</source>
        <translation>In the baseline</translation>
    </message>
    <message>
        <source>Tavoitteesta</source>
        <translation>In the target</translation>
    </message>
    <message>
        <source>{0} ei löydy lukua, vaikka suunta ({1}) vaatii luvun. Kirjoita luku, esimerkiksi ”1 468 henkilöä (joulukuu 2025)”, tai valitse suunnaksi virstanpylväs.</source>
        <translation>{0} no number was found, although the direction ({1}) needs one. Write a number, for example ”1 468 people (December 2025)”, or choose milestone as the direction.</translation>
    </message>
    <message>
        <source>Päivämäärää ”{0}” ei voi lukea. Kirjoita päivämäärä muodossa 30.6.2026.</source>
        <translation>The date “{0}” cannot be read. Write the date as 30.6.2026.</translation>
    </message>
    <message>
        <source>Viittausrivi: mittari näytetään myös tässä tavoitteessa.</source>
        <translation>Reference row: the indicator is also shown here.</translation>
    </message>
    <message>
        <source>Varoitus: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>Muokkaa viittausriviä</source>
        <translation>Edit cross-reference row</translation>
    </message>
    <message>
        <source>Muokkaa mittaria: {0}</source>
        <translation>Edit indicator: {0}</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Lähtöarvo</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Lähtöarvo luettuna</source>
        <translation>Baseline read as</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tavoite luettuna</source>
        <translation>Target read as</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kertymä</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tietolähde</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Vastuutaho</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Päivitystiheys</source>
        <translation>Update frequency</translation>
    </message>
    <message>
        <source>Seuraava päivitys</source>
        <translation>Next update</translation>
    </message>
    <message>
        <source>Huomautukset</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LevelsModel</name>
    <message>
        <source>Lyhenne</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Taso (esim. Kaupunginvaltuusto)</source>
        <translation>Level (e.g. City Council)</translation>
    </message>
    <message>
        <source>Muokkaa tasoa</source>
        <translation>Edit level</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Aloita &amp;uusi versio</source>
        <translation>Start a &amp;new version</translation>
    </message>
    <message>
        <source>Aloita uusi versio</source>
        <translation>Start a new version</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hyväksytty ohjelma on lukittu.&lt;/b&gt; {0} on hyväksytty ({1}). Sitä ei voi muuttaa; muutokset tehdään uuteen versioon, ja hyväksytty versio säilyy muuttumattomana.</source>
        <translation>&lt;b&gt;The approved programme is locked.&lt;/b&gt; {0} was approved ({1}). It cannot be changed; changes go into a new version and the approved version is kept unchanged.</translation>
    </message>
    <message>
        <source>Ohjelma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>ei päätöstietoja</source>
        <translation>no decision details</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma on lukittu.</source>
        <translation>The approved programme is locked.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)</source>
        <translation>Employment programmes (*.tyohjelma *.tyohjelma.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rakenne</source>
        <translation>St&amp;ructure</translation>
    </message>
    <message>
        <source>&amp;Seuranta</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Viimeksi avatut tiedostot</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Uusi tyhjä ohjelma</source>
        <translation>&amp;New blank programme</translation>
    </message>
    <message>
        <source>Uusi ohjelma &amp;esimerkin pohjalta</source>
        <translation>New programme from the &amp;example</translation>
    </message>
    <message>
        <source>Avaa Lahden kuntakokeilun esi&amp;merkki</source>
        <translation>Open the &amp;Lahti pilot example</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tallenna toisella &amp;nimellä…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>V&amp;ie…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Asetukset…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Lo&amp;peta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tietoja sovelluksesta</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Tuo toteumat Excelistä…</source>
        <translation>&amp;Import actuals from Excel…</translation>
    </message>
    <message>
        <source>&amp;Vertaa toteumia tavoitteisiin</source>
        <translation>&amp;Compare actuals with targets</translation>
    </message>
    <message>
        <source>&lt;alkutila&gt;</source>
        <translation>&lt;start&gt;</translation>
    </message>
    <message>
        <source>Muutoshistoria</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>Tarkistukset</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>&amp;Tarkistukset</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>&amp;Muutoshistoria</source>
        <translation>&amp;Undo history</translation>
    </message>
    <message>
        <source>(ei tiedostoja)</source>
        <translation>(no files)</translation>
    </message>
    <message>
        <source>Työllisyysohjelma</source>
        <translation>Employment programme</translation>
    </message>
    <message>
        <source>Käyttäjä {0} ({1}) muokkaa tiedostoa {2}, joten se on avattu vain luku -tilassa.</source>
        <translation>{0} ({1}) is editing the file {2}, so it was opened read-only.</translation>
    </message>
    <message>
        <source>Tiedosto {0} on kirjoitussuojattu, joten se on avattu vain luku -tilassa.</source>
        <translation>The file {0} is write-protected, so it was opened read-only.</translation>
    </message>
    <message>
        <source>Kansioon {0} ei voi kirjoittaa, joten tiedosto on avattu vain luku -tilassa.</source>
        <translation>The folder {0} cannot be written to, so the file was opened read-only.</translation>
    </message>
    <message>
        <source>Tiedosto {0} on avattu vain luku -tilassa.</source>
        <translation>The file {0} was opened read-only.</translation>
    </message>
    <message>
        <source>Voit muokata, mutta tallenna muutokset toisella nimellä.</source>
        <translation>You can edit, but save your changes under another name.</translation>
    </message>
    <message>
        <source>Käyttäjä {0} ({1}) on avannut myös tiedoston {2}. Jos muokkaatte yhtä aikaa, toisen muutokset katoavat: sopikaa, kumpi muokkaa, tai tallenna toisella nimellä.</source>
        <translation>{0} ({1}) also has the file {2} open. If you both edit, one of you loses their changes: agree who edits, or save under another name.</translation>
    </message>
    <message>
        <source>Tallenna toisella nimellä…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Uusi työllisyysohjelma</source>
        <translation>New employment programme</translation>
    </message>
    <message>
        <source>Uusi ohjelma</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Esimerkkiä ei voi avata</source>
        <translation>The example cannot be opened</translation>
    </message>
    <message>
        <source>Esimerkki (tallentamaton kopio)</source>
        <translation>Example (unsaved copy)</translation>
    </message>
    <message>
        <source>Avaa työllisyysohjelma</source>
        <translation>Open employment programme</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi avata</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata:
{0}

Tiedostoa ei muutettu.</source>
        <translation>The file could not be opened:
{0}

The file was not changed.</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata:
{0}

Sen vieressä on edellisen tallennuksen varmuuskopio {1}. Avataanko varmuuskopio? Se avataan tallentamattomana kopiona, ja voit tallentaa sen haluamallasi nimellä. Vahingoittunutta tiedostoa ei muuteta.</source>
        <translation>The file could not be opened:
{0}

Beside it is the backup {1} from the previous save. Open the backup? It opens as an unsaved copy that you can save under any name. The damaged file is not changed.</translation>
    </message>
    <message>
        <source>{0} (varmuuskopiosta)</source>
        <translation>{0} (from the backup)</translation>
    </message>
    <message>
        <source>ohjelma</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Tietoja sovelluksesta</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Työllisyysohjelma: työllisyysalueen vuosittaisen työllisyysohjelman laatiminen, seuranta ja raportointi.</source>
        <translation>Employment programme: drafting, following up and reporting an employment area's yearly programme.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Tarkista mittarien vastaavuudet</source>
        <translation>Check the indicator matches</translation>
    </message>
    <message>
        <source>Vahvista samankaltaisella nimellä löydetyt ja valitse mittari riveille, joita ei tunnistettu, tai ohita ne.</source>
        <translation>Confirm the indicators found by a similar name, and choose an indicator for the rows that were not recognised, or skip them.</translation>
    </message>
    <message>
        <source>Mittarien vastaavuudet</source>
        <translation>Indicator matches</translation>
    </message>
    <message>
        <source>Rivin teksti tiedostossa</source>
        <translation>Row text in the file</translation>
    </message>
    <message>
        <source>Rivejä</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Mittari ohjelmassa</source>
        <translation>Indicator in the programme</translation>
    </message>
    <message>
        <source>Tunnistettu</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Hyväksytty</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>— valitse mittari —</source>
        <translation>— choose an indicator —</translation>
    </message>
    <message>
        <source>Ohita nämä rivit</source>
        <translation>Skip these rows</translation>
    </message>
    <message>
        <source>Ensimmäinen rivi: %1</source>
        <translation>First row: %1</translation>
    </message>
    <message>
        <source>ohitetaan</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>ei tunnistettu</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source> – vahvista</source>
        <translation> – confirm</translation>
    </message>
    <message>
        <source>Yhdistetty %1, ohitetaan %2, avoinna %3.</source>
        <translation>Matched %1, skipped %2, open %3.</translation>
    </message>
    <message>
        <source>Avoimia rivejä ei tuoda; ne luetellaan yhteenvedossa.</source>
        <translation>Open rows are not imported; they are listed in the summary.</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>ei toteumatietoja</source>
        <translation>no actuals</translation>
    </message>
    <message>
        <source>ei toteumatietoja vuodelta {year}</source>
        <translation>no actuals for {year}</translation>
    </message>
    <message>
        <source>vuoden arvo ohitettu, kuukausiarvot käytössä</source>
        <translation>the year value was skipped; the monthly values are used</translation>
    </message>
    <message>
        <source>prosenttiosuutta ei lasketa yhteen kunnista; katso kuntakohtaiset arvot</source>
        <translation>a percentage is not added up over the municipalities; see the values per municipality</translation>
    </message>
    <message>
        <source>arvoa ei lasketa yhteen kunnista; katso kuntakohtaiset arvot</source>
        <translation>the value is not added up over the municipalities; see the values per municipality</translation>
    </message>
    <message>
        <source>lähtöarvon yksikkö ({baseline_unit}) ei ole tavoitteen yksikkö ({target_unit}); lähtöarvoa ei käytetty</source>
        <translation>the baseline's unit ({baseline_unit}) is not the target's unit ({target_unit}); the baseline was not used</translation>
    </message>
    <message>
        <source>määräaika on ohi</source>
        <translation>the deadline has passed</translation>
    </message>
    <message>
        <source>määräaikaan alle kolme kuukautta</source>
        <translation>less than three months to the deadline</translation>
    </message>
    <message>
        <source>verrattu raporttipäivään mennessä kuluneeseen vuoden osuuteen {share} %</source>
        <translation>compared with the share of the year gone by at the report date, {share} %</translation>
    </message>
    <message>
        <source>tavoitteessa ei ole lukua, edistymistä ei voi laskea</source>
        <translation>the target has no number; progress cannot be calculated</translation>
    </message>
    <message>
        <source>enintään {target}</source>
        <translation>at most {target}</translation>
    </message>
    <message>
        <source>enintään {target}, ylitetty ({actual})</source>
        <translation>at most {target}, exceeded ({actual})</translation>
    </message>
    <message>
        <source>lakisääteinen enimmäistaso {target}</source>
        <translation>statutory maximum {target}</translation>
    </message>
    <message>
        <source>lakisääteinen enimmäistaso {target}, ylitetty ({actual})</source>
        <translation>statutory maximum {target}, exceeded ({actual})</translation>
    </message>
    <message>
        <source>enintään {target} vuodessa; raporttipäivään mennessä enintään {by_now}</source>
        <translation>at most {target} a year; by the report date at most {by_now}</translation>
    </message>
    <message>
        <source>säilytetään tasolla {target} (±{tolerance} %)</source>
        <translation>kept at {target} (±{tolerance} %)</translation>
    </message>
    <message>
        <source>vuoden taso {target}; raporttipäivään mennessä odotetaan {expected}</source>
        <translation>the year's level {target}; {expected} expected by the report date</translation>
    </message>
    <message>
        <source>raportointipäivän jälkeen, ei verrattu: {periods}</source>
        <translation>after the report date, not compared: {periods}</translation>
    </message>
    <message>
        <source>{period} jätettiin pois: puuttuu {missing} ({have}/{total} kuntaa); käytetty tietoja {last} asti</source>
        <translation>{period} was left out: {missing} missing ({have}/{total} municipalities); data up to {last} used</translation>
    </message>
    <message>
        <source>ohjelmassa ei ole kuntaluetteloa, joten kuntien summaa ei voi todeta koko alueen luvuksi</source>
        <translation>the programme has no list of municipalities, so the municipalities' sum cannot be taken as the area's figure</translation>
    </message>
    <message>
        <source>vain {have}/{total} kuntaa: puuttuu {missing}; kuntien osasummaa ei näytetä alueen lukuna</source>
        <translation>only {have}/{total} municipalities: {missing} missing; the partial sum is not shown as the area's figure</translation>
    </message>
    <message>
        <source>vain {have}/{total} kuntaa: puuttuu {missing} ({period}); kuntien osasummaa ei näytetä alueen lukuna</source>
        <translation>only {have}/{total} municipalities: {missing} missing ({period}); the partial sum is not shown as the area's figure</translation>
    </message>
    <message>
        <source>ei koko alueen lukua ({count} kuntaa)</source>
        <translation>no figure for the whole area ({count} municipalities)</translation>
    </message>
    <message>
        <source>per kunta, ks. erittely</source>
        <translation>per municipality, see the breakdown</translation>
    </message>
    <message>
        <source>valmis</source>
        <translation>done</translation>
    </message>
    <message>
        <source>ei valmis</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>alueen oma luku, {span}</source>
        <translation>the area's own figure, {span}</translation>
    </message>
    <message>
        <source>alueen oma luku</source>
        <translation>the area's own figure</translation>
    </message>
    <message>
        <source>kuntien summa, {count} kuntaa, {span}</source>
        <translation>sum of the municipalities, {count} municipalities, {span}</translation>
    </message>
    <message>
        <source>kuntien summa, {count} kuntaa</source>
        <translation>sum of the municipalities, {count} municipalities</translation>
    </message>
    <message>
        <source>vain {count} kuntaa, ei koko alueen lukua, {span}</source>
        <translation>only {count} municipalities, no figure for the whole area, {span}</translation>
    </message>
    <message>
        <source>vain {count} kuntaa, ei koko alueen lukua</source>
        <translation>only {count} municipalities, no figure for the whole area</translation>
    </message>
    <message>
        <source>kuntakohtaiset arvot, {count} kuntaa, {span}</source>
        <translation>values per municipality, {count} municipalities, {span}</translation>
    </message>
    <message>
        <source>kuntakohtaiset arvot, {count} kuntaa</source>
        <translation>values per municipality, {count} municipalities</translation>
    </message>
    <message>
        <source>ei tietoja</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Budjetin käyttö: {name}</source>
        <translation>Budget used: {name}</translation>
    </message>
    <message>
        <source>Budjetin käyttö: yhteensä</source>
        <translation>Budget used: total</translation>
    </message>
    <message>
        <source>Kustannus per työllistynyt: {name}</source>
        <translation>Cost per person employed: {name}</translation>
    </message>
    <message>
        <source>Kustannus per työllistynyt vuoden lopussa (ennuste): {name}</source>
        <translation>Cost per person employed at year end (outlook): {name}</translation>
    </message>
    <message>
        <source>Henkilöt kuntaosuuden piirissä {period}</source>
        <translation>Persons within the municipal share {period}</translation>
    </message>
    <message>
        <source>Kuntaosuuden päivät {period}</source>
        <translation>Days of the municipal share {period}</translation>
    </message>
    <message>
        <source>Työmarkkinatuen kuntaosuus {period}</source>
        <translation>Municipal share of labour-market subsidy {period}</translation>
    </message>
    <message>
        <source>Muutos: henkilöt kuntaosuuden piirissä ({earlier} → {latest})</source>
        <translation>Change: persons within the municipal share ({earlier} → {latest})</translation>
    </message>
    <message>
        <source>Muutos: kuntaosuuden päivät ({earlier} → {latest})</source>
        <translation>Change: days of the municipal share ({earlier} → {latest})</translation>
    </message>
    <message>
        <source>Muutos: työmarkkinatuen kuntaosuus ({earlier} → {latest})</source>
        <translation>Change: municipal share of labour-market subsidy ({earlier} → {latest})</translation>
    </message>
    <message>
        <source>Hyöty–panos-suhde (vain työmarkkinatuen kuntaosuus)</source>
        <translation>Benefit to cost (municipal share of labour-market subsidy only)</translation>
    </message>
    <message>
        <source>Skenaarion vaikutus kuntaosuuteen: {name}</source>
        <translation>The scenario's effect on the municipal share: {name}</translation>
    </message>
    <message>
        <source>käytetty / budjetti</source>
        <translation>spent / budget</translation>
    </message>
    <message>
        <source>käytetty / työllistyneet</source>
        <translation>spent / persons employed</translation>
    </message>
    <message>
        <source>budjetti / työllistyneet vuoden lopussa (ennuste)</source>
        <translation>budget / persons employed at year end (outlook)</translation>
    </message>
    <message>
        <source>tuotujen lukujen summa porrastuksen mukaan</source>
        <translation>sum of the imported figures per band</translation>
    </message>
    <message>
        <source>tuotu summa porrastuksen mukaan</source>
        <translation>imported sum per band</translation>
    </message>
    <message>
        <source>tuotu summa; puuttuvat: päivät × päiväraha × porrastuksen osuus</source>
        <translation>imported sum; missing ones: days × daily benefit × the band's share</translation>
    </message>
    <message>
        <source>{latest} − {earlier}</source>
        <translation>{latest} − {earlier}</translation>
    </message>
    <message>
        <source>kuntaosuuden säästö / käytetty</source>
        <translation>savings in the municipal share / spent</translation>
    </message>
    <message>
        <source>henkilöt × vältetyt päivät × päiväraha × kuntaosuus</source>
        <translation>persons × days avoided × daily benefit × municipal share</translation>
    </message>
    <message>
        <source>käytetty {amount}</source>
        <translation>spent {amount}</translation>
    </message>
    <message>
        <source>budjetti {amount}</source>
        <translation>budget {amount}</translation>
    </message>
    <message>
        <source>säästö {amount}</source>
        <translation>savings {amount}</translation>
    </message>
    <message>
        <source>työllistyneet {count}</source>
        <translation>persons employed {count}</translation>
    </message>
    <message>
        <source>työllistyneet {count} ({indicator})</source>
        <translation>persons employed {count} ({indicator})</translation>
    </message>
    <message>
        <source>työllistyneet {count} ({indicator}, {period} asti)</source>
        <translation>persons employed {count} ({indicator}, up to {period})</translation>
    </message>
    <message>
        <source>työllistyneet {count} ({indicator}, {period})</source>
        <translation>persons employed {count} ({indicator}, {period})</translation>
    </message>
    <message>
        <source>työllistyneet, ennuste {count}</source>
        <translation>persons employed, outlook {count}</translation>
    </message>
    <message>
        <source>päiväraha {amount}/pv</source>
        <translation>daily benefit {amount}/day</translation>
    </message>
    <message>
        <source>{band}: {days} pv × {daily} × {share} % = {euros}</source>
        <translation>{band}: {days} days × {daily} × {share} % = {euros}</translation>
    </message>
    <message>
        <source>{period} {amount}</source>
        <translation>{period} {amount}</translation>
    </message>
    <message>
        <source>{period} {count} hlöä</source>
        <translation>{period} {count} persons</translation>
    </message>
    <message>
        <source>{period} {count} pv</source>
        <translation>{period} {count} days</translation>
    </message>
    <message>
        <source>henkilöt {extra}/kk × {months} kk = {persons}</source>
        <translation>persons {extra}/month × {months} months = {persons}</translation>
    </message>
    <message>
        <source>vältetyt päivät {days} pv/hlö</source>
        <translation>days avoided {days} days/person</translation>
    </message>
    <message>
        <source>kuntaosuus {share} % (skenaario)</source>
        <translation>municipal share {share} % (scenario)</translation>
    </message>
    <message>
        <source>päivillä painotettu kuntaosuus {share} % (viimeisimmät luvut)</source>
        <translation>municipal share weighted by days {share} % (latest figures)</translation>
    </message>
    <message>
        <source>porrastusten keskiarvo {share} % (ei tuotuja päiviä)</source>
        <translation>mean of the bands {share} % (no imported days)</translation>
    </message>
    <message>
        <source>ei porrastuksia</source>
        <translation>no bands</translation>
    </message>
    <message>
        <source>budjetti tai käytetty summa puuttuu</source>
        <translation>the budget or the amount spent is missing</translation>
    </message>
    <message>
        <source>budjetti on 0 €</source>
        <translation>the budget is 0 €</translation>
    </message>
    <message>
        <source>käytetty summa tai työllistyneiden määrä puuttuu</source>
        <translation>the amount spent or the number of persons employed is missing</translation>
    </message>
    <message>
        <source>ei työllistyneitä: kustannusta henkeä kohden ei voi laskea</source>
        <translation>no one employed: the cost per person cannot be calculated</translation>
    </message>
    <message>
        <source>ennusteessa ei työllistyneitä</source>
        <translation>no one employed in the outlook</translation>
    </message>
    <message>
        <source>säästö tai käytetty summa puuttuu</source>
        <translation>the savings or the amount spent are missing</translation>
    </message>
    <message>
        <source>käytetty summa on 0 €</source>
        <translation>the amount spent is 0 €</translation>
    </message>
    <message>
        <source>Kuntaliiton ja Vatesin selvityksen mukaan kunnat saavat keskimäärin lähes kaksinkertaiset taloudelliset hyödyt panostuksiin nähden, kun kaikki vaikutukset lasketaan; tässä vain kuntaosuus.</source>
        <translation>According to a study by the Association of Finnish Municipalities and Vates, municipalities on average get almost twice their input back in economic benefits when all effects are counted; here only the municipal share.</translation>
    </message>
    <message>
        <source>kausivaihtelu edellisen vuoden samoista kuukausista</source>
        <translation>seasonal pattern of the same months last year</translation>
    </message>
    <message>
        <source>lineaarinen trendi kuluneista kuukausista</source>
        <translation>linear trend of the months so far</translation>
    </message>
    <message>
        <source>taso pysyy (vain yksi kuukausi tiedossa)</source>
        <translation>the level stays (only one month known)</translation>
    </message>
    <message>
        <source>vuoden summa</source>
        <translation>the year's sum</translation>
    </message>
    <message>
        <source>joulukuun arvo</source>
        <translation>the December value</translation>
    </message>
    <message>
        <source>12 kuukauden keskiarvo</source>
        <translation>the mean of 12 months</translation>
    </message>
    <message>
        <source>vuoden suurin</source>
        <translation>the year's largest</translation>
    </message>
    <message>
        <source>suhde k = {k} ({months} kk), vaihteluväli kuukausisuhteista {low}–{high}</source>
        <translation>ratio k = {k} ({months} months), range from the monthly ratios {low}–{high}</translation>
    </message>
    <message>
        <source>a = {a}, b = {b}/kk, {months} kk</source>
        <translation>a = {a}, b = {b}/month, {months} months</translation>
    </message>
    <message>
        <source>s = {s}</source>
        <translation>s = {s}</translation>
    </message>
    <message>
        <source>vaihteluväli ±20 % ennustetusta osasta</source>
        <translation>range ±20 % of the projected part</translation>
    </message>
    <message>
        <source>skenaario {extra}/kk</source>
        <translation>scenario {extra}/month</translation>
    </message>
    <message>
        <source>vain kuntakohtaisia arvoja, joita ei lasketa yhteen</source>
        <translation>only values per municipality, which are not added up</translation>
    </message>
    <message>
        <source>ei kuukausiarvoja (vain vuoden arvo)</source>
        <translation>no monthly values (the year value only)</translation>
    </message>
    <message>
        <source>Ajankohtaa ei tunnistettu, rivit ohitettiin: {periods}</source>
        <translation>The period was not recognised; the rows were skipped: {periods}</translation>
    </message>
    <message>
        <source>{count} yhteensä-riviä ohitettiin, jotta mitään ei lasketa kahdesti.</source>
        <translation>{count} total rows were skipped so that nothing is counted twice.</translation>
    </message>
    <message>
        <source>Yhteensä-sarake {columns} jätettiin pois; vuoden arvo lasketaan kuukausista.</source>
        <translation>The total column {columns} was left out; the year value is calculated from the months.</translation>
    </message>
    <message>
        <source>Lähtöarvo- ja tavoitesarakkeita ei tuotu toteumiksi: {columns}.</source>
        <translation>Baseline and target columns were not imported as actuals: {columns}.</translation>
    </message>
    <message>
        <source>Kuukausien vuosi luettiin niiden yläpuolelta: {years}.</source>
        <translation>The months' year was read from above them: {years}.</translation>
    </message>
    <message>
        <source>Kuukausien vuosi luettiin välilehden nimestä ”{sheet}”.</source>
        <translation>The months' year was read from the sheet name “{sheet}”.</translation>
    </message>
    <message>
        <source>Kuukausien vuotta ei ole kerrottu tiedostossa; oletettiin ohjelman vuosi {year}.</source>
        <translation>The file does not give the months' year; the programme year {year} was assumed.</translation>
    </message>
    <message>
        <source>{count} tyhjää tai puuttuvaa arvoa (esim. ”..” tai ”-”) ohitettiin.</source>
        <translation>{count} empty or missing values (e.g. “..” or “-”) were skipped.</translation>
    </message>
    <message>
        <source>Välilehdellä on {total} riviä; vain ensimmäiset {read} luettiin.</source>
        <translation>The sheet has {total} rows; only the first {read} were read.</translation>
    </message>
    <message>
        <source>Välilehteä ”{sheet}” ei luettu: {reason}</source>
        <translation>The sheet “{sheet}” was not read: {reason}</translation>
    </message>
    <message>
        <source>Tiedostosta ei löytynyt yhtään toteuma-arvoa.</source>
        <translation>No actual values were found in the file.</translation>
    </message>
    <message>
        <source>Sarake {column}: käytettiin luokkaa ”{chosen}”; ohitettiin {skipped}.</source>
        <translation>Column {column}: the category “{chosen}” was used; {skipped} skipped.</translation>
    </message>
    <message>
        <source>Sarake {column}: käytettiin luokkaa ”{chosen}” (kokonaisluokka); ohitettiin {skipped}.</source>
        <translation>Column {column}: the category “{chosen}” was used (the total); {skipped} skipped.</translation>
    </message>
    <message>
        <source>Sarake {column}: käytettiin luokkaa ”{chosen}” (valittu); ohitettiin {skipped}.</source>
        <translation>Column {column}: the category “{chosen}” was used (chosen); {skipped} skipped.</translation>
    </message>
    <message>
        <source>{count} riviä muista luokista jätettiin pois.</source>
        <translation>{count} rows of other categories were left out.</translation>
    </message>
    <message>
        <source>{count} riviä alueilta, jotka eivät ole ohjelman alue eivätkä sen kuntia, jätettiin pois: {areas}.</source>
        <translation>{count} rows of areas that are neither the programme's area nor its municipalities were left out: {areas}.</translation>
    </message>
    <message>
        <source>Sarake {column}: ”{chosen}” käytettiin ohjelman alueena (valittu).</source>
        <translation>Column {column}: “{chosen}” was used as the programme's area (chosen).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin yhteen, koska mittarin kooste on ”summa”).</source>
        <translation>“{indicator}”: {rows} daily rows were combined into values of {months} months (added up, as the indicator's aggregation is “sum”).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin kuukauden viimeisimmän päivän arvoa, koska mittarin kooste on ”viimeisin”).</source>
        <translation>“{indicator}”: {rows} daily rows were combined into values of {months} months (the month's latest day was used, as the indicator's aggregation is “latest”).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin keskiarvo, koska mittarin kooste on ”keskiarvo”).</source>
        <translation>“{indicator}”: {rows} daily rows were combined into values of {months} months (the mean was taken, as the indicator's aggregation is “mean”).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin suurinta, koska mittarin kooste on ”suurin”).</source>
        <translation>“{indicator}”: {rows} daily rows were combined into values of {months} months (the largest was used, as the indicator's aggregation is “maximum”).</translation>
    </message>
    <message>
        <source>{count} prosenttimuotoista solua (esim. 0,33) luettiin prosentteina (33 %), koska mittarin yksikkö on %.</source>
        <translation>{count} percentage-formatted cells (e.g. 0.33) were read as percentages (33 %), as the indicator's unit is %.</translation>
    </message>
    <message>
        <source>{count} virstanpylväsmittarin arvoa ei tunnistettu (käytä esim. ”valmis”, ”kesken”, 1 tai 0).</source>
        <translation>{count} milestone values were not recognised (use e.g. “valmis”, “kesken”, 1 or 0).</translation>
    </message>
    <message>
        <source>{count} riviä toisti saman arvon samalle mittarille, ajankohdalle ja kunnalle; arvo tuotiin kerran.</source>
        <translation>{count} rows repeated the same value for the same indicator, period and municipality; the value was imported once.</translation>
    </message>
    <message>
        <source>{count} arvoa on muilta vuosilta kuin {year} ({years}); ne tallennetaan historiaksi mutta eivät vaikuta vertailuun.</source>
        <translation>{count} values are from years other than {year} ({years}); they are kept as history but do not affect the comparison.</translation>
    </message>
    <message>
        <source>Raportointipäivän {date} jälkeiset ajankohdat ({periods}) tallennetaan, mutta niitä ei verrata.</source>
        <translation>Periods after the report date {date} ({periods}) are kept but not compared.</translation>
    </message>
    <message>
        <source>Vahvistamaton vastaavuus: ”{key}” → ”{candidate}” ({score} %), ei tuotu; vahvista ohjatussa tuonnissa.</source>
        <translation>Unconfirmed match: “{key}” → “{candidate}” ({score} %), not imported; confirm it in the import wizard.</translation>
    </message>
    <message>
        <source>työkirja on suojattu salasanalla, eikä sitä voi lukea.</source>
        <translation>the workbook is protected with a password and cannot be read.</translation>
    </message>
    <message>
        <source>taulukko on liian suuri luettavaksi (noin {megabytes} Mt taulukkodataa, yli {rows} riviä).</source>
        <translation>the sheet is too large to read (about {megabytes} MB of sheet data, over {rows} rows).</translation>
    </message>
    <message>
        <source>välilehden käytetty alue ulottuu soluun {cell} ({rows} riviä × {cols} saraketta); niin suurta aluetta ei voi lukea toteumiksi.</source>
        <translation>the sheet's used range reaches cell {cell} ({rows} rows × {cols} columns); so large a range cannot be read as actuals.</translation>
    </message>
    <message>
        <source>{count} kaavasolulla ei ole tallennettua arvoa ({cells}), joten niiden lukuja ei voi lukea.</source>
        <translation>{count} formula cells have no saved value ({cells}), so their numbers cannot be read.</translation>
    </message>
    <message>
        <source>tiedosto ei ole taulukko vaan {what}, vaikka sen pääte on {suffix}.</source>
        <translation>the file is not a table but {what}, although its extension is {suffix}.</translation>
    </message>
    <message>
        <source>tiedosto purkautuu liian suureksi ({megabytes} Mt).</source>
        <translation>the file unpacks to too large a size ({megabytes} MB).</translation>
    </message>
    <message>
        <source>tiedosto ei ole Excel-työkirja, vaikka sen pääte on {suffix}.</source>
        <translation>the file is not an Excel workbook, although its extension is {suffix}.</translation>
    </message>
    <message>
        <source>tiedosto on liian suuri ({megabytes} Mt).</source>
        <translation>the file is too large ({megabytes} MB).</translation>
    </message>
    <message>
        <source>tiedostoa ei voi lukea (käyttöjärjestelmän virhe {errno}).</source>
        <translation>the file cannot be read (operating system error {errno}).</translation>
    </message>
    <message>
        <source>välilehteä ”{sheet}” ei ole; välilehdet: {sheets}.</source>
        <translation>there is no sheet “{sheet}”; the sheets: {sheets}.</translation>
    </message>
    <message>
        <source>CSV-tiedosto on liian suuri ({megabytes} Mt).</source>
        <translation>the CSV file is too large ({megabytes} MB).</translation>
    </message>
    <message>
        <source>CSV-tiedostossa on {rows} riviä, enemmän kuin {limit} luettavaa riviä.</source>
        <translation>The CSV file has {rows} rows, more than the {limit} rows that can be read.</translation>
    </message>
    <message>
        <source>CSV-tiedoston rakenne on rikki (kenttä on liian pitkä).</source>
        <translation>the CSV file's structure is broken (a field is too long).</translation>
    </message>
    <message>
        <source>CSV-tiedoston rakenne on rikki (lainausmerkit eivät täsmää).</source>
        <translation>the CSV file's structure is broken (the quotation marks do not match).</translation>
    </message>
    <message>
        <source>luku on liian suuri tai ei ole luku (ääretön tai NaN).</source>
        <translation>the number is too large or not a number (infinite or NaN).</translation>
    </message>
    <message>
        <source>sarakkeet {first} ja {second} ovat kumpikin {period}; kuukausien vuotta ei voi päätellä.</source>
        <translation>columns {first} and {second} are both {period}; the months' year cannot be told.</translation>
    </message>
    <message>
        <source>toteumasaraketta ei löytynyt.</source>
        <translation>no actual column was found.</translation>
    </message>
    <message>
        <source>toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. ”Toteuma 2026”).</source>
        <translation>the year of the actuals is unknown (give the year in the heading, e.g. “Actual 2026”).</translation>
    </message>
    <message>
        <source>työkirja on tyhjä.</source>
        <translation>the workbook is empty.</translation>
    </message>
    <message>
        <source>otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet).</source>
        <translation>no header row was found (expected e.g. the columns Indicator and Actual, or months).</translation>
    </message>
    <message>
        <source>ajankohta- tai arvosarake puuttuu.</source>
        <translation>the period or value column is missing.</translation>
    </message>
    <message>
        <source>mittarisaraketta (nimi tai tunnus) ei löytynyt.</source>
        <translation>no indicator column (name or code) was found.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä (0 tavua).</source>
        <translation>the file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa.</source>
        <translation>the workbook cannot be read; it is damaged or in the wrong format.</translation>
    </message>
    <message>
        <source>zip-tiedosto ei ole Excel- eikä ODS-työkirja.</source>
        <translation>the zip file is neither an Excel nor an ODS workbook.</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä).</source>
        <translation>the file is damaged or incomplete (its structure is broken).</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä).</source>
        <translation>the file is damaged or incomplete (its zip structure is broken).</translation>
    </message>
    <message>
        <source>muisti loppui taulukkoa luettaessa: taulukko on liian suuri.</source>
        <translation>memory ran out while reading the sheet: the sheet is too large.</translation>
    </message>
    <message>
        <source>taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut).</source>
        <translation>the sheet reader stopped with an error while reading this file (the file may be damaged).</translation>
    </message>
    <message>
        <source>tiedostoa ei löydy.</source>
        <translation>the file was not found.</translation>
    </message>
    <message>
        <source>polku on kansio, ei tiedosto.</source>
        <translation>the path is a folder, not a file.</translation>
    </message>
    <message>
        <source>tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa).</source>
        <translation>the file cannot be opened (no read permission, or it is open in another program).</translation>
    </message>
    <message>
        <source>työkirjassa ei ole näkyviä välilehtiä.</source>
        <translation>the workbook has no visible sheets.</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstimuotoinen CSV-tiedosto.</source>
        <translation>the file is not a CSV text file.</translation>
    </message>
    <message>
        <source>tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui.</source>
        <translation>reading the file stopped: memory ran out or the sheet reader crashed.</translation>
    </message>
    <message>
        <source>tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat).</source>
        <translation>reading the file could not be started (the computer ran out of resources).</translation>
    </message>
    <message>
        <source>sarakkeessa {column} ei ole arvoa ”{value}”; arvot: {values}.</source>
        <translation>column {column} has no value ”{value}”; values: {values}.</translation>
    </message>
    <message>
        <source>valinta ”{key}” ei osu sarakkeeseen, jonka arvo pitää valita (sarakkeet: {columns}).</source>
        <translation>the choice ”{key}” matches no column whose value must be chosen (columns: {columns}).</translation>
    </message>
    <message>
        <source>valinta ”{key}” ei osu sarakkeeseen: tiedostossa ei ole saraketta, jonka arvo pitää valita.</source>
        <translation>the choice ”{key}” matches no column: the file has no column whose value must be chosen.</translation>
    </message>
    <message>
        <source>sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); valitse, mikä arvo on ohjelman alue.</source>
        <translation>the values of column {column} are neither the programme's area nor its municipalities ({values}); choose which value is the programme's area.</translation>
    </message>
    <message>
        <source>sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); valitse, mikä arvo on ohjelman alue (ja {others} muuta saraketta).</source>
        <translation>the values of column {column} are neither the programme's area nor its municipalities ({values}); choose which value is the programme's area (and {others} other columns).</translation>
    </message>
    <message>
        <source>sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään.</source>
        <translation>column {column} has several categories ({values}); choose which value to use.</translation>
    </message>
    <message>
        <source>sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään (ja {others} muuta saraketta).</source>
        <translation>column {column} has several categories ({values}); choose which value to use (and {others} other columns).</translation>
    </message>
    <message>
        <source>mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells}.</source>
        <translation>indicator ”{indicator}” has different values for {where} in cells {cells}.</translation>
    </message>
    <message>
        <source>mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells} (ristiriitoja yhteensä {count}).</source>
        <translation>indicator ”{indicator}” has different values for {where} in cells {cells} ({count} conflicts in all).</translation>
    </message>
    <message>
        <source>otsikkoriviä ei löytynyt: tarvitaan sarakkeet {columns}.</source>
        <translation>no header row was found: the columns {columns} are needed.</translation>
    </message>
    <message>
        <source>{what} ei ole luku.</source>
        <translation>{what} is not a number.</translation>
    </message>
    <message>
        <source>{what} ”{cell}” ei ole luku.</source>
        <translation>{what} ”{cell}” is not a number.</translation>
    </message>
    <message>
        <source>ajankohtaa ”{cell}” ei tunnistettu.</source>
        <translation>the period ”{cell}” was not recognised.</translation>
    </message>
    <message>
        <source>sarakkeet Henkilöt, Päivät tai Euroa puuttuvat.</source>
        <translation>the columns Henkilöt (persons), Päivät (days) or Euroa (euros) are missing.</translation>
    </message>
    <message>
        <source>porrasta ”{cell}” ei tunnistettu.</source>
        <translation>the band ”{cell}” was not recognised.</translation>
    </message>
    <message>
        <source>Käytä porrastuksia: {bands}.</source>
        <translation>Use the bands: {bands}.</translation>
    </message>
    <message>
        <source>tiedostossa ei ole kuntaosuuden lukuja.</source>
        <translation>the file has no figures of the municipal share.</translation>
    </message>
    <message>
        <source>sarakkeet Budjetti ja Käytetty puuttuvat.</source>
        <translation>the columns Budjetti (budget) and Käytetty (spent) are missing.</translation>
    </message>
    <message>
        <source>mittaria ”{cell}” ei ole ohjelmassa.</source>
        <translation>indicator ”{cell}” is not in the programme.</translation>
    </message>
    <message>
        <source>kuntaa ”{name}” ei ole ohjelmassa.</source>
        <translation>municipality ”{name}” is not in the programme.</translation>
    </message>
    <message>
        <source>Ohjelman kunnat: {municipalities}.</source>
        <translation>The programme's municipalities: {municipalities}.</translation>
    </message>
    <message>
        <source>osuus ”{cell}” ei ole 0–100 %.</source>
        <translation>the share ”{cell}” is not 0–100 %.</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole toteumatietoja. Tuo toteumat Excelistä ennen seurantaraporttia.</source>
        <translation>The programme has no actuals. Import actuals from Excel before making the follow-up report.</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole kustannuksia eikä työmarkkinatuen kuntaosuuden lukuja. Lisää ne kohdassa Seuranta &gt; Kustannukset ja vaikutukset tai komennolla planner economics-import.</source>
        <translation>The programme has no costs and no figures for the municipal share of the labour-market subsidy. Add them under Follow-up &gt; Costs and effects or with the command planner economics-import.</translation>
    </message>
    <message>
        <source>Toteumissa ei ole kuntakohtaisia arvoja. Täytä kuntakohtainen toteumapohja (planner actuals-template --layout municipalities-wide) ja tuo se.</source>
        <translation>The actuals have no municipality values. Fill in the template by municipality (planner actuals-template --layout municipalities-wide) and import it.</translation>
    </message>
    <message>
        <source>Kuntaa ”{municipality}” ei ole ohjelmassa eikä toteumissa. Valitse jokin näistä: {names}.</source>
        <translation>The municipality “{municipality}” is not in the programme or in the actuals. Choose one of: {names}.</translation>
    </message>
    <message>
        <source>Toteumissa ei ole kuukausiarvoja, joista ennuste laskettaisiin. Tuo kuukausittaiset toteumat.</source>
        <translation>The actuals have no monthly values to project from. Import the monthly actuals.</translation>
    </message>
</context>
<context>
    <name>MiniChart</name>
    <message>
        <source>tammi</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>helmi</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>maalis</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>huhti</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>touko</source>
        <translation>May</translation>
    </message>
    <message>
        <source>kesä</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>heinä</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>elo</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>syys</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>loka</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>marras</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>joulu</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Kuukausikaavio: %1</source>
        <translation>Monthly chart: %1</translation>
    </message>
    <message>
        <source>Napsauta tai paina Enter, niin kaavio avautuu suurempana.</source>
        <translation>Click or press Enter to open the chart larger.</translation>
    </message>
    <message>
        <source>Ei kuukausiarvoja</source>
        <translation>No monthly values</translation>
    </message>
    <message>
        <source>ei kuukausiarvoja</source>
        <translation>no monthly values</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Lähtöarvo</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Ennuste</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Toteuma (kertymä)</source>
        <translation>Actual (cumulative)</translation>
    </message>
    <message>
        <source>Toteuma</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Ohjelman tiedot</source>
        <translation>Programme details</translation>
    </message>
    <message>
        <source>Lakisääteiset palvelut</source>
        <translation>Statutory services</translation>
    </message>
    <message>
        <source>Teemat ja tavoitteet</source>
        <translation>Themes and focus areas</translation>
    </message>
    <message>
        <source>Kärjet</source>
        <translation>Spearheads</translation>
    </message>
    <message>
        <source>Kohderyhmät</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Tekstiosiot</source>
        <translation>Text sections</translation>
    </message>
    <message>
        <source>Vaikutusketju</source>
        <translation>Impact chain</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ohjelman rakenne</source>
        <translation>Programme structure</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Tarkista sarakkeet</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>Otsikkorivi on lihavoitu. Voit vaihtaa sarakkeen merkityksen tai otsikkorivin.</source>
        <translation>The header row is in bold. You can change a column's meaning or the header row.</translation>
    </message>
    <message>
        <source>&amp;Välilehti:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Välilehti</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>&amp;Otsikkorivi:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <source>Otsikkorivi</source>
        <translation>Heading line</translation>
    </message>
    <message>
        <source>Peruuta luku</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>Välilehden esikatselu</source>
        <translation>Sheet preview</translation>
    </message>
    <message>
        <source>Luetaan…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu tuoda: </source>
        <translation>The file could not be imported: </translation>
    </message>
    <message>
        <source>Luku peruutettiin. Mitään ei muutettu.</source>
        <translation>Reading was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Merkitys</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Rakenne: %1. Arvoja %2, rivitekstejä %3, joista yhdistetty %4.</source>
        <translation>Layout: %1. Values %2, row texts %3, of which matched %4.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Ohjelman nimi</source>
        <translation>Programme title</translation>
    </message>
    <message>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Alue</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Vastuukunta</source>
        <translation>Lead municipality</translation>
    </message>
    <message>
        <source>Laatija</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Yhteystiedot</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tunnuslause</source>
        <translation>Motto</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ohjelman nimi</source>
        <translation>programme title</translation>
    </message>
    <message>
        <source>vuosi</source>
        <translation>year</translation>
    </message>
    <message>
        <source>alue</source>
        <translation>area</translation>
    </message>
    <message>
        <source>laatija</source>
        <translation>author</translation>
    </message>
    <message>
        <source>yhteystiedot</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>tunnuslause</source>
        <translation>motto</translation>
    </message>
    <message>
        <source>vastuukunta</source>
        <translation>lead municipality</translation>
    </message>
    <message>
        <source>tila</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Sopijakunnat</source>
        <translation>Member municipalities</translation>
    </message>
    <message>
        <source>kunta</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>(ei valittu)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Ohjelman tiedot</source>
        <translation>Programme details</translation>
    </message>
    <message>
        <source>Ehdotukseksi tai hyväksytyksi päätöksen kanssa: Tiedosto › Tila ja hyväksyntä…</source>
        <translation>To proposal or approved with a decision: File › Status and approval…</translation>
    </message>
    <message>
        <source>Hyväksymispäätökset</source>
        <translation>Approval decisions</translation>
    </message>
    <message>
        <source>Lisää päätös</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Poista päätös</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Mittarien tasot</source>
        <translation>Indicator levels</translation>
    </message>
    <message>
        <source>Lisää taso</source>
        <translation>Add level</translation>
    </message>
    <message>
        <source>Poista taso</source>
        <translation>Remove level</translation>
    </message>
    <message>
        <source>Kaupunginvaltuusto</source>
        <translation>City council</translation>
    </message>
</context>
<context>
    <name>ProgrammePane</name>
    <message>
        <source>Kommentoi valittua kohtaa</source>
        <translation>Comment on the selected part</translation>
    </message>
    <message>
        <source>Lisää lausuntoon kommenttijakso, joka lainaa valitun kohdan</source>
        <translation>Add a comment section to the statement that quotes the selected part</translation>
    </message>
    <message>
        <source>Valitse ohjelman kohta nähdäksesi sen tekstin.</source>
        <translation>Select a part of the programme to see its text.</translation>
    </message>
    <message>
        <source>Ohjelman kohdat</source>
        <translation>Programme parts</translation>
    </message>
    <message>
        <source>Valitun kohdan teksti</source>
        <translation>Text of the chosen part</translation>
    </message>
    <message>
        <source>Ohjelmaa ei ole avattu.</source>
        <translation>No programme is open.</translation>
    </message>
    <message>
        <source>Ohjelma (vain luku): {0}</source>
        <translation>Programme (read-only): {0}</translation>
    </message>
    <message>
        <source>Kärjet</source>
        <translation>Spearheads</translation>
    </message>
    <message>
        <source>Kohderyhmät</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Painopisteet, tavoitteet ja mittarit</source>
        <translation>Themes, focus areas and indicators</translation>
    </message>
    <message>
        <source>Mittaristo kokonaisuutena</source>
        <translation>The indicators as a whole</translation>
    </message>
</context>
<context>
    <name>ProposedIndicatorForm</name>
    <message>
        <source>Mittarin nimi</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Perustelu</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Ehdotettu lähtötaso</source>
        <translation>Proposed baseline</translation>
    </message>
    <message>
        <source>Ehdotettu tavoite</source>
        <translation>Proposed target</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Lausuntopyynnön kysymykset</source>
        <translation>Questions of the consultation request</translation>
    </message>
    <message>
        <source>Kirjoita tai liitä kysymykset numeroituina riveinä (esim. ”Kehittämisehdotus 1: …” tai ”1. …”) ja kunkin alle kysymysrivi, tai tuo lausuntopyyntö Word- (.docx) tai tekstitiedostosta (.txt).</source>
        <translation>Type or paste the questions as numbered lines (e.g. ”Kehittämisehdotus 1: …” or ”1. …”) with the question line below each, or import the consultation request from a Word (.docx) or text (.txt) file.</translation>
    </message>
    <message>
        <source>Tuo tiedostosta…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>Lausuntopyynnön kysymykset tekstinä</source>
        <translation>The consultation request's questions as text</translation>
    </message>
    <message>
        <source>Luetut kysymykset</source>
        <translation>Questions read</translation>
    </message>
    <message>
        <source>Rivit, joita ei luettu kysymyksiksi</source>
        <translation>Lines not read as questions</translation>
    </message>
    <message>
        <source>Luetaan tiedostoa {0}…</source>
        <translation>Reading the file {0}…</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tuo lausuntopyyntö</source>
        <translation>Import consultation request</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi lukea</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>Word tai teksti (*.docx *.txt);;Kaikki tiedostot (*)</source>
        <translation>Word or text (*.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Ei luettu kysymykseksi ({0}) – tarkista tai lisää käsin:</source>
        <translation>Not read as a question ({0}) – check or add by hand:</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Uusi vuosi</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>Uuden ohjelman &amp;vuosi:</source>
        <translation>&amp;Year of the new programme:</translation>
    </message>
    <message>
        <source>Vuosiluvut teksteissä: valitse muutettavat</source>
        <translation>Years in the texts: choose which to change</translation>
    </message>
    <message>
        <source>Kohta</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Nyt</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Uusi teksti</source>
        <translation>New text</translation>
    </message>
    <message>
        <source>Vuosiluvut teksteissä</source>
        <translation>Years in the texts</translation>
    </message>
    <message>
        <source>Valitse &amp;kaikki</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Poista valinnat</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <source>Uudet lähtöarvot</source>
        <translation>New baselines</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Vanha lähtöarvo</source>
        <translation>Old baseline</translation>
    </message>
    <message>
        <source>Uusi lähtöarvo</source>
        <translation>New baseline</translation>
    </message>
    <message>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tavoitteet säilyvät ja merkitään tarkistettaviksi (ne näkyvät Tarkistukset-paneelissa). Päätökset tyhjennetään ja tila on luonnos. Edellisen vuoden toteumat säilyvät mittareiden historiana. Alkuperäistä ohjelmaa ei muuteta: uusi ohjelma avautuu tallentamattomana.</source>
        <translation>Targets are kept and marked for review (they are listed in the Checks panel). Decisions are cleared and the status is draft. Last year's actuals stay as the indicators' history. The original programme is not changed: the new programme opens unsaved.</translation>
    </message>
    <message>
        <source>Luo uuden vuoden luonnos</source>
        <translation>Create the new year's draft</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ohjelmasta ”{0}” tehdään seuraavan vuoden luonnos.</source>
        <translation>A draft for the next year is made from the programme “{0}”.</translation>
    </message>
    <message>
        <source>(nimetön ohjelma)</source>
        <translation>(untitled programme)</translation>
    </message>
    <message>
        <source>toteuma</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Toteumaa ei ollut: lähtöarvoksi tulee edellisen vuoden tavoite.</source>
        <translation>There was no actual: last year's target becomes the baseline.</translation>
    </message>
    <message>
        <source>Edellisen vuoden viimeisin toteuma ja sen ajankohta.</source>
        <translation>Last year's latest actual and its period.</translation>
    </message>
    <message>
        <source>{0} lähtöarvoa toteumasta, {1} edellisen vuoden tavoitteesta.</source>
        <translation>{0} baselines from actuals, {1} from last year's targets.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>osion otsikko</source>
        <translation>section title</translation>
    </message>
    <message>
        <source>osion teksti</source>
        <translation>text of the section</translation>
    </message>
    <message>
        <source>(nimetön osio)</source>
        <translation>(untitled section)</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole vielä tekstiosioita.</source>
        <translation>The programme has no text sections yet.</translation>
    </message>
    <message>
        <source>Uusi osio</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Lisää tekstiosio</source>
        <translation>Add text section</translation>
    </message>
    <message>
        <source>Poista tekstiosio: {0}</source>
        <translation>Remove text section: {0}</translation>
    </message>
    <message>
        <source>Siirrä tekstiosio</source>
        <translation>Move text section</translation>
    </message>
    <message>
        <source>Muokkaa: otsikkotaso</source>
        <translation>Edit: heading level</translation>
    </message>
    <message>
        <source>Siirrä tekstiosio: {0}</source>
        <translation>Move text section: {0}</translation>
    </message>
    <message>
        <source>Tekstiosiot</source>
        <translation>Text sections</translation>
    </message>
    <message>
        <source>Vapaamuotoiset osiot, kuten tausta, tarve, visio, tavoitteet, resurssit ja kumppanit. Ne tulostuvat teemojen edellä tai jälkeen tässä järjestyksessä.</source>
        <translation>Free-text sections such as background, needs, vision, goals, resources and partners. They print before or after the themes in this order.</translation>
    </message>
    <message>
        <source>Tekstiosiot tulostusjärjestyksessä</source>
        <translation>Text sections in print order</translation>
    </message>
    <message>
        <source>Lisää osio</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Poista osio</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Otsikkotaso</source>
        <translation>Heading level</translation>
    </message>
    <message>
        <source>Sijainti</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tyhjä rivi aloittaa uuden kappaleen. Rivi, joka alkaa merkeillä ”- ”, on luettelon kohta; ”1. ” aloittaa numeroidun kohdan; ”## ” aloittaa väliotsikon.</source>
        <translation>An empty line starts a new paragraph. A line starting with “- ” is a list item; “1. ” starts a numbered item; “## ” starts a subheading.</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>osion otsikko</source>
        <translation>section title</translation>
    </message>
    <message>
        <source>palveluryhmän nimi</source>
        <translation>service group name</translation>
    </message>
    <message>
        <source>Palvelut</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>palvelu</source>
        <translation>service</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Lakisääteiset palvelut</source>
        <translation>Statutory services</translation>
    </message>
    <message>
        <source>Osion otsikko</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>Palveluryhmät</source>
        <translation>Service groups</translation>
    </message>
    <message>
        <source>Valitun palveluryhmän nimi</source>
        <translation>Name of the selected service group</translation>
    </message>
    <message>
        <source>Lisää ryhmä</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Poista ryhmä</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Uusi palveluryhmä</source>
        <translation>New service group</translation>
    </message>
    <message>
        <source>Lisää palveluryhmä</source>
        <translation>Add service group</translation>
    </message>
    <message>
        <source>Poista palveluryhmä</source>
        <translation>Delete service group</translation>
    </message>
    <message>
        <source>Siirrä palveluryhmä</source>
        <translation>Move service group</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Kieli</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Automaattinen varmuuskopio (minuutin välein, 0 = ei käytössä)</source>
        <translation>&amp;Autosave (every N minutes, 0 = off)</translation>
    </message>
    <message>
        <source>Automaattisen varmuuskopion väli minuutteina</source>
        <translation>Autosave interval in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>StatementEditors</name>
    <message>
        <source>Muokkaa: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <source>Lausunnon antaja</source>
        <translation>Statement given by</translation>
    </message>
    <message>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Diaarinumero (dnro)</source>
        <translation>Diary number (ref.)</translation>
    </message>
    <message>
        <source>Asianumero (Asia:)</source>
        <translation>Case number (Asia:)</translation>
    </message>
    <message>
        <source>Viite (lausuntopyyntö)</source>
        <translation>Reference (request for comments)</translation>
    </message>
    <message>
        <source>Otsikko / asia</source>
        <translation>Title / subject</translation>
    </message>
    <message>
        <source>Vastaanottaja</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Lausunto koskee</source>
        <translation>The statement concerns</translation>
    </message>
    <message>
        <source>Lausuntopyynnön tai ohjelman nimi</source>
        <translation>Name of the consultation request or programme</translation>
    </message>
    <message>
        <source>Ohjelmatiedosto</source>
        <translation>Programme file</translation>
    </message>
    <message>
        <source>Liitteen tunnus</source>
        <translation>Appendix label</translation>
    </message>
    <message>
        <source>Johdanto</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Allekirjoittajat</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Liitteet (yksi riville)</source>
        <translation>Attachments (one per line)</translation>
    </message>
    <message>
        <source>Lausuntopyyntö</source>
        <translation>Consultation request</translation>
    </message>
    <message>
        <source>Ohjelma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Lisää allekirjoittaja</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>sisäänrakennettu esimerkkiohjelma</source>
        <translation>built-in example programme</translation>
    </message>
    <message>
        <source>(ei ohjelmatiedostoa)</source>
        <translation>(no programme file)</translation>
    </message>
    <message>
        <source>Kirjeestä puuttuu tai on tarkistettava: {0}</source>
        <translation>The letter lacks or needs a check: {0}</translation>
    </message>
    <message>
        <source>Muokkaa liitteitä</source>
        <translation>Edit attachments</translation>
    </message>
    <message>
        <source>Kirjoita päivämäärä muodossa 30.6.2026</source>
        <translation>Write the date as 30.6.2026</translation>
    </message>
    <message>
        <source>Muokkaa: päivämäärä</source>
        <translation>Edit: date</translation>
    </message>
    <message>
        <source>Muokkaa: lausunto koskee</source>
        <translation>Edit: the statement concerns</translation>
    </message>
    <message>
        <source>Muokkaa allekirjoittajia</source>
        <translation>Edit signatories</translation>
    </message>
    <message>
        <source>Poista allekirjoittaja</source>
        <translation>Remove signatory</translation>
    </message>
    <message>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Otsikko lausuntopyynnössä</source>
        <translation>Title in the consultation request</translation>
    </message>
    <message>
        <source>Kysymys</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Loppukysymys (”Mitä muuta…”)</source>
        <translation>Closing question (“Anything else…”)</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Lainattu ohjelmasta</source>
        <translation>Quoted from the programme</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Poista valittu lainaus</source>
        <translation>Remove the selected quotation</translation>
    </message>
    <message>
        <source>Poista lainaus</source>
        <translation>Remove quotation</translation>
    </message>
    <message>
        <source>Mittarin nimi</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Perustelu</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Ehdotettu lähtötaso</source>
        <translation>Proposed baseline</translation>
    </message>
    <message>
        <source>Ehdotettu tavoite</source>
        <translation>Proposed target</translation>
    </message>
    <message>
        <source>Liittyy ohjelman kohtaan</source>
        <translation>Relates to the part of the programme</translation>
    </message>
    <message>
        <source>Liitä ohjelmassa valittuun kohtaan</source>
        <translation>Link to the part selected in the programme</translation>
    </message>
    <message>
        <source>Poista liitos</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>(ei liitetty)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <source>Liitä mittari</source>
        <translation>Link indicator</translation>
    </message>
</context>
<context>
    <name>StatementLauncher</name>
    <message>
        <source>&amp;Lausunto</source>
        <translation>S&amp;tatement</translation>
    </message>
    <message>
        <source>Uusi &amp;tyhjä lausunto</source>
        <translation>New &amp;blank statement</translation>
    </message>
    <message>
        <source>Uusi lausunto &amp;lausuntopyyntöön…</source>
        <translation>New statement on a &amp;consultation request…</translation>
    </message>
    <message>
        <source>Uusi lausunto tästä &amp;ohjelmasta</source>
        <translation>New statement on t&amp;his programme</translation>
    </message>
    <message>
        <source>Uusi lausunto ohjelmat&amp;iedostosta…</source>
        <translation>New statement on a &amp;programme file…</translation>
    </message>
    <message>
        <source>&amp;Avaa lausunto…</source>
        <translation>&amp;Open statement…</translation>
    </message>
    <message>
        <source>Esimerkki: &amp;Mäntsälän lausunto ohjelmasta</source>
        <translation>Example: &amp;Mäntsälä's statement on a programme</translation>
    </message>
    <message>
        <source>Esimerkki: Mi&amp;kkelin lausunto lausuntopyyntöön</source>
        <translation>Example: Mi&amp;kkeli's statement on a consultation request</translation>
    </message>
    <message>
        <source>Tallennetaanko ohjelma?</source>
        <translation>Save the programme?</translation>
    </message>
    <message>
        <source>Lausunto viittaa ohjelman tallennettuun tiedostoon {0}. Ohjelmassa on tallentamattomia muutoksia. Tallennetaanko ne ennen lausunnon aloittamista?</source>
        <translation>The statement refers to the programme's saved file {0}. The programme has unsaved changes. Save them before starting the statement?</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message>
        <source>Lausunto (*.lausunto.json);;Kaikki tiedostot (*)</source>
        <translation>Statement (*.lausunto.json);;All files (*)</translation>
    </message>
    <message>
        <source>lausunto</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Lausunnon osat</source>
        <translation>Parts of the statement</translation>
    </message>
    <message>
        <source>&amp;Uusi lausunto</source>
        <translation>&amp;New statement</translation>
    </message>
    <message>
        <source>&amp;Tyhjä lausunto</source>
        <translation>&amp;Blank statement</translation>
    </message>
    <message>
        <source>Lausunto &amp;lausuntopyyntöön…</source>
        <translation>Statement on a &amp;consultation request…</translation>
    </message>
    <message>
        <source>Lausunto &amp;ohjelmasta…</source>
        <translation>Statement on a &amp;programme…</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Esimerkkilausunnot</source>
        <translation>E&amp;xample statements</translation>
    </message>
    <message>
        <source>&amp;Mäntsälän kunta: lausunto ohjelmasta</source>
        <translation>Municipality of &amp;Mäntsälä: statement on the programme</translation>
    </message>
    <message>
        <source>Mi&amp;kkelin kaupunki: lausunto VN/37864/2025</source>
        <translation>City of Mi&amp;kkeli: statement VN/37864/2025</translation>
    </message>
    <message>
        <source>&amp;Tallenna</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tallenna toisella &amp;nimellä…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Vie</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)…</source>
        <translation>&amp;Word (.docx)…</translation>
    </message>
    <message>
        <source>&amp;Teksti lausuntopalvelu.fi:hin (.txt)…</source>
        <translation>&amp;Text for lausuntopalvelu.fi (.txt)…</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Lisää kysymyksiä lausuntopyynnöstä…</source>
        <translation>Add &amp;questions from a consultation request…</translation>
    </message>
    <message>
        <source>&amp;Avaa kommentoitava ohjelma…</source>
        <translation>&amp;Open the programme to comment on…</translation>
    </message>
    <message>
        <source>Siirrä kohta &amp;ylös</source>
        <translation>Move part u&amp;p</translation>
    </message>
    <message>
        <source>&amp;Siirrä kohta alas</source>
        <translation>Move part &amp;down</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>+ Kysymys ja vastaus</source>
        <translation>+ Question and answer</translation>
    </message>
    <message>
        <source>+ Vapaa jakso</source>
        <translation>+ Free section</translation>
    </message>
    <message>
        <source>+ Ehdotettu mittari</source>
        <translation>+ Proposed indicator</translation>
    </message>
    <message>
        <source>Poista valittu kohta</source>
        <translation>Delete the selected part</translation>
    </message>
    <message>
        <source>Lausunto</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Lausunnon tiedot</source>
        <translation>Statement details</translation>
    </message>
    <message>
        <source>Lisää: {0}</source>
        <translation>Add: {0}</translation>
    </message>
    <message>
        <source>Poista kohta</source>
        <translation>Delete part</translation>
    </message>
    <message>
        <source>Siirrä kohta</source>
        <translation>Move part</translation>
    </message>
    <message>
        <source>Mittaristo</source>
        <translation>Indicator set</translation>
    </message>
    <message>
        <source>Ohjelmatiedostoa ei voitu avata: {0}. Lainaukset on tallennettu lausuntoon, joten lausunto on luettavissa ja vietävissä. Avaa ohjelma valikosta Muokkaa.</source>
        <translation>The programme file could not be opened: {0}. The quotations are saved in the statement, so it can be read and exported. Open the programme from the Edit menu.</translation>
    </message>
    <message>
        <source>Ohjelmaa ei voi avata</source>
        <translation>The programme cannot be opened</translation>
    </message>
    <message>
        <source>Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)</source>
        <translation>Employment programmes (*.tyohjelma *.tyohjelma.json *.json)</translation>
    </message>
    <message>
        <source>Avaa kommentoitava ohjelma</source>
        <translation>Open the programme to comment on</translation>
    </message>
    <message>
        <source>Valitse ohjelma</source>
        <translation>Choose programme</translation>
    </message>
    <message>
        <source>Lisää kysymyksiä</source>
        <translation>Add questions</translation>
    </message>
    <message>
        <source>Valitse ohjelma, josta annat lausunnon</source>
        <translation>Choose the programme you are commenting on</translation>
    </message>
    <message>
        <source>Avaa lausunto</source>
        <translation>Open statement</translation>
    </message>
    <message>
        <source>Lausunto (*.lausunto.json *.json);;Kaikki tiedostot (*)</source>
        <translation>Statement (*.lausunto.json *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Lausuntoa ei voi avata</source>
        <translation>The statement cannot be opened</translation>
    </message>
    <message>
        <source>palautettu lausunto</source>
        <translation>recovered statement</translation>
    </message>
    <message>
        <source>Vie lausunto</source>
        <translation>Export statement</translation>
    </message>
    <message>
        <source>Viedään {0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <source>Vienti epäonnistui</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voitu kirjoittaa: {1}

Valitse toinen kansio tai sulje tiedosto, jos se on auki toisessa ohjelmassa.</source>
        <translation>The file {0} could not be written: {1}

Choose another folder, or close the file if it is open in another program.</translation>
    </message>
    <message>
        <source>Viety: {0} – kirjeestä puuttuu {1} tietoa, katso Lausunnon tiedot</source>
        <translation>Exported: {0} – the letter lacks {1} details, see Statement details</translation>
    </message>
    <message>
        <source>Viety: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se kommentoitaessa oli.</source>
        <translation><numerusform>%n quotation differs from the programme's current text; the statement keeps it as it was when commented on.</numerusform><numerusform>%n quotations differ from the programme's current text; the statement keeps them as they were when commented on.</numerusform></translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <source>&amp;Lisää</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Uusi &amp;teema</source>
        <translation>New &amp;theme</translation>
    </message>
    <message>
        <source>Uusi t&amp;avoite</source>
        <translation>New &amp;focus area</translation>
    </message>
    <message>
        <source>Uusi &amp;kärki</source>
        <translation>New &amp;spearhead</translation>
    </message>
    <message>
        <source>Uusi kohde&amp;ryhmä</source>
        <translation>New tar&amp;get group</translation>
    </message>
    <message>
        <source>P&amp;oista</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Nimeä uudelleen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Siirrä &amp;ylös</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>&amp;Siirrä alas</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Siirrä te&amp;emaan</source>
        <translation>Move to t&amp;heme</translation>
    </message>
    <message>
        <source>Uusi teema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Lisää teema</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Uusi tavoite</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <source>Lisää tavoite</source>
        <translation>Add focus area</translation>
    </message>
    <message>
        <source>Uusi kärki</source>
        <translation>New spearhead</translation>
    </message>
    <message>
        <source>Uusi kohderyhmä</source>
        <translation>New target group</translation>
    </message>
    <message>
        <source>Lisää kärki</source>
        <translation>Add spearhead</translation>
    </message>
    <message>
        <source>Lisää kohderyhmä</source>
        <translation>Add target group</translation>
    </message>
    <message>
        <source>Poista {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <source>Poista teema</source>
        <translation>Delete theme</translation>
    </message>
    <message>
        <source>Poista tavoite</source>
        <translation>Delete focus area</translation>
    </message>
    <message>
        <source>Nimeä uudelleen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Siirrä teema</source>
        <translation>Move theme</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tuo toteumat</source>
        <translation>Import actuals</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ajankohta</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Käytettävä arvo</source>
        <translation>Value to use</translation>
    </message>
    <message>
        <source>Lasketaan yhteenvetoa…</source>
        <translation>Computing the summary…</translation>
    </message>
    <message>
        <source>Yhteenvetoa ei voitu laskea: </source>
        <translation>The summary could not be computed: </translation>
    </message>
    <message>
        <source>koko alue</source>
        <translation>whole area</translation>
    </message>
    <message>
        <source>— valitse —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>solu %1</source>
        <translation>cell %1</translation>
    </message>
    <message>
        <source>Ohita nämä arvot</source>
        <translation>Skip these values</translation>
    </message>
    <message>
        <source>%1 ristiriitaa: samalle mittarille, ajankohdalle ja kunnalle on eri arvoja. Valitse kullekin käytettävä arvo (tai ohita), ennen kuin tuot.</source>
        <translation>%1 conflicts: the same indicator, period and municipality have different values. Choose the value to use for each (or skip) before importing.</translation>
    </message>
    <message>
        <source>Ristiriidat on ratkaistu.</source>
        <translation>The conflicts are resolved.</translation>
    </message>
    <message>
        <source>Tiedosto: %1, välilehti %2</source>
        <translation>File: %1, sheet %2</translation>
    </message>
    <message>
        <source>Tuodaan %1 arvoa %2 mittarille (%3 riviä).</source>
        <translation>%1 values will be imported for %2 indicators (%3 rows).</translation>
    </message>
    <message>
        <source>Saman mittarin, ajankohdan ja kunnan aiemmat arvot korvataan.</source>
        <translation>Earlier values for the same indicator, period and municipality are replaced.</translation>
    </message>
    <message>
        <source>Mihin luvut perustuvat:</source>
        <translation>What the figures rest on:</translation>
    </message>
    <message>
        <source>Ei tuoda (ei mittaria):</source>
        <translation>Not imported (no indicator):</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Huomiot:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>TagChecklist</name>
    <message>
        <source>Kärki</source>
        <translation>Spearhead</translation>
    </message>
    <message>
        <source>Kohderyhmä</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole vielä kärkiä eikä kohderyhmiä.</source>
        <translation>The programme has no spearheads or target groups yet.</translation>
    </message>
    <message>
        <source>Muuta linkitystä</source>
        <translation>Change links</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <source>kuvaus</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Kärki</source>
        <translation>Spearhead</translation>
    </message>
    <message>
        <source>Kohderyhmä</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Tavoite: {0} ({1})</source>
        <translation>Focus area: {0} ({1})</translation>
    </message>
    <message>
        <source>Mittari: {0} (tavoite {1})</source>
        <translation>Indicator: {0} (focus area {1})</translation>
    </message>
    <message>
        <source>Mikään tavoite tai mittari ei vielä liity tähän. Linkitä tavoitteen sivulla kohdassa ”Kärjet ja kohderyhmät”.</source>
        <translation>No focus area or indicator is linked here yet. Link them on the focus area's page under ”Spearheads and target groups”.</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tähän liittyvät tavoitteet ja mittarit (avaa kaksoisnapsautuksella):</source>
        <translation>Linked focus areas and indicators (double-click to open):</translation>
    </message>
    <message>
        <source>Tähän liittyvät tavoitteet ja mittarit</source>
        <translation>Linked focus areas and indicators</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>Lisää {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <source>Poista {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <source>Siirrä ylös</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Siirrä alas</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Muokkaa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Siirrä {0}</source>
        <translation>Move {0}</translation>
    </message>
</context>
<context>
    <name>TextListModel</name>
    <message>
        <source>(tyhjä)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ThemeEditor</name>
    <message>
        <source>teeman otsikko</source>
        <translation>theme title</translation>
    </message>
    <message>
        <source>teeman tiivistelmä</source>
        <translation>theme summary</translation>
    </message>
    <message>
        <source>Teema: {0}</source>
        <translation>Theme: {0}</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Tavoitteet ({0}):</source>
        <translation>Focus areas ({0}):</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tiivistelmä</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Lisää tavoite tähän teemaan</source>
        <translation>Add a focus area to this theme</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versiot</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versiot tallennetaan ohjelmatiedoston sisään. Valitse kaksi riviä verrataksesi niitä keskenään, tai yksi verrataksesi sitä nykyiseen.</source>
        <translation>Versions are stored inside the programme file. Select two rows to compare them with each other, or one to compare it with the current one.</translation>
    </message>
    <message>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tallennettu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Lisätieto</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Tallenna nykyinen versioksi…</source>
        <translation>&amp;Save current as a version…</translation>
    </message>
    <message>
        <source>&amp;Vertaa valittuja</source>
        <translation>&amp;Compare selected</translation>
    </message>
    <message>
        <source>&amp;Avaa kopiona</source>
        <translation>&amp;Open as a copy</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nykyinen: {0}</source>
        <translation>Current: {0}</translation>
    </message>
    <message>
        <source>(nimeämätön)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Tallenna versio</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Version nimi:</source>
        <translation>Name of the version:</translation>
    </message>
    <message>
        <source>Lisätieto (vapaaehtoinen):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>Versiota ei tallennettu</source>
        <translation>The version was not saved</translation>
    </message>
</context>
<context>
    <name>YearlyCycle</name>
    <message>
        <source>Uusi vuo&amp;si…</source>
        <translation>New &amp;year…</translation>
    </message>
    <message>
        <source>Ve&amp;rtaa…</source>
        <translation>Com&amp;pare…</translation>
    </message>
    <message>
        <source>Versi&amp;ohistoria…</source>
        <translation>Version &amp;history…</translation>
    </message>
    <message>
        <source>Tila ja &amp;hyväksyntä…</source>
        <translation>Status and appro&amp;val…</translation>
    </message>
    <message>
        <source>&amp;Merkitse valitun mittarin tavoite tarkistetuksi</source>
        <translation>&amp;Mark the selected indicator's target reviewed</translation>
    </message>
    <message>
        <source>Merkitse kaikki tavoitteet ta&amp;rkistetuiksi</source>
        <translation>Mark a&amp;ll targets reviewed</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma on lukittu. Aloita uusi versio muuttaaksesi sitä.</source>
        <translation>The approved programme is locked. Start a new version to change it.</translation>
    </message>
    <message>
        <source>Uusi vuosi {0} (tallentamaton)</source>
        <translation>New year {0} (unsaved)</translation>
    </message>
    <message>
        <source>Uusi vuosi {0}</source>
        <translation>New year {0}</translation>
    </message>
    <message>
        <source>Uuden vuoden luonnos tehty. Tallenna se uudella nimellä; edellisen vuoden tiedosto ei muuttunut.</source>
        <translation>The new year's draft is ready. Save it under a new name; last year's file was not changed.</translation>
    </message>
    <message>
        <source>Tallenna versio {0}</source>
        <translation>Save version {0}</translation>
    </message>
    <message>
        <source>{0} (kopio, tallentamaton)</source>
        <translation>{0} (copy, unsaved)</translation>
    </message>
    <message>
        <source>Aseta tila: {0}</source>
        <translation>Set status: {0}</translation>
    </message>
    <message>
        <source>Aloita uusi versio</source>
        <translation>Start a new version</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma säilyy tiedostossa muuttumattomana versiona. Muutokset tehdään uuteen luonnosversioon, jonka tila on luonnos ja jolla ei ole päätöksiä. Aloitetaanko uusi versio?</source>
        <translation>The approved programme is kept unchanged as a version in the file. Changes go into a new draft version without decisions. Start a new version?</translation>
    </message>
    <message>
        <source>Uutta versiota ei aloitettu</source>
        <translation>No new version was started</translation>
    </message>
    <message>
        <source>Merkitse tavoite tarkistetuksi: {0}</source>
        <translation>Mark target reviewed: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Palautettu ohjelma</source>
        <translation>Recovered programme</translation>
    </message>
</context>
<context>
    <name>check_messages</name>
    <message>
        <source>”{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>(nimetön mittari)</source>
        <translation>(unnamed indicator)</translation>
    </message>
    <message>
        <source>(nimetön tavoite)</source>
        <translation>(untitled focus area)</translation>
    </message>
    <message>
        <source>tyhjä</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Tavoitteelta puuttuu otsikko.</source>
        <translation>The focus area has no title.</translation>
    </message>
    <message>
        <source>Tavoitteella {0} ei ole yhtään mittaria.</source>
        <translation>The focus area {0} has no indicators.</translation>
    </message>
    <message>
        <source>Tavoitteen {0} kohta {1} on tyhjä.</source>
        <translation>The section {1} of the focus area {0} is empty.</translation>
    </message>
    <message>
        <source>Tavoitteen {0} viittausrivi osoittaa mittariin, jota ei ole.</source>
        <translation>A reference row in the focus area {0} points to an indicator that does not exist.</translation>
    </message>
    <message>
        <source>Kärkeen {0} ei viittaa yksikään tavoite tai mittari.</source>
        <translation>No focus area or indicator refers to the spearhead {0}.</translation>
    </message>
    <message>
        <source>Mittarilta puuttuu nimi.</source>
        <translation>The indicator has no name.</translation>
    </message>
    <message>
        <source>Mittarin nimi {0} on ohjelmassa useammin kuin kerran.</source>
        <translation>The indicator name {0} appears more than once in the programme.</translation>
    </message>
    <message>
        <source>Mittarin {0} taso {1} ei ole ohjelman tasoissa.</source>
        <translation>The level {1} of the indicator {0} is not one of the programme's levels.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu tavoite.</source>
        <translation>The indicator {0} has no target.</translation>
    </message>
    <message>
        <source>Mittarin {0} tavoitetta {1} ei voi lukea luvuksi, vaikka suunta vaatii luvun.</source>
        <translation>The target {1} of the indicator {0} cannot be read as a number, although the direction needs one.</translation>
    </message>
    <message>
        <source>Mittarin {0} lähtöarvoa {1} ei voi lukea luvuksi.</source>
        <translation>The baseline {1} of the indicator {0} cannot be read as a number.</translation>
    </message>
    <message>
        <source>Mittarilla {0} ei ole lukumuotoista lähtöarvoa ({1}).</source>
        <translation>The indicator {0} has no numeric baseline ({1}).</translation>
    </message>
    <message>
        <source>Mittarin {0} lähtöarvon yksikkö {1} ei ole tavoitteen yksikkö {2}; ne eivät ole saman mittarin arvoja. Seurannassa lähtöarvoa ei käytetä.</source>
        <translation>The baseline of indicator {0} is in {1} but its target is in {2}; they are not values of the same indicator. The baseline is not used in the follow-up.</translation>
    </message>
    <message>
        <source>Mittarin {0} suunta on {1}, mutta tavoite {2} ja lähtöarvo {3} osoittavat muuta.</source>
        <translation>The direction of the indicator {0} is {1}, but the target {2} and the baseline {3} say otherwise.</translation>
    </message>
    <message>
        <source>Mittari {0} on seurantamittari: sillä on tietolähde {1}, mutta ei lähtöarvoa eikä tavoitetta.</source>
        <translation>The indicator {0} is a monitoring indicator: it has the data source {1} but no baseline or target.</translation>
    </message>
    <message>
        <source>Mittaria {0} ei ole sijoitettu vaikutusketjuun {1}.</source>
        <translation>The indicator {0} is not placed on the impact chain {1}.</translation>
    </message>
    <message>
        <source>Vaikutusketju</source>
        <translation>Impact chain</translation>
    </message>
    <message>
        <source>Mittarin {0} tavoite {1} on siirretty edellisestä vuodesta eikä sitä ole tarkistettu.</source>
        <translation>Indicator {0}: the target {1} was carried over from last year and has not been reviewed.</translation>
    </message>
    <message>
        <source>Mittarin {0} lähtöarvo {1} on edellisen vuoden tavoite, koska toteumaa ei ollut.</source>
        <translation>Indicator {0}: the baseline {1} is last year's target, as there was no actual.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu tietolähde.</source>
        <translation>The indicator {0} has no data source.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu vastuutaho.</source>
        <translation>The indicator {0} has no owner.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu tietolähde ja vastuutaho.</source>
        <translation>The indicator {0} has no data source and no owner.</translation>
    </message>
    <message>
        <source>tavoite {0}</source>
        <translation>focus area {0}</translation>
    </message>
    <message>
        <source>ohjelma</source>
        <translation>programme</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Muokkaa kenttää</source>
        <translation>Edit field</translation>
    </message>
    <message>
        <source>Muokkaa kohtaa</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Siirrä tavoite</source>
        <translation>Move focus area</translation>
    </message>
    <message>
        <source>Siirrä mittari</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>Poista mittari</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Näytä mittari toisessa tavoitteessa</source>
        <translation>Show indicator in another focus area</translation>
    </message>
</context>
<context>
    <name>cycle_commands</name>
    <message>
        <source>Merkitse tavoitteet tarkistetuiksi</source>
        <translation>Mark targets reviewed</translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>tiedostoa ei löydy</source>
        <translation>the file was not found</translation>
    </message>
    <message>
        <source>polku on kansio, ei tiedosto</source>
        <translation>the path is a folder, not a file</translation>
    </message>
    <message>
        <source>ei ole tavallinen tiedosto (esim. laite tai putki); valitse tallennettu tiedosto</source>
        <translation>is not a regular file (a device or a pipe, say); choose a saved file</translation>
    </message>
    <message>
        <source>tiedoston lukeminen ei ole sallittua (käyttöoikeudet)</source>
        <translation>reading the file is not allowed (permissions)</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>tiedosto on liian suuri ({0}; enintään {1})</source>
        <translation>the file is too large ({0}; at most {1})</translation>
    </message>
    <message>
        <source>tiedosto on liian suuri ({0} Mt)</source>
        <translation>the file is too large ({0} MB)</translation>
    </message>
    <message>
        <source>tiedosto ei ole UTF-8-tekstiä (tavu {0})</source>
        <translation>the file is not UTF-8 text (byte {0})</translation>
    </message>
    <message>
        <source>tiedosto ei ole kelvollista JSONia tai se on katkennut (rivi {0}, sarake {1})</source>
        <translation>the file is not valid JSON or it is cut short (line {0}, column {1})</translation>
    </message>
    <message>
        <source>tiedosto ei ole oikeaa tyyppiä (odotettiin {0}, löytyi {1})</source>
        <translation>the file is of the wrong type (expected {0}, found {1})</translation>
    </message>
    <message>
        <source>tiedosto on tehty uudemmalla ohjelmaversiolla (tiedostomuoto {0}, tämä versio tukee enintään muotoa {1}); päivitä sovellus avataksesi sen</source>
        <translation>the file was made with a newer version of the application (file format {0}, this version supports up to format {1}); update the application to open it</translation>
    </message>
    <message>
        <source>{0} (kohdassa: {1})</source>
        <translation>{0} (at: {1})</translation>
    </message>
    <message>
        <source>teema {0}</source>
        <translation>theme {0}</translation>
    </message>
    <message>
        <source>tavoite {0}</source>
        <translation>focus area {0}</translation>
    </message>
    <message>
        <source>mittaririvi {0}</source>
        <translation>indicator row {0}</translation>
    </message>
    <message>
        <source>palvelu {0}</source>
        <translation>service {0}</translation>
    </message>
    <message>
        <source>kärki {0}</source>
        <translation>spearhead {0}</translation>
    </message>
    <message>
        <source>kohderyhmä {0}</source>
        <translation>target group {0}</translation>
    </message>
    <message>
        <source>päätös {0}</source>
        <translation>decision {0}</translation>
    </message>
    <message>
        <source>taso {0}</source>
        <translation>level {0}</translation>
    </message>
    <message>
        <source>toteumatuonti {0}</source>
        <translation>actuals import {0}</translation>
    </message>
    <message>
        <source>arvo {0}</source>
        <translation>value {0}</translation>
    </message>
    <message>
        <source>teemat</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>tavoitteet</source>
        <translation>focus areas</translation>
    </message>
    <message>
        <source>mittaririvit</source>
        <translation>indicator rows</translation>
    </message>
    <message>
        <source>palvelut</source>
        <translation>services</translation>
    </message>
    <message>
        <source>kärjet</source>
        <translation>spearheads</translation>
    </message>
    <message>
        <source>kohderyhmät</source>
        <translation>target groups</translation>
    </message>
    <message>
        <source>päätökset</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>tasot</source>
        <translation>levels</translation>
    </message>
    <message>
        <source>toteumatuonnit</source>
        <translation>actuals imports</translation>
    </message>
    <message>
        <source>arvot</source>
        <translation>values</translation>
    </message>
    <message>
        <source>sopijakunnat</source>
        <translation>member municipalities</translation>
    </message>
    <message>
        <source>otsikko</source>
        <translation>title</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <source>lähtöarvo</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>target</translation>
    </message>
    <message>
        <source>taso</source>
        <translation>level</translation>
    </message>
    <message>
        <source>yksikkö</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>tietolähde</source>
        <translation>data source</translation>
    </message>
    <message>
        <source>vastuutaho</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>huomautukset</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>teksti</source>
        <translation>text</translation>
    </message>
    <message>
        <source>tunniste</source>
        <translation>id</translation>
    </message>
    <message>
        <source>rivin tyyppi</source>
        <translation>row type</translation>
    </message>
    <message>
        <source>suunta</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>kertymä</source>
        <translation>aggregation</translation>
    </message>
    <message>
        <source>vuosi</source>
        <translation>year</translation>
    </message>
    <message>
        <source>kausi</source>
        <translation>period</translation>
    </message>
    <message>
        <source>päivämäärä</source>
        <translation>date</translation>
    </message>
    <message>
        <source>lyhenne</source>
        <translation>code</translation>
    </message>
    <message>
        <source>kuvaus</source>
        <translation>description</translation>
    </message>
    <message>
        <source>ohjelman tiedot</source>
        <translation>programme details</translation>
    </message>
    <message>
        <source>ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)</source>
        <translation>no permission to write (the file or folder is protected or in use by another program)</translation>
    </message>
    <message>
        <source>kansiota ei löydy (se on poistettu tai verkkolevy ei ole yhteydessä)</source>
        <translation>the folder cannot be found (it was removed or the network drive is not connected)</translation>
    </message>
    <message>
        <source>levy on täynnä</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>levy on vain luku -tilassa</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>tiedoston nimi tai polku on liian pitkä</source>
        <translation>the file name or path is too long</translation>
    </message>
    <message>
        <source>tiedoston nimessä on merkkejä, joita ei voi käyttää</source>
        <translation>the file name contains characters that cannot be used</translation>
    </message>
    <message>
        <source>käyttöjärjestelmä esti kirjoittamisen (virhekoodi {0})</source>
        <translation>the operating system refused to write (error code {0})</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>kasvava</source>
        <translation>increasing</translation>
    </message>
    <message>
        <source>laskeva</source>
        <translation>decreasing</translation>
    </message>
    <message>
        <source>säilyttävä</source>
        <translation>maintaining</translation>
    </message>
    <message>
        <source>virstanpylväs</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>automaattinen ({0})</source>
        <translation>automatic ({0})</translation>
    </message>
    <message>
        <source>summa</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>viimeisin</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>keskiarvo</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>suurin</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>luonnos</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>lausunnolla</source>
        <translation>out for comment</translation>
    </message>
    <message>
        <source>hallituksen ehdotus</source>
        <translation>board proposal</translation>
    </message>
    <message>
        <source>hyväksytty</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Miten henkilöstö toimii arjessa</source>
        <translation>How staff act day to day</translation>
    </message>
    <message>
        <source>Miten johdetaan</source>
        <translation>How it is led</translation>
    </message>
    <message>
        <source>Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa</source>
        <translation>How we develop and cooperate with the member municipalities</translation>
    </message>
    <message>
        <source>virhe</source>
        <translation>error</translation>
    </message>
    <message>
        <source>varoitus</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>tieto</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ajankohta</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Toteuma</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Kuukauden arvo</source>
        <translation>Monthly value</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Luokka (esim. sukupuoli)</source>
        <translation>Category (e.g. sex)</translation>
    </message>
    <message>
        <source>Mittarin arvo (nimi otsikossa)</source>
        <translation>Indicator value (name in the header)</translation>
    </message>
    <message>
        <source>Huomautus</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lähtöarvo (ei tuoda)</source>
        <translation>Baseline (not imported)</translation>
    </message>
    <message>
        <source>Tavoite (ei tuoda)</source>
        <translation>Target (not imported)</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tavoite/painopiste</source>
        <translation>Focus area/theme</translation>
    </message>
    <message>
        <source>Yhteensä (ei tuoda)</source>
        <translation>Total (not imported)</translation>
    </message>
    <message>
        <source>Ohitetaan</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>pitkä (rivi per mittari ja ajankohta)</source>
        <translation>long (one row per indicator and period)</translation>
    </message>
    <message>
        <source>leveä (kuukaudet sarakkeina)</source>
        <translation>wide (months as columns)</translation>
    </message>
    <message>
        <source>yksi arvo per mittari</source>
        <translation>one value per indicator</translation>
    </message>
    <message>
        <source>tunnus</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <source>samankaltainen nimi</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>muistettu valinta</source>
        <translation>remembered choice</translation>
    </message>
    <message>
        <source>käyttäjän valinta</source>
        <translation>user's choice</translation>
    </message>
    <message>
        <source>Saavutettu</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Etenee</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Riski</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Jäljessä</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Ei tietoa</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Loppukysymys</source>
        <translation>Closing question</translation>
    </message>
    <message>
        <source>Kommentti ohjelmaan</source>
        <translation>Comment on the programme</translation>
    </message>
    <message>
        <source>Vapaa jakso</source>
        <translation>Free section</translation>
    </message>
    <message>
        <source>Ehdotettu mittari</source>
        <translation>Proposed indicator</translation>
    </message>
</context>
<context>
    <name>plan_labels</name>
    <message>
        <source>kuukausittain</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>neljännesvuosittain</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>vuosittain</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>Tarve</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Resurssit</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Toimenpiteet</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Tuotokset</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Tulokset</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Vaikuttavuus</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Ennen teemoja</source>
        <translation>Before the themes</translation>
    </message>
    <message>
        <source>Teemojen jälkeen</source>
        <translation>After the themes</translation>
    </message>
    <message>
        <source>Pääotsikko</source>
        <translation>Main heading</translation>
    </message>
    <message>
        <source>Alaotsikko</source>
        <translation>Subheading</translation>
    </message>
</context>
<context>
    <name>value_text</name>
    <message>
        <source>ei lukuarvoa</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>teksti, ei lukua</source>
        <translation>text, no number</translation>
    </message>
    <message>
        <source>yli</source>
        <translation>over</translation>
    </message>
    <message>
        <source>vähintään</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>under</translation>
    </message>
    <message>
        <source>enintään</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>noin</source>
        <translation>about</translation>
    </message>
    <message>
        <source>(laki)</source>
        <translation>(by law)</translation>
    </message>
</context>
</TS>
