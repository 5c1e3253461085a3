"""Entry point of the frozen GUI, ``planner-desktop`` (``planner-desktop.exe``, windowed).

A windowed Windows executable has no console: ``sys.stdout``/``sys.stderr`` are
None, and PyInstaller's own traceback dialog is switched off in the spec
(``disable_windowed_traceback``) so a user never sees a Python traceback. An
error that escapes ``desktop.app.main`` (typically a library missing from the
bundle) is written to the user's log folder and shown as plain sentences
instead, without Qt, since Qt itself may be what failed to load.

Started under the name ``planner`` (on Linux the command line is a symbolic link to
this executable: one copy of the Python archive instead of two) it runs the command
line, ``planner.cli.main``, and never imports Qt.

With ``PLANNER_SMOKE_TEST`` set (packaging/smoke.py does), the smoke hook of
desktop/smoke.py reports when the window is shown and closes it.

``multiprocessing.freeze_support()`` comes first: the app reads workbooks of
actuals in a child process (planner/followup/actuals/isolated_read.py), and in the frozen
build that child is this same executable started again by multiprocessing;
freeze_support() runs the child's work and exits instead of opening a window.
"""

import gc
import os
import sys
import time

APP_NAME = "Tyollisyysohjelma"


def _ensure_streams() -> None:
    """Give a windowed process harmless stdout/stderr so ``print``/logging never crash."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _write_crash_log(text: str) -> str:
    """Append ``text`` to ``crash.log`` in the user's log folder (never the install folder)."""
    try:
        from platformdirs import user_log_dir

        folder = user_log_dir(APP_NAME, appauthor=False)
    except Exception:  # noqa: BLE001
        import tempfile

        folder = os.path.join(tempfile.gettempdir(), APP_NAME)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "crash.log")
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} planner-desktop\n{text}\n")
    return path


def _show_fatal_error(log_path: str) -> None:
    message = (
        "Työllisyysohjelma ei käynnistynyt. Asennus voi olla vaurioitunut: asenna sovellus uudelleen.\n"
        f"Tiedot virheestä on tallennettu tiedostoon:\n{log_path}\n\n"
        "Työllisyysohjelma kunde inte startas. Installera om programmet.\n"
        "Työllisyysohjelma could not start. Please reinstall the application."
    )
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "Työllisyysohjelma", 0x10)  # MB_ICONERROR
    else:
        print(message, file=sys.__stderr__ or sys.stderr)


def started_as_cli(argv0: str) -> bool:
    """True when this executable was started as ``planner`` (Linux: a symbolic link to ``planner-desktop``)."""
    name = os.path.basename(argv0).lower()
    return name in ("planner", "planner.exe")


if __name__ == "__main__":
    if any(arg.startswith("--multiprocessing") for arg in sys.argv[1:]) or "-c" in sys.argv[1:]:
        # Only a child started by multiprocessing needs it (importing multiprocessing costs 20 ms of every start).
        import multiprocessing

        multiprocessing.freeze_support()
    if started_as_cli(sys.argv[0]):
        # The command line, without Qt (the spec links planner -> planner-desktop on Linux).
        from planner.cli import run as cli_run

        cli_run()
    _ensure_streams()
    # desktop.app.main() runs the collector again once the window has shown (see there).
    gc.disable()
    try:
        from desktop import app

        if os.environ.get("PLANNER_SMOKE_TEST"):  # desktop.smoke.ENV; the hook is imported only when asked for
            from desktop import smoke

            # create_application() reuses an existing QApplication, so main() gets this one.
            smoke.install(app.create_application())
        code = app.main()
    except SystemExit:
        raise
    except BaseException:  # noqa: BLE001 (the last line of defence in front of the user)
        import traceback

        _show_fatal_error(_write_crash_log(traceback.format_exc()))
        code = 1
    sys.exit(code)
