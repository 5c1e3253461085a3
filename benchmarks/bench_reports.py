"""Export times of the example and of a generated programme (40 focus areas, 400 indicators).

Goals: the example's PDF under 0.5 s, the big programme's PDF under 5 s.
Run from the repository root: ``python benchmarks/bench_reports.py [--repeat N]``.
Prints the median of N runs (default 3) per format and report.
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

GOALS = {("example", "pdf", "programme"): 0.5, ("40 tavoitetta / 400 mittaria", "pdf", "programme"): 5.0}


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
