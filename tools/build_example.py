"""Build resources/example/tyollisyysohjelma-2026.tyohjelma.json from seed 004.

The seed (tests/data/seeds/004_ed7d636905bbcfd3.txt, a copy of the source document) is the text of
Työllisyysohjelma 2026 of Eteläisen Keski-Suomen työllisyysalue. Its structure
is regular, so the text is taken from it mechanically, word for word; only what
the seed does not say is added here by hand: each indicator's direction and
aggregation, as a careful reader would set them (flows such as contacts,
participants, events and new vacancies sum over the year; stocks such as
unemployed persons, percentages, durations and queue times take the latest
value).

Data source and frequency (the indicator catalogue) are set only where seed 004
states them: a baseline dated to a month ("(joulukuu 2025)") is a monthly figure,
one dated to a year ("(vuosi 2025)", "(2025)", "/ vuosi") a yearly one; a source
only where the seed names where the figure is recorded (:data:`CATALOGUE`). The
seed names no owner and no next update date.

Line-break hyphenation of the PDF text ("työmarkkina-\\nasemassa") is joined.

Run: python tools/build_example.py [SEED] (the JSON is committed; this script
documents where it came from and rebuilds it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.fileformat import save_programme  # noqa: E402
from planner.model import (  # noqa: E402
    Aggregation,
    Direction,
    FocusArea,
    Frequency,
    Indicator,
    IndicatorReference,
    Programme,
    ServiceCategory,
    Status,
    Theme,
)
from planner.resources import example_programme_path  # noqa: E402

SEED = ROOT / "tests" / "data" / "seeds" / "004_ed7d636905bbcfd3.txt"

UP, D, M, MS = Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN, Direction.MILESTONE
SUM, LATEST = Aggregation.SUM, Aggregation.LATEST

# Per indicator, in document order: (direction, aggregation, note). None = infer.
JUDGEMENT: list[tuple[Direction | None, Aggregation, str]] = [
    # Työn ja työntekijän kohtaaminen
    (UP, SUM, "Tapahtumat lasketaan yhteen vuoden ajalta."),
    (UP, SUM, "Kontaktit lasketaan yhteen vuoden ajalta."),
    (UP, SUM, "Esittelyt ja työtarjoukset lasketaan yhteen vuoden ajalta."),
    (UP, LATEST, "Käytössä olevien toimintamallien määrä."),
    (UP, SUM, "Uudet avoimet työpaikat lasketaan yhteen vuoden ajalta."),
    (D, LATEST, "Tilanne kuukauden lopussa (työnvälitystilasto)."),
    # Joustavat koulutusratkaisut
    (UP, SUM, "Osallistujat lasketaan yhteen vuoden ajalta."),
    (UP, LATEST, "Voimassa olevat oppisopimustyösuhteet."),
    (MS, LATEST, "Valmis tai ei valmis."),
    (UP, LATEST, ""),
    (UP, SUM, "Tapahtumat lasketaan yhteen vuoden ajalta."),
    (D, LATEST, "Enimmäisjonotusaika: tavoite saavutetaan, kun jonotusaika on enintään 3 kk."),
    # Tehokas resurssien käyttö
    (UP, LATEST, ""),
    (D, LATEST, "Tilanne kuukauden lopussa."),
    (UP, LATEST, ""),
    (UP, LATEST, ""),
    # Tiedolla johtaminen
    (UP, LATEST, ""),
    (UP, LATEST, ""),
    (UP, LATEST, ""),
    (UP, LATEST, ""),
    # Oikea-aikainen lakisääteinen työvoimapalvelu
    (D, LATEST, "Lakisääteinen enimmäisaika 10 päivää: tavoite saavutetaan, kun aika on enintään 10 päivää."),
    (UP, LATEST, "Osuus suunnitelmista kuukauden lopussa."),
    (D, LATEST, "Käsittelyaika vuorokausina."),
    (MS, LATEST, "Valmis tai ei valmis."),
    (MS, LATEST, "Valmis tai ei valmis."),
    (UP, LATEST, "Asteikko 1–5."),
    # Henkilöstön hyvinvointi ja osaamisen kehittäminen
    (M, SUM, "Kokoukset lasketaan yhteen vuoden ajalta."),
    (UP, SUM, "Osallistumiskerrat lasketaan yhteen vuoden ajalta."),
    # Yhdenvertaisuus ja saavutettavuus
    (UP, LATEST, "Osuus palvelutapahtumista."),
    (M, LATEST, "Käynnissä olevat palkkatukijaksot; tavoitteena pitää taso."),
    (UP, LATEST, ""),
    (M, LATEST, ""),
    (D, LATEST, "Tilanne kuukauden lopussa (työnvälitystilasto)."),
    # Työllistymisen tukeminen
    (UP, SUM, "Osallistujat lasketaan yhteen vuoden ajalta."),
    (D, LATEST, "Keskimääräinen kesto kuukauden lopussa (työnvälitystilasto)."),
    (UP, LATEST, ""),
    (UP, SUM, "Alkaneet jaksot lasketaan yhteen vuoden ajalta."),
]


MONTHLY, YEARLY = Frequency.MONTHLY, Frequency.YEARLY
# Indicator name -> (data source, frequency, what seed 004 says). "" / None: the seed does not say.
CATALOGUE: dict[str, tuple[str, Frequency | None, str]] = {
    "Osallistuminen kansainvälisen rekrytoinnin tapahtumiin": ("", YEARLY, "0 tapahtumaa (2025)"),
    "Työnantajakontaktien määrä": ("asiakastietojärjestelmä", None,
                                   "Työnantajayhteistyö kirjataan asiakastietojärjestelmään"),
    "Esittelyjen ja työtarjousten määrä": ("", YEARLY, "150 (vuosi 2025)"),
    "Uudet avoimet työpaikat": ("", YEARLY, "170 (vuosi 2025)"),
    "Laajan työttömyyden määrä": ("työnvälitystilasto", MONTHLY,
                                  "4301 (joulukuu 2025); Jaetaan tietoa työnvälityksen tilastoista"),
    "Osaamisen kehittämisen palveluiden tapahtumat": ("", YEARLY, "3 tapahtumaa (2025)"),
    "Asiakasmäärä per työllisyysasiantuntija HTV": ("", MONTHLY, "n. 139 asiakasta/ htv (joulukuu 2025)"),
    "Työnhakija-asiakkaiden kokonaistyytyväisyyden keskiarvo (maks. 5)": ("", YEARLY, "3,82 (2025)"),
    "Henkilöstön työpaikkakokoukset": ("", YEARLY, "4 kokousta / vuosi"),
    "Henkilöstön osallistuminen koulutuksiin, osallistumiskerrat": ("", YEARLY, "50 osallistumista (2025)"),
    "Pitkäaikaistyöttömien ja rinnasteisesti pitkäaikaistyöttömien määrä": (
        "työnvälitystilasto", MONTHLY,
        "1 468 henkilöä (joulukuu 2025); julkisten työttömyys- ja työnvälitystilastojen rinnalla"),
    "Nuoret töihin –rekrytointituen jaksot": ("", YEARLY, "0 jaksoa (2025)"),
}


def join_hyphenation(text: str) -> str:
    """Join words split at a line end: "työmarkkina-\\nasemassa" -> "työmarkkina-asemassa"."""
    return re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)


def clean(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def build(seed_text: str) -> Programme:
    text = join_hyphenation(seed_text)
    # The overview also has "työmarkkina- asemassa" with a space after the hyphen.
    text = text.replace("työmarkkina- asemassa", "työmarkkina-asemassa")
    lines = [ln.rstrip() for ln in text.splitlines()]

    p = Programme(
        title="Työllisyysohjelma 2026",
        year=2026,
        area="Eteläisen Keski-Suomen työllisyysalue",
        municipalities=["Joutsa", "Jämsä", "Keuruu", "Luhanka", "Multia", "Mänttä-Vilppula", "Petäjävesi", "Toivakka"],
        lead_municipality="Jämsä",
        motto="Välitämme. Työniloa!",
        status=Status.DRAFT,
        services_title="Lakisääteiset työvoimapalvelut",
        services_subtitle="Lakisääteiset työvoimapalvelut asiakkaille",
        themes_title="Työllisyysalueen palveluiden painopisteet ja tavoitteet",
        themes_subtitle="Työllisyysalueen palvelun painopisteet ja tavoitteet 2026",
    )

    # -- statutory services: a title line followed by "- " items -------------
    start = lines.index("Lakisääteiset työvoimapalvelut")
    end = lines.index("Työllisyysalueen palveluiden painopisteet ja tavoitteet")
    skip = {"", p.services_subtitle, p.motto}
    current: ServiceCategory | None = None
    for raw in lines[start + 1 : end]:
        line = clean(raw)
        if line in skip:
            continue
        if line.startswith("- "):
            assert current is not None, raw
            current.items.append(line[2:])
        else:
            current = ServiceCategory(title=line)
            p.services.append(current)

    # -- themes overview ---------------------------------------------------------
    ov_start = lines.index(p.themes_subtitle) + 1
    first_fa = lines.index("TYÖN JA TYÖNTEKIJÄN KOHTAAMINEN")
    theme: Theme | None = None
    for raw in lines[ov_start:first_fa]:
        line = clean(raw)
        if not line:
            continue
        m = re.match(r"^- \*\*(.+?)\*\*(?:\s*[-–]\s*(.*))?$", line)
        if m:
            assert theme is not None
            theme.focus_areas.append(FocusArea(title=m.group(1).strip(), summary=(m.group(2) or "").strip()))
        else:
            theme = Theme(title=line)
            p.themes.append(theme)

    # -- focus area pages -----------------------------------------------------------
    all_fas = [fa for _t, fa in p.focus_areas()]
    upper_titles = {fa.title.upper(): fa for fa in all_fas}
    theme_titles = {t.title for t in p.themes}
    groups = {
        "Miten henkilöstö toimii arjessa": "act",
        "Miten johdetaan": "lead",
        "Miten kehitetään ja toimitaan yhteistyössä sopijakuntien kanssa": "cooperate",
    }
    fa: FocusArea | None = None
    group: str | None = None
    level = ""
    pending_refs: list[tuple[FocusArea, IndicatorReference, str]] = []
    judgement = iter(JUDGEMENT)
    number = 0
    # The theme's side label on a focus area page is split over several short
    # lines ("Heikossa / työmarkkina-asemassa olevien / ..."); skip it.
    page_lines = lines[first_fa:]

    def side_label_end(start: int) -> int:
        joined = ""
        j = start
        while j < len(page_lines) and clean(page_lines[j]):
            joined = (joined + " " + clean(page_lines[j])).strip()
            if not any(t.startswith(joined) for t in theme_titles):
                return start
            if joined in theme_titles:
                return j + 1
            j += 1
        return start

    i = 0
    while i < len(page_lines):
        end = side_label_end(i)
        if end > i:
            i = end
            continue
        raw = page_lines[i]
        line = clean(raw)
        i += 1
        if not line:
            continue
        if line in upper_titles:
            fa = upper_titles[line]
            group, level = None, ""
            continue
        assert fa is not None, line
        if line in groups:
            group = groups[line]
            continue
        if raw.startswith("\tMITTARI"):
            group = "table"
            continue
        if group == "table":
            cells = raw.split("\t")
            lv, name = clean(cells[0]), clean(cells[1])
            baseline = clean(cells[2]) if len(cells) > 2 else ""
            target = clean(cells[3]) if len(cells) > 3 else ""
            level = lv or level
            if name.startswith("(") and not baseline and not target:
                ref = IndicatorReference(level=level, text=name)
                pending_refs.append((fa, ref, name))
                fa.rows.append(ref)
                continue
            direction, aggregation, note = next(judgement)
            number += 1
            fa.rows.append(
                Indicator(
                    id=f"M{number:02d}",
                    name=name,
                    level=level,
                    baseline=baseline,
                    target=target,
                    direction=direction,
                    aggregation=aggregation,
                    notes=note,
                )
            )
            continue
        if group in ("act", "lead", "cooperate"):
            assert line.startswith("- "), line
            getattr(fa, group).append(line[2:])
            continue
        # Before the first bullet group: heading line (capitals) then description.
        if not fa.heading and not fa.description and line.isupper():
            fa.heading = line
        else:
            fa.description = (fa.description + " " + line).strip() if fa.description else line

    # Cross-reference: "(Palkkatukijaksojen mittari yhdenvertaisuuden ja saavutettavuuden tavoitteessa)"
    for _fa, ref, _name in pending_refs:
        target_ind = next(ind for _t, _f, ind in p.indicators() if ind.name == "Palkkatukijaksot")
        ref.indicator_id = target_ind.id
    assert number == len(JUDGEMENT) == 37, number
    by_name = {ind.name: ind for _t, _f, ind in p.indicators()}
    for name, (source, frequency, said) in CATALOGUE.items():
        assert all(part.split(" (")[0] in text for part in said.split("; ")), said
        by_name[name].source = source
        by_name[name].frequency = frequency
    return p


def keep_ids(programme: Programme, previous: Path) -> None:
    """Give themes and focus areas the ids of the file being replaced, so a rebuild's diff shows content only."""
    if not previous.exists():
        return
    from planner.fileformat import load_programme

    old = load_programme(previous)
    for old_theme, theme in zip(old.themes, programme.themes, strict=False):
        theme.id = old_theme.id
        for old_fa, fa in zip(old_theme.focus_areas, theme.focus_areas, strict=False):
            fa.id = old_fa.id


def main() -> None:
    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    programme = build(seed.read_text(encoding="utf-8"))
    out = example_programme_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    keep_ids(programme, out)
    save_programme(programme, out)
    backup = out.with_name(out.name + ".bak")
    backup.unlink(missing_ok=True)
    print(f"wrote {out}: {len(programme.themes)} themes, {sum(1 for _ in programme.focus_areas())} focus areas, "
          f"{sum(1 for _ in programme.indicators())} indicators")


if __name__ == "__main__":
    main()
