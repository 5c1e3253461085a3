"""The municipality code table read from statistics files ("KU182 Jämsä", "182")."""

from planner.followup.actuals.municipality_codes import MUNICIPALITY_BY_CODE


def test_the_table_has_every_municipality_in_force_once():
    assert len(MUNICIPALITY_BY_CODE) == 309  # Finland's municipalities since 2021
    assert len(set(MUNICIPALITY_BY_CODE.values())) == 309
    assert all(len(code) == 3 and code.isdigit() for code in MUNICIPALITY_BY_CODE)


def test_codes_and_names_as_in_the_national_code_list():
    expected = {"091": "Helsinki", "049": "Espoo", "179": "Jyväskylä", "182": "Jämsä", "172": "Joutsa",
                "249": "Keuruu", "435": "Luhanka", "495": "Multia", "508": "Mänttä-Vilppula",
                "592": "Petäjävesi", "850": "Toivakka", "599": "Pedersöre", "478": "Maarianhamina"}
    assert {code: MUNICIPALITY_BY_CODE.get(code) for code in expected} == expected
    for special in ("198", "199", "200", "999"):  # no home municipality, unknown, abroad: not municipalities
        assert special not in MUNICIPALITY_BY_CODE
