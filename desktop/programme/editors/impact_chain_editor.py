"""The impact chain page (vaikutusketju / muutosteoria): chains, their links, and the drawn diagram.

A programme can have several chains: one for the whole programme and one per
focus area. Each link is a short text at a stage (needs -> resources -> actions
-> outputs -> outcomes -> impact) that points at focus areas, spearheads/target
groups and indicators; the diagram above shows the chain as it prints. Every
change is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import InsertCommand, MoveCommand, RemoveCommand, SetFieldCommand
from desktop.document import ProgrammeDocument
from desktop.programme.editors.fields import FieldBinder
from desktop.programme.editors.impact_chain_diagram import ImpactChainDiagram
from desktop.programme.editors.page import EditorPage, line_edit, set_label, text_box
from desktop.programme.plan_labels import stage_label
from planner.impact_chain import unplaced_indicators
from planner.model import ChainLink, ChainStage, ImpactChain, Programme


class IdChecklist(QListWidget):
    """Check items to put their ids in one list field of the current object (e.g. a link's indicator_ids)."""

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, field: str,
                 options: Callable[[], list[tuple[str, str]]], label: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack, self.field, self.options, self.label = doc, stack, field, options, label
        self.obj: Any = None
        self._updating = False
        self.itemChanged.connect(self._item_changed)
        self.setMinimumHeight(self.fontMetrics().height() * 7)

    def set_object(self, obj: Any) -> None:
        self.obj = obj
        self.refresh()

    def refresh(self) -> None:
        self._updating = True
        try:
            self.clear()
            if self.obj is None:
                return
            chosen = set(getattr(self.obj, self.field))
            for ident, text in self.options():
                item = QListWidgetItem(text, self)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked)
        finally:
            self._updating = False

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating or self.obj is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        ids = [i for i in getattr(self.obj, self.field) if i != ident]
        if item.checkState() == Qt.CheckState.Checked:
            order = [i for i, _t in self.options()]
            ids = sorted([*ids, ident], key=lambda i: order.index(i) if i in order else len(order))
        if ids != getattr(self.obj, self.field):
            self.stack.push(SetFieldCommand(self.doc, self.obj, self.field, ids,
                                            self.tr("Muuta linkitystä: {0}").format(self.label().lower())))


