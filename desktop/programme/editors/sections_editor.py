"""The free-text sections page: the list of sections in print order, and the selected one's fields.

Sections stand before or after the themes; within each place they print in the
order of the list. Moving a section up or down moves it past the neighbour in
the same place; changing its place puts it last in the other place. Every change
is one undo step (the generic commands on ``programme.sections``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.commands import CompoundCommand, InsertCommand, MoveCommand, RemoveCommand, SetFieldCommand
from desktop.document import ProgrammeDocument
from desktop.programme.editors.fields import FieldBinder
from desktop.programme.editors.page import EditorPage, line_edit, set_label, text_box
from desktop.programme.plan_labels import level_label, placement_label
from planner.model import Programme, Section, SectionPlacement


class SectionsEditor(EditorPage):
    structural_fields = ()

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        self.intro = QLabel(self.body)
        self.intro.setWordWrap(True)
        self.body_layout.addWidget(self.intro)
        self.list = QListWidget(self.body)
        self.list.setMinimumHeight(self.fontMetrics().height() * 10)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.body_layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button, self.remove_button = QPushButton(self.body), QPushButton(self.body)
        self.up_button, self.down_button = QPushButton(self.body), QPushButton(self.body)
        for b, slot in ((self.add_button, self.add_section), (self.remove_button, self.remove_section),
                        (self.up_button, lambda: self.move_section(-1)), (self.down_button, lambda: self.move_section(1))):
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        self.body_layout.addLayout(row)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading_edit = line_edit(self.body)
        self.level_combo = QComboBox(self.body)
        self.placement_combo = QComboBox(self.body)
        self.text_edit = text_box(self.body, 16)
        self.heading_label = self.add_row(form, self.heading_edit)
        self.level_label = self.add_row(form, self.level_combo)
        self.placement_label = self.add_row(form, self.placement_combo)
        self.text_label = self.add_row(form, self.text_edit)
        self.body_layout.addLayout(form)
        self.hint = QLabel(self.body)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.body_layout.addWidget(self.hint)
        self.body_layout.addStretch(1)

        self.section_binder = FieldBinder(doc, stack)
        self.section_binder.line(self.heading_edit, "heading", lambda: self.tr("osion otsikko"))
        self.section_binder.text(self.text_edit, "body", lambda: self.tr("osion teksti"))
        self.level_combo.activated.connect(self._level_chosen)
        self.placement_combo.activated.connect(self._placement_chosen)
        self.section_binder.custom(self._refresh_placement)
        doc.changed.connect(self._on_changed)
        doc.structure_changed.connect(self.refresh)
        self.retranslate_ui()

    # -- binding ---------------------------------------------------------------------------

    def set_object(self, obj: Any) -> None:
        super().set_object(obj)
        self.refresh()

    @property
    def programme(self) -> Programme:
        return self.doc.programme

    def ordered(self) -> list[Section]:
        """The sections as printed: those before the themes, then those after, each in list order."""
        p = self.programme
        return p.sections_at(SectionPlacement.BEFORE) + p.sections_at(SectionPlacement.AFTER)

    def current_section(self) -> Section | None:
        item = self.list.currentItem()
        sec = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return sec if isinstance(sec, Section) else None

    def select_section(self, sec: Section | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) is sec:
                self.list.setCurrentRow(i)
                return

    def refresh(self) -> None:
        if self.obj is None:
            return
        current = self.current_section()
        self.list.blockSignals(True)
        self.list.clear()
        previous = None
        for sec in self.ordered():
            if sec.placement is not previous:
                head = QListWidgetItem(placement_label(sec.placement).upper(), self.list)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                previous = sec.placement
            indent = "      " if sec.level == 2 else ""
            item = QListWidgetItem(indent + (sec.heading or self.tr("(nimetön osio)")), self.list)
            item.setData(Qt.ItemDataRole.UserRole, sec)
            item.setToolTip(f"{level_label(sec.level)} · {placement_label(sec.placement)}")
        if self.list.count() == 0:
            empty = QListWidgetItem(self.tr("Ohjelmassa ei ole vielä tekstiosioita."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)
        sections = self.ordered()
        self.select_section(current if current in sections else (sections[0] if sections else None))
        self._show_current()

    def _on_changed(self, obj: Any) -> None:
        """A heading typed: update its line (a new place or level comes as a structure change)."""
        if not isinstance(obj, Section):
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) is obj:
                text = ("      " if obj.level == 2 else "") + (obj.heading or self.tr("(nimetön osio)"))
                if item.text() != text:
                    item.setText(text)

    def _show_current(self) -> None:
        sec = self.current_section()
        self.section_binder.set_object(sec)
        for w in (self.heading_edit, self.level_combo, self.placement_combo, self.text_edit, self.remove_button):
            w.setEnabled(sec is not None)
        if sec is None:
            self.heading_edit.clear()
            self.text_edit.setPlainText("")
        same = [s for s in self.programme.sections if sec is not None and s.placement is sec.placement]
        idx = next((i for i, s in enumerate(same) if s is sec), -1)
        self.up_button.setEnabled(idx > 0)
        self.down_button.setEnabled(0 <= idx < len(same) - 1)

    def _refresh_placement(self) -> None:
        sec = self.section_binder.obj
        if sec is not None:
            self.placement_combo.setCurrentIndex(self.placement_combo.findData(sec.placement.value))
            self.level_combo.setCurrentIndex(self.level_combo.findData(sec.level))

    # -- edits --------------------------------------------------------------------------------

    def add_section(self) -> Section:
        p = self.programme
        current = self.current_section()
        placement = current.placement if current is not None else SectionPlacement.BEFORE
        pos = p.sections.index(current) + 1 if current is not None else len(p.sections)
        sec = Section(heading=self.tr("Uusi osio"), placement=placement)
        self.stack.push(InsertCommand(self.doc, p, p.sections, pos, sec, self.tr("Lisää tekstiosio"), select=False))
        self.select_section(sec)
        self.heading_edit.setFocus()
        self.heading_edit.selectAll()
        return sec

    def remove_section(self) -> None:
        sec = self.current_section()
        if sec is None:
            return
        p = self.programme
        self.stack.push(RemoveCommand(self.doc, p, p.sections, p.sections.index(sec),
                                      self.tr("Poista tekstiosio: {0}").format(sec.heading), select=False))

    def move_section(self, step: int) -> None:
        """Move past the neighbouring section of the same place (before/after the themes)."""
        sec = self.current_section()
        if sec is None:
            return
        p = self.programme
        same = [i for i, s in enumerate(p.sections) if s.placement is sec.placement]
        k = same.index(p.sections.index(sec))
        if not 0 <= k + step < len(same):
            return
        self.stack.push(MoveCommand(self.doc, p, p.sections, same[k], same[k + step], self.tr("Siirrä tekstiosio"),
                                    select=False))
        self.select_section(sec)

    def _level_chosen(self, index: int) -> None:
        sec = self.current_section()
        level = self.level_combo.itemData(index)
        if sec is not None and level != sec.level:
            self.stack.push(SetFieldCommand(self.doc, sec, "level", level, self.tr("Muokkaa: otsikkotaso"),
                                            structural=True))
            self.select_section(sec)

    def _placement_chosen(self, index: int) -> None:
        sec = self.current_section()
        placement = SectionPlacement(self.placement_combo.itemData(index))
        if sec is None or placement is sec.placement:
            return
        # The section goes last among the sections of its new place: one undo step.
        p = self.programme
        old = p.sections.index(sec)
        last = max((i for i, s in enumerate(p.sections) if s.placement is placement), default=-1)
        dest = last if last > old else last + 1
        children = [SetFieldCommand(self.doc, sec, "placement", placement, structural=True)]
        if last >= 0 and dest != old:
            children.append(MoveCommand(self.doc, p, p.sections, old, dest, select=False))
        self.stack.push(CompoundCommand(self.tr("Siirrä tekstiosio: {0}").format(placement_label(placement)),
                                        children))
        self.select_section(sec)

    # -- language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Tekstiosiot"))
        self.intro.setText(self.tr("Vapaamuotoiset osiot, kuten tausta, tarve, visio, tavoitteet, resurssit ja "
                                   "kumppanit. Ne tulostuvat teemojen edellä tai jälkeen tässä järjestyksessä."))
        self.list.setAccessibleName(self.tr("Tekstiosiot tulostusjärjestyksessä"))
        for b, text in ((self.add_button, self.tr("Lisää osio")), (self.remove_button, self.tr("Poista osio")),
                        (self.up_button, self.tr("Ylös")), (self.down_button, self.tr("Alas"))):
            b.setText(text)
            b.setAccessibleName(text)
        set_label(self.heading_label, self.heading_edit, self.tr("Otsikko"))
        set_label(self.level_label, self.level_combo, self.tr("Otsikkotaso"))
        set_label(self.placement_label, self.placement_combo, self.tr("Sijainti"))
        set_label(self.text_label, self.text_edit, self.tr("Teksti"))
        self.hint.setText(self.tr("Tyhjä rivi aloittaa uuden kappaleen. Rivi, joka alkaa merkeillä \u201d- \u201d, "
                                  "on luettelon kohta; \u201d1. \u201d aloittaa numeroidun kohdan; \u201d## \u201d "
                                  "aloittaa väliotsikon."))
        self.level_combo.clear()
        for level in (1, 2):
            self.level_combo.addItem(level_label(level), level)
        self.placement_combo.clear()
        for placement in SectionPlacement:
            self.placement_combo.addItem(placement_label(placement), placement.value)
        self.section_binder.refresh()
        self.refresh()
