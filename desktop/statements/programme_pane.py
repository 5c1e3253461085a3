"""The programme a statement comments on, read-only beside the statement.

A tree of spearheads, target groups, themes with their focus areas and
indicators, and the indicator set as a whole. Choosing an entry (double-click,
Enter or the button) asks the window to insert a comment section quoting it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.model import Programme
from planner.statements import quotes
from planner.statements.model import ProgrammeRef

REF_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("ProgrammePane", text)


class ProgrammePane(QWidget):
    """Read-only view of a programme; emits ``comment_requested(ProgrammeRef)``."""

    comment_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme: Programme | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")
        self.note.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("programmeTree")
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._request(item))
        self.tree.itemActivated.connect(lambda item, _col: self._request(item))
        self.tree.currentItemChanged.connect(self._show_current)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(110)
        self.comment_button = QPushButton()
        self.comment_button.setObjectName("commentButton")
        self.comment_button.clicked.connect(lambda: self._request(self.tree.currentItem()))
        self.comment_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.comment_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.comment_button.setText(tr("Kommentoi valittua kohtaa"))
        self.comment_button.setToolTip(tr("Lisää lausuntoon kommenttijakso, joka lainaa valitun kohdan"))
        self.preview.setPlaceholderText(tr("Valitse ohjelman kohta nähdäksesi sen tekstin."))
        self.tree.setAccessibleName(tr("Ohjelman kohdat"))
        self.preview.setAccessibleName(tr("Valitun kohdan teksti"))
        self.set_programme(self.programme)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        self.tree.clear()
        if programme is None:
            self.title.setText(tr("Ohjelmaa ei ole avattu."))
            return
        self.title.setText(tr("Ohjelma (vain luku): {0}").format(
            ", ".join(x for x in (programme.title, programme.area) if x)))

        def node(parent, text: str, ref: ProgrammeRef | None) -> QTreeWidgetItem:
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, REF_ROLE, ref)
            item.setToolTip(0, ref.quote if ref else text)
            return item

        if programme.spearheads:
            top = node(self.tree, tr("Kärjet"), None)
            for tag in programme.spearheads:
                node(top, tag.name, quotes.ref_for_tag(programme, tag.id))
        if programme.target_groups:
            top = node(self.tree, tr("Kohderyhmät"), None)
            for tag in programme.target_groups:
                node(top, tag.name, quotes.ref_for_tag(programme, tag.id))
        top = node(self.tree, tr("Painopisteet, tavoitteet ja mittarit"), None)
        for theme in programme.themes:
            th = node(top, theme.title, quotes.ref_for_theme(programme, theme.id))
            for fa in theme.focus_areas:
                fa_item = node(th, fa.title, quotes.ref_for_focus_area(programme, fa.id))
                for ind in fa.indicators:
                    node(fa_item, f"{ind.level + ': ' if ind.level else ''}{ind.name}",
                         quotes.ref_for_indicator(programme, ind.id))
        node(self.tree, tr("Mittaristo kokonaisuutena"), quotes.ref_for_indicator_set(programme))
        self.tree.expandToDepth(1)

    def current_ref(self) -> ProgrammeRef | None:
        item = self.tree.currentItem()
        return item.data(0, REF_ROLE) if item is not None else None

    def find_item(self, text: str) -> QTreeWidgetItem | None:
        """The first tree entry whose text ends with ``text`` (tests and keyboard search)."""
        for item in self.tree.findItems(text, Qt.MatchFlag.MatchEndsWith | Qt.MatchFlag.MatchRecursive):
            return item
        return None

    def _show_current(self, item: QTreeWidgetItem | None, _prev=None) -> None:
        ref = item.data(0, REF_ROLE) if item is not None else None
        self.comment_button.setEnabled(ref is not None)
        if ref is None:
            self.preview.setPlainText("")
            return
        self.preview.setPlainText(f"{ref.describe()}\n\n{ref.quote}" if ref.quote else ref.describe())

    def _request(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        ref = item.data(0, REF_ROLE)
        if ref is not None:
            self.comment_requested.emit(ref)
