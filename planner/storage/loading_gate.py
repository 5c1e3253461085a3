"""One gate every file the app reads passes first: regular file, size limit, zip limits.

A programme, a statement, a consultation request (.docx/.txt) or a file of actuals
may come from anywhere: a FIFO or ``/dev/zero`` must not hang or fill the memory, a
10 MB .docx that expands to 10 GB must not be unpacked, a 20 MB .txt must not become
a million questions. Each kind of file has its limits (:data:`LIMITS`); breaking one
raises :class:`LoadLimitError` with a Finnish line naming the file and the limit, and
``code`` + ``params`` for the GUI to word it in the user's language.

Callers turn the error into their own kind (``FileFormatError``, ``QuestionsImportError``,
``ActualsError``) with :meth:`LoadLimitError.one_line` as the message.

Reading goes through :func:`read_limited`, which opens the file without blocking,
checks on the open handle that it is a regular file (a FIFO swapped in between a
check and the read is caught too) and never reads more than the limit.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one kind of file may be: bytes on disk, and for zip containers the unpacked size and members."""

    label: str  # Finnish, for messages: "ohjelmatiedosto"
    max_bytes: int
    max_unpacked: int = 0  # zip containers: sum of the members' sizes
    max_members: int = 0  # zip containers: number of members


PROGRAMME = "programme"
STATEMENT = "statement"
QUESTIONS_DOCX = "questions_docx"
QUESTIONS_TXT = "questions_txt"
ACTUALS = "actuals"

LIMITS: dict[str, Limits] = {
    # A large programme with years of monthly actuals is a few megabytes.
    PROGRAMME: Limits("ohjelmatiedosto", 100 * MB),
    STATEMENT: Limits("lausuntotiedosto", 20 * MB),
    # A consultation request is a few pages; images make a .docx bigger on disk, not its text.
    QUESTIONS_DOCX: Limits("Word-asiakirja", 20 * MB, max_unpacked=100 * MB, max_members=2000),
    QUESTIONS_TXT: Limits("tekstitiedosto", 2 * MB),
    ACTUALS: Limits("toteumatiedosto", 200 * MB, max_unpacked=1024 * MB, max_members=10000),
}


class LoadLimitError(Exception):
    """A file refused at the gate; ``one_line()`` names the file and what is wrong."""

    def __init__(self, message: str, file: str = "", code: str = "", params: dict[str, str] | None = None) -> None:
        self.message = message
        self.file = file
        self.code = code
        self.params = dict(params or {})
        super().__init__(self.one_line())

    def one_line(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


def _mb(n: int) -> str:
    """A size for a message, the Finnish way: "1,5 Mt", "20 Mt", "3 kt"."""
    if n < MB:
        return f"{max(1, round(n / 1024))} kt"
    value = n / MB
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else str(round(value))
    return text.replace(".", ",") + " Mt"


def _not_regular(p: Path, mode: int) -> LoadLimitError:
    if stat.S_ISDIR(mode):
        return LoadLimitError("polku on kansio, ei tiedosto", str(p), code="is_folder")
    return LoadLimitError("ei ole tavallinen tiedosto (esim. laite tai putki); valitse tallennettu tiedosto",
                          str(p), code="not_regular")


def _too_large(p: Path, size: int, lim: Limits) -> LoadLimitError:
    return LoadLimitError(
        f"tiedosto on liian suuri ({_mb(size)}; {lim.label} saa olla enintään {_mb(lim.max_bytes)})",
        str(p), code="too_large", params={"megabytes": str(size // MB), "size": _mb(size),
                                          "limit": _mb(lim.max_bytes)})


def _os_error(p: Path, exc: OSError) -> LoadLimitError:
    if isinstance(exc, FileNotFoundError):
        return LoadLimitError("tiedostoa ei löydy", str(p), code="not_found")
    if isinstance(exc, IsADirectoryError) or (isinstance(exc, PermissionError) and p.is_dir()):
        # Windows refuses to open a folder with "permission denied".
        return LoadLimitError("polku on kansio, ei tiedosto", str(p), code="is_folder")
    if isinstance(exc, PermissionError):
        return LoadLimitError("tiedoston lukeminen ei ole sallittua (käyttöoikeudet)", str(p), code="permission")
    return LoadLimitError(f"tiedostoa ei voi lukea: {exc.strerror or exc}", str(p))


def check_file(path: str | Path, kind: str) -> int:
    """Refuse anything but a regular file within the size limit of ``kind``; returns the size."""
    p = Path(path)
    lim = LIMITS[kind]
    try:
        st = os.stat(p)
    except OSError as exc:
        raise _os_error(p, exc) from None
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(p, st.st_mode)
    if st.st_size > lim.max_bytes:
        raise _too_large(p, st.st_size, lim)
    return st.st_size


def read_limited(path: str | Path, kind: str) -> bytes:
    """The bytes of a regular file within the limit of ``kind``; never blocks on a FIFO or device."""
    p = Path(path)
    lim = LIMITS[kind]
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except OSError as exc:
        raise _os_error(p, exc) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(p, st.st_mode)
        if st.st_size > lim.max_bytes:
            raise _too_large(p, st.st_size, lim)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(MB, lim.max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > lim.max_bytes:  # the file grew while being read
                raise _too_large(p, total, lim)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_error(p, exc) from None
    finally:
        os.close(fd)


def check_zip(path: str | Path, kind: str) -> None:
    """For zip containers (.docx, .xlsx, .ods): refuse too many members or too much unpacked data.

    Python's zip reader never returns more than a member's declared size, so summing the
    declared sizes bounds what python-docx or openpyxl will unpack. A file that is not a
    zip at all passes: the reader says what is wrong with it.
    """
    p = Path(path)
    lim = LIMITS[kind]
    if not lim.max_unpacked:
        return
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        return
    except OSError as exc:
        raise _os_error(p, exc) from None
    if len(infos) > lim.max_members:
        raise LoadLimitError(
            f"tiedostossa on liikaa osia ({len(infos)}; {lim.label} saa sisältää enintään {lim.max_members}); "
            "tiedosto voi olla vahingollinen", str(p), code="too_many_members",
            params={"members": str(len(infos)), "limit": str(lim.max_members)})
    unpacked = sum(max(0, i.file_size) for i in infos)
    if unpacked > lim.max_unpacked:
        raise LoadLimitError(
            f"tiedosto purkautuu liian suureksi ({_mb(unpacked)}; {lim.label} saa purkautua enintään "
            f"{_mb(lim.max_unpacked)}:ksi); tiedosto voi olla vahingollinen", str(p), code="unpacks_too_large",
            params={"megabytes": _mb(unpacked), "limit": _mb(lim.max_unpacked)})


def gate(path: str | Path, kind: str) -> int:
    """The whole gate for a file a reader will open itself: regular file, size, zip limits. Returns the size."""
    size = check_file(path, kind)
    check_zip(path, kind)
    return size
