"""Helpers shared by the statement tests: reading exports back as plain text."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEEDS

SEED_MANTSALA = SEEDS / "000_1fd6d07bbfc89568.txt"
SEED_MIKKELI = SEEDS / "001_5d002f225c7414cd.txt"


def norm(text: str) -> str:
    """Whitespace-normalised text (zero-width break opportunities removed)."""
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    for section in d.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def seed_sentences(path: Path, skip: tuple[str, ...] = ()) -> list[str]:
    """Every sentence / heading line of a seed, whitespace-normalised."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and ln not in skip]
    text = norm(" ".join(lines))
    pieces = re.split(r"(?<=[.?:])\s+(?=[A-ZÅÄÖ])", text)
    return [p for p in pieces if p]
