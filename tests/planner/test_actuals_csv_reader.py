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
