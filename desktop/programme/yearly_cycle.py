"""The yearly cycle in the main window: Uusi vuosi, Vertaa, Versiot, Tila ja hyväksyntä, the lock.

File menu: "Uusi vuosi…" (:mod:`desktop.programme.rollover_dialog`), "Vertaa…"
(:mod:`desktop.programme.compare_dialog`), "Versiot…" (:mod:`desktop.programme.versions_dialog`),
"Tila ja hyväksyntä…" (:mod:`desktop.programme.approval_dialog`). Edit menu: mark the selected
indicator's target, or all targets, reviewed after a roll-over. Every change of the
programme is one undoable command (:mod:`desktop.programme.cycle_commands`).

An approved programme (:func:`planner.versions.is_locked`) shows the lock banner,
its editors are read-only and the undo stack refuses edits (:mod:`desktop.programme.lock`);
importing actuals for the follow-up stays possible. "Aloita uusi versio" unlocks
it as a new draft version; the approved version stays frozen in the file.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from desktop.labels import status_label
from desktop.programme.cycle_commands import MarkReviewedCommand, ReplaceProgrammeCommand, StateCommand
from desktop.programme.lock import LockBanner, guard_stack, set_widgets_locked
from desktop.settings import Settings
from planner import versions
from planner.model import ApprovalDecision, Indicator, Status

if TYPE_CHECKING:
    from desktop.programme.window_host import ProgrammeWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("YearlyCycle", text)


class YearlyCycleController(QObject):
    def __init__(self, window: ProgrammeWindow) -> None:
        super().__init__(window)
        self.window = w = window
        self.act_rollover = self._action(self.rollover)
        self.act_compare = self._action(self.compare)
        self.act_versions = self._action(self.show_versions)
        self.act_status = self._action(self.change_status)
        self.act_mark_reviewed = self._action(self.mark_selected_reviewed)
        self.act_mark_all_reviewed = self._action(self.mark_all_reviewed)
        for a in (self.act_rollover, self.act_compare, self.act_versions, self.act_status):
            w.file_menu.insertAction(w.act_export, a)
        w.file_menu.insertSeparator(w.act_export)
        w.edit_menu.addSeparator()
        w.edit_menu.addAction(self.act_mark_reviewed)
        w.edit_menu.addAction(self.act_mark_all_reviewed)

        self.banner = LockBanner()
        self.banner.new_version_requested.connect(self.start_new_version)
        central = w.takeCentralWidget()
        holder = QWidget(w)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.banner)
        lay.addWidget(central, 1)
        w.setCentralWidget(holder)

        self._locked_shown = False
        guard_stack(w.stack, self.is_locked, self._allowed, self._refused)
        w.doc.changed.connect(lambda _obj: self.refresh_lock())
        w.doc.replaced.connect(self.refresh_lock)
        w.doc.structure_changed.connect(lambda: QTimer.singleShot(0, self.banner, self.refresh_lock))
        w.tree.current_changed.connect(lambda *_a: QTimer.singleShot(0, self.banner, self.refresh_lock))
        w.structure_menu.aboutToShow.connect(self._lock_structure_actions)
        w.edit_menu.aboutToShow.connect(self._update_review_actions)
        w.installEventFilter(self)
        self.retranslate_ui()
        self.refresh_lock()

    def _action(self, slot: Any) -> QAction:
        a = QAction(self.window)
        a.triggered.connect(slot)
        return a

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.act_rollover.setText(tr("Uusi vuo&si\u2026"))
        self.act_compare.setText(tr("Ve&rtaa\u2026"))
        self.act_versions.setText(tr("Versi&ohistoria\u2026"))
        self.act_status.setText(tr("Tila ja &hyväksyntä\u2026"))
        self.act_mark_reviewed.setText(tr("&Merkitse valitun mittarin tavoite tarkistetuksi"))
        self.act_mark_all_reviewed.setText(tr("Merkitse kaikki tavoitteet ta&rkistetuiksi"))
        self.banner.retranslate_ui()
        self._locked_shown = not self._locked_shown  # force the banner text again
        self.refresh_lock()

    # -- the lock ---------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return versions.is_locked(self.window.doc.programme)

    @staticmethod
    def _allowed(command: QUndoCommand) -> bool:
        from desktop.programme.follow_up import ImportActualsCommand, RemoveImportCommand

        return isinstance(command, (StateCommand, ReplaceProgrammeCommand, ImportActualsCommand, RemoveImportCommand))

    def _refused(self, _command: QUndoCommand) -> None:
        QApplication.beep()
        self.window.statusBar().showMessage(
            tr("Hyväksytty ohjelma on lukittu. Aloita uusi versio muuttaaksesi sitä."), 8000)

    def refresh_lock(self) -> None:
        locked = self.is_locked()
        w = self.window
        if locked:
            p = w.doc.programme
            decision = versions.decision_text(p.decisions[-1]) if p.decisions else ""
            self.banner.show_for(p.version_name, decision)
        else:
            self.banner.hide()
        if locked or self._locked_shown:
            set_widgets_locked(w.pages, locked)
            set_widgets_locked(w.tree, locked)
            self._lock_structure_actions()
        self._locked_shown = locked

    def _lock_structure_actions(self) -> None:
        if self.is_locked():
            for a in self.window.structure.actions():
                if a is not None:
                    a.setEnabled(False)
        elif self._locked_shown:
            self.window.structure.update_enabled()

    def _update_review_actions(self) -> None:
        p = self.window.doc.programme
        any_marked = any(i.target_review for _t, _f, i in p.indicators())
        self.act_mark_all_reviewed.setEnabled(any_marked and not self.is_locked())
        ind = self.selected_indicator()
        self.act_mark_reviewed.setEnabled(ind is not None and ind.target_review and not self.is_locked())

    # -- actions ------------------------------------------------------------------------------

    def rollover(self) -> None:
        from desktop.programme.rollover_dialog import RolloverDialog

        w = self.window
        dlg = RolloverDialog(w.doc.programme, w)
        if not dlg.exec():
            return
        new = dlg.result_programme()
        if new is None or not w.session.maybe_save():
            return
        # An unsaved copy of last year's programme, then the roll-over as its first undo step:
        # Ctrl+Z shows last year's content again; the file on disk is never touched.
        w.load_untitled(copy.deepcopy(w.doc.programme), tr("Uusi vuosi {0} (tallentamaton)").format(new.year))
        w.stack.push(ReplaceProgrammeCommand(w.doc, new, tr("Uusi vuosi {0}").format(new.year)))
        w.checks_dock.show()
        w.statusBar().showMessage(tr("Uuden vuoden luonnos tehty. Tallenna se uudella nimellä; edellisen vuoden "
                                     "tiedosto ei muuttunut."), 15000)

    def compare(self, a: str | None = None, b: str | None = None, preset: bool = False) -> None:
        from desktop.programme.compare_dialog import CompareDialog

        w = self.window
        dlg = CompareDialog(w.doc.programme, w, folder=w.settings.get(Settings.last_folder))
        if preset:
            dlg.select_sources(a, b)
        dlg.exec()

    def show_versions(self) -> None:
        from desktop.programme.versions_dialog import VersionsDialog

        VersionsDialog(self.window.doc.programme, self._save_version,
                       lambda a, b: self.compare(a, b, preset=True), self._open_version_copy, self.window).exec()

    def _save_version(self, name: str, note: str) -> str:
        return self._push_state(tr("Tallenna versio {0}").format(name.strip()),
                                lambda p: versions.save_version(p, name, note))

    def _open_version_copy(self, name: str) -> None:
        w = self.window
        v = versions.find_version(w.doc.programme, name)
        if w.session.maybe_save():
            w.load_untitled(versions.version_programme(v), tr("{0} (kopio, tallentamaton)").format(name))

    def _push_state(self, text: str, operation: Any) -> str:
        """Push one StateCommand; "" when done, else the core's reason it was refused."""
        try:
            command = StateCommand(self.window.doc, text, operation)
        except versions.VersionError as exc:
            return str(exc)
        self.window.stack.push(command)
        return ""

    def change_status(self) -> None:
        from desktop.programme.approval_dialog import ApprovalDialog

        if self.is_locked():
            self.start_new_version()
            return

        ApprovalDialog(self.window.doc.programme, self.apply_status, self.window).exec()

    def apply_status(self, status: Status, decision: ApprovalDecision | None) -> str:
        """Set the status as one undo step; "" when done, else why the core refused it."""
        return self._push_state(tr("Aseta tila: {0}").format(status_label(status)),
                                lambda p: versions.set_status(p, status, decision))

    def start_new_version(self) -> None:
        w = self.window
        answer = QMessageBox.question(
            w, tr("Aloita uusi versio"),
            tr("Hyväksytty ohjelma säilyy tiedostossa muuttumattomana versiona. Muutokset tehdään uuteen "
               "luonnosversioon, jonka tila on luonnos ja jolla ei ole päätöksiä. Aloitetaanko uusi versio?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        problem = self._push_state(tr("Aloita uusi versio"), versions.start_new_version)
        if problem:
            QMessageBox.warning(w, tr("Uutta versiota ei aloitettu"), problem[:1].upper() + problem[1:] + ".")

    def selected_indicator(self) -> Indicator | None:
        w = self.window
        if w.pages.currentWidget() is not w.focus_area_page:
            return None
        table = w.focus_area_page.table
        row = table.model.row_object(table.current_row()) if table.current_row() >= 0 else None
        return row if isinstance(row, Indicator) else None

    def mark_selected_reviewed(self) -> None:
        ind = self.selected_indicator()
        if ind is not None and ind.target_review:
            self.window.stack.push(MarkReviewedCommand(self.window.doc, {ind.id},
                                                       tr("Merkitse tavoite tarkistetuksi: {0}").format(ind.name)))

    def mark_all_reviewed(self) -> None:
        self.window.stack.push(MarkReviewedCommand(self.window.doc, None))
