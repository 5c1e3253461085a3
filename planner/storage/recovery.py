"""Recovery files: autosaved copies of unsaved work, kept in the user's data folder.

Each open document writes ``<key>.recovery.json`` now and then while it has
unsaved changes. A clean close removes it; after a crash it stays, and the next
start lists it (:func:`list_recoveries`) so the user can take the work back.

The file holds the document's own JSON text as a string plus what is needed to
offer it: the kind of document, the file it belongs to (empty for an untitled
one) and when it was written.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.ids import random_hex
from planner.storage.atomic import atomic_write

SUFFIX = ".recovery.json"


@dataclass(frozen=True)
class Recovery:
    file: Path  # the recovery file itself
    kind: str  # e.g. "tyollisyysohjelma"
    original_path: str  # the document's own file, or "" when untitled
    saved_at: str  # ISO timestamp
    pid: int
    text: str  # the document as its file format writes it

    def saved_at_label(self) -> str:
        try:
            t = datetime.fromisoformat(self.saved_at)
        except ValueError:
            return self.saved_at
        return f"{t.day}.{t.month}.{t.year} klo {t.hour}.{t.minute:02d}"


def recovery_key(original_path: str | Path | None) -> str:
    """A stable key for a saved file (same file, same recovery slot) or a fresh one for untitled work."""
    if original_path:
        import hashlib  # not at import: the GUI imports this module before its window shows

        digest = hashlib.sha1(str(Path(original_path).resolve()).encode("utf-8")).hexdigest()[:16]
        return f"file-{digest}"
    return f"untitled-{random_hex(12)}"


def write_recovery(folder: str | Path, key: str, kind: str, original_path: str, text: str) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}{SUFFIX}"
    payload = {
        "kind": kind,
        "original_path": original_path,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "text": text,
    }
    atomic_write(path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return path


def remove_recovery(folder: str | Path, key: str) -> None:
    try:
        (Path(folder) / f"{key}{SUFFIX}").unlink()
    except OSError:
        pass


def list_recoveries(folder: str | Path, kind: str, exclude_pid: int | None = None) -> list[Recovery]:
    """Recovery files of ``kind`` left in ``folder``, newest first. Unreadable ones are skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for f in folder.glob(f"*{SUFFIX}"):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            rec = Recovery(file=f, kind=str(data["kind"]), original_path=str(data.get("original_path", "")),
                           saved_at=str(data.get("saved_at", "")), pid=int(data.get("pid", 0)),
                           text=str(data["text"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if rec.kind != kind or (exclude_pid is not None and rec.pid == exclude_pid):
            continue
        found.append(rec)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
