<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi">
<context>
    <name>ActualsErrorText</name>
    <message>
        <source>Avaa se Excelissä ja tallenna uudelleen .xlsx-muodossa.</source>
        <translation>Öppna den i Excel och spara den på nytt i .xlsx-format.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä (0 tavua).</source>
        <translation>filen är tom (0 byte).</translation>
    </message>
    <message>
        <source>Tallenna taulukko uudelleen Excelistä.</source>
        <translation>Spara tabellen på nytt från Excel.</translation>
    </message>
    <message>
        <source>Jaa aineisto pienempiin tiedostoihin.</source>
        <translation>Dela upp materialet i mindre filer.</translation>
    </message>
    <message>
        <source>zip-tiedosto ei ole Excel- eikä ODS-työkirja.</source>
        <translation>zip-filen är varken en Excel- eller en ODS-arbetsbok.</translation>
    </message>
    <message>
        <source>Jos se on CSV-tiedosto, anna sille pääte .csv.</source>
        <translation>Om det är en CSV-fil, ge den ändelsen .csv.</translation>
    </message>
    <message>
        <source>työkirja on suojattu salasanalla, eikä sitä voi lukea.</source>
        <translation>arbetsboken är lösenordsskyddad och kan inte läsas.</translation>
    </message>
    <message>
        <source>Avaa se Excelissä, poista salasana (Tiedosto &gt; Tiedot &gt; Suojaa työkirja) ja tallenna kopio.</source>
        <translation>Öppna den i Excel, ta bort lösenordet (Arkiv &gt; Information &gt; Skydda arbetsbok) och spara en kopia.</translation>
    </message>
    <message>
        <source>Poista salasana Excelissä ja tallenna kopio.</source>
        <translation>Ta bort lösenordet i Excel och spara en kopia.</translation>
    </message>
    <message>
        <source>Jaa se pienempiin osiin.</source>
        <translation>Dela upp den i mindre delar.</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstimuotoinen CSV-tiedosto.</source>
        <translation>filen är inte en CSV-fil i textformat.</translation>
    </message>
    <message>
        <source>Tallenna Excelistä muodossa CSV (puolipisteellä eroteltu).</source>
        <translation>Spara från Excel i formatet CSV (semikolonavgränsad).</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä).</source>
        <translation>filen är skadad eller ofullständig (zip-strukturen är inte hel).</translation>
    </message>
    <message>
        <source>Avaa se Excelissä ja tallenna uudelleen.</source>
        <translation>Öppna den i Excel och spara den på nytt.</translation>
    </message>
    <message>
        <source>Suodata tai jaa rivit pienempiin tiedostoihin.</source>
        <translation>Filtrera eller dela upp raderna i mindre filer.</translation>
    </message>
    <message>
        <source>tiedostoa ei löydy.</source>
        <translation>filen hittas inte.</translation>
    </message>
    <message>
        <source>polku on kansio, ei tiedosto.</source>
        <translation>sökvägen är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa).</source>
        <translation>filen kan inte öppnas (ingen läsbehörighet eller den är öppen i ett annat program).</translation>
    </message>
    <message>
        <source>työkirjassa ei ole näkyviä välilehtiä.</source>
        <translation>arbetsboken har inga synliga blad.</translation>
    </message>
    <message>
        <source>otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet).</source>
        <translation>ingen rubrikrad hittades (väntade t.ex. kolumnerna Mätare och Utfall eller månader).</translation>
    </message>
    <message>
        <source>Lisää otsikkorivi tai käytä mallipohjaa (planner actuals-template).</source>
        <translation>Lägg till en rubrikrad eller använd mallen (planner actuals-template).</translation>
    </message>
    <message>
        <source>ajankohta- tai arvosarake puuttuu.</source>
        <translation>kolumnen för tidpunkt eller värde saknas.</translation>
    </message>
    <message>
        <source>mittarisaraketta (nimi tai tunnus) ei löytynyt.</source>
        <translation>ingen mätarkolumn (namn eller kod) hittades.</translation>
    </message>
    <message>
        <source>työkirja on tyhjä.</source>
        <translation>arbetsboken är tom.</translation>
    </message>
    <message>
        <source>Tarkista, että valitsit oikean tiedoston.</source>
        <translation>Kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>toteumasaraketta ei löytynyt.</source>
        <translation>ingen utfallskolumn hittades.</translation>
    </message>
    <message>
        <source>luku on liian suuri tai ei ole luku (ääretön tai NaN).</source>
        <translation>talet är för stort eller inte ett tal (oändligt eller NaN).</translation>
    </message>
    <message>
        <source>Korjaa solun arvo ja tuo tiedosto uudelleen.</source>
        <translation>Rätta cellens värde och importera filen på nytt.</translation>
    </message>
    <message>
        <source>toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. ”Toteuma 2026”).</source>
        <translation>utfallets år är okänt (ange året i rubriken, t.ex. ”Utfall 2026”).</translation>
    </message>
    <message>
        <source>Kirjoita vuosi kuukausien yläpuolelle tai otsikkoon (esim. ”tammikuu 2026”).</source>
        <translation>Skriv året ovanför månaderna eller i rubriken (t.ex. ”januari 2026”).</translation>
    </message>
    <message>
        <source>Tarkista valinta (--select SARAKE=ARVO).</source>
        <translation>Kontrollera valet (--select KOLUMN=VÄRDE).</translation>
    </message>
    <message>
        <source>työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa.</source>
        <translation>arbetsboken kan inte läsas, den är skadad eller i fel format.</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä).</source>
        <translation>filen är skadad eller ofullständig (strukturen är inte hel).</translation>
    </message>
    <message>
        <source>Avaa se LibreOfficessa ja tallenna kopio ilman salasanaa (Tiedosto &gt; Tallenna nimellä).</source>
        <translation>Öppna den i LibreOffice och spara en kopia utan lösenord (Arkiv &gt; Spara som).</translation>
    </message>
    <message>
        <source>muisti loppui taulukkoa luettaessa: taulukko on liian suuri.</source>
        <translation>minnet tog slut när tabellen lästes: tabellen är för stor.</translation>
    </message>
    <message>
        <source>Poista ylimääräiset solut alueen lopusta tai jaa aineisto pienempiin tiedostoihin.</source>
        <translation>Ta bort överflödiga celler i slutet av området eller dela upp materialet i mindre filer.</translation>
    </message>
    <message>
        <source>taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut).</source>
        <translation>tabelläsaren stannade på ett fel när filen lästes (filen kan vara skadad).</translation>
    </message>
    <message>
        <source>Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen .xlsx-muodossa.</source>
        <translation>Öppna den i Excel eller LibreOffice och spara den på nytt i .xlsx-format.</translation>
    </message>
    <message>
        <source>Kopioi tiedosto omalle koneelle ja yritä uudelleen.</source>
        <translation>Kopiera filen till din egen dator och försök igen.</translation>
    </message>
    <message>
        <source>Poista ylimääräiset solut alueen lopusta tai kopioi tarvittavat rivit uuteen työkirjaan ja tallenna se.</source>
        <translation>Ta bort överflödiga celler i slutet av området eller kopiera de rader som behövs till en ny arbetsbok och spara den.</translation>
    </message>
    <message>
        <source>Avaa tiedosto Excelissä tai LibreOfficessa ja tallenna se, niin kaavojen arvot lasketaan ja tallentuvat.</source>
        <translation>Öppna filen i Excel eller LibreOffice och spara den, så beräknas och sparas formlernas värden.</translation>
    </message>
    <message>
        <source>tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui.</source>
        <translation>läsningen av filen avbröts: minnet tog slut eller tabelläsaren kraschade.</translation>
    </message>
    <message>
        <source>Tiedosto voi olla vioittunut tai liian suuri; avaa se Excelissä ja tallenna uudelleen.</source>
        <translation>Filen kan vara skadad eller för stor; öppna den i Excel och spara den på nytt.</translation>
    </message>
    <message>
        <source>tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat).</source>
        <translation>läsningen av filen kunde inte startas (datorns resurser tog slut).</translation>
    </message>
    <message>
        <source>Suodata tiedosto (esim. vain ohjelman kunnat tai vuodet) tai jaa se pienempiin osiin.</source>
        <translation>Filtrera filen (t.ex. bara programmets kommuner eller år) eller dela den i mindre delar.</translation>
    </message>
    <message>
        <source>Sulje muita ohjelmia ja yritä uudelleen.</source>
        <translation>Stäng andra program och försök igen.</translation>
    </message>
    <message>
        <source>Lisää otsikkorivi ensimmäisten 30 rivin joukkoon.</source>
        <translation>Lägg till en rubrikrad bland de 30 första raderna.</translation>
    </message>
    <message>
        <source>Kirjoita luku, esim. 1234 tai 12,5.</source>
        <translation>Skriv ett tal, t.ex. 1234 eller 12,5.</translation>
    </message>
    <message>
        <source>Kirjoita esim. 6/2026, 2026-06, kesäkuu 2026 tai 2026.</source>
        <translation>Skriv t.ex. 6/2026, 2026-06, juni 2026 eller 2026.</translation>
    </message>
    <message>
        <source>Täytä vähintään Kausi, Porras ja Päivät tai Euroa.</source>
        <translation>Fyll i åtminstone Kausi (period), Porras (steg) och Päivät (dagar) eller Euroa (euro).</translation>
    </message>
    <message>
        <source>Kirjoita mittarin tunnus (esim. M34) tai nimi.</source>
        <translation>Skriv indikatorns kod (t.ex. M34) eller namn.</translation>
    </message>
    <message>
        <source>Lisää otsikkoriville esim. sarakkeet Mittari ja Toteuma tai kuukaudet ja tuo tiedosto uudelleen (Seuranta &gt; Tuo toteumat Excelistä…).</source>
        <translation>Lägg till t.ex. kolumnerna Mätare och Utfall eller månader på rubrikraden och importera filen på nytt (Uppföljning &gt; Importera utfall från Excel…).</translation>
    </message>
    <message>
        <source>Korjaa tiedosto ja tuo se uudelleen (Seuranta &gt; Tuo toteumat Excelistä…).</source>
        <translation>Rätta filen och importera den på nytt (Uppföljning &gt; Importera utfall från Excel…).</translation>
    </message>
    <message>
        <source>tiedosto %1</source>
        <translation>fil %1</translation>
    </message>
    <message>
        <source>välilehti ”%1”</source>
        <translation>blad ”%1”</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>sarake %1</source>
        <translation>kolumn %1</translation>
    </message>
</context>
<context>
    <name>ActualsTemplate</name>
    <message>
        <source>toteumapohja</source>
        <translation>utfallsmall</translation>
    </message>
    <message>
        <source>Luo toteumapohja</source>
        <translation>Skapa utfallsmall</translation>
    </message>
    <message>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Toteumapohjaa ei voitu luoda</source>
        <translation>Utfallsmallen kunde inte skapas</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voitu kirjoittaa: {1}

Valitse toinen kansio.</source>
        <translation>Filen {0} kunde inte skrivas: {1}

Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Toteumapohja luotu</source>
        <translation>Utfallsmallen har skapats</translation>
    </message>
    <message>
        <source>Toteumapohja tallennettiin tiedostoon {0} ({1}, 12 kuukautta). Täytä kuukausien arvot ja tuo työkirja kohdasta Seuranta › Tuo toteumat.</source>
        <translation>Utfallsmallen sparades i filen {0} ({1}, 12 månader). Fyll i månadsvärdena och importera arbetsboken under Uppföljning › Importera utfall.</translation>
    </message>
    <message numerus="yes">
        <source>%n mittaria</source>
        <translation><numerusform>%n indikator</numerusform><numerusform>%n indikatorer</numerusform></translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Numero</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Otsikko lausuntopyynnössä</source>
        <translation>Rubrik i begäran om utlåtande</translation>
    </message>
    <message>
        <source>Kysymys</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Loppukysymys (”Mitä muuta…”)</source>
        <translation>Avslutande fråga (”Vad annat…”)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Tila ja hyväksyntä</source>
        <translation>Status och godkännande</translation>
    </message>
    <message>
        <source>Ohjelman tila</source>
        <translation>Programmets status</translation>
    </message>
    <message>
        <source>Luonnos</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Lausunnolla</source>
        <translation>På remiss</translation>
    </message>
    <message>
        <source>Hallituksen ehdotus valtuustolle</source>
        <translation>Styrelsens förslag till fullmäktige</translation>
    </message>
    <message>
        <source>Hyväksytty valtuustossa (lukitaan)</source>
        <translation>Godkänt av fullmäktige (låses)</translation>
    </message>
    <message>
        <source>Päätös</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>esim. 16.12.2026</source>
        <translation>t.ex. 16.12.2026</translation>
    </message>
    <message>
        <source>esim. § 45</source>
        <translation>t.ex. § 45</translation>
    </message>
    <message>
        <source>&amp;Toimielin:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>&amp;Päivämäärä:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Pykälä:</source>
        <translation>&amp;Paragraf:</translation>
    </message>
    <message>
        <source>Nyt: {0}</source>
        <translation>Nu: {0}</translation>
    </message>
    <message>
        <source>Aseta tila</source>
        <translation>Ange status</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma lukitaan: se avautuu vain luku -tilassa, ja muutokset tehdään uuteen versioon. Hyväksytty versio tallennetaan ohjelmaan muuttumattomana.</source>
        <translation>Ett godkänt program låses: det öppnas skrivskyddat och ändringar görs i en ny version. Den godkända versionen sparas oförändrad i programmet.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Vakavuus</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Huomio</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Kohta</source>
        <translation>Ställe</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Tarkistuksissa ei löytynyt huomautettavaa.</source>
        <translation>Kontrollerna hittade inget att anmärka på.</translation>
    </message>
    <message>
        <source>{0}. Siirry kohtaan kaksoisnapsauttamalla tai Enterillä.</source>
        <translation>{0}. Gå till stället genom att dubbelklicka eller trycka Enter.</translation>
    </message>
    <message>
        <source>Tarkistusten tulokset</source>
        <translation>Kontrollresultat</translation>
    </message>
    <message numerus="yes">
        <source>%n virhettä</source>
        <translation><numerusform>%n fel</numerusform><numerusform>%n fel</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n varoitusta</source>
        <translation><numerusform>%n varning</numerusform><numerusform>%n varningar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n huomiota</source>
        <translation><numerusform>%n anmärkning</numerusform><numerusform>%n anmärkningar</numerusform></translation>
    </message>
</context>
<context>
    <name>CommentForm</name>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Vertaa ohjelmia</source>
        <translation>Jämför program</translation>
    </message>
    <message>
        <source>&amp;A (vanhempi):</source>
        <translation>&amp;A (äldre):</translation>
    </message>
    <message>
        <source>&amp;B (uudempi):</source>
        <translation>&amp;B (nyare):</translation>
    </message>
    <message>
        <source>&amp;Vertaa</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Muutokset</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>A: ennen</source>
        <translation>A: före</translation>
    </message>
    <message>
        <source>B: nyt</source>
        <translation>B: nu</translation>
    </message>
    <message>
        <source>◀ &amp;Edellinen muutos</source>
        <translation>◀ &amp;Föregående ändring</translation>
    </message>
    <message>
        <source>&amp;Seuraava muutos ▶</source>
        <translation>&amp;Nästa ändring ▶</translation>
    </message>
    <message>
        <source>Edellinen muutos (Vaihto+F8)</source>
        <translation>Föregående ändring (Skift+F8)</translation>
    </message>
    <message>
        <source>Seuraava muutos (F8)</source>
        <translation>Nästa ändring (F8)</translation>
    </message>
    <message>
        <source>Vie &amp;muutosraportti…</source>
        <translation>Exportera &amp;ändringsrapport…</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Avoin ohjelma: {0}</source>
        <translation>Öppet program: {0}</translation>
    </message>
    <message>
        <source>(nimetön ohjelma)</source>
        <translation>(namnlöst program)</translation>
    </message>
    <message>
        <source>Tallennettu versio: {0}</source>
        <translation>Sparad version: {0}</translation>
    </message>
    <message>
        <source>Toinen ohjelmatiedosto…</source>
        <translation>En annan programfil…</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi verrata</source>
        <translation>Filen kan inte jämföras</translation>
    </message>
    <message>
        <source>Tiedosto: {0}</source>
        <translation>Fil: {0}</translation>
    </message>
    <message>
        <source>Valitse verrattava ohjelma</source>
        <translation>Välj programmet att jämföra</translation>
    </message>
    <message>
        <source>Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)</source>
        <translation>Sysselsättningsprogram (*.tyohjelma *.tyohjelma.json *.json)</translation>
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
        <translation>{0} ändringar: {1} tillagda, {2} borttagna, {3} ändrade, {4} flyttade.</translation>
    </message>
    <message>
        <source>Ei muutoksia: ohjelmat ovat samat.</source>
        <translation>Inga ändringar: programmen är lika.</translation>
    </message>
    <message>
        <source>lisätty</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>poistettu</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>muutettu</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>siirretty</source>
        <translation>flyttad</translation>
    </message>
    <message>
        <source>Muutos {0} / {1}</source>
        <translation>Ändring {0} / {1}</translation>
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
        <translation>Exportera ändringsrapport</translation>
    </message>
    <message>
        <source>Muutosraporttia ei voi viedä</source>
        <translation>Ändringsrapporten kan inte exporteras</translation>
    </message>
    <message>
        <source>Muutosraportti viety: {0}</source>
        <translation>Ändringsrapporten exporterad: {0}</translation>
    </message>
