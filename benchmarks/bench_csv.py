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

Now (planner/followup/actuals/csv_reader.py): pandas' C parser in chunks of 100,000 rows,
``dtype=str`` with no NA guessing, so every cell is the text as written; the
encoding is checked block by block, the line count decides up front whether the
file is within MAX_CSV_ROWS (2,000,000), and all rows are used. The floor is
pandas.read_csv itself (tokenising and boxing 4 million strings); what we add is
turning its chunks into row lists (``to_numpy().tolist()``, ~8 % of the read),
the encoding check and the line count (~3 %), interpreter start-up with the
planner's imports, and the pass over the rows in extract_records.
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