class ImpactChainEditor(EditorPage):
    structural_fields = ()

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        self.chain: ImpactChain | None = None
        top = QHBoxLayout()
        self.chain_combo = QComboBox(self.body)
        self.chain_combo.setMinimumContentsLength(30)
        self.chain_combo.activated.connect(lambda i: self.show_chain(self.chain_combo.itemData(i)))
        self.chain_label = QLabel(self.body)
        self.chain_label.setBuddy(self.chain_combo)
        self.new_chain_button, self.remove_chain_button = QPushButton(self.body), QPushButton(self.body)
        self.new_chain_button.clicked.connect(self.add_chain)
        self.remove_chain_button.clicked.connect(self.remove_chain)
        for w in (self.chain_label, self.chain_combo, self.new_chain_button, self.remove_chain_button):
            top.addWidget(w)
        top.addStretch(1)
        self.body_layout.addLayout(top)

        form = self.new_form()
        self.title_edit = line_edit(self.body)
        self.scope_combo = QComboBox(self.body)
        self.scope_combo.activated.connect(self._scope_chosen)
        self.description_edit = text_box(self.body, 3)
        self.title_label = self.add_row(form, self.title_edit)
        self.scope_label = self.add_row(form, self.scope_combo)
        self.description_label = self.add_row(form, self.description_edit)
        self.chain_binder = FieldBinder(doc, stack)
        self.chain_binder.line(self.title_edit, "title", lambda: self.tr("ketjun nimi"))
        self.chain_binder.text(self.description_edit, "description", lambda: self.tr("ketjun kuvaus"))
        self.chain_binder.custom(self._refresh_scope)

        self.diagram = ImpactChainDiagram(self.body)
        self.diagram.link_clicked.connect(self.select_link)
        self.body_layout.addWidget(self.diagram)
        self.unplaced = QLabel(self.body)
        self.unplaced.setWordWrap(True)
        self.body_layout.addWidget(self.unplaced)

        self.links_box = QGroupBox(self.body)
        links_layout = QHBoxLayout(self.links_box)
        left = QVBoxLayout()
        self.links = QListWidget(self.links_box)
        self.links.currentRowChanged.connect(lambda _r: self._show_link())
        left.addWidget(self.links)
        row = QHBoxLayout()
        self.add_link_button, self.remove_link_button = QPushButton(self.links_box), QPushButton(self.links_box)
        self.up_button, self.down_button = QPushButton(self.links_box), QPushButton(self.links_box)
        for b, slot in ((self.add_link_button, self.add_link), (self.remove_link_button, self.remove_link),
                        (self.up_button, lambda: self.move_link(-1)), (self.down_button, lambda: self.move_link(1))):
            b.clicked.connect(slot)
            row.addWidget(b)
        left.addLayout(row)
        links_layout.addLayout(left, 2)
        left.addStretch(1)
        right = QVBoxLayout()
        link_form = QFormLayout()
        link_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stage_combo = QComboBox(self.links_box)
        self.stage_combo.activated.connect(self._stage_chosen)
        self.link_title_edit = line_edit(self.links_box)
        self.link_text_edit = text_box(self.links_box, 5)
        self.stage_label_w = QLabel(self.links_box)
        self.link_title_label = QLabel(self.links_box)
        self.link_text_label = QLabel(self.links_box)
        for lab, w in ((self.stage_label_w, self.stage_combo), (self.link_title_label, self.link_title_edit),
                       (self.link_text_label, self.link_text_edit)):
            lab.setBuddy(w)
            link_form.addRow(lab, w)
        right.addLayout(link_form)
        p = lambda: self.doc.programme  # noqa: E731 - the programme changes when a file is opened
        self.fa_check = IdChecklist(doc, stack, "focus_area_ids",
                                    lambda: [(fa.id, f"{t.title} \u203a {fa.title}") for t, fa in p().focus_areas()],
                                    lambda: self.tr("Tavoitteet"), self.links_box)
        self.tag_check = IdChecklist(doc, stack, "tag_ids", lambda: [
            *((t.id, self.tr("Kärki: {0}").format(t.name)) for t in p().spearheads),
            *((t.id, self.tr("Kohderyhmä: {0}").format(t.name)) for t in p().target_groups)],
            lambda: self.tr("Kärjet ja kohderyhmät"), self.links_box)
        self.ind_check = IdChecklist(doc, stack, "indicator_ids",
                                     lambda: [(ind.id, f"{ind.name} ({fa.title})") for _t, fa, ind in p().indicators()],
                                     lambda: self.tr("Mittarit"), self.links_box)
        # What the link points at: one full-width list each, so long titles can be read.
        self.check_labels: list[QLabel] = []
        for w in (self.fa_check, self.tag_check, self.ind_check):
            lab = QLabel(self.links_box)
            lab.setWordWrap(True)
            lab.setBuddy(w)
            self.check_labels.append(lab)
            right.addWidget(lab)
            right.addWidget(w)
        links_layout.addLayout(right, 5)
        self.body_layout.addWidget(self.links_box)
        self.body_layout.addStretch(1)

        self.link_binder = FieldBinder(doc, stack)
        self.link_binder.line(self.link_title_edit, "title", lambda: self.tr("linkin otsikko"))
        self.link_binder.text(self.link_text_edit, "text", lambda: self.tr("linkin teksti"))
        self.link_binder.custom(self._refresh_link_extras)
        doc.changed.connect(self._on_changed)
        doc.structure_changed.connect(self.refresh)
        self.retranslate_ui()

    # -- binding ---------------------------------------------------------------------------

    @property
    def programme(self) -> Programme:
        return self.doc.programme

    def set_object(self, obj: Any) -> None:
        super().set_object(obj)
        if self.chain not in self.programme.impact_chains:
            self.chain = self.programme.impact_chains[0] if self.programme.impact_chains else None
        self.refresh()

    def show_chain(self, chain: ImpactChain | None) -> None:
        self.chain = chain
        self.refresh()

    def refresh(self) -> None:
        if self.obj is None:
            return
        p = self.programme
        if self.chain not in p.impact_chains:
            self.chain = p.impact_chains[0] if p.impact_chains else None
        self.chain_combo.clear()
        for ch in p.impact_chains:
            self.chain_combo.addItem(self._chain_name(ch), ch)
        if self.chain is not None:
            self.chain_combo.setCurrentIndex(p.impact_chains.index(self.chain))
        else:
            self.chain_combo.addItem(self.tr("(ei vaikutusketjua \u2013 lisää uusi)"), None)
        has = self.chain is not None
        for w in (self.chain_combo, self.remove_chain_button, self.title_edit, self.scope_combo,
                  self.description_edit, self.links_box):
            w.setEnabled(has)
        self.chain_binder.set_object(self.chain)
        if not has:
            self.title_edit.clear()
            self.description_edit.setPlainText("")
        current = self.current_link()
        self.links.blockSignals(True)
        self.links.clear()
        for link in (self.chain.links if self.chain else []):
            item = QListWidgetItem(self._link_line(link), self.links)
            item.setData(Qt.ItemDataRole.UserRole, link)
        self.links.blockSignals(False)
        links = self.chain.links if self.chain else []
        self.select_link(current if current in links else (links[0] if links else None))
        self._show_link()

    def _chain_name(self, ch: ImpactChain) -> str:
        scope = self.programme.find_focus_area(ch.focus_area_id) if ch.focus_area_id else None
        where = scope[1].title if scope else self.tr("koko ohjelma")
        return f"{ch.title or self.tr('(nimetön ketju)')} ({where})"

    def _link_line(self, link: ChainLink) -> str:
        text = link.title or link.text.split("\n")[0][:70]
        return f"{stage_label(link.stage)}: {text or self.tr('(tyhjä)')}"

    def current_link(self) -> ChainLink | None:
        item = self.links.currentItem()
        link = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return link if isinstance(link, ChainLink) else None

    def select_link(self, link: ChainLink | None) -> None:
        for i in range(self.links.count()):
            if self.links.item(i).data(Qt.ItemDataRole.UserRole) is link:
                self.links.setCurrentRow(i)
                return

    def _show_link(self) -> None:
        link = self.current_link()
        self.link_binder.set_object(link)
        for w in (self.stage_combo, self.link_title_edit, self.link_text_edit, self.fa_check, self.tag_check,
                  self.ind_check, self.remove_link_button):
            w.setEnabled(link is not None)
        if link is None:
            self.link_title_edit.clear()
            self.link_text_edit.setPlainText("")
            for c in (self.fa_check, self.tag_check, self.ind_check):
                c.set_object(None)
        idx = self.chain.links.index(link) if (self.chain and link in self.chain.links) else -1
        self.up_button.setEnabled(idx > 0)
        self.down_button.setEnabled(0 <= idx < len(self.chain.links) - 1 if self.chain else False)
        self._refresh_diagram()

    def _refresh_link_extras(self) -> None:
        link = self.link_binder.obj
        if link is None:
            return
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(link.stage.value))
        for c in (self.fa_check, self.tag_check, self.ind_check):
            c.set_object(link)

    def _refresh_scope(self) -> None:
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Koko ohjelma"), "")
        for theme, fa in self.programme.focus_areas():
            self.scope_combo.addItem(f"{theme.title} \u203a {fa.title}", fa.id)
        if self.chain is not None:
            self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(self.chain.focus_area_id)))

    def _refresh_diagram(self) -> None:
        self.diagram.set_chain(self.programme, self.chain, self.current_link())
        missing = unplaced_indicators(self.programme, self.chain) if self.chain else []
        if missing:
            names = ", ".join(ind.name for ind in missing[:8]) + (" \u2026" if len(missing) > 8 else "")
            self.unplaced.setText(self.tr("Ketjuun sijoittamatta {0} mittaria: {1}").format(len(missing), names))
        else:
            self.unplaced.setText(self.tr("Jokainen mittari on sijoitettu ketjuun.") if self.chain else "")

    def _on_changed(self, obj: Any) -> None:
        if isinstance(obj, ChainLink) and self.chain is not None and obj in self.chain.links:
            item = self.links.item(self.chain.links.index(obj))
            if item is not None:
                item.setText(self._link_line(obj))
            self._refresh_diagram()
        elif isinstance(obj, ImpactChain) and obj is self.chain:
            i = self.chain_combo.currentIndex()
            if i >= 0:
                self.chain_combo.setItemText(i, self._chain_name(obj))
            self._refresh_diagram()
        elif self.chain is not None and not isinstance(obj, Programme):
            self._refresh_diagram()  # an indicator renamed, a focus area retitled ...

    # -- edits -----------------------------------------------------------------------------

    def add_chain(self) -> ImpactChain:
        p = self.programme
        ch = ImpactChain(title=self.tr("Vaikutusketju"))
        self.chain = ch
        self.stack.push(InsertCommand(self.doc, p, p.impact_chains, len(p.impact_chains), ch,
                                      self.tr("Lisää vaikutusketju"), select=False))
        self.title_edit.setFocus()
        return ch

    def remove_chain(self) -> None:
        if self.chain is None:
            return
        p = self.programme
        self.stack.push(RemoveCommand(self.doc, p, p.impact_chains, p.impact_chains.index(self.chain),
                                      self.tr("Poista vaikutusketju"), select=False))

    def _scope_chosen(self, index: int) -> None:
        if self.chain is not None:
            value = self.scope_combo.itemData(index) or ""
            if value != self.chain.focus_area_id:
                self.stack.push(SetFieldCommand(self.doc, self.chain, "focus_area_id", value,
                                                self.tr("Muokkaa: ketjun kohde"), structural=True))

    def add_link(self) -> ChainLink | None:
        if self.chain is None:
            return None
        current = self.current_link()
        stage = current.stage if current is not None else ChainStage.NEEDS
        pos = self.chain.links.index(current) + 1 if current is not None else len(self.chain.links)
        link = ChainLink(stage=stage)
        self.stack.push(InsertCommand(self.doc, self.chain, self.chain.links, pos, link, self.tr("Lisää linkki"),
                                      select=False))
        self.select_link(link)
        self.link_title_edit.setFocus()
        return link

    def remove_link(self) -> None:
        link = self.current_link()
        if self.chain is None or link is None:
            return
        self.stack.push(RemoveCommand(self.doc, self.chain, self.chain.links, self.chain.links.index(link),
                                      self.tr("Poista linkki"), select=False))

    def move_link(self, step: int) -> None:
        link = self.current_link()
        if self.chain is None or link is None:
            return
        i = self.chain.links.index(link)
        if 0 <= i + step < len(self.chain.links):
            self.stack.push(MoveCommand(self.doc, self.chain, self.chain.links, i, i + step,
                                        self.tr("Siirrä linkki"), select=False))
            self.select_link(link)

    def _stage_chosen(self, index: int) -> None:
        link = self.current_link()
        stage = ChainStage(self.stage_combo.itemData(index))
        if link is not None and stage is not link.stage:
            self.stack.push(SetFieldCommand(self.doc, link, "stage", stage, self.tr("Muokkaa: vaihe")))

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Vaikutusketju"))
        self.chain_label.setText(self.tr("Ketju:"))
        self.chain_combo.setAccessibleName(self.tr("Vaikutusketju"))
        for b, text in ((self.new_chain_button, self.tr("Uusi ketju")),
                        (self.remove_chain_button, self.tr("Poista ketju")),
                        (self.add_link_button, self.tr("Lisää linkki")), (self.remove_link_button, self.tr("Poista")),
                        (self.up_button, self.tr("Ylös")), (self.down_button, self.tr("Alas"))):
            b.setText(text)
            b.setAccessibleName(text)
        set_label(self.title_label, self.title_edit, self.tr("Nimi"))
        set_label(self.scope_label, self.scope_combo, self.tr("Koskee"))
        set_label(self.description_label, self.description_edit, self.tr("Kuvaus"))
        self.links_box.setTitle(self.tr("Ketjun linkit: tarve \u2192 resurssit \u2192 toimenpiteet \u2192 "
                                        "tuotokset \u2192 tulokset \u2192 vaikuttavuus"))
        self.links.setAccessibleName(self.tr("Ketjun linkit"))
        set_label(self.stage_label_w, self.stage_combo, self.tr("Vaihe"))
        set_label(self.link_title_label, self.link_title_edit, self.tr("Otsikko"))
        set_label(self.link_text_label, self.link_text_edit, self.tr("Teksti"))
        for lab, w, text in zip(self.check_labels, (self.fa_check, self.tag_check, self.ind_check),
                                (self.tr("Tavoitteet"), self.tr("Kärjet ja kohderyhmät"),
                                 self.tr("Mittarit (sijoitetaan tähän vaiheeseen)")), strict=True):
            set_label(lab, w, text)
        self.stage_combo.clear()
        for stage in ChainStage:
            self.stage_combo.addItem(stage_label(stage), stage.value)
        self.refresh()
