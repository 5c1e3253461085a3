"""Tiedosto > Versiot…: the named versions kept inside the programme file.

Lists the working copy and every frozen version (name, status, saved, note). From
here the user saves the current state as a named version, compares two versions
(or a version with the working copy) in :class:`desktop.programme.compare_dialog.CompareDialog`,
or opens a version as an unsaved copy. Saving a version is undoable; the window
does it through the callbacks it passes in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import status_label
from planner.model import Programme
from planner.versions import fi_date


class VersionsDialog(QDialog):
    def __init__(self, programme: Programme, save_version: Callable[[str, str], str],
                 compare: Callable[[str | None, str | None], None], open_copy: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        """``save_version(name, note)`` returns "" or why it was refused; ``compare(a, b)`` takes version
        names (None: the working copy); ``open_copy(name)`` opens a version as an unsaved programme."""
        super().__init__(parent)
        self.programme = programme
        self._save, self._compare, self._open = save_version, compare, open_copy
        self.setWindowTitle(self.tr("Versiot"))
        self.resize(860, 440)
        lay = QVBoxLayout(self)
        self.info = QLabel(self.tr("Versiot tallennetaan ohjelmatiedoston sisään. Valitse kaksi riviä "
                                   "verrataksesi niitä keskenään, tai yksi verrataksesi sitä nykyiseen."), self)
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Versio"), self.tr("Tila"), self.tr("Tallennettu"),
                                              self.tr("Lisätieto")])
        self.table.setAccessibleName(self.tr("Versiot"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Tallenna nykyinen versioksi\u2026"), self)
        self.compare_button = QPushButton(self.tr("&Vertaa valittuja"), self)
        self.open_button = QPushButton(self.tr("&Avaa kopiona"), self)
        self.close_button = QPushButton(self.tr("Sulje"), self)
        for b in (self.save_button, self.compare_button, self.open_button):
            b.setProperty("lock_exempt", True)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.save_button.clicked.connect(self.ask_save)
        self.compare_button.clicked.connect(self.compare_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        p = self.programme
        self.table.setRowCount(0)
        rows = [(self.tr("Nykyinen: {0}").format(p.version_name or self.tr("(nimeämätön)")), status_label(p.status),
                 "", "", None)]
        for v in p.versions:
            created = f"{fi_date(v.created[:10])} {v.created[11:16]}" if v.created else ""
            rows.append((v.name, status_label(v.status), created, v.note, v.name))
        for i, (name, status, created, note, key) in enumerate(rows):
            self.table.insertRow(i)
            for col, text in enumerate((name, status, created, note)):
                item = QTableWidgetItem(text)
                item.setData(256, key)
                self.table.setItem(i, col, item)
        self._update_buttons()

    def selected_keys(self) -> list[str | None]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(256) for r in rows]

    def _update_buttons(self) -> None:
        keys = self.selected_keys()
        self.compare_button.setEnabled(len(keys) in (1, 2) and keys != [None])
        self.open_button.setEnabled(len(keys) == 1 and keys[0] is not None)

    def ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Tallenna versio"), self.tr("Version nimi:"),
                                        text=self.programme.version_name or "")
        if not ok:
            return
        note, _ok = QInputDialog.getText(self, self.tr("Tallenna versio"), self.tr("Lisätieto (vapaaehtoinen):"))
        problem = self._save(name, note)
        if problem:
            QMessageBox.warning(self, self.tr("Versiota ei tallennettu"), problem[:1].upper() + problem[1:] + ".")
        self.refresh()

    def compare_selected(self) -> None:
        keys = self.selected_keys()
        if len(keys) == 1:
            self._compare(keys[0], None)
        elif len(keys) == 2:
            # rows are in the order saved: the later row is the newer one (the working copy is first: newest)
            a, b = keys
            if a is None:
                a, b = b, None
            self._compare(a, b)

    def open_selected(self) -> None:
        keys = self.selected_keys()
        if len(keys) == 1 and keys[0] is not None:
            self._open(keys[0])
            self.accept()
