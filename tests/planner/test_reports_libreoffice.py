"""The DOCX and XLSX open in LibreOffice (headless conversion), when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from planner.example import load_example
from planner.reports.export import export
from tests.planner.report_fixtures import hostile_programme, with_demo_actuals

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt,target", [("docx", "pdf"), ("xlsx", "csv")])
@pytest.mark.parametrize("which", ["example", "hostile"])
def test_libreoffice_converts(tmp_path, fmt, target, which):
    p = with_demo_actuals(load_example()) if which == "example" else hostile_programme()
    src = tmp_path / f"r.{fmt}"
    export(p, fmt, "follow-up" if which == "example" else "programme", src, as_of=date(2026, 7, 10))
    r = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                        target, "--outdir", str(tmp_path / "out"), str(src)], capture_output=True, text=True,
                       timeout=180)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "out" / f"r.{target}"
    assert out.exists() and out.stat().st_size > 100
