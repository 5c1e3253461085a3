"""Tiedosto > Vertaa…: two programmes or versions side by side, stepped through change by change.

A and B are each the open programme, one of its saved versions, or another
programme file. The list on the left holds every change of :func:`planner.diff.diff_programmes`;
the two panes show the selected change in A and in B, removed words struck through
in red and added words underlined in green. "Edellinen" / "Seuraava" (Shift+F8 / F8)
step through the changes. "Vie muutosraportti…" writes the "muutokset" report as PDF
or Word (:func:`planner.diff_output.write_diff`).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.error_text import file_error_text
from planner.diff import ADDED, MOVED, REMOVED, Change, ProgrammeDiff, diff_programmes
from planner.diff_output import DiffOutputError, write_diff
from planner.fileformat import load_programme
from planner.model import Programme
from planner.storage.json_file import FileFormatError
from planner.versions import version_programme

REMOVED_STYLE = "color:#B03A2E; text-decoration:line-through; background:#FBE9E7"
ADDED_STYLE = "color:#1B6E20; text-decoration:underline; background:#E3F4E4"
KIND_COLOR = {ADDED: "#1B6E20", REMOVED: "#B03A2E", MOVED: "#6A1B9A"}


def side_html(change: Change, side: str) -> str:
    """The change as seen in A (``side`` "a") or B ("b"), as HTML with the word changes marked."""
    if change.words:
        parts = []
        for op, text in change.words:
            if op == "=":
                parts.append(escape(text))
            elif op == "-" and side == "a":
                parts.append(f'<span style="{REMOVED_STYLE}">{escape(text)}</span>')
            elif op == "+" and side == "b":
                parts.append(f'<span style="{ADDED_STYLE}">{escape(text)}</span>')
        body = "".join(parts)
    else:
        text = change.old if side == "a" else change.new
        style = REMOVED_STYLE if side == "a" and change.kind == REMOVED else \
            ADDED_STYLE if side == "b" and change.kind == ADDED else ""
        body = f'<span style="{style}">{escape(text)}</span>' if text else "<i>\u2013</i>"
    return body.replace("\n", "<br/>")


class CompareDialog(QDialog):
    def __init__(self, programme: Programme, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.programme = programme
        self.folder = folder
        self.diff: ProgrammeDiff | None = None
        self.setWindowTitle(self.tr("Vertaa ohjelmia"))
        self.resize(1200, 760)
        lay = QVBoxLayout(self)
        grid = QGridLayout()
        self.a_combo, self.b_combo = QComboBox(self), QComboBox(self)
        self.a_label = QLabel(self.tr("&A (vanhempi):"), self)
        self.b_label = QLabel(self.tr("&B (uudempi):"), self)
        self.a_label.setBuddy(self.a_combo)
        self.b_label.setBuddy(self.b_combo)
        for combo in (self.a_combo, self.b_combo):
            combo.setMinimumContentsLength(40)
            self._fill_sources(combo)
            combo.activated.connect(lambda _i, c=combo: self._source_chosen(c))
        if programme.versions:
            self.a_combo.setCurrentIndex(len(programme.versions))  # the latest saved version
        grid.addWidget(self.a_label, 0, 0)
        grid.addWidget(self.a_combo, 0, 1)
        grid.addWidget(self.b_label, 1, 0)
        grid.addWidget(self.b_combo, 1, 1)
        self.compare_button = QPushButton(self.tr("&Vertaa"), self)
        self.compare_button.clicked.connect(self.compare)
        grid.addWidget(self.compare_button, 0, 2, 2, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(split)
        self.list.setAccessibleName(self.tr("Muutokset"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_change)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.where = QLabel(right)
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(self.where)
        panes = QHBoxLayout()
        self.a_view, self.b_view = QTextBrowser(right), QTextBrowser(right)
        self.a_title, self.b_title = QLabel(right), QLabel(right)
        for title, view, name in ((self.a_title, self.a_view, self.tr("A: ennen")),
                                  (self.b_title, self.b_view, self.tr("B: nyt"))):
            col = QVBoxLayout()
            title.setWordWrap(True)
            col.addWidget(title)
            col.addWidget(view)
            view.setAccessibleName(name)
            panes.addLayout(col)
        rl.addLayout(panes, 1)
        self.note = QLabel(right)
        self.note.setWordWrap(True)
        rl.addWidget(self.note)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([420, 780])
        lay.addWidget(split, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("\u25c0 &Edellinen muutos"), self)
        self.next_button = QPushButton(self.tr("&Seuraava muutos \u25b6"), self)
        self.prev_button.setShortcut(QKeySequence("Shift+F8"))
        self.next_button.setShortcut(QKeySequence("F8"))
        self.prev_button.setToolTip(self.tr("Edellinen muutos (Vaihto+F8)"))
        self.next_button.setToolTip(self.tr("Seuraava muutos (F8)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position = QLabel(self)
        self.export_button = QPushButton(self.tr("Vie &muutosraportti\u2026"), self)
        self.export_button.clicked.connect(self.export_dialog)
        self.close_button = QPushButton(self.tr("Sulje"), self)
        self.close_button.clicked.connect(self.accept)
        for w in (self.prev_button, self.next_button, self.position):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(self.export_button)
        nav.addWidget(self.close_button)
        lay.addLayout(nav)
        self.compare()

    # -- sources ----------------------------------------------------------------------------

    def _fill_sources(self, combo: QComboBox) -> None:
        p = self.programme
        combo.addItem(self.tr("Avoin ohjelma: {0}").format(p.title or self.tr("(nimetön ohjelma)")), ("open", None))
        for v in p.versions:
            combo.addItem(self.tr("Tallennettu versio: {0}").format(v.name), ("version", v.name))
        combo.addItem(self.tr("Toinen ohjelmatiedosto\u2026"), ("choose", None))

    def add_file_source(self, combo: QComboBox, path: str) -> bool:
        """Add a programme file as a choice and select it; a file that cannot be read is reported, not added."""
        try:
            load_programme(path)
        except FileFormatError as exc:
            QMessageBox.warning(self, self.tr("Tiedostoa ei voi verrata"), file_error_text(exc))
            return False
        combo.insertItem(combo.count() - 1, self.tr("Tiedosto: {0}").format(Path(path).name), ("file", path))
        combo.setCurrentIndex(combo.count() - 2)
        return True

    def select_sources(self, a: str | None, b: str | None) -> None:
        """Choose A and B by version name (None: the open programme) and compare."""
        for combo, name in ((self.a_combo, a), (self.b_combo, b)):
            wanted = ("version", name) if name else ("open", None)
            for i in range(combo.count()):
                if tuple(combo.itemData(i)) == wanted:
                    combo.setCurrentIndex(i)
        self.compare()

    def _source_chosen(self, combo: QComboBox) -> None:
        kind, _value = combo.currentData()
        if kind != "choose":
            self.compare()
            return
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Valitse verrattava ohjelma"), self.folder,
                                               self.tr("Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)"))
        if name and self.add_file_source(combo, name):
            self.compare()
        else:
            combo.setCurrentIndex(0)

    def _programme_of(self, combo: QComboBox) -> Programme:
        kind, value = combo.currentData()
        if kind == "version":
            return version_programme(next(v for v in self.programme.versions if v.name == value))
        if kind == "file":
            return load_programme(value)
        return self.programme

    # -- comparing and stepping -------------------------------------------------------------------

    def compare(self) -> None:
        try:
            a, b = self._programme_of(self.a_combo), self._programme_of(self.b_combo)
        except FileFormatError as exc:
            QMessageBox.warning(self, self.tr("Tiedostoa ei voi verrata"), file_error_text(exc))
            return
        self.diff = diff_programmes(a, b)
        self.a_title.setText(self.tr("<b>A:</b> {0}").format(escape(self.diff.a_name)))
        self.b_title.setText(self.tr("<b>B:</b> {0}").format(escape(self.diff.b_name)))
        c = self.diff.counts()
        self.summary.setText(self.tr("{0} muutosta: {1} lisätty, {2} poistettu, {3} muutettu, {4} siirretty.").format(
            len(self.diff.changes), c["added"], c["removed"], c["changed"], c["moved"]) if self.diff.changes
            else self.tr("Ei muutoksia: ohjelmat ovat samat."))
        self.list.clear()
        for ch in self.diff.changes:
            item = QListWidgetItem(f"{self._kind_text(ch.kind)}: {ch.label}")
            item.setToolTip(ch.where)
            if ch.kind in KIND_COLOR:
                from PySide6.QtGui import QColor

                item.setForeground(QColor(KIND_COLOR[ch.kind]))
            self.list.addItem(item)
        self.export_button.setEnabled(True)
        if self.diff.changes:
            self.list.setCurrentRow(0)
        else:
            self._show_change(-1)

    def _kind_text(self, kind: str) -> str:
        return {"added": self.tr("lisätty"), "removed": self.tr("poistettu"), "changed": self.tr("muutettu"),
                "moved": self.tr("siirretty")}[kind]

    def step(self, delta: int) -> None:
        n = self.list.count()
        if n:
            self.list.setCurrentRow(max(0, min(n - 1, self.list.currentRow() + delta)))

    def _show_change(self, row: int) -> None:
        n = self.list.count()
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < n - 1)
        if self.diff is None or not 0 <= row < len(self.diff.changes):
            self.position.setText("")
            self.where.clear()
            self.a_view.clear()
            self.b_view.clear()
            self.note.clear()
            return
        ch = self.diff.changes[row]
        self.position.setText(self.tr("Muutos {0} / {1}").format(row + 1, n))
        self.where.setText(f"<b>{escape(self._kind_text(ch.kind))}</b> \u2013 {escape(ch.where)}<br/>"
                           f"{escape(ch.label)}")
        self.a_view.setHtml(side_html(ch, "a"))
        self.b_view.setHtml(side_html(ch, "b"))
        self.note.setText(ch.note)

    # -- export ----------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        if self.diff is None:
            return
        pdf, word = self.tr("PDF (*.pdf)"), self.tr("Word (*.docx)")
        start = str(Path(self.folder or Path.home()) / "muutokset.pdf")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Vie muutosraportti"), start, f"{pdf};;{word}")
        if name:
            self.export_to(name, "docx" if chosen == word or name.lower().endswith(".docx") else "pdf")

    def export_to(self, path: str, fmt: str) -> bool:
        assert self.diff is not None
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            write_diff(self.diff, fmt, path)
        except DiffOutputError as exc:
            QMessageBox.critical(self, self.tr("Muutosraporttia ei voi viedä"), str(exc))
            return False
        self.summary.setText(self.tr("Muutosraportti viety: {0}").format(path))
        return True
