"""The Finnish wording of the core's messages: the command line and the reports.

Every code the core puts in a :class:`planner.messages.Message` has its sentence
here, with ``{name}`` for its parameters. The GUI words the same codes in its
translatable table (``desktop.programme.actuals.message_text``); a test fails when a code
the core uses is missing from either.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.messages import Message

# Notes of an indicator's follow-up result (planner.followup.progress, planner.followup.coverage).
NOTES: dict[str, str] = {
    "no_actuals": "ei toteumatietoja",
    "no_actuals_for_year": "ei toteumatietoja vuodelta {year}",
    "year_value_ignored": "vuoden arvo ohitettu, kuukausiarvot käytössä",
    "share_not_summed": "prosenttiosuutta ei lasketa yhteen kunnista; katso kuntakohtaiset arvot",
    "value_not_summed": "arvoa ei lasketa yhteen kunnista; katso kuntakohtaiset arvot",
    "baseline_unit_mismatch": "lähtöarvon yksikkö ({baseline_unit}) ei ole tavoitteen yksikkö ({target_unit}); "
                              "lähtöarvoa ei käytetty",
    "deadline_passed": "määräaika on ohi",
    "deadline_near": "määräaikaan alle kolme kuukautta",
    "pace_share": "verrattu raporttipäivään mennessä kuluneeseen vuoden osuuteen {share} %",
    "target_without_number": "tavoitteessa ei ole lukua, edistymistä ei voi laskea",
    "limit": "enintään {target}",
    "limit_exceeded": "enintään {target}, ylitetty ({actual})",
    "statutory_limit": "lakisääteinen enimmäistaso {target}",
    "statutory_limit_exceeded": "lakisääteinen enimmäistaso {target}, ylitetty ({actual})",
    "yearly_budget": "enintään {target} vuodessa; raporttipäivään mennessä enintään {by_now}",
    "maintain_level": "säilytetään tasolla {target} (±{tolerance} %)",
    "maintain_sum": "vuoden taso {target}; raporttipäivään mennessä odotetaan {expected}",
    "after_report_date": "raportointipäivän jälkeen, ei verrattu: {periods}",
    "month_left_out": "{period} jätettiin pois: puuttuu {missing} ({have}/{total} kuntaa); "
                      "käytetty tietoja {last} asti",
    "no_municipality_list": "ohjelmassa ei ole kuntaluetteloa, joten kuntien summaa ei voi todeta koko alueen luvuksi",
    "partial_area": "vain {have}/{total} kuntaa: puuttuu {missing}; kuntien osasummaa ei näytetä alueen lukuna",
    "partial_area_at": "vain {have}/{total} kuntaa: puuttuu {missing} ({period}); "
                       "kuntien osasummaa ei näytetä alueen lukuna",
}

#: The notes in the reports' other languages: code -> (sv, en). The GUI's table
#: (resources/translations/sv_en_core_messages.py) takes the same texts.
NOTES_SV_EN: dict[str, tuple[str, str]] = {
    "no_actuals": ("inga utfallsuppgifter",
                     "no actuals"),
    "no_actuals_for_year": ("inga utfallsuppgifter för år {year}",
                              "no actuals for {year}"),
    "year_value_ignored": ("årsvärdet förbigicks, månadsvärdena används",
                             "the year value was skipped; the monthly values are used"),
    "share_not_summed": ("en procentandel summeras inte över kommunerna; se värdena per kommun",
                           "a percentage is not added up over the municipalities; see the values per municipality"),
    "value_not_summed": ("värdet summeras inte över kommunerna; se värdena per kommun",
                           "the value is not added up over the municipalities; see the values per municipality"),
    "baseline_unit_mismatch": ("utgångsvärdets enhet ({baseline_unit}) är inte målets enhet ({target_unit}); utgångsvärdet användes inte",
                                 "the baseline's unit ({baseline_unit}) is not the target's unit ({target_unit}); the baseline was not used"),
    "deadline_passed": ("tidsfristen har gått ut",
                          "the deadline has passed"),
    "deadline_near": ("mindre än tre månader till tidsfristen",
                        "less than three months to the deadline"),
    "pace_share": ("jämfört med den del av året som gått till rapportdagen, {share} %",
                     "compared with the share of the year gone by at the report date, {share} %"),
    "target_without_number": ("målet har inget tal, framsteget kan inte beräknas",
                                "the target has no number; progress cannot be calculated"),
    "limit": ("högst {target}",
                "at most {target}"),
    "limit_exceeded": ("högst {target}, överskridet ({actual})",
                         "at most {target}, exceeded ({actual})"),
    "statutory_limit": ("lagstadgad högsta nivå {target}",
                          "statutory maximum {target}"),
    "statutory_limit_exceeded": ("lagstadgad högsta nivå {target}, överskriden ({actual})",
                                   "statutory maximum {target}, exceeded ({actual})"),
    "yearly_budget": ("högst {target} per år; till rapportdagen högst {by_now}",
                        "at most {target} a year; by the report date at most {by_now}"),
    "maintain_level": ("hålls på nivån {target} (±{tolerance} %)",
                         "kept at {target} (±{tolerance} %)"),
    "maintain_sum": ("årets nivå {target}; till rapportdagen väntas {expected}",
                       "the year's level {target}; {expected} expected by the report date"),
    "after_report_date": ("efter rapportdagen, inte jämfört: {periods}",
                            "after the report date, not compared: {periods}"),
    "month_left_out": ("{period} lämnades bort: {missing} saknas ({have}/{total} kommuner); uppgifter till och med {last} används",
                         "{period} was left out: {missing} missing ({have}/{total} municipalities); data up to {last} used"),
    "no_municipality_list": ("programmet har ingen kommunlista, så kommunernas summa kan inte fastställas som hela områdets tal",
                               "the programme has no list of municipalities, so the municipalities' sum cannot be taken as the area's figure"),
    "partial_area": ("endast {have}/{total} kommuner: {missing} saknas; kommunernas delsumma visas inte som områdets tal",
                       "only {have}/{total} municipalities: {missing} missing; the partial sum is not shown as the area's figure"),
    "partial_area_at": ("endast {have}/{total} kommuner: {missing} saknas ({period}); kommunernas delsumma visas inte som områdets tal",
                          "only {have}/{total} municipalities: {missing} missing ({period}); the partial sum is not shown as the area's figure"),
}

# An indicator's actual where there is no figure to show (planner.followup.progress.IndicatorResult.actual_in).
ACTUALS: dict[str, str] = {
    "actual_partial_area": "ei koko alueen lukua ({count} kuntaa)",
    "actual_per_municipality": "per kunta, ks. erittely",
    "milestone_done": "valmis",
    "milestone_not_done": "ei valmis",
}

#: The same in the reports' other languages: code -> (sv, en).
ACTUALS_SV_EN: dict[str, tuple[str, str]] = {
    "actual_partial_area": ("inget värde för hela området ({count} kommuner)",
                            "no figure for the whole area ({count} municipalities)"),
    "actual_per_municipality": ("per kommun, se specifikationen", "per municipality, see the breakdown"),
    "milestone_done": ("klar", "done"),
    "milestone_not_done": ("inte klar", "not done"),
}

# What an indicator's figure rests on (planner.followup.coverage.Coverage.message).
# {count} is "3/8" (or "3" without a municipality list), {span} "1–6/2026".
COVERAGE: dict[str, str] = {
    "coverage_area": "alueen oma luku, {span}",
    "coverage_area_no_span": "alueen oma luku",
    "coverage_sum": "kuntien summa, {count} kuntaa, {span}",
    "coverage_sum_no_span": "kuntien summa, {count} kuntaa",
    "coverage_partial": "vain {count} kuntaa, ei koko alueen lukua, {span}",
    "coverage_partial_no_span": "vain {count} kuntaa, ei koko alueen lukua",
    "coverage_per_municipality": "kuntakohtaiset arvot, {count} kuntaa, {span}",
    "coverage_per_municipality_no_span": "kuntakohtaiset arvot, {count} kuntaa",
    "coverage_none": "ei tietoja",
}

#: The coverage lines in the reports' other languages (the reports have sv/en labels): code -> (sv, en).
#: The GUI's table (resources/translations/sv_en_core_messages.py) takes the same texts.
COVERAGE_SV_EN: dict[str, tuple[str, str]] = {
    "coverage_area": ("områdets eget värde, {span}", "the area's own figure, {span}"),
    "coverage_area_no_span": ("områdets eget värde", "the area's own figure"),
    "coverage_sum": ("kommunernas summa, {count} kommuner, {span}", "sum of the municipalities, {count} municipalities, {span}"),
    "coverage_sum_no_span": ("kommunernas summa, {count} kommuner", "sum of the municipalities, {count} municipalities"),
    "coverage_partial": ("bara {count} kommuner, inget värde för hela området, {span}",
                         "only {count} municipalities, no figure for the whole area, {span}"),
    "coverage_partial_no_span": ("bara {count} kommuner, inget värde för hela området",
                                 "only {count} municipalities, no figure for the whole area"),
    "coverage_per_municipality": ("värden per kommun, {count} kommuner, {span}",
                                  "values per municipality, {count} municipalities, {span}"),
    "coverage_per_municipality_no_span": ("värden per kommun, {count} kommuner",
                                          "values per municipality, {count} municipalities"),
    "coverage_none": ("inga uppgifter", "no data"),
}

# Costs and effects (planner.followup.costs.Figure): a figure's label, its method, its inputs and notes.
# Amounts come formatted ("120 000 €"), periods as "6/2026".
COSTS: dict[str, str] = {
    "fig_budget_used": "Budjetin käyttö: {name}",
    "fig_budget_used_total": "Budjetin käyttö: yhteensä",
    "fig_cost_per_employed": "Kustannus per työllistynyt: {name}",
    "fig_cost_per_employed_year_end": "Kustannus per työllistynyt vuoden lopussa (ennuste): {name}",
    "fig_subsidy_persons": "Henkilöt kuntaosuuden piirissä {period}",
    "fig_subsidy_days": "Kuntaosuuden päivät {period}",
    "fig_subsidy_euros": "Työmarkkinatuen kuntaosuus {period}",
    "fig_change_persons": "Muutos: henkilöt kuntaosuuden piirissä ({earlier} → {latest})",
    "fig_change_days": "Muutos: kuntaosuuden päivät ({earlier} → {latest})",
    "fig_change_euros": "Muutos: työmarkkinatuen kuntaosuus ({earlier} → {latest})",
    "fig_benefit_cost": "Hyöty–panos-suhde (vain työmarkkinatuen kuntaosuus)",
    "fig_scenario_subsidy": "Skenaarion vaikutus kuntaosuuteen: {name}",
    "how_budget_used": "käytetty / budjetti",
    "how_cost_per_employed": "käytetty / työllistyneet",
    "how_cost_per_employed_year_end": "budjetti / työllistyneet vuoden lopussa (ennuste)",
    "how_subsidy_sum": "tuotujen lukujen summa porrastuksen mukaan",
    "how_subsidy_euros": "tuotu summa porrastuksen mukaan",
    "how_subsidy_euros_computed": "tuotu summa; puuttuvat: päivät × päiväraha × porrastuksen osuus",
    "how_change": "{latest} − {earlier}",
    "how_benefit_cost": "kuntaosuuden säästö / käytetty",
    "how_scenario_subsidy": "henkilöt × vältetyt päivät × päiväraha × kuntaosuus",
    "in_spent": "käytetty {amount}",
    "in_budget": "budjetti {amount}",
    "in_savings": "säästö {amount}",
    "in_employed": "työllistyneet {count}",
    "in_employed_of": "työllistyneet {count} ({indicator})",
    "in_employed_until": "työllistyneet {count} ({indicator}, {period} asti)",
    "in_employed_at": "työllistyneet {count} ({indicator}, {period})",
    "in_employed_forecast": "työllistyneet, ennuste {count}",
    "in_daily_benefit": "päiväraha {amount}/pv",
    "in_band_euros": "{band}: {days} pv × {daily} × {share} % = {euros}",
    "in_period_euros": "{period} {amount}",
    "in_period_persons": "{period} {count} hlöä",
    "in_period_days": "{period} {count} pv",
    "in_scenario_persons": "henkilöt {extra}/kk × {months} kk = {persons}",
    "in_days_avoided": "vältetyt päivät {days} pv/hlö",
    "in_share_scenario": "kuntaosuus {share} % (skenaario)",
    "in_share_weighted": "päivillä painotettu kuntaosuus {share} % (viimeisimmät luvut)",
    "in_share_mean": "porrastusten keskiarvo {share} % (ei tuotuja päiviä)",
    "in_share_none": "ei porrastuksia",
    "note_budget_or_spent_missing": "budjetti tai käytetty summa puuttuu",
    "note_budget_zero": "budjetti on 0 €",
    "note_spent_or_employed_missing": "käytetty summa tai työllistyneiden määrä puuttuu",
    "note_no_employed": "ei työllistyneitä: kustannusta henkeä kohden ei voi laskea",
    "note_no_employed_forecast": "ennusteessa ei työllistyneitä",
    "note_savings_or_spent_missing": "säästö tai käytetty summa puuttuu",
    "note_spent_zero": "käytetty summa on 0 €",
    "note_benefit_all_effects": "Kuntaliiton ja Vatesin selvityksen mukaan kunnat saavat keskimäärin lähes "
                                "kaksinkertaiset taloudelliset hyödyt panostuksiin nähden, kun kaikki vaikutukset "
                                "lasketaan; tässä vain kuntaosuus.",
}

#: Costs and effects in the reports' other languages: code -> (sv, en).
COSTS_SV_EN: dict[str, tuple[str, str]] = {
    "fig_budget_used": ("Budgetutnyttjande: {name}", "Budget used: {name}"),
    "fig_budget_used_total": ("Budgetutnyttjande: totalt", "Budget used: total"),
    "fig_cost_per_employed": ("Kostnad per sysselsatt: {name}", "Cost per person employed: {name}"),
    "fig_cost_per_employed_year_end": ("Kostnad per sysselsatt vid årets slut (prognos): {name}",
                                       "Cost per person employed at year end (outlook): {name}"),
    "fig_subsidy_persons": ("Personer som omfattas av kommunandelen {period}",
                            "Persons within the municipal share {period}"),
    "fig_subsidy_days": ("Dagar med kommunandel {period}", "Days of the municipal share {period}"),
    "fig_subsidy_euros": ("Kommunandel av arbetsmarknadsstödet {period}",
                          "Municipal share of labour-market subsidy {period}"),
    "fig_change_persons": ("Förändring: personer som omfattas av kommunandelen ({earlier} → {latest})",
                           "Change: persons within the municipal share ({earlier} → {latest})"),
    "fig_change_days": ("Förändring: dagar med kommunandel ({earlier} → {latest})",
                        "Change: days of the municipal share ({earlier} → {latest})"),
    "fig_change_euros": ("Förändring: kommunandel av arbetsmarknadsstödet ({earlier} → {latest})",
                         "Change: municipal share of labour-market subsidy ({earlier} → {latest})"),
    "fig_benefit_cost": ("Nytta–kostnad-kvot (endast kommunandelen av arbetsmarknadsstödet)",
                         "Benefit to cost (municipal share of labour-market subsidy only)"),
    "fig_scenario_subsidy": ("Scenariots effekt på kommunandelen: {name}",
                             "The scenario's effect on the municipal share: {name}"),
    "how_budget_used": ("använt / budget", "spent / budget"),
    "how_cost_per_employed": ("använt / sysselsatta", "spent / persons employed"),
    "how_cost_per_employed_year_end": ("budget / sysselsatta vid årets slut (prognos)",
                                       "budget / persons employed at year end (outlook)"),
    "how_subsidy_sum": ("summan av de importerade talen per nivå", "sum of the imported figures per band"),
    "how_subsidy_euros": ("importerad summa per nivå", "imported sum per band"),
    "how_subsidy_euros_computed": ("importerad summa; saknade: dagar × dagpenning × nivåns andel",
                                   "imported sum; missing ones: days × daily benefit × the band's share"),
    "how_change": ("{latest} − {earlier}", "{latest} − {earlier}"),
    "how_benefit_cost": ("besparing i kommunandelen / använt", "savings in the municipal share / spent"),
    "how_scenario_subsidy": ("personer × undvikna dagar × dagpenning × kommunandel",
                             "persons × days avoided × daily benefit × municipal share"),
    "in_spent": ("använt {amount}", "spent {amount}"),
    "in_budget": ("budget {amount}", "budget {amount}"),
    "in_savings": ("besparing {amount}", "savings {amount}"),
    "in_employed": ("sysselsatta {count}", "persons employed {count}"),
    "in_employed_of": ("sysselsatta {count} ({indicator})", "persons employed {count} ({indicator})"),
    "in_employed_until": ("sysselsatta {count} ({indicator}, till och med {period})",
                          "persons employed {count} ({indicator}, up to {period})"),
    "in_employed_at": ("sysselsatta {count} ({indicator}, {period})",
                       "persons employed {count} ({indicator}, {period})"),
    "in_employed_forecast": ("sysselsatta, prognos {count}", "persons employed, outlook {count}"),
    "in_daily_benefit": ("dagpenning {amount}/dag", "daily benefit {amount}/day"),
    "in_band_euros": ("{band}: {days} dagar × {daily} × {share} % = {euros}",
                      "{band}: {days} days × {daily} × {share} % = {euros}"),
    "in_period_euros": ("{period} {amount}", "{period} {amount}"),
    "in_period_persons": ("{period} {count} personer", "{period} {count} persons"),
    "in_period_days": ("{period} {count} dagar", "{period} {count} days"),
    "in_scenario_persons": ("personer {extra}/mån × {months} mån = {persons}",
                            "persons {extra}/month × {months} months = {persons}"),
    "in_days_avoided": ("undvikna dagar {days} dagar/person", "days avoided {days} days/person"),
    "in_share_scenario": ("kommunandel {share} % (scenario)", "municipal share {share} % (scenario)"),
    "in_share_weighted": ("kommunandel vägd med dagar {share} % (senaste talen)",
                          "municipal share weighted by days {share} % (latest figures)"),
    "in_share_mean": ("nivåernas medelvärde {share} % (inga importerade dagar)",
                      "mean of the bands {share} % (no imported days)"),
    "in_share_none": ("inga nivåer", "no bands"),
    "note_budget_or_spent_missing": ("budget eller använt belopp saknas", "the budget or the amount spent is missing"),
    "note_budget_zero": ("budgeten är 0 €", "the budget is 0 €"),
    "note_spent_or_employed_missing": ("använt belopp eller antalet sysselsatta saknas",
                                       "the amount spent or the number of persons employed is missing"),
    "note_no_employed": ("inga sysselsatta: kostnaden per person kan inte beräknas",
                         "no one employed: the cost per person cannot be calculated"),
    "note_no_employed_forecast": ("inga sysselsatta i prognosen", "no one employed in the outlook"),
    "note_savings_or_spent_missing": ("besparing eller använt belopp saknas",
                                      "the savings or the amount spent are missing"),
    "note_spent_zero": ("använt belopp är 0 €", "the amount spent is 0 €"),
    "note_benefit_all_effects": (
        "Enligt Kommunförbundets och Vates utredning får kommunerna i genomsnitt nästan dubbelt tillbaka "
        "i ekonomisk nytta av det de satsar, när alla effekter räknas; här endast kommunandelen.",
        "According to a study by the Association of Finnish Municipalities and Vates, municipalities on "
        "average get almost twice their input back in economic benefits when all effects are counted; "
        "here only the municipal share."),
}

# How a year-end outlook was made (planner.followup.outlook.Outlook.how) and why an indicator has none
# (planner.followup.outlook.OutlookRow.why). Numbers come formatted ("0,95").
OUTLOOK: dict[str, str] = {
    "outlook_seasonal": "kausivaihtelu edellisen vuoden samoista kuukausista",
    "outlook_linear": "lineaarinen trendi kuluneista kuukausista",
    "outlook_flat": "taso pysyy (vain yksi kuukausi tiedossa)",
    "outlook_year_sum": "vuoden summa",
    "outlook_year_latest": "joulukuun arvo",
    "outlook_year_mean": "12 kuukauden keskiarvo",
    "outlook_year_max": "vuoden suurin",
    "outlook_seasonal_inputs": "suhde k = {k} ({months} kk), vaihteluväli kuukausisuhteista {low}–{high}",
    "outlook_linear_inputs": "a = {a}, b = {b}/kk, {months} kk",
    "outlook_residual": "s = {s}",
    "outlook_range_20": "vaihteluväli ±20 % ennustetusta osasta",
    "outlook_scenario": "skenaario {extra}/kk",
    "outlook_none_per_municipality": "vain kuntakohtaisia arvoja, joita ei lasketa yhteen",
    "outlook_none_year_value": "ei kuukausiarvoja (vain vuoden arvo)",
}

#: The outlook's method in the reports' other languages: code -> (sv, en).
OUTLOOK_SV_EN: dict[str, tuple[str, str]] = {
    "outlook_seasonal": ("säsongsvariation från samma månader föregående år",
                         "seasonal pattern of the same months last year"),
    "outlook_linear": ("linjär trend från månaderna hittills", "linear trend of the months so far"),
    "outlook_flat": ("nivån består (endast en månad känd)", "the level stays (only one month known)"),
    "outlook_year_sum": ("årets summa", "the year's sum"),
    "outlook_year_latest": ("decembers värde", "the December value"),
    "outlook_year_mean": ("medelvärdet av 12 månader", "the mean of 12 months"),
    "outlook_year_max": ("årets största", "the year's largest"),
    "outlook_seasonal_inputs": ("kvot k = {k} ({months} mån), intervall från månadskvoterna {low}–{high}",
                                "ratio k = {k} ({months} months), range from the monthly ratios {low}–{high}"),
    "outlook_linear_inputs": ("a = {a}, b = {b}/mån, {months} mån", "a = {a}, b = {b}/month, {months} months"),
    "outlook_residual": ("s = {s}", "s = {s}"),
    "outlook_range_20": ("intervall ±20 % av den prognostiserade delen", "range ±20 % of the projected part"),
    "outlook_scenario": ("scenario {extra}/mån", "scenario {extra}/month"),
    "outlook_none_per_municipality": ("endast värden per kommun, som inte summeras",
                                      "only values per municipality, which are not added up"),
    "outlook_none_year_value": ("inga månadsvärden (endast årets värde)", "no monthly values (the year value only)"),
}

# Warnings of an import of actuals (planner.followup.actuals.importer, combine; planner.cli.actuals).
WARNINGS: dict[str, str] = {
    "periods_not_recognised": "Ajankohtaa ei tunnistettu, rivit ohitettiin: {periods}",
    "total_rows_skipped": "{count} yhteensä-riviä ohitettiin, jotta mitään ei lasketa kahdesti.",
    "total_column_left_out": "Yhteensä-sarake {columns} jätettiin pois; vuoden arvo lasketaan kuukausista.",
    "baseline_target_columns_ignored": "Lähtöarvo- ja tavoitesarakkeita ei tuotu toteumiksi: {columns}.",
    "month_year_from_header": "Kuukausien vuosi luettiin niiden yläpuolelta: {years}.",
    "month_year_from_sheet_name": "Kuukausien vuosi luettiin välilehden nimestä ”{sheet}”.",
    "month_year_assumed": "Kuukausien vuotta ei ole kerrottu tiedostossa; oletettiin ohjelman vuosi {year}.",
    "empty_values_skipped": "{count} tyhjää tai puuttuvaa arvoa (esim. ”..” tai ”-”) ohitettiin.",
    "sheet_truncated": "Välilehdellä on {total} riviä; vain ensimmäiset {read} luettiin.",
    "sheet_not_read": "Välilehteä ”{sheet}” ei luettu: {reason}",
    "no_values_found": "Tiedostosta ei löytynyt yhtään toteuma-arvoa.",
    "category_chosen": "Sarake {column}: käytettiin luokkaa ”{chosen}”; ohitettiin {skipped}.",
    "category_total_chosen": "Sarake {column}: käytettiin luokkaa ”{chosen}” (kokonaisluokka); ohitettiin {skipped}.",
    "category_user_chosen": "Sarake {column}: käytettiin luokkaa ”{chosen}” (valittu); ohitettiin {skipped}.",
    "other_categories_dropped": "{count} riviä muista luokista jätettiin pois.",
    "other_areas_dropped": "{count} riviä alueilta, jotka eivät ole ohjelman alue eivätkä sen kuntia, jätettiin pois: {areas}.",
    "area_chosen": "Sarake {column}: ”{chosen}” käytettiin ohjelman alueena (valittu).",
    "daily_rows_sum": "”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin yhteen, koska mittarin kooste on ”summa”).",
    "daily_rows_latest": "”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin kuukauden viimeisimmän päivän arvoa, koska mittarin kooste on ”viimeisin”).",
    "daily_rows_mean": "”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (laskettiin keskiarvo, koska mittarin kooste on ”keskiarvo”).",
    "daily_rows_max": "”{indicator}”: {rows} päivittäistä riviä yhdistettiin {months} kuukauden arvoksi (käytettiin suurinta, koska mittarin kooste on ”suurin”).",
    "percent_cells_scaled": "{count} prosenttimuotoista solua (esim. 0,33) luettiin prosentteina (33 %), koska mittarin yksikkö on %.",
    "milestone_values_unread": "{count} virstanpylväsmittarin arvoa ei tunnistettu (käytä esim. ”valmis”, ”kesken”, 1 tai 0).",
    "duplicate_rows": "{count} riviä toisti saman arvon samalle mittarille, ajankohdalle ja kunnalle; arvo tuotiin kerran.",
    "other_years_kept": "{count} arvoa on muilta vuosilta kuin {year} ({years}); ne tallennetaan historiaksi mutta eivät vaikuta vertailuun.",
    "after_report_date_kept": "Raportointipäivän {date} jälkeiset ajankohdat ({periods}) tallennetaan, mutta niitä ei verrata.",
    "unconfirmed_match": "Vahvistamaton vastaavuus: ”{key}” → ”{candidate}” ({score} %), ei tuotu; vahvista ohjatussa tuonnissa.",
}

# Errors of an import of actuals and of the economics files (planner.followup.actuals.readers,
# dimensions, combine; planner.followup.economics_import; planner.cli.actuals): ActualsError.of.
ERRORS: dict[str, str] = {
    "password": "työkirja on suojattu salasanalla, eikä sitä voi lukea.",
    "sheet_too_large": "taulukko on liian suuri luettavaksi (noin {megabytes} Mt taulukkodataa, yli {rows} riviä).",
    "range_too_large": "välilehden käytetty alue ulottuu soluun {cell} ({rows} riviä \u00d7 {cols} saraketta); "
                       "niin suurta aluetta ei voi lukea toteumiksi.",
    "uncached_formulas": "{count} kaavasolulla ei ole tallennettua arvoa ({cells}), joten niiden lukuja ei voi lukea.",
    "not_a_table": "tiedosto ei ole taulukko vaan {what}, vaikka sen pääte on {suffix}.",
    "unpacks_too_large": "tiedosto purkautuu liian suureksi ({megabytes} Mt).",
    "not_a_workbook": "tiedosto ei ole Excel-työkirja, vaikka sen pääte on {suffix}.",
    "file_too_large": "tiedosto on liian suuri ({megabytes} Mt).",
    "os_error": "tiedostoa ei voi lukea (käyttöjärjestelmän virhe {errno}).",
    "no_such_sheet": "välilehteä ”{sheet}” ei ole; välilehdet: {sheets}.",
    "csv_too_large": "CSV-tiedosto on liian suuri ({megabytes} Mt).",
    "csv_too_many_rows": "CSV-tiedostossa on {rows} riviä, enemmän kuin {limit} luettavaa riviä.",
    "csv_field_too_long": "CSV-tiedoston rakenne on rikki (kenttä on liian pitkä).",
    "csv_quotes_unbalanced": "CSV-tiedoston rakenne on rikki (lainausmerkit eivät täsmää).",
    "value_not_finite": "luku on liian suuri tai ei ole luku (ääretön tai NaN).",
    "month_columns_same_period": "sarakkeet {first} ja {second} ovat kumpikin {period}; kuukausien vuotta ei voi päätellä.",
    "no_value_column": "toteumasaraketta ei löytynyt.",
    "value_year_unknown": "toteuman vuotta ei tiedetä (kerro vuosi otsikossa, esim. ”Toteuma 2026”).",
    "workbook_empty": "työkirja on tyhjä.",
    "no_header_row": "otsikkoriviä ei löytynyt (odotettiin esim. sarakkeita Mittari ja Toteuma tai kuukaudet).",
    "period_or_value_column_missing": "ajankohta- tai arvosarake puuttuu.",
    "no_indicator_column": "mittarisaraketta (nimi tai tunnus) ei löytynyt.",
    "file_empty": "tiedosto on tyhjä (0 tavua).",
    "workbook_unreadable": "työkirjaa ei voi lukea, se on vioittunut tai väärää muotoa.",
    "zip_not_a_workbook": "zip-tiedosto ei ole Excel- eikä ODS-työkirja.",
    "file_damaged": "tiedosto on vioittunut tai keskeneräinen (rakenne ei ole ehjä).",
    "zip_damaged": "tiedosto on vioittunut tai keskeneräinen (zip-rakenne ei ole ehjä).",
    "out_of_memory": "muisti loppui taulukkoa luettaessa: taulukko on liian suuri.",
    "reader_failed": "taulukon lukija pysähtyi virheeseen tätä tiedostoa luettaessa (tiedosto voi olla vioittunut).",
    "file_not_found": "tiedostoa ei löydy.",
    "path_is_folder": "polku on kansio, ei tiedosto.",
    "file_not_readable": "tiedostoa ei voi avata (ei lukuoikeutta tai se on auki toisessa ohjelmassa).",
    "no_visible_sheets": "työkirjassa ei ole näkyviä välilehtiä.",
    "csv_not_text": "tiedosto ei ole tekstimuotoinen CSV-tiedosto.",
    "reader_crashed": "tiedoston lukeminen keskeytyi: muisti loppui tai taulukon lukija kaatui.",
    "reader_not_started": "tiedoston lukemista ei voitu käynnistää (tietokoneen resurssit loppuivat).",
    # choosing a category or the area (planner.followup.actuals.dimensions; the --select option, the wizard)
    "category_value_unknown": "sarakkeessa {column} ei ole arvoa ”{value}”; arvot: {values}.",
    "selection_not_a_column": "valinta ”{key}” ei osu sarakkeeseen, jonka arvo pitää valita (sarakkeet: {columns}).",
    "selection_no_columns": "valinta ”{key}” ei osu sarakkeeseen: tiedostossa ei ole saraketta, jonka arvo pitää valita.",
    "area_question": "sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); "
                     "valitse, mikä arvo on ohjelman alue.",
    "area_question_more": "sarakkeen {column} arvot eivät ole ohjelman alue eikä sen kuntia ({values}); "
                          "valitse, mikä arvo on ohjelman alue (ja {others} muuta saraketta).",
    "category_question": "sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään.",
    "category_question_more": "sarakkeessa {column} on useita luokkia ({values}); valitse, mitä arvoa käytetään "
                              "(ja {others} muuta saraketta).",
    "values_conflict": "mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells}.",
    "values_conflict_more": "mittarilla ”{indicator}” on ajankohdalle {where} eri arvot soluissa {cells} "
                            "(ristiriitoja yhteensä {count}).",
    # files of the economics dialog (planner.followup.economics_import)
    "economics_no_header": "otsikkoriviä ei löytynyt: tarvitaan sarakkeet {columns}.",
    "cell_not_a_number": "{what} ei ole luku.",
    "cell_text_not_a_number": "{what} ”{cell}” ei ole luku.",
    "period_not_recognised": "ajankohtaa ”{cell}” ei tunnistettu.",
    "subsidy_value_columns_missing": "sarakkeet Henkilöt, Päivät tai Euroa puuttuvat.",
    "band_not_recognised": "porrasta ”{cell}” ei tunnistettu.",
    "hint_known_bands": "Käytä porrastuksia: {bands}.",
    "no_subsidy_figures": "tiedostossa ei ole kuntaosuuden lukuja.",
    "cost_columns_missing": "sarakkeet Budjetti ja Käytetty puuttuvat.",
    "indicator_not_in_programme": "mittaria ”{cell}” ei ole ohjelmassa.",
    "municipality_not_in_programme": "kuntaa ”{name}” ei ole ohjelmassa.",
    "hint_programme_municipalities": "Ohjelman kunnat: {municipalities}.",
    "share_out_of_range": "osuus ”{cell}” ei ole 0–100 %.",
}

# Why a report cannot be made (planner.reports.followup_extra.extra_unavailable).
REPORTS: dict[str, str] = {
    "report_no_actuals": "Ohjelmassa ei ole toteumatietoja. Tuo toteumat Excelistä ennen seurantaraporttia.",
    "report_no_costs": "Ohjelmassa ei ole kustannuksia eikä työmarkkinatuen kuntaosuuden lukuja. Lisää ne kohdassa "
                       "Seuranta > Kustannukset ja vaikutukset tai komennolla planner economics-import.",
    "report_no_municipality_values": "Toteumissa ei ole kuntakohtaisia arvoja. Täytä kuntakohtainen toteumapohja "
                                     "(planner actuals-template --layout municipalities-wide) ja tuo se.",
    "report_unknown_municipality": "Kuntaa \u201d{municipality}\u201d ei ole ohjelmassa eikä toteumissa. "
                                   "Valitse jokin näistä: {names}.",
    "report_no_monthly_values": "Toteumissa ei ole kuukausiarvoja, joista ennuste laskettaisiin. "
                                "Tuo kuukausittaiset toteumat.",
}

#: Every code with a Finnish wording, whatever part of the core says it.
TEXTS: dict[str, str] = {**NOTES, **ACTUALS, **COVERAGE, **COSTS, **OUTLOOK, **WARNINGS, **ERRORS, **REPORTS}


#: Wording in the reports' other languages, where the reports need it: code -> (sv, en).
SV_EN: dict[str, tuple[str, str]] = {**NOTES_SV_EN, **ACTUALS_SV_EN, **COVERAGE_SV_EN, **COSTS_SV_EN,
                                     **OUTLOOK_SV_EN}

#: Units of the costs' figures (planner.followup.costs.Figure.unit) in the reports' other languages.
UNITS_SV_EN: dict[str, tuple[str, str]] = {
    "€/hlö": ("€/person", "€/person"),
    "hlöä": ("personer", "persons"),
    "pv": ("dagar", "days"),
}


def word(message: Message, lang: str = "fi") -> str:
    """The sentence of ``message`` in ``lang`` (Finnish unless a report's sv/en wording exists;
    its code when the code has no wording: a bug a test catches)."""
    template = TEXTS.get(message.code)
    if lang in ("sv", "en") and message.code in SV_EN:
        template = SV_EN[message.code][0 if lang == "sv" else 1]
    if template is None:
        return message.code
    return template.format(**message.as_dict())


def word_all(messages: Iterable[Message], sep: str = "; ", lang: str = "fi") -> str:
    return sep.join(word(m, lang) for m in messages)


# -- labels of the core's enums, by value (each module builds its enum-keyed table from these) --

#: An indicator's follow-up status (planner.followup.progress.ProgressStatus).
PROGRESS_STATUS: dict[str, str] = {
    "achieved": "Saavutettu",
    "on_track": "Etenee",
    "at_risk": "Riski",
    "off_track": "Jäljessä",
    "no_data": "Ei tietoa",
}

#: The programme's approval status (planner.model.Status).
PROGRAMME_STATUS: dict[str, str] = {
    "draft": "luonnos",
    "for_comment": "lausunnolla",
    "proposal": "hallituksen ehdotus",
    "approved": "hyväksytty",
}

#: A check finding's severity (planner.checks.Severity).
SEVERITY: dict[str, str] = {
    "error": "virhe",
    "warning": "varoitus",
    "info": "tieto",
}

#: A focus area's bullet group as the checks name it (planner.model.BulletGroup).
BULLET_GROUP: dict[str, str] = {
    "act": "Miten henkilöstö toimii arjessa",
    "lead": "Miten johdetaan",
    "cooperate": "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa",
}

#: A unit's kind (planner.units).
UNIT_KIND: dict[str, str] = {
    "time": "aika",
    "percent": "prosentti",
    "money": "raha",
    "ratio": "suhdeluku",
    "count": "lukumäärä",
}

#: A change between two versions (planner.diff).
CHANGE_KIND: dict[str, str] = {
    "added": "lisätty",
    "removed": "poistettu",
    "changed": "muutettu",
    "moved": "siirretty",
}

#: A focus area's bullet group, short (the diff between versions, the roll-over).
BULLET_GROUP_SHORT: dict[str, str] = {
    "act": "Miten henkilöstö toimii arjessa",
    "lead": "Miten johdetaan",
    "cooperate": "Miten kehitetään ja toimitaan yhteistyössä",
}

#: An indicator's direction as an adjective (planner.diff).
DIRECTION_ADJECTIVE: dict[str, str] = {
    "increase": "kasvava",
    "decrease": "laskeva",
    "maintain": "säilyttävä",
    "milestone": "virstanpylväs",
}

#: Where a rolled-over baseline came from (planner.rollover).
BASELINE_ORIGIN: dict[str, str] = {
    "actual": "toteuma",
    "target": "tavoite",
}

#: How an imported row was matched to an indicator (planner.followup.actuals.matching.MatchHow).
MATCH_HOW: dict[str, str] = {
    "id": "tunnus",
    "name": "nimi",
    "fuzzy": "samankaltainen nimi",
    "remembered": "muistettu valinta",
    "manual": "käyttäjän valinta",
}

#: A column's role in a file of actuals (planner.followup.actuals.layout.Role).
COLUMN_ROLE: dict[str, str] = {
    "id": "Tunnus",
    "indicator": "Mittari",
    "period": "Ajankohta",
    "year": "Vuosi",
    "value": "Toteuma",
    "month": "Kuukauden arvo",
    "municipality": "Kunta tai alue",
    "dimension": "Luokka (esim. sukupuoli)",
    "measure": "Mittarin arvo (nimi otsikossa)",
    "notes": "Huomautus",
    "baseline": "Lähtöarvo (ei tuoda)",
    "target": "Tavoite (ei tuoda)",
    "unit": "Yksikkö",
    "focus_area": "Tavoite/painopiste",
    "total": "Yhteensä (ei tuoda)",
    "ignore": "Ohitetaan",
}

#: A sheet's layout (planner.followup.actuals.layout.LayoutKind).
LAYOUT_KIND: dict[str, str] = {
    "long": "pitkä (rivi per mittari ja ajankohta)",
    "wide": "leveä (kuukaudet sarakkeina)",
    "single": "yksi arvo per mittari",
}

#: What a statement refers to (planner.statements.model.RefKind).
REF_KIND: dict[str, str] = {
    "spearhead": "Kärki",
    "target_group": "Kohderyhmä",
    "theme": "Painopiste",
    "focus_area": "Tavoite",
    "indicator": "Mittari",
    "indicator_set": "Mittaristo",
}

#: A statement item's kind (planner.statements.model).
ITEM_KIND: dict[str, str] = {
    "answer": "Vastaus",
    "closing": "Loppukysymys",
    "comment": "Kommentti ohjelmaan",
    "section": "Vapaa jakso",
    "proposed_indicator": "Ehdotettu mittari",
}

#: A statement's source (planner.statements.layout).
SOURCE_KIND: dict[str, str] = {
    "consultation": "Lausuntopyyntö",
    "programme": "Ohjelma",
    "other": "Viite",
}

#: A year-end outlook's status (planner.followup.outlook.OutlookStatus).
OUTLOOK_STATUS: dict[str, str] = {
    "reached": "ennusteen mukaan saavutetaan",
    "uncertain": "ennuste epävarma: tavoite vaihteluvälin sisällä",
    "missed": "ennusteen mukaan jää tavoitteesta",
    "no_target": "tavoitteessa ei lukua",
}

#: An indicator's direction in the Excel register (planner.model.Direction).
DIRECTION: dict[str, str] = {
    "increase": "Kasvaa",
    "decrease": "Laskee",
    "maintain": "Pysyy",
    "milestone": "Välitavoite",
}

#: An indicator's aggregation in the Excel register (planner.model.Aggregation).
AGGREGATION: dict[str, str] = {
    "sum": "Summa",
    "latest": "Viimeisin",
    "mean": "Keskiarvo",
    "max": "Suurin",
}
