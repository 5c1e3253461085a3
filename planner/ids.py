"""Identifiers of the items of a document (programme, statement, economics)."""

from __future__ import annotations

import uuid


def new_id(prefix: str) -> str:
    """A short random identifier that stays with an item for its whole life."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
