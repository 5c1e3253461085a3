"""The yardstick of start-up: a bare QMainWindow in the same venv, shown and closed once painted."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
window.show()
QTimer.singleShot(0, window.close)
sys.exit(app.exec())
