"""Smoke test of the frozen app in ``dist/Tyollisyysohjelma`` (run by ``build.py --smoke``).

What it proves about the one-folder build, on the platform it was built for:

1. the frozen command line finds its shipped resources: ``planner example``
   writes the built-in programme and ``planner check`` reads it back;
2. it exports the example to PDF, DOCX and XLSX, and the files are valid
   (``%PDF-`` ... ``%%EOF``; DOCX/XLSX are zip packages with their main part);
3. the commands of the other parts work frozen when the build has them
   (statement example -> Word, actuals template -> read back through pandas);
4. an unreadable file gives exit 2 and one line on stderr, no traceback;
5. the frozen GUI starts offscreen on the example, shows its window, has not
   imported pandas/reportlab/docx by then, and closes cleanly with exit 0
   (the ``PLANNER_SMOKE_TEST`` hook, desktop/smoke.py); the time from process
   creation to window shown is measured over a few runs;
6. nothing was written inside the application folder.

On Linux, where ``unshare -rn`` works, every run has no network at all, so the
checks also prove the app needs none.

The runs get their own HOME/XDG/PLANNER_DATA_DIR folders, so the smoke test
neither reads nor changes the developer's settings and recovery files (on
Windows, QSettings still uses the user's registry hive).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_EXE = "planner-desktop" + EXE_SUFFIX
CLI_EXE = "planner" + EXE_SUFFIX
#: Libraries that must load lazily (the desktop hook lists those already imported).
MUST_BE_LAZY = ("pandas", "reportlab", "docx", "openpyxl")


class SmokeFailure(Exception):
    """One check failed; the message says what and shows the program's output."""


@dataclass
class SmokeResult:
    shown_after_s: list[float] = field(default_factory=list)
    wall_to_exit_s: list[float] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    gui_report: dict = field(default_factory=dict)

    @property
    def median_shown_s(self) -> float | None:
        return statistics.median(self.shown_after_s) if self.shown_after_s else None


