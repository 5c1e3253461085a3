"""Actuals from .ods and .xls (kept small in tests/data, made with LibreOffice from an openpyxl workbook)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, child_env

DATA = ROOT / "tests" / "data" / "actuals"


@pytest.mark.parametrize("name", ["toteumat.ods", "toteumat.xls"])
def test_ods_and_xls_compare_like_xlsx(tmp_path, name):
    env = child_env()
    prog = tmp_path / "ohjelma.tyohjelma"
    subprocess.run([sys.executable, "-m", "planner", "example", str(prog)], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    r = subprocess.run([sys.executable, "-m", "planner", "compare", str(prog), "--actuals", str(DATA / name),
                        "--as-of", "31.3.2026", "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                       encoding="utf-8")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    got = {i["name"]: (i["actual"], i["period"], i["matched_by"]) for i in out["indicators"] if i["actual"] is not None}
    # A stock takes the latest month; a flow sums the quarter. The title and source lines are not values.
    assert got == {"Laajan työttömyyden määrä": (4280, "2026-03", "name"),
                   "Työnantajakontaktien määrä": (277, "2026-03", "name")}
    assert out["unmatched"] == []
