"""Lock files beside an open document, so two people on a shared drive are never both unwarned.

The lock is a small JSON file ``.NAME.lock`` beside ``NAME`` holding who opened the
file, on which machine, when, the process id and the process's start time. It is
made with an *exclusive create* (``O_CREAT | O_EXCL``, atomic on local disks and on
SMB shares) *before* the file is read, so of two people opening at the same moment
exactly one gets the lock and the other is told who has the file.

A lock is **stale** when
- it was made on this machine by a process that no longer runs (or whose process id
  now belongs to another process: the start time differs), or
- it was made on another machine more than :data:`FOREIGN_STALE_HOURS` ago (a laptop
  that crashed or was unplugged from the network never removes its lock).
The GUI asks before taking a stale lock over (:func:`take_over`).

The lock is advisory: nobody is stopped from reading. Before saving, the GUI compares
the file with the :class:`FileStamp` taken when it was opened (size, modification
time, SHA-256), so a change someone made in between is never overwritten unasked.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from planner.ids import random_hex

FOREIGN_STALE_HOURS = 12
# A lock file that exists but cannot be read yet is probably being written by the
# process that just created it; only after this long is it treated as debris.
UNREADABLE_GRACE_SECONDS = 60


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    time: str  # ISO timestamp, local time
    started: str = ""  # the process's start time as the OS tells it ("" where unknown)

    def is_mine(self) -> bool:
        return self.host == _host() and self.pid == os.getpid()

    def is_stale(self, now: datetime | None = None) -> bool:
        """True when the lock's holder is gone (see the module docstring)."""
        if self.host != _host():
            try:
                made = datetime.fromisoformat(self.time)
            except ValueError:
                return True  # no readable time: nothing says it is in force
            if made.tzinfo is not None:
                made = made.astimezone().replace(tzinfo=None)
            return (now or datetime.now()) - made > timedelta(hours=FOREIGN_STALE_HOURS)
        if self.pid == os.getpid():
            return False
        if not _process_alive(self.pid):
            return True
        started = _process_start(self.pid)
        return bool(self.started and started and started != self.started)

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
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return not ok or code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _process_start(pid: int) -> str:
    """An opaque start time of process ``pid`` ("" where the OS does not tell).

    Two processes that had the same id at different times have different start times,
    so a lock whose process id was reused is recognised as stale.
    """
    if os.name == "nt":  # pragma: no cover - Windows
        try:
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
            handle = kernel32.OpenProcess(0x1000, False, pid)
            if not handle:
                return ""
            times = [wintypes.FILETIME() for _ in range(4)]
            ok = kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times))
            kernel32.CloseHandle(handle)
            if not ok:
                return ""
            return str((times[0].dwHighDateTime << 32) | times[0].dwLowDateTime)
        except Exception:  # noqa: BLE001 - no start time: the alive check alone decides
            return ""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # Field 22 (starttime) counted after the command name, which may hold spaces and ")".
    fields = raw.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


def lock_path(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(f".{p.name}.lock")


def _host() -> str:
    # socket, getpass and hashlib are imported when a file is first locked or stamped, not at
    # the app's start (the GUI imports this module before its window shows: ~5 ms).
    import socket

    return socket.gethostname()


def current_lock_info() -> LockInfo:
    import getpass

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some locked-down environments
        user = "?"
    return LockInfo(user=user, host=_host(), pid=os.getpid(),
                    time=datetime.now().isoformat(timespec="seconds"), started=_process_start(os.getpid()))


def _parse_lock(text: str) -> LockInfo | None:
    try:
        data = json.loads(text)
        return LockInfo(user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]),
                        time=str(data["time"]), started=str(data.get("started", "")))
    except (ValueError, KeyError, TypeError, OverflowError):
        return None


def read_lock(path: str | Path) -> LockInfo | None:
    """The lock on ``path``, or None when there is none (or it cannot be read)."""
    try:
        raw = lock_path(path).read_bytes()[:64 * 1024]
    except OSError:
        return None
    return _parse_lock(raw.decode("utf-8", "replace"))


def foreign_lock(path: str | Path) -> LockInfo | None:
    """A lock by someone else that is still in force, or None."""
    info = read_lock(path)
    if info is None or info.is_mine() or info.is_stale():
        return None
    return info


@dataclass(frozen=True)
class LockResult:
    """What :func:`acquire` found.

    ``state``: "mine" (we hold the lock now), "held" (someone else's lock in force),
    "stale" (someone else's lock whose holder is gone: ask, then :func:`take_over`),
    "unavailable" (no lock can be made here: a read-only folder or share; ``error`` says why).
    """

    state: str
    info: LockInfo | None = None
    error: str = ""


