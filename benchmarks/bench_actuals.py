"""Benchmark: import + match + compare of a 100,000-row long workbook vs python-calamine alone.

Run: ``.venv/bin/python benchmarks/bench_actuals.py [ROWS]``, or
``.venv/bin/python benchmarks/bench_actuals.py pxweb [ROWS]`` for a 200,000-row
PxWeb-shaped workbook (area and month columns, measures as headers, every
municipality of Finland, of which the programme's eight are kept). Prints the
median of 3 runs of each and the peak memory (tracemalloc for Python objects,
ru_maxrss for the whole process, which includes calamine's Rust side).
Goal: at most 1.3x calamine's time and 250 MB (issue 19: 200 MB for the 100,000 rows).

Profile (issue 19; cProfile, a phase timer and CPU seconds, because the 2 shared cores make
wall time move by tens of per cent; the example programme, 200,000 long rows unless said):

The floor, measured (issue 19's fourth round, 26.11.2026): ``benchmarks/import_floor.py`` does
only what every import must do and nothing with the rows: the hostile-file pre-scan, calamine's
read, the indicator, area, period and value columns taken out of calamine's rows (``itemgetter``,
the cheapest look Python has at a column) and the planner's imports. ``run_all.py`` times it
beside calamine alone: 1.39x for row 1 (0.92 s / 0.66 s, 5 pairs) -- over the 1.3x goal before
one row is decided, matched, stored or compared. In-process (this benchmark, printed as
``lattia``): pre-scan + read + four columns = 1.23x calamine at 100,000 rows, which leaves
0.07x (0.02 s, 0.2 us a row) for deciding each row's period, area and number, matching,
combining, storing a value and comparing. One dict lookup and one tuple per row cost about that
much in CPython, so rows 1 and 2 cannot reach 1.3x while the pre-scan stays (it must: issue 11)
and each value is looked at once in Python. Now: row 1 1.93x, row 2 1.77x.

Fourth round, tried and not kept:
- a column-at-a-time extraction again, complete this time (each column the layout names taken
  whole, each distinct cell decided once -- text, period and day, number --, the plain rows'
  records made field by field, the odd rows -- no indicator text, a period not understood, a
  number not finite -- left to the row loop with the same caches, and the two merged in row
  order): 0.149-0.157 s against the row loop's 0.144-0.149 s at 200,000 rows, and 0.20 s against
  0.175 s on the 1,000,000-row CSV. Taking a column out of 200,000 lists is 9 ms, and a record's
  thirteen fields are thirteen lists of 200,000 made at 2-5 ms each: the same work as the loop;
- reading the file in a thread while the command line imports the planner (calamine's parse
  releases the interpreter lock): side by side with the pre-scan the imports only took turns
  with it (both hold the lock); made to wait for the pre-scan and then import during the parse,
  0.04 s less wall (3 %) at 200,000 rows and nothing on the CSV (pandas' parse holds the lock:
  0.02 s of a 0.09 s task overlapped): not worth a second thread in every command;
- the interpreter's teardown (``os._exit``): 0.02-0.03 s, not done (see below).
Kept: the pre-scan reads the sheet in 1 MB pieces instead of 8 MB: 0.14 s -> 0.12 s CPU with
its system time (21,000 -> 5,300 page faults for a 30 MB sheet). One element longer than a
piece is still refused as damaged; Excel's longest cell (32,767 characters, 147 KB escaped or
in 4-byte letters) is far shorter and is read (test_actuals_hostile_files.py).

Where the time goes now (CPU s, in-process, 200,000 rows, after issue 19's third round;
``time.process_time`` per phase, median of 3, the collector paused as the import does):
python-calamine's parse 0.43 + ``to_python`` 0.09 = 0.52 (the floor); the hostile-file
pre-scan of the sheet XML 0.10 (was 0.18; sheet_scan: inflating 30 MB and cutting it into
chunks 0.05-0.08, of which inflating and its checksum are 0.03; the one search for cells
without a reference or beyond the tier 0.045; the formula test ~0.003);
``extract_records`` 0.13 (was 0.19); matching, the area and category columns and the
counts 0.04 (per distinct text); ``combine`` 0.18 (of it 0.05 is making the 184,000
``ActualValue`` objects the programme stores); ``compare_programme`` 0.05; the outlook's
index 0.035 (was 0.24 in ``planner compare``); the planner's imports ~0.09. Whole process
``planner compare`` (user+sys, 5 runs alternating with the code before this round and with
calamine alone, load ~0.7): 1.36 s vs calamine's 0.68 s, 2.00x (before: 1.79 s, 2.63x);
214 MB (was 204). This benchmark in-process at 100,000 rows: 1.80x (2.02-2.10x before,
side by side).
``run_all.py --only 1,2 --runs 5``: see run_all.py's docstring.

Changed in the third round:
- the records are tuples in ``Record``'s field order held by a ``RecordList``
  (planner/followup/actuals/records.py), which makes a Record only when one is indexed or
  iterated (tests, the wizard's rare paths): a Record per value was a Python call
  (0.06 s for 184,000 with the collector paused); matching, the first row and the count of
  each text, the area texts and category values read whole fields at C speed
  (``dict.fromkeys``, ``Counter`` over ``zip``), ``combine`` unpacks the tuples
  (extraction 0.19 s -> 0.134 s; a record is ~30 bytes larger as a tuple: +10 MB at 200,000);
- the comparison and the outlook's index pause the cyclic collector
  (planner/followup/gcpause.py, moved up from the actuals package so that they can use it):
  ``planner compare`` worked out the outlooks after the import's pause had ended, and the
  collector's passes over the index's 184,000 key tuples and the import's objects were
  0.24 s of the outlook (0.06 s paused, 0.035 s with each period's month and year read once
  per distinct period instead of per value); ``compare_programme`` called without a pause
  (this benchmark, the GUI) 0.2 s -> 0.05 s at 200,000 values;
- the pre-scan asks each chunk one question first, with a negative lookahead per cell:
  a cell without a reference, or one whose reference is not plainly within the current tier
  (``<c(?:>| (?!r="[A-K][1-9][0-9]{0,5}"))`` for the first); only a chunk that answers yes
  gets the two exact searches as before (0.13 s -> 0.045 s for 30 MB). The plain patterns are
  narrower than the tiers', never wider: tests/planner/test_sheet_scan_prefilter.py checks
  it over the edge cases (letters A, K, L, Z, AA, CZ, DA, ZZ, XFD, rows 0, 01, 699/700,
  9,999/10,000 ... 999,999/1,000,000, 099999999, with and without the closing quote);
- the formula pre-scan asks ``b"f" in chunk`` (memchr) before the two-byte ``b"<f"``
  search: a sheet of values has no ``f`` after its first lines (0.027 s -> ~0.003 s);
- found on the way (not speed): a tag or text as long as a whole chunk (8 MB) was cut
  anywhere, and a 32 KB .xlsx with a 30 MB attribute before ``r="XFD1048576"`` got past the
  guard (the reader aborted, also on main); such a file is now refused as damaged (Excel's
  longest cell text is 32,767 characters), test in test_actuals_hostile_files.py;
- the outlook's cached index goes when its programme goes (a weak reference's callback):
  kept until the interpreter's exit, freeing it in the teardown made ``planner compare``
  0.12 s (CPU) slower;
- no key tuple per row for the period cache when there is no year column.

Tried in the third round and dropped: ``combine`` decided per distinct (row text, area
text, categories) and the kept records picked, keyed and put in a dict with C-level passes
(``compress``, ``zip``, ``dict``): 0.12 s against the row loop's 0.10 s, because each pass
makes a list or a tuple per row as the loop does; the same holds for a columnar
``extract_records`` (~15 such passes of 5-15 ms each at 200,000 rows against the loop's
0.134 s), so neither is worth a second code path for the same result. Chunks of 2 MB
instead of 8 MB: 0.01-0.02 s less, but a smaller chunk is also the length a single tag may
have before it is refused. Not tried: memoryviews instead of copies of each chunk (two
copies of 30 MB, ~0.01 s), as ``in`` on a memoryview compares items, not bytes.
The interpreter's teardown: ``os._exit`` would save ~0.03 s more, and skip every clean-up
with it: not done.

Second round (before the third), in-process: the pre-scan 0.21 s; ``extract_records``
0.18 s; ``combine`` 0.18 s; ``compare_programme`` 0.095 s; the outlook 0.075 s (with the
collector paused); ``planner compare`` 1.86 s CPU vs calamine's 0.69 s (2.7x; was 2.33 s,
3.4x before it).

Changed in the second round:
- the outlook indexed the stored values per indicator but scanned every year of them on each
  of its 46 calls: now split by indicator and year once (0.25 s -> 0.075 s);
- combine checked "other years" and "after the report date" per value (184,000 calls of
  ``_after``): now per distinct period; areas decided per distinct area text, a new key one
  dict operation (0.32 s -> 0.18 s);
- the long-layout row loop reads text and float cells inline instead of through two helper
  calls per cell (0.26 s -> 0.18 s);
- the pre-scan: each tier's pattern has one literal prefix (0.08 s -> 0.06 s), cells without a
  reference and ``<c>`` are one search, the formula scan one search (0.21 s -> ~0.17 s); and a
  row number with a leading zero (``K099999999``, row 99,999,999 to the reader) is now
  measured instead of certified (the closing quote in the old pattern let it through);
- ``apply_import`` makes the set of the new keys only when an earlier import has values to
  replace (0.035 s for nothing on a first import);
- earlier rounds: the cyclic collector paused during an import (gcpause, 0.7 s -> 0.03 s).
Memory after the second round: 119 MB for 100,000 rows, 204 MB for 200,000 (VmHWM; 124 MB
and 214 MB after the third, the records as tuples): calamine's one Python object per cell is
most of it.

The floor, and why <= 1.3x is not met: the guard against hostile files must see every cell
reference before calamine builds its grid (a 5 KB file naming XFD1048576 asks it for
550 GB), so it is a second pass over the sheet XML: 0.10 s (inflating the XML alone is
0.03), a fifth of calamine's own parse. With the interpreter and the planner's imports
that is ~1.15x of calamine before one row is looked at. What follows is one interpreted
pass per row in extraction, combining, comparing and the outlook (0.2-0.7 us a row each,
~2.3 us together), and the programme's own objects: one ``ActualValue`` per value (0.05 s
for 184,000) and the comparison's and the outlook's indexes of them (a key tuple per value
each); 1.3x would leave ~0.1 s for all of it (it takes ~0.45 s). Earlier rounds tried a
cheaper certificate (one combined regex: slower; ``bytes.translate`` + literal searches:
0.12 s). Numpy arrays from the reader to the comparison would also need the stored values
as arrays (the programme's model, its file format and every report read ``ActualValue``
objects), and importing numpy alone costs 0.06 s of the budget.
"""

