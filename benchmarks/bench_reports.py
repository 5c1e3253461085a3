"""Export times of the example and of a generated programme (40 focus areas, 400 indicators).

Goals: the example's PDF under 0.5 s, the big programme's PDF under 5 s; issue 19:
the big programme's follow-up PDF under 3 s and its follow-up Word under 2 s.
Run from the repository root: ``python benchmarks/bench_reports.py [--repeat N]``.
Prints the median of N runs (default 3) per format and report.

Profile of the follow-up reports, 40 focus areas / 400 indicators (cProfile, CPU s):
- Word, before 3.4 s: python-docx's ``row.cells`` rebuilds the row's cell list
  (a walk over grid spans and vertical merges) on every access, and ``add_row``
  asked for it 2N+1 times a row (55 %); each cell's run went through python-docx's
  font objects (size, bold, colour: 25 %); ``add_paragraph(style=name)`` looked the
  style up by name in styles.xml each time (~3 ms, 1 s in all). Now a row's
  cells are fetched once, a cell's run and its ``w:rPr`` are written as XML at
  once, and paragraph styles are looked up once per document (docx_common:
  ``style_id``). Same document.xml byte for byte; 1.5 s. The floor is
  python-docx building ~6,000 cells of lxml elements and writing the zip.
- PDF, before ~5.0 s CPU: reportlab ran three layout passes (TOC without lines,
  with lines, then one only to confirm), the story was made twice (0.5 s each),
  and a last pass drew the 320 charts (2.1 s, of which the charts ~1.5 s: line
  plots with axis labels, rendered node by node). Now at most two layout passes:
  the drawing pass checks the result anyway and runs again if a page number still
  moved (same pages and text). ~4.5 s CPU. What is left: the charts' rendering
  (each series is distinct, so a chart drawn once and reused does not apply to
  this programme; each chart is already drawn once, in the final pass only),
  Paragraph line breaking in the tables in every pass, and the story made twice
  (flowables keep layout state between builds). 3 s would need charts drawn
  without reportlab's widget tree (direct canvas lines) and the tables laid out
  once; not done in issue 19.
- After i18 (tagged PDF, Word TOC and charts), CPU s in-process: Word 5.3 -> 4.1,
  PDF 6.6 -> 5.45. Word's TOC read ``paragraph.style`` for each of 1,800
  paragraphs (a styles.xml lookup each, 2 s): now style names are read once.
  Both formats' charts set ~500,000 shape attributes through reportlab's type
  check (a development aid, ``rl_config.shapeChecking``): switched off for our
  fixed chart code, a third of the charts' time. The PDF's indicator charts are
  made once per export and reused by the drawing pass's story. Same
  document.xml and images, same PDF text. What is left in Word: the 321 charts
  rendered to PNG (planner/reports/chart_png.py, ~12 ms each) and python-docx's
  element building; in the PDF: the tagging wrapper around every flowable,
  reportlab's table layout and line breaking in three passes, the charts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.example import load_example  # noqa: E402
from planner.reports.export import export  # noqa: E402
from tests.planner.report_fixtures import generated_programme, with_demo_actuals  # noqa: E402

GOALS = {("example", "pdf", "programme"): 0.5, ("40 tavoitetta / 400 mittaria", "pdf", "programme"): 5.0,
         ("40 tavoitetta / 400 mittaria", "pdf", "follow-up"): 3.0,
         ("40 tavoitetta / 400 mittaria", "docx", "follow-up"): 2.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # Warm-up: imports and font registration are paid once per process, not per export.
    with tempfile.TemporaryDirectory() as d:
        export(load_example(), "pdf", "programme", Path(d) / "warm.pdf")
    cases = [("example", with_demo_actuals(load_example())),
             ("40 tavoitetta / 400 mittaria", with_demo_actuals(generated_programme(40, 10)))]
    failed = False
    print(f"{'ohjelma':32} {'muoto':5} {'raportti':10} {'mediaani s':>10} {'sivuja/koko':>14}  tavoite")
    with tempfile.TemporaryDirectory() as d:
        for name, programme in cases:
            n_ind = sum(1 for _ in programme.indicators())
            for fmt in ("pdf", "docx", "xlsx"):
                for report in ("programme", "follow-up"):
                    if fmt == "xlsx" and report == "follow-up":
                        continue
                    out = Path(d) / f"r.{fmt}"
                    times = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        export(programme, fmt, report, out, as_of=date(2026, 7, 10))
                        times.append(time.perf_counter() - t0)
                    med = statistics.median(times)
                    size = out.stat().st_size
                    extra = f"{size / 1024:.0f} KiB"
                    if fmt == "pdf":
                        from pypdf import PdfReader

                        extra = f"{len(PdfReader(str(out)).pages)} s. {size / 1024:.0f} KiB"
                    goal = GOALS.get((name, fmt, report))
                    verdict = ""
                    if goal is not None:
                        ok = med < goal
                        failed |= not ok
                        verdict = f"< {goal} s {'OK' if ok else 'YLITTYY'}"
                    print(f"{name:32} {fmt:5} {report:10} {med:10.3f} {extra:>14}  {verdict}")
            print(f"  ({n_ind} mittaria)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
