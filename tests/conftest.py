"""Shared test setup. Qt runs offscreen; this must happen before any Qt import."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# Copies of the source documents, inside the checkout (see tests/data/seeds/README.md).
SEEDS = ROOT / "tests" / "data" / "seeds"
SEED_004 = SEEDS / "004_ed7d636905bbcfd3.txt"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child_env(**extra: str) -> dict[str, str]:
    """Environment for running the CLI in a child process, the same on Linux and Windows.

    Only what an OS needs to start Python is kept (Windows cannot start it without
    SYSTEMROOT), plus the checkout on PYTHONPATH and UTF-8 output, so a test does
    not depend on the developer's own settings.
    """
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "TMPDIR", "HOME", "USERPROFILE",
            "LOCALAPPDATA", "APPDATA", "QT_QPA_PLATFORM")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(PYTHONPATH=str(ROOT), PYTHONUTF8="1", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env
