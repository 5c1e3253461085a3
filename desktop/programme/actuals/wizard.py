"""The actuals import wizard: choose a file, check the columns, review matches, import.

``ImportWizard(programme, parent)`` never changes the programme. After
``exec()`` returns Accepted, ``wizard.result_import`` and
``wizard.result_mappings`` hold what to store; the main window applies them with
:func:`planner.followup.actuals.apply_import` inside an undo command.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.labels import layout_label, match_how_label, role_label
from desktop.programme.actuals.message_text import actual_text, message_text, messages_text
from desktop.table_keys import ExcelTableWidget
from planner.followup.actuals.combine import BuiltImport, Conflict
from planner.followup.actuals.dimensions import AREA, MUNICIPALITY, OTHER
from planner.followup.actuals.errors import column_letter
from planner.followup.actuals.header_choice import choose_header_row, with_roles
from planner.followup.actuals.history import preview_results
from planner.followup.actuals.importer import ImportPlan, period_label
from planner.followup.actuals.layout import Role
from planner.followup.actuals.matching import MatchHow
from planner.model import ActualsImport, Programme
from planner.values import format_number

from .worker import CallRunner, ImportRunner

PREVIEW_ROWS = 40


def _cell_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return format_number(round(cell, 6))
    if hasattr(cell, "strftime"):
        try:
            return f"{cell.day}.{cell.month}.{cell.year}"
        except AttributeError:
            return str(cell)
    return str(cell)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Valitse toteumatiedosto"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) tai CSV. "
                                 "Otsikkorivi ja sarakkeet tunnistetaan automaattisesti."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Tiedoston polku"))
        self.path_edit.setAccessibleName(self.tr("Toteumatiedoston polku"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Selaa…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        # No file yet? The template has a row per indicator and a column per month to fill in.
        template_row = QHBoxLayout()
        template_note = QLabel(self.tr("Eikö tiedostoa vielä ole? Luo toteumapohja, jossa on rivi jokaiselle "
                                       "mittarille ja sarake jokaiselle kuukaudelle."))
        template_note.setWordWrap(True)
        self.template_button = QPushButton(self.tr("&Luo toteumapohja…"))
        self.template_button.clicked.connect(self._create_template)
        template_row.addWidget(template_note, 1)
        template_row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addSpacing(12)
        lay.addLayout(template_row)
        lay.addStretch(1)

    def _create_template(self) -> None:
        from desktop.programme.actuals.template import save_actuals_template

        save_actuals_template(self.w.programme, self)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Valitse toteumatiedosto"), "", self.tr("Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv);;Kaikki tiedostot (*)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())


class PreviewPage(QWizardPage):
    """Runs the reading in the background, then shows the sheet with the detected header and roles."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Tarkista sarakkeet"))
        self.setSubTitle(self.tr("Otsikkorivi on lihavoitu. Voit vaihtaa sarakkeen merkityksen tai otsikkorivin."))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Välilehti:"))
        top.addWidget(sheet_label)
        self.sheet_combo = QComboBox()
        sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.setAccessibleName(self.tr("Välilehti"))
        # As wide as the longest sheet name, so "Toteumat 2026" is never cut to "Toteu…".
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.setMinimumContentsLength(12)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        top.addWidget(self.sheet_combo)
        header_label = QLabel(self.tr("&Otsikkorivi:"))
        top.addWidget(header_label)
        self.header_combo = QComboBox()
        header_label.setBuddy(self.header_combo)
        self.header_combo.setAccessibleName(self.tr("Otsikkorivi"))
        self.header_combo.activated.connect(self._header_chosen)
        top.addWidget(self.header_combo)
        self.layout_label = QLabel()
        top.addWidget(self.layout_label, 1)
        lay.addLayout(top)
        prog_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Peruuta luku"))
        self.cancel_button.clicked.connect(self._cancel)
        prog_row.addWidget(self.progress_label)
        prog_row.addWidget(self.progress, 1)
        prog_row.addWidget(self.cancel_button)
        lay.addLayout(prog_row)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.error_label)
        self.table = ExcelTableWidget()
        self.table.setAccessibleName(self.tr("Välilehden esikatselu"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.role_combos: list[QComboBox] = []
        self._busy = False
        self.w.runner.progress.connect(self._on_progress)
        self.w.runner.finished.connect(self._on_plan)
        self.w.runner.failed.connect(self._on_failed)
        self.w.runner.cancelled.connect(self._on_cancelled)

    # -- running ---------------------------------------------------------------------

    def initializePage(self) -> None:
        self.w.plan = None
        self.sheet_combo.clear()
        self._start(sheet=None, layout=None, sheets=None)

    def _start(self, sheet, layout, sheets) -> None:
        self.error_label.clear()
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._busy = True
        self.progress_label.setText(self.tr("Luetaan…"))
        self.completeChanged.emit()
        self.w.runner.start(self.w.programme, self.w.path(), sheet, layout, sheets)

    def _cancel(self) -> None:
        self.w.runner.cancel()

    def _on_progress(self, value: int, text: str) -> None:
        self.progress.setValue(value)
        self.progress_label.setText(text)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.progress_label.clear()
        self.error_label.setText(self.tr("Tiedostoa ei voitu tuoda: ") + message)
        self.w.plan = None
        self.completeChanged.emit()

    def _on_cancelled(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.progress_label.setText(self.tr("Luku peruutettiin. Mitään ei muutettu."))
        self.completeChanged.emit()

    def _on_plan(self, plan: ImportPlan) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.progress_label.clear()
        self.w.plan = plan
        self.w.sheets_cache[plan.sheet.name] = plan.sheet
        self._show(plan)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan is not None and not self._busy

    def nextId(self) -> int:
        plan = self.w.plan
        if plan is not None and plan.dimensions:
            return self.w.dimension_id
        return self.w.match_id

    # -- showing -------------------------------------------------------------------------

    def _show(self, plan: ImportPlan) -> None:
        lay = plan.layout
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(plan.sheet_names)
        self.sheet_combo.setCurrentText(plan.sheet.name)
        self.sheet_combo.blockSignals(False)
        rows = plan.sheet.rows
        first = max(0, lay.header_row - 3)
        shown = rows[first : first + PREVIEW_ROWS]
        self.header_combo.blockSignals(True)
        self.header_combo.clear()
        for r in range(min(len(rows), 40)):
            self.header_combo.addItem(self.tr("rivi %1").replace("%1", str(r + 1)), r)
        self.header_combo.setCurrentIndex(min(lay.header_row, self.header_combo.count() - 1))
        self.header_combo.blockSignals(False)
        n_cols = max([len(lay.roles)] + [len(r) for r in shown])
        self.table.clear()
        self.table.setColumnCount(n_cols)
        self.table.setRowCount(len(shown) + 1)
        self.table.setHorizontalHeaderLabels([column_letter(i) for i in range(n_cols)])
        self.table.setVerticalHeaderLabels([self.tr("Merkitys")] + [str(first + i + 1) for i in range(len(shown))])
        self.role_combos = []
        for c in range(n_cols):
            combo = QComboBox()
            for role in Role:
                combo.addItem(role_label(role), role.value)
            role = lay.roles[c] if c < len(lay.roles) else Role.IGNORE
            combo.setCurrentIndex(combo.findData(role.value))
            combo.activated.connect(self._roles_changed)
            self.table.setCellWidget(0, c, combo)
            self.role_combos.append(combo)
        bold = QFont()
        bold.setBold(True)
        for i, row in enumerate(shown):
            r = first + i
            for c, cell in enumerate(row):
                item = QTableWidgetItem(_cell_text(cell))
                if r == lay.header_row:
                    item.setFont(bold)
                    item.setBackground(Qt.GlobalColor.lightGray)
                elif r < lay.header_row:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i + 1, c, item)
        self.table.resizeColumnsToContents()
        for c in range(n_cols):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 150), 320))
        n_matched = sum(1 for m in plan.matches.values() if m.accepted)
        self.layout_label.setText(
            self.tr("Rakenne: %1. Arvoja %2, rivitekstejä %3, joista yhdistetty %4.")
            .replace("%1", layout_label(lay.kind))
            .replace("%2", str(len(plan.records)))
            .replace("%3", str(len(plan.matches)))
            .replace("%4", str(n_matched))
        )

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentText()
        cached = self.w.sheets_cache.get(name)
        self._start(sheet=name, layout=None, sheets=[cached] if cached else None)

    def _roles_changed(self) -> None:
        plan = self.w.plan
        if plan is None:
            return
        lay = with_roles(plan.layout, [Role(c.currentData()) for c in self.role_combos])
        self._start(sheet=lay.sheet, layout=lay, sheets=[plan.sheet])

    def _header_chosen(self) -> None:
        plan = self.w.plan
        r = self.header_combo.currentData()
        if plan is None or r is None or not 0 <= r < len(plan.sheet.rows):
            return
        lay = choose_header_row(plan.sheet, plan.layout, r)
        self._start(sheet=lay.sheet, layout=lay, sheets=[plan.sheet])


