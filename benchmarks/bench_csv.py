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
