"""The statement editor window.

Left: the statement's parts (details, then the body items in order). Middle:
the form of the chosen part. Right: the programme the statement comments on,
read-only; choosing a spearhead, focus area or indicator there inserts a
comment that quotes it.

File handling (unsaved state, Save / Save as, autosave to a recovery file,
crash recovery, lock file, the Save/Discard/Cancel question) is the programme
editor's :class:`desktop.session.DocumentSession`; edits are the programme
editor's undo commands (:mod:`desktop.commands`); language switching is
:mod:`desktop.i18n`.
"""

from __future__ import annotations

import copy
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import InsertCommand, MoveCommand, RemoveCommand
from desktop.error_text import file_error_text
from desktop.i18n import LANGUAGE_NAMES, Retranslatable, language_manager
from desktop.labels import statement_item_label
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.statements.document import StatementDocument
from desktop.statements.editors import FORM_FOR, HeaderForm
from desktop.statements.programme_pane import ProgrammePane
from desktop.statements.questions_dialog import QuestionsDialog
from desktop.tasks import TaskControl, TaskRunner
from planner.fileformat import load_programme
from planner.model import Programme
from planner.resources import resolve_programme_reference
from planner.statements import fileformat as sfile
from planner.statements.model import (
    Answer,
    Comment,
    ProgrammeRef,
    ProposedIndicator,
    RefKind,
    Section,
    Source,
    SourceKind,
    Statement,
    item_kind,
)
from planner.statements.quotes import check_refs
from planner.storage.json_file import FileFormatError

HEADER_ROW = "header"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "docx": "Word (*.docx)",
    "txt": "Teksti lausuntopalvelu.fi:hin (*.txt)",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("StatementWindow", text)


def _export(statement: Statement, control: TaskControl, fmt: str, out: Path) -> str:
    """The export task, on the worker's copy of the statement."""
    from planner.statements.export import export_statement

    export_statement(statement, fmt, out)
    return str(out)


def _failure_text(exc: BaseException) -> str:
    from planner.storage.export_target import ExportTargetError

    if isinstance(exc, ExportTargetError):
        return str(exc)
    if isinstance(exc, OSError):
        from desktop.error_text import os_error_text

        return os_error_text(exc)
    return f"{exc.__class__.__name__}: {exc}"


