"""Seuranta > Kustannukset ja vaikutukset: costs, subsidy-share figures, municipality shares, scenarios.

The dialog edits a copy of the programme's economics; OK turns the changes into
one undoable command (:class:`SetEconomicsCommand`). The scenario tab shows the
effect of the selected scenario on the year-end outlook and on the municipal share
of labour-market subsidy, computed by the core (planner.followup.outlook,
planner.followup.costs). Numbers are typed the Finnish way (``12 500,50``, ``30 %``).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.error_text import error_label, show_error_line
from planner.economics_model import CostItem, Economics, Scenario, SubsidyBand
from planner.model import Programme
from planner.values import format_number

if TYPE_CHECKING:
    from desktop.document import ProgrammeDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("EconomicsDialog", text)


class SetEconomicsCommand(QUndoCommand):
    """Replace the programme's costs, subsidy figures, shares and scenarios; undo restores them."""

    def __init__(self, doc: ProgrammeDocument, new: Economics) -> None:
        super().__init__(tr("Muuta kustannuksia ja skenaarioita"))
        self.doc = doc
        self.old = copy.deepcopy(doc.programme.economics)
        self.new = copy.deepcopy(new)

    def redo(self) -> None:
        self.doc.programme.economics = copy.deepcopy(self.new)
        self.doc.notify(self.doc.programme)

    def undo(self) -> None:
        self.doc.programme.economics = copy.deepcopy(self.old)
        self.doc.notify(self.doc.programme)


class InputError(ValueError):
    """A cell that is not a number: where it is, in the UI language."""


def parse_number(text: str, where: str, percent: bool = False) -> float | None:
    """'12 500,5' -> 12500.5; '' -> None; '30 %' or 30 with ``percent`` -> 0.3."""
    t = text.replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".").strip()
    had_percent = t.endswith("%")
    t = t.rstrip("%")
    if not t:
        return None
    try:
        x = float(t)
    except ValueError:
        raise InputError(tr("{0}: ”{1}” ei ole luku. Kirjoita esim. 12 500 tai 12,5.").format(where, text)) from None
    if percent and (had_percent or x > 1):
        x /= 100
    return x


def num_text(x: float | None, percent: bool = False) -> str:
    if x is None:
        return ""
    return format_number(round(x * 100, 2)) if percent else format_number(round(x, 2))


