"""The focus area page: texts, the three bullet groups, the indicator table and links."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from desktop.document import ProgrammeDocument
from desktop.i18n import N_
from desktop.labels import bullet_group_label
from desktop.programme.editors.indicator_table import IndicatorTableEditor
from desktop.programme.editors.page import EditorPage, line_edit, set_label, text_box
from desktop.programme.editors.tag_checklist import TagChecklist
from desktop.programme.editors.text_list_editor import TextListEditor
from planner.model import BulletGroup, FocusArea, Indicator


class FocusAreaEditor(EditorPage):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        form = self.new_form()
        self.title_edit = line_edit(self.body)
        self.summary_edit = text_box(self.body, 2)
        self.heading_edit = line_edit(self.body)
        self.description_edit = text_box(self.body, 4)
        self.labels: list[tuple[QLabel, QWidget, str]] = []
        for w, key in ((self.title_edit, N_("Otsikko")), (self.summary_edit, N_("Tiivistelmä (teeman yleiskuvaan)")),
                       (self.heading_edit, N_("Otsikkorivi")), (self.description_edit, N_("Kuvaus"))):
            self.labels.append((self.add_row(form, w), w, key))
        self.binder.line(self.title_edit, "title", lambda: self.tr("otsikko"))
        self.binder.text(self.summary_edit, "summary", lambda: self.tr("tiivistelmä"))
        self.binder.line(self.heading_edit, "heading", lambda: self.tr("otsikkorivi"))
        self.binder.text(self.description_edit, "description", lambda: self.tr("kuvaus"))

        self.bullet_editors: dict[BulletGroup, TextListEditor] = {}
        for group in BulletGroup:
            ed = TextListEditor(doc, stack, lambda g=group: bullet_group_label(g), lambda: self.tr("kohta"), self.body)
            self.bullet_editors[group] = ed
            self.body_layout.addWidget(ed)
        self.table = IndicatorTableEditor(doc, stack, self.body)
        self.body_layout.addWidget(self.table)
        # Links of the indicator selected in the table (the same checklist as the focus area's below).
        self.indicator_tags_label = QLabel(self.body)
        self.indicator_tags_label.setWordWrap(True)
        self.indicator_tags = TagChecklist(doc, stack, self.body)
        self.indicator_tags_label.setBuddy(self.indicator_tags)
        self.body_layout.addWidget(self.indicator_tags_label)
        self.body_layout.addWidget(self.indicator_tags)
        self.table.view.selectionModel().currentChanged.connect(lambda *_: self._update_indicator_tags())
        for signal in (self.table.model.modelReset, self.table.model.rowsInserted, self.table.model.rowsRemoved,
                       self.table.model.rowsMoved, self.table.model.dataChanged):
            signal.connect(lambda *_: self._update_indicator_tags())
        self.tags_label = QLabel(self.body)
        self.tags = TagChecklist(doc, stack, self.body)
        self.tags_label.setBuddy(self.tags)
        self.body_layout.addWidget(self.tags_label)
        self.body_layout.addWidget(self.tags)
        self.body_layout.addStretch(1)
        self.binder.custom(self._refresh_heading)
        self.retranslate_ui()

    def _refresh_heading(self) -> None:
        fa = self.obj
        self.heading.setText(self.tr("Tavoite: {0}").format(fa.title or self.tr("(nimetön)")) if fa else "")

    def current_indicator(self) -> Indicator | None:
        """The indicator of the table's current row (None for no row or a cross-reference row)."""
        row = self.table.current_row()
        obj = self.table.model.row_object(row) if row >= 0 else None
        return obj if isinstance(obj, Indicator) else None

    def _update_indicator_tags(self) -> None:
        ind = self.current_indicator()
        if ind is not self.indicator_tags.obj:
            self.indicator_tags.set_object(ind)
        self.indicator_tags.setVisible(ind is not None)
        if ind is None:
            self.indicator_tags_label.setText(
                self.tr("Valitse mittari taulukosta, niin voit liittää sen kärkiin ja kohderyhmiin."))
        else:
            name = ind.name or self.tr("(nimetön)")
            self.indicator_tags_label.setText(self.tr("Kärjet ja kohderyhmät, joihin mittari \u201d{0}\u201d liittyy")
                                              .format(name))
        self.indicator_tags.setAccessibleName(self.indicator_tags_label.text())

    def retranslate_ui(self) -> None:
        for label, w, key in self.labels:
            set_label(label, w, self.tr(key))
        self.tags_label.setText(self.tr("Kärjet ja kohderyhmät, joihin tavoite liittyy"))
        self.tags.setAccessibleName(self.tags_label.text())
        self._update_indicator_tags()
        if self.obj is not None:
            self._refresh_heading()

    def set_object(self, obj: Any) -> None:
        assert obj is None or isinstance(obj, FocusArea)
        super().set_object(obj)
        for group, ed in self.bullet_editors.items():
            ed.bind(obj, (lambda g=group: obj.bullets(g)) if obj is not None else None)
        self.table.set_focus_area(obj)
        self.tags.set_object(obj)
        self._update_indicator_tags()
