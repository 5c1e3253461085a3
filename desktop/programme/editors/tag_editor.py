"""The page of a spearhead (kärki) or target group (kohderyhmä): name, description, what links to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from desktop.document import ProgrammeDocument
from desktop.programme.editors.page import EditorPage, line_edit, set_label, text_box


class TagEditor(EditorPage):
    """``open_requested(obj)``: the user double-clicked a linked focus area or indicator."""

    open_requested = Signal(object)

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        self.is_spearhead = True
        form = self.new_form()
        self.name_edit = line_edit(self.body)
        self.description_edit = text_box(self.body, 4)
        self.name_label = self.add_row(form, self.name_edit)
        self.description_label = self.add_row(form, self.description_edit)
        self.binder.line(self.name_edit, "name", lambda: self.tr("nimi"))
        self.binder.text(self.description_edit, "description", lambda: self.tr("kuvaus"))
        self.links_label = QLabel(self.body)
        self.links_label.setWordWrap(True)
        self.links = QListWidget(self.body)
        self.links.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.links_label.setBuddy(self.links)
        self.body_layout.addWidget(self.links_label)
        self.body_layout.addWidget(self.links, 1)  # the list takes the free height: no floating rows
        self.binder.custom(self._refresh_links)
        doc.changed.connect(lambda _obj: self._refresh_links())
        self.retranslate_ui()

    def _refresh_links(self) -> None:
        self.links.clear()
        tag = self.obj
        if tag is None:
            return
        kind = self.tr("Kärki") if self.is_spearhead else self.tr("Kohderyhmä")
        self.heading.setText(f"{kind}: {tag.name or self.tr('(nimetön)')}")
        for theme, fa in self.doc.programme.focus_areas():
            if tag.id in fa.tags:
                item = QListWidgetItem(self.tr("Tavoite: {0} ({1})").format(fa.title, theme.title), self.links)
                item.setData(Qt.ItemDataRole.UserRole, fa)
            for ind in fa.indicators:
                if tag.id in ind.tags:
                    item = QListWidgetItem(self.tr("Mittari: {0} (tavoite {1})").format(ind.name, fa.title),
                                           self.links)
                    item.setData(Qt.ItemDataRole.UserRole, ind)
        if self.links.count() == 0:
            item = QListWidgetItem(self.tr("Mikään tavoite tai mittari ei vielä liity tähän. Linkitä tavoitteen "
                                           "sivulla kohdassa \u201dKärjet ja kohderyhmät\u201d."), self.links)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def retranslate_ui(self) -> None:
        set_label(self.name_label, self.name_edit, self.tr("Nimi"))
        set_label(self.description_label, self.description_edit, self.tr("Kuvaus"))
        self.links_label.setText(self.tr("Tähän liittyvät tavoitteet ja mittarit (avaa kaksoisnapsautuksella):"))
        self.links.setAccessibleName(self.tr("Tähän liittyvät tavoitteet ja mittarit"))
        self._refresh_links()
