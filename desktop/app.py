"""Start the desktop app: ``planner-desktop [FILE]``.

With FILE the programme is opened; without it the built-in example opens as an
untitled copy, so saving asks for a name and the example is never overwritten.
After a crash the autosaved work is offered back first.
"""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.i18n import language_manager
from desktop.settings import APPLICATION, ORGANIZATION, Settings
from planner.resources import resource_path

#: Seconds a worker thread may hold the interpreter lock while the GUI thread waits for it.
#: Python's default, 5 ms, let the window stall 30-75 ms while a worker imported 100,000 rows
#: or wrote a report: the GUI thread wakes for an event, asks for the lock, gets it for one
#: event and waits again; under load several such waits ran together. 1 ms: 12-24 ms at most,
#: the same duration of the work (benchmarks/bench_gui_stall.py, row 6 of run_all.py). Only a
#: thread that waits for the lock is affected, so a lone worker runs as before.
SWITCH_INTERVAL_S = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def register_ui_fonts() -> None:
    """A machine without fonts would show boxes: ship DejaVu Sans and register it."""
    folder = resource_path("fonts")
    for f in sorted(folder.glob("DejaVuSans*.ttf")) if folder.is_dir() else []:
        QFontDatabase.addApplicationFont(str(f))


def start(window_cls=None, file: str | None = None, settings: Settings | None = None):
    """Build the main window as a start would: recovery offer, then FILE or the example."""
    from desktop.programme.main_window import MainWindow
    from planner.fileformat import loads

    window = (window_cls or MainWindow)(settings)
    if window.session.recover(loads, window.doc.replace, QCoreApplication.translate("app", "Palautettu ohjelma")):
        return window
    if file:
        if not window.open_file(file, ask_save=False):
            window.new_from_example()
    else:
        window.new_from_example()
    return window


def parse_arguments(args: list[str]) -> argparse.Namespace:
    """``planner-desktop [FILE]``; ``--help`` prints the usage and exits."""
    parser = argparse.ArgumentParser(prog="planner-desktop", description="Työllisyysohjelman laatiminen ja seuranta")
    parser.add_argument("file", nargs="?", help="avattava ohjelma (.tyohjelma, .json) tai lausunto (.lausunto.json)")
    return parser.parse_args(args)


def main(argv: list[str] | None = None) -> int:
    # The collector waits until the window has shown: the start creates hundreds of classes (Qt's enums, the
    # model's dataclasses) and few cycles, and its ~55 passes over them were ~5 ms of CPU before the first
    # paint (benchmarks/run_all.py, row 7). packaging/entry_gui.py pauses it before its imports already.
    gc.disable()
    args = sys.argv[1:] if argv is None else argv
    # Without arguments (the start from the menu) argparse is not asked: building a parser looks up gettext
    # catalogues for its help texts and imports locale (~1.5 ms of the start).
    file = parse_arguments(args).file if args else None
    app = create_application()
    register_ui_fonts()
    settings = Settings()
    language_manager().apply(settings.get(Settings.language))
    from desktop.programme.statement_launcher import is_statement_file

    statement_file = file if file and is_statement_file(file) else None
    window = start(file=None if statement_file else file, settings=settings)
    window.show()
    if statement_file:
        window.statements.open_path(statement_file)
    # Looking for a statement left unsaved by a crash waits until the window has painted.
    QTimer.singleShot(0, window.statements.recover_after_crash)
    QTimer.singleShot(0, gc.enable)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
