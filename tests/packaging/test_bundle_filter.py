"""What the spec leaves out of the bundle, in both wheel layouts (Linux and Windows)."""

from __future__ import annotations

from pathlib import Path

import pytest

# (destination, kept?) as PyInstaller names them. Linux/macOS wheels put Qt under
# PySide6/Qt/{lib,plugins,translations}; Windows wheels put it directly under PySide6/.
CASES = [
    # Qt libraries the app needs
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("PySide6\\Qt6Core.dll", True),
    ("PySide6\\Qt6Gui.dll", True),
    ("PySide6\\Qt6Widgets.dll", True),
    ("PySide6/QtWidgets.abi3.so", True),
    ("PySide6\\QtGui.pyd", True),
    ("PySide6\\Qt6Network.dll", False),
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6\\d3dcompiler_47.dll", False),
    # ... and those it does not
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6QuickControls2Material.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6\\Qt6Quick.dll", False),
    ("PySide6\\Qt6Pdf.dll", False),
    ("PySide6\\Qt6WebEngineCore.dll", False),
    ("PySide6\\Qt63DCore.dll", False),
    ("PySide6\\Qt6Multimedia.dll", False),
    ("PySide6/QtQuick.abi3.so", False),
    ("PySide6\\QtQml.pyd", False),
    ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", False),
    ("PySide6\\qml\\QtQuick\\Window\\quickwindowplugin.dll", False),
    # plugins
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", False),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6\\plugins\\tls\\qopensslbackend.dll", False),
    ("PySide6\\plugins\\sqldrivers\\qsqlite.dll", False),
    # Qt's own translations: fi/sv/en of qtbase (and the qt_ meta catalogue) only
    ("PySide6/Qt/translations/qtbase_fi.qm", True),
    ("PySide6/Qt/translations/qtbase_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qt_fi.qm", True),
    ("PySide6\\translations\\qtbase_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_fi.qm", False),
    ("PySide6/Qt/translations/qtmultimedia_sv.qm", False),
    ("PySide6/Qt/translations/designer_fi.qm", False),
    ("PySide6\\translations\\qt_help_fi.qm", False),
    # our own resources are never touched
    ("resources/translations/planner_sv.qm", True),
    ("resources/translations/planner_en.qm", True),
    ("resources/fonts/DejaVuSans.ttf", True),
    ("resources/example/tyollisyysohjelma-2026.tyohjelma.json", True),
    ("resources/icons/app.ico", True),
    ("resources/translations/planner_sv.ts", False),  # the sources of the .qm files
    ("resources/translations/build_translations.py", False),
    ("resources/translations/sv_en_speed.py", False),
    # other packages
    ("docx/templates/default.docx", True),
    ("pyphen/dictionaries/hyph_sv.dic", True),
    ("pyphen\\dictionaries\\hyph_en_GB.dic", True),
    ("pyphen/dictionaries/hyph_de_DE.dic", False),
    ("pyphen/__init__.py", True),
    ("reportlab/fonts/Vera.ttf", True),
    ("pandas/tests/io/data/excel/test1.xlsx", False),
    ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", True),
    ("libpython3.11.so.1.0", True),
]


@pytest.mark.parametrize(("dest", "kept"), CASES)
def test_keep_entry(bundle_filter, dest, kept):
    assert bundle_filter.keep_entry(dest) is kept


def test_a_qt_module_the_app_imports_is_kept(bundle_filter):
    """Someone starts using QtNetwork: its binding is collected, so its library must stay."""
    toc = [
        ("PySide6/QtCore.abi3.so", "/x/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/QtNetwork.abi3.so", "/x/QtNetwork.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
    ]
    dropped: list[str] = []
    kept = bundle_filter.filter_toc(toc, log=dropped)
    assert [e[0] for e in kept] == [
        "PySide6/QtCore.abi3.so",
        "PySide6/QtNetwork.abi3.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
    ]
    assert dropped == ["PySide6/Qt/lib/libQt6Quick.so.6"]


def test_the_installed_pyside6_keeps_what_the_app_needs(bundle_filter):
    """Run the filter over the real PySide6 files (as PyInstaller would name them)."""
    import PySide6

    site = Path(PySide6.__file__).parent.parent
    dests = {p.relative_to(site).as_posix() for p in Path(PySide6.__file__).parent.rglob("*") if p.is_file()}
    kept = {d for d in dests if bundle_filter.keep_entry(d, frozenset({"core", "gui", "widgets"}))}
    names = {d.rsplit("/", 1)[-1] for d in kept}
    core = {"QtCore", "QtGui", "QtWidgets"}
    assert all(any(n.startswith(m) and "." in n for n in names) for m in core)
    assert any("qoffscreen" in n for n in names)
    assert any(n in ("libqxcb.so", "qwindows.dll", "libqcocoa.dylib") for n in names)
    assert {"qtbase_fi.qm", "qtbase_sv.qm"} <= names
    assert not any(n.startswith(("libQt6Quick", "Qt6Quick", "QtQuick.")) for n in names)
    assert not any("/qml/" in d for d in kept)
    translations = [n for n in names if n.endswith(".qm")]
    assert set(translations) <= {"qtbase_fi.qm", "qtbase_sv.qm", "qtbase_en.qm", "qt_fi.qm", "qt_sv.qm", "qt_en.qm"}


def test_opengl_dlls_stay_for_an_app_that_renders_with_opengl(bundle_filter):
    assert bundle_filter.keep_entry("PySide6\\opengl32sw.dll", frozenset({"core", "gui", "widgets"})) is False
    assert bundle_filter.keep_entry("PySide6\\opengl32sw.dll", frozenset({"widgets", "openglwidgets"})) is True


def test_numpy_goes_unless_pandas_needs_it(bundle_filter):
    assert bundle_filter.optional_packages_to_drop(["openpyxl.compat", "numpy", "numpy.linalg"]) == {"numpy"}
    assert bundle_filter.optional_packages_to_drop(["pandas.core.frame", "numpy"]) == set()
    assert bundle_filter.optional_packages_to_drop(["openpyxl"]) == set()


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("numpy", True),
        ("numpy._core.multiarray", True),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),
        ("numpy-2.4.6.dist-info/METADATA", True),
        ("numpy\\_core\\_multiarray_umath.cp311-win_amd64.pyd", True),
        ("numpyro", False),
        ("openpyxl.compat.numbers", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ],
)
def test_in_packages(bundle_filter, name, inside):
    assert bundle_filter.in_packages(name, {"numpy"}) is inside


def test_libraries_only_dropped_plugins_needed_go(bundle_filter):
    top = ["libglib-2.0.so.0", "libcairo.so.2", "libpixman-1.so.0", "libpython3.11.so.1.0", "libz.so.1"]
    roots = ["PySide6/Qt/lib/libQt6Core.so.6", "PIL/_imaging.so", "libpython3.11.so.1.0"]
    imports = {
        "PySide6/Qt/lib/libQt6Core.so.6": {"libglib-2.0.so.0"},
        "libglib-2.0.so.0": {"libz.so.1"},  # reached through another library
        "PIL/_imaging.so": set(),
        # libcairo was needed by the GTK theme plugin, which the filter removed
        "libcairo.so.2": {"libpixman-1.so.0", "libglib-2.0.so.0"},
    }
    assert bundle_filter.unreachable_libraries(top, roots, imports) == {"libcairo.so.2", "libpixman-1.so.0"}
