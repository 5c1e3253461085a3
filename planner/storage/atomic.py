"""Crash-safe file writing shared by every file the app saves.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, optionally read back and checked (``verify``), and replaces the target
with ``os.replace`` (atomic on POSIX and on Windows NTFS). Before that the
current file is copied, the same safe way, to ``NAME.bak``. A reader therefore
always finds either the old or the new file, and a new file that would not load
again never replaces the old one.

``mkstemp`` creates its file with mode 0600, which on a shared folder would lock
colleagues out of a programme they could read before. So the new file gets the
mode of the file it replaces, or, for a new file, the mode an ordinary ``open``
would give it (0666 less the umask). Windows has no such modes; nothing to do there.

Temporary files are named ``.NAME.XXXX.tmp``. One left by a save that was
killed is removed by the next save of the same file once it is a day old (a
younger one may belong to a save running right now in another process).
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

_UMASK_LOCK = threading.Lock()
STALE_TEMP_SECONDS = 24 * 60 * 60


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _current_umask() -> int:
    """The process umask (reading it means setting it; the lock keeps threads from racing)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def file_mode_for(path: Path) -> int | None:
    """The permission bits a saved ``path`` should have; ``None`` where modes do not apply."""
    if os.name != "posix":
        return None
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_current_umask()


def _write_temp(folder: Path, name: str, data: bytes, mode: int | None = None) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return Path(tmp)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def clean_stale_temps(path: Path, max_age: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove ``.NAME.*.tmp`` (and ``.NAME.bak.*.tmp``) beside ``path`` older than ``max_age`` seconds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = list(folder.glob(f".{_glob_escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for tmp in candidates:
        try:
            st = tmp.lstat()
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > max_age:
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue
    return removed


def atomic_write(path: Path, data: bytes, backup: bool = True,
                 verify: Callable[[Path], None] | None = None) -> None:
    """Write ``data`` to ``path`` so that a crash never leaves a half-written file.

    ``verify(temp_path)`` is called on the complete temporary file before it replaces
    ``path``; whatever it raises stops the save with the old file (and backup) untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    mode = file_mode_for(path)
    tmp = _write_temp(folder, path.name, data, mode)
    try:
        if verify is not None:
            verify(tmp)
        if backup and path.is_file():
            old = path.read_bytes()
            tmp_bak = _write_temp(folder, path.name + ".bak", old, mode)
            try:
                os.replace(tmp_bak, backup_path(path))
            except BaseException:
                tmp_bak.unlink(missing_ok=True)
                raise
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    clean_stale_temps(path)
