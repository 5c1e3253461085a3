"""A message bar above a document: why it cannot be edited as usual, and what to do.

Used for read-only and locked files (the reason, and a button such as "Tallenna
toisella nimellä…"). It is a plain widget: the window decides when to show it and
with which texts; :meth:`Banner.show_message` replaces what was shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

#: Dark text on a light amber background: contrast 12:1 (WCAG AA needs 4.5:1).
BANNER_BACKGROUND = "#fff4d6"
BANNER_TEXT = "#3e2c00"
BANNER_BORDER = "#e0b84a"


class Banner(QFrame):
    """Icon, a wrapping message and action buttons; hidden until :meth:`show_message`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(f"QFrame#banner {{ background: {BANNER_BACKGROUND}; border: 1px solid {BANNER_BORDER}; "
                           f"border-radius: 3px; }} QFrame#banner QLabel {{ color: {BANNER_TEXT}; }}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = QLabel(self)  # the icon is drawn when first shown (QStyle's enums cost ~6 ms at start-up)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 8, 4)
        self.row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, actions: list[tuple[str, Callable[[], object]]] | None = None) -> None:
        """Show ``text`` ("why" + "what to do") with a button per (label, slot)."""
        self.clear_buttons()
        if self.icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.label.setText(text)
        self.setAccessibleName(text)
        for label, slot in actions or []:
            b = QPushButton(label, self)
            b.clicked.connect(lambda _=False, s=slot: s())
            self.row.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons.append(b)
        self.show()

    def clear_buttons(self) -> None:
        for b in self.buttons:
            self.row.removeWidget(b)
            b.deleteLater()
        self.buttons = []

    def clear(self) -> None:
        self.clear_buttons()
        self.label.clear()
        self.hide()
