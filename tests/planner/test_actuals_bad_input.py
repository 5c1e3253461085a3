"""Bad files give one clear Finnish line, never a crash or a hang, and leave the programme untouched."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.followup.actuals import ActualsError, apply_import, prepare_import, remove_import
from planner.model import ActualsImport, ActualValue
from planner.wording_fi import word
from tests.planner.test_actuals_compare import run_compare, small_programme


def _expect_error(tmp_path: Path, path: Path, words: str) -> ActualsError:
    prog = small_programme()
    before = copy.deepcopy(prog)
    with pytest.raises(ActualsError) as info:
        prepare_import(prog, path)
    assert prog == before
    line = info.value.one_line()
    assert "\n" not in line and path.name in line and words in line
    return info.value


def test_png_renamed_xlsx(tmp_path):
    p = tmp_path / "kuva.xlsx"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    _expect_error(tmp_path, p, "PNG-kuva")
    proc = run_compare(tmp_path, p)
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "kuva.xlsx" in proc.stderr


def test_truncated_xlsx(tmp_path):
    wb = Workbook()
    wb.active.append(["Mittari", "Kuukausi", "Arvo"])
    good = tmp_path / "ok.xlsx"
    wb.save(good)
    bad = tmp_path / "katkennut.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _expect_error(tmp_path, bad, "vioittunut")


def test_empty_file_and_empty_workbook(tmp_path):
    empty = tmp_path / "tyhja.xlsx"
    empty.write_bytes(b"")
    _expect_error(tmp_path, empty, "tyhjä")
    wb = Workbook()
    p = tmp_path / "tyhjatyokirja.xlsx"
    wb.save(p)
    _expect_error(tmp_path, p, "tyhjä")


def test_password_protected_workbook(tmp_path):
    # An encrypted Office file is an OLE container with EncryptionInfo and EncryptedPackage streams.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    body = "EncryptionInfo".encode("utf-16-le") + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le")
    p = tmp_path / "salattu.xlsx"
    p.write_bytes(header + body + b"\0" * 2048)
    _expect_error(tmp_path, p, "salasanalla")


def test_xml_entity_bomb_does_not_expand(tmp_path):
    wb = Workbook()
    wb.active.append(["Mittari", "Kuukausi", "Arvo"])
    good = tmp_path / "ok.xlsx"
    wb.save(good)
    bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol" + (str(i - 1) if i > 1 else "") + ";" * 1}' * 1 + "&lol;" * 9 + '">'
        for i in range(1, 10)
    ) + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    out = tmp_path / "pommi.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/sharedStrings.xml":
                data = bomb.encode()
            zout.writestr(item, data)
    prog = small_programme()
    try:
        plan = prepare_import(prog, out)
        assert len(plan.records) == 0  # read, nothing expanded
    except ActualsError as exc:
        assert "pommi.xlsx" in exc.one_line()


def test_not_a_table(tmp_path):
    wb = Workbook()
    wb.active.append(["Muistiinpanoja"])
    wb.active.append(["ei taulukkoa täällä"])
    p = tmp_path / "muistio.xlsx"
    wb.save(p)
    _expect_error(tmp_path, p, "otsikkoriviä ei löytynyt")


@pytest.mark.slow
def test_million_row_sheet_is_refused_or_capped(tmp_path):
    from benchmarks.bench_actuals import write_raw_xlsx

    p = tmp_path / "miljoona.xlsx"
    write_raw_xlsx(p, [("Mittari", "Kuukausi", "Arvo")] + [("Palkkatukijaksot", "1/2026", i) for i in range(1_000_000)])
    prog = small_programme()
    try:
        plan = prepare_import(prog, p)
        assert any("luettiin" in w for w in map(word, plan.warnings))
    except ActualsError as exc:
        assert "liian suuri" in exc.one_line()


def test_apply_replaces_same_period_and_undo_restores(tmp_path):
    prog = small_programme()
    first = ActualsImport(values=[ActualValue("P1", "2026-01", 10), ActualValue("P1", "2026-02", 11)])
    apply_import(prog, first)
    second = ActualsImport(values=[ActualValue("P1", "2026-02", 12), ActualValue("P1", "2026-03", 13)])
    undo = apply_import(prog, second, {"src|s": {"rivi": "P1"}})
    assert undo.replaced == 1
    all_values = sorted((v.period, v.value) for imp in prog.actual_imports for v in imp.values)
    assert all_values == [("2026-01", 10), ("2026-02", 12), ("2026-03", 13)]
    assert prog.source_mappings == {"src|s": {"rivi": "P1"}}
    assert first.values[1].value == 11  # the earlier import object itself was not changed
    undo.restore(prog)
    assert prog.actual_imports == [first] and prog.source_mappings == {}
    apply_import(prog, second)
    undo2 = remove_import(prog, second.id)
    assert [i.id for i in prog.actual_imports] == [first.id]
    undo2.restore(prog)
    assert len(prog.actual_imports) == 2


def test_round_trip_through_file_format(tmp_path):
    from planner.fileformat import load_programme, save_programme

    prog = small_programme()
    apply_import(prog, ActualsImport(source_file="x.xlsx", sheet="S", imported_at="2026-07-01T10:00:00",
                                     values=[ActualValue("P2", "2026-06", 4100.0, "4 100", "Jämsä")]),
                 {"x|s": {"Laajan tyottomyys": "P2"}})
    path = tmp_path / "o.json"
    save_programme(prog, path)
    assert load_programme(path) == prog


def test_additive_rule_for_the_example():
    from planner.example import load_example
    from planner.followup.progress import is_additive

    inds = {ind.id: ind for _t, _f, ind in load_example().indicators()}
    assert is_additive(inds["M06"])  # Laajan työttömyyden määrä: a count, municipalities add up
    assert is_additive(inds["M33"])
    for iid in ("M12", "M14", "M22", "M26", "M29", "M35"):  # queue time, ratio, percent, mean score, duration
        assert not is_additive(inds[iid]), iid
