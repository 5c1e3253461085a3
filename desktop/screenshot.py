"""Save a screenshot of the main window with the example open (for the README and layout checks).

    DISPLAY=:13 python -m desktop.screenshot fi 1920x1080 docs/images/main-window.png

Settings and recovery files go to a temporary folder, never the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile


def main(argv: list[str]) -> int:
    lang = argv[0] if argv else "fi"
    width, height = (int(x) for x in (argv[1] if len(argv) > 1 else "1280x800").split("x"))
    out = argv[2] if len(argv) > 2 else f"main-{lang}-{width}x{height}.png"
    tmp = tempfile.mkdtemp(prefix="planner-shot-")
    os.environ["PLANNER_DATA_DIR"] = tmp
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from desktop.app import create_application, register_ui_fonts
    from desktop.i18n import language_manager
    from desktop.programme.main_window import MainWindow
    from desktop.settings import Settings

    app = create_application()
    register_ui_fonts()
    language_manager().apply(lang)
    window = MainWindow(Settings(QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)))
    window.new_from_example()
    window.resize(width, height)
    window.show()
    window.tree.select_object(window.doc.programme.themes[0].focus_areas[0])
    for _ in range(5):
        app.processEvents()
    window.grab().save(out)
    window.session.undo_stack.setClean()
    window.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
