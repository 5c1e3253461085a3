"""The built-in example: Työllisyysohjelma 2026 of Eteläisen Keski-Suomen työllisyysalue (seed 004)."""

from __future__ import annotations

from planner.fileformat import load_programme
from planner.model import Programme
from planner.resources import example_programme_path


def load_example() -> Programme:
    """A fresh copy of the example programme, read from resources/."""
    return load_programme(example_programme_path())
