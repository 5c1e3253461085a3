"""Locks that work on shared drives: exclusive create, stale locks, a two-process race, changes on disk."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import asdict, replace
from datetime import datetime, timedelta

import pytest

from planner.storage import locking
from tests.conftest import ROOT


def write_lock(path, info: locking.LockInfo) -> None:
    locking.lock_path(path).write_text(json.dumps(asdict(info)), encoding="utf-8")


def other_machine(hours_ago: float) -> locking.LockInfo:
    t = datetime.now() - timedelta(hours=hours_ago)
    return locking.LockInfo(user="maija", host="toinen-kone", pid=4242, time=t.isoformat(timespec="seconds"))


def test_first_acquire_creates_the_lock_second_sees_it_mine(tmp_path):
    path = tmp_path / "o.tyohjelma"
    result = locking.acquire(path)
    assert result.state == "mine" and result.info.is_mine()
    assert locking.acquire(path).state == "mine"  # the same process opening again
    locking.release_lock(path)
    assert not locking.lock_path(path).exists()


def test_lock_is_made_before_the_file_exists_or_is_read(tmp_path):
    path = tmp_path / "ei-vielä.tyohjelma"
    assert locking.acquire(path).state == "mine" and not path.exists()


def test_someone_elses_recent_lock_is_held(tmp_path):
    path = tmp_path / "o.tyohjelma"
    write_lock(path, other_machine(hours_ago=1))
    result = locking.acquire(path)
    assert result.state == "held" and result.info.user == "maija"
    assert json.loads(locking.lock_path(path).read_text())["user"] == "maija"  # untouched


def test_other_machines_lock_older_than_the_limit_is_stale(tmp_path):
    path = tmp_path / "o.tyohjelma"
    write_lock(path, other_machine(hours_ago=locking.FOREIGN_STALE_HOURS + 1))
    result = locking.acquire(path)
    assert result.state == "stale"
    assert locking.take_over(path, result.info).state == "mine"
    assert locking.read_lock(path).is_mine()


def test_same_machine_dead_process_is_stale(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    path = tmp_path / "o.tyohjelma"
    info = replace(locking.current_lock_info(), pid=proc.pid)
    write_lock(path, info)
    assert locking.acquire(path).state == "stale"


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/stat"), reason="process start times from /proc")
def test_reused_process_id_is_stale(tmp_path):
    path = tmp_path / "o.tyohjelma"
    # A live process (our parent) with the start time of some other, earlier process.
    info = replace(locking.current_lock_info(), pid=os.getppid(), started="1")
    write_lock(path, info)
    assert locking.acquire(path).state == "stale"
    info = replace(info, started=locking._process_start(os.getppid()))
    write_lock(path, info)
    assert locking.acquire(path).state == "held"


def test_empty_lock_being_written_is_held_old_debris_is_stale(tmp_path):
    path = tmp_path / "o.tyohjelma"
    locking.lock_path(path).write_bytes(b"")
    assert locking.acquire(path).state == "held"
    old = time.time() - 3600
    os.utime(locking.lock_path(path), (old, old))
    result = locking.acquire(path)
    assert result.state == "stale"
    assert locking.take_over(path, result.info).state == "mine"


def test_take_over_keeps_a_fresh_lock_made_meanwhile(tmp_path):
    path = tmp_path / "o.tyohjelma"
    stale = other_machine(hours_ago=100)
    write_lock(path, other_machine(hours_ago=0))  # someone took it over after we looked
    result = locking.take_over(path, stale)
    assert result.state == "held" and locking.read_lock(path).host == "toinen-kone"
    assert [f.name for f in tmp_path.iterdir()] == [locking.lock_path(path).name]


def test_folder_without_write_access_is_unavailable(tmp_path, monkeypatch):
    def refused(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refused)
    result = locking.acquire(tmp_path / "o.tyohjelma")
    assert result.state == "unavailable" and "Permission" in result.error


RACER = """
import sys, time, json
from planner.storage import locking
paths, start = sys.argv[1:-1], float(sys.argv[-1])
out = []
for i, p in enumerate(paths):
    while time.time() < start + i * 0.05:
        pass
    out.append(locking.acquire(p).state)
time.sleep(max(0, start + len(paths) * 0.05 + 1.0 - time.time()))  # hold the locks while the other looks
print(json.dumps(out))
"""


def test_two_processes_opening_at_the_same_moment_exactly_one_wins(tmp_path):
    paths = [str(tmp_path / f"f{i}.tyohjelma") for i in range(20)]
    start = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, "-c", RACER, *paths, str(start)], stdout=subprocess.PIPE,
                              text=True, cwd=ROOT) for _ in range(2)]
    results = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    for i in range(len(paths)):
        states = sorted(r[i] for r in results)
        assert states == ["held", "mine"], (i, states)


def test_changed_on_disk_by_size_time_and_hash(tmp_path):
    path = tmp_path / "o.tyohjelma"
    path.write_text("alku", encoding="utf-8")
    opened = locking.stamp(path)
    assert not locking.changed_on_disk(path, opened)
    later = time.time() + 5
    os.utime(path, (later, later))  # touched, same bytes: not a change
    assert not locking.changed_on_disk(path, opened)
    path.write_text("muutettu", encoding="utf-8")
    assert locking.changed_on_disk(path, opened)
    path.unlink()
    assert locking.changed_on_disk(path, opened)
    assert not locking.changed_on_disk(path, None)


def test_read_only_file_is_recognised(tmp_path):
    path = tmp_path / "o.tyohjelma"
    path.write_text("x", encoding="utf-8")
    assert locking.is_read_only(path) == ""
    os.chmod(path, 0o444)
    try:
        assert locking.is_read_only(path) == "file"
    finally:
        os.chmod(path, 0o644)


def test_lock_records_user_machine_time_and_process(tmp_path):
    path = tmp_path / "o.tyohjelma"
    locking.acquire(path)
    data = json.loads(locking.lock_path(path).read_text(encoding="utf-8"))
    assert data["host"] == socket.gethostname() and data["pid"] == os.getpid()
    assert data["user"] and datetime.fromisoformat(data["time"])
    assert "started" in data