</context>
<context>
    <name>ComparisonOutlook</name>
    <message>
        <source>ennusteen mukaan saavutetaan</source>
        <translation>uppnås enligt prognosen</translation>
    </message>
    <message>
        <source>ennuste epävarma: tavoite vaihteluvälin sisällä</source>
        <translation>prognosen osäker: målet inom intervallet</translation>
    </message>
    <message>
        <source>ennusteen mukaan jää tavoitteesta</source>
        <translation>målet nås inte enligt prognosen</translation>
    </message>
    <message>
        <source>tavoitteessa ei lukua</source>
        <translation>målet saknar tal</translation>
    </message>
    <message>
        <source>Ennuste vuoden lopussa: %1 (%2–%3), %4</source>
        <translation>Prognos vid årets slut: %1 (%2–%3), %4</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Poista valittu tuonti</source>
        <translation>Ta bort vald import</translation>
    </message>
    <message>
        <source>Tuontihistoria</source>
        <translation>Importhistorik</translation>
    </message>
    <message>
        <source>Mittarien tilanne</source>
        <translation>Indikatorernas läge</translation>
    </message>
    <message>
        <source>Tilanne: </source>
        <translation>Läge: </translation>
    </message>
    <message>
        <source>Toteumia ei ole vielä tuotu.</source>
        <translation>Inga utfall har importerats ännu.</translation>
    </message>
    <message>
        <source>Edellinen vuosi: pisteviiva</source>
        <translation>Föregående år: prickad linje</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Toimielin</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Päivämäärä (pp.kk.vvvv)</source>
        <translation>Datum (d.m.åååå)</translation>
    </message>
    <message>
        <source>Pykälä</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <source>Muokkaa päätöstä</source>
        <translation>Redigera beslut</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message>
        <source>Valitse käytettävät luvut</source>
        <translation>Välj siffrorna som används</translation>
    </message>
    <message>
        <source>Tiedostossa on alueita tai luokkia (esim. sukupuoli). Kokonaisluokka ja ohjelman alue on valittu valmiiksi; valitse ne, joita ei tunnistettu.</source>
        <translation>Filen har områden eller klasser (t.ex. kön). Totalklassen och programmets område är förvalda; välj dem som inte kändes igen.</translation>
    </message>
    <message>
        <source>Sarake %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>— valitse —</source>
        <translation>— välj —</translation>
    </message>
    <message>
        <source>(tyhjä)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Alueen oma luku: %1</source>
        <translation>Områdets egen siffra: %1</translation>
    </message>
    <message>
        <source>Ohjelman kunnat: %1/%2 (%3)</source>
        <translation>Programmets kommuner: %1/%2 (%3)</translation>
    </message>
    <message>
        <source>Ei käytetä (ei ohjelman aluetta): %1</source>
        <translation>Används inte (utanför programmets område): %1</translation>
    </message>
    <message>
        <source>Mikään arvo ei ole ohjelman alue eikä sen kunta. Valitse arvo, joka on ohjelman alue.</source>
        <translation>Inget värde är programmets område eller dess kommun. Välj värdet som är programmets område.</translation>
    </message>
    <message>
        <source>Kokonaisluokka valittiin valmiiksi; muiden luokkien rivit jätetään pois.</source>
        <translation>Totalklassen valdes på förhand; raderna för de andra klasserna lämnas bort.</translation>
    </message>
    <message>
        <source>Luokkaa ei voitu päätellä: valitse, minkä luokan luvut tuodaan.</source>
        <translation>Klassen kunde inte avgöras: välj vilken klass siffror som importeras.</translation>
    </message>
    <message>
        <source>Vain valitun luokan rivit tuodaan.</source>
        <translation>Endast raderna för den valda klassen importeras.</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Nimetön</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source> (vain luku)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <source>Palautus epäonnistui</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <source>Varmuuskopiota ei voitu lukea: {0}</source>
        <translation>Säkerhetskopian kunde inte läsas: {0}</translation>
    </message>
    <message>
        <source>Palautettu automaattisesta varmuuskopiosta</source>
        <translation>Återställt från automatisk säkerhetskopia</translation>
    </message>
    <message>
        <source>ohjelma</source>
        <translation>program</translation>
    </message>
    <message>
        <source>Tallenna nimellä</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Tiedosto on käytössä</source>
        <translation>Filen används</translation>
    </message>
    <message>
        <source>Tiedosto {0} on käyttäjän {1} ({2}) avoinna. Valitse toinen nimi.</source>
        <translation>Filen {0} är öppen hos {1} ({2}). Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Tallennus epäonnistui</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voitu tallentaa: {1}

Muutoksesi ovat yhä auki, eikä tiedostoa muutettu. Tallenna toiseen kansioon tai toisella nimellä (Tallenna nimellä). Jos syy on sisällössä, korjaa kohta ja tallenna uudelleen.</source>
        <translation>Filen {0} kunde inte sparas: {1}

Dina ändringar är fortfarande öppna och filen ändrades inte. Spara i en annan mapp eller under ett annat namn (Spara som). Om orsaken ligger i innehållet, rätta det och spara på nytt.</translation>
    </message>
    <message>
        <source>Tallentamattomia muutoksia</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Asiakirjassa {0} on tallentamattomia muutoksia. Tallennetaanko ne?</source>
        <translation>Dokumentet {0} har osparade ändringar. Vill du spara dem?</translation>
    </message>
    <message>
        <source>Automaattinen varmuuskopio epäonnistui</source>
        <translation>Automatisk säkerhetskopiering misslyckades</translation>
    </message>
    <message>
        <source>Tallentamattomista muutoksista ei voitu tehdä varmuuskopiota: {0}

Tallenna työsi nyt (Tallenna tai Tallenna nimellä), ettei se katoa.</source>
        <translation>Det gick inte att säkerhetskopiera de osparade ändringarna: {0}

Spara ditt arbete nu (Spara eller Spara som) så att det inte går förlorat.</translation>
    </message>
    <message>
        <source>levy on täynnä</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>kirjoittaminen ei ole sallittua (vain luku -kansio tai käyttöoikeudet)</source>
        <translation>skrivning är inte tillåten (skrivskyddad mapp eller behörigheter)</translation>
    </message>
    <message>
        <source>tekstissä on merkki, jota ei voi tallentaa ({0})</source>
        <translation>texten innehåller ett tecken som inte kan sparas ({0})</translation>
    </message>
    <message>
        <source>Tiedosto {0} on vain luku -tiedosto.</source>
        <translation>Filen {0} är skrivskyddad.</translation>
    </message>
    <message>
        <source>Kansioon {0} ei voi kirjoittaa (vain luku -kansio tai -verkkolevy).</source>
        <translation>Det går inte att skriva i mappen {0} (skrivskyddad mapp eller nätverksenhet).</translation>
    </message>
    <message>
        <source>Avataan vain luku -tilassa</source>
        <translation>Öppnas skrivskyddad</translation>
    </message>
    <message>
        <source>Voit lukea ja muokata asiakirjaa, mutta tallentaa sen vain toisella nimellä tai toiseen kansioon (Tallenna nimellä).</source>
        <translation>Du kan läsa och redigera dokumentet, men spara det bara under ett annat namn eller i en annan mapp (Spara som).</translation>
    </message>
    <message>
        <source>tuntematon</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>käyttäjä {0} koneelta {1}, {2}</source>
        <translation>användaren {0} på datorn {1}, {2}</translation>
    </message>
    <message>
        <source>Vanha lukitus</source>
        <translation>Gammalt lås</translation>
    </message>
    <message>
        <source>Tiedostossa {0} on vanha lukitus ({1}), mutta sitä ei näytä enää käytettävän: ohjelma on suljettu tai kone kaatunut.

Otetaanko tiedosto käyttöön? Valitse Ei, jos tiedosto on yhä jonkun auki.</source>
        <translation>Filen {0} har ett gammalt lås ({1}), men det verkar inte längre användas: programmet har stängts eller datorn har kraschat.

Vill du ta filen i bruk? Välj Nej om någon fortfarande har filen öppen.</translation>
    </message>
    <message>
        <source>Tiedosto on muuttunut</source>
        <translation>Filen har ändrats</translation>
    </message>
    <message>
        <source>Joku on muuttanut tiedostoa {0} sen jälkeen, kun avasit sen.

Jos tallennat sen päälle, hänen muutoksensa katoavat. Tallenna omasi toisella nimellä, korvaa tiedosto tai lataa tiedosto uudelleen (omat tallentamattomat muutoksesi katoavat).</source>
        <translation>Någon har ändrat filen {0} efter att du öppnade den.

Om du sparar över den går deras ändringar förlorade. Spara dina ändringar under ett annat namn, ersätt filen eller läs in filen på nytt (dina osparade ändringar går förlorade).</translation>
    </message>
    <message>
        <source>Tallenna nimellä…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Korvaa</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Lataa uudelleen</source>
        <translation>Läs in på nytt</translation>
    </message>
    <message>
        <source>Tiedosto on jo auki</source>
        <translation>Filen är redan öppen</translation>
    </message>
    <message>
        <source>Käyttäjä {0} koneelta {1} avasi tiedoston {2} {3}.

Jos muokkaatte samaa tiedostoa yhtä aikaa, toisen muutokset katoavat. Avaa vain luku -tilassa, niin voit lukea ja tallentaa omat muutoksesi toisella nimellä.</source>
        <translation>Användaren {0} på datorn {1} öppnade filen {2} {3}.

Om ni redigerar samma fil samtidigt går den enas ändringar förlorade. Öppna skrivskyddat, så kan du läsa och spara dina egna ändringar under ett annat namn.</translation>
    </message>
    <message>
        <source>Avaa vain luku</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Avaa silti muokattavaksi</source>
        <translation>Öppna ändå för redigering</translation>
    </message>
    <message>
        <source>nimetön asiakirja</source>
        <translation>namnlöst dokument</translation>
    </message>
    <message>
        <source>Palautetaanko tallentamattomat muutokset?</source>
        <translation>Återställa osparade ändringar?</translation>
    </message>
    <message>
        <source>Sovellus suljettiin viimeksi tallentamatta muutoksia ({0}, tallennettu automaattisesti {1}).

Palautetaanko ne? Jos valitset Ei, automaattinen varmuuskopio poistetaan.</source>
        <translation>Programmet stängdes senast utan att ändringarna sparades ({0}, automatiskt sparat {1}).

Vill du återställa dem? Om du väljer Nej tas den automatiska säkerhetskopian bort.</translation>
    </message>
