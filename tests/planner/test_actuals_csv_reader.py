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


def test_encoding_checked_while_reading(tmp_path, monkeypatch):
    """A Windows-1252 letter far after the first block (and chunk) makes the file Windows-1252, read again whole;
    a UTF-8 letter there, a BOM and a last line without a newline read as written."""
    monkeypatch.setattr(csv_reader, "CHUNK_ROWS", 7)
    body = b"Mittari;Toteuma\n" + b"a;1\n" * 20_000
    late = tmp_path / "late.csv"
    late.write_bytes(body + "Työttömät;5".encode("cp1252"))
    assert csv_reader.head_encoding(late.read_bytes()[:65536]) == ("utf-8", "UTF-8")
    sheet = read_csv(late)
    assert sheet.rows[-1] == ["Työttömät", "5"] and sheet.rows[1] == ["a", "1"] and len(sheet.rows) == 20_002
    utf = tmp_path / "utf.csv"
    utf.write_bytes(body + "Työttömät;5\n".encode())
    assert read_csv(utf).rows[-1] == ["Työttömät", "5"]
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbfMittari;Toteuma\nTy\xc3\xb6;1\n")
    assert csv_reader.head_encoding(bom.read_bytes()[:16]) == ("utf-8-sig", "UTF-8 (BOM)")
    assert read_csv(bom).rows == [["Mittari", "Toteuma"], ["Työ", "1"]]
    early = tmp_path / "early.csv"
    early.write_bytes("Mittari;Kunta\nTyöttömät;Mänttä\n".encode("cp1252"))
    assert csv_reader.head_encoding(early.read_bytes()) == ("cp1252", "Windows-1252")
    cut = "Mittari;Toteuma\nä;1\n".encode()
    assert csv_reader.head_encoding(cut[:-4]) == ("utf-8", "UTF-8")  # "ä" cut by the block's end is not a fault


def test_lines_counted_and_estimated(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "_BLOCK", 64)
    path = tmp_path / "t.csv"
    path.write_bytes(b"Mittari;Toteuma\n" + b"a;1\n" * 40 + b"b;2")
    assert csv_reader.count_lines(path) == 42
    data = path.read_bytes()
    assert csv_reader.estimated_lines(len(data), data) == 42
    assert csv_reader.estimated_lines(len(data) * 10, data[:40]) == 10 * len(data) * data[:40].count(b"\n") // 40


def test_more_rows_than_the_limit_found_while_reading(tmp_path, monkeypatch):
    """The first lines are long, the rest short: the estimate is under the limit, the reading stops at it."""
    monkeypatch.setattr(csv_reader, "MAX_CSV_ROWS", 1000)
    monkeypatch.setattr(csv_reader, "CHUNK_ROWS", 100)
    path = tmp_path / "iso.csv"
    path.write_text("Mittari;Toteuma\n" + ("pitkä nimi" * 20 + ";1\n") * 400 + "a;1\n" * 1500, encoding="utf-8")
    assert csv_reader.estimated_lines(path.stat().st_size, path.read_bytes()[:65536]) < 800
    with pytest.raises(ActualsError) as exc:
        read_csv(path)
    assert "1\u00a0901" in str(exc.value) and "1\u00a0000" in str(exc.value)