from __future__ import annotations

import gc
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Toteumat" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def _col(i: int) -> str:
    s = ""
    n = i + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def write_raw_xlsx(path: Path, rows) -> Path:
    """A minimal valid .xlsx with shared strings, written fast (openpyxl is 10x slower for this size)."""
    strings: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
                    b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            buf = []
            for r, row in enumerate(rows, start=1):
                cells = []
                for c, v in enumerate(row):
                    ref = f"{_col(c)}{r}"
                    if isinstance(v, int | float):
                        cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                    elif v not in ("", None):
                        idx = strings.setdefault(str(v), len(strings))
                        cells.append(f'<c r="{ref}" t="s"><v>{idx}</v></c>')
                buf.append(f'<row r="{r}">{"".join(cells)}</row>')
                if len(buf) >= 5000:
                    f.write("".join(buf).encode())
                    buf.clear()
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")
        sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        z.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>',
        )
    return path


def make_workbook(path: Path, n_rows: int) -> int:
    from planner.example import load_example

    prog = load_example()
    inds = [ind.name for _t, _f, ind in prog.indicators()]
    munis = prog.municipalities
    rows = [("Työllisyysohjelman toteumat 2026",), (), ("Mittari", "Kunta", "Kuukausi", "Toteuma", "Huomautus")]
    i = 0
    year = 2026
    while len(rows) - 3 < n_rows:
        for name in inds:
            for muni in munis:
                month = i % 12 + 1
                rows.append((name, muni, f"{month}/{year}", (i * 7) % 500, ""))
                if len(rows) - 3 >= n_rows:
                    break
            if len(rows) - 3 >= n_rows:
                break
        i += 1
        if i % 12 == 0:
            year -= 1  # older years, so each (indicator, period, municipality) is distinct
    write_raw_xlsx(path, rows)
    return len(rows)


