"""The Finnish value parser: every value of seed 004 and domain.md, plus the forms people write."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.values import Bound, Period, ValueKind, format_number, parse_period, parse_value

# text, number, unit, period key (from domain.md's table and seed 004)
DOMAIN_TABLE = [
    ("150 (vuosi 2025)", 150, "", "2025"),
    ("4301 (joulukuu 2025)", 4301, "", "2025-12"),
    ("1 468 henkilöä (joulukuu 2025)", 1468, "henkilöä", "2025-12"),
    ("69,9 % suunnitelmista ajan tasalla", 69.9, "%", None),
    ("n. 139 asiakasta/ htv (joulukuu 2025)", 139, "asiakasta/htv", "2025-12"),
    ("3,82 (2025)", 3.82, "", "2025"),
    ("4,0 (2026)", 4.0, "", "2026"),
    ("Enintään 3 kk", 3, "kk", None),
    ("Vähintään 1 seurattava tilastotekijä /palvelu", 1, "", None),
    ("Peruslausunto 7 vrk (laki)", 7, "vrk", None),
    ("65 jaksoa", 65, "jaksoa", None),
    ("8 kuntaa", 8, "kuntaa", None),
]

NO_NUMBER = ["Ei luotettavaa tilastoa", "Ei seurantaa", "-", "Ei alueellisia linjauksia",
             "Alueelliset linjaukset luotu", "Kuvattu yhtenäinen toimintamalli", "", "..", "–"]


@pytest.mark.parametrize("text,number,unit,period", DOMAIN_TABLE)
def test_domain_table_values(text, number, unit, period):
    v = parse_value(text)
    assert v.kind is ValueKind.NUMBER
    assert v.number == pytest.approx(number)
    assert v.unit == unit
    assert (v.period.key() if v.period else None) == period


def test_readings_flags():
    assert parse_value("n. 139 asiakasta/ htv (joulukuu 2025)").approximate
    assert parse_value("noin 40").approximate
    assert parse_value("Enintään 3 kk").bound is Bound.AT_MOST
    assert parse_value("Vähintään 1 seurattava tilastotekijä /palvelu").bound is Bound.AT_LEAST
    assert parse_value("Peruslausunto 7 vrk (laki)").statutory
    over = parse_value("yli 400")
    assert over.bound is Bound.AT_LEAST and over.strict and over.number == 400
    under = parse_value("alle 10 %")
    assert under.bound is Bound.AT_MOST and under.strict and under.unit == "%"
    assert parse_value("max 3 kk").bound is Bound.AT_MOST
    assert parse_value("min. 2").bound is Bound.AT_LEAST
    assert parse_value("≥ 5").bound is Bound.AT_LEAST
    assert parse_value("≤5").bound is Bound.AT_MOST


@pytest.mark.parametrize("text", NO_NUMBER)
def test_text_without_number_is_a_value_not_an_error(text):
    v = parse_value(text)
    assert v.number is None
    assert v.kind in (ValueKind.TEXT, ValueKind.EMPTY)
    assert v.text == text  # what the user wrote is kept


def test_none_statements():
    for text in ["Ei seurantaa", "-", "Ei mittareita", ""]:
        assert parse_value(text).says_none
    assert not parse_value("Alueelliset linjaukset luotu").says_none


@pytest.mark.parametrize(
    "text,number",
    [
        ("1\u00a0468", 1468),  # no-break space
        ("1\u202f468", 1468),  # narrow no-break space
        ("1\u2009234,5", 1234.5),  # thin space
        ("12 345 678", 12345678),
        ("\u22125", -5),  # Unicode minus
        ("-2,5", -2.5),
        ("yksi", 1),
        ("kolme tapahtumaa", 3),
        ("kymmenen", 10),
        ("Vähintään yksi vaikuttavuuden arvioinnin työkalu /palvelu", 1),
        ("45 000 €", 45000),
        ("1,2 milj. €", 1_200_000),
        ("0,8 M€", 800_000),
        ("28 %", 28),
        ("12 prosenttia", 12),
    ],
)
def test_numbers(text, number):
    assert parse_value(text).number == pytest.approx(number)


def test_euros_and_percent_units():
    assert parse_value("45 000 €").unit == "€"
    assert parse_value("1,2 milj. €").unit == "€"
    assert parse_value("0,8 M€").unit == "€"
    assert parse_value("12 prosenttia").unit == "%"


@pytest.mark.parametrize(
    "text,key",
    [
        ("2025", "2025"),
        ("joulukuu 2025", "2025-12"),
        ("12/2025", "2025-12"),
        ("Q4/2025", "2025-Q4"),
        ("31.12.2025", "2025-12-31"),
        ("vuosi 2025", "2025"),
        ("tammikuu 2026", "2026-01"),
        ("2026M03", "2026-03"),
    ],
)
def test_periods(text, key):
    p = parse_period(text)
    assert p is not None and p.key() == key
    assert parse_value(f"150 ({text})").period.key() == key


def test_period_after_number_without_parentheses():
    v = parse_value("1 468 henkilöä joulukuu 2025")
    assert v.number == 1468 and v.period == Period(2025, month=12)


def test_describe_is_finnish():
    assert parse_value("1 468 henkilöä (joulukuu 2025)").describe() == "1\u00a0468 henkilöä, joulukuu 2025"
    assert parse_value("Enintään 3 kk").describe() == "enintään 3 kk"
    assert parse_value("Ei seurantaa").describe() == "teksti, ei lukua"


def test_format_number_finnish():
    assert format_number(1468) == "1\u00a0468"
    assert format_number(69.9) == "69,9"
    assert format_number(-1234.5) == "-1\u00a0234,5"
    assert format_number(3.8, decimals=2) == "3,80"


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3, allow_nan=False,
                   allow_infinity=False))
def test_finnish_formatted_number_parses_back(d):
    value = float(d)
    assert parse_value(format_number(value)).number == pytest.approx(value, rel=1e-12, abs=1e-9)


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_any_thousands_separator(n, sep):
    text = f"{n:,}".replace(",", sep)
    assert parse_value(text).number == n


@given(st.text(max_size=60))
def test_parser_never_raises(text):
    v = parse_value(text)
    assert v.text == text