</context>
<context>
    <name>EconomicsDialog</name>
    <message>
        <source>Muuta kustannuksia ja skenaarioita</source>
        <translation>Ändra kostnader och scenarier</translation>
    </message>
    <message>
        <source>{0}: ”{1}” ei ole luku. Kirjoita esim. 12 500 tai 12,5.</source>
        <translation>{0}: ”{1}” är inte ett tal. Skriv t.ex. 12 500 eller 12,5.</translation>
    </message>
    <message>
        <source>Kustannukset ja vaikutukset</source>
        <translation>Kostnader och effekter</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tallenna ja vie raportti…</source>
        <translation>Spara och exportera rapporten…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>(ei mittaria)</source>
        <translation>(ingen mätare)</translation>
    </message>
    <message>
        <source>Rahat palveluittain tai tavoitteittain. Työllistyneiden mittarilla lasketaan kustannus työllistynyttä kohden.</source>
        <translation>Pengar per tjänst eller mål. Med mätaren för sysselsatta beräknas kostnaden per sysselsatt.</translation>
    </message>
    <message>
        <source>Kohde</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Budjetti (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Käytetty (€)</source>
        <translation>Använt (€)</translation>
    </message>
    <message>
        <source>Työllistyneiden mittari</source>
        <translation>Mätare för sysselsatta</translation>
    </message>
    <message>
        <source>Lisää rivi</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Poista rivi</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Tuo Excelistä…</source>
        <translation>Importera från Excel…</translation>
    </message>
    <message>
        <source>Kustannukset</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Työmarkkinatuen päiväraha:</source>
        <translation>Arbetsmarknadsstöd per dag:</translation>
    </message>
    <message>
        <source>Porrastus (kunta maksaa osuuden, kun etuutta on maksettu vähintään porrastuksen päivät):</source>
        <translation>Nivåer (kommunen betalar andelen när förmånen har betalats minst nivåns dagar):</translation>
    </message>
    <message>
        <source>Porras</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Alkaen (pv)</source>
        <translation>Från (dagar)</translation>
    </message>
    <message>
        <source>Kuntaosuus (%)</source>
        <translation>Kommunandel (%)</translation>
    </message>
    <message>
        <source>Kausi</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Henkilöt</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Päivät</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Euroa</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Tuo luvut…</source>
        <translation>Importera tal…</translation>
    </message>
    <message>
        <source>Poista luvut</source>
        <translation>Ta bort talen</translation>
    </message>
    <message>
        <source>Työmarkkinatuen kuntaosuus</source>
        <translation>Kommunandel av arbetsmarknadsstödet</translation>
    </message>
    <message>
        <source>koko alue</source>
        <translation>hela området</translation>
    </message>
    <message>
        <source>Tuodut luvut: {0} riviä</source>
        <translation>Importerade tal: {0} rader</translation>
    </message>
    <message>
        <source>Kunnan osuus alueen lukumäärätavoitteista (esim. osuus alueen työttömistä). Kuntakortti käyttää osuutta kunnan tavoitteena; tyhjä: ei kuntakohtaista tavoitetta.</source>
        <translation>Kommunens andel av områdets antalsmål (t.ex. andel av områdets arbetslösa). Kommunkortet använder andelen som kommunens mål; tom: inget kommunmål.</translation>
    </message>
    <message>
        <source>Osuus (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Kuntien osuudet</source>
        <translation>Kommunernas andelar</translation>
    </message>
    <message>
        <source>Mitä jos: muutos mittarin jäljellä oleviin kuukausiin (esim. 5 henkilöä enemmän töihin kuukaudessa) ja sen vaikutus vuoden lopun ennusteeseen ja kuntaosuuteen.</source>
        <translation>Tänk om: en förändring av mätarens återstående månader (t.ex. 5 fler personer i arbete per månad) och dess effekt på prognosen vid årets slut och på kommunandelen.</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Muutos / kk</source>
        <translation>Förändring / mån</translation>
    </message>
    <message>
        <source>Vältetyt päivät / hlö</source>
        <translation>Undvikta dagar / person</translation>
    </message>
    <message>
        <source>Lisää skenaario</source>
        <translation>Lägg till scenario</translation>
    </message>
    <message>
        <source>Poista skenaario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <source>Uusi skenaario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <source>Skenaariot</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Valitse tiedosto</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <source>Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Kalkylblad (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Kustannuksia ei voitu tuoda: {0}</source>
        <translation>Kostnaderna kunde inte importeras: {0}</translation>
    </message>
    <message>
        <source>Lukuja ei voitu tuoda: {0}</source>
        <translation>Talen kunde inte importeras: {0}</translation>
    </message>
    <message>
        <source>{0}, rivi {1}, sarake {2}</source>
        <translation>{0}, rad {1}, kolumn {2}</translation>
    </message>
    <message>
        <source>Porrastus</source>
        <translation>Nivåindelning</translation>
    </message>
    <message>
        <source>Ei skenaarioita. Lisää skenaario nähdäksesi sen vaikutuksen.</source>
        <translation>Inga scenarier. Lägg till ett scenario för att se dess effekt.</translation>
    </message>
    <message>
        <source>Valitse mittari, jolla on kuukausittaisia toteumia.</source>
        <translation>Välj en mätare med månatliga utfall.</translation>
    </message>
    <message>
        <source>Mittarilla ei ole kuukausittaisia toteumia, joten ennustetta ei voi laskea.</source>
        <translation>Mätaren har inga månatliga utfall, så ingen prognos kan beräknas.</translation>
    </message>
    <message>
        <source>{0}: vuoden lopussa ennuste {1} (ilman skenaariota {2}); kuntaosuuden säästö {3}. Laskenta: {4}.</source>
        <translation>{0}: prognos vid årets slut {1} (utan scenario {2}); besparing i kommunandelen {3}. Beräkning: {4}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Tiedostoa {0} ei voi kirjoittaa: {1}</source>
        <translation>Filen {0} kan inte skrivas: {1}</translation>
    </message>
    <message>
        <source>Vie tiedostoksi</source>
        <translation>Exportera till fil</translation>
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
        <translation>Excel (.xlsx), mätarregister</translation>
    </message>
    <message>
        <source>Muoto:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Työllisyysohjelma</source>
        <translation>Sysselsättningsprogram</translation>
    </message>
    <message>
        <source>Seurantaraportti (toteumat ja tilanne)</source>
        <translation>Uppföljningsrapport (utfall och läge)</translation>
    </message>
    <message>
        <source>Mittaristo (tietolähteet, päivitystiheys, vastuutahot)</source>
        <translation>Mätarkatalog (datakällor, uppdateringsfrekvens, ansvariga)</translation>
    </message>
    <message>
        <source>Raportti:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>Valitse tallennuspaikka…</source>
        <translation>Välj var filen sparas…</translation>
    </message>
    <message>
        <source>Tallennettavan tiedoston polku</source>
        <translation>Sökväg till filen som sparas</translation>
    </message>
    <message>
        <source>Selaa…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Tiedosto:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Vie</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Excel-rekisterissä on jokainen mittari; toteuma, edistyminen ja tila tulevat mukaan, kun ohjelmassa on toteumia.</source>
        <translation>Excelregistret innehåller varje mätare; utfall, framsteg och läge tas med när programmet har utfall.</translation>
    </message>
    <message>
        <source>Seurantaraportti ei ole käytettävissä: {0}</source>
        <translation>Uppföljningsrapporten är inte tillgänglig: {0}</translation>
    </message>
    <message>
        <source>Mittaristo</source>
        <translation>Mätarna</translation>
    </message>
    <message>
        <source>Mittarirekisteri</source>
        <translation>Mätarregister</translation>
    </message>
    <message>
        <source>Seurantaraportti</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Word-tiedostot (*.docx)</source>
        <translation>Wordfiler (*.docx)</translation>
    </message>
    <message>
        <source>Excel-tiedostot (*.xlsx)</source>
        <translation>Excelfiler (*.xlsx)</translation>
    </message>
    <message>
        <source>Kansiota {0} ei ole. Valitse toinen paikka.</source>
        <translation>Mappen {0} finns inte. Välj en annan plats.</translation>
    </message>
    <message>
        <source>Viedään tiedostoa…</source>
        <translation>Filen exporteras…</translation>
    </message>
    <message>
        <source>Vienti</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Viedään: {0}</source>
        <translation>Exporteras: {0}</translation>
    </message>
    <message>
        <source>Vienti epäonnistui: {0}</source>
        <translation>Exporten misslyckades: {0}</translation>
    </message>
    <message>
        <source>Vienti peruttiin. Tiedostoa ei kirjoitettu.</source>
        <translation>Exporten avbröts. Filen skrevs inte.</translation>
    </message>
    <message>
        <source>Vienti valmis</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>Tiedosto on tallennettu:
{0}

Avataanko tiedosto?</source>
        <translation>Filen har sparats:
{0}

Vill du öppna filen?</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Muokkaa: {0}</source>
        <translation>Redigera: {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Valitse toteumatiedosto</source>
        <translation>Välj utfallsfil</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) tai CSV. Otsikkorivi ja sarakkeet tunnistetaan automaattisesti.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) eller CSV. Rubrikraden och kolumnerna identifieras automatiskt.</translation>
    </message>
    <message>
        <source>Tiedoston polku</source>
        <translation>Filens sökväg</translation>
    </message>
    <message>
        <source>Toteumatiedoston polku</source>
        <translation>Sökväg till utfallsfilen</translation>
    </message>
    <message>
        <source>Selaa…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Eikö tiedostoa vielä ole? Luo toteumapohja, jossa on rivi jokaiselle mittarille ja sarake jokaiselle kuukaudelle.</source>
        <translation>Har du ingen fil ännu? Skapa en utfallsmall med en rad för varje indikator och en kolumn för varje månad.</translation>
    </message>
    <message>
        <source>&amp;Luo toteumapohja…</source>
        <translation>&amp;Skapa utfallsmall…</translation>
    </message>
    <message>
        <source>Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv);;Kaikki tiedostot (*)</source>
        <translation>Tabeller (*.xlsx *.xlsm *.xls *.ods *.csv);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>FocusAreaEditor</name>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Tiivistelmä (teeman yleiskuvaan)</source>
        <translation>Sammanfattning (i temats översikt)</translation>
    </message>
    <message>
        <source>Otsikkorivi</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>otsikko</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>tiivistelmä</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>otsikkorivi</source>
        <translation>rubrikrad</translation>
    </message>
    <message>
        <source>kuvaus</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>kohta</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>Tavoite: {0}</source>
        <translation>Mål: {0}</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Valitse mittari taulukosta, niin voit liittää sen kärkiin ja kohderyhmiin.</source>
        <translation>Välj en mätare i tabellen för att koppla den till spetsar och målgrupper.</translation>
    </message>
    <message>
        <source>Kärjet ja kohderyhmät, joihin mittari ”{0}” liittyy</source>
        <translation>Spetsar och målgrupper som mätaren ”{0}” hör till</translation>
    </message>
    <message>
        <source>Kärjet ja kohderyhmät, joihin tavoite liittyy</source>
        <translation>Spetsar och målgrupper som målet hör till</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Tuo toteumat: %1</source>
        <translation>Importera utfall: %1</translation>
    </message>
    <message>
        <source>Poista tuonti: %1</source>
        <translation>Ta bort import: %1</translation>
    </message>
    <message>
        <source>Toteumat ja tavoitteet</source>
        <translation>Utfall och mål</translation>
    </message>
    <message>
        <source>T&amp;oteumat ja tavoitteet</source>
        <translation>&amp;Utfall och mål</translation>
    </message>
    <message>
        <source>&amp;Luo toteumapohja…</source>
        <translation>&amp;Skapa utfallsmall…</translation>
    </message>
</context>
<context>
    <name>FollowUpReportDialog</name>
    <message>
        <source>Kuntakortit</source>
        <translation>Kommunkort</translation>
    </message>
    <message>
        <source>Ennuste ja skenaariot</source>
        <translation>Prognos och scenarier</translation>
    </message>
    <message>
        <source>Kustannukset ja vaikutukset</source>
        <translation>Kostnader och effekter</translation>
    </message>
    <message>
        <source>Raportti:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>Kaikki kunnat</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Kunta:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Raporttia ei voi tehdä: {0}</source>
        <translation>Rapporten kan inte göras: {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpReports</name>
    <message>
        <source>Toteumapohja ku&amp;nnittain…</source>
        <translation>Utfallsmall per &amp;kommun…</translation>
    </message>
    <message>
        <source>&amp;Kuntakortit…</source>
        <translation>Komm&amp;unkort…</translation>
    </message>
    <message>
        <source>&amp;Ennuste ja skenaariot…</source>
        <translation>Pro&amp;gnos och scenarier…</translation>
    </message>
    <message>
        <source>Kustannukset ja v&amp;aikutukset…</source>
        <translation>Kostnader och &amp;effekter…</translation>
    </message>
    <message>
        <source>Leveä: rivi per mittari ja kunta, kuukaudet sarakkeina</source>
        <translation>Bred: en rad per mätare och kommun, månaderna som kolumner</translation>
    </message>
    <message>
        <source>Pitkä: rivi per mittari, kunta ja kuukausi</source>
        <translation>Lång: en rad per mätare, kommun och månad</translation>
    </message>
    <message>
        <source>Toteumapohja kunnittain</source>
        <translation>Utfallsmall per kommun</translation>
    </message>
    <message>
        <source>Pohjan muoto:</source>
        <translation>Mallens form:</translation>
    </message>
    <message>
        <source>Toteumat kunnittain</source>
        <translation>Utfall per kommun</translation>
    </message>
    <message>
        <source>Tallenna toteumapohja</source>
        <translation>Spara utfallsmallen</translation>
    </message>
    <message>
        <source>Excel-tiedostot (*.xlsx)</source>
        <translation>Excelfiler (*.xlsx)</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voi kirjoittaa: {1}</source>
        <translation>Filen {0} kan inte skrivas: {1}</translation>
    </message>
    <message>
        <source>Toteumapohja tallennettu: {0}</source>
        <translation>Utfallsmallen sparad: {0}</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>osion otsikko</source>
        <translation>avsnittets rubrik</translation>
    </message>
    <message>
        <source>Osion otsikko</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <source>Teemat ja tavoitteet</source>
        <translation>Teman och mål</translation>
    </message>
    <message>
        <source>Ohjelman teemat (painopisteet) ja niiden tavoitteet. Lisää teema painikkeella tai Insert-näppäimellä; järjestä vetämällä tai Ctrl+Ylös/Alas; nimeä uudelleen F2:lla.</source>
        <translation>Programmets teman (tyngdpunkter) och deras mål. Lägg till ett tema med knappen eller Insert; ordna genom att dra eller med Ctrl+Upp/Ned; byt namn med F2.</translation>
    </message>
    <message>
        <source>Lisää teema</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Kärjet</source>
        <translation>Spetsar</translation>
    </message>
    <message>
        <source>Kärjet ovat ohjelman läpileikkaavia painotuksia. Linkitä tavoitteet ja mittarit kärkiin tavoitteen sivulla.</source>
        <translation>Spetsarna är programmets genomgående betoningar. Länka mål och indikatorer till spetsarna på målets sida.</translation>
    </message>
    <message>
        <source>Lisää kärki</source>
        <translation>Lägg till spets</translation>
    </message>
    <message>
        <source>Kohderyhmät</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Kohderyhmät, joihin tavoitteet ja mittarit kohdistuvat. Linkitä ne tavoitteen sivulla.</source>
        <translation>Målgrupper som målen och indikatorerna riktar sig till. Länka dem på målets sida.</translation>
    </message>
    <message>
        <source>Lisää kohderyhmä</source>
        <translation>Lägg till målgrupp</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Lausunnon antaja</source>
        <translation>Den som ger utlåtandet</translation>
    </message>
    <message>
        <source>Diaarinumero (dnro)</source>
        <translation>Diarienummer (dnr)</translation>
    </message>
    <message>
        <source>Asianumero (Asia:)</source>
        <translation>Diarienummer (Asia:)</translation>
    </message>
    <message>
        <source>Viite (lausuntopyyntö)</source>
        <translation>Hänvisning (begäran om utlåtande)</translation>
    </message>
    <message>
        <source>Otsikko / asia</source>
        <translation>Rubrik / ärende</translation>
    </message>
    <message>
        <source>Vastaanottaja</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Lausuntopyynnön tai ohjelman nimi</source>
        <translation>Namnet på begäran om utlåtande eller programmet</translation>
    </message>
    <message>
        <source>Liitteen tunnus</source>
        <translation>Bilagans beteckning</translation>
    </message>
    <message>
        <source>Johdanto</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Allekirjoittajat</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Liitteet (yksi riville)</source>
        <translation>Bilagor (en per rad)</translation>
    </message>
</context>
<context>
    <name>IdChecklist</name>
    <message>
        <source>Muuta linkitystä: {0}</source>
        <translation>Ändra länkning: {0}</translation>
    </message>
</context>
<context>
    <name>ImpactChainDiagram</name>
    <message>
        <source>Vaikutusketjun kaavio</source>
        <translation>Effektkedjans diagram</translation>
    </message>
    <message>
        <source>(ei kuvattu)</source>
        <translation>(inte beskrivet)</translation>
    </message>
    <message>
        <source> ({0} mittaria)</source>
        <translation> ({0} mätare)</translation>
    </message>
    <message>
        <source>Ei vaikutusketjua.</source>
        <translation>Ingen effektkedja.</translation>
    </message>
</context>
<context>
    <name>ImpactChainEditor</name>
    <message>
        <source>ketjun nimi</source>
        <translation>kedjans namn</translation>
    </message>
    <message>
        <source>ketjun kuvaus</source>
        <translation>kedjans beskrivning</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kärki: {0}</source>
        <translation>Spets: {0}</translation>
    </message>
    <message>
        <source>Kohderyhmä: {0}</source>
        <translation>Målgrupp: {0}</translation>
    </message>
    <message>
        <source>Kärjet ja kohderyhmät</source>
        <translation>Spetsar och målgrupper</translation>
    </message>
    <message>
        <source>Mittarit</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>linkin otsikko</source>
        <translation>länkens rubrik</translation>
    </message>
    <message>
        <source>linkin teksti</source>
        <translation>länkens text</translation>
    </message>
    <message>
        <source>(ei vaikutusketjua – lisää uusi)</source>
        <translation>(ingen effektkedja – lägg till en)</translation>
    </message>
    <message>
        <source>koko ohjelma</source>
        <translation>hela programmet</translation>
    </message>
    <message>
        <source>(nimetön ketju)</source>
        <translation>(namnlös kedja)</translation>
    </message>
    <message>
        <source>(tyhjä)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Koko ohjelma</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>Ketjuun sijoittamatta {0} mittaria: {1}</source>
        <translation>{0} mätare inte placerade i kedjan: {1}</translation>
    </message>
    <message>
        <source>Jokainen mittari on sijoitettu ketjuun.</source>
        <translation>Varje mätare är placerad i kedjan.</translation>
    </message>
    <message>
        <source>Vaikutusketju</source>
        <translation>Effektkedja</translation>
    </message>
    <message>
        <source>Lisää vaikutusketju</source>
        <translation>Lägg till effektkedja</translation>
    </message>
    <message>
        <source>Poista vaikutusketju</source>
        <translation>Ta bort effektkedja</translation>
    </message>
    <message>
        <source>Muokkaa: ketjun kohde</source>
        <translation>Redigera: kedjans omfattning</translation>
    </message>
    <message>
        <source>Lisää linkki</source>
        <translation>Lägg till länk</translation>
    </message>
    <message>
        <source>Poista linkki</source>
        <translation>Ta bort länk</translation>
    </message>
    <message>
        <source>Siirrä linkki</source>
        <translation>Flytta länk</translation>
    </message>
    <message>
        <source>Muokkaa: vaihe</source>
        <translation>Redigera: steg</translation>
    </message>
    <message>
        <source>Ketju:</source>
        <translation>Kedja:</translation>
    </message>
    <message>
        <source>Uusi ketju</source>
        <translation>Ny kedja</translation>
    </message>
    <message>
        <source>Poista ketju</source>
        <translation>Ta bort kedja</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Koskee</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Ketjun linkit: tarve → resurssit → toimenpiteet → tuotokset → tulokset → vaikuttavuus</source>
        <translation>Kedjans länkar: behov → resurser → åtgärder → prestationer → resultat → genomslag</translation>
    </message>
    <message>
        <source>Ketjun linkit</source>
        <translation>Kedjans länkar</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Mittarit (sijoitetaan tähän vaiheeseen)</source>
        <translation>Mätare (placeras i detta steg)</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>{0} klo {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa</source>
        <translation><numerusform>%n värde</numerusform><numerusform>%n värden</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Tuo toteumat</source>
        <translation>Importera utfall</translation>
    </message>
    <message>
        <source>Tuo</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Seuraava &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <source>&lt; Edellinen</source>
        <translation>&lt; Föregående</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Muisti loppui tiedostoa käsiteltäessä. Jaa aineisto pienempiin tiedostoihin.</source>
        <translation>Minnet tog slut när filen behandlades. Dela upp materialet i mindre filer.</translation>
    </message>
    <message>
        <source>Tiedoston käsittely keskeytyi odottamattomaan virheeseen. Tallenna tiedosto Excelissä uudelleen .xlsx-muodossa ja tuo se uudelleen (Seuranta &gt; Tuo toteumat Excelistä…).</source>
        <translation>Behandlingen av filen avbröts av ett oväntat fel. Spara filen på nytt i .xlsx-format i Excel och importera den igen (Uppföljning &gt; Importera utfall från Excel…).</translation>
    </message>
    <message>
        <source>Luetaan tiedostoa</source>
        <translation>Filen läses</translation>
    </message>
</context>
<context>
    <name>IndicatorDelegate</name>
    <message>
        <source>(ei määritelty)</source>
        <translation>(inte angivet)</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>Lähtöarvo: %1</source>
        <translation>Utgångsvärde: %1</translation>
    </message>
    <message>
        <source>Tavoite: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Toteuma: &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>Utfall: &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>edistyminen %1 %</source>
        <translation>framsteg %1 %</translation>
    </message>
    <message>
        <source>ei laskettavissa</source>
        <translation>kan inte beräknas</translation>
    </message>
    <message>
        <source>Kattavuus: %1</source>
        <translation>Täckning: %1</translation>
    </message>
    <message>
        <source>vuodesta kulunut %1 %</source>
        <translation>%1 % av året har gått</translation>
    </message>
</context>
<context>
    <name>IndicatorTableEditor</name>
    <message>
        <source>Mittarit</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Mittaritaulukko</source>
        <translation>Indikatortabell</translation>
    </message>
    <message>
        <source>Lisää mittari</source>
        <translation>Lägg till indikator</translation>
    </message>
    <message>
        <source>Poista rivi</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Siirrä toiseen tavoitteeseen…</source>
        <translation>Flytta till ett annat mål…</translation>
    </message>
    <message>
        <source>Näytä myös toisessa tavoitteessa…</source>
        <translation>Visa även i ett annat mål…</translation>
    </message>
    <message>
        <source>Poista mittari</source>
        <translation>Ta bort indikator</translation>
    </message>
    <message>
        <source>Siirrä mittari</source>
        <translation>Flytta indikator</translation>
    </message>
    <message>
        <source>Siirrä valittu rivi tavoitteeseen:</source>
        <translation>Flytta den valda raden till målet:</translation>
    </message>
    <message>
        <source>Näytä mittari toisessa tavoitteessa</source>
        <translation>Visa indikatorn i ett annat mål</translation>
    </message>
    <message>
        <source>Lisää viittausrivi tavoitteeseen:</source>
        <translation>Lägg till en hänvisningsrad i målet:</translation>
    </message>
    <message>
        <source>Siirrä mittari toiseen tavoitteeseen</source>
        <translation>Flytta indikatorn till ett annat mål</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Tavoite puuttuu. Kirjoita tavoite, esimerkiksi ”1 500 henkilöä”.</source>
        <translation>Målvärde saknas. Skriv ett mål, till exempel ”1 500 personer”.</translation>
    </message>
    <message>
        <source>Lähtöarvosta</source>
        <translation>I utgångsvärdet</translation>
    </message>
    <message>
        <source>Tavoitteesta</source>
        <translation>I målvärdet</translation>
    </message>
    <message>
        <source>{0} ei löydy lukua, vaikka suunta ({1}) vaatii luvun. Kirjoita luku, esimerkiksi ”1 468 henkilöä (joulukuu 2025)”, tai valitse suunnaksi virstanpylväs.</source>
        <translation>{0} hittas inget tal, fast riktningen ({1}) kräver ett tal. Skriv ett tal, till exempel ”1 468 personer (december 2025)”, eller välj milstolpe som riktning.</translation>
    </message>
    <message>
        <source>Päivämäärää ”{0}” ei voi lukea. Kirjoita päivämäärä muodossa 30.6.2026.</source>
        <translation>Datumet ”{0}” kan inte läsas. Skriv datumet i formen 30.6.2026.</translation>
    </message>
    <message>
        <source>Viittausrivi: mittari näytetään myös tässä tavoitteessa.</source>
        <translation>Hänvisningsrad: indikatorn visas även i detta mål.</translation>
    </message>
    <message>
        <source>Varoitus: </source>
        <translation>Varning: </translation>
    </message>
    <message>
        <source>Muokkaa viittausriviä</source>
        <translation>Redigera hänvisningsrad</translation>
    </message>
    <message>
        <source>Muokkaa mittaria: {0}</source>
        <translation>Redigera indikator: {0}</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Lähtöarvo</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Lähtöarvo luettuna</source>
        <translation>Utgångsvärde tolkat</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tavoite luettuna</source>
        <translation>Mål tolkat</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Kertymä</source>
        <translation>Ackumulering</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Tietolähde</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <source>Vastuutaho</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Päivitystiheys</source>
        <translation>Uppdateringsfrekvens</translation>
    </message>
    <message>
        <source>Seuraava päivitys</source>
        <translation>Nästa uppdatering</translation>
    </message>
    <message>
        <source>Huomautukset</source>
        <translation>Anmärkningar</translation>
    </message>
</context>
<context>
    <name>LevelsModel</name>
    <message>
        <source>Lyhenne</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Taso (esim. Kaupunginvaltuusto)</source>
        <translation>Nivå (t.ex. Stadsfullmäktige)</translation>
    </message>
    <message>
        <source>Muokkaa tasoa</source>
        <translation>Redigera nivå</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Aloita &amp;uusi versio</source>
        <translation>Påbörja en &amp;ny version</translation>
    </message>
    <message>
        <source>Aloita uusi versio</source>
        <translation>Påbörja en ny version</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hyväksytty ohjelma on lukittu.&lt;/b&gt; {0} on hyväksytty ({1}). Sitä ei voi muuttaa; muutokset tehdään uuteen versioon, ja hyväksytty versio säilyy muuttumattomana.</source>
        <translation>&lt;b&gt;Det godkända programmet är låst.&lt;/b&gt; {0} har godkänts ({1}). Det kan inte ändras; ändringar görs i en ny version och den godkända versionen bevaras oförändrad.</translation>
    </message>
    <message>
        <source>Ohjelma</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>ei päätöstietoja</source>
        <translation>inga beslutsuppgifter</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma on lukittu.</source>
        <translation>Det godkända programmet är låst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)</source>
        <translation>Sysselsättningsprogram (*.tyohjelma *.tyohjelma.json *.json)</translation>
    </message>
    <message>
        <source>&amp;Kumoa</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Rakenne</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <source>&amp;Seuranta</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Näytä</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Ohje</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Viimeksi avatut tiedostot</source>
        <translation>Senast öppna&amp;de filer</translation>
    </message>
    <message>
        <source>&amp;Uusi tyhjä ohjelma</source>
        <translation>&amp;Nytt tomt program</translation>
    </message>
    <message>
        <source>Uusi ohjelma &amp;esimerkin pohjalta</source>
        <translation>Nytt program utgående från &amp;exemplet</translation>
    </message>
    <message>
        <source>Avaa Lahden kuntakokeilun esi&amp;merkki</source>
        <translation>Öppna exemplet &amp;Lahtis kommunförsök</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Tallenna</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Tallenna toisella &amp;nimellä…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <source>V&amp;ie…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;Asetukset…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Lo&amp;peta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Tietoja sovelluksesta</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <source>&amp;Tuo toteumat Excelistä…</source>
        <translation>&amp;Importera utfall från Excel…</translation>
    </message>
    <message>
        <source>&amp;Vertaa toteumia tavoitteisiin</source>
        <translation>&amp;Jämför utfall med mål</translation>
    </message>
    <message>
        <source>&lt;alkutila&gt;</source>
        <translation>&lt;utgångsläge&gt;</translation>
    </message>
    <message>
        <source>Muutoshistoria</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Tarkistukset</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>&amp;Tarkistukset</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>&amp;Muutoshistoria</source>
        <translation>Ändrings&amp;historik</translation>
    </message>
    <message>
        <source>(ei tiedostoja)</source>
        <translation>(inga filer)</translation>
    </message>
    <message>
        <source>Työllisyysohjelma</source>
        <translation>Sysselsättningsprogram</translation>
    </message>
    <message>
        <source>Käyttäjä {0} ({1}) muokkaa tiedostoa {2}, joten se on avattu vain luku -tilassa.</source>
        <translation>Användaren {0} ({1}) redigerar filen {2}, därför har den öppnats skrivskyddad.</translation>
    </message>
    <message>
        <source>Tiedosto {0} on kirjoitussuojattu, joten se on avattu vain luku -tilassa.</source>
        <translation>Filen {0} är skrivskyddad, därför har den öppnats skrivskyddad.</translation>
    </message>
    <message>
        <source>Kansioon {0} ei voi kirjoittaa, joten tiedosto on avattu vain luku -tilassa.</source>
        <translation>Det går inte att skriva i mappen {0}, därför har filen öppnats skrivskyddad.</translation>
    </message>
    <message>
        <source>Tiedosto {0} on avattu vain luku -tilassa.</source>
        <translation>Filen {0} har öppnats skrivskyddad.</translation>
    </message>
    <message>
        <source>Voit muokata, mutta tallenna muutokset toisella nimellä.</source>
        <translation>Du kan redigera, men spara ändringarna under ett annat namn.</translation>
    </message>
    <message>
        <source>Käyttäjä {0} ({1}) on avannut myös tiedoston {2}. Jos muokkaatte yhtä aikaa, toisen muutokset katoavat: sopikaa, kumpi muokkaa, tai tallenna toisella nimellä.</source>
        <translation>Användaren {0} ({1}) har också öppnat filen {2}. Om ni redigerar samtidigt går den andras ändringar förlorade: kom överens om vem som redigerar, eller spara under ett annat namn.</translation>
    </message>
    <message>
        <source>Tallenna toisella nimellä…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Uusi työllisyysohjelma</source>
        <translation>Nytt sysselsättningsprogram</translation>
    </message>
    <message>
        <source>Uusi ohjelma</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Esimerkkiä ei voi avata</source>
        <translation>Exemplet kan inte öppnas</translation>
    </message>
    <message>
        <source>Esimerkki (tallentamaton kopio)</source>
        <translation>Exempel (osparad kopia)</translation>
    </message>
    <message>
        <source>Avaa työllisyysohjelma</source>
        <translation>Öppna sysselsättningsprogram</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi avata</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata:
{0}

Tiedostoa ei muutettu.</source>
        <translation>Filen kunde inte öppnas:
{0}

Filen ändrades inte.</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata:
{0}

Sen vieressä on edellisen tallennuksen varmuuskopio {1}. Avataanko varmuuskopio? Se avataan tallentamattomana kopiona, ja voit tallentaa sen haluamallasi nimellä. Vahingoittunutta tiedostoa ei muuteta.</source>
        <translation>Filen kunde inte öppnas:
{0}

Bredvid den finns säkerhetskopian {1} från förra sparningen. Öppna säkerhetskopian? Den öppnas som en osparad kopia som du kan spara under valfritt namn. Den skadade filen ändras inte.</translation>
    </message>
    <message>
        <source>{0} (varmuuskopiosta)</source>
        <translation>{0} (från säkerhetskopian)</translation>
    </message>
    <message>
        <source>ohjelma</source>
        <translation>program</translation>
    </message>
    <message>
        <source>Tietoja sovelluksesta</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <source>Työllisyysohjelma: työllisyysalueen vuosittaisen työllisyysohjelman laatiminen, seuranta ja raportointi.</source>
        <translation>Sysselsättningsprogram: att skriva, följa upp och rapportera sysselsättningsområdets årliga program.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Tarkista mittarien vastaavuudet</source>
        <translation>Kontrollera mätarkopplingarna</translation>
    </message>
    <message>
        <source>Vahvista samankaltaisella nimellä löydetyt ja valitse mittari riveille, joita ei tunnistettu, tai ohita ne.</source>
        <translation>Bekräfta de mätare som hittades med ett liknande namn och välj mätare för de rader som inte identifierades, eller hoppa över dem.</translation>
    </message>
    <message>
        <source>Mittarien vastaavuudet</source>
        <translation>Indikatorernas motsvarigheter</translation>
    </message>
    <message>
        <source>Rivin teksti tiedostossa</source>
        <translation>Radens text i filen</translation>
    </message>
    <message>
        <source>Rivejä</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Mittari ohjelmassa</source>
        <translation>Mätare i programmet</translation>
    </message>
    <message>
        <source>Tunnistettu</source>
        <translation>Identifierad</translation>
    </message>
    <message>
        <source>Hyväksytty</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>— valitse mittari —</source>
        <translation>— välj mätare —</translation>
    </message>
    <message>
        <source>Ohita nämä rivit</source>
        <translation>Hoppa över dessa rader</translation>
    </message>
    <message>
        <source>Ensimmäinen rivi: %1</source>
        <translation>Första raden: %1</translation>
    </message>
    <message>
        <source>ohitetaan</source>
        <translation>hoppas över</translation>
    </message>
    <message>
        <source>ei tunnistettu</source>
        <translation>inte identifierad</translation>
    </message>
    <message>
        <source> – vahvista</source>
        <translation> – bekräfta</translation>
    </message>
    <message>
        <source>Yhdistetty %1, ohitetaan %2, avoinna %3.</source>
        <translation>Kopplade %1, hoppas över %2, öppna %3.</translation>
    </message>
    <message>
        <source>Avoimia rivejä ei tuoda; ne luetellaan yhteenvedossa.</source>
        <translation>Öppna rader importeras inte; de listas i sammanfattningen.</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>ei toteumatietoja</source>
        <translation>inga utfallsuppgifter</translation>
    </message>
    <message>
        <source>ei toteumatietoja vuodelta {year}</source>
        <translation>inga utfallsuppgifter för år {year}</translation>
    </message>
    <message>
        <source>vuoden arvo ohitettu, kuukausiarvot käytössä</source>
        <translation>årsvärdet förbigicks, månadsvärdena används</translation>
    </message>
    <message>
        <source>prosenttiosuutta ei lasketa yhteen kunnista; katso kuntakohtaiset arvot</source>
        <translation>en procentandel summeras inte över kommunerna; se värdena per kommun</translation>
    </message>
    <message>
        <source>arvoa ei lasketa yhteen kunnista; katso kuntakohtaiset arvot</source>
        <translation>värdet summeras inte över kommunerna; se värdena per kommun</translation>
    </message>
    <message>
        <source>lähtöarvon yksikkö ({baseline_unit}) ei ole tavoitteen yksikkö ({target_unit}); lähtöarvoa ei käytetty</source>
        <translation>utgångsvärdets enhet ({baseline_unit}) är inte målets enhet ({target_unit}); utgångsvärdet användes inte</translation>
    </message>
    <message>
        <source>määräaika on ohi</source>
        <translation>tidsfristen har gått ut</translation>
    </message>
    <message>
        <source>määräaikaan alle kolme kuukautta</source>
        <translation>mindre än tre månader till tidsfristen</translation>
    </message>
    <message>
        <source>verrattu raporttipäivään mennessä kuluneeseen vuoden osuuteen {share} %</source>
        <translation>jämfört med den del av året som gått till rapportdagen, {share} %</translation>
    </message>
    <message>
        <source>tavoitteessa ei ole lukua, edistymistä ei voi laskea</source>
        <translation>målet har inget tal, framsteget kan inte beräknas</translation>
    </message>
    <message>
        <source>enintään {target}</source>
        <translation>högst {target}</translation>
    </message>
    <message>
        <source>enintään {target}, ylitetty ({actual})</source>
        <translation>högst {target}, överskridet ({actual})</translation>
    </message>
    <message>
        <source>lakisääteinen enimmäistaso {target}</source>
        <translation>lagstadgad högsta nivå {target}</translation>
    </message>
    <message>
        <source>lakisääteinen enimmäistaso {target}, ylitetty ({actual})</source>
        <translation>lagstadgad högsta nivå {target}, överskriden ({actual})</translation>
    </message>
    <message>
        <source>enintään {target} vuodessa; raporttipäivään mennessä enintään {by_now}</source>
        <translation>högst {target} per år; till rapportdagen högst {by_now}</translation>
    </message>
    <message>
        <source>säilytetään tasolla {target} (±{tolerance} %)</source>
        <translation>hålls på nivån {target} (±{tolerance} %)</translation>
    </message>
    <message>
        <source>vuoden taso {target}; raporttipäivään mennessä odotetaan {expected}</source>
        <translation>årets nivå {target}; till rapportdagen väntas {expected}</translation>
    </message>
    <message>
        <source>raportointipäivän jälkeen, ei verrattu: {periods}</source>
        <translation>efter rapportdagen, inte jämfört: {periods}</translation>
    </message>
    <message>
        <source>{period} jätettiin pois: puuttuu {missing} ({have}/{total} kuntaa); käytetty tietoja {last} asti</source>
        <translation>{period} lämnades bort: {missing} saknas ({have}/{total} kommuner); uppgifter till och med {last} används</translation>
    </message>
    <message>
        <source>ohjelmassa ei ole kuntaluetteloa, joten kuntien summaa ei voi todeta koko alueen luvuksi</source>
        <translation>programmet har ingen kommunlista, så kommunernas summa kan inte fastställas som hela områdets tal</translation>
    </message>
    <message>
        <source>vain {have}/{total} kuntaa: puuttuu {missing}; kuntien osasummaa ei näytetä alueen lukuna</source>
        <translation>endast {have}/{total} kommuner: {missing} saknas; kommunernas delsumma visas inte som områdets tal</translation>
    </message>
    <message>
        <source>vain {have}/{total} kuntaa: puuttuu {missing} ({period}); kuntien osasummaa ei näytetä alueen lukuna</source>
        <translation>endast {have}/{total} kommuner: {missing} saknas ({period}); kommunernas delsumma visas inte som områdets tal</translation>
    </message>
    <message>
        <source>ei koko alueen lukua ({count} kuntaa)</source>
        <translation>inget värde för hela området ({count} kommuner)</translation>
    </message>
    <message>
        <source>per kunta, ks. erittely</source>
        <translation>per kommun, se specifikationen</translation>
    </message>
    <message>
        <source>valmis</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>ei valmis</source>
        <translation>inte klar</translation>
    </message>
    <message>
        <source>alueen oma luku, {span}</source>
        <translation>områdets eget värde, {span}</translation>
    </message>
    <message>
        <source>alueen oma luku</source>
        <translation>områdets eget värde</translation>
    </message>
    <message>
        <source>kuntien summa, {count} kuntaa, {span}</source>
        <translation>kommunernas summa, {count} kommuner, {span}</translation>
    </message>
    <message>
        <source>kuntien summa, {count} kuntaa</source>
        <translation>kommunernas summa, {count} kommuner</translation>
    </message>
    <message>
        <source>vain {count} kuntaa, ei koko alueen lukua, {span}</source>
        <translation>bara {count} kommuner, inget värde för hela området, {span}</translation>
    </message>
    <message>
        <source>vain {count} kuntaa, ei koko alueen lukua</source>
        <translation>bara {count} kommuner, inget värde för hela området</translation>
    </message>
    <message>
        <source>kuntakohtaiset arvot, {count} kuntaa, {span}</source>
        <translation>värden per kommun, {count} kommuner, {span}</translation>
    </message>
    <message>
        <source>kuntakohtaiset arvot, {count} kuntaa</source>
        <translation>värden per kommun, {count} kommuner</translation>
    </message>
    <message>
        <source>ei tietoja</source>
        <translation>inga uppgifter</translation>
    </message>
    <message>
        <source>Budjetin käyttö: {name}</source>
        <translation>Budgetutnyttjande: {name}</translation>
    </message>
    <message>
        <source>Budjetin käyttö: yhteensä</source>
        <translation>Budgetutnyttjande: totalt</translation>
    </message>
    <message>
        <source>Kustannus per työllistynyt: {name}</source>
        <translation>Kostnad per sysselsatt: {name}</translation>
    </message>
    <message>
        <source>Kustannus per työllistynyt vuoden lopussa (ennuste): {name}</source>
        <translation>Kostnad per sysselsatt vid årets slut (prognos): {name}</translation>
    </message>
    <message>
        <source>Henkilöt kuntaosuuden piirissä {period}</source>
        <translation>Personer som omfattas av kommunandelen {period}</translation>
    </message>
    <message>
        <source>Kuntaosuuden päivät {period}</source>
        <translation>Dagar med kommunandel {period}</translation>
    </message>
    <message>
        <source>Työmarkkinatuen kuntaosuus {period}</source>
        <translation>Kommunandel av arbetsmarknadsstödet {period}</translation>
    </message>
    <message>
        <source>Muutos: henkilöt kuntaosuuden piirissä ({earlier} → {latest})</source>
        <translation>Förändring: personer som omfattas av kommunandelen ({earlier} → {latest})</translation>
    </message>
    <message>
        <source>Muutos: kuntaosuuden päivät ({earlier} → {latest})</source>
        <translation>Förändring: dagar med kommunandel ({earlier} → {latest})</translation>
    </message>
    <message>
        <source>Muutos: työmarkkinatuen kuntaosuus ({earlier} → {latest})</source>
        <translation>Förändring: kommunandel av arbetsmarknadsstödet ({earlier} → {latest})</translation>
    </message>
    <message>
        <source>Hyöty–panos-suhde (vain työmarkkinatuen kuntaosuus)</source>
        <translation>Nytta–kostnad-kvot (endast kommunandelen av arbetsmarknadsstödet)</translation>
    </message>
    <message>
        <source>Skenaarion vaikutus kuntaosuuteen: {name}</source>
        <translation>Scenariots effekt på kommunandelen: {name}</translation>
    </message>
    <message>
        <source>käytetty / budjetti</source>
        <translation>använt / budget</translation>
    </message>
    <message>
        <source>käytetty / työllistyneet</source>
        <translation>använt / sysselsatta</translation>
    </message>
    <message>
        <source>budjetti / työllistyneet vuoden lopussa (ennuste)</source>
        <translation>budget / sysselsatta vid årets slut (prognos)</translation>
    </message>
    <message>
        <source>tuotujen lukujen summa porrastuksen mukaan</source>
        <translation>summan av de importerade talen per nivå</translation>
    </message>
    <message>
        <source>tuotu summa porrastuksen mukaan</source>
        <translation>importerad summa per nivå</translation>
    </message>
    <message>
        <source>tuotu summa; puuttuvat: päivät × päiväraha × porrastuksen osuus</source>
        <translation>importerad summa; saknade: dagar × dagpenning × nivåns andel</translation>
    </message>
    <message>
        <source>{latest} − {earlier}</source>
        <translation>{latest} − {earlier}</translation>
    </message>
    <message>
        <source>kuntaosuuden säästö / käytetty</source>
        <translation>besparing i kommunandelen / använt</translation>
    </message>
    <message>
        <source>henkilöt × vältetyt päivät × päiväraha × kuntaosuus</source>
        <translation>personer × undvikna dagar × dagpenning × kommunandel</translation>
    </message>
    <message>
        <source>käytetty {amount}</source>
        <translation>använt {amount}</translation>
    </message>
    <message>
        <source>budjetti {amount}</source>
        <translation>budget {amount}</translation>
    </message>
    <message>
        <source>säästö {amount}</source>
        <translation>besparing {amount}</translation>
    </message>
    <message>
        <source>työllistyneet {count}</source>
        <translation>sysselsatta {count}</translation>
    </message>
    <message>
        <source>työllistyneet {count} ({indicator})</source>
        <translation>sysselsatta {count} ({indicator})</translation>
    </message>
    <message>
        <source>työllistyneet {count} ({indicator}, {period} asti)</source>
        <translation>sysselsatta {count} ({indicator}, till och med {period})</translation>
    </message>
    <message>
        <source>työllistyneet {count} ({indicator}, {period})</source>
        <translation>sysselsatta {count} ({indicator}, {period})</translation>
    </message>
    <message>
        <source>työllistyneet, ennuste {count}</source>
        <translation>sysselsatta, prognos {count}</translation>
    </message>
    <message>
        <source>päiväraha {amount}/pv</source>
        <translation>dagpenning {amount}/dag</translation>
    </message>
    <message>
        <source>{band}: {days} pv × {daily} × {share} % = {euros}</source>
        <translation>{band}: {days} dagar × {daily} × {share} % = {euros}</translation>
    </message>
    <message>
        <source>{period} {amount}</source>
        <translation>{period} {amount}</translation>
    </message>
    <message>
        <source>{period} {count} hlöä</source>
        <translation>{period} {count} personer</translation>
    </message>
    <message>
        <source>{period} {count} pv</source>
        <translation>{period} {count} dagar</translation>
    </message>
    <message>
        <source>henkilöt {extra}/kk × {months} kk = {persons}</source>
        <translation>personer {extra}/mån × {months} mån = {persons}</translation>
    </message>
    <message>
        <source>vältetyt päivät {days} pv/hlö</source>
        <translation>undvikna dagar {days} dagar/person</translation>
    </message>
    <message>
        <source>kuntaosuus {share} % (skenaario)</source>
        <translation>kommunandel {share} % (scenario)</translation>
    </message>
    <message>
        <source>päivillä painotettu kuntaosuus {share} % (viimeisimmät luvut)</source>
        <translation>kommunandel vägd med dagar {share} % (senaste talen)</translation>
    </message>
    <message>
        <source>porrastusten keskiarvo {share} % (ei tuotuja päiviä)</source>
        <translation>nivåernas medelvärde {share} % (inga importerade dagar)</translation>
    </message>
    <message>
        <source>ei porrastuksia</source>
        <translation>inga nivåer</translation>
    </message>
    <message>
        <source>budjetti tai käytetty summa puuttuu</source>
        <translation>budget eller använt belopp saknas</translation>
    </message>
    <message>
        <source>budjetti on 0 €</source>
        <translation>budgeten är 0 €</translation>
    </message>
    <message>
        <source>käytetty summa tai työllistyneiden määrä puuttuu</source>
        <translation>använt belopp eller antalet sysselsatta saknas</translation>
    </message>
    <message>
        <source>ei työllistyneitä: kustannusta henkeä kohden ei voi laskea</source>
        <translation>inga sysselsatta: kostnaden per person kan inte beräknas</translation>
    </message>
    <message>
        <source>ennusteessa ei työllistyneitä</source>
        <translation>inga sysselsatta i prognosen</translation>
    </message>
    <message>
        <source>säästö tai käytetty summa puuttuu</source>
        <translation>besparing eller använt belopp saknas</translation>
    </message>
    <message>
        <source>käytetty summa on 0 €</source>
        <translation>använt belopp är 0 €</translation>
    </message>
    <message>
        <source>Kuntaliiton ja Vatesin selvityksen mukaan kunnat saavat keskimäärin lähes kaksinkertaiset taloudelliset hyödyt panostuksiin nähden, kun kaikki vaikutukset lasketaan; tässä vain kuntaosuus.</source>
        <translation>Enligt Kommunförbundets och Vates utredning får kommunerna i genomsnitt nästan dubbelt tillbaka i ekonomisk nytta av det de satsar, när alla effekter räknas; här endast kommunandelen.</translation>
    </message>
    <message>
        <source>kausivaihtelu edellisen vuoden samoista kuukausista</source>
        <translation>säsongsvariation från samma månader föregående år</translation>
    </message>
    <message>
        <source>lineaarinen trendi kuluneista kuukausista</source>
        <translation>linjär trend från månaderna hittills</translation>
    </message>
    <message>
        <source>taso pysyy (vain yksi kuukausi tiedossa)</source>
        <translation>nivån består (endast en månad känd)</translation>
    </message>
    <message>
        <source>vuoden summa</source>
        <translation>årets summa</translation>
    </message>
    <message>
        <source>joulukuun arvo</source>
        <translation>decembers värde</translation>
    </message>
    <message>
        <source>12 kuukauden keskiarvo</source>
        <translation>medelvärdet av 12 månader</translation>
    </message>
    <message>
        <source>vuoden suurin</source>
        <translation>årets största</translation>
    </message>
    <message>
        <source>suhde k = {k} ({months} kk), vaihteluväli kuukausisuhteista {low}–{high}</source>
        <translation>kvot k = {k} ({months} mån), intervall från månadskvoterna {low}–{high}</translation>
    </message>
    <message>
        <source>a = {a}, b = {b}/kk, {months} kk</source>
        <translation>a = {a}, b = {b}/mån, {months} mån</translation>
    </message>
    <message>
        <source>s = {s}</source>
        <translation>s = {s}</translation>
    </message>
    <message>
        <source>vaihteluväli ±20 % ennustetusta osasta</source>
        <translation>intervall ±20 % av den prognostiserade delen</translation>
    </message>
    <message>
        <source>skenaario {extra}/kk</source>
        <translation>scenario {extra}/mån</translation>
    </message>
    <message>
        <source>vain kuntakohtaisia arvoja, joita ei lasketa yhteen</source>
        <translation>endast värden per kommun, som inte summeras</translation>
    </message>
    <message>
        <source>ei kuukausiarvoja (vain vuoden arvo)</source>
        <translation>inga månadsvärden (endast årets värde)</translation>
    </message>
    <message>
        <source>Ajankohtaa ei tunnistettu, rivit ohitettiin: {periods}</source>
        <translation>Tidpunkten kändes inte igen, raderna förbigicks: {periods}</translation>
    </message>
    <message>
        <source>{count} yhteensä-riviä ohitettiin, jotta mitään ei lasketa kahdesti.</source>
        <translation>{count} summarader förbigicks så att inget räknas två gånger.</translation>
    </message>
    <message>
        <source>Yhteensä-sarake {columns} jätettiin pois; vuoden arvo lasketaan kuukausista.</source>
        <translation>Summakolumnen {columns} lämnades bort; årsvärdet räknas från månaderna.</translation>
    </message>
    <message>
        <source>Lähtöarvo- ja tavoitesarakkeita ei tuotu toteumiksi: {columns}.</source>
        <translation>Kolumner med utgångsvärden och mål importerades inte som utfall: {columns}.</translation>
    </message>
    <message>
        <source>Kuukausien vuosi luettiin niiden yläpuolelta: {years}.</source>
        <translation>Månadernas år lästes ovanför dem: {years}.</translation>
    </message>
    <message>
        <source>Kuukausien vuosi luettiin välilehden nimestä ”{sheet}”.</source>
        <translation>Månadernas år lästes ur bladets namn ”{sheet}”.</translation>
    </message>
    <message>
        <source>Kuukausien vuotta ei ole kerrottu tiedostossa; oletettiin ohjelman vuosi {year}.</source>
        <translation>Månadernas år anges inte i filen; programmets år {year} antogs.</translation>
    </message>
    <message>
        <source>{count} tyhjää tai puuttuvaa arvoa (esim. ”..” tai ”-”) ohitettiin.</source>
        <translation>{count} tomma eller saknade värden (t.ex. ”..” eller ”-”) förbigicks.</translation>
    </message>
    <message>
        <source>Välilehdellä on {total} riviä; vain ensimmäiset {read} luettiin.</source>
        <translation>Bladet har {total} rader; endast de första {read} lästes.</translation>
    </message>
    <message>
        <source>Välilehteä ”{sheet}” ei luettu: {reason}</source>
        <translation>Bladet ”{sheet}” lästes inte: {reason}</translation>
    </message>
    <message>
        <source>Tiedostosta ei löytynyt yhtään toteuma-arvoa.</source>
        <translation>Filen innehöll inga utfallsvärden.</translation>
    </message>
    <message>
        <source>Sarake {column}: käytettiin luokkaa ”{chosen}”; ohitettiin {skipped}.</source>
        <translation>Kolumn {column}: klassen ”{chosen}” användes; {skipped} förbigicks.</translation>
    </message>
    <message>
        <source>Sarake {column}: käytettiin luokkaa ”{chosen}” (kokonaisluokka); ohitettiin {skipped}.</source>
        <translation>Kolumn {column}: klassen ”{chosen}” användes (totalklass); {skipped} förbigicks.</translation>
    </message>
    <message>
        <source>Sarake {column}: käytettiin luokkaa ”{chosen}” (valittu); ohitettiin {skipped}.</source>
        <translation>Kolumn {column}: klassen ”{chosen}” användes (vald); {skipped} förbigicks.</translation>
    </message>
    <message>
        <source>{count} riviä muista luokista jätettiin pois.</source>
        <translation>{count} rader från andra klasser lämnades bort.</translation>
    </message>
    <message>
        <source>{count} riviä alueilta, jotka eivät ole ohjelman alue eivätkä sen kuntia, jätettiin pois: {areas}.</source>
        <translation>{count} rader från områden som varken är programmets område eller dess kommuner lämnades bort: {areas}.</translation>
    </message>
    <message>
        <source>Sarake {column}: ”{chosen}” käytettiin ohjelman alueena (valittu).</source>
        <translation>Kolumn {column}: ”{chosen}” användes som programmets område (valt).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin yhteen, koska mittarin kooste on ”summa”).</source>
        <translation>”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (summerades, eftersom mätarens sammanställning är ”summa”).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin kuukauden viimeisimmän päivän arvoa, koska mittarin kooste on ”viimeisin”).</source>
        <translation>”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (månadens senaste dags värde användes, eftersom mätarens sammanställning är ”senaste”).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin keskiarvo, koska mittarin kooste on ”keskiarvo”).</source>
        <translation>”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (medelvärdet räknades, eftersom mätarens sammanställning är ”medelvärde”).</translation>
    </message>
    <message>
        <source>”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin suurinta, koska mittarin kooste on ”suurin”).</source>
        <translation>”{indicator}”: {rows} dagliga rader slogs ihop till värden för {months} månader (det största användes, eftersom mätarens sammanställning är ”största”).</translation>
    </message>
    <message>
        <source>{count} prosenttimuotoista solua (esim. 0,33) luettiin prosentteina (33 %), koska mittarin yksikkö on %.</source>
        <translation>{count} celler i procentformat (t.ex. 0,33) lästes som procent (33 %), eftersom mätarens enhet är %.</translation>
    </message>
    <message>
        <source>{count} virstanpylväsmittarin arvoa ei tunnistettu (käytä esim. ”valmis”, ”kesken”, 1 tai 0).</source>
        <translation>{count} värden för delmålsmätare kändes inte igen (använd t.ex. ”valmis”, ”kesken”, 1 eller 0).</translation>
    </message>
    <message>
        <source>{count} riviä toisti saman arvon samalle mittarille, ajankohdalle ja kunnalle; arvo tuotiin kerran.</source>
        <translation>{count} rader upprepade samma värde för samma mätare, tidpunkt och kommun; värdet importerades en gång.</translation>
    </message>
    <message>
        <source>{count} arvoa on muilta vuosilta kuin {year} ({years}); ne tallennetaan historiaksi mutta eivät vaikuta vertailuun.</source>
        <translation>{count} värden gäller andra år än {year} ({years}); de sparas som historik men påverkar inte jämförelsen.</translation>
    </message>
    <message>
        <source>Raportointipäivän {date} jälkeiset ajankohdat ({periods}) tallennetaan, mutta niitä ei verrata.</source>
        <translation>Tidpunkter efter rapportdagen {date} ({periods}) sparas men jämförs inte.</translation>
    </message>
    <message>
        <source>Vahvistamaton vastaavuus: ”{key}” → ”{candidate}” ({score} %), ei tuotu; vahvista ohjatussa tuonnissa.</source>
        <translation>Obekräftad motsvarighet: ”{key}” → ”{candidate}” ({score} %), importerades inte; bekräfta i guiden.</translation>
    </message>
    <message>
        <source>työkirja on suojattu salasanalla, eikä sitä voi lukea.</source>
        <translation>arbetsboken är lösenordsskyddad och kan inte läsas.</translation>
    </message>
    <message>
        <source>taulukko on liian suuri luettavaksi (noin {megabytes} Mt taulukkodataa, yli {rows} riviä).</source>
        <translation>tabellen är för stor för att läsas (cirka {megabytes} MB tabelldata, över {rows} rader).</translation>
    </message>
    <message>
        <source>välilehden käytetty alue ulottuu soluun {cell} ({rows} riviä × {cols} saraketta); niin suurta aluetta ei voi lukea toteumiksi.</source>
        <translation>bladets använda område sträcker sig till cell {cell} ({rows} rader × {cols} kolumner); ett så stort område kan inte läsas som utfall.</translation>
    </message>
    <message>
        <source>{count} kaavasolulla ei ole tallennettua arvoa ({cells}), joten niiden lukuja ei voi lukea.</source>
        <translation>{count} formelceller har inget sparat värde ({cells}), så deras tal kan inte läsas.</translation>
    </message>
    <message>
        <source>tiedosto ei ole taulukko vaan {what}, vaikka sen pääte on {suffix}.</source>
        <translation>filen är ingen tabell utan {what}, fast dess filändelse är {suffix}.</translation>
    </message>
    <message>
        <source>tiedosto purkautuu liian suureksi ({megabytes} Mt).</source>
        <translation>filen packas upp till en för stor storlek ({megabytes} MB).</translation>
    </message>
    <message>
        <source>tiedosto ei ole Excel-työkirja, vaikka sen pääte on {suffix}.</source>
        <translation>filen är ingen Excel-arbetsbok, fast dess filändelse är {suffix}.</translation>
    </message>
    <message>
        <source>tiedosto on liian suuri ({megabytes} Mt).</source>
        <translation>filen är för stor ({megabytes} MB).</translation>
    </message>
    <message>
        <source>tiedostoa ei voi lukea (käyttöjärjestelmän virhe {errno}).</source>
        <translation>filen kan inte läsas (operativsystemets fel {errno}).</translation>
    </message>
    <message>
        <source>välilehteä ”{sheet}” ei ole; välilehdet: {sheets}.</source>
        <translation>bladet ”{sheet}” finns inte; bladen: {sheets}.</translation>
    </message>
    <message>
        <source>CSV-tiedosto on liian suuri ({megabytes} Mt).</source>
        <translation>CSV-filen är för stor ({megabytes} MB).</translation>
    </message>
    <message>
        <source>CSV-tiedostossa on {rows} riviä, enemmän kuin {limit} luettavaa riviä.</source>
        <translation>CSV-filen har {rows} rader, fler än de {limit} rader som kan läsas.</translation>
    </message>
    <message>
        <source>CSV-tiedoston rakenne on rikki (kenttä on liian pitkä).</source>
        <translation>CSV-filens struktur är trasig (ett fält är för långt).</translation>
    </message>
    <message>
        <source>CSV-tiedoston rakenne on rikki (lainausmerkit eivät täsmää).</source>
        <translation>CSV-filens struktur är trasig (citattecknen stämmer inte).</translation>
    </message>
    <message>
        <source>luku on liian suuri tai ei ole luku (ääretön tai NaN).</source>
        <translation>talet är för stort eller inte ett tal (oändligt eller NaN).</translation>
    </message>
    <message>
        <source>sarakkeet {first} ja {second} ovat kumpikin {period}; kuukausien vuotta ei voi päätellä.</source>
        <translation>kolumnerna {first} och {second} är båda {period}; månadernas år kan inte härledas.</translation>
    </message>
    <message>
        <source>toteumasaraketta ei löytynyt.</source>
        <translation>ingen utfallskolumn hittades.</translation>
    </message>
    <message>
        <source>toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. ”Toteuma 2026”).</source>
        <translation>utfallets år är okänt (ange året i rubriken, t.ex. ”Utfall 2026”).</translation>
    </message>
    <message>
        <source>työkirja on tyhjä.</source>
        <translation>arbetsboken är tom.</translation>
    </message>
    <message>
        <source>otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet).</source>
        <translation>ingen rubrikrad hittades (väntade t.ex. kolumnerna Mätare och Utfall eller månader).</translation>
    </message>
    <message>
        <source>ajankohta- tai arvosarake puuttuu.</source>
        <translation>kolumnen för tidpunkt eller värde saknas.</translation>
    </message>
    <message>
        <source>mittarisaraketta (nimi tai tunnus) ei löytynyt.</source>
        <translation>ingen mätarkolumn (namn eller kod) hittades.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä (0 tavua).</source>
        <translation>filen är tom (0 byte).</translation>
    </message>
    <message>
        <source>työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa.</source>
        <translation>arbetsboken kan inte läsas, den är skadad eller i fel format.</translation>
    </message>
    <message>
        <source>zip-tiedosto ei ole Excel- eikä ODS-työkirja.</source>
        <translation>zip-filen är varken en Excel- eller en ODS-arbetsbok.</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä).</source>
        <translation>filen är skadad eller ofullständig (strukturen är inte hel).</translation>
    </message>
    <message>
        <source>tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä).</source>
        <translation>filen är skadad eller ofullständig (zip-strukturen är inte hel).</translation>
    </message>
    <message>
        <source>muisti loppui taulukkoa luettaessa: taulukko on liian suuri.</source>
        <translation>minnet tog slut när tabellen lästes: tabellen är för stor.</translation>
    </message>
    <message>
        <source>taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut).</source>
        <translation>tabelläsaren stannade på ett fel när filen lästes (filen kan vara skadad).</translation>
    </message>
    <message>
        <source>tiedostoa ei löydy.</source>
        <translation>filen hittas inte.</translation>
    </message>
    <message>
        <source>polku on kansio, ei tiedosto.</source>
        <translation>sökvägen är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa).</source>
        <translation>filen kan inte öppnas (ingen läsbehörighet eller den är öppen i ett annat program).</translation>
    </message>
    <message>
        <source>työkirjassa ei ole näkyviä välilehtiä.</source>
        <translation>arbetsboken har inga synliga blad.</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstimuotoinen CSV-tiedosto.</source>
        <translation>filen är inte en CSV-fil i textformat.</translation>
    </message>
    <message>
        <source>tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui.</source>
        <translation>läsningen av filen avbröts: minnet tog slut eller tabelläsaren kraschade.</translation>
    </message>
    <message>
        <source>tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat).</source>
        <translation>läsningen av filen kunde inte startas (datorns resurser tog slut).</translation>
    </message>
    <message>
        <source>sarakkeessa {column} ei ole arvoa ”{value}”; arvot: {values}.</source>
        <translation>kolumnen {column} har inget värde ”{value}”; värden: {values}.</translation>
    </message>
    <message>
        <source>valinta ”{key}” ei osu sarakkeeseen, jonka arvo pitää valita (sarakkeet: {columns}).</source>
        <translation>valet ”{key}” motsvarar ingen kolumn vars värde ska väljas (kolumner: {columns}).</translation>
    </message>
    <message>
        <source>valinta ”{key}” ei osu sarakkeeseen: tiedostossa ei ole saraketta, jonka arvo pitää valita.</source>
        <translation>valet ”{key}” motsvarar ingen kolumn: filen har ingen kolumn vars värde ska väljas.</translation>
    </message>
    <message>
        <source>sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); valitse, mikä arvo on ohjelman alue.</source>
        <translation>värdena i kolumnen {column} är varken programmets område eller dess kommuner ({values}); välj vilket värde som är programmets område.</translation>
    </message>
    <message>
        <source>sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); valitse, mikä arvo on ohjelman alue (ja {others} muuta saraketta).</source>
        <translation>värdena i kolumnen {column} är varken programmets område eller dess kommuner ({values}); välj vilket värde som är programmets område (och {others} andra kolumner).</translation>
    </message>
    <message>
        <source>sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään.</source>
        <translation>kolumnen {column} har flera kategorier ({values}); välj vilket värde som används.</translation>
    </message>
    <message>
        <source>sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään (ja {others} muuta saraketta).</source>
        <translation>kolumnen {column} har flera kategorier ({values}); välj vilket värde som används (och {others} andra kolumner).</translation>
    </message>
    <message>
        <source>mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells}.</source>
        <translation>indikatorn ”{indicator}” har olika värden för {where} i cellerna {cells}.</translation>
    </message>
    <message>
        <source>mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells} (ristiriitoja yhteensä {count}).</source>
        <translation>indikatorn ”{indicator}” har olika värden för {where} i cellerna {cells} (konflikter totalt {count}).</translation>
    </message>
    <message>
        <source>otsikkoriviä ei löytynyt: tarvitaan sarakkeet {columns}.</source>
        <translation>ingen rubrikrad hittades: kolumnerna {columns} behövs.</translation>
    </message>
    <message>
        <source>{what} ei ole luku.</source>
        <translation>{what} är inte ett tal.</translation>
    </message>
    <message>
        <source>{what} ”{cell}” ei ole luku.</source>
        <translation>{what} ”{cell}” är inte ett tal.</translation>
    </message>
    <message>
        <source>ajankohtaa ”{cell}” ei tunnistettu.</source>
        <translation>tidpunkten ”{cell}” kändes inte igen.</translation>
    </message>
    <message>
        <source>sarakkeet Henkilöt, Päivät tai Euroa puuttuvat.</source>
        <translation>kolumnerna Henkilöt (personer), Päivät (dagar) eller Euroa (euro) saknas.</translation>
    </message>
    <message>
        <source>porrasta ”{cell}” ei tunnistettu.</source>
        <translation>steget ”{cell}” kändes inte igen.</translation>
    </message>
    <message>
        <source>Käytä porrastuksia: {bands}.</source>
        <translation>Använd stegen: {bands}.</translation>
    </message>
    <message>
        <source>tiedostossa ei ole kuntaosuuden lukuja.</source>
        <translation>filen har inga siffror för kommunandelen.</translation>
    </message>
    <message>
        <source>sarakkeet Budjetti ja Käytetty puuttuvat.</source>
        <translation>kolumnerna Budjetti (budget) och Käytetty (använt) saknas.</translation>
    </message>
    <message>
        <source>mittaria ”{cell}” ei ole ohjelmassa.</source>
        <translation>indikatorn ”{cell}” finns inte i programmet.</translation>
    </message>
    <message>
        <source>kuntaa ”{name}” ei ole ohjelmassa.</source>
        <translation>kommunen ”{name}” finns inte i programmet.</translation>
    </message>
    <message>
        <source>Ohjelman kunnat: {municipalities}.</source>
        <translation>Programmets kommuner: {municipalities}.</translation>
    </message>
    <message>
        <source>osuus ”{cell}” ei ole 0–100 %.</source>
        <translation>andelen ”{cell}” är inte 0–100 %.</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole toteumatietoja. Tuo toteumat Excelistä ennen seurantaraporttia.</source>
        <translation>Programmet har inga utfallsuppgifter. Importera utfall från Excel före uppföljningsrapporten.</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole kustannuksia eikä työmarkkinatuen kuntaosuuden lukuja. Lisää ne kohdassa Seuranta &gt; Kustannukset ja vaikutukset tai komennolla planner economics-import.</source>
        <translation>Programmet har inga kostnader eller tal för kommunandelen av arbetsmarknadsstödet. Lägg till dem under Uppföljning &gt; Kostnader och effekter eller med kommandot planner economics-import.</translation>
    </message>
    <message>
        <source>Toteumissa ei ole kuntakohtaisia arvoja. Täytä kuntakohtainen toteumapohja (planner actuals-template --layout municipalities-wide) ja tuo se.</source>
        <translation>Utfallen har inga kommunvisa värden. Fyll i utfallsmallen per kommun (planner actuals-template --layout municipalities-wide) och importera den.</translation>
    </message>
    <message>
        <source>Kuntaa ”{municipality}” ei ole ohjelmassa eikä toteumissa. Valitse jokin näistä: {names}.</source>
        <translation>Kommunen ”{municipality}” finns inte i programmet eller i utfallen. Välj en av dessa: {names}.</translation>
    </message>
    <message>
        <source>Toteumissa ei ole kuukausiarvoja, joista ennuste laskettaisiin. Tuo kuukausittaiset toteumat.</source>
        <translation>Utfallen har inga månadsvärden att beräkna en prognos från. Importera månadsutfallen.</translation>
    </message>