class StatementWindow(Retranslatable, QMainWindow):
    """Edit one statement. ``export_finished(path, error)`` tells when an export is written."""

    export_finished = Signal(str, str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.doc = StatementDocument(Statement(), self)
        self.programme: Programme | None = None
        self.session = DocumentSession(
            self, kind=sfile.FORMAT_NAME, serialize=lambda: sfile.dumps(self.doc.statement),
            write=lambda path: sfile.save_statement(self.doc.statement, path),
            file_filter=tr("Lausunto (*.lausunto.json);;Kaikki tiedostot (*)"), suffix=sfile.FILE_SUFFIX,
            settings=self.settings, untitled_name=tr("lausunto"), reload=lambda path: self.open_file(str(path)))
        self.session.state_changed.connect(self._update_title)
        self.undo_stack = self.session.undo_stack
        self._exports: list[TaskRunner] = []  # one runner per export under way

        # Left: the parts of the statement.
        self.items = QListWidget()
        self.items.setObjectName("statementItems")
        self.items.currentRowChanged.connect(self._item_chosen)
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setSpacing(2)
        self.add_question_button = QPushButton()
        self.add_question_button.clicked.connect(lambda: self.add_item(Answer()))
        self.add_section_button = QPushButton()
        self.add_section_button.clicked.connect(lambda: self.add_item(Section()))
        self.add_proposal_button = QPushButton()
        self.add_proposal_button.setObjectName("addProposal")
        self.add_proposal_button.clicked.connect(lambda: self.add_item(ProposedIndicator()))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(4, 4, 4, 4)
        self.items_label = QLabel()
        self.items_label.setStyleSheet("font-weight: bold;")
        ll.addWidget(self.items_label)
        ll.addWidget(self.items, 1)
        for b in (self.add_question_button, self.add_section_button, self.add_proposal_button, self.remove_button):
            ll.addWidget(b)

        # Middle: the form of the chosen part.
        push = self.undo_stack.push
        self.header_form = HeaderForm(self.doc, push)
        self.forms = {cls: (form_cls(self.doc, push, self._pane_ref) if cls is ProposedIndicator
                            else form_cls(self.doc, push)) for cls, form_cls in FORM_FOR.items()}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.header_form)
        for form in self.forms.values():
            self.stack.addWidget(form)
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(8, 4, 8, 4)
        ml.addWidget(self.form_title)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        ml.addWidget(scroll, 1)

        # Right: the programme, read-only.
        self.pane = ProgrammePane()
        self.pane.comment_requested.connect(self.insert_comment)
        self.pane.hide()

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.pane)
        self.splitter.setSizes([260, 620, 380])
        self.splitter.setStretchFactor(1, 1)
        central = QWidget()
        cl = QHBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.splitter)
        self.setCentralWidget(central)
        # F6 / Shift+F6: the next / previous pane (parts, form, programme), as in the programme editor.
        self.act_next_pane = self._action(lambda: self.cycle_pane(1), QKeySequence("F6"), "nextPane")
        self.act_previous_pane = self._action(lambda: self.cycle_pane(-1), QKeySequence("Shift+F6"), "previousPane")
        self.addActions([self.act_next_pane, self.act_previous_pane])

        self.doc.structure_changed.connect(self._rebuild_list)
        self.doc.changed.connect(self._item_text_changed)
        self.doc.select_requested.connect(self.select_object)
        self._make_actions()
        self.retranslate_ui()
        self._rebuild_list()
        self.items.setCurrentRow(0)
        self.resize(1300, 820)

    # -- actions and menus --------------------------------------------------------------

    def _action(self, slot, shortcut=None, name: str = "") -> QAction:
        a = QAction(self)
        a.triggered.connect(slot)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.setObjectName(name)
        return a

    def _make_actions(self) -> None:
        self.act_new = self._action(self.new_blank, QKeySequence.StandardKey.New, "newBlank")
        self.act_new_consultation = self._action(self.new_on_consultation, None, "newConsultation")
        self.act_new_programme = self._action(lambda: self.new_on_programme(), None, "newProgramme")
        self.act_open = self._action(lambda: self.open_file(), QKeySequence.StandardKey.Open, "open")
        self.act_example_m = self._action(lambda: self.open_example("mantsala"), None, "exampleMantsala")
        self.act_example_k = self._action(lambda: self.open_example("mikkeli"), None, "exampleMikkeli")
        self.act_save = self._action(self.session.save, QKeySequence.StandardKey.Save, "save")
        self.act_save_as = self._action(self.session.save_as, QKeySequence.StandardKey.SaveAs, "saveAs")
        self.act_export = {fmt: self._action(lambda _=False, f=fmt: self.export(f), None, f"export_{fmt}")
                           for fmt in EXPORT_FILTERS}
        self.act_close = self._action(self.close, QKeySequence.StandardKey.Close, "close")
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_questions = self._action(self.add_questions, None, "addQuestions")
        self.act_open_programme = self._action(lambda: self.choose_programme(), None, "openProgramme")
        self.act_up = self._action(lambda: self.move_current(-1), QKeySequence("Ctrl+Up"), "moveUp")
        self.act_down = self._action(lambda: self.move_current(1), QKeySequence("Ctrl+Down"), "moveDown")
        self.lang_group = QActionGroup(self)
        self.act_lang = {}
        for code, name in LANGUAGE_NAMES.items():
            a = QAction(name, self, checkable=True)
            a.setChecked(code == language_manager().language)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.lang_group.addAction(a)
            self.act_lang[code] = a
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_new = self.menu_file.addMenu("")
        self.menu_new.addActions([self.act_new, self.act_new_consultation, self.act_new_programme])
        self.menu_file.addAction(self.act_open)
        self.menu_examples = self.menu_file.addMenu("")
        self.menu_examples.addActions([self.act_example_m, self.act_example_k])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_export = self.menu_file.addMenu("")
        self.menu_export.addActions(list(self.act_export.values()))
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_close)
        self.menu_edit = mb.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_questions, self.act_open_programme, self.act_up, self.act_down])
        self.menu_lang = mb.addMenu("")
        self.menu_lang.addActions(list(self.act_lang.values()))

    def panes(self) -> list[QWidget]:
        """The panes F6 moves between: the parts list, the form of the chosen part, the programme (if shown)."""
        return [self.splitter.widget(i) for i in range(self.splitter.count()) if self.splitter.widget(i).isVisible()]

    def cycle_pane(self, step: int) -> None:
        from desktop.focus import focus_first_in

        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next((i for i, w in enumerate(panes) if focus is not None and (w is focus or w.isAncestorOf(focus))),
                       -1)
        for k in range(1, len(panes) + 1):
            if focus_first_in(panes[(current + step * k) % len(panes)]):
                return

    def retranslate_ui(self) -> None:
        self.menu_file.setTitle(tr("&Tiedosto"))
        self.items.setAccessibleName(tr("Lausunnon osat"))
        self.menu_new.setTitle(tr("&Uusi lausunto"))
        self.act_new.setText(tr("&Tyhjä lausunto"))
        self.act_new_consultation.setText(tr("Lausunto &lausuntopyyntöön…"))
        self.act_new_programme.setText(tr("Lausunto &ohjelmasta…"))
        self.act_open.setText(tr("&Avaa…"))
        self.menu_examples.setTitle(tr("&Esimerkkilausunnot"))
        self.act_example_m.setText(tr("&Mäntsälän kunta: lausunto ohjelmasta"))
        self.act_example_k.setText(tr("Mi&kkelin kaupunki: lausunto VN/37864/2025"))
        self.act_save.setText(tr("&Tallenna"))
        self.act_save_as.setText(tr("Tallenna toisella &nimellä…"))
        self.menu_export.setTitle(tr("&Vie"))
        self.act_export["pdf"].setText(tr("&PDF…"))
        self.act_export["docx"].setText(tr("&Word (.docx)…"))
        self.act_export["txt"].setText(tr("&Teksti lausuntopalvelu.fi:hin (.txt)…"))
        self.act_close.setText(tr("&Sulje"))
        self.menu_edit.setTitle(tr("&Muokkaa"))
        self.act_undo.setText(tr("&Kumoa"))
        self.act_redo.setText(tr("&Tee uudelleen"))
        self.act_questions.setText(tr("&Lisää kysymyksiä lausuntopyynnöstä…"))
        self.act_open_programme.setText(tr("&Avaa kommentoitava ohjelma…"))
        self.act_up.setText(tr("Siirrä kohta &ylös"))
        self.act_down.setText(tr("&Siirrä kohta alas"))
        self.menu_lang.setTitle(tr("&Kieli"))
        # Language names stay in their own language, each with its own accelerator.
        for code, text in {"fi": "&suomi", "sv": "s&venska", "en": "&English"}.items():
            if code in self.act_lang:
                self.act_lang[code].setText(text)
        self.items_label.setText(tr("Lausunnon osat"))
        self.add_question_button.setText(tr("+ Kysymys ja vastaus"))
        self.add_section_button.setText(tr("+ Vapaa jakso"))
        self.add_proposal_button.setText(tr("+ Ehdotettu mittari"))
        self.remove_button.setText(tr("Poista valittu kohta"))
        self.header_form.retranslate_ui()
        for form in self.forms.values():
            form.retranslate_ui()
        self.pane.retranslate_ui()
        self._rebuild_list()
        self._update_title()

    def set_language(self, code: str) -> None:
        language_manager().apply(code)
        self.settings.set(Settings.language, code)
        self.retranslate_ui()

    def _update_title(self) -> None:
        self.setWindowTitle(self.session.window_title(tr("Lausunto")))
        self.setWindowModified(self.session.is_modified)

    # -- the list of parts --------------------------------------------------------------------

    def _item_label(self, item) -> str:
        kind = statement_item_label(item_kind(item))
        if isinstance(item, Answer):
            text = item.heading or item.question
        elif isinstance(item, ProposedIndicator):
            text = item.name
        elif isinstance(item, Comment):
            text = item.heading or (item.refs[0].label if item.refs else "") or item.text
        else:
            text = item.heading or item.text
        text = " ".join(text.split())
        if len(text) > 70:
            text = text[:69] + "…"
        return f"{kind}: {text}" if text else kind

    def _rebuild_list(self) -> None:
        current = self.current_object()
        self.items.blockSignals(True)
        self.items.clear()
        head = QListWidgetItem(tr("Lausunnon tiedot"))
        head.setData(ITEM_ROLE, HEADER_ROW)
        self.items.addItem(head)
        for item in self.doc.statement.items:
            row = QListWidgetItem(self._item_label(item))
            row.setData(ITEM_ROLE, item.id)
            row.setToolTip(self._item_label(item))
            self.items.addItem(row)
        self.items.blockSignals(False)
        self.select_object(current if current is not None else self.doc.statement)

    def _item_text_changed(self, obj) -> None:
        for row in range(1, self.items.count()):
            it = self.items.item(row)
            if it.data(ITEM_ROLE) == getattr(obj, "id", None):
                it.setText(self._item_label(obj))

    def current_object(self):
        row = self.items.currentItem()
        if row is None:
            return None
        key = row.data(ITEM_ROLE)
        if key == HEADER_ROW:
            return self.doc.statement
        return self.doc.statement.find_item(key)

    def select_object(self, obj) -> None:
        target = HEADER_ROW if obj is self.doc.statement or obj is None else getattr(obj, "id", HEADER_ROW)
        for row in range(self.items.count()):
            if self.items.item(row).data(ITEM_ROLE) == target:
                if self.items.currentRow() != row:
                    self.items.setCurrentRow(row)
                else:
                    self._item_chosen(row)
                return
        self.items.setCurrentRow(0)

    def _item_chosen(self, _row: int) -> None:
        obj = self.current_object()
        if obj is None or obj is self.doc.statement:
            self.header_form.set_object(self.doc.statement)
            self.stack.setCurrentWidget(self.header_form)
            self.form_title.setText(tr("Lausunnon tiedot"))
            return
        form = self.forms[type(obj)]
        form.set_object(obj)
        self.stack.setCurrentWidget(form)
        self.form_title.setText(statement_item_label(item_kind(obj)))

    def _insert_index(self) -> int:
        obj = self.current_object()
        items = self.doc.statement.items
        if obj is None or obj is self.doc.statement:
            return len(items)
        return items.index(obj) + 1

    def add_item(self, item, index: int | None = None) -> None:
        s = self.doc.statement
        where = self._insert_index() if index is None else index
        self.undo_stack.push(InsertCommand(self.doc, s, s.items, where, item,
                                           tr("Lisää: {0}").format(statement_item_label(item_kind(item)))))

    def remove_current(self) -> None:
        obj = self.current_object()
        if obj is None or obj is self.doc.statement:
            return
        s = self.doc.statement
        self.undo_stack.push(RemoveCommand(self.doc, s, s.items, s.items.index(obj), tr("Poista kohta")))

    def move_current(self, step: int) -> None:
        obj = self.current_object()
        if obj is None or obj is self.doc.statement:
            return
        s = self.doc.statement
        i = s.items.index(obj)
        j = i + step
        if 0 <= j < len(s.items):
            self.undo_stack.push(MoveCommand(self.doc, s, s.items, i, j, tr("Siirrä kohta")))

    # -- programme ---------------------------------------------------------------------------

    def _pane_ref(self) -> ProgrammeRef | None:
        return self.pane.current_ref() if self.programme is not None else None

    def insert_comment(self, ref: ProgrammeRef) -> Comment:
        """Insert a comment section quoting ``ref`` after the chosen part, and show it."""
        ref = copy.deepcopy(ref)
        heading = ref.label if ref.kind is not RefKind.INDICATOR_SET else tr("Mittaristo")
        comment = Comment(heading=heading, refs=[ref])
        self.add_item(comment)
        return comment

    def set_programme(self, programme: Programme | None, path: str = "") -> None:
        self.programme = programme
        self.pane.set_programme(programme)
        self.pane.setVisible(programme is not None or bool(path))
        if programme is None and path:
            self.pane.set_note(tr("Ohjelmatiedostoa ei voitu avata: {0}. Lainaukset on tallennettu lausuntoon, "
                                  "joten lausunto on luettavissa ja vietävissä. Avaa ohjelma valikosta Muokkaa.")
                               .format(path))
            return
        if programme is not None:
            stale = [st for st in check_refs(self.doc.statement, programme) if not st.same_quote]
            self.pane.set_note(QCoreApplication.translate(
                "StatementWindow", "%n lainausta poikkeaa ohjelman nykyisestä tekstistä; lausunnossa on lainaus "
                "sellaisena kuin se kommentoitaessa oli.", None, len(stale)) if stale else "")

    def _load_programme_file(self, path: str) -> Programme | None:
        try:
            return load_programme(path)
        except FileFormatError as exc:
            QMessageBox.warning(self, tr("Ohjelmaa ei voi avata"), file_error_text(exc))
            return None

    def _ask_programme_path(self, title: str) -> str:
        """A programme file chosen by the user ("" when cancelled)."""
        path, _f = QFileDialog.getOpenFileName(self, title, self.settings.get(Settings.last_folder),
                                               tr("Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)"))
        return path

    def choose_programme(self, path: str | None = None) -> bool:
        path = path or self._ask_programme_path(tr("Avaa kommentoitava ohjelma"))
        programme = self._load_programme_file(path) if path else None
        if programme is None:
            return False
        s = self.doc.statement
        from desktop.commands import SetFieldCommand

        new_source = Source(SourceKind.PROGRAMME, s.source.title or ", ".join(
            x for x in (programme.title, programme.area) if x), str(Path(path).resolve()))
        self.undo_stack.push(SetFieldCommand(self.doc, s, "source", new_source, tr("Valitse ohjelma")))
        self.set_programme(programme)
        return True

    # -- new, open, examples --------------------------------------------------------------------

    def _replace(self, statement: Statement, path: str | None, *, untitled_name: str = "",
                 read_only: bool = False, modified: bool = False) -> None:
        self.doc.replace(statement)
        self.session.set_document(path, read_only=read_only, modified=modified, untitled_name=untitled_name)
        self._show_statement(statement)

    def _show_statement(self, statement: Statement) -> None:
        """The statement in the window, with the programme it refers to beside it when that file opens."""
        if statement is not self.doc.statement:
            self.doc.replace(statement)
        programme = None
        prog_path = statement.source.programme_path
        prog_file = resolve_programme_reference(prog_path)
        if prog_file is not None and prog_file.is_file():
            try:
                programme = load_programme(prog_file)
            except FileFormatError:
                programme = None
        self.set_programme(programme, prog_path)
        self.select_object(statement)

    def new_blank(self) -> bool:
        if not self.session.maybe_save():
            return False
        self._replace(Statement(), None, untitled_name=tr("lausunto"))
        return True

    def new_on_consultation(self, text: str | None = None, path: str | None = None) -> bool:
        """A new statement whose items are the questions of a consultation request."""
        if not self.session.maybe_save():
            return False
        dialog = QuestionsDialog(self)
        if text is not None:
            dialog.set_text(text)
        if path is not None and not dialog.load_file(path):
            return False
        if text is None and path is None and dialog.exec() != QuestionsDialog.DialogCode.Accepted:
            return False
        from planner.statements.from_request import statement_from_request

        statement = statement_from_request(dialog.result_import)
        self._replace(statement, None, untitled_name=tr("lausunto"), modified=True)
        return True

    def add_questions(self) -> None:
        dialog = QuestionsDialog(self)
        if dialog.exec() != QuestionsDialog.DialogCode.Accepted:
            return
        self.undo_stack.beginMacro(tr("Lisää kysymyksiä"))
        for item in dialog.result_import.items:
            self.add_item(item, len(self.doc.statement.items))
        self.undo_stack.endMacro()

    def new_on_programme(self, path: str | None = None) -> bool:
        """A new statement on a programme file; the programme opens beside it."""
        if not self.session.maybe_save():
            return False
        path = path or self._ask_programme_path(tr("Valitse ohjelma, josta annat lausunnon"))
        programme = self._load_programme_file(path) if path else None
        if programme is None:
            return False
        title = ", ".join(x for x in (programme.title, programme.area) if x)
        statement = Statement(source=Source(SourceKind.PROGRAMME, title, str(Path(path).resolve())))
        self._replace(statement, None, untitled_name=tr("lausunto"))
        return True

    def open_file(self, path: str | None = None) -> bool:
        if not self.session.maybe_save():
            return False
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, tr("Avaa lausunto"), self.settings.get(Settings.last_folder),
                                                   tr("Lausunto (*.lausunto.json *.json);;Kaikki tiedostot (*)"))
            if not path:
                return False
        read = self.session.read_file(  # the lock is taken before reading
            path, sfile.load_statement,
            lambda _p, exc: QMessageBox.warning(self, tr("Lausuntoa ei voi avata"), file_error_text(exc)))
        if read is None:
            return False
        statement, read_only = read
        self._replace(statement, path, read_only=read_only)
        self.settings.add_recent_file(str(Path(path).resolve()))
        return True

    def open_example(self, name: str) -> bool:
        from planner.statements.examples import EXAMPLE_TITLES_FI, load_statement_example

        if not self.session.maybe_save():
            return False
        self._replace(load_statement_example(name), None, untitled_name=EXAMPLE_TITLES_FI[name])
        return True

    def recover(self) -> bool:
        """After a crash: offer the newest recovery copy of a statement (call at start)."""
        return self.session.recover(sfile.loads, self._show_statement, tr("palautettu lausunto"))

    # -- export ----------------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> bool:
        """Export in the background; ``export_finished`` tells the result."""
        if path is None:
            base = self.session.path.name.removesuffix(sfile.FILE_SUFFIX) if self.session.path else tr("lausunto")
            folder = Path(self.settings.get(Settings.last_folder) or Path.home())
            path, _f = QFileDialog.getSaveFileName(self, tr("Vie lausunto"), str(folder / f"{base}.{fmt}"),
                                                   EXPORT_FILTERS[fmt])
            if not path:
                return False
        out = Path(path)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        runner = TaskRunner(self)
        runner.finished.connect(lambda written, r=runner: self._export_done(r, written, ""))
        runner.failed.connect(lambda exc, r=runner, p=str(out): self._export_done(r, p, _failure_text(exc)))
        self._exports.append(runner)
        self.statusBar().showMessage(tr("Viedään {0}…").format(out.name))
        runner.start(partial(_export, fmt=fmt, out=out), self.doc.statement)
        return True

    def _export_done(self, runner: TaskRunner, path: str, error: str) -> None:
        self._exports.remove(runner)
        runner.deleteLater()
        if error:
            self.statusBar().clearMessage()
            QMessageBox.critical(self, tr("Vienti epäonnistui"),
                                 tr("Tiedostoa {0} ei voitu kirjoittaa: {1}\n\nValitse toinen kansio tai sulje "
                                    "tiedosto, jos se on auki toisessa ohjelmassa.").format(path, error))
        else:
            from planner.statements.checks import check_statement

            missing = len(check_statement(self.doc.statement))
            if missing:
                # The letter went out, but the user should know it lacks parts (see the details form).
                self.statusBar().showMessage(
                    tr("Viety: {0} – kirjeestä puuttuu {1} tietoa, katso Lausunnon tiedot").format(path, missing),
                    12000)
            else:
                self.statusBar().showMessage(tr("Viety: {0}").format(path), 8000)
        self.export_finished.emit(path, error)

    # -- closing ----------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.session.close_document():
            for runner in list(self._exports):
                runner.wait()  # an export under way is finished before the window can go
            event.accept()
        else:
            event.ignore()
