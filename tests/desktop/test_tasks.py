"""The task runner: work off the GUI thread on a copy, progress and result on the GUI thread, cancel."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtCore")

from PySide6.QtCore import QObject, QThread  # noqa: E402

from desktop.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def runner(qtbot):
    owner = QObject()
    r = TaskRunner(owner)
    yield r
    r.cancel()
    r.wait()


def test_result_arrives_on_the_gui_thread_and_the_task_ran_elsewhere(qtbot, runner):
    gui = QThread.currentThread()
    seen: dict = {}

    def task(data, control):
        seen["thread"] = QThread.currentThread()
        return sum(data)

    received = []
    runner.finished.connect(lambda result: received.append((result, QThread.currentThread())))
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.start(task, [1, 2, 3])
    assert blocker.args == [6]
    assert received == [(6, gui)]
    assert seen["thread"] is not gui
    assert not runner.is_running()


def test_the_task_gets_a_copy_not_the_live_data(qtbot, runner):
    live = {"rows": [1, 2]}

    def task(data, control):
        data["rows"].append(3)
        return data

    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.start(task, live)
    assert live == {"rows": [1, 2]}
    assert blocker.args[0] == {"rows": [1, 2, 3]}


class _CopyWatcher:
    """Notes the thread that deep-copies it."""

    def __init__(self, threads: list) -> None:
        self.threads = threads

    def __deepcopy__(self, memo):
        self.threads.append(QThread.currentThread())
        return _CopyWatcher(self.threads)


def test_a_modal_caller_can_have_the_copy_made_in_the_worker(qtbot, runner):
    """A big programme's copy froze the window: with copy_in_worker the GUI thread does not copy."""
    gui = QThread.currentThread()
    threads: list = []
    live = _CopyWatcher(threads)
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.start(lambda data, control: data, live, copy_in_worker=True)
    assert blocker.args[0] is not live  # still a copy
    assert len(threads) == 1 and threads[0] is not gui
    threads.clear()
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(lambda data, control: data, live)
    assert threads == [gui]  # the default: copied before start returns, on the caller's thread


def test_progress_is_reported_in_order(qtbot, runner):
    def task(data, control):
        for i in range(1, 4):
            control.progress(i, 3, f"vaihe {i}")
        return "valmis"

    steps = []
    runner.progressed.connect(lambda done, total, text: steps.append((done, total, text)))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(task)
    assert steps == [(1, 3, "vaihe 1"), (2, 3, "vaihe 2"), (3, 3, "vaihe 3")]


def test_cancel_stops_the_task_at_its_next_progress_report(qtbot, runner):
    started, release = threading.Event(), threading.Event()
    finished = []

    def task(data, control):
        started.set()
        release.wait(5)
        control.progress(1, 2, "")
        finished.append("went on")
        return "should not arrive"

    results = []
    runner.finished.connect(results.append)
    runner.start(task)
    assert started.wait(5)
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
        release.set()
    assert finished == [] and results == []
    assert not runner.is_running()


def test_the_core_functions_own_cancel_exception_counts_as_cancel(qtbot):
    class Stopped(Exception):
        pass

    r = TaskRunner(cancel_exception=Stopped)
    release = threading.Event()
    raised = []

    def task(data, control):
        release.wait(5)
        try:
            control.progress(0, 1, "")
        except Stopped:
            raised.append("Stopped")
            raise
        return "no"

    with qtbot.waitSignal(r.cancelled, timeout=5000):
        r.start(task)
        r.cancel()
        release.set()
    assert raised == ["Stopped"]


def test_a_failure_hands_the_exception_to_the_caller(qtbot, runner):
    def task(data, control):
        raise ValueError("rivi 7: ei lukua")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(task)
    exc = blocker.args[0]
    assert isinstance(exc, ValueError) and str(exc) == "rivi 7: ei lukua"
    assert not runner.is_running()


def test_a_replaced_run_never_reports(qtbot, runner):
    release = threading.Event()

    def slow(data, control):
        release.wait(5)
        return "vanha"

    results = []
    runner.finished.connect(results.append)
    runner.start(slow)
    release.set()
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(lambda data, control: "uusi")
    # The old run ended before the new one began, so a stale result would have come first.
    assert results == ["uusi"]
