"""One open document's life: file path, unsaved state, saving, autosave, recovery and lock.

:class:`DocumentSession` knows nothing about programmes: it gets callbacks that
turn the document into text and write it to a file, so the statement editor
reuses it unchanged. It owns the :class:`QUndoStack`; the stack's clean state
is the saved state, so "unsaved changes" is exactly "the stack is not clean".

What it guarantees the user:
- Save writes through the core's atomic save (the callback); errors are shown,
  never a traceback, and the document stays open and unsaved.
- An untitled document (the built-in example, a new one) is never written
  without asking for a name.
- While there are unsaved changes a recovery copy is written to the user data
  folder every N minutes (settings); a clean close removes it; after a crash
  :func:`offer_recovery` finds it on the next start.
- A lock file beside the open file tells a second user who has it open; they
  are offered read-only opening (:func:`ask_lock`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.error_text import os_error_text
from desktop.paths import recovery_dir
from desktop.settings import Settings
from planner import locking, recovery


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentSession", text)


class DocumentSession(QObject):
    """Path, dirty state, save, autosave, recovery and lock for one open document.

    Signals: ``state_changed()`` when the title should be redrawn (path, dirty,
    read-only changed); ``saved(path)`` after a successful save.
    """

    state_changed = Signal()
    saved = Signal(str)

    def __init__(self, parent: QWidget, *, kind: str, serialize: Callable[[], str],
                 write: Callable[[Path], None], file_filter: str, suffix: str,
                 settings: Settings, untitled_name: str = "") -> None:
        super().__init__(parent)
        self.window = parent
        self.kind = kind
        self.serialize = serialize
        self.write = write
        self.file_filter = file_filter
        self.suffix = suffix
        self.settings = settings
        self.untitled_name = untitled_name
        self.suggested_name: Callable[[], str] | None = None  # the first Save's file name, if the window knows one
        self.path: Path | None = None
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._recovery_key = recovery.recovery_key(None)
        self._locked_path: Path | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.apply_autosave_interval()

    # -- state -------------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.untitled_name or tr("Nimetön")

    def window_title(self, app_name: str) -> str:
        """"name[*] – App", the [*] placeholder shows the unsaved mark via setWindowModified."""
        extra = tr(" (vain luku)") if self.read_only else ""
        return f"{self.display_name()}[*]{extra} \u2013 {app_name}"

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            recovery.remove_recovery(recovery_dir(), self._recovery_key)
        self.state_changed.emit()

    def recovery_file(self) -> Path:
        return recovery_dir() / f"{self._recovery_key}{recovery.SUFFIX}"

    def apply_autosave_interval(self) -> None:
        minutes = self.settings.get(Settings.autosave_minutes)
        if minutes <= 0:
            self.autosave_timer.stop()
        else:
            self.autosave_timer.start(minutes * 60 * 1000)

    # -- opening --------------------------------------------------------------------

    def set_document(self, path: str | Path | None, *, read_only: bool = False, modified: bool = False,
                     untitled_name: str = "") -> None:
        """Start a new document life: after loading a file, New, or a recovery.

        ``modified`` marks the document unsaved from the start (a recovered copy).
        """
        self.release()
        self.undo_stack.clear()
        self.path = Path(path).resolve() if path else None
        self.read_only = read_only
        self.untitled_name = untitled_name
        self._recovery_key = recovery.recovery_key(self.path)
        if self.path is not None and not read_only and locking.acquire_lock(self.path):
            self._locked_path = self.path
        self.undo_stack.setClean()
        if modified:
            self._mark_modified()
        self.state_changed.emit()

    def _mark_modified(self) -> None:
        # A recovered document differs from its file: a marker command makes the stack unclean.
        from PySide6.QtGui import QUndoCommand

        self.undo_stack.push(QUndoCommand(tr("Palautettu automaattisesta varmuuskopiosta")))

    def release(self) -> None:
        """Drop the lock and this document's recovery file (a clean close)."""
        if self._locked_path is not None:
            locking.release_lock(self._locked_path)
            self._locked_path = None
        recovery.remove_recovery(recovery_dir(), self._recovery_key)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        # The first save offers a real name (the window's suggestion, e.g. the programme title), not the
        # untitled label "Esimerkki (tallentamaton kopio)".
        first_name = (self.suggested_name() if self.suggested_name else "") or self.untitled_name or tr("ohjelma")
        start = str(self.path) if self.path else str(Path(self.settings.get(Settings.last_folder) or Path.home())
                                                      / first_name)
        name, _filter = QFileDialog.getSaveFileName(self.window, tr("Tallenna nimellä"), start, self.file_filter)
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith((self.suffix, ".json")):  # a name the user typed without a suffix
            path = path.with_name(path.name + self.suffix)
        if path.exists() and self.path != path.resolve():
            info = locking.foreign_lock(path)
            if info is not None:
                QMessageBox.warning(self.window, tr("Tiedosto on käytössä"),
                                    tr("Tiedosto {0} on käyttäjän {1} ({2}) avoinna. Valitse toinen nimi.")
                                    .format(path.name, info.user, info.host))
                return False
        if not self._save_to(path):
            return False
        old_key = self._recovery_key
        self.release_lock_only()
        self.path = path.resolve()
        self.read_only = False
        self._recovery_key = recovery.recovery_key(self.path)
        recovery.remove_recovery(recovery_dir(), old_key)
        if locking.acquire_lock(self.path):
            self._locked_path = self.path
        self.settings.set(Settings.last_folder, str(self.path.parent))
        self.state_changed.emit()
        return True

    def release_lock_only(self) -> None:
        if self._locked_path is not None:
            locking.release_lock(self._locked_path)
            self._locked_path = None

    def _save_to(self, path: Path) -> bool:
        try:
            self.write(path)
        except OSError as exc:
            QMessageBox.critical(self.window, tr("Tallennus epäonnistui"),
                                 tr("Tiedostoa {0} ei voitu tallentaa: {1}\n\nMuutoksesi ovat yhä auki. "
                                    "Tallenna toiseen kansioon (Tallenna nimellä).")
                                 .format(str(path), os_error_text(exc)))
            return False
        self.undo_stack.setClean()
        self.settings.add_recent_file(str(path.resolve()))
        self.saved.emit(str(path))
        return True

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes. True: go on."""
        if not self.is_modified:
            return True
        answer = QMessageBox.warning(
            self.window, tr("Tallentamattomia muutoksia"),
            tr("Asiakirjassa {0} on tallentamattomia muutoksia. Tallennetaanko ne?").format(self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- autosave -------------------------------------------------------------------------

    def autosave_now(self) -> Path | None:
        """Write the recovery copy if there are unsaved changes; returns its path."""
        if not self.is_modified:
            return None
        try:
            return recovery.write_recovery(recovery_dir(), self._recovery_key, self.kind,
                                           str(self.path) if self.path else "", self.serialize())
        except OSError:
            return None  # the user data folder is not writable: nothing better to do silently


def ask_lock(parent: QWidget, path: Path) -> str:
    """When someone else has ``path`` open: "read_only", "open" (anyway) or "cancel". No lock: "open"."""
    info = locking.foreign_lock(path)
    if info is None:
        return "open"
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Tiedosto on jo auki"),
                      tr("Käyttäjä {0} koneelta {1} avasi tiedoston {2} {3}.\n\nJos muokkaatte samaa tiedostoa "
                         "yhtä aikaa, toisen muutokset katoavat. Avaa vain luku -tilassa, niin voit lukea ja "
                         "tallentaa omat muutoksesi toisella nimellä.")
                      .format(info.user, info.host, path.name, info.time_label()),
                      QMessageBox.StandardButton.NoButton, parent)
    read_only = box.addButton(tr("Avaa vain luku"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(tr("Avaa silti muokattavaksi"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "read_only"
    if clicked is anyway:
        return "open"
    return "cancel"


def offer_recovery(parent: QWidget, kind: str) -> recovery.Recovery | None:
    """After a crash: ask whether to take back the newest recovery copy of ``kind``.

    A declined copy is deleted only when the user says so; "later" keeps it.
    """
    import os

    found = recovery.list_recoveries(recovery_dir(), kind, exclude_pid=os.getpid())
    if not found:
        return None
    rec = found[0]
    name = Path(rec.original_path).name if rec.original_path else tr("nimetön asiakirja")
    answer = QMessageBox.question(
        parent, tr("Palautetaanko tallentamattomat muutokset?"),
        tr("Sovellus suljettiin viimeksi tallentamatta muutoksia ({0}, tallennettu automaattisesti {1}).\n\n"
           "Palautetaanko ne? Jos valitset Ei, automaattinen varmuuskopio poistetaan.")
        .format(name, rec.saved_at_label()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        return rec
    if answer == QMessageBox.StandardButton.No:
        try:
            rec.file.unlink()
        except OSError:
            pass
    return None
