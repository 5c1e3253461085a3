"""One open document's life: file path, unsaved state, saving, autosave, recovery and lock.

:class:`DocumentSession` knows nothing about programmes: it gets callbacks that
turn the document into text and write it to a file, so the statement editor
reuses it unchanged. It owns the :class:`QUndoStack`; the stack's clean state
is the saved state, so "unsaved changes" is exactly "the stack is not clean".

What it guarantees the user:
- Save writes through the core's atomic save (the callback), which reads the new
  file back before it replaces the old one; any error (a full disk, a read-only
  share, a value that cannot be saved) is shown with what to do, never a
  traceback, and the document stays open and unsaved. A failed autosave is shown
  too (once per cause).
- Before the file is read it is locked with an exclusive create (:meth:`claim`);
  someone else's lock offers read-only opening, a stale one is taken over after
  asking, a read-only file or folder opens read-only with a notice.
- Before saving over the file, a change someone else made since it was opened
  (size, time and hash differ) is never overwritten unasked: save under another
  name, overwrite or reload.
- An untitled document (the built-in example, a new one) is never written
  without asking for a name.
- While there are unsaved changes a recovery copy is written to the user data
  folder every N minutes (settings); a clean close removes it; after a crash
  :func:`offer_recovery` finds it on the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.paths import recovery_dir
from desktop.settings import Settings
from planner.storage import locking, recovery
from planner.storage.json_file import FileFormatError

T = TypeVar("T")


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
                 settings: Settings, untitled_name: str = "",
                 reload: Callable[[Path], bool] | None = None) -> None:
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
        self.reload = reload  # opens the file again from disk (the window's open_file)
        self.opened_stamp: locking.FileStamp | None = None
        self._claim: tuple[Path, bool, locking.FileStamp | None] | None = None  # (path, lock is ours, stamp)
        self._autosave_error = ""
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

    def claim(self, path: str | Path) -> str:
        """Before reading ``path``: lock it, ask about someone else's lock, notice a read-only file.

        Returns "edit", "read_only" or "cancel". Call :meth:`set_document` after loading
        (it keeps the lock) or :meth:`abandon_claim` when loading failed.
        """
        self.abandon_claim()
        p = Path(path)
        read_only_reason = locking.is_read_only(p) if p.exists() else ""
        if read_only_reason:
            show_read_only_notice(self.window, p, read_only_reason)
            self._claim = (p.resolve(), False, locking.stamp(p))
            return "read_only"
        result = locking.acquire(p)
        if result.state == "stale":
            if not ask_take_over(self.window, p, result.info):
                return "cancel"
            result = locking.take_over(p, result.info)
        mode = "edit"
        if result.state == "held":
            mode = ask_lock_info(self.window, p, result.info)
            if mode == "cancel":
                return "cancel"
        elif result.state == "unavailable":
            show_read_only_notice(self.window, p, "folder", result.error)
            mode = "read_only"
        self._claim = (p.resolve(), result.state == "mine", locking.stamp(p))
        return mode

    def read_file(self, path: str | Path, load: Callable[[Path], T],
                  on_error: Callable[[Path, FileFormatError], None]) -> tuple[T, bool] | None:
        """Open's life cycle shared by both windows: lock (asking about someone else's lock), read, and
        give the lock back when the file cannot be read (``on_error`` tells the user).

        Returns (document, read_only), or None (cancelled or unreadable). The window then shows the
        document and calls :meth:`set_document` (which keeps the lock taken here).
        """
        p = Path(path)
        mode = self.claim(p)
        if mode == "cancel":
            return None
        try:
            document = load(p)
        except FileFormatError as exc:
            self.abandon_claim()
            on_error(p, exc)
            return None
        return document, mode == "read_only"

    def recover(self, loads: Callable[[str], T], install: Callable[[T], None], untitled_name: str) -> bool:
        """After a crash: offer the newest recovery copy of this kind; the taken copy opens unsaved.

        ``install`` shows the document in the window. The copy gets this session's recovery
        file at once and the old one is removed, so a second crash still finds it.
        """
        rec = offer_recovery(self.window, self.kind)
        if rec is None:
            return False
        try:
            document = loads(rec.text)
        except (FileFormatError, ValueError) as exc:
            QMessageBox.critical(self.window, tr("Palautus epäonnistui"),
                                 tr("Varmuuskopiota ei voitu lukea: {0}").format(exc))
            return False
        install(document)
        original = rec.original_path or None
        self.set_document(original if original and Path(original).exists() else None, modified=True,
                          untitled_name=untitled_name)
        self.autosave_now()
        if rec.file.exists():
            try:
                if rec.file.resolve() != self.recovery_file().resolve():
                    rec.file.unlink()
            except OSError:
                pass
        return True

    def close_document(self) -> bool:
        """Closing the window: ask about unsaved changes; True (and the lock and recovery file gone) to go on."""
        if not self.maybe_save():
            return False
        self.release()
        return True

    def abandon_claim(self) -> None:
        """Loading after :meth:`claim` failed: give the lock back."""
        if self._claim is not None:
            path, ours, _stamp = self._claim
            if ours and path != self._locked_path:
                locking.release_lock(path)
            self._claim = None

    def set_document(self, path: str | Path | None, *, read_only: bool = False, modified: bool = False,
                     untitled_name: str = "") -> None:
        """Start a new document life: after loading a file, New, or a recovery.

        ``modified`` marks the document unsaved from the start (a recovered copy).
        After :meth:`claim` the lock and file stamp taken there are kept.
        """
        claim, self._claim = self._claim, None
        new_path = Path(path).resolve() if path else None
        if claim is not None and claim[0] == self._locked_path:
            self._locked_path = None  # the same file again: its lock stays ours
        self.release()
        self.undo_stack.clear()
        self.path = new_path
        self.read_only = read_only
        self.untitled_name = untitled_name
        self._recovery_key = recovery.recovery_key(self.path)
        self.opened_stamp = None
        if self.path is not None:
            if claim is not None and claim[0] == self.path:
                if claim[1]:
                    self._locked_path = self.path
                self.opened_stamp = claim[2]
            else:
                if claim is not None and claim[1]:
                    locking.release_lock(claim[0])
                if not read_only and locking.acquire_lock(self.path):
                    self._locked_path = self.path
                self.opened_stamp = locking.stamp(self.path)
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
        if locking.changed_on_disk(self.path, self.opened_stamp):
            choice = ask_changed_on_disk(self.window, self.path)
            if choice == "save_as":
                return self.save_as()
            if choice == "reload":
                if self.reload is not None:
                    self.undo_stack.setClean()  # the user chose to drop their changes
                    self.reload(self.path)
                return False
            if choice != "overwrite":
                return False
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
        self.opened_stamp = locking.stamp(self.path)
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
        except Exception as exc:  # noqa: BLE001 - whatever fails, the user is told and keeps the work
            QMessageBox.critical(self.window, tr("Tallennus epäonnistui"),
                                 tr("Tiedostoa {0} ei voitu tallentaa: {1}\n\nMuutoksesi ovat yhä auki, eikä "
                                    "tiedostoa muutettu. Tallenna toiseen kansioon tai toisella nimellä "
                                    "(Tallenna nimellä). Jos syy on sisällössä, korjaa kohta ja tallenna uudelleen.")
                                 .format(str(path), error_reason(exc)))
            return False
        if self.path is not None and path.resolve() == self.path:
            self.opened_stamp = locking.stamp(path)
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
            written = recovery.write_recovery(recovery_dir(), self._recovery_key, self.kind,
                                              str(self.path) if self.path else "", self.serialize())
        except Exception as exc:  # noqa: BLE001 - never silent, never a traceback
            reason = error_reason(exc)
            if reason != self._autosave_error:  # once per cause, not every few minutes
                self._autosave_error = reason
                QMessageBox.warning(self.window, tr("Automaattinen varmuuskopio epäonnistui"),
                                    tr("Tallentamattomista muutoksista ei voitu tehdä varmuuskopiota: {0}\n\n"
                                       "Tallenna työsi nyt (Tallenna tai Tallenna nimellä), ettei se katoa.")
                                    .format(reason))
            return None
        self._autosave_error = ""
        return written


def error_reason(exc: BaseException) -> str:
    """The reason a save failed, in one line for the user."""
    from planner.storage.json_file import FileFormatError, SaveError

    if isinstance(exc, (SaveError, FileFormatError)):
        return exc.one_line()
    if isinstance(exc, OSError):
        if exc.errno == 28:  # ENOSPC
            return tr("levy on täynnä")
        if locking.is_read_only_error(exc):
            return tr("kirjoittaminen ei ole sallittua (vain luku -kansio tai käyttöoikeudet)")
        from desktop.error_text import os_error_text

        return os_error_text(exc)  # the OS's own words may be English
    if isinstance(exc, UnicodeError):
        return tr("tekstissä on merkki, jota ei voi tallentaa ({0})").format(str(exc)[:120])
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def show_read_only_notice(parent: QWidget, path: Path, reason: str, detail: str = "") -> None:
    """Tell the user ``path`` opens read-only because the file or its folder cannot be written."""
    if reason == "file":
        why = tr("Tiedosto {0} on vain luku -tiedosto.").format(path.name)
    else:
        why = tr("Kansioon {0} ei voi kirjoittaa (vain luku -kansio tai -verkkolevy).").format(str(path.parent))
        if detail:
            why += f" ({detail})"
    QMessageBox.information(parent, tr("Avataan vain luku -tilassa"),
                            why + "\n\n" + tr("Voit lukea ja muokata asiakirjaa, mutta tallentaa sen vain toisella "
                                               "nimellä tai toiseen kansioon (Tallenna nimellä)."))


def ask_take_over(parent: QWidget, path: Path, info: locking.LockInfo | None) -> bool:
    """A stale lock (its holder is gone): take it over? True: yes."""
    who = tr("tuntematon") if info is None or info.user == "?" else \
        tr("käyttäjä {0} koneelta {1}, {2}").format(info.user, info.host, info.time_label())
    answer = QMessageBox.question(
        parent, tr("Vanha lukitus"),
        tr("Tiedostossa {0} on vanha lukitus ({1}), mutta sitä ei näytä enää käytettävän: ohjelma on suljettu "
           "tai kone kaatunut.\n\nOtetaanko tiedosto käyttöön? Valitse Ei, jos tiedosto on yhä jonkun auki.")
        .format(path.name, who),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_changed_on_disk(parent: QWidget, path: Path) -> str:
    """The file changed since it was opened: "save_as", "overwrite", "reload" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Tiedosto on muuttunut"),
                      tr("Joku on muuttanut tiedostoa {0} sen jälkeen, kun avasit sen.\n\nJos tallennat sen päälle, "
                         "hänen muutoksensa katoavat. Tallenna omasi toisella nimellä, korvaa tiedosto tai lataa "
                         "tiedosto uudelleen (omat tallentamattomat muutoksesi katoavat).").format(path.name),
                      QMessageBox.StandardButton.NoButton, parent)
    save_as = box.addButton(tr("Tallenna nimellä…"), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(tr("Korvaa"), QMessageBox.ButtonRole.DestructiveRole)
    reload = box.addButton(tr("Lataa uudelleen"), QMessageBox.ButtonRole.ResetRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return {save_as: "save_as", overwrite: "overwrite", reload: "reload"}.get(box.clickedButton(), "cancel")


def ask_lock(parent: QWidget, path: Path) -> str:
    """When someone else has ``path`` open: "read_only", "open" (anyway) or "cancel". No lock: "open"."""
    info = locking.foreign_lock(path)
    if info is None:
        return "open"
    mode = ask_lock_info(parent, path, info)
    return "open" if mode == "edit" else mode


def ask_lock_info(parent: QWidget, path: Path, info: locking.LockInfo | None) -> str:
    """Someone else's lock on ``path``: "read_only", "edit" (anyway) or "cancel"."""
    if info is None or info.user == "?":
        info = locking.LockInfo(user=tr("tuntematon"), host=tr("tuntematon"), pid=0,
                                time=(info.time if info else ""))
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
        return "edit"
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
