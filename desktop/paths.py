"""Where the app keeps its own files: the user's data folder (recovery files).

``PLANNER_DATA_DIR`` overrides it (tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_dir() -> Path:
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not base:
        from platformdirs import user_data_dir

        base = user_data_dir("Tyollisyysohjelma", appauthor=False)
    return Path(base)


def recovery_dir() -> Path:
    return data_dir() / "recovery"
