"""Lock files beside an open document, so a second user on a shared drive is warned.

The lock is a small JSON file ``.NAME.lock`` beside ``NAME`` holding who opened
the file, on which machine, when, and the process id. It is advisory: it never
stops anyone from reading; the GUI uses it to offer read-only opening.

A lock left behind by a crashed process on the same machine (its process no
longer runs) is stale and is taken over silently.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    time: str  # ISO timestamp, local time

    def is_mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """True when the lock was made on this machine by a process that no longer runs."""
        if self.host != socket.gethostname():
            return False
        if self.pid == os.getpid():
            return False
        return not _process_alive(self.pid)

    def time_label(self) -> str:
        """The time the file was opened, the Finnish way: 30.6.2026 klo 9.05."""
        try:
            t = datetime.fromisoformat(self.time)
        except ValueError:
            return self.time
        return f"{t.day}.{t.month}.{t.year} klo {t.hour}.{t.minute:02d}"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def lock_path(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(f".{p.name}.lock")


def current_lock_info() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some locked-down environments
        user = "?"
    return LockInfo(user=user, host=socket.gethostname(), pid=os.getpid(),
                    time=datetime.now().isoformat(timespec="seconds"))


def read_lock(path: str | Path) -> LockInfo | None:
    """The lock on ``path``, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]), time=str(data["time"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def foreign_lock(path: str | Path) -> LockInfo | None:
    """A lock by someone else that is still in force, or None."""
    info = read_lock(path)
    if info is None or info.is_mine() or info.is_stale():
        return None
    return info


def acquire_lock(path: str | Path) -> bool:
    """Write our lock beside ``path``. False when the folder does not allow it (then work goes on without)."""
    try:
        lock_path(path).write_text(json.dumps(asdict(current_lock_info())), encoding="utf-8")
    except OSError:
        return False
    return True


def release_lock(path: str | Path) -> None:
    """Remove the lock if it is ours; someone else's lock is left alone."""
    info = read_lock(path)
    if info is not None and info.is_mine():
        try:
            lock_path(path).unlink()
        except OSError:
            pass
