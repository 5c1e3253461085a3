"""Where an export is written: checks on the target, and zip documents written in one go.

An export replaces the file at its target only when the file may be replaced: a
read-only file (the Windows read-only attribute, mode 444 elsewhere) is reported,
never replaced. Zip-based documents (.docx, .xlsx) are built in memory and written
with one write, so a full disk gives one clean error and no half-closed ZipFile
that prints a second traceback when it is collected.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from pathlib import Path


class ExportTargetError(Exception):
    """The target cannot be written; the message is Finnish and says what to do."""


def check_target(out: str | Path) -> Path:
    """Refuse a target that is a folder, not a regular file, read-only, or in a missing folder."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportTargetError(f"Kansiota {folder} ei ole. Valitse olemassa oleva kansio.")
    try:
        st = os.stat(out)
    except FileNotFoundError:
        return out
    except OSError as exc:
        raise ExportTargetError(f"Tiedostoa {out} ei voi kirjoittaa: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ExportTargetError(f"{out} on kansio. Anna tiedoston nimi.")
    if not stat.S_ISREG(st.st_mode):
        raise ExportTargetError(f"{out} ei ole tavallinen tiedosto. Valitse toinen nimi.")
    if not st.st_mode & stat.S_IWUSR or not os.access(out, os.W_OK):
        raise ExportTargetError(f"Tiedosto {out} on vain luku -tiedosto, eikä sitä korvattu. Valitse toinen nimi "
                                "tai poista tiedostolta vain luku -määrite.")
    return out


def describe_os_error(out: Path, exc: OSError) -> str:
    """One Finnish line for an OSError while writing ``out``."""
    import errno

    if exc.errno == errno.ENOSPC:
        return f"Tiedostoa {out} ei voi kirjoittaa: levy on täynnä. Vapauta tilaa tai valitse toinen levy."
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (f"Kansioon {out.parent} ei voi kirjoittaa (vain luku tai käyttöoikeudet). "
                "Valitse toinen kansio.")
    return f"Tiedostoa {out} ei voi kirjoittaa: {exc.strerror or exc}"


def write_zip_document(save: Callable[[io.BytesIO], object], out_path: str | Path) -> None:
    """``save(buffer)`` builds the document in memory; the bytes are then written with one write."""
    buf = io.BytesIO()
    save(buf)
    with open(out_path, "wb") as fh:
        fh.write(buf.getvalue())
