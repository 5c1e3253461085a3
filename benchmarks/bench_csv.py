"""Benchmark: ``planner compare`` on a 1,000,000-row PxWeb CSV vs ``pandas.read_csv`` alone.

Run: ``.venv/bin/python benchmarks/bench_csv.py [ROWS]`` (whole processes, A B A B ...,
the median of the pairwise ratios; peak memory of each child). run_all.py has the same row.
Goal: at most 1.5x pandas.read_csv, at most 250 MB, all rows read (or refused up front).

The file is what Tilastokeskus' PxWeb gives for a national table: a title line, a
blank line, ``"Alue";"Kuukausi";measure;measure`` and one row per municipality
and month (every municipality of Finland, of which the example keeps eight).

Profile (cProfile of the import, 1,000,000 rows, before this change):
- the ``csv`` module over the decoded text, one Python list per row: ~45 %;
- ``path.read_bytes()`` + ``decode`` + ``StringIO``: the file three times in memory
  (454 MB peak); rows after 300,000 were decoded and thrown away;
- ``extract_records``: one pass over the rows, ~0.5 µs per dropped row (the area
  of each distinct cell is decided once and cached).

Then (csv_reader.py, the round before): pandas' C parser in chunks of 100,000 rows,
``dtype=str`` with no NA guessing, so every cell is the text as written; the encoding
checked block by block, the line count deciding up front whether the file is within
MAX_CSV_ROWS (2,000,000); all rows used. 2.39x pandas (wall), 243 MB.

This round (CPU of the whole process, median of 3: 1.73 s -> 1.31 s; pandas alone 0.65 s;
peak 242 MB -> 180 MB; run_all wall 2.39x -> 1.8-1.95x):
- the chunks' ``to_numpy().tolist()`` turned all 1,000,000 rows into lists (0.47 s, more than
  pandas' parse, 0.30 s): now the chunks stay object arrays (``csv_reader.ColumnRows``) and a
  row becomes a list only when read. The import's area filter for a national table works on
  the area column: ``pandas.factorize`` (its distinct cells in order of appearance), one
  decision per distinct area, numpy masks and ``bincount`` for the rows left out per area
  (the same counts as the row loop: a row with neither period nor value is not counted); the
  26,000 kept rows of the example's eight municipalities become lists, the other 974,000
  never do. tests/planner/test_actuals_csv_columns.py compares every figure, note and
  refusal with the list path at chunk boundaries;
- each distinct value text is read once (``cell_value`` per text, 2.7 µs, was per cell);
- the outlook and combine changes of bench_actuals.py.

Where the time goes now (CPU s, in-process): importing pandas 0.30 and its parse 0.30 (both
in the yardstick too); ``to_numpy`` per chunk 0.03; encoding check and line count 0.03; the
area filter 0.10-0.15 (factorize of 1,000,000 strings is most of it); the kept rows'
extraction 0.15; combine 0.09; comparison and outlook 0.05; the planner's imports ~0.1.
The floor: pandas' own read and import plus the planner's imports and one hash pass over the
area column, ~1.4x; left above it: the per-row Python work on the kept rows (Record per
value, combine) and touching 1,000,000 scattered string objects once more. Tried and
dropped: ``dtype="category"`` (no Python string per cell, but pandas' categorical parse
is 3x slower: 1.25 s vs 0.41 s for the chunks).

Fourth round (26.11.2026 evening; run_all.py ``--only 3 --runs 5``: 1.80x -> 1.72x, 0.97 s / 0.57 s,
181 -> 171 MB):
- ``pandas.factorize`` of the area column without its pass looking for missing values (the default
  sentinel; a CSV's cells are never missing, a -1 would fall back to the old call): 0.02 s;
- the encoding check and the line count in one pass over the file (0.058 -> 0.051 s);
- chunks of 250,000 rows read as ``dtype=object``: pandas 3 made ``dtype=str`` a string dtype
  whose ``to_numpy`` interleaved the columns and looked for missing values (0.03 s); -10 MB.
The floor, measured with benchmarks/import_floor.py (the encoding check and line count, pandas'
read, the area column's distinct cells and the mask of the kept rows, the planner's imports):
1.25x; storing the 51,000 kept values as ``ActualValue`` adds ~0.1 s (~1.4x). Left above it
(~0.25 s): the row loop over the 26,700 kept rows (~0.06 s), combining 53,000 values (0.06 s),
the comparison and the outlook (0.03 s), the rows left out counted per area for the summary
(factorize of 1,000,000 cells, 0.04 s), reading in chunks instead of at once (0.03-0.05 s).
Tried and dropped this round: the area column (or area and month) read as ``category`` per chunk
(within the noise; all columns as category: 0.8 s instead of 0.3 s), reading in a thread while
the planner is imported (pandas' parse holds the interpreter lock: 0.02 s of 0.09 s overlapped),
a column-at-a-time extraction (0.20 s against the loop's 0.175 s, see bench_actuals.py).

Fifth round (26.11.2026 late evening; the goal met: run_all.py ``--only 3 --runs 9`` 1.35x, 167 MB,
on a loaded machine; see run_all.py for the full table). Profiled with cProfile, per-phase
``perf_counter`` and ``getrusage`` page-fault counts; what was above the floor and what changed:
- the encoding: the whole file was read once more to check it was UTF-8 and to count its lines
  (0.05 s). Now the first block tells it and pandas decodes every cell strictly as it parses
  (``encoding_errors="strict"``); the first byte that is not UTF-8 makes the file Windows-1252,
  read again (the same decision as before, tests/planner/test_actuals_csv_reader.py). The line
  count only decides when the first block says the file is near the row limit; the reading
  stops at the limit otherwise;
- the chunks: ``DataFrame.to_numpy()`` interleaved each chunk into a new 2-D array (0.05 s);
  now a chunk is kept as the parser's column arrays (``ColumnRows``). Chunks of 250,000 rows
  touched 50 MB more fresh memory than one call (41,600 page faults against 28,200; system time
  on these machines is ~4 µs a fault): CHUNK_ROWS is now 1,000,000;
- the kept rows: taken column by column (planner/followup/actuals/column_records.py): each
  distinct period and value text read once (plain digits together, ``float`` over the list;
  PxWeb's ``2026M03`` by a shortcut in period_key), the record tuples made by ``zip``; the row
  loop still does every odd case (a period not understood, a number too large, notes,
  categories) so each fault is named as before. 0.08 -> 0.05 s;
- combine: the common case (one value per key, nothing to scale or read as a milestone) a field
  at a time (``combine._plain_values``), 0.065 -> 0.04 s; ``ActualValue`` has slots;
- ``pandas.factorize`` with ``size_hint`` (a table for the areas, not for a million rows); the
  left-out rows counted per area code without copying them;
- the command's own imports: the statement model, the programme checks and the workbook scans
  load when a command uses them (~8 ms);
- the process's end: freeing the programme, the million cells and pandas one object at a time
  was ~0.08 s (9 %) after the output was written. ``planner`` now ends as mypy does by default
  (planner.cli.main.run: output flushed, then ``os._exit``); import_floor.py ends the same way.
Where the time goes now (CPU, in-process, 1,000,000 rows): pandas' import and parse as in the
yardstick; the planner's imports ~0.05 s; the area filter 0.06 s (factorize of the million area
cells 0.04 s of it); the kept rows 0.06 s; combine 0.04 s; comparison and outlook 0.03 s.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_pxweb_csv(path: Path, n_rows: int) -> Path:
    from planner.followup.actuals.municipality_codes import MUNICIPALITY_BY_CODE

    areas = ["KOKO MAA"] + [f"KU{code} {name}" for code, name in MUNICIPALITY_BY_CODE.items()]
    out = ['"Laaja työttömyys kuukausittain"', "",
           '"Alue";"Kuukausi";"Laajan työttömyyden määrä";'
           '"Pitkäaikaistyöttömien ja rinnasteisesti pitkäaikaistyöttömien määrä"']
    year, month, i = 2026, 6, 0
    while len(out) - 3 < n_rows:
        for area in areas:
            i += 1
            value = ".." if i % 97 == 0 else str((i * 7) % 50000)
            out.append(f'"{area}";"{year}M{month:02d}";{value};{(i * 3) % 20000}')
            if len(out) - 3 >= n_rows:
                break
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def main() -> int:
    import tempfile

    from benchmarks.run_all import PY, pair
    from planner.example import load_example
    from planner.fileformat import dumps

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        f = make_pxweb_csv(d / "pxweb.csv", n)
        (d / "example.json").write_text(dumps(load_example()), encoding="utf-8")
        print(f"PxWeb-CSV: {n} riviä, {f.stat().st_size / 1e6:.1f} MB")
        pandas_alone = [PY, "-c", "import sys, pandas; pandas.read_csv(sys.argv[1], sep=';', dtype=str, "
                        "encoding='utf-8', skiprows=2, keep_default_na=False)", str(f)]
        a, b, r, mb = pair([PY, "-m", "planner", "compare", str(d / "example.json"), "--actuals", str(f),
                            "--as-of", "30.6.2026"], pandas_alone, 5)
        print(f"planner compare {a:.2f} s, pandas.read_csv {b:.2f} s: {r:.2f}x (tavoite <= 1.5x), "
              f"huippumuisti {mb:.0f} MB (tavoite <= 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
