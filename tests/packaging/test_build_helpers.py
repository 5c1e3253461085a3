"""build.py helpers, and the spec, installer script and workflow agreeing with each other."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "installer.iss").read_bytes()
SPEC = (ROOT / "packaging" / "tyollisyysohjelma.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


def test_stale_translations(build, tmp_path):
    ts = tmp_path / "planner_sv.ts"
    ts.write_text("<TS/>", encoding="utf-8")
    assert build.stale_translations(tmp_path) == [ts]  # never compiled
    qm = tmp_path / "planner_sv.qm"
    qm.write_bytes(b"qm")
    old = time.time() - 100
    os.utime(ts, (old, old))
    assert build.stale_translations(tmp_path) == []
    os.utime(ts, (time.time() + 100, time.time() + 100))
    assert build.stale_translations(tmp_path) == [ts]  # edited after compiling


def test_size_report(build, tmp_path):
    app = tmp_path / "Tyollisyysohjelma"
    (app / "_internal" / "PySide6").mkdir(parents=True)
    (app / "_internal" / "PySide6" / "lib").write_bytes(b"x" * 3_000_000)
    (app / "planner.exe").write_bytes(b"x" * 1_000_000)
    report = build.size_report(app)
    assert report.startswith("bundle: 4.0 MB unpacked (3.8 MiB), 2 files")
    assert "3.0 MB  PySide6" in report


def test_installer_script_is_utf8_with_bom():
    """Finnish letters in the script: Inno Setup before 6.3 reads UTF-8 only with a BOM."""
    assert ISS.startswith(b"\xef\xbb\xbf")
    ISS.decode("utf-8")


def test_installer_installs_per_user_with_an_all_users_option():
    text = ISS.decode("utf-8-sig")
    setup = dict(re.findall(r"^(\w+)=(.*)$", text, flags=re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["ChangesAssociations"] == "yes"
    # Registry entries follow the install mode (HKCU per user, HKLM for all users).
    registry_roots = re.findall(r"^Root: (\w+);", text, flags=re.M)
    assert registry_roots and set(registry_roots) == {"HKA"}
    # Never takes over .json: only "Open with" there.
    json_lines = [line for line in text.splitlines() if "Classes\\.json" in line]
    assert json_lines and all("OpenWithProgids" in line for line in json_lines)


def test_installer_speaks_finnish_swedish_english():
    text = ISS.decode("utf-8-sig")
    languages = dict(re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', text, flags=re.M))
    assert languages == {
        "fi": "compiler:Languages\\Finnish.isl",
        "sv": "compiler:Languages\\Swedish.isl",
        "en": "compiler:Default.isl",
    }
    for message in re.findall(r"^fi\.(\w+)=", text, flags=re.M):
        assert f"\nsv.{message}=" in text and f"\nen.{message}=" in text


def test_spec_installer_and_workflow_agree(build):
    text = ISS.decode("utf-8-sig")
    exe_names = set(re.findall(r'name="([\w-]+)"', SPEC))
    assert exe_names == {"planner-desktop", "planner"}
    assert '#define AppExeName "planner-desktop.exe"' in text
    assert f'APP_FOLDER = "{build.APP_FOLDER}"' in SPEC
    assert f'"..\\dist\\{build.APP_FOLDER}"' in text
    # icons the spec and the installer point at exist
    assert (ROOT / "resources" / "icons" / "app.ico").is_file()
    assert "SetupIconFile=..\\resources\\icons\\app.ico" in text
    file_icon = re.search(r'#define FileIcon "\{app\}\\_internal\\(.+?)"', text).group(1)
    assert (ROOT / file_icon.replace("\\", "/")).is_file()
    assert 'contents_directory="_internal"' in SPEC
    # never strip, no UPX
    assert "strip=True" not in SPEC and "upx=True" not in SPEC
    # the workflow runs the same build and uploads what build.py writes
    assert "python packaging/build.py --smoke --zip" in WORKFLOW
    assert build.INSTALLER_DIR.relative_to(ROOT).as_posix() + "/*.exe" in WORKFLOW
    assert 'python-version: "3.11"' in WORKFLOW and "windows-latest" in WORKFLOW


def test_icons_hold_every_size_windows_asks_for():
    from PIL import Image

    for name in ("app", "programme-file"):
        with Image.open(ROOT / "resources" / "icons" / f"{name}.ico") as ico:
            assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_gui_entry_runs_the_command_line_under_the_name_planner():
    """Linux ships ``planner`` as a link to ``planner-desktop``; the name decides what runs."""
    from tests.packaging.conftest import load

    entry = load("entry_gui")
    assert entry.started_as_cli("/opt/Tyollisyysohjelma/planner")
    assert entry.started_as_cli("planner.exe")
    assert not entry.started_as_cli("/opt/Tyollisyysohjelma/planner-desktop")
    assert not entry.started_as_cli("planner-desktop.exe")
