"""Forms for the statement's details and for each kind of body item.

Every edit becomes an undo command on the window's stack (the programme
editor's :class:`desktop.commands.SetFieldCommand`; typing merges into one
step). When a command changes an object the form shows, the form refreshes
without emitting edits of its own.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import SetFieldCommand
from desktop.i18n import N_
from desktop.statements.document import StatementDocument
from desktop.table_keys import ExcelTableWidget
from planner.resources import is_builtin_reference
from planner.statements.model import (
    Answer,
    Comment,
    ProposedIndicator,
    Section,
    Signatory,
    SourceKind,
    format_date_fi,
    parse_date_fi,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("StatementEditors", text)


class _Form(QWidget):
    """A form over one object: fields bound by name, refreshed on the document's ``changed``."""

    def __init__(self, doc: StatementDocument, push: Callable[[Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.push = push
        self.obj: Any = None
        self._bindings: list[tuple[QWidget, Callable[[], Any], str]] = []
        self._loading = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: list[tuple[QLabel, str]] = []
        doc.changed.connect(self._on_changed)

    def add_row(self, label: str, widget: QWidget, name: str, owner: Callable[[], Any] | None = None) -> QWidget:
        lab = QLabel()
        self.labels.append((lab, label))
        lab.setText(tr(label))
        lab.setBuddy(widget)  # screen readers announce the field by its label
        widget.setAccessibleName(tr(label).rstrip(":"))
        widget.setObjectName(name)
        self.form.addRow(lab, widget)
        get_owner = owner or (lambda: self.obj)
        self._bindings.append((widget, get_owner, name))
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text, w=widget: self._edited(w, text))
        elif isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(lambda w=widget: self._edited(w, w.toPlainText()))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda on, w=widget: self._edited(w, on))
        return widget

    def _edited(self, widget: QWidget, value: Any) -> None:
        if self._loading or self.obj is None:
            return
        for w, get_owner, name in self._bindings:
            if w is widget:
                owner = get_owner()
                if getattr(owner, name) != value:
                    self.push(SetFieldCommand(self.doc, owner, name, value, tr("Muokkaa: {0}").format(
                        self._label_of(widget))))
                return

    def _label_of(self, widget: QWidget) -> str:
        label = self.form.labelForField(widget)
        return label.text().rstrip(":") if isinstance(label, QLabel) else ""

    def set_object(self, obj: Any) -> None:
        self.obj = obj
        self.load()

    def load(self) -> None:
        if self.obj is None:
            return
        self._loading = True
        try:
            for widget, get_owner, name in self._bindings:
                value = getattr(get_owner(), name)
                if isinstance(widget, QLineEdit) and widget.text() != value:
                    widget.setText(value)
                elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != value:
                    widget.setPlainText(value)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
            self.load_extra()
        finally:
            self._loading = False

    def load_extra(self) -> None:
        """Subclasses refresh what is not a simple bound field."""

    def _on_changed(self, obj: Any) -> None:
        if self.obj is not None and (obj is self.obj or obj is getattr(self.obj, "source", None)):
            self.load()

    def retranslate_ui(self) -> None:
        for lab, text in self.labels:
            lab.setText(tr(text))
            if lab.buddy() is not None:
                lab.buddy().setAccessibleName(tr(text).rstrip(":"))


def _plain(min_height: int = 60) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setMinimumHeight(min_height)
    if min_height < 60:  # a few lines (addressee, opening): do not eat the form's height
        w.setMaximumHeight(min_height * 2)
    return w


class HeaderForm(_Form):
    """The statement's details: who, when, to whom, on what, signatories."""

    def __init__(self, doc: StatementDocument, push, parent=None) -> None:
        super().__init__(doc, push, parent)
        self.add_row(N_("Lausunnon antaja"), QLineEdit(), "organisation")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("date")
        self.date_edit.setPlaceholderText(tr("pp.kk.vvvv"))
        self.date_edit.editingFinished.connect(self._date_done)
        self.date_hint = QLabel()
        self.date_hint.setStyleSheet("color: #a00000;")
        lab = QLabel(tr("Päivämäärä"))
        lab.setBuddy(self.date_edit)
        self.labels.append((lab, "Päivämäärä"))
        row = QHBoxLayout()
        row.addWidget(self.date_edit)
        row.addWidget(self.date_hint, 1)
        self.form.addRow(lab, row)
        self.add_row(N_("Diaarinumero (dnro)"), QLineEdit(), "diary_number")
        self.add_row(N_("Asianumero (Asia:)"), QLineEdit(), "case_number")
        self.add_row(N_("Viite (lausuntopyyntö)"), QLineEdit(), "request_reference")
        self.add_row(N_("Otsikko / asia"), QLineEdit(), "subject")
        self.add_row(N_("Vastaanottaja"), _plain(44), "addressee")
        self.source_kind = QComboBox()
        self.source_kind.setObjectName("source_kind")
        self.source_kind.currentIndexChanged.connect(self._kind_chosen)
        lab = QLabel(tr("Lausunto koskee"))
        self.labels.append((lab, "Lausunto koskee"))
        self.form.addRow(lab, self.source_kind)
        self.add_row(N_("Lausuntopyynnön tai ohjelman nimi"), QLineEdit(), "title", owner=lambda: self.obj.source)
        self.programme_label = QLabel()
        self.programme_label.setWordWrap(True)
        self.programme_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab = QLabel(tr("Ohjelmatiedosto"))
        self.labels.append((lab, "Ohjelmatiedosto"))
        self.form.addRow(lab, self.programme_label)
        self.add_row(N_("Liitteen tunnus"), QLineEdit(), "appendix_label")
        self.add_row(N_("Johdanto"), _plain(44), "opening")
        self.signatories = ExcelTableWidget(0, 2)
        self.signatories.setObjectName("signatories")
        self.signatories.setMinimumHeight(90)
        self.signatories.itemChanged.connect(self._signatory_edited)
        self.add_sig = QPushButton()
        self.add_sig.clicked.connect(self._add_signatory)
        self.remove_sig = QPushButton()
        self.remove_sig.clicked.connect(self._remove_signatory)
        sig_box = QVBoxLayout()
        sig_box.addWidget(self.signatories)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_sig)
        buttons.addWidget(self.remove_sig)
        buttons.addStretch(1)
        sig_box.addLayout(buttons)
        lab = QLabel(tr("Allekirjoittajat"))
        lab.setBuddy(self.signatories)
        self.labels.append((lab, "Allekirjoittajat"))
        self.form.addRow(lab, sig_box)
        self.attachments = _plain(44)
        self.attachments.setObjectName("attachments")
        self.attachments.setTabChangesFocus(True)
        self.attachments.textChanged.connect(self._attachments_edited)
        lab = QLabel(tr("Liitteet (yksi riville)"))
        lab.setBuddy(self.attachments)  # named by its label for screen readers (see _Form.retranslate_ui)
        self.labels.append((lab, "Liitteet (yksi riville)"))
        self.form.addRow(lab, self.attachments)
        # What the letter still lacks (planner.statements.checks), named by the form's own labels.
        self.missing = QLabel()
        self.missing.setObjectName("letter_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a5a00;")
        outer = QVBoxLayout(self)
        outer.addWidget(self.missing)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._loading = True
        current = self.source_kind.currentIndex()
        self.source_kind.clear()
        for kind, text in ((SourceKind.CONSULTATION, tr("Lausuntopyyntö")), (SourceKind.PROGRAMME, tr("Ohjelma")),
                           (SourceKind.OTHER, tr("Muu"))):
            self.source_kind.addItem(text, kind)
        self.source_kind.setCurrentIndex(max(current, 0))
        self._loading = False
        self.signatories.setHorizontalHeaderLabels([tr("Nimi"), tr("Tehtävänimike")])
        self.signatories.horizontalHeader().setStretchLastSection(True)
        self.signatories.setColumnWidth(0, 220)
        self.add_sig.setText(tr("Lisää allekirjoittaja"))
        self.remove_sig.setText(tr("Poista valittu"))
        self.date_edit.setPlaceholderText(tr("pp.kk.vvvv"))
        self.load()

    def load_extra(self) -> None:
        s = self.obj
        shown = format_date_fi(s.date)
        if not self.date_edit.hasFocus() and self.date_edit.text() != shown:
            self.date_edit.setText(shown)
        idx = self.source_kind.findData(s.source.kind)
        self.source_kind.setCurrentIndex(max(idx, 0))
        if is_builtin_reference(s.source.programme_path):
            self.programme_label.setText(tr("sisäänrakennettu esimerkkiohjelma"))
        else:
            self.programme_label.setText(s.source.programme_path or tr("(ei ohjelmatiedostoa)"))
        self.signatories.blockSignals(True)
        self.signatories.setRowCount(len(s.signatories))
        for r, g in enumerate(s.signatories):
            self.signatories.setItem(r, 0, QTableWidgetItem(g.name))
            self.signatories.setItem(r, 1, QTableWidgetItem(g.title))
        self.signatories.blockSignals(False)
        shown_attachments = "\n".join(s.attachments)
        if self.attachments.toPlainText() != shown_attachments and not self.attachments.hasFocus():
            self.attachments.setPlainText(shown_attachments)
        self._show_missing()

    MISSING_LABELS = {
        "organisation": N_("Lausunnon antaja"),
        "date": N_("Päivämäärä"),
        "diary_number": N_("Diaarinumero (dnro)"),
        "addressee": N_("Vastaanottaja"),
        "request_reference": N_("Viite (lausuntopyyntö)"),
        "signatories": N_("Allekirjoittajat"),
        "attachments": N_("Liitteet (yksi riville)"),
    }

    def _show_missing(self) -> None:
        from planner.statements.checks import check_statement

        fields: list[str] = []
        for f in check_statement(self.obj):
            if f.field not in fields:
                fields.append(f.field)
        names = []
        for f in fields:
            label = self.MISSING_LABELS.get(f)
            if label:
                names.append(tr(label))
        self.missing.setText(tr("Kirjeestä puuttuu tai on tarkistettava: {0}").format(", ".join(names))
                             if names else "")
        self.missing.setVisible(bool(names))

    def _attachments_edited(self) -> None:
        if self._loading or self.obj is None:
            return
        lines = self.attachments.toPlainText().split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        if lines != self.obj.attachments:
            self.push(SetFieldCommand(self.doc, self.obj, "attachments", lines, tr("Muokkaa liitteitä")))

    def _date_done(self) -> None:
        if self._loading or self.obj is None:
            return
        text = self.date_edit.text().strip()
        iso = parse_date_fi(text) if text else ""
        if iso is None:
            self.date_hint.setText(tr("Kirjoita päivämäärä muodossa 30.6.2026"))
            return
        self.date_hint.setText("")
        if iso != self.obj.date:
            self.push(SetFieldCommand(self.doc, self.obj, "date", iso, tr("Muokkaa: päivämäärä")))

    def _kind_chosen(self, _index: int) -> None:
        if self._loading or self.obj is None:
            return
        kind = self.source_kind.currentData()
        if kind is not None and kind != self.obj.source.kind:
            self.push(SetFieldCommand(self.doc, self.obj.source, "kind", kind, tr("Muokkaa: lausunto koskee")))

    def _signatories_now(self) -> list[Signatory]:
        out = []
        for r in range(self.signatories.rowCount()):
            name = self.signatories.item(r, 0)
            title = self.signatories.item(r, 1)
            out.append(Signatory(name.text() if name else "", title.text() if title else ""))
        return out

    def _signatory_edited(self, _item) -> None:
        if self._loading or self.obj is None:
            return
        new = self._signatories_now()
        if new != self.obj.signatories:
            self.push(SetFieldCommand(self.doc, self.obj, "signatories", new, tr("Muokkaa allekirjoittajia")))

    def _add_signatory(self) -> None:
        new = [*copy.deepcopy(self.obj.signatories), Signatory()]
        self.push(SetFieldCommand(self.doc, self.obj, "signatories", new, tr("Lisää allekirjoittaja")))
        self.signatories.setCurrentCell(len(new) - 1, 0)
        self.signatories.editItem(self.signatories.item(len(new) - 1, 0))

    def _remove_signatory(self) -> None:
        row = self.signatories.currentRow()
        if row < 0 or row >= len(self.obj.signatories):
            return
        new = copy.deepcopy(self.obj.signatories)
        del new[row]
        self.push(SetFieldCommand(self.doc, self.obj, "signatories", new, tr("Poista allekirjoittaja")))


