"""The built-in examples.

- ``etela-keski-suomi`` (the default): Työllisyysohjelma 2026 of Eteläisen
  Keski-Suomen työllisyysalue (seed 004), built by tools/build_example.py;
- ``lahti``: Lahden seudun työllisyyden kuntakokeilu, the Lahti region pilot plan
  (seed 003), built by tools/build_example_lahti.py.
"""

from __future__ import annotations

from pathlib import Path

from planner.fileformat import load_programme
from planner.model import Programme
from planner.resources import example_programme_path, lahti_example_path

DEFAULT_EXAMPLE = "etela-keski-suomi"
EXAMPLES: dict[str, str] = {
    "etela-keski-suomi": "Työllisyysohjelma 2026, Eteläisen Keski-Suomen työllisyysalue",
    "lahti": "Lahden seudun työllisyyden kuntakokeilu",
}


def example_path(which: str = DEFAULT_EXAMPLE) -> Path:
    if which == "lahti":
        return lahti_example_path()
    if which == DEFAULT_EXAMPLE:
        return example_programme_path()
    raise KeyError(which)


def load_example(which: str = DEFAULT_EXAMPLE) -> Programme:
    """A fresh copy of a built-in example programme, read from resources/."""
    return load_programme(example_path(which))
