"""A probe for GUI stalls: a QTimer ticking on the GUI thread that records the longest gap between ticks.

While the event loop runs freely, ticks arrive every ``interval_ms``; any work
that holds the GUI thread (a long slot, a big table filled at once, a library
import on the main thread) shows as a gap. ``longest_ms`` minus the interval is
how long the user saw a frozen window. Used by ``benchmarks/bench_gui_stall.py``;
timing goals live there, never in tests.

    probe = StallProbe()
    with probe:
        ...drive widgets, process events...
    print(probe.longest_ms, probe.where)
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallProbe(QObject):
    """Records the longest gap between ticks of a precise timer on the GUI thread."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0
        self.label = ""  # what the driver was doing (set by the caller with mark())
        self.where = ""  # the label during the longest gap

    def mark(self, label: str) -> None:
        """Name the step now running, so the longest stall can be told where it happened."""
        self.label = label

    def start(self) -> None:
        self.longest_ms = 0.0
        self.ticks = 0
        self.where = ""
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000.0
        if gap > self.longest_ms:
            self.longest_ms = gap
            self.where = self.label
        self._last = now
        self.ticks += 1

    def __enter__(self) -> StallProbe:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
