"""A scroll area's viewport without PySide6's walk over every widget class on the first ``viewport()``.

``QAbstractScrollArea.viewport()`` is declared to return a ``QWidget*``. The
first time Python receives a widget that C++ created as a plain ``QWidget``
(the viewport is one), PySide6 6.12 looks for its most derived class by trying
the type check of every subclass of QWidget, and with PySide's lazy loading of
classes that creates ~65 widget classes nobody asked for (QWizard, QMdiArea,
QCalendarWidget ... with all their enums): ~9 ms of CPU, paid before the main
window's first paint because the navigation tree and the text lists measure
their rows with the viewport's width (benchmarks/run_all.py, row 7).

``findChild`` returns a ``QObject*``, which PySide6 converts by the object's own
meta-object (exactly ``QWidget``, no search). Asked first, it leaves a wrapper in
place, and ``viewport()`` then answers with that wrapper: the same object.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

#: The object name Qt gives the viewport it creates (QAbstractScrollAreaPrivate::init).
VIEWPORT_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, found by name first so PySide6 does not search the widget classes."""
    found = area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)  # noqa: F841 (keeps the wrapper alive)
    return area.viewport()
