"""Export times of the example and of a generated programme (40 focus areas, 400 indicators).

Goals: the example's PDF under 0.5 s, the big programme's PDF under 5 s; issue 19:
the big programme's follow-up PDF under 3 s and its follow-up Word under 2 s (whole processes:
run_all.py rows 4 and 5; here in-process, after a warm-up).
Run from the repository root: ``python benchmarks/bench_reports.py [--repeat N]``.
Prints the median of N runs (default 3) per format and report.

Issue 19, the follow-up reports of 40 focus areas / 400 indicators as WHOLE PROCESSES
(``python benchmarks/run_all.py --skip 1,2,3,6,7,8``, medians, .pyc cached, same machine, same hour):

    | report                 | before (c7f4de5)  | after  | goal   |
    | PDF  (86 pages)        | 5.87 s, 118 MB    | 1.61 s, 75 MB | <= 3 s |
    | Word                   | 5.46 s,  94 MB    | 1.13 s, 93 MB | <= 2 s |
    | export dialog, longest GUI stall (PDF) | 140-690 ms | 20-35 ms (55-150 ms when the 2 cores are loaded) | <= 50 ms |

Where the time went (cProfile of the whole process, before): the PDF was laid out three
times (a pass without the TOC's lines, one with them, one to print "sivu N / M" with the final
count), the story made twice, 320 charts built as LinePlot widget trees and rendered node by
node, a pikepdf pass over the finished file for the tags, and ~1.1 s of cyclic garbage
collection (reportlab's objects, and the tagging's closure on every flowable, sat in
reference cycles: 436,000 objects per export). Word spent 3 s on its 321 chart PNGs (the
same widget trees walked by a Pillow renderer), 1.3 s on python-docx's ``cell.merge`` and
per-cell element building, 0.5 s on style look-ups by name.

What changed:
- one layout pass (pdf_late_numbers.py): "sivu N / M" and the TOC's page numbers are PDF
  form XObjects referred to where the number goes and written after the last page; the TOC's
  entries are read from the story's headings first, so its height is right in that pass (if
  the headings placed differ, the report is laid out again, as multiBuild would);
- charts as plain shapes (chart_shapes.py, charts.indicator_chart): computed directly (same
  axes, round ticks by reportlab's own rule, grid, markers, legend), lines written as PDF
  operators, text through the canvas; Word paints the same shapes with Pillow (PNG level 1) and
  reuses a chart's PNG when the same chart recurs (and each label's glyphs). tests/planner/test_chart_shapes.py holds
  every chart to the old LinePlot shape by shape (tests/planner/chart_reference.py);
- the structure tree written by reportlab itself before it saves (pdf_tagging.add_structure),
  no pikepdf pass; flowables tagged by a class swap instead of a closure per object, structure
  nodes without parent links; the finished document's canvas and PDF objects released at once;
  the collector paused during an export (planner/followup/gcpause.py);
- Word rows as one piece of XML each (docx_common.add_row_runs: the same document.xml byte for
  byte), note rows spanning by gridSpan, captions' field through add_field, style ids cached;
- compressed streams without reportlab's ASCII85 layer; parse_value memoised per text
  (baseline/target were parsed 8,000 times).

Where the time goes now (cProfile, PDF, whole process 5.9 s profiled ~ 1.6 s real): one
reportlab build 72 % (paragraph line breaking 20 %, drawing paragraphs 12 %, table layout),
making the story 19 % (reportlab's paragraph parser), canvas.save 11 % (PDF object
formatting, zlib, font subsets), reportlab's pure-Python number formatting 8 % (its C
accelerator, rl_accel, is not installed), imports 6 %, charts 6 %, tags 2 %. The floor is one
layout pass over ~4,000 paragraphs in ~330 tables; a table's cells are still wrapped once to
measure and once to draw (reportlab's Table), which only a different layout engine avoids.
Word (0.87 s in-process): python-docx's document and table building, the status bar chart
(the one reportlab drawing left), the zip. The fixture's demo actuals repeat: its 320 charts
are 8 distinct pictures, so Word paints 8 PNGs. The row "kaikki sarjat eri" nudges every
series so that all 320 charts differ: ~2 ms per further chart (Pillow's PNG encoder 1.5 ms
for 500 x 250 pixels at level 1 - its row filters, not zlib: Z_RLE or a palette picture was
no faster - drawing 0.3 ms; the labels' glyphs are rendered once per text, python-docx's
quadratic picture bookkeeping is bypassed). In-process 1.6 s instead of 0.8 s, 2.0-2.1 s
as a whole process on a loaded machine: at the goal's edge, and its floor is that encoder
(a smaller picture than 120 dpi would be faster but softer in print). The PDF does not
depend on it.

Before issue 19 (earlier rounds, kept for the record): python-docx's ``row.cells`` walk and
font objects per cell (Word 3.4 -> 1.5 s), reportlab's shape type checks switched off for our
chart code, Word's TOC reading style names once.
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
         ("40 tavoitetta / 400 mittaria", "docx", "follow-up"): 2.0,
         ("400 mittaria, kaikki sarjat eri", "docx", "follow-up"): 2.0}


DISTINCT = "400 mittaria, kaikki sarjat eri"


def distinct_series(programme):
    """The demo actuals repeat (320 charts are 8 pictures): each indicator's values nudged so every chart differs."""
    order = {ind.id: k for k, (_t, _fa, ind) in enumerate(programme.indicators())}
    for imp in programme.actual_imports:
        for v in imp.values:
            if v.value is not None and not v.text:
                v.value = round(v.value + order.get(v.indicator_id, 0) * 0.01, 2)
    return programme


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # Warm-up: imports and font registration are paid once per process, not per export.
    with tempfile.TemporaryDirectory() as d:
        export(load_example(), "pdf", "programme", Path(d) / "warm.pdf")
    cases = [("example", with_demo_actuals(load_example())),
             ("40 tavoitetta / 400 mittaria", with_demo_actuals(generated_programme(40, 10))),
             (DISTINCT, distinct_series(with_demo_actuals(generated_programme(40, 10))))]
    failed = False
    print(f"{'ohjelma':32} {'muoto':5} {'raportti':10} {'mediaani s':>10} {'sivuja/koko':>14}  tavoite")
    with tempfile.TemporaryDirectory() as d:
        for name, programme in cases:
            n_ind = sum(1 for _ in programme.indicators())
            for fmt in ("pdf", "docx", "xlsx"):
                for report in ("programme", "follow-up"):
                    if fmt == "xlsx" and report == "follow-up":
                        continue
                    if name == DISTINCT and (fmt != "docx" or report != "follow-up"):
                        continue  # only Word's pictures depend on how many charts differ
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
