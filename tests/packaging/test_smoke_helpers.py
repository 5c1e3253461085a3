"""The checks the smoke test applies to the frozen app's outputs and folder."""

from __future__ import annotations

import json
import zipfile

import pytest


def test_pdf_check(smoke, tmp_path):
    good = tmp_path / "a.pdf"
    good.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n")
    smoke.check_pdf(good)
    truncated = tmp_path / "b.pdf"
    truncated.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\n")
    with pytest.raises(smoke.SmokeFailure, match="truncated"):
        smoke.check_pdf(truncated)
    html = tmp_path / "c.pdf"
    html.write_bytes(b"<html>error</html>")
    with pytest.raises(smoke.SmokeFailure, match="%PDF"):
        smoke.check_pdf(html)


def _package(path, parts):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_ooxml_check(smoke, tmp_path):
    ok = tmp_path / "ok.docx"
    _package(ok, {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    smoke.check_ooxml(ok, "word/document.xml")

    xlsx_named_docx = tmp_path / "wrong.docx"
    _package(xlsx_named_docx, {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
    with pytest.raises(smoke.SmokeFailure, match="word/document.xml"):
        smoke.check_ooxml(xlsx_named_docx, "word/document.xml")

    empty_part = tmp_path / "empty.xlsx"
    _package(empty_part, {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": ""})
    with pytest.raises(smoke.SmokeFailure, match="empty"):
        smoke.check_ooxml(empty_part, "xl/workbook.xml")

    not_zip = tmp_path / "x.xlsx"
    not_zip.write_bytes(b"")
    with pytest.raises(smoke.SmokeFailure, match="zip"):
        smoke.check_ooxml(not_zip, "xl/workbook.xml")


def test_folder_snapshot_sees_every_write(smoke, tmp_path):
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "lib.so").write_bytes(b"x" * 10)
    (app / "planner.exe").write_bytes(b"y")
    before = smoke.folder_snapshot(app)
    assert smoke.snapshot_changes(before, smoke.folder_snapshot(app)) == []

    (app / "_internal" / "__pycache__").mkdir()
    (app / "_internal" / "__pycache__" / "m.pyc").write_bytes(b"z")
    (app / "_internal" / "lib.so").write_bytes(b"x" * 11)
    (app / "planner.exe").unlink()
    assert smoke.snapshot_changes(before, smoke.folder_snapshot(app)) == [
        "added _internal/__pycache__/m.pyc",
        "removed planner.exe",
        "changed _internal/lib.so",
    ]


def test_isolated_env_keeps_the_users_folders_out(smoke, tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("PLANNER_SMOKE_TEST", "1")
    env = smoke.isolated_env(tmp_path)
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "PLANNER_DATA_DIR"):
        assert env[var].startswith(str(tmp_path))
    assert "PYTHONPATH" not in env and "PLANNER_SMOKE_TEST" not in env


def test_run_smoke_refuses_a_folder_without_the_executables(smoke, tmp_path):
    with pytest.raises(smoke.SmokeFailure, match="build first"):
        smoke.run_smoke(tmp_path, log=lambda _m: None)


def test_desktop_smoke_hook_reports_and_closes_the_window(qapp, qtbot, tmp_path, monkeypatch):
    """The hook the frozen GUI runs with: report the shown window, then close it the normal way."""
    from desktop import smoke as hook
    from tests.desktop.helpers import show_window_to_smoke_probe

    report = tmp_path / "report.json"
    monkeypatch.setenv(hook.ENV, str(report))
    watcher = hook.install(qapp)
    try:
        show_window_to_smoke_probe(qtbot, "Kokeilu – Työllisyysohjelma")
    finally:
        watcher.stop()
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["window_title"] == "Kokeilu – Työllisyysohjelma"
    assert data["frozen"] is False
    assert isinstance(data["heavy_modules_loaded"], list)
    assert data["shown_after_s"] is None or data["shown_after_s"] > 0


def test_desktop_smoke_hook_is_off_without_the_variable(qapp, monkeypatch):
    from desktop import smoke as hook

    monkeypatch.delenv(hook.ENV, raising=False)
    assert hook.install(qapp) is None
