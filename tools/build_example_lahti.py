"""Build resources/example/lahti-kuntakokeilu.tyohjelma.json from seed 003.

Seed 003 (tests/data/seeds/003_20f73627da1c10eb.txt, a copy of the reference
seed) is the text of the Lahti region employment pilot plan (Lahden seudun
työllisyyden kuntakokeilu), taken from a PDF laid out in columns, so its lines are
interleaved. Its passages cannot be taken mechanically in order as seed 004's
are; instead every passage below is *looked up* in the seed by its first and
last words and copied from there, word for word (line breaks joined, a
line-break hyphen removed unless the next word starts with a capital:
"asiantun-/tijayhteisö" -> "asiantuntijayhteisö", "Päijät-/Hämeen" ->
"Päijät-Hämeen"). A passage that is not in the seed stops the build.

What this script decides, because the seed's layout does not say it (each is a
reading of the page, listed so a reviewer can check it):

- the plan's parts and sections (Tausta ja tavoitteet: Tarve, Asiakkaat,
  Asiantuntijayhteisö, Tulevaisuuskuva, Tavoitteet; Toimenpiteet: Resurssit;
  Tulokset ja vaikuttavuus: Tulokset, Yritykset ja työnantajat, Organisaatio ja
  henkilöstö) become free-text sections; the six key actions (kärkitoimenpiteet)
  become the focus areas of a theme "Kärkitoimenpiteet"; the indicator set
  ("Kehan mittaristo") becomes the theme "Tiedolla johtaminen" with one focus
  area per indicator group of the seed's indicator page;
- which goal (1-4) each goal bullet belongs to, and which indicator sits under
  which heading of the indicator page (the columns are interleaved);
- each indicator's data source, picked from the seed's list "Mittariston
  tietolähteet: työnvälitystilasto, Kelasto, URA, kysely, webropol tai muu,
  Kykyviisari, Kieku ja muut järjestelmät" by its group; the frequency only where
  the indicator's name says it ("kuukauden lopussa", "laskentapäivänä": monthly).
  The seed names no owner and no next update date, so those stay empty;
- the links of key actions and indicators to the spearheads and target groups;
- the impact chain's stages (the seed's chain: Tarve, Tavoite, Resurssit,
  Toimenpiteet, Tulokset, Vaikuttavuus, Tulevaisuuskuva) and where each indicator
  group is placed on it.

Run: python tools/build_example_lahti.py [SEED]
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
    ChainLink,
    ChainStage,
    FocusArea,
    Frequency,
    ImpactChain,
    Indicator,
    Programme,
    Section,
    SectionPlacement,
    Status,
    Tag,
    Theme,
)
from planner.resources import lahti_example_path  # noqa: E402

SEED = ROOT / "tests" / "data" / "seeds" / "003_20f73627da1c10eb.txt"


def dehyphenate(text: str) -> str:
    """Join words split at a line end; keep the hyphen before a capital (a real compound)."""
    text = re.sub(r"(\w)-\n\s*([a-zåäö])", r"\1\2", text)
    return re.sub(r"(\w)-\n\s*(\w)", r"\1-\2", text)


class Seed:
    """The seed's text with lookups that fail loudly when a passage is not there."""

    def __init__(self, raw: str) -> None:
        self.text = dehyphenate(raw.replace("\r\n", "\n"))
        self.flat = re.sub(r"\s+", " ", self.text)

    def take(self, first: str, last: str | None = None, after: str = "") -> str:
        """The seed's text from ``first`` to the end of ``last`` (or just ``first``), whitespace joined.

        A passage must start at a place the seed has once (or once after ``after``), and
        it is one passage, not pages: longer than 1 200 characters stops the build.
        """
        start = self.flat.index(after) if after else 0
        i = self.flat.find(first, start)
        if i < 0:
            raise ValueError(f"not in seed 003: {first!r}")
        if last is None:
            return first
        if not after and self.flat.count(first) > 1:
            raise ValueError(f"seed 003 has {first!r} more than once: give an anchor (after=...)")
        j = self.flat.find(last, i)
        if j < 0:
            raise ValueError(f"not in seed 003 after {first!r}: {last!r}")
        out = self.flat[i:j + len(last)].strip()
        if len(out) > 1200:
            raise ValueError(f"passage from {first!r} to {last!r} is {len(out)} characters: not one passage")
        return out