def _create_exclusive(lp: Path, info: LockInfo) -> None:
    data = json.dumps(asdict(info)).encode("utf-8")
    fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        try:
            lp.unlink()
        except OSError:
            pass
        raise
    os.close(fd)


def _unavailable(exc: OSError) -> LockResult:
    return LockResult("unavailable", error=exc.strerror or str(exc))


def acquire(path: str | Path) -> LockResult:
    """Take the lock on ``path`` with an exclusive create, before the file is read."""
    lp = lock_path(path)
    try:
        _create_exclusive(lp, current_lock_info())
        return LockResult("mine", read_lock(path))
    except FileExistsError:
        pass
    except OSError as exc:
        return _unavailable(exc)
    info = read_lock(path)
    if info is None:
        # Being written by whoever just created it, or debris from a crash long ago.
        try:
            age = datetime.now().timestamp() - lp.stat().st_mtime
        except OSError:
            return acquire_again(path)
        if age < UNREADABLE_GRACE_SECONDS:
            return LockResult("held", LockInfo(user="?", host="?", pid=0, time=""))
        return LockResult("stale", LockInfo(user="?", host="?", pid=0, time=""))
    if info.is_mine():
        return LockResult("mine", info)
    if info.is_stale():
        return LockResult("stale", info)
    return LockResult("held", info)


def acquire_again(path: str | Path) -> LockResult:
    """One more exclusive create, for when the lock vanished while we looked at it."""
    try:
        _create_exclusive(lock_path(path), current_lock_info())
        return LockResult("mine", read_lock(path))
    except FileExistsError:
        info = read_lock(path)
        return LockResult("held", info or LockInfo(user="?", host="?", pid=0, time=""))
    except OSError as exc:
        return _unavailable(exc)


def take_over(path: str | Path, stale: LockInfo | None) -> LockResult:
    """Replace a stale lock by ours; if someone else took it over first, theirs is kept ("held").

    The stale lock is first renamed away (only one process can rename a given file),
    checked to be the stale one, and then ours is made with an exclusive create.
    """
    lp = lock_path(path)
    aside = lp.with_name(f"{lp.name}.{random_hex(8)}.stale")
    try:
        os.rename(lp, aside)
    except FileNotFoundError:
        return acquire_again(path)
    except OSError as exc:
        return _unavailable(exc)
    try:
        moved = _parse_lock(aside.read_bytes()[:64 * 1024].decode("utf-8", "replace"))
    except OSError:
        moved = None
    if stale is not None and stale.pid and moved != stale:
        # We moved a fresh lock someone made meanwhile: put it back (unless yet another exists).
        try:
            os.link(aside, lp)
        except OSError:
            pass
        aside.unlink(missing_ok=True)
        return LockResult("held", read_lock(path) or moved)
    aside.unlink(missing_ok=True)
    return acquire_again(path)


def acquire_lock(path: str | Path) -> bool:
    """Take the lock if it is free, ours or stale (no questions); False otherwise.

    For callers that cannot ask (saving under a new name). Prefer :func:`acquire`.
    """
    result = acquire(path)
    if result.state == "stale":
        result = take_over(path, result.info)
    return result.state == "mine"


def release_lock(path: str | Path) -> None:
    """Remove the lock if it is ours; someone else's lock is left alone."""
    info = read_lock(path)
    if info is not None and info.is_mine():
        try:
            lock_path(path).unlink()
        except OSError:
            pass


# -- has the file changed since it was opened? ---------------------------------------------


@dataclass(frozen=True)
class FileStamp:
    """Size, modification time and SHA-256 of a file when it was opened or saved."""

    size: int
    mtime_ns: int
    sha256: str


def _hash(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(chunk)
    return h.hexdigest()


def stamp(path: str | Path) -> FileStamp | None:
    """The file's stamp now, or None when it does not exist or is not a regular file."""
    p = Path(path)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            return None
        return FileStamp(st.st_size, st.st_mtime_ns, _hash(p))
    except OSError:
        return None


def changed_on_disk(path: str | Path, opened: FileStamp | None) -> bool:
    """True when ``path`` is not the file that was opened (``opened``): changed, replaced or removed.

    Size and time decide quickly; when they differ the content hash decides, so a file
    that was only touched (same bytes) does not count as changed.
    """
    if opened is None:
        return False
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        return True
    if st.st_size == opened.size and st.st_mtime_ns == opened.mtime_ns:
        return False
    try:
        return _hash(p) != opened.sha256
    except OSError:
        return True


def is_read_only(path: str | Path) -> str:
    """Why ``path`` cannot be saved in place ("" when it can): a read-only file or folder."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        return ""
    if not (st.st_mode & stat.S_IWUSR) or not os.access(p, os.W_OK):
        return "file"
    folder = p.parent if str(p.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return "folder"
    return ""


def is_read_only_error(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
