"""The floor of rows 1 and 3 (``planner compare`` vs the reader alone): the least any import must do.

Run: ``.venv/bin/python benchmarks/import_floor.py FILE [STEP ...]``. It reads FILE (an
.xlsx: its first sheet with python-calamine; a .csv: ``pandas.read_csv`` as run_all.py's
yardstick does) and then does only the steps named, each the cheapest way Python has:

- ``scan``: the hostile-file pre-scan of the sheet XML first (.xlsx; the import must keep
  it, issue 11: a 5 KB file naming cell XFD1048576 asks the reader for 550 GB);
- ``checks``: the CSV's encoding told from its first block (.csv; the import must keep
  it: a Windows-1252 file is told from UTF-8 by its first block, the rest as pandas reads);
- ``columns``: the area, period, value (and indicator) columns taken out of the rows
  (``itemgetter`` over calamine's lists; for the CSV the area column's distinct cells and
  the mask of the rows to keep, at C speed);
- ``imports``: the modules ``planner compare`` imports (command line, import, comparison,
  outlook), none of them run;
- ``values``: one ``ActualValue`` per kept value, as the programme stores them (the
  collector paused, as the import pauses it).

``run_all.py --floor`` times ``scan columns imports`` (.xlsx) and ``checks columns
imports`` (.csv) side by side with each row's yardstick: the import cannot be faster than
that, whatever it does with the rows. Figures, not tests.
"""

import os
import sys
from operator import itemgetter
from pathlib import Path


def _imports() -> None:
    import planner.cli.main  # noqa: F401
    import planner.followup.actuals.importer  # noqa: F401
    import planner.followup.outlook  # noqa: F401
    import planner.followup.progress  # noqa: F401
    import planner.reports.municipal_parts  # noqa: F401


def xlsx(path: Path, steps: set[str]) -> None:
    if "scan" in steps:
        from planner.followup.actuals.readers import prescan

        prescan(path, "xlsx")
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    columns = [list(map(itemgetter(c), rows)) for c in range(4)] if "columns" in steps else []
    if "imports" in steps:
        _imports()
    if "values" in steps and columns:
        import gc
        from itertools import repeat

        from planner.model import ActualValue

        gc.disable()
        name, area, period, value = columns
        print(len(list(map(ActualValue, name, period, value, repeat(""), area))))


def csv(path: Path, steps: set[str]) -> None:
    if "checks" in steps:
        from planner.followup.actuals import csv_reader

        with open(path, "rb") as f:
            head = f.read(65536)
        csv_reader.head_encoding(head)
    import pandas

    frame = pandas.read_csv(path, sep=";", dtype=str, encoding="utf-8", skiprows=2, keep_default_na=False)
    kept = None
    if "columns" in steps:
        import numpy as np

        areas = frame.iloc[:, 0].to_numpy(dtype=object)
        keep = {a for a in set(areas) if a.startswith("KU1")}  # a handful of the ~300 areas, as a programme
        kept = np.flatnonzero(pandas.Series(areas, copy=False).isin(list(keep)).to_numpy())
    if "imports" in steps:
        _imports()
    if "values" in steps and kept is not None:
        import gc

        from planner.model import ActualValue

        gc.disable()
        rows = frame.iloc[kept].to_numpy(dtype=object).tolist()
        print(len([ActualValue("x", p, v, "", a) for a, p, v, _w in rows]))


def main() -> None:
    path = Path(sys.argv[1])
    steps = set(sys.argv[2:])
    (csv if path.suffix.lower() == ".csv" else xlsx)(path, steps)
    # As ``planner`` ends (planner.cli.main.run): without the interpreter's teardown, so the
    # floor stays a floor for a command that does not pay it either.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