class DimensionPage(QWizardPage):
    """The area column and category columns (sex, age group ...): which figures are used; open ones must be chosen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Valitse käytettävät luvut"))
        self.setSubTitle(self.tr("Tiedostossa on alueita tai luokkia (esim. sukupuoli). Kokonaisluokka ja ohjelman "
                                 "alue on valittu valmiiksi; valitse ne, joita ei tunnistettu."))
        self.form = QFormLayout(self)
        self.combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        plan = self.w.plan
        assert plan is not None
        for ch in plan.dimensions:
            head = self.tr("Sarake %1").replace("%1", ch.label)
            if ch.kind == AREA and not ch.open:
                info = QLabel(self._area_text(ch))
                info.setWordWrap(True)
                self.form.addRow(head, info)
                continue
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            combo = QComboBox()
            combo.addItem(self.tr("— valitse —"), None)
            for v in ch.values:
                combo.addItem(v or self.tr("(tyhjä)"), v)
            if ch.chosen is not None:
                combo.setCurrentIndex(combo.findData(ch.chosen))
            combo.activated.connect(lambda _i, c=ch, cb=combo: self._chosen(c, cb))
            lay.addWidget(combo)
            note = QLabel(self._category_text(ch))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            lay.addWidget(note)
            self.form.addRow(head, box)
            self.combos[ch.column] = combo
        self.completeChanged.emit()

    def _area_text(self, ch) -> str:
        area = [v for v, (k, _n) in ch.area_kinds.items() if k == AREA]
        munis = sorted({n for _v, (k, n) in ch.area_kinds.items() if k == MUNICIPALITY})
        other = [v for v, (k, _n) in ch.area_kinds.items() if k == OTHER]
        n_all = len(self.w.programme.municipalities)
        lines = []
        if area:
            lines.append(self.tr("Alueen oma luku: %1").replace("%1", ", ".join(v or self.tr("(tyhjä)") for v in area)))
        if munis:
            lines.append(self.tr("Ohjelman kunnat: %1/%2 (%3)").replace("%1", str(len(munis)))
                         .replace("%2", str(n_all)).replace("%3", ", ".join(munis)))
        if other:
            lines.append(self.tr("Ei käytetä (ei ohjelman aluetta): %1").replace("%1", ", ".join(other[:10])))
        return "\n".join(lines)

    def _category_text(self, ch) -> str:
        if ch.kind == AREA:
            return self.tr("Mikään arvo ei ole ohjelman alue eikä sen kunta. Valitse arvo, joka on ohjelman alue.")
        if ch.how == "total":
            return self.tr("Kokonaisluokka valittiin valmiiksi; muiden luokkien rivit jätetään pois.")
        if ch.open:
            return self.tr("Luokkaa ei voitu päätellä: valitse, minkä luokan luvut tuodaan.")
        return self.tr("Vain valitun luokan rivit tuodaan.")

    def _chosen(self, ch, combo: QComboBox) -> None:
        value = combo.currentData()
        if value is None:
            ch.chosen = None
            ch.how = ""
        else:
            ch.select(value)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.w.plan
        return plan is not None and not plan.open_questions()


class MatchPage(QWizardPage):
    """Each distinct row text with the indicator it goes to; fuzzy ones confirmed, unmatched assigned or skipped."""

    COL_TEXT, COL_ROWS, COL_INDICATOR, COL_HOW, COL_OK = range(5)
    matchesChanged = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Tarkista mittarien vastaavuudet"))
        self.setSubTitle(self.tr("Vahvista samankaltaisella nimellä löydetyt ja valitse mittari riveille, "
                                 "joita ei tunnistettu, tai ohita ne."))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = ExcelTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Mittarien vastaavuudet"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Rivin teksti tiedostossa"), self.tr("Rivejä"), self.tr("Mittari ohjelmassa"),
            self.tr("Tunnistettu"), self.tr("Hyväksytty"),
        ])
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(self.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(self.COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.keys: list[str] = []
        self.combos: dict[str, QComboBox] = {}
        self.checks: dict[str, QCheckBox] = {}

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        counts = plan.row_counts()  # rows the chosen categories and areas keep: the summary counts the same
        first_row = plan.first_rows()

        def order(k: str) -> tuple[int, int]:
            m = plan.matches[k]
            rank = 0 if m.indicator_id is None else (1 if m.needs_confirmation else 2)
            return rank, first_row.get(k, 0)

        self.keys = sorted(plan.matches, key=order)
        self.table.setRowCount(len(self.keys))
        self.combos.clear()
        self.checks.clear()
        indicators = [(ind.id, f"{ind.id} – {ind.name}") for _t, _f, ind in self.w.programme.indicators()]
        # One list of choices shared by every row's combo box: 40 rows x 40 indicators added
        # item by item held the window for ~0.1 s (benchmarks/bench_gui_stall.py).
        choices = QStandardItemModel(self)
        for label, data in [(self.tr("— valitse mittari —"), ""), (self.tr("Ohita nämä rivit"), "__skip__"),
                            *((label, iid) for iid, label in indicators)]:
            item = QStandardItem(label)
            item.setData(data, Qt.ItemDataRole.UserRole)
            choices.appendRow(item)
        for r, key in enumerate(self.keys):
            m = plan.matches[key]
            text_item = QTableWidgetItem(key)
            text_item.setToolTip(self.tr("Ensimmäinen rivi: %1").replace("%1", str(first_row.get(key, ""))))
            self.table.setItem(r, self.COL_TEXT, text_item)
            self.table.setItem(r, self.COL_ROWS, QTableWidgetItem(str(counts.get(key, 0))))
            combo = QComboBox()
            combo.setModel(choices)
            if m.indicator_id:
                combo.setCurrentIndex(combo.findData(m.indicator_id))
            combo.activated.connect(lambda _i, k=key: self._chosen(k))
            self.table.setCellWidget(r, self.COL_INDICATOR, combo)
            self.combos[key] = combo
            self._set_how(r, key)
            check = QCheckBox()
            check.setChecked(m.accepted)
            check.setEnabled(m.indicator_id is not None)
            check.toggled.connect(lambda on, k=key: self._confirmed(k, on))
            self.table.setCellWidget(r, self.COL_OK, check)
            self.checks[key] = check
        self.table.resizeColumnToContents(self.COL_ROWS)
        self.table.resizeColumnToContents(self.COL_HOW)
        self._update_summary()

    def _set_how(self, r: int, key: str) -> None:
        m = self.w.plan.matches[key]
        if m.skipped:
            text = self.tr("ohitetaan")
        elif m.indicator_id is None:
            text = self.tr("ei tunnistettu")
        else:
            text = match_how_label(m.how) if m.how else ""
            if m.how is MatchHow.FUZZY:
                text += f" ({format_number(round(m.score))} %)"
            if m.needs_confirmation:
                text += self.tr(" – vahvista")
        item = QTableWidgetItem(text)
        if m.needs_confirmation or (m.indicator_id is None and not m.skipped):
            item.setForeground(Qt.GlobalColor.darkRed)
        self.table.setItem(r, self.COL_HOW, item)

    def _chosen(self, key: str) -> None:
        plan = self.w.plan
        data = self.combos[key].currentData()
        if data == "__skip__":
            plan.assign(key, None)
        elif data:
            plan.assign(key, data)
        else:
            plan.clear_match(key)
        m = plan.matches[key]
        check = self.checks[key]
        check.blockSignals(True)
        check.setChecked(m.accepted)
        check.setEnabled(m.indicator_id is not None and not m.skipped)
        check.blockSignals(False)
        self._set_how(self.keys.index(key), key)
        self._update_summary()

    def _confirmed(self, key: str, on: bool) -> None:
        plan = self.w.plan
        m = plan.matches[key]
        if on and m.indicator_id:
            plan.confirm(key)
        elif not on:
            plan.unconfirm(key)
        self._set_how(self.keys.index(key), key)
        self._update_summary()

    def _update_summary(self) -> None:
        plan = self.w.plan
        open_ = sum(1 for m in plan.matches.values() if not m.skipped and not m.accepted)
        ok = sum(1 for m in plan.matches.values() if m.accepted)
        skipped = sum(1 for m in plan.matches.values() if m.skipped)
        text = self.tr("Yhdistetty %1, ohitetaan %2, avoinna %3.").replace("%1", str(ok)).replace(
            "%2", str(skipped)).replace("%3", str(open_))
        if open_:
            text += " " + self.tr("Avoimia rivejä ei tuoda; ne luetellaan yhteenvedossa.")
        self.summary.setText(text)
        self.matchesChanged.emit()


class SummaryPage(QWizardPage):
    """What the import brings, computed off the GUI thread: counts, coverage, every warning, conflicts to resolve."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Tuo toteumat"))
        lay = QVBoxLayout(self)
        self.busy_label = QLabel()
        lay.addWidget(self.busy_label)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #b71c1c;")
        lay.addWidget(self.conflict_label)
        self.conflict_table = QTableWidget(0, 4)
        self.conflict_table.setHorizontalHeaderLabels([
            self.tr("Mittari"), self.tr("Ajankohta"), self.tr("Kunta"), self.tr("Käytettävä arvo")])
        hh = self.conflict_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.conflict_table.setMaximumHeight(170)
        lay.addWidget(self.conflict_table)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        lay.addWidget(self.text, 1)
        self.built: BuiltImport | None = None
        self.results: list = []
        self._busy = False
        self._conflicts: dict[str, Conflict] = {}
        self.runner = CallRunner(self)
        self.runner.finished.connect(self._on_built)
        self.runner.failed.connect(self._on_failed)

    def initializePage(self) -> None:
        self._conflicts = {}
        self.conflict_table.setRowCount(0)
        self._run()

    def cleanupPage(self) -> None:
        self.runner.wait()
        self.built = None

    def _run(self) -> None:
        plan = self.w.plan
        programme = self.w.programme
        assert plan is not None
        self._busy = True
        self.built = None
        self.busy_label.setText(self.tr("Lasketaan yhteenvetoa…"))
        self.conflict_table.setEnabled(False)
        self.completeChanged.emit()
        as_of = date.today()

        def work():
            built = plan.build(as_of=as_of)
            results = [] if built.blocking else preview_results(programme, built.imp, built.mappings, as_of)
            return built, results

        self.runner.start(work)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.busy_label.setText(self.tr("Yhteenvetoa ei voitu laskea: ") + message)
        self.completeChanged.emit()

    def _on_built(self, result) -> None:
        self._busy = False
        self.busy_label.clear()
        self.built, self.results = result
        self.conflict_table.setEnabled(True)
        for c in self.built.conflicts:
            if c.key not in self._conflicts:
                self._conflicts[c.key] = c
                self._add_conflict_row(c)
        self._show()
        self.completeChanged.emit()

    def _add_conflict_row(self, c: Conflict) -> None:
        r = self.conflict_table.rowCount()
        self.conflict_table.insertRow(r)
        self.conflict_table.setItem(r, 0, QTableWidgetItem(c.indicator_name))
        self.conflict_table.setItem(r, 1, QTableWidgetItem(period_label(c.day or c.period)))
        self.conflict_table.setItem(r, 2, QTableWidgetItem(c.municipality or self.tr("koko alue")))
        combo = QComboBox()
        combo.addItem(self.tr("— valitse —"), "open")
        for i in range(len(c.cells)):
            combo.addItem(self.tr("solu %1").replace("%1", c.cell_label(i)), i)
        combo.addItem(self.tr("Ohita nämä arvot"), None)
        combo.activated.connect(lambda _i, k=c.key, cb=combo: self._conflict_chosen(k, cb))
        self.conflict_table.setCellWidget(r, 3, combo)

    def _conflict_chosen(self, key: str, combo: QComboBox) -> None:
        plan = self.w.plan
        data = combo.currentData()
        if data == "open":
            plan.conflict_choices.pop(key, None)
        else:
            plan.choose_conflict(key, data)
        self._run()

    def _show(self) -> None:
        plan = self.w.plan
        built = self.built
        assert plan is not None and built is not None
        open_conflicts = len(built.conflicts)
        self.conflict_table.setVisible(bool(self._conflicts))
        if open_conflicts:
            self.conflict_label.setText(
                self.tr("%1 ristiriitaa: samalle mittarille, ajankohdalle ja kunnalle on eri arvoja. "
                        "Valitse kullekin käytettävä arvo (tai ohita), ennen kuin tuot.").replace("%1", str(open_conflicts)))
        elif self._conflicts:
            self.conflict_label.setText(self.tr("Ristiriidat on ratkaistu."))
        else:
            self.conflict_label.clear()
        imp = built.imp
        lines = [
            "<p>" + _esc(self.tr("Tiedosto: %1, välilehti %2").replace("%1", Path(plan.path).name)
                         .replace("%2", plan.sheet.name)) + "<br>",
            _esc(self.tr("Tuodaan %1 arvoa %2 mittarille (%3 riviä).").replace("%1", str(len(imp.values)))
                 .replace("%2", str(len({v.indicator_id for v in imp.values}))).replace("%3", str(built.rows_used)))
            + "<br>",
            _esc(self.tr("Saman mittarin, ajankohdan ja kunnan aiemmat arvot korvataan.")) + "</p>",
        ]
        if self.results:
            lines.append("<p><b>" + _esc(self.tr("Mihin luvut perustuvat:")) + "</b><br>")
            for r in self.results:
                cov = message_text(r.coverage.message()) if r.coverage is not None else ""
                actual = actual_text(r) or "–"
                lines.append(f"• {_esc(r.indicator.name)}: {_esc(actual)}" + (f" – {_esc(cov)}" if cov else "")
                             + (f" <span style='color:#666'>({_esc(messages_text(r.notes))})</span>" if r.notes else "")
                             + "<br>")
            lines.append("</p>")
        unmatched = plan.unmatched_rows()
        if unmatched:
            lines.append("<p><b>" + _esc(self.tr("Ei tuoda (ei mittaria):")) + "</b><br>")
            lines += [f"• {_esc(u.sheet)}, {_esc(self.tr('rivi %1').replace('%1', str(u.row)))}: {_esc(u.text)}<br>"
                      for u in unmatched[:20]]
            lines.append("</p>")
        if built.warnings:
            lines.append("<p><b>" + _esc(self.tr("Huomiot:")) + "</b><br>")
            lines += [f"• {_esc(message_text(w))}<br>" for w in built.warnings]
            lines.append("</p>")
        self.text.setHtml("".join(lines))

    def isComplete(self) -> bool:
        return not self._busy and self.built is not None and not self.built.blocking


