"""The Qt GUI (see CONTRIBUTING.md for its layers)."""

from desktop.pyside_refcounts import guard_singleton_refcounts
from desktop.pyside_source_check import install as install_source_check

# Before any window: PySide6 6.12 on Python 3.11 runs down None/True/False (see the module).
guard_singleton_refcounts()
# Before the app's own modules: PySide6 reads the source of every module imported after it (see the module).
install_source_check()
