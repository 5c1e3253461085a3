"""The yardstick of start-up: a bare QMainWindow in the same venv, shown and closed once painted.

With ``PLANNER_SMOKE_TEST`` naming a file it writes ``{"shown_at": time.time()}`` there at
the same point the app's smoke hook does (the first event-loop turn after the window was
shown), so run_all.py compares the two start-ups to "window shown", not to process exit.
"""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
window.show()


def shown() -> None:
    target = os.environ.get("PLANNER_SMOKE_TEST")
    if target:
        import json
        import time

        with open(target, "w", encoding="utf-8") as f:
            json.dump({"shown_at": time.time()}, f)
    window.close()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
