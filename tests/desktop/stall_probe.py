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

import faulthandler
import tempfile
import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallProbe(QObject):
    """Records the longest gap between ticks of a precise timer on the GUI thread."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None, sample_after_ms: float | None = None) -> None:
        """``sample_after_ms``: when set, every thread's stack is dumped once a gap grows past it
        (faulthandler's watchdog, which needs no GIL: a worker holding the GIL in C code is seen),
        so the longest stall also says which code held the GUI thread (``stack``)."""
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
        self.stack = ""  # the GUI thread's stack during the longest gap (with sample_after_ms)
        self._sample_after = sample_after_ms
        self._dump = None
        self._dump_pos = 0

    def mark(self, label: str) -> None:
        """Name the step now running, so the longest stall can be told where it happened.

        A gap that ends here belongs to the step before (the tick is taken first).
        """
        if self._timer.isActive():
            self._tick()
        self.label = label

    def start(self) -> None:
        self.longest_ms = 0.0
        self.ticks = 0
        self.where = ""
        self._last = time.perf_counter()
        self._timer.start()
        if self._sample_after is not None:
            self._dump = tempfile.TemporaryFile("w+")
            self._dump_pos = 0
            self._arm()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()
        if self._dump is not None:
            faulthandler.cancel_dump_traceback_later()
            self._dump.close()
            self._dump = None

    def _arm(self) -> None:
        assert self._dump is not None and self._sample_after is not None
        faulthandler.cancel_dump_traceback_later()
        faulthandler.dump_traceback_later(self._sample_after / 1000.0, repeat=False, file=self._dump)

    def _gap_dump(self) -> str:
        """What the watchdog wrote since the last tick ("" when the gap stayed short)."""
        if self._dump is None:
            return ""
        self._dump.seek(0, 2)
        end = self._dump.tell()
        if end == self._dump_pos:
            return ""
        self._dump.seek(self._dump_pos)
        text = self._dump.read()
        self._dump_pos = end
        return text

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000.0
        dump = self._gap_dump()
        if gap > self.longest_ms:
            self.longest_ms = gap
            self.where = self.label
            self.stack = dump
        if self._dump is not None and self._timer.isActive():
            self._arm()
        self._last = now
        self.ticks += 1

    def __enter__(self) -> StallProbe:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
