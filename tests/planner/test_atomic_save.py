"""Saving survives a process killed at any point, and saved files keep the permissions users expect.

The kill test is deterministic and portable: the child process saves once with
``os.fsync``, ``os.replace`` and opening a file for writing wrapped so that it
stops at the N-th of those points and waits; the parent then kills it with ``Popen.kill()``
(SIGKILL on POSIX, TerminateProcess on Windows). Every stop point of a save is
tried, so the result does not depend on how fast the disk syncs.
"""

from __future__ import annotations

import os
import random
import stat
import subprocess
import sys
import textwrap

import pytest

from planner.fileformat import load_programme, save_programme
from planner.model import Programme, Theme
from planner.storage.atomic import atomic_write, backup_path
from tests.conftest import ROOT


def _doc(title: str) -> Programme:
    return Programme(title=title, themes=[Theme(title=title * 2000 + str(i)) for i in range(40)])


def _assert_whole(path, titles=("A", "B")) -> str:
    p = load_programme(path)  # raises if the file is torn
    assert p.title in titles and len(p.themes) == 40
    assert all(t.title.startswith(p.title * 2000) for t in p.themes)
    return p.title


STOPPING_CHILD = textwrap.dedent(
    """
    import builtins, io, os, sys
    from planner.fileformat import save_programme
    from planner.model import Programme, Theme

    stop_at = int(sys.argv[2])
    calls = [0]

    def gate(what):
        calls[0] += 1
        if calls[0] == stop_at:
            print("stopped " + what, flush=True)
            sys.stdin.readline()  # wait here until the parent kills us

    def wrap(name):
        real = getattr(os, name)
        def wrapped(*args, **kwargs):
            gate("before " + name)
            result = real(*args, **kwargs)
            gate("after " + name)
            return result
        setattr(os, name, wrapped)

    def wrap_open(real):
        def opened(file, mode="r", *args, **kwargs):
            handle = real(file, mode, *args, **kwargs)
            if any(m in str(mode) for m in "wax"):
                gate("after open for writing")  # created or truncated, nothing written yet
            return handle
        return opened

    wrap("fsync")
    wrap("replace")
    os.fdopen = wrap_open(os.fdopen)
    builtins.open = io.open = wrap_open(io.open)
    doc = Programme(title="B", themes=[Theme(title="B" * 2000 + str(i)) for i in range(40)])
    save_programme(doc, sys.argv[1])
    print("done", flush=True)
    """
)


def _run_child(script: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", script, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env)


def test_killed_at_every_step_of_a_save_leaves_old_or_new_intact(tmp_path):
    path = tmp_path / "ohjelma.json"
    seen_after_kill = []
    stop_at = 1
    while True:
        save_programme(_doc("A"), path)  # the file holds A (and .bak an earlier A) before each trial
        child = _run_child(STOPPING_CHILD, str(path), str(stop_at))
        line = child.stdout.readline().decode().strip()
        child.kill()
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
        if line == "done":
            break
        assert line.startswith("stopped"), line
        seen_after_kill.append((line, _assert_whole(path)))
        if backup_path(path).exists():
            assert _assert_whole(backup_path(path)) == "A"  # the backup is always the previous document
        stop_at += 1
        assert stop_at < 50, "a save should take only a handful of fsync/replace calls"
    # The save was interrupted at each step (before/after each fsync and replace) ...
    assert len(seen_after_kill) >= 8
    # ... the file was the old document until the replace, and the new one after it.
    titles = [title for _line, title in seen_after_kill]
    assert titles[0] == "A" and titles[-1] == "B"
    assert titles == sorted(titles), "once the new document is in place it never goes back"
    assert _assert_whole(path) == "B"


RANDOM_KILLER_CHILD = textwrap.dedent(
    """
    import sys
    from planner.fileformat import save_programme
    from planner.model import Programme, Theme
    path = sys.argv[1]
    docs = [Programme(title=t, themes=[Theme(title=t * 2000 + str(i)) for i in range(40)]) for t in ("B", "A")]
    print("ready", flush=True)
    i = 0
    while True:
        save_programme(docs[i % 2], path)
        print("saved " + docs[i % 2].title, flush=True)
        i += 1
    """
)


@pytest.mark.slow
def test_killed_at_random_moments_while_saving_leaves_old_or_new_intact(tmp_path):
    """The same promise under random timing (finds what the step-wise test's wrapping could hide).

    Every other trial first waits until the child has saved B once, so the kill lands in
    a later save whatever the disk's speed; the rest kill at a random moment from the start.
    """
    path = tmp_path / "ohjelma.json"
    save_programme(_doc("A"), path)
    rng = random.Random(2026)
    seen = set()
    for trial in range(60):
        child = _run_child(RANDOM_KILLER_CHILD, str(path))
        assert child.stdout.readline().strip() == b"ready"
        if trial % 2:
            while child.stdout.readline().strip() != b"saved B":
                pass
        try:
            child.wait(timeout=rng.uniform(0.0, 0.03))
        except subprocess.TimeoutExpired:
            pass
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
        seen.add(_assert_whole(path))
        for leftover in tmp_path.glob(".*.tmp"):
            leftover.unlink()  # temp files of a killed save are harmless; clear them
    assert "B" in seen  # the kills did land after a finished save, not only before the first one


posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes apply on Linux/macOS only")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_new_file_gets_the_umask_default(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "uusi.json", b"{}")
        assert _mode(tmp_path / "uusi.json") == 0o644
    finally:
        os.umask(old)
    old = os.umask(0o007)
    try:
        atomic_write(tmp_path / "ryhma.json", b"{}")
        assert _mode(tmp_path / "ryhma.json") == 0o660
    finally:
        os.umask(old)


@posix_only
@pytest.mark.parametrize("mode", [0o664, 0o640, 0o600])
def test_replaced_file_and_its_backup_keep_the_old_mode(tmp_path, mode):
    path = tmp_path / "ohjelma.json"
    save_programme(_doc("A"), path)
    os.chmod(path, mode)
    save_programme(_doc("B"), path)
    assert _mode(path) == mode
    assert _mode(backup_path(path)) == mode
    assert _assert_whole(path) == "B" and _assert_whole(backup_path(path)) == "A"


@posix_only
def test_statement_and_template_saves_are_readable_by_colleagues(tmp_path):
    from planner.cli.actuals import write_template
    from planner.example import load_example
    from planner.statements.examples import load_statement_example
    from planner.statements.fileformat import save_statement

    old = os.umask(0o022)
    try:
        save_statement(load_statement_example("mikkeli"), tmp_path / "l.lausunto.json")
        write_template(load_example(), tmp_path / "pohja.xlsx")
        assert _mode(tmp_path / "l.lausunto.json") == 0o644
        assert _mode(tmp_path / "pohja.xlsx") == 0o644
    finally:
        os.umask(old)
