"""Swedish and English for the core's messages worded by the GUI (desktop/actuals/message_text.py, issue 13)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "ei toteumatietoja": ("inga utfallsuppgifter", "no actuals"),
    "ei toteumatietoja vuodelta {year}": ("inga utfallsuppgifter för år {year}", "no actuals for {year}"),
    "vuoden arvo ohitettu, kuukausiarvot käytössä": (
        "årsvärdet förbigicks, månadsvärdena används", "the year value was skipped; the monthly values are used"),
    "prosenttiosuutta ei lasketa yhteen kunnista; katso kuntakohtaiset arvot": (
        "en procentandel summeras inte över kommunerna; se värdena per kommun",
        "a percentage is not added up over the municipalities; see the values per municipality"),
    "arvoa ei lasketa yhteen kunnista; katso kuntakohtaiset arvot": (
        "värdet summeras inte över kommunerna; se värdena per kommun",
        "the value is not added up over the municipalities; see the values per municipality"),
    "lähtöarvon yksikkö ({baseline_unit}) ei ole tavoitteen yksikkö ({target_unit}); lähtöarvoa ei käytetty": (
        "utgångsvärdets enhet ({baseline_unit}) är inte målets enhet ({target_unit}); utgångsvärdet användes inte",
        "the baseline's unit ({baseline_unit}) is not the target's unit ({target_unit}); the baseline was not used"),
    "määräaika on ohi": ("tidsfristen har gått ut", "the deadline has passed"),
    "määräaikaan alle kolme kuukautta": ("mindre än tre månader till tidsfristen", "less than three months to the deadline"),
    "verrattu raporttipäivään mennessä kuluneeseen vuoden osuuteen {share} %": (
        "jämfört med den del av året som gått till rapportdagen, {share} %",
        "compared with the share of the year gone by at the report date, {share} %"),
    "tavoitteessa ei ole lukua, edistymistä ei voi laskea": (
        "målet har inget tal, framsteget kan inte beräknas", "the target has no number; progress cannot be calculated"),
    "enintään {target}": ("högst {target}", "at most {target}"),
    "enintään {target}, ylitetty ({actual})": ("högst {target}, överskridet ({actual})",
                                               "at most {target}, exceeded ({actual})"),
    "lakisääteinen enimmäistaso {target}": ("lagstadgad högsta nivå {target}", "statutory maximum {target}"),
    "lakisääteinen enimmäistaso {target}, ylitetty ({actual})": (
        "lagstadgad högsta nivå {target}, överskriden ({actual})", "statutory maximum {target}, exceeded ({actual})"),
    "enintään {target} vuodessa; raporttipäivään mennessä enintään {by_now}": (
        "högst {target} per år; till rapportdagen högst {by_now}",
        "at most {target} a year; by the report date at most {by_now}"),
    "säilytetään tasolla {target} (±{tolerance} %)": ("hålls på nivån {target} (±{tolerance} %)",
                                                      "kept at {target} (±{tolerance} %)"),
    "vuoden taso {target}; raporttipäivään mennessä odotetaan {expected}": (
        "årets nivå {target}; till rapportdagen väntas {expected}",
        "the year's level {target}; {expected} expected by the report date"),
    "raportointipäivän jälkeen, ei verrattu: {periods}": ("efter rapportdagen, inte jämfört: {periods}",
                                                          "after the report date, not compared: {periods}"),
    "{period} jätettiin pois: puuttuu {missing} ({have}/{total} kuntaa); käytetty tietoja {last} asti": (
        "{period} lämnades bort: {missing} saknas ({have}/{total} kommuner); uppgifter till och med {last} används",
        "{period} was left out: {missing} missing ({have}/{total} municipalities); data up to {last} used"),
    "ohjelmassa ei ole kuntaluetteloa, joten kuntien summaa ei voi todeta koko alueen luvuksi": (
        "programmet har ingen kommunlista, så kommunernas summa kan inte fastställas som hela områdets tal",
        "the programme has no list of municipalities, so the municipalities' sum cannot be taken as the area's figure"),
    "vain {have}/{total} kuntaa: puuttuu {missing}; kuntien osasummaa ei näytetä alueen lukuna": (
        "endast {have}/{total} kommuner: {missing} saknas; kommunernas delsumma visas inte som områdets tal",
        "only {have}/{total} municipalities: {missing} missing; the partial sum is not shown as the area's figure"),
    "vain {have}/{total} kuntaa: puuttuu {missing} ({period}); kuntien osasummaa ei näytetä alueen lukuna": (
        "endast {have}/{total} kommuner: {missing} saknas ({period}); kommunernas delsumma visas inte som "
        "områdets tal",
        "only {have}/{total} municipalities: {missing} missing ({period}); the partial sum is not shown as the "
        "area's figure"),
}
