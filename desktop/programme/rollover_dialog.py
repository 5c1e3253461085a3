"""Tiedosto > Uusi vuosi…: preview of the roll-over to the next year, confirmed item by item.

The dialog shows what :func:`planner.rollover.propose` suggests: each text that
names the programme year with a checkbox (all ticked; untick to keep a text), and
each indicator's new baseline with its source, "toteuma" (last year's latest actual)
or "tavoite" (last year's target, where there was no actual). Accepting builds the
new programme with :func:`planner.rollover.apply`; the open programme is not changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import rollover
from planner.model import Programme


class RolloverDialog(QDialog):
    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.proposal: rollover.Proposal | None = None
        self.setWindowTitle(self.tr("Uusi vuosi"))
        self.resize(1040, 700)
        lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.year_label = QLabel(self.tr("Uuden ohjelman &vuosi:"), self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue((programme.year or 2025) + 1)
        self.year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(self._propose)
        row.addWidget(self.year_label)
        row.addWidget(self.year_spin)
        row.addStretch(1)
        lay.addLayout(row)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #B03A2E; font-weight: bold")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)

        self.texts_box = QGroupBox(self.tr("Vuosiluvut teksteissä: valitse muutettavat"), self)
        tl = QVBoxLayout(self.texts_box)
        self.texts = QTableWidget(0, 3, self.texts_box)
        self.texts.setHorizontalHeaderLabels([self.tr("Kohta"), self.tr("Nyt"), self.tr("Uusi teksti")])
        self.texts.setAccessibleName(self.tr("Vuosiluvut teksteissä"))
        self._table_setup(self.texts)
        tl.addWidget(self.texts)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Valitse &kaikki"), self.texts_box)
        self.none_button = QPushButton(self.tr("&Poista valinnat"), self.texts_box)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        tl.addLayout(buttons)
        lay.addWidget(self.texts_box, 2)

        self.base_box = QGroupBox(self.tr("Uudet lähtöarvot"), self)
        bl = QVBoxLayout(self.base_box)
        self.baselines = QTableWidget(0, 4, self.base_box)
        self.baselines.setHorizontalHeaderLabels([self.tr("Mittari"), self.tr("Vanha lähtöarvo"),
                                                  self.tr("Uusi lähtöarvo"), self.tr("Lähde")])
        self.baselines.setAccessibleName(self.tr("Uudet lähtöarvot"))
        self._table_setup(self.baselines)
        self.baselines.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        bl.addWidget(self.baselines)
        self.summary = QLabel(self.base_box)
        self.summary.setWordWrap(True)
        bl.addWidget(self.summary)
        lay.addWidget(self.base_box, 3)

        self.note = QLabel(self.tr("Tavoitteet säilyvät ja merkitään tarkistettaviksi (ne näkyvät "
                                   "Tarkistukset-paneelissa). Päätökset tyhjennetään ja tila on luonnos. Edellisen "
                                   "vuoden toteumat säilyvät mittareiden historiana. Alkuperäistä ohjelmaa ei muuteta: "
                                   "uusi ohjelma avautuu tallentamattomana."), self)
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Luo uuden vuoden luonnos"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._propose()

    @staticmethod
    def _table_setup(t: QTableWidget) -> None:
        t.verticalHeader().hide()
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setWordWrap(True)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _propose(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(self, "buttons") else None
        p = self.programme
        self.intro.setText(self.tr("Ohjelmasta \u201d{0}\u201d tehdään seuraavan vuoden luonnos.").format(
            p.title or self.tr("(nimetön ohjelma)")))
        try:
            self.proposal = rollover.propose(p, self.year_spin.value())
        except rollover.RolloverError as exc:
            self.proposal = None
            self.error.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            self.error.show()
            self.texts.setRowCount(0)
            self.baselines.setRowCount(0)
            self.summary.clear()
            if ok is not None:
                ok.setEnabled(False)
            return
        self.error.hide()
        if ok is not None:
            ok.setEnabled(True)
        self.texts.setRowCount(len(self.proposal.texts))
        for i, t in enumerate(self.proposal.texts):
            where = QTableWidgetItem(t.where)
            where.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            where.setCheckState(Qt.CheckState.Checked)
            where.setData(Qt.ItemDataRole.UserRole, t.key)
            self.texts.setItem(i, 0, where)
            self.texts.setItem(i, 1, QTableWidgetItem(t.old))
            self.texts.setItem(i, 2, QTableWidgetItem(t.new))
        self.baselines.setRowCount(len(self.proposal.baselines))
        from_target = 0
        for i, b in enumerate(self.proposal.baselines):
            self.baselines.setItem(i, 0, QTableWidgetItem(b.indicator))
            self.baselines.setItem(i, 1, QTableWidgetItem(b.old))
            self.baselines.setItem(i, 2, QTableWidgetItem(b.new))
            source = QTableWidgetItem(self.tr("toteuma") if b.origin == "actual" else self.tr("tavoite"))
            if b.origin == "target":
                from_target += 1
                source.setForeground(QBrush(QColor("#B03A2E")))
                source.setToolTip(self.tr("Toteumaa ei ollut: lähtöarvoksi tulee edellisen vuoden tavoite."))
            else:
                source.setToolTip(self.tr("Edellisen vuoden viimeisin toteuma ja sen ajankohta."))
            self.baselines.setItem(i, 3, source)
        self.texts.resizeRowsToContents()
        self.baselines.resizeRowsToContents()
        n = len(self.proposal.baselines)
        self.summary.setText(self.tr("{0} lähtöarvoa toteumasta, {1} edellisen vuoden tavoitteesta.").format(
            n - from_target, from_target))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Row heights follow the column widths, which are known only once the dialog is laid out.
        self.texts.resizeRowsToContents()
        self.baselines.resizeRowsToContents()

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.texts.rowCount()):
            self.texts.item(i, 0).setCheckState(state)

    def accepted_keys(self) -> set[str]:
        return {self.texts.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(self.texts.rowCount())
                if self.texts.item(i, 0).checkState() == Qt.CheckState.Checked}

    def result_programme(self) -> Programme | None:
        """The new year's programme with the ticked text changes (None when the year is refused)."""
        if self.proposal is None:
            return None
        return rollover.apply(self.programme, self.proposal, self.accepted_keys())
