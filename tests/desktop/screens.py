"""Find text that does not fit: labels, buttons, combo boxes and table headers smaller than their text."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLabel, QWidget


def _visible(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.width() > 0


def clipped_texts(top: QWidget) -> list[str]:
    """Descriptions of the widgets under ``top`` whose text is elided or cut (size smaller than sizeHint)."""
    out = []
    for w in top.findChildren(QWidget):
        if not _visible(w, top) or w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QLabel):
            if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    out.append(f"label {w.text()[:40]!r}: {w.height()} px high, needs {need}")
            elif w.sizeHint().width() > w.width() + 1 or w.minimumSizeHint().height() > w.height() + 1:
                out.append(f"label {w.text()[:40]!r}: {w.width()}x{w.height()}, needs "
                           f"{w.sizeHint().width()}x{w.minimumSizeHint().height()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"button {w.text()!r}: {w.width()} px, needs {w.sizeHint().width()}")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable() \
                and not isinstance(w.parent() and w.parent().parent(), QAbstractItemView):
            # (a choice inside a table cell is as wide as its column, which the user sizes)
            need = w.fontMetrics().horizontalAdvance(w.currentText()) + 24
            if need > w.width():
                out.append(f"combo {w.currentText()!r}: {w.width()} px, needs {need}")
        elif isinstance(w, QHeaderView) and w.orientation().name == "Horizontal" and not w.isHidden():
            model = w.model()
            if model is None:
                continue
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.sectionSize(i) == 0:
                    continue
                text = str(model.headerData(i, w.orientation()) or "")
                # the text plus the header margins (Qt sizes a ResizeToContents section to text + 6..8 px)
                need = w.fontMetrics().horizontalAdvance(text) + 6
                if text and need > w.sectionSize(i):
                    out.append(f"header {text!r}: {w.sectionSize(i)} px, needs {need}")
    return out
