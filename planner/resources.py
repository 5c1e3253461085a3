"""One place that finds shipped resources, from a source checkout or a frozen build.

In a PyInstaller build the ``resources`` folder is unpacked under
``sys._MEIPASS``; from a checkout (or an editable install) it sits beside the
``planner`` package.
"""

from __future__ import annotations

import re
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


# A statement names the programme it comments on. The built-in example programme
# lives wherever the app is installed, so a statement refers to it by name, never
# by a machine path: ``builtin:tyollisyysohjelma-2026`` resolves to the shipped
# ``resources/example/tyollisyysohjelma-2026.tyohjelma.json`` from a checkout, an
# installed app or a colleague's machine alike.
BUILTIN_PREFIX = "builtin:"
EXAMPLE_PROGRAMME_NAME = "tyollisyysohjelma-2026"


def builtin_programme_reference(name: str = EXAMPLE_PROGRAMME_NAME) -> str:
    return BUILTIN_PREFIX + name


def is_builtin_reference(ref: str) -> bool:
    return ref.startswith(BUILTIN_PREFIX)


def resolve_programme_reference(ref: str) -> Path | None:
    """The file a programme reference names: a built-in programme or an ordinary path.

    ``None`` for an empty reference or a built-in name that is not a plain name
    (a reference never reaches outside the shipped examples).
    """
    if not ref:
        return None
    if is_builtin_reference(ref):
        name = ref[len(BUILTIN_PREFIX):]
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            return None
        return resource_path("example", name + ".tyohjelma.json")
    return Path(ref)


LAHTI_EXAMPLE_PROGRAMME = ("example", "lahti-kuntakokeilu.tyohjelma.json")


def lahti_example_path() -> Path:
    """The second built-in example: the Lahti region employment pilot plan (seed 003)."""
    return resource_path(*LAHTI_EXAMPLE_PROGRAMME)