</context>
<context>
    <name>MiniChart</name>
    <message>
        <source>tammi</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>helmi</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>maalis</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>huhti</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>touko</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>kesä</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>heinä</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>elo</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>syys</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>loka</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>marras</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>joulu</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>Kuukausikaavio: %1</source>
        <translation>Månadsdiagram: %1</translation>
    </message>
    <message>
        <source>Napsauta tai paina Enter, niin kaavio avautuu suurempana.</source>
        <translation>Klicka eller tryck Enter för att öppna diagrammet i större storlek.</translation>
    </message>
    <message>
        <source>Ei kuukausiarvoja</source>
        <translation>Inga månadsvärden</translation>
    </message>
    <message>
        <source>ei kuukausiarvoja</source>
        <translation>inga månadsvärden</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Lähtöarvo</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Ennuste</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>Toteuma (kertymä)</source>
        <translation>Utfall (kumulativt)</translation>
    </message>
    <message>
        <source>Toteuma</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Ohjelman tiedot</source>
        <translation>Programmets uppgifter</translation>
    </message>
    <message>
        <source>Lakisääteiset palvelut</source>
        <translation>Lagstadgade tjänster</translation>
    </message>
    <message>
        <source>Teemat ja tavoitteet</source>
        <translation>Teman och mål</translation>
    </message>
    <message>
        <source>Kärjet</source>
        <translation>Spetsar</translation>
    </message>
    <message>
        <source>Kohderyhmät</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Tekstiosiot</source>
        <translation>Textavsnitt</translation>
    </message>
    <message>
        <source>Vaikutusketju</source>
        <translation>Effektkedja</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Ohjelman rakenne</source>
        <translation>Programmets struktur</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Tarkista sarakkeet</source>
        <translation>Kontrollera kolumnerna</translation>
    </message>
    <message>
        <source>Otsikkorivi on lihavoitu. Voit vaihtaa sarakkeen merkityksen tai otsikkorivin.</source>
        <translation>Rubrikraden är i fetstil. Du kan ändra en kolumns betydelse eller rubrikraden.</translation>
    </message>
    <message>
        <source>&amp;Välilehti:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Välilehti</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>&amp;Otsikkorivi:</source>
        <translation>&amp;Rubrikrad:</translation>
    </message>
    <message>
        <source>Otsikkorivi</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <source>Peruuta luku</source>
        <translation>Avbryt läsningen</translation>
    </message>
    <message>
        <source>Välilehden esikatselu</source>
        <translation>Förhandsvisning av bladet</translation>
    </message>
    <message>
        <source>Luetaan…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu tuoda: </source>
        <translation>Filen kunde inte importeras: </translation>
    </message>
    <message>
        <source>Luku peruutettiin. Mitään ei muutettu.</source>
        <translation>Läsningen avbröts. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>Merkitys</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>Rakenne: %1. Arvoja %2, rivitekstejä %3, joista yhdistetty %4.</source>
        <translation>Struktur: %1. Värden %2, radtexter %3, varav kopplade %4.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Ohjelman nimi</source>
        <translation>Programmets namn</translation>
    </message>
    <message>
        <source>Vuosi</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Alue</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Vastuukunta</source>
        <translation>Ansvarskommun</translation>
    </message>
    <message>
        <source>Laatija</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Yhteystiedot</source>
        <translation>Kontaktuppgifter</translation>
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
        <translation>programmets namn</translation>
    </message>
    <message>
        <source>vuosi</source>
        <translation>år</translation>
    </message>
    <message>
        <source>alue</source>
        <translation>område</translation>
    </message>
    <message>
        <source>laatija</source>
        <translation>författare</translation>
    </message>
    <message>
        <source>yhteystiedot</source>
        <translation>kontaktuppgifter</translation>
    </message>
    <message>
        <source>tunnuslause</source>
        <translation>motto</translation>
    </message>
    <message>
        <source>vastuukunta</source>
        <translation>ansvarskommun</translation>
    </message>
    <message>
        <source>tila</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Sopijakunnat</source>
        <translation>Avtalskommuner</translation>
    </message>
    <message>
        <source>kunta</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>(ei valittu)</source>
        <translation>(inte vald)</translation>
    </message>
    <message>
        <source>Ohjelman tiedot</source>
        <translation>Programmets uppgifter</translation>
    </message>
    <message>
        <source>Ehdotukseksi tai hyväksytyksi päätöksen kanssa: Tiedosto › Tila ja hyväksyntä…</source>
        <translation>Till förslag eller godkänt med ett beslut: Arkiv › Status och godkännande…</translation>
    </message>
    <message>
        <source>Hyväksymispäätökset</source>
        <translation>Godkännandebeslut</translation>
    </message>
    <message>
        <source>Lisää päätös</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <source>Poista päätös</source>
        <translation>Ta bort beslut</translation>
    </message>
    <message>
        <source>Mittarien tasot</source>
        <translation>Indikatorernas nivåer</translation>
    </message>
    <message>
        <source>Lisää taso</source>
        <translation>Lägg till nivå</translation>
    </message>
    <message>
        <source>Poista taso</source>
        <translation>Ta bort nivå</translation>
    </message>
    <message>
        <source>Kaupunginvaltuusto</source>
        <translation>Stadsfullmäktige</translation>
    </message>