def make_pxweb_workbook(path: Path, n_rows: int) -> int:
    """PxWeb's long shape: a title line, a blank line, "Alue" | "Kuukausi" | two measure columns.

    Every municipality of Finland ("KU182 Jämsä") and the whole country, months back
    from 2026M06, ".." now and then: the importer keeps the example's eight
    municipalities and names the rest as left out.
    """
    from planner.followup.actuals.municipality_codes import MUNICIPALITY_BY_CODE

    areas = ["KOKO MAA"] + [f"KU{code} {name}" for code, name in MUNICIPALITY_BY_CODE.items()]
    rows: list[tuple] = [("Laaja työttömyys kuukausittain",), (),
                         ("Alue", "Kuukausi", "Laajan työttömyyden määrä",
                          "Pitkäaikaistyöttömien ja rinnasteisesti pitkäaikaistyöttömien määrä")]
    year, month = 2026, 6
    i = 0
    while len(rows) - 3 < n_rows:
        for area in areas:
            i += 1
            value = ".." if i % 97 == 0 else (i * 7) % 5000
            rows.append((area, f"{year}M{month:02d}", value, (i * 3) % 2000))
            if len(rows) - 3 >= n_rows:
                break
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    write_raw_xlsx(path, rows)
    return len(rows)


def time_pxweb(path: Path) -> tuple[float, int]:
    from datetime import date

    from planner.example import load_example
    from planner.followup.actuals import apply_import, prepare_import
    from planner.followup.progress import compare_programme

    prog = load_example()
    t = time.perf_counter()
    plan = prepare_import(prog, path)
    built = plan.build(as_of=date(2026, 6, 30))
    apply_import(prog, built.imp, built.mappings)
    results = compare_programme(prog, date(2026, 6, 30))
    elapsed = time.perf_counter() - t
    assert not built.blocking and len(results) == 37
    m06 = next(r for r in results if r.indicator.id == "M06")
    assert m06.coverage is not None and m06.coverage.complete
    return elapsed, len(built.imp.values)


