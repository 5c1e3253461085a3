"""Crash-safe file writing shared by every file the app saves.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, and replaces the target with ``os.replace`` (atomic on POSIX and on
Windows NTFS). Before that the current file is copied, the same safe way, to
``NAME.bak``. A reader therefore always finds either the old or the new file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
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
    if backup and path.is_file():
        old = path.read_bytes()
        tmp_bak = _write_temp(folder, path.name + ".bak", old)
        try:
            os.replace(tmp_bak, backup_path(path))
        except BaseException:
            tmp_bak.unlink(missing_ok=True)
            raise
    tmp = _write_temp(folder, path.name, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