def _esc(text: str) -> str:
    from html import escape

    return escape(text)


class ImportWizard(QWizard):
    """Import actuals without changing the programme; the result is in ``result_import``."""

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.plan: ImportPlan | None = None
        self.sheets_cache: dict = {}
        self.result_import: ActualsImport | None = None
        self.result_mappings: dict[str, dict[str, str]] = {}
        self.runner = ImportRunner(self)
        self.setWindowTitle(self.tr("Tuo toteumat"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.dimension_page = DimensionPage(self)
        self.match_page = MatchPage(self)
        self.summary_page = SummaryPage(self)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.dimension_id = self.addPage(self.dimension_page)
        self.match_id = self.addPage(self.match_page)
        self.addPage(self.summary_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Tuo"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Seuraava >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Edellinen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Peruuta"))
        self.resize(1100, 700)

    def path(self) -> str:
        return self.file_page.path_edit.text().strip()

    def set_path(self, path: str) -> None:
        self.file_page.path_edit.setText(path)

    def accept(self) -> None:
        built = self.summary_page.built
        if self.plan is None or built is None or built.blocking:
            return
        # The summary's own build (made off the GUI thread; the plan has not changed since).
        self.result_import, self.result_mappings = built.imp, built.mappings
        super().accept()

    def reject(self) -> None:
        self.runner.cancel()
        self.runner.wait()
        super().reject()

    def done(self, result: int) -> None:
        self.runner.cancel()
        self.runner.wait()
        self.summary_page.runner.wait()
        super().done(result)
