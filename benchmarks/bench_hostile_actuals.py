"""Benchmark: refusing hostile workbooks, and what the pre-scan of a sheet costs on a large good one.

Run: ``.venv/bin/python benchmarks/bench_hostile_actuals.py [ROWS]``. Each hostile
file is given to ``planner compare`` in a child process (address space capped at
2 GB on POSIX, so a regression cannot take the machine down); the child reports
its peak memory. Goals (issue 11): exit 2, one line, under 2 s, under 300 MB.
Then the pre-scan (planner/followup/actuals/sheet_scan.py) of the ROWS-row long workbook
of bench_actuals.py is timed against python-calamine reading the same sheet.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_actuals import make_workbook  # noqa: E402
from tests.planner import hostile_files as hf  # noqa: E402
from tests.planner.test_actuals_hostile_files import _RUNNER, programme  # noqa: E402


def hostile_files(tmp: Path) -> dict[str, Path]:
    far = f'<row r="1">{hf.inline("A1", "Mittari")}</row><row r="1048576">{hf.num("XFD1048576", 1)}</row>'
    zz = f'<row r="1">{hf.inline("A1", "Mittari")}</row><row r="300000">{hf.num("ZZ300000", 1)}</row>'
    ods_rep = (f"<table:table-row>{hf.ods_cell_text('Mittari')}</table:table-row>"
               '<table:table-row table:number-rows-repeated="1048575">'
               f'<table:table-cell table:number-columns-repeated="16383"/>{hf.ods_cell_number(1)}</table:table-row>')
    return {
        "xlsx, arvo solussa XFD1048576": hf.xlsx(tmp / "far.xlsx", far),
        "xlsx, arvo solussa ZZ300000": hf.xlsx(tmp / "zz.xlsx", zz),
        "ods, toistetut rivit ja sarakkeet": hf.ods(tmp / "rep.ods", ods_rep),
        "xls, solu IV65536": hf.ole(tmp / "far.xls", {"Workbook": hf.biff_workbook([(0, 0, 1), (65535, 255, 2)])}),
        "xls, salasana (FILEPASS)": hf.ole(tmp / "pw.xls", {"Workbook": hf.biff_workbook([(0, 0, 1)], password=True)}),
        "xlsx, salattu (OLE)": hf.ole(tmp / "pw.xlsx", {"EncryptionInfo": b"\0" * 100, "EncryptedPackage": b"\1" * 5000}),
        "ods, salattu": hf.ods(tmp / "pw.ods", "", encrypted=True),
    }


def refuse(tmp: Path, path: Path) -> tuple[int, int, float, int]:
    from planner.fileformat import save_programme

    prog = tmp / "ohjelma.json"
    save_programme(programme(), prog)
    script = tmp / "runner.py"
    script.write_text(_RUNNER.format(limit=2_000_000_000), encoding="utf-8")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(script), "compare", str(prog), "--actuals", str(path)],
                          cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    wall = time.perf_counter() - started
    report = json.loads(Path(str(script) + ".json").read_text())
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    return proc.returncode, len(lines), wall, report["peak_kb"] // 1024


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print("Vihamieliset tiedostot (tavoite: exit 2, yksi rivi, alle 2 s, alle 300 Mt):")
        for name, path in hostile_files(tmp).items():
            code, n_lines, wall, peak = refuse(tmp, path)
            print(f"  {name:<36} exit {code}, {n_lines} rivi, {wall:.2f} s, {peak} Mt, {path.stat().st_size} tavua")

        from python_calamine import CalamineWorkbook

        from planner.followup.actuals import sheet_scan

        good = tmp / "hyva.xlsx"
        make_workbook(good, rows)
        scans, reads = [], []
        for _ in range(3):
            t = time.perf_counter()
            sheet_scan.scan_ooxml(good, 10**9)
            scans.append(time.perf_counter() - t)
            t = time.perf_counter()
            wb = CalamineWorkbook.from_path(str(good))
            wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
            reads.append(time.perf_counter() - t)
        scan, read = statistics.median(scans), statistics.median(reads)
        print(f"Esitarkistus {rows} rivin työkirjalle: {scan:.2f} s; calamine-luku {read:.2f} s "
              f"(esitarkistus {scan / read * 100:.0f} % luvusta)")


if __name__ == "__main__":
    main()
