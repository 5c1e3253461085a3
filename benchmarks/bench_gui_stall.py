"""Benchmark: the longest GUI-thread stall while the wizard imports 100,000 rows and a big report is exported.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_stall.py [ROWS] [--stacks]``.

Drives the import wizard as a user would (file -> preview -> categories ->
matches -> summary) on a generated 100,000-row long workbook, then the export
dialog (follow-up PDF) on the 40-focus-area / 400-indicator programme, with a
:class:`tests.desktop.stall_probe.StallProbe` ticking every 5 ms on the GUI thread.
Prints the longest gap between ticks per phase and where it happened.
Goal: no main-thread stall over 50 ms anywhere in the import.

Findings (``--stacks`` names the code that held the GUI thread): the reading,
matching, summary and export run in worker threads or a child process, so the
GUI thread mostly waits for the GIL. A worker in pure Python hands it over every
``sys.getswitchinterval()`` (5 ms); one C call that holds it blocks the window
for its whole length. Found and fixed:
- the child process's rows were decoded in one ``marshal.loads`` (100,000 rows:
  ~0.1 s holding the GIL): now sent and decoded in slices of 5,000 rows
  (planner/followup/actuals/isolated_read.py, PACK_ROWS);
- the match page counted rows per text over every record on the GUI thread
  (``row_counts``, first rows): now counted per distinct (text, area, categories)
  in the worker (``ImportPlan.warm``); the summary's unmatched rows likewise;
- the match page filled 40 combo boxes item by item (1,600 ``addItem``): now one
  shared item model;
- after an import the cyclic collector's first passes over every new row and
  record ran wherever the next allocation came, often on the GUI thread: the
  import's objects are promoted without a pass (planner/followup/gcpause.py).
- the GUI thread waited for the interpreter lock 5 ms at a time (Python's switch interval)
  while a worker ran pure Python (extraction, combining, the report): under load several such
  waits ran together and single runs stalled 30-75 ms (median ~35). The app sets 1 ms
  (desktop/app.py, SWITCH_INTERVAL_S): 12-30 ms, the work as long as before (26.11.2026).
The export dialog (follow-up PDF, 400 indicators; issue 19) stalled 140-690 ms. Found:
- the cyclic collector's full passes in the worker (0.2-0.45 s each, holding the GIL):
  reportlab's objects and the tagging's closure on every flowable made 436,000 objects of
  cyclic garbage per export. Now the collector is paused during an export, flowables are
  tagged through a class swap, structure nodes have no parent links and a finished
  document lets go of its canvas and PDF objects (~20,000 cyclic objects left);
- pikepdf's save of the finished PDF (C++ holding the GIL ~50 ms): the tags are now
  written by reportlab itself before it saves;
- the programme's deep copy on the GUI thread at the click (35-70 ms): made in the worker
  (the dialog is modal, nothing edits the programme meanwhile).
Now 20-35 ms on a quiet machine; 55-150 ms when other work fills both cores (the worker
is pure Python then, and the GUI thread waits for a processor).
What is left: on a loaded 2-core machine the GUI thread waits for a processor
as well as for the GIL, so the figure moves by tens of ms from run to run.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_MS = 50.0
#: ``--stacks``: dump every thread's stack when a gap passes 30 ms (faulthandler's watchdog; a
#: diagnosis aid that can itself crash the process when a thread ends at that moment).
STACKS_AFTER_MS: float | None = None


def _wait(app, until, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            raise TimeoutError("odotus ylitti aikarajan")
        app.processEvents()
        time.sleep(0.001)


def wizard_stall(app, n_rows: int) -> tuple[float, str, float]:
    """(longest stall ms, the step it happened in, seconds from Next to the summary shown)."""
    from benchmarks.bench_actuals import make_workbook
    from desktop.programme.actuals.wizard import ImportWizard
    from planner.example import load_example
    from tests.desktop.stall_probe import StallProbe

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "toteumat.xlsx"
        make_workbook(path, n_rows)
        wiz = ImportWizard(load_example())
        wiz.show()
        _wait(app, lambda: wiz.isVisible(), 10)
        wiz.set_path(str(path))
        probe = StallProbe(sample_after_ms=STACKS_AFTER_MS)
        t0 = time.perf_counter()
        with probe:
            probe.mark("esikatselu (luku ja tunnistus)")
            wiz.next()
            _wait(app, lambda: wiz.plan is not None and wiz.preview_page.isComplete())
            for _ in range(4):
                if wiz.currentPage() is wiz.summary_page:
                    break
                page = wiz.currentPage()
                probe.mark(f"sivu {type(page).__name__} -> seuraava")
                _wait(app, page.isComplete, 30)
                wiz.next()
            probe.mark("yhteenveto")
            _wait(app, lambda: wiz.summary_page.built is not None)
            app.processEvents()
        elapsed = time.perf_counter() - t0
        wiz.done(0)
        wiz.deleteLater()
        app.processEvents()
        if probe.stack:
            print(probe.stack, file=sys.stderr)
        return probe.longest_ms, probe.where, elapsed


def export_stall(app) -> tuple[float, str, float]:
    from desktop.programme.export_dialog import ExportDialog
    from tests.desktop.stall_probe import StallProbe
    from tests.planner.report_fixtures import generated_programme, with_demo_actuals

    programme = with_demo_actuals(generated_programme(40, 10))
    with tempfile.TemporaryDirectory() as tmp:
        d = ExportDialog(programme)
        d.ask_open = lambda path: False
        done: list[str] = []
        d.exported.connect(done.append)
        d.set_format("pdf")
        d.followup_button.setChecked(True)
        d.path_edit.setText(str(Path(tmp) / "seuranta"))
        d.show()
        probe = StallProbe(sample_after_ms=STACKS_AFTER_MS)
        t0 = time.perf_counter()
        with probe:
            probe.mark("seurantaraportti PDF")
            d.export_button.click()
            _wait(app, lambda: bool(done), 180)
            app.processEvents()
        elapsed = time.perf_counter() - t0
        d.close()
        d.deleteLater()
        app.processEvents()
        if probe.stack:
            print(probe.stack, file=sys.stderr)
        return probe.longest_ms, probe.where, elapsed


def main() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    global STACKS_AFTER_MS
    args = [a for a in sys.argv[1:] if a != "--stacks"]
    if "--stacks" in sys.argv[1:]:
        STACKS_AFTER_MS = 30.0
    n = int(args[0]) if args else 100_000
    from desktop.app import create_application

    app = create_application(sys.argv[:1])  # as the app makes it: its switch interval too
    stall, where, secs = wizard_stall(app, n)
    print(f"ohjattu tuonti {n} riviä: pisin pysähdys {stall:.0f} ms ({where}); "
          f"kesto {secs:.1f} s; tavoite <= {GOAL_MS:.0f} ms")
    stall2, where2, secs2 = export_stall(app)
    print(f"vientidialogi, seuranta-PDF 400 mittaria: pisin pysähdys {stall2:.0f} ms ({where2}); kesto {secs2:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
