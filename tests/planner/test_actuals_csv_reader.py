"""CSV files read in chunks: the cells are the text as written, every row is read, a too long file is refused."""

from __future__ import annotations

import pytest

from planner.followup.actuals import ActualsError, csv_reader
from planner.followup.actuals.readers import read_csv


def test_cells_as_written_across_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "CHUNK_ROWS", 3)
    path = tmp_path / "t.csv"
    lines = ['"Otsikko"', "", "Mittari;Kuukausi;Toteuma", 'Palkkatuki;1/2026;"1 234,5"', "Palkkatuki;2/2026;NA",
             "", "Palkkatuki;3/2026;..", 'Tyo "A";4/2026;007']
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    sheet = read_csv(path)
    rows = [[c for c in r if c != ""] for r in sheet.rows]
    assert rows == [["Otsikko"], [], ["Mittari", "Kuukausi", "Toteuma"], ["Palkkatuki", "1/2026", "1 234,5"],
                    ["Palkkatuki", "2/2026", "NA"], [], ["Palkkatuki", "3/2026", ".."], ['Tyo "A"', "4/2026", "007"]]
    assert sheet.total_rows == 8 and not sheet.truncated


def test_uneven_rows_fall_back_to_csv_module(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Mittari;Toteuma\n" + "a;1\n" * 3000 + "b;2;x;y;z\n", encoding="utf-8")
    sheet = read_csv(path)
    assert sheet.rows[-1] == ["b", "2", "x", "y", "z"] and len(sheet.rows) == 3002


def test_finnish_letters_utf8_and_windows_1252(tmp_path):
    for enc in ("utf-8", "utf-8-sig", "cp1252"):
        path = tmp_path / f"t_{enc}.csv"
        path.write_text("Mittari;Kunta;Toteuma\nTyöttömät;Mänttä-Vilppula;5\n", encoding=enc)
        assert read_csv(path).rows[1] == ["Työttömät", "Mänttä-Vilppula", "5"]


def test_more_rows_than_the_limit_refused_up_front(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "MAX_CSV_ROWS", 100)
    path = tmp_path / "iso.csv"
    path.write_text("Mittari;Toteuma\n" + "a;1\n" * 150, encoding="utf-8")
    with pytest.raises(ActualsError) as exc:
        read_csv(path)
    assert "151" in str(exc.value) and "100" in str(exc.value)


def test_encoding_told_and_lines_counted_in_one_pass(tmp_path, monkeypatch):
    """A Windows-1252 letter after the first block, a UTF-8 letter cut by a block's end, no last newline."""
    monkeypatch.setattr(csv_reader, "_BLOCK", 64)
    late = tmp_path / "late.csv"
    late.write_bytes(b"Mittari;Toteuma\n" + b"a;1\n" * 40 + "Työttömät;5".encode("cp1252"))
    assert csv_reader.encoding_and_lines(late, late.read_bytes()[:16]) == ("cp1252", "Windows-1252", 42)
    cut = tmp_path / "cut.csv"
    data = b"Mittari;Toteuma\n" + b"a;1\n" * 12
    data += b"x" * (64 - len(data) % 64 - 1) + "ä;2\n".encode()  # "ä" is two bytes across the block's end
    cut.write_bytes(data)
    assert csv_reader.encoding_and_lines(cut, data[:16]) == ("utf-8", "UTF-8", 14)
    assert read_csv(cut).rows[-1][0].endswith("ä")
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbfMittari;Toteuma\nTy\xc3\xb6;1\n")
    assert csv_reader.encoding_and_lines(bom, bom.read_bytes()[:16]) == ("utf-8-sig", "UTF-8 (BOM)", 2)
    assert read_csv(late).rows[-1] == ["Työttömät", "5"]
