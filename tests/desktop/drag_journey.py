"""Real mouse drags in the main window, run in its own process on an X display (see test_editors.py).

Qt's offscreen test platform has no drag and drop (its drag ends at once), so the
drags run here under xcb: QTest presses, moves and releases the mouse on the
window, Qt's own drag loop delivers the drop. Prints a JSON line with what moved.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="planner-drag-")
    os.environ["PLANNER_DATA_DIR"] = tmp
    from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    from desktop.programme.main_window import MainWindow
    from desktop.programme.models import indicator_table as m
    from desktop.settings import Settings

    w = MainWindow(Settings(QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)))
    w.new_from_example()
    w.resize(1280, 800)
    w.show()
    QTest.qWaitForWindowExposed(w)
    win = w.windowHandle()

    def drag(widget, start: QPoint, end: QPoint) -> None:
        def at(pt: QPoint) -> QPoint:
            return widget.mapTo(w, pt)

        def finish() -> None:
            for pt in (start + QPoint(0, 4), start + (end - start) / 2, end):
                QTest.mouseMove(win, at(pt))
            QTest.mouseRelease(win, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(end))

        QTest.mousePress(win, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(start))
        QTimer.singleShot(80, finish)
        d = QApplication.startDragDistance() + 5
        QTest.mouseMove(win, at(start + QPoint(0, d)))
        QTest.mouseMove(win, at(start + QPoint(0, 2 * d)))  # starts Qt's drag loop, which runs finish()
        for _ in range(20):
            QTest.qWait(20)

    result: dict[str, object] = {}
    # 1. Indicator table: the first row dragged onto the third.
    p = w.doc.programme
    fa = next(fa for _t, fa in p.focus_areas() if len(fa.rows) >= 3)
    w.tree.select_object(fa)
    view = w.focus_area_page.table.view
    page = w.focus_area_page
    page.verticalScrollBar().setValue(view.mapTo(page.widget(), QPoint(0, 0)).y())  # the table at the top
    app.processEvents()
    first, second = fa.rows[0], fa.rows[1]
    start = view.visualRect(view.model().index(0, m.BASELINE_READING)).center()
    end = view.visualRect(view.model().index(2, m.BASELINE_READING)).center()
    drag(view.viewport(), start, end)
    result["table_moved"] = fa.rows[2] is first and fa.rows[0] is second
    result["table_undo"] = w.stack.undoText()
    w.stack.undo()
    result["table_restored"] = fa.rows[0] is first

    # 2. Navigation tree: a focus area dragged onto another theme.
    t1, t2 = p.themes[0], p.themes[1]
    moved = t1.focus_areas[0]
    tree = w.tree
    tree.expandAll()
    app.processEvents()
    start = tree.visualItemRect(tree._find(moved, "")).center()
    end = tree.visualItemRect(tree._find(t2, "")).center()
    drag(tree.viewport(), start, end)
    result["tree_moved"] = moved in t2.focus_areas and moved not in t1.focus_areas
    w.stack.undo()
    result["tree_restored"] = t1.focus_areas[0] is moved
    w.session.undo_stack.setClean()
    w.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