class AnswerForm(_Form):
    def __init__(self, doc, push, parent=None) -> None:
        super().__init__(doc, push, parent)
        self.add_row(N_("Numero"), QLineEdit(), "number")
        self.add_row(N_("Otsikko lausuntopyynnössä"), QLineEdit(), "title")
        self.add_row(N_("Kysymys"), _plain(44), "question")
        self.add_row(N_("Vastaus"), _plain(220), "answer")
        self.add_row(N_("Loppukysymys (”Mitä muuta…”)"), QCheckBox(), "closing")
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)


class SectionForm(_Form):
    def __init__(self, doc, push, parent=None) -> None:
        super().__init__(doc, push, parent)
        self.add_row(N_("Otsikko"), QLineEdit(), "heading")
        self.add_row(N_("Teksti"), _plain(260), "text")
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)


class CommentForm(_Form):
    """A comment: heading, the quoted programme parts (read-only), the comment text."""

    def __init__(self, doc, push, parent=None) -> None:
        super().__init__(doc, push, parent)
        self.add_row(N_("Otsikko"), QLineEdit(), "heading")
        self.refs = QListWidget()
        self.refs.setObjectName("refs")
        self.refs.setWordWrap(True)
        self.refs.setMaximumHeight(120)
        self.remove_ref = QPushButton()
        self.remove_ref.clicked.connect(self._remove_ref)
        box = QVBoxLayout()
        box.addWidget(self.refs)
        box.addWidget(self.remove_ref, 0, Qt.AlignmentFlag.AlignLeft)
        lab = QLabel(tr("Lainattu ohjelmasta"))
        lab.setBuddy(self.refs)
        self.labels.append((lab, "Lainattu ohjelmasta"))
        self.form.addRow(lab, box)
        self.add_row(N_("Kommentti"), _plain(220), "text")
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.remove_ref.setText(tr("Poista valittu lainaus"))

    def load_extra(self) -> None:
        self.refs.clear()
        for ref in self.obj.refs:
            self.refs.addItem(f"{ref.describe()}\n»{ref.quote}«" if ref.quote else ref.describe())

    def _remove_ref(self) -> None:
        row = self.refs.currentRow()
        if self.obj is None or row < 0:
            return
        new = [r for i, r in enumerate(self.obj.refs) if i != row]
        self.push(SetFieldCommand(self.doc, self.obj, "refs", new, tr("Poista lainaus")))


