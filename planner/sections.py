"""The free text of a section, read into blocks: paragraphs, lists and subheadings.

The text stays exactly as the user wrote it (the model keeps the text); the
blocks are derived for printing. The rules are the ones a Word user types anyway:

- an empty line starts a new paragraph; lines of one paragraph are joined;
- a line starting with "- ", "– ", "• " or "* " is a list item;
- a line starting with "1. " (or "1) ") is a numbered list item;
- a line starting with "## " is a subheading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BULLET = re.compile(r"^\s*[-–•*]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_SUBHEADING = re.compile(r"^\s*##\s*(.+)$")


@dataclass
class Block:
    """kind: "paragraph", "bullets", "numbers" or "subheading"."""

    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)


def parse_blocks(body: str) -> list[Block]:
    """Read a section's text into blocks, in order."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw in (body or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            current = None
            continue
        m_sub = _SUBHEADING.match(line)
        m_bul = _BULLET.match(line)
        m_num = _NUMBER.match(line)
        if m_sub:
            blocks.append(Block("subheading", m_sub.group(1).strip()))
            current = None
        elif m_bul or m_num:
            kind = "bullets" if m_bul else "numbers"
            text = (m_bul.group(1) if m_bul else m_num.group(2)).strip()  # type: ignore[union-attr]
            if current is None or current.kind != kind:
                current = Block(kind)
                blocks.append(current)
            current.items.append(text)
        elif current is not None and current.kind in ("bullets", "numbers") and raw[:1] in (" ", "\t"):
            current.items[-1] = f"{current.items[-1]} {line}"  # an indented line continues the item
        elif current is not None and current.kind == "paragraph":
            current.text = f"{current.text} {line}"
        else:
            current = Block("paragraph", line)
            blocks.append(current)
    return blocks
