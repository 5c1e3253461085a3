"""Linux bundle slimming: a Qt library nothing links goes, one the bindings or plugins link stays."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None,
                                reason="Linux ELF files and readelf")


def test_a_qt_library_nothing_links_is_left_out(linux_slim):
    import PySide6

    root = Path(PySide6.__file__).parent
    lib = root / "Qt" / "lib"
    if not (lib / "libQt6OpenGL.so.6").exists():
        pytest.skip("this PySide6 has no libQt6OpenGL")
    entries = [(f"PySide6/{name}", str(root / name), "EXTENSION")
               for name in ("QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so")]
    entries += [(f"PySide6/Qt/lib/{name}", str(lib / name), "BINARY")
                for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6DBus.so.6",
                             "libQt6OpenGL.so.6")]
    entries.append(("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"))
    kept = {e[0] for e in linux_slim.drop_unlinked_qt_libraries(entries, log=lambda _m: None)}
    assert "PySide6/Qt/lib/libQt6OpenGL.so.6" not in kept and "libQt6OpenGL.so.6" not in kept
    assert {"PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/QtWidgets.abi3.so"} <= kept
    # with its binding collected (someone imports QtOpenGL) the library stays
    entries.append(("PySide6/QtOpenGL.abi3.so", str(root / "QtOpenGL.abi3.so"), "EXTENSION"))
    kept = {e[0] for e in linux_slim.drop_unlinked_qt_libraries(entries, log=lambda _m: None)}
    assert "PySide6/Qt/lib/libQt6OpenGL.so.6" in kept