class ProposedIndicatorForm(_Form):
    def __init__(self, doc, push, related_from_pane: Callable[[], Any], parent=None) -> None:
        super().__init__(doc, push, parent)
        self.related_from_pane = related_from_pane
        self.add_row(N_("Mittarin nimi"), QLineEdit(), "name")
        self.add_row(N_("Perustelu"), _plain(120), "why")
        self.add_row(N_("Ehdotettu lähtötaso"), QLineEdit(), "baseline")
        self.add_row(N_("Ehdotettu tavoite"), QLineEdit(), "target")
        self.related = QLabel()
        self.related.setWordWrap(True)
        self.link = QPushButton()
        self.link.clicked.connect(self._link)
        self.unlink = QPushButton()
        self.unlink.clicked.connect(self._unlink)
        box = QVBoxLayout()
        box.addWidget(self.related)
        row = QHBoxLayout()
        row.addWidget(self.link)
        row.addWidget(self.unlink)
        row.addStretch(1)
        box.addLayout(row)
        lab = QLabel(tr("Liittyy ohjelman kohtaan"))
        self.labels.append((lab, "Liittyy ohjelman kohtaan"))
        self.form.addRow(lab, box)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.link.setText(tr("Liitä ohjelmassa valittuun kohtaan"))
        self.unlink.setText(tr("Poista liitos"))
        self.load()

    def load_extra(self) -> None:
        rel = self.obj.related
        self.related.setText(rel.describe() if rel else tr("(ei liitetty)"))

    def _link(self) -> None:
        ref = self.related_from_pane()
        if ref is not None and self.obj is not None:
            self.push(SetFieldCommand(self.doc, self.obj, "related", copy.deepcopy(ref), tr("Liitä mittari")))

    def _unlink(self) -> None:
        if self.obj is not None and self.obj.related is not None:
            self.push(SetFieldCommand(self.doc, self.obj, "related", None, tr("Poista liitos")))


FORM_FOR = {Answer: AnswerForm, Comment: CommentForm, Section: SectionForm, ProposedIndicator: ProposedIndicatorForm}
