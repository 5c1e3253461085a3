"""Load the build helpers in packaging/ by file path.

The folder is not a Python package on purpose: a ``packaging/__init__.py``
would shadow the ``packaging`` library that pip and pytest import.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` as ``planner_build_<name>`` (cached)."""
    key = f"planner_build_{name}"
    if key in sys.modules:
        return sys.modules[key]
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))  # build.py imports its siblings by plain name
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_filter() -> ModuleType:
    return load("bundle_filter")


@pytest.fixture(scope="session")
def version_info() -> ModuleType:
    return load("version_info")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    return load("smoke")


@pytest.fixture(scope="session")
def build() -> ModuleType:
    return load("build")


@pytest.fixture(scope="session")
def icu_data() -> ModuleType:
    return load("icu_data")


@pytest.fixture(scope="session")
def linux_slim() -> ModuleType:
    return load("linux_slim")