def bullets(items: list[str], mark: str = "-") -> str:
    if mark == "1":
        return "\n".join(f"{n}. {x}" for n, x in enumerate(items, start=1))
    return "\n".join(f"{mark} {x}" for x in items)


def cap(text: str) -> str:
    """A name taken from the middle of a seed sentence, with a capital first letter."""
    return text[:1].upper() + text[1:]


def body(*blocks: str) -> str:
    return "\n\n".join(b for b in blocks if b)


def sub(text: str) -> str:
    return f"## {text}"


# Indicator groups of the seed's indicator page, as (group heading, chain stage, source, [names]).
# The names are looked up in the seed; "kuukauden lopussa"/"laskentapäivänä" in a name: monthly.
INDICATOR_GROUPS: list[tuple[str, ChainStage, str, list[str]]] = [
    ("Virta työttömyyteen", ChainStage.OUTCOMES, "työnvälitystilasto",
     ["Virta yli 3kk työttömyyteen", "Virta yli 6kk työttömyyteen", "Virta yli 12kk työttömyyteen"]),
    ("Kelan työttömyysturvaetuuksien saajat ja maksetut etuudet", ChainStage.IMPACT, "Kelasto",
     ["Työttömyysturvaetuuksien saajat ja maksetut eurot, kunnan osuus", "Maksetut etuudet etuuslajeittain"]),
    ("URA-mittarit", ChainStage.ACTIONS, "URA",
     ["Työnhakijat pitkäaikaistyöttömyyden riskiluku", "Alkaneet palkkatukijaksot työnantajan sektorin mukaan"]),
    ("Asiakastyytyväisyys ja hyvinvointi", ChainStage.OUTCOMES, "",
     ["Kuntakokeilujen asiakkaiden palvelutyytyväisyys", "Kuntakokeilujen asiakkaiden hyvinvointitieto"]),
    ("Operatiivisen toiminnan seuranta", ChainStage.ACTIONS, "URA",
     ["Työtarjousten volyymit (asiakkaat ja työpaikat)", "Esittelyjen volyymit (asiakkaat ja työpaikat)",
      "Asiantuntijakohtainen asiakaslukumäärä/kuormittavuus", "Ajantasaisten suunnitelmien osuus ja velka",
      "Työtarjousten ja esittelyiden vaikuttavuus"]),
    ("Talousseuranta", ChainStage.INPUTS, "Kieku",
     ["Määrärahaseuranta: htv-määrät", "Määrärahaseuranta: muut toimintamenot",
      "Määrärahaseuranta: v51. sidonta ja muut palveluhankinnat"]),
    ("Työttömyyden kehitys", ChainStage.OUTCOMES, "työnvälitystilasto",
     ["Päättyneiden työnhakujen määrä", "Rakennetyöttömät kuukauden lopussa", "Työnhakijat laskentapäivänä",
      "Työnhaun keskimääräinen kesto"]),
    ("Aktivointiaste", ChainStage.OUTCOMES, "työnvälitystilasto",
     ["Kaikkien aktivointiaste laskentapäivänä", "Pitkäaikaistyöttömien aktivointiaste laskentapäivänä",
      "Ulkomaalaisten aktivointiaste laskentapäivänä"]),
    ("Työttömien työnhakijoiden osuus työvoimista", ChainStage.IMPACT, "työnvälitystilasto",
     ["Työttömien työnhakijoiden osuus työvoimasta kunnittain %",
      "Ulkomaalaisten työttömien työnhakijoiden osuus ulkomaisesta työvoimasta kunnittain %",
      "Alle 25-vuotiaiden työttömien työnhakijoiden osuus alle 25-vuotiaasta työvoimasta kunnittain %"]),
]
# Sources of single indicators where the group has several (from the same seed list).
INDICATOR_SOURCE = {
    "Kuntakokeilujen asiakkaiden palvelutyytyväisyys": "kysely, webropol tai muu",
    "Kuntakokeilujen asiakkaiden hyvinvointitieto": "Kykyviisari",
}
# Indicators that concern one target group (by the words of their names).
INDICATOR_TARGET_GROUP = {
    "Ulkomaalaisten aktivointiaste laskentapäivänä": "tg-maahanmuuttajat",
    "Ulkomaalaisten työttömien työnhakijoiden osuus ulkomaisesta työvoimasta kunnittain %": "tg-maahanmuuttajat",
    "Alle 25-vuotiaiden työttömien työnhakijoiden osuus alle 25-vuotiaasta työvoimasta kunnittain %": "tg-alle30",
    "Työttömyysturvaetuuksien saajat ja maksetut eurot, kunnan osuus": "tg-ansiopaivaraha",
}