class EconomicsDialog(QDialog):
    """Edit a copy of the economics; ``result_economics()`` after OK."""

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.original = copy.deepcopy(programme.economics)
        self.economics = copy.deepcopy(programme.economics)
        self.export_after = False
        self._result: Economics | None = None
        self.setWindowTitle(self.tr("Kustannukset ja vaikutukset"))
        self.resize(900, 560)
        self.indicators = [(ind.id, f"{ind.id} {ind.name}") for _t, _fa, ind in programme.indicators()]
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self._build_costs()
        self._build_subsidy()
        self._build_shares()
        self._build_scenarios()
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(self.tr("Peruuta"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button = self.buttons.addButton(self.tr("Tallenna ja vie raportti…"),
                                                    QDialogButtonBox.ButtonRole.ApplyRole)
        self.ok_button = self.buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.clicked.connect(self.accept)
        self.export_button.clicked.connect(self._accept_and_export)

    # -- building -----------------------------------------------------------------------------------

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.verticalHeader().setVisible(False)
        return t

    def _indicator_combo(self, selected: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(ei mittaria)"), "")
        for iid, text in self.indicators:
            box.addItem(text, iid)
        i = box.findData(selected)
        box.setCurrentIndex(max(0, i))
        return box

    def _build_costs(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(QLabel(self.tr("Rahat palveluittain tai tavoitteittain. Työllistyneiden mittarilla lasketaan "
                                     "kustannus työllistynyttä kohden.")))
        self.costs_table = self._table([self.tr("Kohde"), self.tr("Budjetti (€)"), self.tr("Käytetty (€)"),
                                        self.tr("Työllistyneiden mittari")])
        self.costs_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for c in self.economics.costs:
            self._add_cost_row(c)
        col.addWidget(self.costs_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Lisää rivi"))
        remove = QPushButton(self.tr("Poista rivi"))
        imp = QPushButton(self.tr("Tuo Excelistä…"))
        add.clicked.connect(lambda: self._add_cost_row(CostItem()))
        remove.clicked.connect(lambda: self._remove_row(self.costs_table))
        imp.clicked.connect(self.import_costs)
        for b in (add, remove, imp):
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        self.tabs.addTab(page, self.tr("Kustannukset"))

    def _add_cost_row(self, c: CostItem) -> None:
        t = self.costs_table
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(c.name))
        t.setItem(r, 1, QTableWidgetItem(num_text(c.budget)))
        t.setItem(r, 2, QTableWidgetItem(num_text(c.spent)))
        t.item(r, 0).setData(256, c.id)
        t.setCellWidget(r, 3, self._indicator_combo(c.employed_indicator_id))

    def _remove_row(self, t: QTableWidget) -> None:
        rows = sorted({i.row() for i in t.selectedIndexes()}, reverse=True) or ([t.rowCount() - 1]
                                                                               if t.rowCount() else [])
        for r in rows:
            t.removeRow(r)

    def _build_subsidy(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        form = QFormLayout()
        self.daily = QDoubleSpinBox()
        self.daily.setRange(0, 1000)
        self.daily.setDecimals(2)
        self.daily.setSuffix(" €")
        from desktop.i18n import language_manager

        self.daily.setLocale(language_manager().locale())  # 37,21 in Finnish and Swedish
        self.daily.setValue(self.economics.daily_benefit)
        form.addRow(self.tr("Työmarkkinatuen päiväraha:"), self.daily)
        col.addLayout(form)
        col.addWidget(QLabel(self.tr("Porrastus (kunta maksaa osuuden, kun etuutta on maksettu vähintään porrastuksen päivät):")))
        self.bands_table = self._table([self.tr("Porras"), self.tr("Alkaen (pv)"), self.tr("Kuntaosuus (%)")])
        for b in self.economics.bands:
            r = self.bands_table.rowCount()
            self.bands_table.insertRow(r)
            for c, v in enumerate((b.label, str(b.min_days), num_text(b.share, percent=True))):
                self.bands_table.setItem(r, c, QTableWidgetItem(v))
        self.bands_table.setMaximumHeight(170)
        col.addWidget(self.bands_table)
        self.subsidy_label = QLabel()
        col.addWidget(self.subsidy_label)
        self.subsidy_table = self._table([self.tr("Kausi"), self.tr("Kunta"), self.tr("Porras"), self.tr("Henkilöt"),
                                          self.tr("Päivät"), self.tr("Euroa")])
        self.subsidy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        col.addWidget(self.subsidy_table)
        row = QHBoxLayout()
        imp = QPushButton(self.tr("Tuo luvut…"))
        clear = QPushButton(self.tr("Poista luvut"))
        imp.clicked.connect(self.import_subsidy)
        clear.clicked.connect(self._clear_subsidy)
        row.addWidget(imp)
        row.addWidget(clear)
        row.addStretch(1)
        col.addLayout(row)
        self._fill_subsidy()
        self.tabs.addTab(page, self.tr("Työmarkkinatuen kuntaosuus"))

    def _fill_subsidy(self) -> None:
        t = self.subsidy_table
        t.setRowCount(0)
        for f in sorted(self.economics.subsidy, key=lambda f: (f.period, f.municipality, f.band)):
            r = t.rowCount()
            t.insertRow(r)
            from planner.followup.costs import period_text

            for c, v in enumerate((period_text(f.period), f.municipality or self.tr("koko alue"), f.band, num_text(f.persons),
                                   num_text(f.days), num_text(f.euros))):
                t.setItem(r, c, QTableWidgetItem(v))
        n = len(self.economics.subsidy)
        src = self.economics.subsidy_source
        self.subsidy_label.setText(self.tr("Tuodut luvut: {0} riviä").format(n) + (f" ({src})" if src else ""))

    def _clear_subsidy(self) -> None:
        self.economics.subsidy = []
        self.economics.subsidy_source = ""
        self._fill_subsidy()

    def _build_shares(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        lab = QLabel(self.tr("Kunnan osuus alueen lukumäärätavoitteista (esim. osuus alueen työttömistä). "
                             "Kuntakortti käyttää osuutta kunnan tavoitteena; tyhjä: ei kuntakohtaista tavoitetta."))
        lab.setWordWrap(True)
        col.addWidget(lab)
        self.shares_table = self._table([self.tr("Kunta"), self.tr("Osuus (%)")])
        for m in self.programme.municipalities:
            r = self.shares_table.rowCount()
            self.shares_table.insertRow(r)
            item = QTableWidgetItem(m)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.shares_table.setItem(r, 0, item)
            self.shares_table.setItem(r, 1, QTableWidgetItem(num_text(self.economics.municipality_shares.get(m),
                                                                      percent=True)))
        col.addWidget(self.shares_table)
        self.tabs.addTab(page, self.tr("Kuntien osuudet"))

    def _build_scenarios(self) -> None:
        page = QWidget()
        col = QVBoxLayout(page)
        lab = QLabel(self.tr("Mitä jos: muutos mittarin jäljellä oleviin kuukausiin (esim. 5 henkilöä enemmän töihin "
                             "kuukaudessa) ja sen vaikutus vuoden lopun ennusteeseen ja kuntaosuuteen."))
        lab.setWordWrap(True)
        col.addWidget(lab)
        self.scen_table = self._table([self.tr("Nimi"), self.tr("Mittari"), self.tr("Muutos / kk"),
                                       self.tr("Vältetyt päivät / hlö"), self.tr("Kuntaosuus (%)")])
        self.scen_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            self.scen_table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for s in self.economics.scenarios:
            self._add_scenario_row(s)
        col.addWidget(self.scen_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Lisää skenaario"))
        remove = QPushButton(self.tr("Poista skenaario"))
        add.clicked.connect(lambda: self._add_scenario_row(Scenario(name=self.tr("Uusi skenaario"))))
        remove.clicked.connect(lambda: self._remove_row(self.scen_table))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        col.addLayout(row)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("background: #eef3f7; padding: 6px;")
        col.addWidget(self.preview)
        self.scen_table.itemSelectionChanged.connect(self.update_preview)
        self.scen_table.itemChanged.connect(lambda _i: self.update_preview())
        self.tabs.addTab(page, self.tr("Skenaariot"))
        self.update_preview()

    def _add_scenario_row(self, s: Scenario) -> None:
        t = self.scen_table
        t.blockSignals(True)  # the row is complete only at the end
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(s.name))
        t.item(r, 0).setData(256, s.id)
        t.item(r, 0).setData(257, s.note)
        combo = self._indicator_combo(s.indicator_id)
        combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        t.setCellWidget(r, 1, combo)
        t.setItem(r, 2, QTableWidgetItem(num_text(s.extra_per_month)))
        t.setItem(r, 3, QTableWidgetItem(num_text(s.days_avoided_per_person)))
        t.setItem(r, 4, QTableWidgetItem(num_text(s.share, percent=True)))
        t.blockSignals(False)
        t.selectRow(r)
        self.update_preview()

    # -- imports -------------------------------------------------------------------------------------

    def _pick_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Valitse tiedosto"), "",
                                              self.tr("Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        return path

    def import_costs(self, path: str = "") -> bool:
        from desktop.programme.actuals.error_text import describe_actuals_error
        from planner.followup.actuals.errors import ActualsError
        from planner.followup.economics_import import read_costs

        path = path or self._pick_file()
        if not path:
            return False
        try:
            items = read_costs(path, self.programme)
        except ActualsError as exc:
            self.show_error(self.tr("Kustannuksia ei voitu tuoda: {0}").format(describe_actuals_error(exc)))
            return False
        self.costs_table.setRowCount(0)
        for c in items:
            self._add_cost_row(c)
        self.error_label.hide()
        return True

    def import_subsidy(self, path: str = "") -> bool:
        from pathlib import Path

        from desktop.programme.actuals.error_text import describe_actuals_error
        from planner.economics_model import replace_subsidy
        from planner.followup.actuals.errors import ActualsError
        from planner.followup.economics_import import read_subsidy

        path = path or self._pick_file()
        if not path:
            return False
        try:
            bands = self._read_bands()
            probe = Economics(bands=bands)
            figures = read_subsidy(path, probe, self.programme.municipalities)
        except (ActualsError, InputError) as exc:
            text = describe_actuals_error(exc) if isinstance(exc, ActualsError) else str(exc)
            self.show_error(self.tr("Lukuja ei voitu tuoda: {0}").format(text))
            return False
        self.economics.bands = bands
        replace_subsidy(self.economics, figures)
        self.economics.subsidy_source = Path(path).name
        self._fill_subsidy()
        self.error_label.hide()
        self.update_preview()
        return True

    # -- reading the tables --------------------------------------------------------------------------

    def _cell(self, t: QTableWidget, r: int, c: int) -> str:
        item = t.item(r, c)
        return item.text() if item is not None else ""

    def _where(self, tab: str, r: int, col: str) -> str:
        return self.tr("{0}, rivi {1}, sarake {2}").format(tab, r + 1, col)

    def _read_bands(self) -> list[SubsidyBand]:
        t = self.bands_table
        out = []
        for r in range(t.rowCount()):
            label = self._cell(t, r, 0).strip()
            if not label:
                continue
            days = parse_number(self._cell(t, r, 1), self._where(self.tr("Porrastus"), r, self.tr("Alkaen (pv)")))
            share = parse_number(self._cell(t, r, 2), self._where(self.tr("Porrastus"), r, self.tr("Kuntaosuus (%)")),
                                 percent=True)
            out.append(SubsidyBand(label, int(days or 0), share or 0.0))
        return out

    def read_tables(self) -> Economics:
        """The economics as the tables show them; raises :class:`InputError` on a bad cell."""
        e = copy.deepcopy(self.economics)
        e.daily_benefit = self.daily.value()
        e.bands = self._read_bands()
        costs = []
        tab = self.tr("Kustannukset")
        t = self.costs_table
        old = {c.id: c for c in self.economics.costs}
        for r in range(t.rowCount()):
            name = self._cell(t, r, 0).strip()
            budget = parse_number(self._cell(t, r, 1), self._where(tab, r, self.tr("Budjetti (€)")))
            spent = parse_number(self._cell(t, r, 2), self._where(tab, r, self.tr("Käytetty (€)")))
            if not name and budget is None and spent is None:
                continue
            item = copy.deepcopy(old.get(t.item(r, 0).data(256) if t.item(r, 0) else "", CostItem()))
            item.name, item.budget, item.spent = name, budget, spent
            item.employed_indicator_id = t.cellWidget(r, 3).currentData() or ""
            if not item.focus_area_id:
                item.focus_area_id = next((fa.id for _t, fa in self.programme.focus_areas() if fa.title == name), "")
            costs.append(item)
        e.costs = costs
        shares = {}
        for r in range(self.shares_table.rowCount()):
            x = parse_number(self._cell(self.shares_table, r, 1),
                             self._where(self.tr("Kuntien osuudet"), r, self.tr("Osuus (%)")), percent=True)
            if x is not None:
                shares[self._cell(self.shares_table, r, 0)] = x
        e.municipality_shares = shares
        e.scenarios = [self._scenario(r) for r in range(self.scen_table.rowCount())]
        return e

    def _scenario(self, r: int) -> Scenario:
        t = self.scen_table
        tab = self.tr("Skenaariot")
        first = t.item(r, 0)
        s = Scenario(name=self._cell(t, r, 0).strip(), indicator_id=t.cellWidget(r, 1).currentData() or "",
                     extra_per_month=parse_number(self._cell(t, r, 2),
                                                  self._where(tab, r, self.tr("Muutos / kk"))) or 0.0,
                     days_avoided_per_person=parse_number(self._cell(t, r, 3), self._where(
                         tab, r, self.tr("Vältetyt päivät / hlö"))) or 0.0,
                     share=parse_number(self._cell(t, r, 4), self._where(tab, r, self.tr("Kuntaosuus (%)")),
                                        percent=True))
        if first is not None and first.data(256):
            s.id = first.data(256)
            s.note = first.data(257) or ""
        return s

    # -- preview and result ----------------------------------------------------------------------------

    def update_preview(self) -> None:
        from desktop.programme.actuals.message_text import messages_text
        from planner.followup.costs import scenario_subsidy
        from planner.followup.outlook import fmt, indicator_outlook, programme_year

        if not hasattr(self, "preview"):
            return
        rows = sorted({i.row() for i in self.scen_table.selectedIndexes()})
        if not rows and self.scen_table.rowCount():
            rows = [0]
        if not rows:
            self.preview.setText(self.tr("Ei skenaarioita. Lisää skenaario nähdäksesi sen vaikutuksen."))
            return
        try:
            sc = self._scenario(rows[0])
            bands = self._read_bands()
        except InputError as exc:
            self.preview.setText(str(exc))
            return
        found = self.programme.find_indicator(sc.indicator_id) if sc.indicator_id else None
        year = programme_year(self.programme)
        if found is None or year is None:
            self.preview.setText(self.tr("Valitse mittari, jolla on kuukausittaisia toteumia."))
            return
        ind = found[2]
        base = indicator_outlook(self.programme, ind, year)
        with_sc = indicator_outlook(self.programme, ind, year, extra_per_month=sc.extra_per_month)
        if base is None or with_sc is None:
            self.preview.setText(self.tr("Mittarilla ei ole kuukausittaisia toteumia, joten ennustetta ei voi laskea."))
            return
        e = copy.deepcopy(self.economics)
        e.bands = bands
        e.daily_benefit = self.daily.value()
        fig = scenario_subsidy(e, sc, 12 - with_sc.path[0][0])
        self.preview.setText(
            self.tr("{0}: vuoden lopussa ennuste {1} (ilman skenaariota {2}); kuntaosuuden säästö {3}. "
                    "Laskenta: {4}.").format(ind.id, fmt(with_sc.value), fmt(base.value), fig.value_text(),
                                             messages_text(fig.given)))

    def show_error(self, text: str) -> None:
        show_error_line(self.error_label, text)

    def accept(self) -> None:
        try:
            self._result = self.read_tables()
        except InputError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def _accept_and_export(self) -> None:
        self.export_after = True
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.export_after = False

    def result_economics(self) -> Economics:
        assert self._result is not None
        return self._result

    def changed(self) -> bool:
        return self._result is not None and self._result != self.original