def time_calamine(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    rows = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
    assert len(rows) > 1000
    return time.perf_counter() - t


def time_floor(path: Path) -> float:
    """The least an import must do (benchmarks/import_floor.py): the pre-scan, calamine's read, four columns."""
    from operator import itemgetter

    from python_calamine import CalamineWorkbook

    from planner.followup.actuals.readers import prescan

    t = time.perf_counter()
    prescan(path, "xlsx")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    columns = [list(map(itemgetter(c), rows)) for c in range(4)]
    assert len(columns[0]) > 1000
    return time.perf_counter() - t


def time_planner(path: Path) -> tuple[float, int]:
    from planner.example import load_example
    from planner.followup.actuals import apply_import, prepare_import
    from planner.followup.progress import compare_programme

    prog = load_example()
    t = time.perf_counter()
    plan = prepare_import(prog, path)
    imp, mappings = plan.build()
    apply_import(prog, imp, mappings)
    results = compare_programme(prog)
    elapsed = time.perf_counter() - t
    assert len(results) == 37 and not plan.unmatched_rows()
    return elapsed, len(imp.values)


def _measure(path: Path, timed: str, memory_goal_mb: int) -> None:
    """Median of 3 runs of ``timed`` (a function of this module) beside calamine alone, then peak memory."""
    timer = globals()[timed]
    cal, ours, floor, values = [], [], [], 0
    for _ in range(3):
        gc.collect()
        cal.append(time_calamine(path))
        gc.collect()
        t, values = timer(path)
        ours.append(t)
        gc.collect()
        floor.append(time_floor(path))
    c, o, f = statistics.median(cal), statistics.median(ours), statistics.median(floor)
    print(f"python-calamine pelkkä luku:        {c:.2f} s")
    print(f"lattia (esiluku + luku + 4 saraketta): {f:.2f} s  ({f / c:.2f}x calamine)")
    print(f"tuonti + yhdistäminen + vertailu:  {o:.2f} s  ({o / c:.2f}x calamine; tavoite <= 1.3x), {values} arvoa")
    gc.collect()
    tracemalloc.start()
    timer(path)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"Python-olioiden huippumuisti (tracemalloc): {peak / 1e6:.0f} MB")
    print(f"prosessin huippumuisti (ru_maxrss):        {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
          " (tämä prosessi, tiedoston kirjoitus mukana)")
    print(f"prosessin huippumuisti (VmHWM, oma prosessi):  {_fresh_process_peak_mb(timed, path):.0f} MB"
          f" (tavoite <= {memory_goal_mb} MB)")


def _warm_imports() -> None:
    """Import the readers and the import step first, so that imports are not timed."""
    import python_calamine  # noqa: F401
    import rapidfuzz  # noqa: F401

    import planner.followup.actuals.importer  # noqa: F401


def bench_pxweb(n: int = 200_000) -> None:
    """import + match + compare of a PxWeb-shaped workbook vs python-calamine alone, and peak memory."""
    _warm_imports()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pxweb_200k.xlsx"
        make_pxweb_workbook(path, n)
        print(f"PxWeb-muotoinen tiedosto: {n} riviä, {path.stat().st_size / 1e6:.1f} MB")
        _measure(path, "time_pxweb", 250)


def _fresh_process_peak_mb(func: str, path: Path) -> float:
    """The peak memory of a fresh process that only imports and runs ``func`` (writing the file here inflates ours).

    VmHWM, not ru_maxrss: on Linux a child's ru_maxrss keeps the parent's high-water mark across exec.
    """
    import subprocess

    code = (f"import sys; sys.path.insert(0, sys.argv[2]); from benchmarks.bench_actuals import {func}; "
            f"from pathlib import Path; {func}(Path(sys.argv[1])); "
            "print(next(ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')))")
    out = subprocess.run([sys.executable, "-c", code, str(path), str(ROOT)], capture_output=True, text=True,
                         check=True).stdout.split()[-1]
    return int(out) / 1024


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "pxweb":
        bench_pxweb(int(sys.argv[2]) if len(sys.argv) > 2 else 200_000)
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    _warm_imports()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "toteumat_100k.xlsx"
        make_workbook(path, n)
        print(f"Tiedosto: {n} riviä, {path.stat().st_size / 1e6:.1f} MB")
        _measure(path, "time_planner", 200)


if __name__ == "__main__":
    main()