def build(raw: str) -> Programme:  # noqa: PLR0915 - one page of the plan after another
    s = Seed(raw)
    t = s.take
    p = Programme(
        title=t("Lahden seudun työllisyyden kuntakokeilu"),
        area="Lahden seutu",
        municipalities=["Lahti", "Hollola", "Asikkala", "Kärkölä", "Orimattila"],
        lead_municipality="Lahti",
        status=Status.DRAFT,
        levels=[],
    )
    # -- spearheads and target groups -------------------------------------------------------
    osaajia = Tag(id="sp-osaajia", name=t("Osaajia yrityksiin"),
                  description=t("Yrityksille tarjotaan", "tekijöille työtä."))
    omavalmennus = Tag(id="sp-omavalmennus", name=t("Omavalmennus"),
                       description=t("Yksi tärkeimmistä toimintatavoista", "työttömän työnhakijan välillä."))
    osaaminen = Tag(id="sp-osaaminen", name=t("Osaamisen vahvistaminen"),
                    description=t("Asiakkaita autetaan kohtaamaan", "vahvistetaan ja laajennetaan."))
    p.spearheads = [osaajia, omavalmennus, osaaminen]
    tg_ansio = Tag(id="tg-ansiopaivaraha", name=cap(t("työnhakijat, jotka eivät ole oikeutettuja ansiopäivärahaan")),
                   description=t("Eivät täytä ansiopäivärahan saamisen edellytyksiä"))
    tg_maahan = Tag(id="tg-maahanmuuttajat", name=cap(t("maahanmuuttajat ja vieraskieliset")),
                    description=t("Ovat maahanmuuttajia tai vieraskielisiä henkilöitä"))
    tg_alle30 = Tag(id="tg-alle30", name=cap(t("alle 30-vuotiaat työnhakijat")), description=t("Ovat alle 30-vuotiaita"))
    p.target_groups = [tg_ansio, tg_alle30, tg_maahan]

    # -- sections before the themes ----------------------------------------------------------------
    before = SectionPlacement.BEFORE
    p.sections.append(Section(id="sec-tausta", heading=t("Tausta ja tavoitteet"), level=1, placement=before, body=body(
        t("Kuntakokeilun taustaa: tarve, asiakkaat,", "tulevaisuuskuva ja tavoitteet"),
        sub(t("Lahden seudun työllisyyden kuntakokeilu")),
        t("Lahden seudun työllisyyden kuntakokeilun tavoitteena", "osaavan työvoiman saatavuuteen."),
        t("Kokeilun kärkinä:"),
        bullets([osaajia.name, omavalmennus.name, osaaminen.name]),
    )))
    p.sections.append(Section(id="sec-tarve", heading=t("Tarve"), level=2, placement=before, body=body(
        t("Kuntakokeilussa lähdetään ratkaisemaan", "monella tapaa vaikea."),
        t("Lahdessa työttömyystilanne on", "harmillisen korkealla."),
        t("Rakenteellinen työttömyys on merkittävä", "jo alle 30-vuotiailla."),
        t("Haasteita:"),
        sub(t("Matala koulutustaso")),
        t("Lahden seudulla alhainen koulutustaso:", "korkeakoulupaikkojen määrä."),
        sub(t("Vaativa yrityskenttä ja kohtaanto-ongelmat")),
        t("Osaavan työvoiman saatavuus on", "yritysten kasvulle ja työllisyydenhoidolle."),
        t("Kohtaanto-ongelmia:"),
        bullets([t("Yrityskentän rakenne on", "teollisuusvaltaisempi."),
                 t("Vaikeammin työllistyvien tai", "ole hyödynnetty täysmittaisesti.")], "1"),
        sub(t("Kuormittava muuttoliike")),
        t("Maahanmuuton rakenne Lahden seudulla", "alle 30-vuotiaita koulutettuja."),
        t("Muuttajien vaikutus Lahden työttömyysasteeseen on suuri."),
        t("Kokeiluun osallistuvissa kunnissa", "hyvä lähtökohta kuntakokeilulle."),
        t("Nykyinen tapa hoitaa työllisyyttä", "yrityskehityksen näkökulmat."),
    )))
    p.sections.append(Section(id="sec-asiakkaat", heading=t("Asiakkaat"), level=2, placement=before, body=body(
        t("Kuntakokeiluihin ohjataan kokeilualueilla", "työ- ja elinkeinotoimistossa."),
        t("Kokeilualueen asiakkaita ovat", "kokeilualueella ja jotka:"),
        bullets([tg_ansio.description, tg_maahan.description, tg_alle30.description]),
    )))
    p.sections.append(Section(id="sec-asiantuntijayhteiso", heading=t("Asiantuntijayhteisö"), level=2,
                              placement=before, body=body(
        t("Lahden seudun työllisyyden kuntakokeilussa henkilöstön", "työllisyysjohtaja, Heli Okkonen."),
        t("Kuntakokeiluun siirtyy asiantuntijoita", "kuntien työllisyyspalveluista."),
        t("Nämä asiantuntijat huolehtivat", "Päijät-Hämeen hyvinvointikuntayhtymä."),
        t("Uuden yhteisön toimintatapana on", "digitalisaation mahdollisuuksia."),
        sub(t("Monialaisuus, ratkaisukeskeisyys ja verkostomainen työote")),
        bullets([t("Muutoksentekijä"), t("Työnhaun fasilitaattori"), t("Innostaja"), t("Testaaja"),
                 t("Yhteistyökumppani"), t("Aluekehittäjä"), t("Henkilöbrändääjä"),
                 t("Uusien työnhaun metodien kehittäjä")]),
        t("Kokeilussa tähdätään siihen, että", "Lahden seudun parhaaksi."),
    )))
    p.sections.append(Section(id="sec-tulevaisuuskuva", heading=t("Tulevaisuuskuva"), level=2, placement=before,
                              body=body(
        t("”Lahden seudulla toimii tiivis", "puhaltavat yhteen hiileen.”"),
        bullets([f"{osaajia.name}: {osaajia.description}", f"{omavalmennus.name}: {omavalmennus.description}",
                 f"{osaaminen.name}: {osaaminen.description}"]),
    )))
    goal_1 = [t("Alueen houkuttelevuuden (pitovoiman) lisääminen."),
              t("Asiakkaiden tukeminen nykyistä", "omaehtoiseen työllistymiseen."),
              t("Palkkatuen käytön tehostaminen yrityksissä."),
              t("Uusien työnsaannin palveluiden kehittäminen."),
              t("Yrittäjyyteen kannustaminen."),
              t("Piilotyöpaikkojen löydettävyyden parantaminen.")]
    goal_2 = [t("Työvoiman liikkuvuuden tukeminen."),
              t("Räätälöityjen ja työelämälähtöisten", "koulutuspalveluiden hyödyntäminen."),
              t("Osaamisen vahvistaminen ja koulutukseen", "kaikilla koulutusasteilla."),
              t("Kohtaanto-ongelman ratkaiseminen yhteistyössä yrittäjien kanssa.")]
    goal_3 = [t("Sosiaali- ja terveyspalveluiden sekä Kelan", "työkyvyn selvittelyn tehostaminen."),
              t("Ennakkoluulottomat digitaaliset- ja mobiilityön kokeilut."),
              t("Sosiaali- ja terveyspalveluiden yhteistyön", "matalan kynnyksen palveluissa."),
              t("Pienkokeilut aikuisten etsivään työhön,", "mukaan ottaminen kokonaisvaltaisesti.")]
    goal_4 = [t("Kuntien yhteistoiminnan tiivistäminen."),
              t("Uuden työllisyyden ekosysteemin (yhteistyöalusta) luominen."),
              t("Seudullisen elinvoiman vahvistaminen."),
              t("Lahden seudun työllisyyden ekosysteemin työnjaosta", "elinkeinoelämän toimijat, oppilaitokset ja 3.sektori.")]
    p.sections.append(Section(id="sec-tavoitteet", heading=t("Tavoitteet"), level=2, placement=before, body=body(
        t("Kokeilu mahdollistaa uudenlaisten", "koulutuksen yhdyspintoihin."),
        t("Ratkaisuja ovat esimerkiksi", "oppilaitosten ja korkeakoulujen kanssa."),
        t("Työvoiman tarjonnan uudet", "työllisyys- ja ohjauspalveluita."),
        t("Kuntakokeilussa avataan uusi näkökulma:", "kuntien elinvoiman vahvistamista."),
        t("Hyvä uutinen: Lahden seudulla", "täydentää tai päivittää."),
        t("Lahden seudun kuntakokeilun tavoitteena on nostaa alueen:"),
        bullets([t("Koulutusastetta"), t("Työllisyyttä")]),
        t("Tavoitteita:"),
        sub("1 " + t("Työllisyysasteen nostaminen ja uusien työpaikkojen synnyttäminen")),
        bullets(goal_1),
        sub("2 " + t("Osaavan työvoiman saatavuuden sekä koulutustason nostaminen")),
        bullets(goal_2),
        sub("3 " + t("Työelämävalmiuksien ja toimintakyvyn edistäminen")),
        bullets(goal_3),
        sub("4 " + t("Seudullisen yhteistyön ja elinvoiman vahvistaminen")),
        bullets(goal_4),
    )))
    p.sections.append(Section(id="sec-toimenpiteet", heading=t("Toimenpiteet"), level=1, placement=before,
                              body=t("Resurssit ja kokeilun konkreettiset toimenpiteet")))
    p.sections.append(Section(id="sec-resurssit", heading=t("Resurssit"), level=2, placement=before, body=body(
        t("Kuntien lisäresurssilla pystytään panostamaan:"),
        bullets([t("Työnhaun vahvaan alkuun tarjoamalla", "nykyistä enemmän henkilökohtaista palvelua."),
                 t("Työnhakijoiden jäljellä olevaan", "osatyökykyisten työllistymisen edistämiseen."),
                 t("Ostopalveluiden lisäämiseen ja", "dynaamisten hankintojen kautta.")], "1"),
        t("Lahden seudun kuntakokeilussa vallitsee", "innovatiivisia ja vaikuttavia palvelumalleja."),
        t("Kuntakokeilussa yhteistyöverkosto ja", "tärkeässä roolissa."),
        sub(t("Yhteistyöverkosto")),
        bullets([t("TE-toimisto"), t("ELY-keskus"), t("Alueen yritykset"), t("Kolmas sektori"),
                 t("Ammatilliset oppilaitokset ja korkeakoulut"), t("Kunnat"), t("Hyvinvointikuntayhtymä"),
                 t("Kela"), t("Asiakkaat")]),
    )))

    # -- the six key actions (kärkitoimenpiteet) -------------------------------------------------------
    key = Theme(id="th-karkitoimenpiteet", title=t("Kärkitoimenpiteet"))
    fa1 = FocusArea(id="fa-ekosysteemi", title=t("Kokonaisvaltainen työllisyydenhoidon ekosysteemi"),
                    tags=[osaajia.id], description=body(
        t("Ekosysteemissä työllistyminen perustuu", "toivottaviin yhteistyön paikkoihin."),
        t("Yhdyspintoja kehitetään koko", "verkostossa avoimesti."),
        t("Yhdyspinnat jalostetaan asiakaslähtöisiksi,", "muut kokeilukunnat."),
        sub(t("A. Osaamisen ja työelämävalmiuksien yhdyspinta")),
        t("Ajatuksena on elinikäinen ohjaus", "esimerkiksi työpaikoilla."),
        sub(t("B. Toimintakyky-yhdyspinta")),
        t("Sote- ja työvoimapalvelut sovitetaan", "integroidaan yhteen."),
        t("Perustetaan työkyvyn selvittelytiimi,", "opinto- ja työllisyystavoitteita."),
        sub(t("C. Työllistymis- ja elinkeinopalveluiden yhdyspinta")),
        t("Yhdyspinnan ytimessä on työnantajien", "päällekkäistä työtä poistetaan."),
        t("Kohtaamisessa apuna on Yrityspiste", "Palvelua kehitetään 2020-2021."),
        t("Viestintää uusista työllisyyspalveluista", "oppisopimuskoulutuksen kysyntää."),
    ))
    fa2 = FocusArea(id="fa-kaupunkikehitys", title=t("Kaupunkikehityksen integrointi työllisyyden ekosysteemiin"),
                    tags=[osaajia.id], description=body(
        t("Lahden seutu haluaa olla jatkossa", "kokonaisvaltaisesti työllisyydenhoitoon."),
        t("Kaupunkikehityksen näkökulma vahvistaa", "kansallisesti sekä kansainvälisesti."),
        sub(t("Ympäristön ja kiertotalouden mahdollisuudet työllisyydenhoidossa")),
        t("Kiertotalous, ilmastotavoitteet, uusi", "kuntakokeilun asiakkaiden kanssa."),
        t("Lahden seudulta löytyy runsaasti", "kohteissa ja palveluissa."),
        sub(t("Työllisyysmallissa kohti uutta taloutta")),
        t("Kuntakokeilun uudessa työllisyysmallissa", "toistensa kilpailijoita (eksklusiivisuus)."),
        t("Tulevaisuudessa Lahden seudulla", "kyky ja kilpailuetu (inklusiivisuus)."),
        bullets([t("Uuden talouden valmennusmallissa", "valmennusta viedään yrityksiin."),
                 t("Yrittäjät alkavat itsekin kehittää", "osa liiketoiminnan kehittämistä."),
                 t("Yrityksissä tapahtuva valmennus tukee", "hyvinvoinnin lisääntymistä."),
                 t("Valmentajat ymmärtävät työn", "uuden työn periaatteet."),
                 t("Työn monimuotoistuminen käännetään", "myönteiseksi valmennushaasteeksi.")]),
    ))
    fa3 = FocusArea(id="fa-omavalmennus", title=t("Asiakaslähtöinen omavalmennus"),
                    tags=[omavalmennus.id, tg_alle30.id], description=body(
        t("Suurin osa kohderyhmästä on", "eri-ikäisiä asiakkaita."),
        t("Monilla asiakkailla on tunnistettuja", "korkeasti koulutettuja asiakkaita."),
        t("Valmennusta tehdään asiakkaan lähtökohdat huomioiden."),
        sub(t("Fokusoitu omavalmentajamalli")),
        t("Asiakasymmärrykseen perustuva Lahden", "eli omavalmennuksen."),
        bullets([t("Asiakkaat haastatellaan henkilökohtaisesti,", "saman prosessin mukaan."),
                 t("Asiakkaiden kohtaaminen tapahtuu", "ennakkoluulottomasti ja kokonaisvaltaisesti."),
                 t("Asiakas nähdään aktiivisena toimijana.", "tilanteen suunnitteluun."),
                 t("Osatyökykyisten kohdalla huomio", "haasteiden sijaan voimavaroihin."),
                 t("Omavalmentajan tehtävä on tukea", "seurata sitoutumista."),
                 t("Osalle asiakkaista voi riittää", "yksilölliset tavoitteet ja osaaminen esille.")]),
        sub(t("Vahva alku")),
        t("Kokeilu nopeuttaa kohderyhmään", "niin sanottu vahva alku."),
        t("Tähän asti esimerkiksi vastavalmistuneet", "väyliä valmistumisesta työhön."),
    ))
    fa4 = FocusArea(id="fa-hakeva", title=t("Hakeva ja tukeva toimintamalli"),
                    tags=[tg_alle30.id, tg_maahan.id], description=body(
        t("Kuntakokeilun asiakasryhmät ovat hyvin", "huomioidaan entistä paremmin."),
        t("Hakeva ja tukeva toimintamalli varmistaa,", "putoa palveluiden ulkopuolelle."),
    ))
    fa5 = FocusArea(id="fa-osaaminen", title=t("Osaamisen tunnistaminen ja lisääminen"), tags=[osaaminen.id],
                    description=body(
        t("Työikäisten osaamista lisätään mm.", "opinnollistetut palvelukokonaisuudet."),
        t("Työ- ja koulutuskokeilut sekä", "tunnistamisessa ja lisäämisessä."),
        t("Sekä toisen asteen oppilaitosten,", "mahdollisuudet kaikille työnhakijoille."),
    ))
    fa6 = FocusArea(id="fa-digitalisaatio", title=t("Valmentaja- ja asiakasverkostojen digitalisaatio"),
                    description=body(
        t("Lahden seudun kuntakokeilu avaa uusia", "hyödyntämällä digitalisaatiota."),
        bullets([t("Asiakaskohtaamisissa hyödynnetään", "digitaalisia kanavia."),
                 t("Valmentajat toimivat verkostomaisesti."),
                 t("He tuottavat verkostoissa asiakkailleen", "harjoittelupaikkoja, jne."),
                 t("Mahdollisuuksista tiedotetaan verkostoissa", "että digitaalisissa."),
                 t("Työllisyydenhoidon asiantuntijaverkosto", "hyödyntää uusia sovelluksia.")]),
    ))
    key.focus_areas = [fa1, fa2, fa3, fa4, fa5, fa6]

    # -- the indicator set (Kehan mittaristo) ----------------------------------------------------------
    data = Theme(id="th-tiedolla-johtaminen", title=t("Tiedolla johtaminen"), summary=body(
        t("Kokeilua seurataan erilaisin määrällisin ja", "kuntakokeilun seurantaan."),
        t("Mittariston tietolähteet: työnvälitystilasto,", "Kieku ja muut järjestelmät"),
    ))
    stage_of: dict[str, ChainStage] = {}
    number = 0
    for n, (group, stage, source, names) in enumerate(INDICATOR_GROUPS, start=1):
        fa = FocusArea(id=f"fa-mittarit-{n}", title=t(group))
        for name in names:
            number += 1
            if name.startswith("Määrärahaseuranta: "):
                t("Määrärahaseuranta")
                t(name.split(": ", 1)[1])
            else:
                t(name)
            monthly = "kuukauden lopussa" in name or "laskentapäivänä" in name
            ind = Indicator(id=f"L{number:02d}", name=name, source=INDICATOR_SOURCE.get(name, source),
                            frequency=Frequency.MONTHLY if monthly else None, aggregation=Aggregation.LATEST)
            if name in INDICATOR_TARGET_GROUP:
                ind.tags.append(INDICATOR_TARGET_GROUP[name])
            fa.rows.append(ind)
            stage_of[ind.id] = stage
        data.focus_areas.append(fa)
    p.themes = [key, data]

    # -- sections after the themes ----------------------------------------------------------------------
    after = SectionPlacement.AFTER
    p.sections.append(Section(id="sec-tulokset-ja-vaikuttavuus", heading=t("Tulokset ja vaikuttavuus"), level=1,
                              placement=after, body=t("Kokeilun tulokset ja vaikuttavuusketju")))
    p.sections.append(Section(id="sec-tulokset", heading=t("Tulokset"), level=2, placement=after, body=body(
        t("Hankkeen tuloksena Lahden seudulle", "kohenee merkittävästi."),
        t("Työllisyydenhoito käy läpi ajattelutavan", "työnantajien luona."),
        t("Päällekkäinen työ vähenee", "kehitysprosessien seurauksena."),
        t("Kokeilun edetessä seurantaa tehdään", "paikallisin mittarein."),
    )))
    p.sections.append(Section(id="sec-yritykset", heading=t("Yritykset ja työnantajat"), level=2, placement=after,
                              body=t("Yritysten ja työnantajian näkökulmasta", "kekseliäitä työn välityksen tapoja.")))
    p.sections.append(Section(id="sec-organisaatio", heading=t("Organisaatio ja henkilöstö"), level=2,
                              placement=after, body=body(
        t("Kokeilun onnistuminen edellyttää", "on keskiössä."),
        t("Henkilöstön hyvinvointi on kriittinen", "kokeilun toteuttamiseen."),
        t("Toimintakulttuurin muutoksessa", "kiinnitetään erityistä huomiota."),
    )))

    # -- the impact chain (vaikuttavuusketju) --------------------------------------------------------------
    def placed(stage: ChainStage) -> list[str]:
        return [i for i, st in stage_of.items() if st is stage]

    chain = ImpactChain(id="ch-vaikuttavuusketju", title=t("Vaikuttavuusketju"), description=body(
        t("Vaikuttavuusketju on looginen kuvaus", "suunnitteluun, johtamiseen ja arviointiin."),
        t("Työllisyydenhoidon ekosysteemiä luotsataan", "muutos- ja tiedolla johtamisella."),
        t("Hyvän Mitta, 2019 (www.hyvanmitta.fi)"),
    ))
    chain.links = [
        ChainLink(id="lnk-tarve", stage=ChainStage.NEEDS, title=t("Tarve"),
                  text=t("Lahden seudulla työllisyydenhoito ei nykyisellään", "koulutettujen poismuutto.")),
        ChainLink(id="lnk-tavoite", stage=ChainStage.NEEDS, title=t("Tavoite"),
                  text=t("Työllisyydenhoidon päämäärä on kirkastettava", "osaavan työvoiman saatavuuteen.")),
        ChainLink(id="lnk-resurssit", stage=ChainStage.INPUTS, title=t("Resurssit"),
                  text=t("Kuntien lisäresurssilla panostetaan", "toimivat saumattomana kokonaisuutena."),
                  indicator_ids=placed(ChainStage.INPUTS)),
        ChainLink(id="lnk-toimenpiteet", stage=ChainStage.ACTIONS, title=t("Toimenpiteet"),
                  text=bullets([fa.title for fa in key.focus_areas], "1"),
                  focus_area_ids=[fa.id for fa in key.focus_areas], tag_ids=[sp.id for sp in p.spearheads],
                  indicator_ids=placed(ChainStage.ACTIONS)),
        ChainLink(id="lnk-tulokset", stage=ChainStage.OUTCOMES, title=t("Tulokset"),
                  text=t("Tuloksena on uusi työllisyydenhoidon ekosysteemi,", "työelämään integroivaksi."),
                  indicator_ids=placed(ChainStage.OUTCOMES)),
        ChainLink(id="lnk-vaikuttavuus", stage=ChainStage.IMPACT, title=t("Vaikuttavuus"),
                  text=t("Oikein kohdennetuilla toimenpiteillä", "seudun elinvoimaisuus vahvistuu."),
                  indicator_ids=placed(ChainStage.IMPACT)),
        ChainLink(id="lnk-tulevaisuuskuva", stage=ChainStage.IMPACT, title=t("Tulevaisuuskuva"),
                  text=t("Lahden seudulla toimii tiivis työllisyydenhoidon", "osa työllisyydenhoitoa.",
                         after="Toimenpiteet Tulevaisuuskuva")),
    ]
    p.impact_chains = [chain]
    return p


def main() -> None:
    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    programme = build(seed.read_text(encoding="utf-8"))
    out = lahti_example_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    save_programme(programme, out)
    out.with_name(out.name + ".bak").unlink(missing_ok=True)
    print(f"wrote {out}: {len(programme.sections)} sections, {len(programme.themes)} themes, "
          f"{sum(1 for _ in programme.focus_areas())} focus areas, {sum(1 for _ in programme.indicators())} "
          f"indicators, {len(programme.impact_chains[0].links)} chain links")


if __name__ == "__main__":
    main()
