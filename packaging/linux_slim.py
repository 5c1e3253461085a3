"""Linux bundle: Python's own libraries without debug information, ICU's data cut to our languages.

Called by the spec on Linux after the filters of :mod:`bundle_filter`. Two things
the filters cannot do, because they change files rather than leave them out:

- **Debug information of Python itself.** This machine's Python (a pyenv build)
  carries DWARF debug sections: ``libpython3.11.so.1.0`` is 23 MB of which ~16.5 MB
  is debug information, its ``lib-dynload`` extension modules ~12 MB with the same
  share. ``strip --strip-debug`` removes only the ``.debug_*`` sections (symbols,
  relocations and code stay), and only from files under Python's installation
  (``sys.base_prefix``). numpy's OpenBLAS and every other wheel's library are left
  alone: stripping them is what broke OpenBLAS (page alignment), and wheels ship
  stripped anyway. A python.org or distribution Python has no debug sections:
  nothing to do there.
- **ICU's data** (:mod:`icu_data`): 32 MB -> ~8 MB.
- **Qt libraries nothing links.** The bundle filter keeps a Qt library unless it is on
  its list of unused modules; on Linux ``libQt6OpenGL`` (0.7 MB) is then left with no
  binary that needs it (the widgets paint with the raster engine, and the GL
  integration plugins do not link it). A library under ``PySide6/Qt/lib`` that no
  collected binary names in its ``NEEDED`` entries, and whose Python binding is not
  collected, is left out (Qt loads plugins with dlopen, never a library of ``lib/``).

Each changed file is written under the build's work folder and the TOC entry
points at it; the source installation is never touched. A tool that is missing
means the file stays as it was, and the build log says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import icu_data


def _under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def has_debug_info(path: Path) -> bool:
    readelf = shutil.which("readelf")
    if readelf is None:
        return False
    out = subprocess.run([readelf, "-SW", str(path)], capture_output=True, text=True).stdout
    return ".debug_info" in out


def needed_names(path: Path) -> set[str]:
    """The library names ``path`` links (its ELF ``NEEDED`` entries)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        return set()
    out = subprocess.run([readelf, "-dW", str(path)], capture_output=True, text=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line and "[" in line}


def drop_unlinked_qt_libraries(entries: list[tuple], log=print) -> list[tuple]:
    """Leave out ``PySide6/Qt/lib/libQt6*`` files no other collected binary links (and their top-level links)."""
    if shutil.which("readelf") is None:
        return entries
    needed: set[str] = set()
    for _dest, src, typecode in (e[:3] for e in entries):
        if typecode != "SYMLINK":
            needed |= needed_names(Path(src))
    candidates = {Path(dest).name: dest for dest, _src, typecode in (e[:3] for e in entries)
                  if dest.replace("\\", "/").startswith("PySide6/Qt/lib/libQt6") and typecode != "SYMLINK"}
    bindings = {Path(dest).name.split(".", 1)[0].removeprefix("Qt") for dest, *_ in entries
                if dest.replace("\\", "/").startswith("PySide6/Qt") and Path(dest).name.startswith("Qt")
                and ".abi3." in Path(dest).name}
    unlinked = {name for name in candidates if name not in needed
                and name.removeprefix("libQt6").split(".", 1)[0] not in bindings}
    if not unlinked:
        return entries
    log(f"Qt libraries no binary links, left out: {', '.join(sorted(unlinked))}")
    return [e for e in entries if Path(e[0]).name not in unlinked]


def slim_binaries(entries: list[tuple], work: Path, python_prefix: str = sys.base_prefix, log=print) -> list[tuple]:
    """The TOC ``entries`` (dest, src, typecode) with Python's libraries stripped of debug info and ICU's data cut."""
    strip = shutil.which("strip")
    prefix = Path(python_prefix)
    out: list[tuple] = []
    saved = 0
    stripped = 0
    for entry in entries:
        dest, src, typecode = entry[0], entry[1], entry[2]
        name = Path(dest).name
        if typecode != "SYMLINK" and name.startswith("libicudata.so"):
            small = icu_data.trim_icu_data(Path(src), work / "icu", log=log)
            if small is not None:
                entry = (dest, str(small), typecode)
        elif (typecode != "SYMLINK" and strip is not None and _under(Path(src), prefix)
              and (name.startswith("libpython") or name.endswith(".so") or ".so." in name)
              and has_debug_info(Path(src))):
            target = work / "stripped" / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([strip, "--strip-debug", "-o", str(target), str(src)], check=True)
            saved += Path(src).stat().st_size - target.stat().st_size
            stripped += 1
            entry = (dest, str(target), typecode)
        out.append(entry)
    if stripped:
        log(f"Python's own libraries without debug information: {stripped} files, {saved / 1e6:.1f} MB less")
    elif strip is None:
        log("strip not found: Python's libraries keep their debug information")
    return drop_unlinked_qt_libraries(out, log=log)
