"""Time of comparing two 400-indicator programmes (``planner diff``, Tiedosto > Vertaa…).

Goal: under 1 s for the comparison itself (matching, word diffs, last year's actuals).
B is A rolled over to the next year and then edited: every baseline changes, a tenth
of the bullets are rewritten, focus areas and indicators move, some are added and
removed. Run from the repository root: ``python benchmarks/bench_diff.py [--repeat N]``.
Prints the median of N runs (default 5) and the time of the text and PDF outputs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner import rollover  # noqa: E402
from planner.diff import diff_programmes  # noqa: E402
from planner.diff_output import to_text, write_diff  # noqa: E402
from planner.model import Indicator  # noqa: E402
from tests.planner.report_fixtures import generated_programme, with_demo_actuals  # noqa: E402

GOAL_S = 1.0


def edited_next_year(a):  # noqa: ANN001, ANN201 - a Programme in, a Programme out
    b = rollover.roll_over(a, (a.year or 2026) + 1)
    fas = [fa for _t, fa in b.focus_areas()]
    for k, fa in enumerate(fas):
        for group in ("act", "lead", "cooperate"):
            bullets = getattr(fa, group)
            if bullets and k % 3 == 0:
                bullets[0] = bullets[0] + " ja sitä seurataan kuukausittain"
            if k % 7 == 0:
                bullets.append("Uusi toimintatapa")
        if k % 5 == 0 and fa.rows:
            fa.rows.pop()
        if k % 4 == 0:
            fa.rows.append(Indicator(name=f"Uusi mittari {k}", level="KV", target="100"))
    for k in range(0, len(fas) - 1, 6):  # move some indicators to the next focus area
        row = next((r for r in fas[k].rows if isinstance(r, Indicator)), None)
        if row is not None:
            fas[k].rows.remove(row)
            fas[k + 1].rows.append(row)
    if len(b.themes) > 1 and b.themes[0].focus_areas:
        b.themes[1].focus_areas.append(b.themes[0].focus_areas.pop(0))
    return b


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    a = with_demo_actuals(generated_programme(40, 10))
    b = edited_next_year(a)
    n_a = sum(1 for _ in a.indicators())
    n_b = sum(1 for _ in b.indicators())
    diff_programmes(a, b)  # warm-up (imports)
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        d = diff_programmes(a, b)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    t0 = time.perf_counter()
    to_text(d)
    t_text = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_diff(d, "pdf", Path(tmp) / "muutokset.pdf")
        t_pdf = time.perf_counter() - t0
    ok = median < GOAL_S
    print(f"A {n_a} mittaria, B {n_b} mittaria: {d.summary_fi()}")
    print(f"vertailu: mediaani {median:.3f} s ({args.repeat} kertaa), tavoite < {GOAL_S:.1f} s "
          f"{'OK' if ok else 'YLITTYY'}")
    print(f"tekstinä {t_text:.3f} s, PDF:nä {t_pdf:.2f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
