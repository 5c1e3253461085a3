"""``planner export`` from the command line, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.example import load_example
from planner.fileformat import save_programme
from tests.planner.report_fixtures import with_demo_actuals

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "planner", "export", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    plain = d / "ohjelma.json"
    save_programme(load_example(), plain)
    actual = d / "toteumat.json"
    save_programme(with_demo_actuals(load_example()), actual)
    return d, plain, actual


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_export_every_format(files, fmt):
    d, plain, actual = files
    out = d / f"ohjelma.{fmt}"
    r = run(plain, "--format", fmt, "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 1000
    assert str(out) in r.stdout
    out2 = d / f"seuranta.{fmt}"
    r = run(actual, "--format", fmt, "--report", "follow-up", "--as-of", "10.7.2026", "-o", out2)
    assert r.returncode == 0, r.stderr
    assert out2.exists()


def test_format_from_extension(files):
    d, plain, _ = files
    r = run(plain, "-o", d / "x.pdf")
    assert r.returncode == 0, r.stderr
    assert (d / "x.pdf").read_bytes().startswith(b"%PDF")


def test_errors_are_one_clear_line(files):
    d, plain, _ = files
    cases = [
        (run(d / "puuttuu.json", "--format", "pdf", "-o", d / "y.pdf"), "puuttuu.json"),
        (run(plain, "--format", "pdf", "--report", "follow-up", "-o", d / "y.pdf"), "toteumatietoja"),
        (run(plain, "--format", "pdf", "-o", d / "ei" / "y.pdf"), "Kansiota"),
        (run(plain, "-o", d / "y.txt"), "--format"),
        (run(plain, "--format", "pdf", "--as-of", "huomenna", "-o", d / "y.pdf"), "30.6.2026"),
    ]
    for r, word in cases:
        assert r.returncode == 2
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Virhe:") and word in lines[0], r.stderr
        assert "Traceback" not in r.stderr
    assert not (d / "y.pdf").exists()


def test_failed_export_keeps_existing_file(files, monkeypatch):
    from planner.reports import export as export_mod

    d, _plain, _ = files
    target = d / "vanha.pdf"
    target.write_bytes(b"old good file")

    def boom(*a, **k):
        raise RuntimeError("rikki")

    monkeypatch.setattr(export_mod, "_write", boom)
    with pytest.raises(export_mod.ExportError, match="rikki"):
        export_mod.export(load_example(), "pdf", "programme", target)
    assert target.read_bytes() == b"old good file"
    assert sorted(p.name for p in d.iterdir() if p.name.startswith(".vanha"))== []
