"""File > Lausunto (statement) in the programme editor: start or open a statement.

Statements open in their own window (:class:`desktop.statements.window.StatementWindow`);
a statement on the open programme refers to its saved file, so an unsaved
programme is saved first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop.programme.window_host import ProgrammeWindow
    from desktop.statements.window import StatementWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("StatementLauncher", text)


STATEMENT_SUFFIXES = (".lausunto.json", ".lausunto")


def is_statement_file(path: str) -> bool:
    return path.lower().endswith(STATEMENT_SUFFIXES)


class StatementLauncher:
    """Adds the Lausunto submenu to the File menu and keeps the statement windows alive."""

    def __init__(self, window: ProgrammeWindow) -> None:
        self.window = window
        self.windows: list[StatementWindow] = []
        self.menu = QMenu(window)
        self.menu.setObjectName("statement_menu")
        self.act_blank = QAction(window, triggered=lambda: self._new("blank"))
        self.act_consultation = QAction(window, triggered=lambda: self._new("consultation"))
        self.act_on_this = QAction(window, triggered=self.new_on_current_programme)
        self.act_on_file = QAction(window, triggered=lambda: self._new("programme"))
        self.act_open = QAction(window, triggered=lambda: self._new("open"))
        self.act_example_mantsala = QAction(window, triggered=lambda: self._new("example", "mantsala"))
        self.act_example_mikkeli = QAction(window, triggered=lambda: self._new("example", "mikkeli"))
        for a in (self.act_blank, self.act_consultation, self.act_on_this, self.act_on_file, None, self.act_open,
                  None, self.act_example_mantsala, self.act_example_mikkeli):
            if a is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(a)
        window.file_menu.insertMenu(window.act_export, self.menu)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(tr("&Lausunto"))
        self.act_blank.setText(tr("Uusi &tyhjä lausunto"))
        self.act_consultation.setText(tr("Uusi lausunto &lausuntopyyntöön\u2026"))
        self.act_on_this.setText(tr("Uusi lausunto tästä &ohjelmasta"))
        self.act_on_file.setText(tr("Uusi lausunto ohjelmat&iedostosta\u2026"))
        self.act_open.setText(tr("&Avaa lausunto\u2026"))
        self.act_example_mantsala.setText(tr("Esimerkki: &Mäntsälän lausunto ohjelmasta"))
        self.act_example_mikkeli.setText(tr("Esimerkki: Mi&kkelin lausunto lausuntopyyntöön"))

    def _window(self) -> StatementWindow:
        from desktop.statements.window import StatementWindow

        w = StatementWindow(self.window.settings)
        self.windows.append(w)
        w.destroyed.connect(lambda *_a, w=w: self.windows.remove(w) if w in self.windows else None)
        return w

    def _new(self, how: str, arg: str | None = None) -> StatementWindow | None:
        w = self._window()
        ok = {
            "blank": w.new_blank,
            "consultation": w.new_on_consultation,
            "programme": w.new_on_programme,
            "open": w.open_file,
            "example": lambda: w.open_example(arg or ""),
        }[how]()
        if not ok:
            self.windows.remove(w)
            w.deleteLater()
            return None
        w.show()
        return w

    def recover_after_crash(self) -> StatementWindow | None:
        """At start: if a statement was left unsaved by a crash, offer it back in its own window."""
        import os

        from desktop.paths import recovery_dir
        from planner.statements import fileformat as sfile
        from planner.storage import recovery

        if not recovery.list_recoveries(recovery_dir(), sfile.FORMAT_NAME, exclude_pid=os.getpid()):
            return None
        w = self._window()
        if not w.recover():
            self.windows.remove(w)
            w.deleteLater()
            return None
        w.show()
        return w

    def open_path(self, path: str) -> StatementWindow | None:
        w = self._window()
        if not w.open_file(path):
            self.windows.remove(w)
            w.deleteLater()
            return None
        w.show()
        return w

    def new_on_current_programme(self) -> StatementWindow | None:
        """A statement on the programme open in this window (saved first, so it has a file)."""
        session = self.window.session
        if session.path is not None and session.is_modified:
            # Never write over the programme file without asking (the user may not want these changes kept).
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self.window, tr("Tallennetaanko ohjelma?"),
                tr("Lausunto viittaa ohjelman tallennettuun tiedostoon {0}. Ohjelmassa on tallentamattomia "
                   "muutoksia. Tallennetaanko ne ennen lausunnon aloittamista?").format(session.path.name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save:
                return None
        if (session.path is None or session.is_modified) and not self.window.save():
            return None
        w = self._window()
        if not w.new_on_programme(str(session.path)):
            self.windows.remove(w)
            w.deleteLater()
            return None
        w.show()
        return w
