"""The core never imports Qt: it must work where PySide6 is missing."""

import subprocess
import sys

from tests.conftest import ROOT, child_env

BLOCK_QT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "desktop" or name.startswith("desktop."):
            raise ImportError(f"blocked in this test: {name}")
sys.meta_path.insert(0, Block())
import pkgutil, importlib, planner
names = [m.name for m in pkgutil.walk_packages(planner.__path__, "planner.") if not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
from planner.cli import main
from planner.example import load_example
assert sum(1 for _ in load_example().indicators()) == 37
assert not any(m.startswith("PySide6") for m in sys.modules)
print("ok", len(names))
"""


def test_planner_imports_without_pyside6():
    r = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True,
                       env=child_env())
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok")