def folder_snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` -> (size, mtime_ns): enough to see anything written or changed."""
    snap = {}
    for path in root.rglob("*"):
        if path.is_file() or path.is_symlink():
            st = path.lstat()
            snap[path.relative_to(root).as_posix()] = (st.st_size, st.st_mtime_ns)
    return snap


def snapshot_changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """Human-readable differences between two :func:`folder_snapshot` results."""
    changes = [f"added {p}" for p in sorted(after.keys() - before.keys())]
    changes += [f"removed {p}" for p in sorted(before.keys() - after.keys())]
    changes += [f"changed {p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]]
    return changes


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SmokeFailure(f"{path.name}: does not start with %PDF- ({len(data)} bytes)")
    if b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path.name}: no %%EOF at the end: truncated PDF")


def check_ooxml(path: Path, main_part: str) -> None:
    """A DOCX/XLSX is a zip package whose parts all read back and which has ``main_part``."""
    if not zipfile.is_zipfile(path):
        raise SmokeFailure(f"{path.name}: not a zip package ({path.stat().st_size} bytes)")
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad is not None:
            raise SmokeFailure(f"{path.name}: damaged part {bad}")
        names = set(z.namelist())
        if "[Content_Types].xml" not in names or main_part not in names:
            raise SmokeFailure(f"{path.name}: {main_part} or [Content_Types].xml missing")
        if z.getinfo(main_part).file_size == 0:
            raise SmokeFailure(f"{path.name}: {main_part} is empty")


CHECKERS = {
    "pdf": check_pdf,
    "docx": lambda p: check_ooxml(p, "word/document.xml"),
    "xlsx": lambda p: check_ooxml(p, "xl/workbook.xml"),
}


def offline_prefix() -> list[str]:
    """Linux: ``unshare -rn`` runs a command in a network namespace with no network at all.

    Used when it works (unprivileged user namespaces allowed), so every check
    also proves the app needs no network. Empty elsewhere.
    """
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return []
    try:
        ok = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return ["unshare", "-rn"] if ok else []


class FrozenApp:
    """Runs the executables of one built folder with an isolated environment (and no network where possible)."""

    def __init__(self, app_dir: Path, work: Path) -> None:
        self.app_dir = app_dir
        self.work = work
        self.env = isolated_env(work)
        self.prefix = offline_prefix()

    def run_cli(
        self, args: Sequence[str], *, expect: int | None = 0, timeout: float = 180
    ) -> subprocess.CompletedProcess:
        """Run ``planner ARGS`` in the work folder; ``expect=None`` accepts any exit code."""
        cmd = [*self.prefix, str(self.app_dir / CLI_EXE), *args]
        proc = subprocess.run(
            cmd, cwd=self.work, env=self.env, capture_output=True, text=True, encoding="utf-8",
            errors="replace", timeout=timeout,
        )
        if expect is not None and proc.returncode != expect:
            raise SmokeFailure(
                f"`planner {' '.join(args)}` exited {proc.returncode}, expected {expect}\n"
                f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
            )
        return proc

    def has_command(self, name: str) -> bool:
        proc = subprocess.run(
            [*self.prefix, str(self.app_dir / CLI_EXE), name, "--help"], cwd=self.work, env=self.env, capture_output=True,
            timeout=60,
        )
        return proc.returncode == 0

    def run_gui(
        self, args: Sequence[str], *, x_display: str | None = None, timeout: float = 60,
        extra_env: dict[str, str] | None = None,
    ) -> tuple[dict, float]:
        """Start the GUI offscreen (or on X display ``x_display``) until the smoke hook closes it."""
        report_file = self.work / "smoke-gui.json"
        report_file.unlink(missing_ok=True)
        env = dict(self.env, PLANNER_SMOKE_TEST=str(report_file), QT_QPA_PLATFORM="offscreen")
        if x_display:
            env.update(QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
        env.update(extra_env or {})
        started = time.perf_counter()
        proc = subprocess.run(
            [*self.prefix, str(self.app_dir / GUI_EXE), *args], cwd=self.work, env=env, capture_output=True, text=True,
            encoding="utf-8", errors="replace", timeout=timeout,
        )
        wall = time.perf_counter() - started
        if proc.returncode != 0:
            raise SmokeFailure(
                f"planner-desktop exited {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
            )
        if not report_file.exists():
            raise SmokeFailure(f"planner-desktop exited without showing its window\n--- stderr\n{proc.stderr}")
        return json.loads(report_file.read_text(encoding="utf-8")), wall


def check_actuals_round_trip(app: FrozenApp, programme: str) -> None:
    """Write the actuals template, put one value in it, and have the frozen app read it back."""
    import openpyxl  # a build dependency of the app, so present where build.py runs

    template = app.work / "toteumat.xlsx"
    app.run_cli(["actuals-template", programme, "-o", template.name])
    check_ooxml(template, "xl/workbook.xml")
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    first_id = ws.cell(row=2, column=1).value
    ws.cell(row=2, column=header.index(next(h for h in header if str(h).startswith("tammikuu"))) + 1, value=7)
    wb.save(template)
    proc = app.run_cli(["compare", programme, "--actuals", template.name, "--json"])
    results = {r["id"]: r for r in json.loads(proc.stdout)["indicators"]}
    if results.get(first_id, {}).get("actual") != 7:
        raise SmokeFailure(f"planner compare did not read the value 7 for {first_id}: {results.get(first_id)}")


def isolated_env(work: Path) -> dict[str, str]:
    """The current environment with the user's folders pointed into ``work``."""
    env = dict(os.environ)
    home = work / "home"
    for sub in ("config", "data", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PLANNER_DATA_DIR=str(home / "data" / "planner"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    # A developer's environment must not leak into the frozen app.
    for var in ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "PLANNER_SMOKE_TEST"):
        env.pop(var, None)
    return env


def run_smoke(app_dir: Path, *, gui_runs: int = 3, x_display: str | None = None, log=print) -> SmokeResult:
    """Run every check against the built folder ``app_dir``; raises :class:`SmokeFailure` on the first failure.

    With ``x_display`` (Linux, e.g. an Xvfb display) the GUI also starts once on
    the real xcb platform plugin, which proves the bundle carries the xcb libraries.
    """
    app_dir = app_dir.resolve()
    for exe in (GUI_EXE, CLI_EXE):
        if not (app_dir / exe).is_file():
            raise SmokeFailure(f"{app_dir / exe} is missing: build first")
    result = SmokeResult()
    before = folder_snapshot(app_dir)

    with tempfile.TemporaryDirectory(prefix="planner-smoke-") as tmp:
        app = FrozenApp(app_dir, Path(tmp))
        work = app.work
        if app.prefix:
            log("  (every run below has no network: unshare -rn)")
        else:
            result.skipped.append("network isolation (needs Linux unshare -rn)")

        def ok(message: str) -> None:
            result.checks.append(message)
            log(f"  ok  {message}")

        # 1. Resources and the file format.
        app.run_cli(["example", "ohjelma.tyohjelma.json"])
        example = work / "ohjelma.tyohjelma.json"
        themes = json.loads(example.read_text(encoding="utf-8")).get("programme", {}).get("themes")
        if not themes:
            raise SmokeFailure("planner example wrote a programme without themes")
        ok(f"planner example: {example.stat().st_size // 1024} KiB, {len(themes)} themes")
        app.run_cli(["check", example.name])
        ok("planner check: the example has no errors")

        # 2. Exports.
        for fmt in ("pdf", "docx", "xlsx"):
            out = work / f"ohjelma.{fmt}"
            app.run_cli(["export", example.name, "--format", fmt, "-o", out.name])
            CHECKERS[fmt](out)
            ok(f"planner export --format {fmt}: {out.stat().st_size // 1024} KiB, valid")

        # 3. The other parts, when this build has them.
        if app.has_command("statement-example") and app.has_command("statement-export"):
            app.run_cli(["statement-example", "mikkeli", "lausunto.lausunto.json"])
            app.run_cli(["statement-export", "lausunto.lausunto.json", "--format", "docx", "-o", "lausunto.docx"])
            check_ooxml(work / "lausunto.docx", "word/document.xml")
            ok("planner statement-example + statement-export --format docx: valid")
        else:
            result.skipped.append("statements (no statement-export command in this build)")
        if app.has_command("actuals-template") and app.has_command("compare"):
            check_actuals_round_trip(app, example.name)
            ok("planner actuals-template, filled in, read back by planner compare (calamine)")
        else:
            result.skipped.append("actuals (no actuals-template/compare command in this build)")

        # 4. Errors stay one line.
        proc = app.run_cli(["check", "ei-ole-olemassa.tyohjelma.json"], expect=2)
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        if len(lines) != 1 or "Traceback" in proc.stderr:
            raise SmokeFailure(f"an unreadable file should give one line on stderr, got:\n{proc.stderr}")
        ok(f"unreadable file: exit 2, one line: {lines[0][:90]}")

        # 5. The GUI.
        for i in range(gui_runs):
            report, wall = app.run_gui([example.name])
            shown = report["shown_after_s"]
            if shown is None:  # the OS did not tell the process age: the wall time to exit is an upper bound
                shown = wall
            result.shown_after_s.append(float(shown))
            result.wall_to_exit_s.append(wall)
            result.gui_report = report
            loaded = [m for m in MUST_BE_LAZY if m in report["heavy_modules_loaded"]]
            if loaded:
                raise SmokeFailure(f"imported before the window was shown (must load lazily): {', '.join(loaded)}")
            if not report.get("frozen"):
                raise SmokeFailure("the GUI did not run frozen")
            qt_tr = report["qt_translations"]
            if not (qt_tr["qtbase_fi"] and qt_tr["qtbase_sv"]):
                raise SmokeFailure(f"Qt's Finnish/Swedish translations do not load from the bundle: {qt_tr}")
            if not Path(qt_tr["dir"]).resolve().is_relative_to(app_dir):
                raise SmokeFailure(f"Qt's translations come from outside the bundle: {qt_tr['dir']}")
            log(f"  run {i + 1}: window shown after {shown:.2f} s, exit 0 after {wall:.2f} s")
        # The import wizard reads workbooks in a child process: the frozen executable started again.
        template = work / "toteumat.xlsx"
        if template.is_file():
            report, wall = app.run_gui([example.name], extra_env={"PLANNER_SMOKE_ACTUALS": str(template)})
            got = report.get("actuals_isolated") or {}
            if not got.get("rows"):
                raise SmokeFailure(f"the GUI could not read a workbook in its child process: {got}")
            ok(f"planner-desktop read {template.name} in a child process: {got['rows']} rows")
        if x_display:
            report, wall = app.run_gui([example.name], x_display=x_display)
            if report.get("platform") != "xcb":
                raise SmokeFailure(f"the GUI ran on {report.get('platform')!r}, not xcb")
            ok(f"planner-desktop on X display {x_display} (xcb): window shown, exit 0 after {wall:.2f} s")
        else:
            result.skipped.append("GUI on a real X display (no Xvfb/DISPLAY)")
        ok(
            f"planner-desktop offscreen on the example: window '{result.gui_report['window_title']}' shown, "
            f"closed with exit 0; UI font {result.gui_report['ui_font']}; Qt's fi/sv translations load from the bundle; "
            f"already imported: {', '.join(result.gui_report['heavy_modules_loaded']) or 'none of the heavy libraries'}"
        )

    # 6. The app folder is read-only for the app.
    changes = snapshot_changes(before, folder_snapshot(app_dir))
    if changes:
        raise SmokeFailure("the app wrote inside its own folder:\n  " + "\n  ".join(changes[:20]))
    ok("nothing written inside the application folder")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_dir", type=Path, help="the built folder, e.g. dist/Tyollisyysohjelma")
    parser.add_argument("--gui-runs", type=int, default=3)
    parser.add_argument("--x-display", help="also start the GUI on this X display, e.g. :99 (Linux)")
    args = parser.parse_args(argv)
    try:
        result = run_smoke(args.app_dir, gui_runs=args.gui_runs, x_display=args.x_display)
    except SmokeFailure as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed; window shown after {result.median_shown_s:.2f} s (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
