"""Shared test setup. Qt runs offscreen; this must happen before any Qt import."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# ../shared sits beside the checkout (also found from a git worktree further down).
SHARED = next((d / "shared" for d in ROOT.parents if (d / "shared" / "reference").is_dir()), ROOT.parent / "shared")
SEED_004 = SHARED / "reference" / "seeds" / "004_ed7d636905bbcfd3.txt"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
