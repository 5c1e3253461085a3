"""Identifiers of the items of a document (programme, statement, economics)."""

from __future__ import annotations

import os


def new_id(prefix: str) -> str:
    """A short random identifier that stays with an item for its whole life.

    Ten hex digits of five random bytes: what ``uuid.uuid4().hex[:10]`` was (its first five bytes are
    ``os.urandom``'s), without importing ``uuid`` and with it ``platform`` (2 ms of the app's start).
    """
    return f"{prefix}-{random_hex(10)}"


def random_hex(digits: int) -> str:
    """``digits`` (even) random hex digits from the operating system's generator."""
    return os.urandom(digits // 2).hex()
