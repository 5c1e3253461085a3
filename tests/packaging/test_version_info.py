"""The Windows version resource comes from pyproject's version and is valid for PyInstaller."""

from __future__ import annotations

import sys
import types

import pytest


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2", (2, 0, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2026.6.30.4", (2026, 6, 30, 4)),
     ("1.2.3.4.5", (1, 2, 3, 4)), ("1.0.dev3", (1, 0, 0, 0))],
)
def test_windows_version(version_info, version, numbers):
    assert version_info.windows_version(version) == numbers


@pytest.mark.parametrize("version", ["", "abc", "70000.1"])
def test_windows_version_refuses(version_info, version):
    with pytest.raises(ValueError):
        version_info.windows_version(version)


def test_project_version_from_pyproject(version_info, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "3.4.5"\n', encoding="utf-8")
    assert version_info.project_version(tmp_path / "pyproject.toml") == "3.4.5"
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="version"):
        version_info.project_version(tmp_path / "pyproject.toml")


def _pyinstaller_versioninfo(monkeypatch):
    """PyInstaller's version-resource module, importable off Windows.

    It imports pefile and PyInstaller.compat.win32api at the top, which only
    writing the resource into an exe needs; stand-ins are enough to parse it.
    """
    pytest.importorskip("PyInstaller")
    from PyInstaller import compat

    if sys.platform != "win32":
        monkeypatch.setattr(compat, "win32api", None, raising=False)
        monkeypatch.setitem(sys.modules, "pefile", sys.modules.get("pefile") or types.ModuleType("pefile"))
        monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    import importlib

    return importlib.import_module("PyInstaller.utils.win32.versioninfo")


def test_version_file_is_what_pyinstaller_reads(version_info, tmp_path, monkeypatch):
    versioninfo = _pyinstaller_versioninfo(monkeypatch)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1.2.3rc1"\n', encoding="utf-8")
    paths = version_info.write_version_files(tmp_path / "pyproject.toml", tmp_path / "out")
    assert set(paths) == {"planner-desktop", "planner"}

    info = versioninfo.load_version_info_from_text_file(str(paths["planner-desktop"]))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((1 << 16) | 2, 3 << 16)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == "1.2.3rc1"
    assert strings["FileVersion"] == "1.2.3.0"
    assert strings["OriginalFilename"] == "planner-desktop.exe"
    assert strings["ProductName"] == "Työllisyysohjelma"
    raw = info.toRaw()  # what goes into the exe; must encode the Finnish letters
    assert "Työllisyysohjelma".encode("utf-16-le") in raw
