"""Linux bundle: ICU's data library cut down to what a Finnish/Swedish/English app can use (32 MB -> ~6 MB).

PySide6's Linux wheels link QtCore to ICU (libicuuc, libicui18n, libicudata); the
dynamic loader refuses to start QtCore without ``libicudata.so.73``, so the file
must stay. Its 32 MB are one symbol, ``icudt73_dat``: ICU's whole data package
(every locale's collation, names of languages, regions, currencies and units,
time-zone names, transliterators, ~200 legacy code-page tables). Qt asks ICU for collation
(``QCollator``, sorting by locale), case mapping by locale and code-page
conversion; the app's languages are Finnish, Swedish and English, and Python,
not Qt, decodes the files it reads.

This module extracts the package from the wheel's library (``icupkg`` lists and
extracts it), keeps the ``root`` locale, ``fi``/``sv``/``en`` and their regional
variants in every tree (``coll``, ``curr``, ``lang``, ``region``, ``unit``,
``zone``, ``rbnf``, ``brkitr``), every locale-independent table (supplemental
data, plural rules, time zones, collation root ``ucadata.icu``, normalisation,
break rules and the word-break dictionaries the root break rules name) and the Windows-1252/ISO-8859-15 converters, and links a library
with the same name and symbol (``gcc`` from an assembler ``.incbin``). Another
locale falls back to ``root``, as ICU does for any locale it lacks.

Used by the spec on Linux only (Windows Qt uses the system's ICU; nothing of ICU
is bundled there). Without ``icupkg`` (Debian: icu-devtools) or ``gcc`` the full
library is kept and the build says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

SYMBOL_RE = re.compile(r"\b(icudt\d+_dat)\b")
#: The locales kept in every tree, with the parents ICU falls back through (en_GB -> en_001 -> en -> root).
KEPT_LOCALES = frozenset({
    "root", "fi", "fi_FI", "sv", "sv_FI", "sv_SE", "sv_AX", "en", "en_001", "en_150", "en_GB", "en_FI", "en_SE",
    "en_US", "en_US_POSIX",
})
#: Code pages a Finnish office could still meet (Windows-1252, ISO-8859-15); UTF-* and Latin-1 are built in.
KEPT_CONVERTERS = frozenset({"ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv"})
_LOCALE_NAME = re.compile(r"^(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*$")


def keep_item(name: str) -> bool:
    """True for the items of ICU's data package the bundle keeps (``name`` as ``icupkg -l`` lists it)."""
    parts = name.split("/")
    base = parts[-1]
    if parts[0] == "translit":
        return False  # transliterators: Qt never asks for them
    if base.endswith(".cnv"):
        return base in KEPT_CONVERTERS
    if base.endswith(".res"):
        stem = base[:-4]
        if stem != "res_index" and _LOCALE_NAME.match(stem):
            return stem in KEPT_LOCALES
    return True  # supplemental tables, res_index/pool, break rules, collation root, normalisation ...


def data_symbol(library: Path) -> tuple[str, int, int] | None:
    """(symbol, file offset, size) of the data package in ``libicudata``, from ``readelf``; None if not found."""
    readelf = shutil.which("readelf")
    if readelf is None:
        return None
    symbols = subprocess.run([readelf, "-sW", str(library)], capture_output=True, text=True, check=True).stdout
    sections = subprocess.run([readelf, "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    for line in symbols.splitlines():
        m = SYMBOL_RE.search(line)
        fields = line.split()
        if m and len(fields) >= 8 and fields[3] == "OBJECT":
            address, size, index = int(fields[1], 16), int(fields[2], 0), fields[6]
            for s in sections.splitlines():
                sm = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", s)
                if sm and sm.group(1) == index:
                    offset = int(sm.group(4), 16) + address - int(sm.group(3), 16)
                    return m.group(1), offset, size
    return None


def trim_icu_data(library: Path, work: Path, log=print) -> Path | None:
    """Write a cut-down copy of ``library`` (libicudata.so.NN) under ``work``; None (keep the original) on any lack."""
    tools = {t: shutil.which(t) for t in ("icupkg", "gcc", "readelf")}
    missing = [t for t, path in tools.items() if path is None]
    if missing:
        log(f"ICU data kept whole ({library.stat().st_size / 1e6:.0f} MB): {', '.join(missing)} not found "
            "(Debian: apt-get install icu-devtools gcc binutils)")
        return None
    found = data_symbol(library)
    if found is None:
        log(f"ICU data kept whole: no icudtNN_dat symbol in {library.name}")
        return None
    symbol, offset, size = found
    work.mkdir(parents=True, exist_ok=True)
    whole = work / f"{symbol.removesuffix('_dat')}l.dat"
    with open(library, "rb") as f:
        f.seek(offset)
        whole.write_bytes(f.read(size))
    items = subprocess.run([tools["icupkg"], "-l", str(whole)], capture_output=True, text=True, check=True)
    names = [n.strip() for n in items.stdout.splitlines() if n.strip()]
    dropped = [n for n in names if not keep_item(n)]
    (work / "icu-dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
    # icupkg names the items after the output file ("icudt73l/coll/fi.res"): same name, another folder.
    (work / "trimmed").mkdir(exist_ok=True)
    trimmed = work / "trimmed" / whole.name
    subprocess.run([tools["icupkg"], "-r", str(work / "icu-dropped.txt"), str(whole), str(trimmed)],
                   capture_output=True, text=True, check=True)
    asm = work / "icudata.S"
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "trimmed/{trimmed.name}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    out = work / library.name
    subprocess.run([tools["gcc"], "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), asm.name],
                   cwd=work, capture_output=True, text=True, check=True)
    log(f"ICU data: {size / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB "
        f"({len(dropped)} of {len(names)} items left out: other languages, transliterators, code pages)")
    return out
