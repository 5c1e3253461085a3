"""``planner statement-example`` and ``planner statement-export`` as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.planner.statements_helpers import norm, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_example_then_export_in_three_formats(tmp_path):
    r = run("statement-example", "mikkeli", "m.lausunto.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    for fmt in ("pdf", "docx", "txt"):
        r = run("statement-export", "m.lausunto.json", "--format", fmt, "-o", f"out.{fmt}", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert (tmp_path / f"out.{fmt}").stat().st_size > 1000
    assert "Kehittämisehdotus 5: Alueellisten yhteistyösopimusten edistäminen" in norm(pdf_text(tmp_path / "out.pdf"))


def test_format_from_the_file_name(tmp_path):
    assert run("statement-example", "mantsala", "s.json", cwd=tmp_path).returncode == 0
    r = run("statement-export", "s.json", "-o", "lausunto.docx", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "lausunto.docx").read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "tyollisyysohjelma", "schema_version": 2}'])
def test_unreadable_file_is_one_line_and_exit_2(tmp_path, content):
    (tmp_path / "bad.json").write_bytes(content)
    r = run("statement-export", "bad.json", "--format", "pdf", "-o", "x.pdf", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "bad.json" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_file_and_unknown_format(tmp_path):
    r = run("statement-export", "poissa.json", "-o", "x.pdf", cwd=tmp_path)
    assert r.returncode == 2 and "ei löydy" in r.stderr and r.stderr.count("\n") == 1
    run("statement-example", "mikkeli", "m.json", cwd=tmp_path)
    r = run("statement-export", "m.json", "-o", "x.odt", cwd=tmp_path)
    assert r.returncode == 2 and "--format" in r.stderr


def test_unwritable_output_is_one_line(tmp_path):
    run("statement-example", "mikkeli", "m.json", cwd=tmp_path)
    r = run("statement-export", "m.json", "--format", "txt", "-o", "ei/ole/kansiota/x.txt", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_unknown_example_name_is_refused(tmp_path):
    r = run("statement-example", "helsinki", "x.json", cwd=tmp_path)
    assert r.returncode == 2 and not (tmp_path / "x.json").exists()


# -- planner statement-new (issue 12) -------------------------------------------------------


def test_statement_new_from_request_with_programme(tmp_path):
    from planner.statements.fileformat import load_statement
    from tests.planner.statements_helpers import SEED_MIKKELI

    (tmp_path / "pyynto.txt").write_bytes(SEED_MIKKELI.read_bytes())
    assert run("example", "ohjelma.tyohjelma", cwd=tmp_path).returncode == 0
    r = run("statement-new", "--questions", "pyynto.txt", "--programme", "ohjelma.tyohjelma",
            "-o", "uusi.lausunto.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "6 kysymystä" in r.stdout and "rivi 1: Mikkelin kaupunki" in r.stdout
    s = load_statement(tmp_path / "uusi.lausunto.json")
    assert s.case_number == "VN/37864/2025" and len(s.items) == 6
    assert s.items[0].title == "Kehittämisehdotus 1: Uravalmennuksen räätälöinti"
    assert s.source.programme_path == str((tmp_path / "ohjelma.tyohjelma").resolve())
    assert s.source.title.startswith("Arviomuistio")


def test_statement_new_from_docx_without_programme(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Asia: VN/1/2026")
    for title in ("1. Uravalmennus", "2. Työhönvalmennus"):
        d.add_paragraph(title)
        d.add_paragraph("Näkemykset:")
    d.save(str(tmp_path / "p.docx"))
    r = run("statement-new", "--questions", "p.docx", "-o", "l.lausunto.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    from planner.statements.fileformat import load_statement

    s = load_statement(tmp_path / "l.lausunto.json")
    assert [i.title for i in s.items] == ["Uravalmennus", "Työhönvalmennus"] and s.case_number == "VN/1/2026"


def test_statement_new_refuses_hostile_and_empty_requests_in_one_line(tmp_path):
    from tests.planner.hostile_word_files import zip_bomb_docx

    zip_bomb_docx(tmp_path / "pommi.docx", expanded_mb=120)
    (tmp_path / "tyhja.txt").write_text("Ei kysymyksiä tässä.\n", encoding="utf-8")
    cases = {"pommi.docx": "purkautuu liian suureksi", "tyhja.txt": "ei löytynyt yhtään kysymystä",
             "poissa.docx": "ei löydy"}
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "putki.txt")
        cases["putki.txt"] = "ei ole tavallinen tiedosto"
    for name, expect in cases.items():
        r = run("statement-new", "--questions", name, "-o", "x.lausunto.json", cwd=tmp_path)
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and expect in r.stderr, (name, r.stderr)
        assert "Traceback" not in r.stderr and not (tmp_path / "x.lausunto.json").exists()
    (tmp_path / "ok.txt").write_text("1. Kysymys\nNäkemykset:\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    r = run("statement-new", "--questions", "ok.txt", "--programme", "bad.json", "-o", "x.lausunto.json",
            cwd=tmp_path)
    assert r.returncode == 2 and "ohjelmaa ei voi lukea" in r.stderr and r.stderr.count("\n") == 1
