"""Crash-safe file writing shared by every file the app saves.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, and replaces the target with ``os.replace`` (atomic on POSIX and on
Windows NTFS). Before that the current file is copied, the same safe way, to
``NAME.bak``. A reader therefore always finds either the old or the new file.

``mkstemp`` creates its file with mode 0600, which on a shared folder would lock
colleagues out of a programme they could read before. So the new file gets the
mode of the file it replaces, or, for a new file, the mode an ordinary ``open``
would give it (0666 less the umask). Windows has no such modes; nothing to do there.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

_UMASK_LOCK = threading.Lock()


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


def atomic_write(path: Path, data: bytes, backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash never leaves a half-written file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    mode = file_mode_for(path)
    if backup and path.is_file():
        old = path.read_bytes()
        tmp_bak = _write_temp(folder, path.name + ".bak", old, mode)
        try:
            os.replace(tmp_bak, backup_path(path))
        except BaseException:
            tmp_bak.unlink(missing_ok=True)
            raise
    tmp = _write_temp(folder, path.name, data, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
