"""Never die on a file, never lose work (issue 12): the loading gate, validation, saving, exports."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time

import pytest

from planner.example import load_example
from planner.fileformat import load_programme, loads, programme_to_dict, save_programme
from planner.model import Programme
from planner.statements.fileformat import load_statement, save_statement
from planner.statements.model import Statement
from planner.storage import loading_gate
from planner.storage.atomic import atomic_write, clean_stale_temps
from planner.storage.json_file import FileFormatError, SaveError
from tests.conftest import ROOT

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=ROOT)


def one_error_line(proc: subprocess.CompletedProcess) -> str:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and lines[0].startswith("Virhe: ") and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


# -- the loading gate ---------------------------------------------------------------------


@needs_fifo
def test_fifo_is_refused_without_opening_it_for_reading(tmp_path):
    fifo = tmp_path / "putki.tyohjelma"
    os.mkfifo(fifo)
    for kind in loading_gate.LIMITS:
        with pytest.raises(loading_gate.LoadLimitError) as err:
            loading_gate.read_limited(fifo, kind)
        assert err.value.code == "not_regular" and "putki.tyohjelma" in err.value.one_line()
    line = one_error_line(run_cli("check", str(fifo), timeout=30))
    assert "ei ole tavallinen tiedosto" in line


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_gives_one_line_not_a_memory_error():
    line = one_error_line(run_cli("check", "/dev/zero", timeout=30))
    assert "/dev/zero" in line and "ei ole tavallinen tiedosto" in line


def test_folder_and_missing_file_and_size_limit(tmp_path, monkeypatch):
    with pytest.raises(FileFormatError) as err:
        load_programme(tmp_path)
    assert err.value.code == "is_folder"
    with pytest.raises(FileFormatError) as err:
        load_programme(tmp_path / "ei.json")
    assert err.value.code == "not_found"
    path = tmp_path / "iso.tyohjelma"
    save_programme(load_example(), path)
    monkeypatch.setitem(loading_gate.LIMITS, loading_gate.PROGRAMME,
                        loading_gate.Limits("ohjelmatiedosto", max_bytes=1000))
    with pytest.raises(FileFormatError) as err:
        load_programme(path)
    assert err.value.code == "too_large"
    assert "ohjelmatiedosto saa olla enintään 1 kt" in err.value.message


def test_zip_limits_name_the_limit(tmp_path, monkeypatch):
    from tests.planner.hostile_word_files import many_members_docx, zip_bomb_docx

    bomb = zip_bomb_docx(tmp_path / "pommi.docx", expanded_mb=120)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(loading_gate.LoadLimitError) as err:
        loading_gate.gate(bomb, loading_gate.QUESTIONS_DOCX)
    assert err.value.code == "unpacks_too_large" and "100 Mt" in err.value.message
    many = many_members_docx(tmp_path / "osia.docx", members=2500)
    with pytest.raises(loading_gate.LoadLimitError) as err:
        loading_gate.gate(many, loading_gate.QUESTIONS_DOCX)
    assert err.value.code == "too_many_members" and "2000" in err.value.message


# -- validation on load -------------------------------------------------------------------


def _example_data():
    return programme_to_dict(load_example())


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["programme"].__setitem__("year", -5), "programme.year"),
    (lambda d: d["programme"].__setitem__("year", 0), "programme.year"),
    (lambda d: d["programme"].__setitem__("year", 99999), "programme.year"),
    (lambda d: d["programme"]["follow_up"].__setitem__("on_track", -1), "programme.follow_up.on_track"),
    (lambda d: d["programme"]["follow_up"].__setitem__("at_risk", 1e300), "programme.follow_up.at_risk"),
    (lambda d: d["programme"].__setitem__("status", 5), "programme.status"),
    (lambda d: d["programme"]["source_mappings"].__setitem__("x", {"rivi": 5}), "programme.source_mappings.x.rivi"),
])
def test_out_of_range_and_wrong_type_fields_are_named(mutate, field):
    data = _example_data()
    mutate(data)
    with pytest.raises(FileFormatError) as err:
        loads(json.dumps(data))
    assert err.value.path == field


def test_too_long_list_is_refused(monkeypatch):
    import planner.storage.json_file as jf

    data = _example_data()
    data["programme"]["municipalities"] = ["Kunta"] * 50
    monkeypatch.setattr(jf, "MAX_LIST_ITEMS", 10)
    with pytest.raises(FileFormatError) as err:
        loads(json.dumps(data))
    assert err.value.path == "programme.municipalities" and "liikaa" in err.value.message


@pytest.mark.parametrize("shape, field", [
    ({"themes": 7}, "programme.themes"),
    ({"themes": [True]}, "programme.themes[0]"),
    ({"themes": [{"focus_areas": 5}]}, "programme.themes[0].focus_areas"),
    ({"themes": [{"focus_areas": [{"indicators": 5}]}]}, "programme.themes[0].focus_areas[0].indicators"),
    ({"themes": [{"focus_areas": [{"references": [1]}]}]}, "programme.themes[0].focus_areas[0].references[0]"),
    ({"themes": [{"focus_areas": [False]}]}, "programme.themes[0].focus_areas[0]"),
])
def test_version_1_of_the_wrong_shape_is_refused_with_the_field(tmp_path, shape, field):
    path = tmp_path / "v1.json"
    path.write_text(json.dumps({"format": "tyollisyysohjelma", "schema_version": 1, "programme": shape}),
                    encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        load_programme(path)
    assert err.value.path == field
    line = one_error_line(run_cli("check", str(path)))
    assert field in line


def test_lone_surrogate_refused_on_load_and_check_gives_one_line(tmp_path):
    path = tmp_path / "s.json"
    text = json.dumps(_example_data()).replace('"title": "Ty', '"title": "\\ud800Ty', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        load_programme(path)
    assert err.value.path == "programme.title" and err.value.code == "bad_text"
    assert "sijaismerkki" in one_error_line(run_cli("check", str(path)))


def test_statement_file_is_validated_the_same_way(tmp_path):
    path = tmp_path / "l.lausunto.json"
    save_statement(Statement(organisation="Mikkeli"), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["statement"]["organisation"] = "\udc00"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        load_statement(path)
    assert err.value.path == "statement.organisation"


# -- saving ---------------------------------------------------------------------------------


def test_a_text_that_cannot_be_encoded_is_still_saved(tmp_path):
    p = Programme(title="Ohjelma \ud800 2026", year=2026)
    path = tmp_path / "o.tyohjelma"
    save_programme(p, path)  # a lone surrogate (not a character) becomes U+FFFD, the rest is kept
    assert load_programme(path).title == "Ohjelma \ufffd 2026"


def test_a_save_that_would_not_load_again_leaves_the_old_file(tmp_path, monkeypatch):
    import planner.fileformat as ff

    path = tmp_path / "o.tyohjelma"
    save_programme(Programme(title="Vanha", year=2026), path)
    before = path.read_bytes()

    def broken_loader(p):
        raise FileFormatError("rikki", "programme.title")

    monkeypatch.setattr(ff, "load_programme", broken_loader)
    with pytest.raises(SaveError) as err:
        ff.save_programme(Programme(title="Uusi", year=2026), path)
    assert "vanha tiedosto säilytettiin" in err.value.message
    assert path.read_bytes() == before
    assert sorted(f.name for f in tmp_path.iterdir()) == ["o.tyohjelma"]  # no temp file, no new backup


def test_old_temp_files_are_cleaned_on_save_young_ones_kept(tmp_path):
    path = tmp_path / "o.tyohjelma"
    old = tmp_path / ".o.tyohjelma.abc123.tmp"
    old_bak = tmp_path / ".o.tyohjelma.bak.zz9.tmp"
    young = tmp_path / ".o.tyohjelma.new1.tmp"
    other = tmp_path / ".muu.tyohjelma.x.tmp"
    for f in (old, old_bak, young, other):
        f.write_bytes(b"{")
    day_ago = time.time() - 2 * 24 * 3600
    for f in (old, old_bak, other):
        os.utime(f, (day_ago, day_ago))
    save_programme(Programme(title="A", year=2026), path)
    assert not old.exists() and not old_bak.exists()
    assert young.exists() and other.exists()
    assert clean_stale_temps(path, max_age=-1) == [young]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_keeps_the_files_permissions(tmp_path):
    path = tmp_path / "o.tyohjelma"
    save_programme(Programme(title="A"), path)
    os.chmod(path, 0o664)
    save_programme(Programme(title="B"), path)
    assert (path.stat().st_mode & 0o777) == 0o664


def test_failed_write_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "o.tyohjelma"
    atomic_write(path, b"{}")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(path, b"[]")
    monkeypatch.undo()
    assert path.read_bytes() == b"{}" and [f.name for f in tmp_path.iterdir()] == ["o.tyohjelma"]


# -- exports --------------------------------------------------------------------------------


@pytest.fixture
def example_file(tmp_path):
    path = tmp_path / "ohjelma.tyohjelma"
    save_programme(load_example(), path)
    return path


def test_read_only_export_target_is_reported_not_replaced(tmp_path, example_file):
    target = tmp_path / "raportti.xlsx"
    target.write_bytes(b"vanha")
    os.chmod(target, 0o444)
    line = one_error_line(run_cli("export", str(example_file), "-o", str(target)))
    assert "vain luku" in line
    assert target.read_bytes() == b"vanha"
    statement = tmp_path / "l.lausunto.json"
    save_statement(Statement(organisation="Mikkeli"), statement)
    txt = tmp_path / "l.txt"
    txt.write_bytes(b"vanha")
    os.chmod(txt, 0o444)
    line = one_error_line(run_cli("statement-export", str(statement), "-o", str(txt)))
    assert "vain luku" in line and txt.read_bytes() == b"vanha"
    template = tmp_path / "pohja.xlsx"
    template.write_bytes(b"vanha")
    os.chmod(template, 0o444)
    line = one_error_line(run_cli("actuals-template", str(example_file), "-o", str(template)))
    assert "vain luku" in line and template.read_bytes() == b"vanha"


def test_read_only_folder_export_is_one_clean_error(tmp_path, monkeypatch):
    import tempfile

    from planner.reports.export import ExportError, export

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportError) as err:
        export(load_example(), "pdf", "programme", tmp_path / "x.pdf")
    assert "ei voi kirjoittaa" in str(err.value) and "Valitse toinen kansio" in str(err.value)


FULL_DISK = """
import builtins, errno, sys
real_open = builtins.open
class Full:
    def __init__(self, f): self.f = f
    def write(self, data): raise OSError(errno.ENOSPC, "No space left on device")
    def __getattr__(self, name): return getattr(self.f, name)
    def __enter__(self): return self
    def __exit__(self, *a): self.f.close()
