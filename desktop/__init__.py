"""The Qt GUI (see CONTRIBUTING.md for its layers)."""

from desktop.pyside_refcounts import guard_singleton_refcounts

# Before any window: PySide6 6.12 on Python 3.11 runs down None/True/False (see the module).
guard_singleton_refcounts()
