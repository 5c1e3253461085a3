"""What the frozen app leaves out: the Qt parts and Python packages it never uses.

PyInstaller's PySide6 hooks collect whole plugin folders and every Qt
translation, and the plugins drag in their libraries (Quick, Qml, Wayland,
eglfs, the virtual keyboard ...). ``--exclude-module`` alone does little, so the
spec filters ``a.binaries`` and ``a.datas`` through :func:`keep_entry`.

The rules work on PyInstaller's destination names from both wheel layouts:
Linux/macOS ``PySide6/Qt/lib/libQt6Quick.so.6``, ``PySide6/Qt/plugins/...``,
``PySide6/Qt/translations/...`` and Windows ``PySide6/Qt6Quick.dll``,
``PySide6/plugins/...``, ``PySide6/translations/...``.

This module is imported by ``tyollisyysohjelma.spec`` and by the unit tests; it
must not import PyInstaller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Python packages the app never imports but library hooks pull in
#: (pandas -> matplotlib/jinja2/IPython, Pillow -> tkinter, test suites).
EXCLUDED_MODULES: tuple[str, ...] = (
    "matplotlib",
    "IPython",
    "jedi",
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "jinja2",
    "scipy",
    "pyarrow",
    "sqlalchemy",
    "tables",
    "numexpr",
    "bottleneck",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "pypdf",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # PySide6's own hooks name QtNetwork; the app never imports it (offline by design), and with
    # its binding gone libQt6Network (2 MB) goes too.
    "PySide6.QtNetwork",
    "pandas.tests",
    "numpy.tests",
    "numpy.f2py",
    "lxml.tests",
    "lxml.objectify",  # python-docx and openpyxl use lxml.etree only
    "lxml.isoschematron",
    "lxml.html",
    "PIL._avif",  # report logos are PNG/JPEG; AVIF support alone brings a 5 MB library
    "PIL.AvifImagePlugin",
    "PIL._webp",  # WebP likewise (1 MB of libwebp*); Pillow skips a format whose plugin does not import
    "PIL.WebPImagePlugin",
    # The app is offline and never opens a TLS connection: ssl goes, and with _hashlib OpenSSL
    # (libcrypto + libssl, 5.3 MB). hashlib then uses Python's own sha1/sha256 (file stamps, recovery
    # keys); http.client, urllib.request and asyncio import ssl inside try/except.
    "ssl",
    "_ssl",
    "_hashlib",
    # SQL (pandas.io.sql imports sqlite3 inside its functions), the interactive console's line editing,
    # and the Chinese/Japanese/Korean code pages (CSV files are read as UTF-8/UTF-16/Windows-1252).
    "sqlite3",
    "_sqlite3",
    "readline",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_cn",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
    "_pydecimal",  # the pure-Python fallback of the C _decimal module, which is bundled
    "openpyxl.tests",
    "reportlab.graphics.testshapes",
    "PIL.tests",
    "test",
    "lib2to3",
    "pydoc_data",
)

#: Qt languages we ship (Qt's own dialogs/buttons); the app's own .qm files live in resources/.
QT_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

#: Qt modules the app does not use. Matched against library file names
#: (``libQt6Quick.so.6``, ``Qt6Quick.dll``, ``QtQuick.framework``) and the
#: PySide6 binding modules (``QtQuick.abi3.so``, ``QtQuick.pyd``).
_UNUSED_QT_MODULES = (
    "3D\\w*",
    "Bluetooth",
    "Charts\\w*",
    "Concurrent",
    "DataVisualization\\w*",
    "Designer\\w*",
    "EglFS\\w*",
    "EglFsKmsSupport",
    "Graphs\\w*",
    "Help",
    "HttpServer",
    "Labs\\w*",
    "Location",
    "Lottie\\w*",
    "Multimedia\\w*",
    "Network\\w*",
    "Nfc",
    "OpenGLWidgets",
    "Pdf\\w*",
    "Positioning\\w*",
    "Qml\\w*",
    "Quick\\w*",
    "RemoteObjects\\w*",
    "Scxml\\w*",
    "Sensors\\w*",
    "SerialBus",
    "SerialPort",
    "ShaderTools",
    "SpatialAudio",
    "Sql",
    "StateMachine\\w*",
    "Test",
    "TextToSpeech",
    "UiTools",
    "VirtualKeyboard\\w*",
    "Wayland\\w*",
    "WebChannel\\w*",
    "WebEngine\\w*",
    "WebSockets",
    "WebView\\w*",
    "WlShellIntegration",
    "Xml",
)
_QT_MODULE_ALTS = "|".join(_UNUSED_QT_MODULES)

# libQt6Quick.so.6 / Qt6Quick.dll / QtQuick.framework / QtQuick.abi3.so / QtQuick.pyd / QtQuick.cpython-311-...so
_UNUSED_QT_LIBRARY = re.compile(
    rf"^(?:lib)?qt6?(?P<module>{_QT_MODULE_ALTS})(?:\.|d\.dll$|\.framework)",
    re.IGNORECASE,
)

#: Plugin folders (under .../plugins/) dropped whole.
_DROPPED_PLUGIN_DIRS = frozenset(
    {
        "designer",
        "egldeviceintegrations",
        "generic",  # evdev/libinput/tslib input for eglfs kiosks
        "networkinformation",
        "position",
        "qmllint",
        "qmltooling",
        "renderers",
        "scenegraph",
        "sqldrivers",
        "tls",
        "vectorimageformats",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-graphics-integration-server",
        "wayland-shell-integration",
        "multimedia",
        "webview",
        "virtualkeyboard",
        "texttospeech",
    }
)

#: Individual plugins dropped from folders we otherwise keep (file stem without
#: ``lib``; Windows names have no prefix).
_DROPPED_PLUGINS = re.compile(
    r"^(?:lib)?(?:"
    r"qwayland[\w-]*|qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl|qdirect2d|qdirectfb|qbsdfb|qintegrity"  # platforms
    r"|qgtk3|qxdgdesktopportal"  # platformthemes
    r"|qtvirtualkeyboardplugin"  # platforminputcontexts
    r"|qpdf|qtiff|qwebp|qicns|qtga|qwbmp"  # imageformats we never read
    r")\.(?:so|dll|dylib)$",
    re.IGNORECASE,
)


_PACKAGES_WITH_TEST_DATA = frozenset({"pandas", "numpy", "lxml", "PIL", "openpyxl", "reportlab", "docx", "dateutil"})


#: Windows: Qt's software OpenGL renderer (about 20 MB) and the Direct3D shader
#: compiler, collected by PyInstaller for "dynamic OpenGL" apps. Widgets paint
#: with the raster engine and never load them; kept if the app imports a Qt
#: module that renders with OpenGL.
_OPENGL_ONLY_DLLS = re.compile(r"^(?:opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$", re.IGNORECASE)
_OPENGL_USERS = frozenset({"openglwidgets", "quick", "quickwidgets", "quick3d", "3dcore", "datavisualization", "graphs"})


def normalize(dest: str) -> str:
    """Forward slashes, no leading ``./``: one form for Windows and POSIX names."""
    d = dest.replace("\\", "/")
    while d.startswith("./"):
        d = d[2:]
    return d


def _qt_relative(parts: list[str]) -> list[str] | None:
    """The path below the Qt prefix (``PySide6/Qt/`` on Linux/macOS, ``PySide6/`` on Windows), or None."""
    if not parts or parts[0] != "PySide6":
        return None
    if len(parts) > 1 and parts[1] == "Qt":
        return parts[2:]
    return parts[1:]


_BINDING = re.compile(r"^PySide6/(Qt\w+?)(?:\.abi3\.so|\.pyd|\.cpython-[\w-]+\.so)$")


def imported_qt_modules(dests: Iterable[str]) -> frozenset[str]:
    """Qt modules whose PySide6 binding the analysis collected, e.g. ``{"Core", "Gui", "Widgets"}``.

    A binding is only collected when the app imports it, so its Qt library is
    kept even if it is on the unused list (someone started using it).
    """
    found = set()
    for d in dests:
        m = _BINDING.match(normalize(d))
        if m:
            found.add(m.group(1)[2:].lower())
    return frozenset(found)


def _qt_module_of(name: str) -> str | None:
    m = _UNUSED_QT_LIBRARY.match(name)
    if not m:
        return None
    return m.group("module").lower()


def keep_entry(dest: str, imported: frozenset[str] = frozenset()) -> bool:
    """True if the file at destination ``dest`` (a PyInstaller TOC name) stays in the bundle.

    ``imported`` names Qt modules the app imports (see :func:`imported_qt_modules`);
    their libraries stay even when listed as unused.
    """
    parts = normalize(dest).split("/")
    name = parts[-1]
    rel = _qt_relative(parts)

    if rel is not None:
        # Binding modules and Qt libraries of unused modules, wherever they sit.
        module = _qt_module_of(name)
        if module is not None and module not in imported:
            return False
        if _OPENGL_ONLY_DLLS.match(name) and not imported & _OPENGL_USERS:
            return False
        if rel and rel[0] in ("qml", "libexec", "metatypes", "include", "doc", "typesystems", "glue", "support"):
            return False
        if rel[:1] == ["lib"] and len(rel) > 1 and rel[1].endswith(".framework"):
            module = _qt_module_of(rel[1])
            return module is None or module in imported
        if rel and rel[0] == "plugins" and len(rel) >= 3:
            if rel[1] in _DROPPED_PLUGIN_DIRS:
                return False
            if _DROPPED_PLUGINS.match(name):
                return False
        if rel and rel[0] == "translations":
            return _keep_qt_translation(name)
        return True

    # Our translations' sources: the .qm files are what the app loads; the .ts files and the
    # scripts and tables that build them (build_translations.py, sv_en_*.py) are development files.
    if parts[:2] == ["resources", "translations"] and name.endswith((".ts", ".py")):
        return False
    # Test suites and their data files some hooks collect (never imported by the app).
    if "tests" in parts[1:-1] and parts[0] in _PACKAGES_WITH_TEST_DATA:
        return False
    # pyphen's hyphenation dictionaries: the reports hyphenate Swedish and English with them
    # (Finnish by rule, planner/reports/hyphenation.py); the other 70 languages are 6 MB.
    if parts[0] == "pyphen" and len(parts) > 2 and parts[1] == "dictionaries":
        return name in _PYPHEN_KEPT
    return True


_PYPHEN_KEPT = frozenset({"hyph_sv.dic", "hyph_en_GB.dic", "hyph_en_US.dic"})


_QT_TRANSLATION = re.compile(r"^(?P<catalog>[a-z_]+?)_(?P<lang>[a-z]{2})(?:_[A-Za-z]{2})?\.qm$")


def _keep_qt_translation(name: str) -> bool:
    m = _QT_TRANSLATION.match(name)
    if not m:
        return False
    return m.group("catalog") in ("qt", "qtbase") and m.group("lang") in QT_LANGUAGES


def filter_toc(entries: Iterable[tuple], *, log: list[str] | None = None) -> list[tuple]:
    """Keep the TOC entries (``(dest, src, typecode)``) that :func:`keep_entry` accepts.

    Dropped destination names are appended to ``log`` when given (build.py
    writes them to ``build/dropped.txt`` so a reviewer can see what went).
    """
    entries = list(entries)
    imported = imported_qt_modules(e[0] for e in entries)
    kept = []
    for entry in entries:
        if keep_entry(entry[0], imported):
            kept.append(entry)
        elif log is not None:
            log.append(normalize(entry[0]))
    return kept


#: Packages only imported optionally by what we use, kept only when a package
#: that really needs them is in the build. numpy (43 MB on Linux) is pulled in
#: by ``try: import numpy`` in openpyxl and by rapidfuzz's cdist, which we do not
#: call; pandas needs it for real.
OPTIONAL_PACKAGES: dict[str, tuple[str, ...]] = {"numpy": ("pandas", "scipy", "matplotlib")}


def _top_package(module: str) -> str:
    return module.split(".", 1)[0]


def optional_packages_to_drop(module_names: Iterable[str]) -> set[str]:
    """The :data:`OPTIONAL_PACKAGES` none of whose real users is among ``module_names``."""
    present = {_top_package(m) for m in module_names}
    return {pkg for pkg, users in OPTIONAL_PACKAGES.items() if pkg in present and not present.intersection(users)}


def in_packages(dest_or_module: str, packages: set[str]) -> bool:
    """True for ``numpy.core``, ``numpy/x.so``, ``numpy.libs/libopenblas.so`` when ``numpy`` is listed."""
    first = normalize(dest_or_module).split("/", 1)[0]
    first = re.sub(r"-[^-/]*\.dist-info$", "", first).removesuffix(".libs")
    return _top_package(first) in packages or first in packages


def unreachable_libraries(
    top_level: Iterable[str], roots: Iterable[str], imports: dict[str, set[str]]
) -> set[str]:
    """Top-level shared libraries no root needs, directly or through other libraries.

    PyInstaller collects the dependencies of every binary before the spec
    filters them, so dropping the GTK theme or Wayland plugins leaves their
    libraries (cairo, pango, gdk-pixbuf ...) behind. ``imports`` maps a file to
    the library names it links; ``roots`` are what is certainly loaded (the
    extension modules, Qt libraries and plugins that stay, the Python library).
    Names are compared by file name, the way the dynamic loader finds them
    beside each other.
    """
    top = set(top_level)
    reached: set[str] = set()
    todo = list(roots)
    seen: set[str] = set()
    while todo:
        item = todo.pop()
        if item in seen:
            continue
        seen.add(item)
        for name in imports.get(item, ()):
            if name in top and name not in reached:
                reached.add(name)
                todo.append(name)
    return top - reached - set(roots)