def fake_open(file, mode="r", *a, **k):
    f = real_open(file, mode, *a, **k)
    return Full(f) if "w" in mode and str(file).endswith(".tmp") else f
builtins.open = fake_open
from planner.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("suffix", ["xlsx", "docx"])
def test_full_disk_export_gives_one_line_no_stray_zipfile_traceback(tmp_path, example_file, suffix):
    proc = subprocess.run([sys.executable, "-c", FULL_DISK, "export", str(example_file), "-o",
                           str(tmp_path / f"r.{suffix}")], capture_output=True, text=True, encoding="utf-8",
                          cwd=ROOT, timeout=120)
    line = one_error_line(proc)
    assert "levy on täynnä" in line and "Exception ignored" not in proc.stderr
    assert not list(tmp_path.glob("*.tmp")) and not (tmp_path / f"r.{suffix}").exists()


# -- imported actuals -----------------------------------------------------------------------


def test_actuals_cell_of_401_digits_is_refused_with_the_cell_named(tmp_path):
    import openpyxl

    from planner.followup.actuals import ActualsError, prepare_import

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Toteumat"
    ws.append(["Tunnus", "Mittari", "Kausi", "Arvo"])
    ws.append(["M01", "Osallistuminen kansainvälisen rekrytoinnin tapahtumiin", "2026-03", "1" * 401])
    ws.append(["M02", "Työnantajakontaktien määrä", "2026-03", 12])
    path = tmp_path / "toteumat.xlsx"
    wb.save(path)
    with pytest.raises(ActualsError) as err:
        prepare_import(load_example(), path)
    e = err.value
    assert (e.sheet, e.row, e.column) == ("Toteumat", 2, "D") and "liian suuri" in e.message


