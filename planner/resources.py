"""One place that finds shipped resources, from a source checkout or a frozen build.

In a PyInstaller build the ``resources`` folder is unpacked under
``sys._MEIPASS``; from a checkout (or an editable install) it sits beside the
``planner`` package.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)


EXAMPLE_PROGRAMME = ("example", "tyollisyysohjelma-2026.tyohjelma.json")


def example_programme_path() -> Path:
    return resource_path(*EXAMPLE_PROGRAMME)


LAHTI_EXAMPLE_PROGRAMME = ("example", "lahti-kuntakokeilu.tyohjelma.json")


def lahti_example_path() -> Path:
    """The second built-in example: the Lahti region employment pilot plan (seed 003)."""
    return resource_path(*LAHTI_EXAMPLE_PROGRAMME)