</context>
<context>
    <name>ProgrammePane</name>
    <message>
        <source>Kommentoi valittua kohtaa</source>
        <translation>Kommentera valt ställe</translation>
    </message>
    <message>
        <source>Lisää lausuntoon kommenttijakso, joka lainaa valitun kohdan</source>
        <translation>Lägg till ett kommentarsavsnitt i utlåtandet som citerar det valda stället</translation>
    </message>
    <message>
        <source>Valitse ohjelman kohta nähdäksesi sen tekstin.</source>
        <translation>Välj ett ställe i programmet för att se dess text.</translation>
    </message>
    <message>
        <source>Ohjelman kohdat</source>
        <translation>Programmets delar</translation>
    </message>
    <message>
        <source>Valitun kohdan teksti</source>
        <translation>Den valda delens text</translation>
    </message>
    <message>
        <source>Ohjelmaa ei ole avattu.</source>
        <translation>Inget program har öppnats.</translation>
    </message>
    <message>
        <source>Ohjelma (vain luku): {0}</source>
        <translation>Program (skrivskyddat): {0}</translation>
    </message>
    <message>
        <source>Kärjet</source>
        <translation>Spetsar</translation>
    </message>
    <message>
        <source>Kohderyhmät</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Painopisteet, tavoitteet ja mittarit</source>
        <translation>Teman, mål och mätare</translation>
    </message>
    <message>
        <source>Mittaristo kokonaisuutena</source>
        <translation>Mätarna som helhet</translation>
    </message>