@needs_fifo
def test_actuals_from_a_fifo_is_one_line(tmp_path, example_file):
    fifo = tmp_path / "toteumat.csv"
    os.mkfifo(fifo)
    line = one_error_line(run_cli("compare", str(example_file), "--actuals", str(fifo), timeout=30))
    assert "ei ole tavallinen tiedosto" in line


def test_value_of_hundreds_of_digits_is_text_not_infinity(tmp_path):
    from planner.values import parse_value

    assert parse_value("9" * 400).number is None
    p = load_example()
    ind = next(iter(p.indicators()))[2]
    ind.target = "9" * 400
    path = tmp_path / "o.tyohjelma"
    save_programme(p, path)  # saves (no bare Infinity in the file)
    assert "Infinity" not in path.read_text(encoding="utf-8")
    out = tmp_path / "o.pdf"
    proc = run_cli("export", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr


def test_overflowing_literals_and_raw_surrogates_are_named_too():
    text = json.dumps(_example_data())
    with pytest.raises(FileFormatError) as err:
        loads(text.replace('"on_track": 0.9', '"on_track": 1e999'))
    assert err.value.path == "programme.follow_up.on_track"
    with pytest.raises(FileFormatError) as err:
        loads(text.replace('"on_track": 0.9', '"on_track": ' + "9" * 400 + ".5"))
    assert err.value.path == "programme.follow_up.on_track"
    raw = json.dumps(_example_data(), ensure_ascii=False).replace('"motto": "', '"motto": "\ud800', 1)
    with pytest.raises(FileFormatError) as err:
        loads(raw)  # a recovery copy's text: the surrogate is a character, not an escape
    assert err.value.path == "programme.motto"
