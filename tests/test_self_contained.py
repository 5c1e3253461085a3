"""The project stands alone: nothing in the checkout reads a path outside it.

A user who clones the project anywhere has no ``shared`` folder beside it and
none of the developers' machine paths, so no code, test, tool, data file or CI
script may name one. What tests need from the source documents is copied into
``tests/data/`` (see tests/data/seeds/README.md).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.conftest import ROOT

SKIP_DIRS = {".git", ".venv", "venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis",
             ".ruff_cache", ".mypy_cache", "node_modules"}
SUFFIXES = {".py", ".json", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".spec", ".iss", ".sh", ".txt", ".md", ""}
# Written so that this file does not match itself.
FORBIDDEN = [
    re.compile(r"\.\./" + "shared"),
    re.compile("shared" + r"/reference"),
    re.compile(r"""["']shared["']\s*/\s*["']reference"""),
    re.compile(r"(?<![\w.])/" + r"(work|home|root|Users|mnt)/"),
    re.compile(r"\b[A-Z]:\\\\" + r"(Users|work)\b", re.IGNORECASE),
]


def _project_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")]
        for name in files:
            if name in SKIP_DIRS:
                continue  # a git worktree's ".git" is a file naming the main repository
            path = Path(folder) / name
            if path.suffix in SUFFIXES and path.stat().st_size < 5_000_000:
                yield path


def test_no_file_names_a_path_outside_the_checkout():
    offenders = []
    for path in _project_files():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("tests/data/seeds/") and rel.endswith(".txt") or rel == "tests/test_self_contained.py":
            continue  # the source documents themselves, word for word; this scanner's own patterns
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if any(p.search(line) for p in FORBIDDEN):
                offenders.append(f"{rel}:{number}: {line.strip()[:120]}")
    assert not offenders, "paths outside the checkout:\n" + "\n".join(offenders)


def test_the_scan_sees_the_project():
    """The scan above reads the real tree (a scan of nothing would pass by accident)."""
    names = {p.relative_to(ROOT).as_posix() for p in _project_files()}
    assert {"planner/resources.py", "tests/conftest.py", "README.md", ".ci/run"} <= names
    assert not any(n.startswith(".venv/") for n in names)


def test_the_patterns_catch_what_they_should():
    for line in ('SEED = ROOT.parent / "shared" / "reference" / "seeds"', "p = '../" + "shared/x'",
                 "return Path('/" + "work/shared/refer" + "ence/seeds')", "C:\\\\" + "Users\\\\me\\\\x.json"):
        assert any(p.search(line) for p in FORBIDDEN), line
    for line in ("from docx.shared import Pt", "xl/sharedStrings.xml", "planner/storage/atomic.py", "https://x.fi/wo" + "rk/"):
        assert not any(p.search(line) for p in FORBIDDEN), line


POSIX_ONLY = re.compile(r"signal\.SIG(KILL|STOP|ALRM|USR)|os\.(fork|getuid|geteuid|mkfifo|setsid|killpg|fchmod)\b"
                        r"|^\s*import (fcntl|resource|pwd|grp)\b|\"/dev/(zero|null|urandom)\"", re.MULTILINE)
GUARD = re.compile(r"os\.name\s*[!=]=\s*[\"'](posix|nt)[\"']|sys\.platform|hasattr\((os|signal|resource)")


def test_posix_only_calls_in_tests_are_guarded():
    """The Windows workflow runs every test: a POSIX-only call must sit in a test that skips on Windows."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name == "test_self_contained.py":
            continue
        text = path.read_text(encoding="utf-8")
        if POSIX_ONLY.search(text) and not GUARD.search(text):
            offenders.append(f"{path.relative_to(ROOT).as_posix()}: {POSIX_ONLY.search(text).group(0)}")
    assert not offenders, "POSIX-only calls without a Windows guard:\n" + "\n".join(offenders)