</context>
<context>
    <name>ProposedIndicatorForm</name>
    <message>
        <source>Mittarin nimi</source>
        <translation>Mätarens namn</translation>
    </message>
    <message>
        <source>Perustelu</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Ehdotettu lähtötaso</source>
        <translation>Föreslagen utgångsnivå</translation>
    </message>
    <message>
        <source>Ehdotettu tavoite</source>
        <translation>Föreslaget målvärde</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Lausuntopyynnön kysymykset</source>
        <translation>Frågorna i begäran om utlåtande</translation>
    </message>
    <message>
        <source>Kirjoita tai liitä kysymykset numeroituina riveinä (esim. ”Kehittämisehdotus 1: …” tai ”1. …”) ja kunkin alle kysymysrivi, tai tuo lausuntopyyntö Word- (.docx) tai tekstitiedostosta (.txt).</source>
        <translation>Skriv eller klistra in frågorna som numrerade rader (t.ex. ”Utvecklingsförslag 1: …” eller ”1. …”) med frågeraden under var och en, eller importera begäran om utlåtande från en Word- (.docx) eller textfil (.txt).</translation>
    </message>
    <message>
        <source>Tuo tiedostosta…</source>
        <translation>Importera från fil…</translation>
    </message>
    <message>
        <source>Lausuntopyynnön kysymykset tekstinä</source>
        <translation>Frågorna i begäran om utlåtande som text</translation>
    </message>
    <message>
        <source>Luetut kysymykset</source>
        <translation>Inlästa frågor</translation>
    </message>
    <message>
        <source>Rivit, joita ei luettu kysymyksiksi</source>
        <translation>Rader som inte lästes som frågor</translation>
    </message>
    <message>
        <source>Luetaan tiedostoa {0}…</source>
        <translation>Läser filen {0}…</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tuo lausuntopyyntö</source>
        <translation>Importera begäran om utlåtande</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi lukea</source>
        <translation>Filen kan inte läsas</translation>
    </message>
    <message>
        <source>Word tai teksti (*.docx *.txt);;Kaikki tiedostot (*)</source>
        <translation>Word eller text (*.docx *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Ei luettu kysymykseksi ({0}) – tarkista tai lisää käsin:</source>
        <translation>Lästes inte som fråga ({0}) – kontrollera eller lägg till för hand:</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Uusi vuosi</source>
        <translation>Nytt år</translation>
    </message>
    <message>
        <source>Uuden ohjelman &amp;vuosi:</source>
        <translation>Det nya programmets &amp;år:</translation>
    </message>
    <message>
        <source>Vuosiluvut teksteissä: valitse muutettavat</source>
        <translation>Årtal i texterna: välj vilka som ändras</translation>
    </message>
    <message>
        <source>Kohta</source>
        <translation>Ställe</translation>
    </message>
    <message>
        <source>Nyt</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Uusi teksti</source>
        <translation>Ny text</translation>
    </message>
    <message>
        <source>Vuosiluvut teksteissä</source>
        <translation>Årtal i texterna</translation>
    </message>
    <message>
        <source>Valitse &amp;kaikki</source>
        <translation>Välj &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Poista valinnat</source>
        <translation>&amp;Avmarkera alla</translation>
    </message>
    <message>
        <source>Uudet lähtöarvot</source>
        <translation>Nya utgångsvärden</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Vanha lähtöarvo</source>
        <translation>Gammalt utgångsvärde</translation>
    </message>
    <message>
        <source>Uusi lähtöarvo</source>
        <translation>Nytt utgångsvärde</translation>
    </message>
    <message>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Tavoitteet säilyvät ja merkitään tarkistettaviksi (ne näkyvät Tarkistukset-paneelissa). Päätökset tyhjennetään ja tila on luonnos. Edellisen vuoden toteumat säilyvät mittareiden historiana. Alkuperäistä ohjelmaa ei muuteta: uusi ohjelma avautuu tallentamattomana.</source>
        <translation>Målen behålls och markeras för granskning (de visas i panelen Kontroller). Besluten töms och statusen blir utkast. Förra årets utfall bevaras som mätarnas historik. Det ursprungliga programmet ändras inte: det nya programmet öppnas osparat.</translation>
    </message>
    <message>
        <source>Luo uuden vuoden luonnos</source>
        <translation>Skapa utkast för det nya året</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ohjelmasta ”{0}” tehdään seuraavan vuoden luonnos.</source>
        <translation>Av programmet ”{0}” görs ett utkast för nästa år.</translation>
    </message>
    <message>
        <source>(nimetön ohjelma)</source>
        <translation>(namnlöst program)</translation>
    </message>
    <message>
        <source>toteuma</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>Toteumaa ei ollut: lähtöarvoksi tulee edellisen vuoden tavoite.</source>
        <translation>Inget utfall fanns: förra årets mål blir utgångsvärde.</translation>
    </message>
    <message>
        <source>Edellisen vuoden viimeisin toteuma ja sen ajankohta.</source>
        <translation>Förra årets senaste utfall och dess tidpunkt.</translation>
    </message>
    <message>
        <source>{0} lähtöarvoa toteumasta, {1} edellisen vuoden tavoitteesta.</source>
        <translation>{0} utgångsvärden från utfall, {1} från förra årets mål.</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
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
        <translation>avsnittets rubrik</translation>
    </message>
    <message>
        <source>osion teksti</source>
        <translation>avsnittets text</translation>
    </message>
    <message>
        <source>(nimetön osio)</source>
        <translation>(namnlöst avsnitt)</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole vielä tekstiosioita.</source>
        <translation>Programmet har inga textavsnitt ännu.</translation>
    </message>
    <message>
        <source>Uusi osio</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>Lisää tekstiosio</source>
        <translation>Lägg till textavsnitt</translation>
    </message>
    <message>
        <source>Poista tekstiosio: {0}</source>
        <translation>Ta bort textavsnitt: {0}</translation>
    </message>
    <message>
        <source>Siirrä tekstiosio</source>
        <translation>Flytta textavsnitt</translation>
    </message>
    <message>
        <source>Muokkaa: otsikkotaso</source>
        <translation>Redigera: rubriknivå</translation>
    </message>
    <message>
        <source>Siirrä tekstiosio: {0}</source>
        <translation>Flytta textavsnitt: {0}</translation>
    </message>
    <message>
        <source>Tekstiosiot</source>
        <translation>Textavsnitt</translation>
    </message>
    <message>
        <source>Vapaamuotoiset osiot, kuten tausta, tarve, visio, tavoitteet, resurssit ja kumppanit. Ne tulostuvat teemojen edellä tai jälkeen tässä järjestyksessä.</source>
        <translation>Fritt formulerade avsnitt, till exempel bakgrund, behov, vision, mål, resurser och partner. De skrivs ut före eller efter teman i denna ordning.</translation>
    </message>
    <message>
        <source>Tekstiosiot tulostusjärjestyksessä</source>
        <translation>Textavsnitt i utskriftsordning</translation>
    </message>
    <message>
        <source>Lisää osio</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>Poista osio</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Otsikkotaso</source>
        <translation>Rubriknivå</translation>
    </message>
    <message>
        <source>Sijainti</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tyhjä rivi aloittaa uuden kappaleen. Rivi, joka alkaa merkeillä ”- ”, on luettelon kohta; ”1. ” aloittaa numeroidun kohdan; ”## ” aloittaa väliotsikon.</source>
        <translation>En tom rad börjar ett nytt stycke. En rad som börjar med ”- ” är en punkt i en lista; ”1. ” börjar en numrerad punkt; ”## ” börjar en mellanrubrik.</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>osion otsikko</source>
        <translation>avsnittets rubrik</translation>
    </message>
    <message>
        <source>palveluryhmän nimi</source>
        <translation>tjänstegruppens namn</translation>
    </message>
    <message>
        <source>Palvelut</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>palvelu</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Lakisääteiset palvelut</source>
        <translation>Lagstadgade tjänster</translation>
    </message>
    <message>
        <source>Osion otsikko</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <source>Palveluryhmät</source>
        <translation>Tjänstegrupper</translation>
    </message>
    <message>
        <source>Valitun palveluryhmän nimi</source>
        <translation>Den valda tjänstegruppens namn</translation>
    </message>
    <message>
        <source>Lisää ryhmä</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <source>Poista ryhmä</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Uusi palveluryhmä</source>
        <translation>Ny tjänstegrupp</translation>
    </message>
    <message>
        <source>Lisää palveluryhmä</source>
        <translation>Lägg till tjänstegrupp</translation>
    </message>
    <message>
        <source>Poista palveluryhmä</source>
        <translation>Ta bort tjänstegrupp</translation>
    </message>
    <message>
        <source>Siirrä palveluryhmä</source>
        <translation>Flytta tjänstegrupp</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Kieli</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Automaattinen varmuuskopio (minuutin välein, 0 = ei käytössä)</source>
        <translation>&amp;Automatisk säkerhetskopia (var N:e minut, 0 = av)</translation>
    </message>
    <message>
        <source>Automaattisen varmuuskopion väli minuutteina</source>
        <translation>Intervall för automatisk säkerhetskopia i minuter</translation>
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
        <translation>Redigera: {0}</translation>
    </message>
    <message>
        <source>Lausunnon antaja</source>
        <translation>Den som ger utlåtandet</translation>
    </message>
    <message>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Diaarinumero (dnro)</source>
        <translation>Diarienummer (dnr)</translation>
    </message>
    <message>
        <source>Asianumero (Asia:)</source>
        <translation>Diarienummer (Asia:)</translation>
    </message>
    <message>
        <source>Viite (lausuntopyyntö)</source>
        <translation>Hänvisning (begäran om utlåtande)</translation>
    </message>
    <message>
        <source>Otsikko / asia</source>
        <translation>Rubrik / ärende</translation>
    </message>
    <message>
        <source>Vastaanottaja</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Lausunto koskee</source>
        <translation>Utlåtandet gäller</translation>
    </message>
    <message>
        <source>Lausuntopyynnön tai ohjelman nimi</source>
        <translation>Namnet på begäran om utlåtande eller programmet</translation>
    </message>
    <message>
        <source>Ohjelmatiedosto</source>
        <translation>Programfil</translation>
    </message>
    <message>
        <source>Liitteen tunnus</source>
        <translation>Bilagans beteckning</translation>
    </message>
    <message>
        <source>Johdanto</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Allekirjoittajat</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Liitteet (yksi riville)</source>
        <translation>Bilagor (en per rad)</translation>
    </message>
    <message>
        <source>Lausuntopyyntö</source>
        <translation>Begäran om utlåtande</translation>
    </message>
    <message>
        <source>Ohjelma</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Tehtävänimike</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Lisää allekirjoittaja</source>
        <translation>Lägg till undertecknare</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Ta bort vald</translation>
    </message>
    <message>
        <source>sisäänrakennettu esimerkkiohjelma</source>
        <translation>inbyggt exempelprogram</translation>
    </message>
    <message>
        <source>(ei ohjelmatiedostoa)</source>
        <translation>(ingen programfil)</translation>
    </message>
    <message>
        <source>Kirjeestä puuttuu tai on tarkistettava: {0}</source>
        <translation>Brevet saknar eller kontrollera: {0}</translation>
    </message>
    <message>
        <source>Muokkaa liitteitä</source>
        <translation>Redigera bilagor</translation>
    </message>
    <message>
        <source>Kirjoita päivämäärä muodossa 30.6.2026</source>
        <translation>Skriv datumet i formen 30.6.2026</translation>
    </message>
    <message>
        <source>Muokkaa: päivämäärä</source>
        <translation>Redigera: datum</translation>
    </message>
    <message>
        <source>Muokkaa: lausunto koskee</source>
        <translation>Redigera: utlåtandet gäller</translation>
    </message>
    <message>
        <source>Muokkaa allekirjoittajia</source>
        <translation>Redigera undertecknare</translation>
    </message>
    <message>
        <source>Poista allekirjoittaja</source>
        <translation>Ta bort undertecknare</translation>
    </message>
    <message>
        <source>Numero</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Otsikko lausuntopyynnössä</source>
        <translation>Rubrik i begäran om utlåtande</translation>
    </message>
    <message>
        <source>Kysymys</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Loppukysymys (”Mitä muuta…”)</source>
        <translation>Avslutande fråga (”Vad annat…”)</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Lainattu ohjelmasta</source>
        <translation>Citerat ur programmet</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Poista valittu lainaus</source>
        <translation>Ta bort valt citat</translation>
    </message>
    <message>
        <source>Poista lainaus</source>
        <translation>Ta bort citat</translation>
    </message>
    <message>
        <source>Mittarin nimi</source>
        <translation>Mätarens namn</translation>
    </message>
    <message>
        <source>Perustelu</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Ehdotettu lähtötaso</source>
        <translation>Föreslagen utgångsnivå</translation>
    </message>
    <message>
        <source>Ehdotettu tavoite</source>
        <translation>Föreslaget målvärde</translation>
    </message>
    <message>
        <source>Liittyy ohjelman kohtaan</source>
        <translation>Hör till stället i programmet</translation>
    </message>
    <message>
        <source>Liitä ohjelmassa valittuun kohtaan</source>
        <translation>Koppla till det ställe som valts i programmet</translation>
    </message>
    <message>
        <source>Poista liitos</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>(ei liitetty)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <source>Liitä mittari</source>
        <translation>Koppla mätare</translation>
    </message>
</context>
<context>
    <name>StatementLauncher</name>
    <message>
        <source>&amp;Lausunto</source>
        <translation>U&amp;tlåtande</translation>
    </message>
    <message>
        <source>Uusi &amp;tyhjä lausunto</source>
        <translation>Nytt &amp;tomt utlåtande</translation>
    </message>
    <message>
        <source>Uusi lausunto &amp;lausuntopyyntöön…</source>
        <translation>Nytt utlåtande om en &amp;begäran om utlåtande…</translation>
    </message>
    <message>
        <source>Uusi lausunto tästä &amp;ohjelmasta</source>
        <translation>Nytt utlåtande om &amp;detta program</translation>
    </message>
    <message>
        <source>Uusi lausunto ohjelmat&amp;iedostosta…</source>
        <translation>Nytt utlåtande om en &amp;programfil…</translation>
    </message>
    <message>
        <source>&amp;Avaa lausunto…</source>
        <translation>&amp;Öppna utlåtande…</translation>
    </message>
    <message>
        <source>Esimerkki: &amp;Mäntsälän lausunto ohjelmasta</source>
        <translation>Exempel: &amp;Mäntsäläs utlåtande om ett program</translation>
    </message>
    <message>
        <source>Esimerkki: Mi&amp;kkelin lausunto lausuntopyyntöön</source>
        <translation>Exempel: S:t Mi&amp;chels utlåtande om en begäran om utlåtande</translation>
    </message>
    <message>
        <source>Tallennetaanko ohjelma?</source>
        <translation>Spara programmet?</translation>
    </message>
    <message>
        <source>Lausunto viittaa ohjelman tallennettuun tiedostoon {0}. Ohjelmassa on tallentamattomia muutoksia. Tallennetaanko ne ennen lausunnon aloittamista?</source>
        <translation>Utlåtandet hänvisar till programmets sparade fil {0}. Programmet har osparade ändringar. Spara dem innan utlåtandet påbörjas?</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message>
        <source>Lausunto (*.lausunto.json);;Kaikki tiedostot (*)</source>
        <translation>Utlåtande (*.lausunto.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>lausunto</source>
        <translation>utlåtande</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Lausunnon osat</source>
        <translation>Utlåtandets delar</translation>
    </message>
    <message>
        <source>&amp;Uusi lausunto</source>
        <translation>&amp;Nytt utlåtande</translation>
    </message>
    <message>
        <source>&amp;Tyhjä lausunto</source>
        <translation>&amp;Tomt utlåtande</translation>
    </message>
    <message>
        <source>Lausunto &amp;lausuntopyyntöön…</source>
        <translation>Utlåtande om en &amp;begäran om utlåtande…</translation>
    </message>
    <message>
        <source>Lausunto &amp;ohjelmasta…</source>
        <translation>Utlåtande om ett &amp;program…</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Esimerkkilausunnot</source>
        <translation>E&amp;xempel på utlåtanden</translation>
    </message>
    <message>
        <source>&amp;Mäntsälän kunta: lausunto ohjelmasta</source>
        <translation>&amp;Mäntsälä kommun: utlåtande om programmet</translation>
    </message>
    <message>
        <source>Mi&amp;kkelin kaupunki: lausunto VN/37864/2025</source>
        <translation>S:t Mi&amp;chels stad: utlåtande VN/37864/2025</translation>
    </message>
    <message>
        <source>&amp;Tallenna</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Tallenna toisella &amp;nimellä…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Vie</source>
        <translation>&amp;Exportera</translation>
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
        <translation>&amp;Text för utlatandetjanst.fi (.txt)…</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Kumoa</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Lisää kysymyksiä lausuntopyynnöstä…</source>
        <translation>&amp;Lägg till frågor från en begäran om utlåtande…</translation>
    </message>
    <message>
        <source>&amp;Avaa kommentoitava ohjelma…</source>
        <translation>Ö&amp;ppna programmet som kommenteras…</translation>
    </message>
    <message>
        <source>Siirrä kohta &amp;ylös</source>
        <translation>Flytta avsnittet &amp;uppåt</translation>
    </message>
    <message>
        <source>&amp;Siirrä kohta alas</source>
        <translation>Flytta avsnittet &amp;nedåt</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>+ Kysymys ja vastaus</source>
        <translation>+ Fråga och svar</translation>
    </message>
    <message>
        <source>+ Vapaa jakso</source>
        <translation>+ Fritt avsnitt</translation>
    </message>
    <message>
        <source>+ Ehdotettu mittari</source>
        <translation>+ Föreslagen mätare</translation>
    </message>
    <message>
        <source>Poista valittu kohta</source>
        <translation>Ta bort valt avsnitt</translation>
    </message>
    <message>
        <source>Lausunto</source>
        <translation>Utlåtande</translation>
    </message>
    <message>
        <source>Lausunnon tiedot</source>
        <translation>Uppgifter om utlåtandet</translation>
    </message>
    <message>
        <source>Lisää: {0}</source>
        <translation>Lägg till: {0}</translation>
    </message>
    <message>
        <source>Poista kohta</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <source>Siirrä kohta</source>
        <translation>Flytta avsnitt</translation>
    </message>
    <message>
        <source>Mittaristo</source>
        <translation>Mätarna</translation>
    </message>
    <message>
        <source>Ohjelmatiedostoa ei voitu avata: {0}. Lainaukset on tallennettu lausuntoon, joten lausunto on luettavissa ja vietävissä. Avaa ohjelma valikosta Muokkaa.</source>
        <translation>Programfilen kunde inte öppnas: {0}. Citaten är sparade i utlåtandet, så utlåtandet kan läsas och exporteras. Öppna programmet i menyn Redigera.</translation>
    </message>
    <message>
        <source>Ohjelmaa ei voi avata</source>
        <translation>Programmet kan inte öppnas</translation>
    </message>
    <message>
        <source>Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)</source>
        <translation>Sysselsättningsprogram (*.tyohjelma *.tyohjelma.json *.json)</translation>
    </message>
    <message>
        <source>Avaa kommentoitava ohjelma</source>
        <translation>Öppna programmet som kommenteras</translation>
    </message>
    <message>
        <source>Valitse ohjelma</source>
        <translation>Välj program</translation>
    </message>
    <message>
        <source>Lisää kysymyksiä</source>
        <translation>Lägg till frågor</translation>
    </message>
    <message>
        <source>Valitse ohjelma, josta annat lausunnon</source>
        <translation>Välj programmet som du ger utlåtande om</translation>
    </message>
    <message>
        <source>Avaa lausunto</source>
        <translation>Öppna utlåtande</translation>
    </message>
    <message>
        <source>Lausunto (*.lausunto.json *.json);;Kaikki tiedostot (*)</source>
        <translation>Utlåtande (*.lausunto.json *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Lausuntoa ei voi avata</source>
        <translation>Utlåtandet kan inte öppnas</translation>
    </message>
    <message>
        <source>palautettu lausunto</source>
        <translation>återställt utlåtande</translation>
    </message>
    <message>
        <source>Vie lausunto</source>
        <translation>Exportera utlåtande</translation>
    </message>
    <message>
        <source>Viedään {0}…</source>
        <translation>Exporterar {0}…</translation>
    </message>
    <message>
        <source>Vienti epäonnistui</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Tiedostoa {0} ei voitu kirjoittaa: {1}

Valitse toinen kansio tai sulje tiedosto, jos se on auki toisessa ohjelmassa.</source>
        <translation>Filen {0} kunde inte skrivas: {1}

Välj en annan mapp eller stäng filen om den är öppen i ett annat program.</translation>
    </message>
    <message>
        <source>Viety: {0} – kirjeestä puuttuu {1} tietoa, katso Lausunnon tiedot</source>
        <translation>Exporterat: {0} – brevet saknar {1} uppgifter, se Uppgifter om utlåtandet</translation>
    </message>
    <message>
        <source>Viety: {0}</source>
        <translation>Exporterat: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus sellaisena kuin se kommentoitaessa oli.</source>
        <translation><numerusform>%n citat avviker från programmets nuvarande text; i utlåtandet står citatet som det var när det kommenterades.</numerusform><numerusform>%n citat avviker från programmets nuvarande text; i utlåtandet står citaten som de var när de kommenterades.</numerusform></translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <source>&amp;Lisää</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Uusi &amp;teema</source>
        <translation>Nytt &amp;tema</translation>
    </message>
    <message>
        <source>Uusi t&amp;avoite</source>
        <translation>Nytt &amp;mål</translation>
    </message>
    <message>
        <source>Uusi &amp;kärki</source>
        <translation>Ny &amp;spets</translation>
    </message>
    <message>
        <source>Uusi kohde&amp;ryhmä</source>
        <translation>Ny mål&amp;grupp</translation>
    </message>
    <message>
        <source>P&amp;oista</source>
        <translation>T&amp;a bort</translation>
    </message>
    <message>
        <source>&amp;Nimeä uudelleen</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Siirrä &amp;ylös</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>&amp;Siirrä alas</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Siirrä te&amp;emaan</source>
        <translation>Flytta till t&amp;ema</translation>
    </message>
    <message>
        <source>Uusi teema</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Lisää teema</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Uusi tavoite</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Lisää tavoite</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <source>Uusi kärki</source>
        <translation>Ny spets</translation>
    </message>
    <message>
        <source>Uusi kohderyhmä</source>
        <translation>Ny målgrupp</translation>
    </message>
    <message>
        <source>Lisää kärki</source>
        <translation>Lägg till spets</translation>
    </message>
    <message>
        <source>Lisää kohderyhmä</source>
        <translation>Lägg till målgrupp</translation>
    </message>
    <message>
        <source>Poista {0}</source>
        <translation>Ta bort {0}</translation>
    </message>
    <message>
        <source>Poista teema</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>Poista tavoite</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <source>Nimeä uudelleen</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Siirrä teema</source>
        <translation>Flytta tema</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tuo toteumat</source>
        <translation>Importera utfall</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Ajankohta</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Käytettävä arvo</source>
        <translation>Värde som används</translation>
    </message>
    <message>
        <source>Lasketaan yhteenvetoa…</source>
        <translation>Sammanfattningen beräknas…</translation>
    </message>
    <message>
        <source>Yhteenvetoa ei voitu laskea: </source>
        <translation>Sammanfattningen kunde inte beräknas: </translation>
    </message>
    <message>
        <source>koko alue</source>
        <translation>hela området</translation>
    </message>
    <message>
        <source>— valitse —</source>
        <translation>— välj —</translation>
    </message>
    <message>
        <source>solu %1</source>
        <translation>cell %1</translation>
    </message>
    <message>
        <source>Ohita nämä arvot</source>
        <translation>Hoppa över dessa värden</translation>
    </message>
    <message>
        <source>%1 ristiriitaa: samalle mittarille, ajankohdalle ja kunnalle on eri arvoja. Valitse kullekin käytettävä arvo (tai ohita), ennen kuin tuot.</source>
        <translation>%1 konflikter: samma mätare, tidpunkt och kommun har olika värden. Välj värdet som ska användas för var och en (eller hoppa över) innan du importerar.</translation>
    </message>
    <message>
        <source>Ristiriidat on ratkaistu.</source>
        <translation>Konflikterna är lösta.</translation>
    </message>
    <message>
        <source>Tiedosto: %1, välilehti %2</source>
        <translation>Fil: %1, flik %2</translation>
    </message>
    <message>
        <source>Tuodaan %1 arvoa %2 mittarille (%3 riviä).</source>
        <translation>%1 värden importeras för %2 mätare (%3 rader).</translation>
    </message>
    <message>
        <source>Saman mittarin, ajankohdan ja kunnan aiemmat arvot korvataan.</source>
        <translation>Tidigare värden för samma mätare, tidpunkt och kommun ersätts.</translation>
    </message>
    <message>
        <source>Mihin luvut perustuvat:</source>
        <translation>Vad siffrorna bygger på:</translation>
    </message>
    <message>
        <source>Ei tuoda (ei mittaria):</source>
        <translation>Importeras inte (ingen mätare):</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>Huomiot:</source>
        <translation>Observationer:</translation>
    </message>
</context>
<context>
    <name>TagChecklist</name>
    <message>
        <source>Kärki</source>
        <translation>Spets</translation>
    </message>
    <message>
        <source>Kohderyhmä</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Ohjelmassa ei ole vielä kärkiä eikä kohderyhmiä.</source>
        <translation>Programmet har ännu inga spetsar eller målgrupper.</translation>
    </message>
    <message>
        <source>Muuta linkitystä</source>
        <translation>Ändra länkning</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>nimi</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>kuvaus</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>Kärki</source>
        <translation>Spets</translation>
    </message>
    <message>
        <source>Kohderyhmä</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Tavoite: {0} ({1})</source>
        <translation>Mål: {0} ({1})</translation>
    </message>
    <message>
        <source>Mittari: {0} (tavoite {1})</source>
        <translation>Indikator: {0} (mål {1})</translation>
    </message>
    <message>
        <source>Mikään tavoite tai mittari ei vielä liity tähän. Linkitä tavoitteen sivulla kohdassa ”Kärjet ja kohderyhmät”.</source>
        <translation>Inget mål eller indikator hör ännu hit. Länka på målets sida under ”Spetsar och målgrupper”.</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Tähän liittyvät tavoitteet ja mittarit (avaa kaksoisnapsautuksella):</source>
        <translation>Mål och indikatorer som hör hit (öppna med dubbelklick):</translation>
    </message>
    <message>
        <source>Tähän liittyvät tavoitteet ja mittarit</source>
        <translation>Mål och indikatorer som hör hit</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>Lisää {0}</source>
        <translation>Lägg till {0}</translation>
    </message>
    <message>
        <source>Poista {0}</source>
        <translation>Ta bort {0}</translation>
    </message>
    <message>
        <source>Siirrä ylös</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Siirrä alas</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Muokkaa</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Ylös</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Alas</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Siirrä {0}</source>
        <translation>Flytta {0}</translation>
    </message>
</context>
<context>
    <name>TextListModel</name>
    <message>
        <source>(tyhjä)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>ThemeEditor</name>
    <message>
        <source>teeman otsikko</source>
        <translation>temats rubrik</translation>
    </message>
    <message>
        <source>teeman tiivistelmä</source>
        <translation>temats sammanfattning</translation>
    </message>
    <message>
        <source>Teema: {0}</source>
        <translation>Tema: {0}</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Tavoitteet ({0}):</source>
        <translation>Mål ({0}):</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Tiivistelmä</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Lisää tavoite tähän teemaan</source>
        <translation>Lägg till mål i detta tema</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versiot</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Versiot tallennetaan ohjelmatiedoston sisään. Valitse kaksi riviä verrataksesi niitä keskenään, tai yksi verrataksesi sitä nykyiseen.</source>
        <translation>Versionerna sparas i programfilen. Välj två rader för att jämföra dem med varandra, eller en för att jämföra den med den nuvarande.</translation>
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
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Lisätieto</source>
        <translation>Tilläggsuppgift</translation>
    </message>
    <message>
        <source>&amp;Tallenna nykyinen versioksi…</source>
        <translation>&amp;Spara nuvarande som version…</translation>
    </message>
    <message>
        <source>&amp;Vertaa valittuja</source>
        <translation>&amp;Jämför valda</translation>
    </message>
    <message>
        <source>&amp;Avaa kopiona</source>
        <translation>&amp;Öppna som kopia</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Nykyinen: {0}</source>
        <translation>Nuvarande: {0}</translation>
    </message>
    <message>
        <source>(nimeämätön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Tallenna versio</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <source>Version nimi:</source>
        <translation>Versionens namn:</translation>
    </message>
    <message>
        <source>Lisätieto (vapaaehtoinen):</source>
        <translation>Tilläggsuppgift (frivillig):</translation>
    </message>
    <message>
        <source>Versiota ei tallennettu</source>
        <translation>Versionen sparades inte</translation>
    </message>
</context>
<context>
    <name>YearlyCycle</name>
    <message>
        <source>Uusi vuo&amp;si…</source>
        <translation>Nytt å&amp;r…</translation>
    </message>
    <message>
        <source>Ve&amp;rtaa…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <source>Versi&amp;ohistoria…</source>
        <translation>Versions&amp;historik…</translation>
    </message>
    <message>
        <source>Tila ja &amp;hyväksyntä…</source>
        <translation>Status och &amp;godkännande…</translation>
    </message>
    <message>
        <source>&amp;Merkitse valitun mittarin tavoite tarkistetuksi</source>
        <translation>&amp;Markera den valda mätarens mål som granskat</translation>
    </message>
    <message>
        <source>Merkitse kaikki tavoitteet ta&amp;rkistetuiksi</source>
        <translation>Markera a&amp;lla mål som granskade</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma on lukittu. Aloita uusi versio muuttaaksesi sitä.</source>
        <translation>Det godkända programmet är låst. Påbörja en ny version för att ändra det.</translation>
    </message>
    <message>
        <source>Uusi vuosi {0} (tallentamaton)</source>
        <translation>Nytt år {0} (osparat)</translation>
    </message>
    <message>
        <source>Uusi vuosi {0}</source>
        <translation>Nytt år {0}</translation>
    </message>
    <message>
        <source>Uuden vuoden luonnos tehty. Tallenna se uudella nimellä; edellisen vuoden tiedosto ei muuttunut.</source>
        <translation>Utkastet för det nya året är klart. Spara det med ett nytt namn; förra årets fil ändrades inte.</translation>
    </message>
    <message>
        <source>Tallenna versio {0}</source>
        <translation>Spara version {0}</translation>
    </message>
    <message>
        <source>{0} (kopio, tallentamaton)</source>
        <translation>{0} (kopia, osparad)</translation>
    </message>
    <message>
        <source>Aseta tila: {0}</source>
        <translation>Ange status: {0}</translation>
    </message>
    <message>
        <source>Aloita uusi versio</source>
        <translation>Påbörja en ny version</translation>
    </message>
    <message>
        <source>Hyväksytty ohjelma säilyy tiedostossa muuttumattomana versiona. Muutokset tehdään uuteen luonnosversioon, jonka tila on luonnos ja jolla ei ole päätöksiä. Aloitetaanko uusi versio?</source>
        <translation>Det godkända programmet sparas oförändrat som en version i filen. Ändringarna görs i en ny utkastversion utan beslut. Vill du påbörja en ny version?</translation>
    </message>
    <message>
        <source>Uutta versiota ei aloitettu</source>
        <translation>Ingen ny version påbörjades</translation>
    </message>
    <message>
        <source>Merkitse tavoite tarkistetuksi: {0}</source>
        <translation>Markera målet som granskat: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Palautettu ohjelma</source>
        <translation>Återställt program</translation>
    </message>
</context>
<context>
    <name>check_messages</name>
    <message>
        <source>”{0}”</source>
        <translation>”{0}”</translation>
    </message>
    <message>
        <source>(nimetön mittari)</source>
        <translation>(namnlös mätare)</translation>
    </message>
    <message>
        <source>(nimetön tavoite)</source>
        <translation>(namnlöst mål)</translation>
    </message>
    <message>
        <source>tyhjä</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>Tavoitteelta puuttuu otsikko.</source>
        <translation>Målet saknar rubrik.</translation>
    </message>
    <message>
        <source>Tavoitteella {0} ei ole yhtään mittaria.</source>
        <translation>Målet {0} har inga mätare.</translation>
    </message>
    <message>
        <source>Tavoitteen {0} kohta {1} on tyhjä.</source>
        <translation>Avsnittet {1} i målet {0} är tomt.</translation>
    </message>
    <message>
        <source>Tavoitteen {0} viittausrivi osoittaa mittariin, jota ei ole.</source>
        <translation>En hänvisningsrad i målet {0} pekar på en mätare som inte finns.</translation>
    </message>
    <message>
        <source>Kärkeen {0} ei viittaa yksikään tavoite tai mittari.</source>
        <translation>Inget mål och ingen mätare hänvisar till spetsen {0}.</translation>
    </message>
    <message>
        <source>Mittarilta puuttuu nimi.</source>
        <translation>Mätaren saknar namn.</translation>
    </message>
    <message>
        <source>Mittarin nimi {0} on ohjelmassa useammin kuin kerran.</source>
        <translation>Mätarnamnet {0} förekommer mer än en gång i programmet.</translation>
    </message>
    <message>
        <source>Mittarin {0} taso {1} ei ole ohjelman tasoissa.</source>
        <translation>Nivån {1} för mätaren {0} finns inte bland programmets nivåer.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu tavoite.</source>
        <translation>Mätaren {0} saknar målvärde.</translation>
    </message>
    <message>
        <source>Mittarin {0} tavoitetta {1} ei voi lukea luvuksi, vaikka suunta vaatii luvun.</source>
        <translation>Målvärdet {1} för mätaren {0} kan inte läsas som ett tal, fast riktningen kräver ett tal.</translation>
    </message>
    <message>
        <source>Mittarin {0} lähtöarvoa {1} ei voi lukea luvuksi.</source>
        <translation>Utgångsvärdet {1} för mätaren {0} kan inte läsas som ett tal.</translation>
    </message>
    <message>
        <source>Mittarilla {0} ei ole lukumuotoista lähtöarvoa ({1}).</source>
        <translation>Mätaren {0} har inget utgångsvärde i sifferform ({1}).</translation>
    </message>
    <message>
        <source>Mittarin {0} lähtöarvon yksikkö {1} ei ole tavoitteen yksikkö {2}; ne eivät ole saman mittarin arvoja. Seurannassa lähtöarvoa ei käytetä.</source>
        <translation>Mätaren {0} har utgångsvärdet i enheten {1} men målet i enheten {2}; de är inte värden för samma mätare. Utgångsvärdet används inte i uppföljningen.</translation>
    </message>
    <message>
        <source>Mittarin {0} suunta on {1}, mutta tavoite {2} ja lähtöarvo {3} osoittavat muuta.</source>
        <translation>Riktningen för mätaren {0} är {1}, men målvärdet {2} och utgångsvärdet {3} visar något annat.</translation>
    </message>
    <message>
        <source>Mittari {0} on seurantamittari: sillä on tietolähde {1}, mutta ei lähtöarvoa eikä tavoitetta.</source>
        <translation>Mätaren {0} är en uppföljningsmätare: den har datakällan {1} men inget utgångsvärde eller mål.</translation>
    </message>
    <message>
        <source>Mittaria {0} ei ole sijoitettu vaikutusketjuun {1}.</source>
        <translation>Mätaren {0} är inte placerad i effektkedjan {1}.</translation>
    </message>
    <message>
        <source>Vaikutusketju</source>
        <translation>Effektkedja</translation>
    </message>
    <message>
        <source>Mittarin {0} tavoite {1} on siirretty edellisestä vuodesta eikä sitä ole tarkistettu.</source>
        <translation>Mätaren {0}: målet {1} har förts över från förra året och har inte granskats.</translation>
    </message>
    <message>
        <source>Mittarin {0} lähtöarvo {1} on edellisen vuoden tavoite, koska toteumaa ei ollut.</source>
        <translation>Mätaren {0}: utgångsvärdet {1} är förra årets mål, eftersom det inte fanns något utfall.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu tietolähde.</source>
        <translation>Mätaren {0} saknar datakälla.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu vastuutaho.</source>
        <translation>Mätaren {0} saknar ansvarig.</translation>
    </message>
    <message>
        <source>Mittarilta {0} puuttuu tietolähde ja vastuutaho.</source>
        <translation>Mätaren {0} saknar datakälla och ansvarig.</translation>
    </message>
    <message>
        <source>tavoite {0}</source>
        <translation>mål {0}</translation>
    </message>
    <message>
        <source>ohjelma</source>
        <translation>program</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Muokkaa kenttää</source>
        <translation>Redigera fält</translation>
    </message>
    <message>
        <source>Muokkaa kohtaa</source>
        <translation>Redigera punkt</translation>
    </message>
    <message>
        <source>Lisää</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Siirrä tavoite</source>
        <translation>Flytta mål</translation>
    </message>
    <message>
        <source>Siirrä mittari</source>
        <translation>Flytta indikator</translation>
    </message>
    <message>
        <source>Poista mittari</source>
        <translation>Ta bort indikator</translation>
    </message>
    <message>
        <source>Näytä mittari toisessa tavoitteessa</source>
        <translation>Visa indikatorn i ett annat mål</translation>
    </message>
</context>
<context>
    <name>cycle_commands</name>
    <message>
        <source>Merkitse tavoitteet tarkistetuiksi</source>
        <translation>Markera mål som granskade</translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>tiedostoa ei löydy</source>
        <translation>filen hittas inte</translation>
    </message>
    <message>
        <source>polku on kansio, ei tiedosto</source>
        <translation>sökvägen är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>ei ole tavallinen tiedosto (esim. laite tai putki); valitse tallennettu tiedosto</source>
        <translation>är inte en vanlig fil (t.ex. en enhet eller ett rör); välj en sparad fil</translation>
    </message>
    <message>
        <source>tiedoston lukeminen ei ole sallittua (käyttöoikeudet)</source>
        <translation>det är inte tillåtet att läsa filen (behörigheter)</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>tiedosto on liian suuri ({0}; enintään {1})</source>
        <translation>filen är för stor ({0}; högst {1})</translation>
    </message>
    <message>
        <source>tiedosto on liian suuri ({0} Mt)</source>
        <translation>filen är för stor ({0} MB)</translation>
    </message>
    <message>
        <source>tiedosto ei ole UTF-8-tekstiä (tavu {0})</source>
        <translation>filen är inte UTF-8-text (byte {0})</translation>
    </message>
    <message>
        <source>tiedosto ei ole kelvollista JSONia tai se on katkennut (rivi {0}, sarake {1})</source>
        <translation>filen är inte giltig JSON eller så är den avbruten (rad {0}, kolumn {1})</translation>
    </message>
    <message>
        <source>tiedosto ei ole oikeaa tyyppiä (odotettiin {0}, löytyi {1})</source>
        <translation>filen är av fel typ (väntade {0}, hittade {1})</translation>
    </message>
    <message>
        <source>tiedosto on tehty uudemmalla ohjelmaversiolla (tiedostomuoto {0}, tämä versio tukee enintään muotoa {1}); päivitä sovellus avataksesi sen</source>
        <translation>filen har gjorts med en nyare version av programmet (filformat {0}, den här versionen stöder högst format {1}); uppdatera programmet för att öppna den</translation>
    </message>
    <message>
        <source>{0} (kohdassa: {1})</source>
        <translation>{0} (på stället: {1})</translation>
    </message>
    <message>
        <source>teema {0}</source>
        <translation>tema {0}</translation>
    </message>
    <message>
        <source>tavoite {0}</source>
        <translation>mål {0}</translation>
    </message>
    <message>
        <source>mittaririvi {0}</source>
        <translation>indikatorrad {0}</translation>
    </message>
    <message>
        <source>palvelu {0}</source>
        <translation>tjänst {0}</translation>
    </message>
    <message>
        <source>kärki {0}</source>
        <translation>spets {0}</translation>
    </message>
    <message>
        <source>kohderyhmä {0}</source>
        <translation>målgrupp {0}</translation>
    </message>
    <message>
        <source>päätös {0}</source>
        <translation>beslut {0}</translation>
    </message>
    <message>
        <source>taso {0}</source>
        <translation>nivå {0}</translation>
    </message>
    <message>
        <source>toteumatuonti {0}</source>
        <translation>utfallsimport {0}</translation>
    </message>
    <message>
        <source>arvo {0}</source>
        <translation>värde {0}</translation>
    </message>
    <message>
        <source>teemat</source>
        <translation>teman</translation>
    </message>
    <message>
        <source>tavoitteet</source>
        <translation>målen</translation>
    </message>
    <message>
        <source>mittaririvit</source>
        <translation>indikatorraderna</translation>
    </message>
    <message>
        <source>palvelut</source>
        <translation>tjänsterna</translation>
    </message>
    <message>
        <source>kärjet</source>
        <translation>spetsarna</translation>
    </message>
    <message>
        <source>kohderyhmät</source>
        <translation>målgrupperna</translation>
    </message>
    <message>
        <source>päätökset</source>
        <translation>besluten</translation>
    </message>
    <message>
        <source>tasot</source>
        <translation>nivåerna</translation>
    </message>
    <message>
        <source>toteumatuonnit</source>
        <translation>utfallsimporterna</translation>
    </message>
    <message>
        <source>arvot</source>
        <translation>värdena</translation>
    </message>
    <message>
        <source>sopijakunnat</source>
        <translation>avtalskommunerna</translation>
    </message>
    <message>
        <source>otsikko</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>lähtöarvo</source>
        <translation>utgångsvärde</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>taso</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>yksikkö</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>tietolähde</source>
        <translation>datakälla</translation>
    </message>
    <message>
        <source>vastuutaho</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>huomautukset</source>
        <translation>anmärkningar</translation>
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
        <translation>radtyp</translation>
    </message>
    <message>
        <source>suunta</source>
        <translation>riktning</translation>
    </message>
    <message>
        <source>kertymä</source>
        <translation>ackumulering</translation>
    </message>
    <message>
        <source>vuosi</source>
        <translation>år</translation>
    </message>
    <message>
        <source>kausi</source>
        <translation>period</translation>
    </message>
    <message>
        <source>päivämäärä</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>lyhenne</source>
        <translation>förkortning</translation>
    </message>
    <message>
        <source>kuvaus</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>ohjelman tiedot</source>
        <translation>programmets uppgifter</translation>
    </message>
    <message>
        <source>ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)</source>
        <translation>skrivrättighet saknas (filen eller mappen är skyddad eller används av ett annat program)</translation>
    </message>
    <message>
        <source>kansiota ei löydy (se on poistettu tai verkkolevy ei ole yhteydessä)</source>
        <translation>mappen hittas inte (den har tagits bort eller nätverksenheten är inte ansluten)</translation>
    </message>
    <message>
        <source>levy on täynnä</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>levy on vain luku -tilassa</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>tiedoston nimi tai polku on liian pitkä</source>
        <translation>filnamnet eller sökvägen är för lång</translation>
    </message>
    <message>
        <source>tiedoston nimessä on merkkejä, joita ei voi käyttää</source>
        <translation>filnamnet innehåller tecken som inte kan användas</translation>
    </message>
    <message>
        <source>käyttöjärjestelmä esti kirjoittamisen (virhekoodi {0})</source>
        <translation>operativsystemet hindrade skrivningen (felkod {0})</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>kasvava</source>
        <translation>ökande</translation>
    </message>
    <message>
        <source>laskeva</source>
        <translation>minskande</translation>
    </message>
    <message>
        <source>säilyttävä</source>
        <translation>bibehållande</translation>
    </message>
    <message>
        <source>virstanpylväs</source>
        <translation>milstolpe</translation>
    </message>
    <message>
        <source>automaattinen ({0})</source>
        <translation>automatisk ({0})</translation>
    </message>
    <message>
        <source>summa</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>viimeisin</source>
        <translation>senaste</translation>
    </message>
    <message>
        <source>keskiarvo</source>
        <translation>medelvärde</translation>
    </message>
    <message>
        <source>suurin</source>
        <translation>största</translation>
    </message>
    <message>
        <source>luonnos</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>lausunnolla</source>
        <translation>på remiss</translation>
    </message>
    <message>
        <source>hallituksen ehdotus</source>
        <translation>styrelsens förslag</translation>
    </message>
    <message>
        <source>hyväksytty</source>
        <translation>godkänt</translation>
    </message>
    <message>
        <source>Miten henkilöstö toimii arjessa</source>
        <translation>Hur personalen arbetar i vardagen</translation>
    </message>
    <message>
        <source>Miten johdetaan</source>
        <translation>Hur det leds</translation>
    </message>
    <message>
        <source>Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa</source>
        <translation>Hur det utvecklas och samarbetas med avtalskommunerna</translation>
    </message>
    <message>
        <source>virhe</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>varoitus</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>tieto</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Ajankohta</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Vuosi</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Toteuma</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Kuukauden arvo</source>
        <translation>Månadsvärde</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Luokka (esim. sukupuoli)</source>
        <translation>Klass (t.ex. kön)</translation>
    </message>
    <message>
        <source>Mittarin arvo (nimi otsikossa)</source>
        <translation>Mätarens värde (namnet i rubriken)</translation>
    </message>
    <message>
        <source>Huomautus</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Lähtöarvo (ei tuoda)</source>
        <translation>Utgångsvärde (importeras inte)</translation>
    </message>
    <message>
        <source>Tavoite (ei tuoda)</source>
        <translation>Målvärde (importeras inte)</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Tavoite/painopiste</source>
        <translation>Mål/tema</translation>
    </message>
    <message>
        <source>Yhteensä (ei tuoda)</source>
        <translation>Totalt (importeras inte)</translation>
    </message>
    <message>
        <source>Ohitetaan</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <source>pitkä (rivi per mittari ja ajankohta)</source>
        <translation>lång (en rad per mätare och tidpunkt)</translation>
    </message>
    <message>
        <source>leveä (kuukaudet sarakkeina)</source>
        <translation>bred (månaderna som kolumner)</translation>
    </message>
    <message>
        <source>yksi arvo per mittari</source>
        <translation>ett värde per mätare</translation>
    </message>
    <message>
        <source>tunnus</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>samankaltainen nimi</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <source>muistettu valinta</source>
        <translation>tidigare val</translation>
    </message>
    <message>
        <source>käyttäjän valinta</source>
        <translation>användarens val</translation>
    </message>
    <message>
        <source>Saavutettu</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Etenee</source>
        <translation>Framskrider</translation>
    </message>
    <message>
        <source>Riski</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Jäljessä</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Ei tietoa</source>
        <translation>Inga uppgifter</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Loppukysymys</source>
        <translation>Avslutande fråga</translation>
    </message>
    <message>
        <source>Kommentti ohjelmaan</source>
        <translation>Kommentar till programmet</translation>
    </message>
    <message>
        <source>Vapaa jakso</source>
        <translation>Fritt avsnitt</translation>
    </message>
    <message>
        <source>Ehdotettu mittari</source>
        <translation>Föreslagen mätare</translation>
    </message>
</context>
<context>
    <name>plan_labels</name>
    <message>
        <source>kuukausittain</source>
        <translation>månadsvis</translation>
    </message>
    <message>
        <source>neljännesvuosittain</source>
        <translation>kvartalsvis</translation>
    </message>
    <message>
        <source>vuosittain</source>
        <translation>årligen</translation>
    </message>
    <message>
        <source>Tarve</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Resurssit</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <source>Toimenpiteet</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Tuotokset</source>
        <translation>Prestationer</translation>
    </message>
    <message>
        <source>Tulokset</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Vaikuttavuus</source>
        <translation>Genomslag</translation>
    </message>
    <message>
        <source>Ennen teemoja</source>
        <translation>Före teman</translation>
    </message>
    <message>
        <source>Teemojen jälkeen</source>
        <translation>Efter teman</translation>
    </message>
    <message>
        <source>Pääotsikko</source>
        <translation>Huvudrubrik</translation>
    </message>
    <message>
        <source>Alaotsikko</source>
        <translation>Underrubrik</translation>
    </message>
</context>
<context>
    <name>value_text</name>
    <message>
        <source>ei lukuarvoa</source>
        <translation>inget talvärde</translation>
    </message>
    <message>
        <source>teksti, ei lukua</source>
        <translation>text, inget tal</translation>
    </message>
    <message>
        <source>yli</source>
        <translation>över</translation>
    </message>
    <message>
        <source>vähintään</source>
        <translation>minst</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>under</translation>
    </message>
    <message>
        <source>enintään</source>
        <translation>högst</translation>
    </message>
    <message>
        <source>noin</source>
        <translation>cirka</translation>
    </message>
    <message>
        <source>(laki)</source>
        <translation>(lag)</translation>
    </message>
</context>
</TS>
