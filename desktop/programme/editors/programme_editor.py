"""The programme details page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import InsertCommand, RemoveCommand
from desktop.document import ProgrammeDocument
from desktop.i18n import N_
from desktop.labels import status_label
from desktop.programme.editors.page import EditorPage, line_edit, set_label, text_box
from desktop.programme.editors.text_list_editor import TextListEditor
from desktop.programme.models.decisions import DecisionsModel
from desktop.programme.models.levels import LevelsModel
from desktop.table_keys import ExcelTableView
from planner.model import STATUSES_WITH_DECISION, ApprovalDecision, Level, Programme, Status


class ProgrammeEditor(EditorPage):
    structural_fields = ("title", "themes_title", "services_title")

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        form = self.new_form()
        self.title_edit = line_edit(self.body)
        self.year_spin = QSpinBox(self.body)
        self.year_spin.setRange(1999, 2100)
        self.year_spin.setSpecialValueText("\u2013")
        self.year_spin.setKeyboardTracking(False)
        self.area_edit = line_edit(self.body)
        self.lead_combo = QComboBox(self.body)
        self.author_edit = line_edit(self.body)
        self.contact_edit = line_edit(self.body)
        self.motto_edit = text_box(self.body, 2)
        self.status_combo = QComboBox(self.body)
        self.fields: list[tuple[Any, QWidget, str]] = []
        for w, key in ((self.title_edit, N_("Ohjelman nimi")), (self.year_spin, N_("Vuosi")), (self.area_edit, N_("Alue")),
                       (self.lead_combo, N_("Vastuukunta")), (self.author_edit, N_("Laatija")),
                       (self.contact_edit, N_("Yhteystiedot")), (self.motto_edit, N_("Tunnuslause")),
                       (self.status_combo, N_("Tila"))):
            self.fields.append((self.add_row(form, w), w, key))
        self.binder.line(self.title_edit, "title", lambda: self.tr("ohjelman nimi"))
        self.binder.spin(self.year_spin, "year", lambda: self.tr("vuosi"), empty=1999)
        self.binder.line(self.area_edit, "area", lambda: self.tr("alue"))
        self.binder.line(self.author_edit, "author", lambda: self.tr("laatija"))
        self.binder.line(self.contact_edit, "contact", lambda: self.tr("yhteystiedot"))
        self.binder.text(self.motto_edit, "motto", lambda: self.tr("tunnuslause"))
        self.binder.custom(self._fill_lead_choices)
        self.binder.combo(self.lead_combo, "lead_municipality", lambda: self.tr("vastuukunta"))
        self.binder.combo(self.status_combo, "status", lambda: self.tr("tila"),
                          to_value=lambda v: Status(v) if v else None)

        self.municipalities = TextListEditor(doc, stack, lambda: self.tr("Sopijakunnat"), lambda: self.tr("kunta"),
                                             self.body)
        self.body_layout.addWidget(self.municipalities)

        self.decisions_box = QGroupBox(self.body)
        box = QVBoxLayout(self.decisions_box)
        self.decisions_model = DecisionsModel(doc, stack, self)
        self.decisions_view = ExcelTableView(self.decisions_box)
        self.decisions_view.setModel(self.decisions_model)
        # Columns at least as wide as their headers ("Päivämäärä (pp.kk.vvvv)" was cut when the page is narrow).
        self.decisions_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.decisions_view.horizontalHeader().setStretchLastSection(True)
        self.decisions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions_view.setMaximumHeight(self.fontMetrics().height() * 9)
        box.addWidget(self.decisions_view)
        row = QHBoxLayout()
        self.add_decision = QPushButton(self.decisions_box)
        self.remove_decision = QPushButton(self.decisions_box)
        self.add_decision.clicked.connect(self._add_decision)
        self.remove_decision.clicked.connect(self._remove_decision)
        row.addWidget(self.add_decision)
        row.addWidget(self.remove_decision)
        row.addStretch(1)
        box.addLayout(row)
        self.body_layout.addWidget(self.decisions_box)

        # The levels an indicator can have (KV, LTK ...): code and name, added and removed here.
        self.levels_box = QGroupBox(self.body)
        levels_layout = QVBoxLayout(self.levels_box)
        self.levels_model = LevelsModel(doc, stack, self)
        self.levels_view = ExcelTableView(self.levels_box)
        self.levels_view.setModel(self.levels_model)
        self.levels_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.levels_view.horizontalHeader().setStretchLastSection(True)
        self.levels_view.setMaximumHeight(self.fontMetrics().height() * 8)
        levels_layout.addWidget(self.levels_view)
        levels_row = QHBoxLayout()
        self.add_level = QPushButton(self.levels_box)
        self.remove_level = QPushButton(self.levels_box)
        self.add_level.clicked.connect(self._add_level)
        self.remove_level.clicked.connect(self._remove_level)
        levels_row.addWidget(self.add_level)
        levels_row.addWidget(self.remove_level)
        levels_row.addStretch(1)
        levels_layout.addLayout(levels_row)
        self.body_layout.addWidget(self.levels_box)
        self.body_layout.addStretch(1)
        self.retranslate_ui()

    def _fill_lead_choices(self) -> None:
        p: Programme = self.obj
        self.lead_combo.clear()
        self.lead_combo.addItem(self.tr("(ei valittu)"), "")
        names = list(p.municipalities)
        if p.lead_municipality and p.lead_municipality not in names:
            names.append(p.lead_municipality)
        for name in names:
            self.lead_combo.addItem(name, name)

    def retranslate_ui(self) -> None:
        for label, w, key in self.fields:
            set_label(label, w, self.tr(key))
        self.heading.setText(self.tr("Ohjelman tiedot"))
        current = self.status_combo.currentIndex()
        self.status_combo.clear()
        for s in Status:
            self.status_combo.addItem(status_label(s), s.value)
        needs_decision = self.tr("Ehdotukseksi tai hyväksytyksi päätöksen kanssa: Tiedosto › Tila ja hyväksyntä…")
        model = self.status_combo.model()
        for i, s in enumerate(Status):
            if s in STATUSES_WITH_DECISION:  # shown when current, chosen only with a decision (approval dialog)
                model.item(i).setEnabled(False)
                self.status_combo.setItemData(i, needs_decision, Qt.ItemDataRole.ToolTipRole)
        self.status_combo.setToolTip(needs_decision)
        self.status_combo.setCurrentIndex(current)
        self.decisions_box.setTitle(self.tr("Hyväksymispäätökset"))
        self.decisions_view.setAccessibleName(self.tr("Hyväksymispäätökset"))
        self.add_decision.setText(self.tr("Lisää päätös"))
        self.remove_decision.setText(self.tr("Poista päätös"))
        self.add_decision.setAccessibleName(self.add_decision.text())
        self.levels_box.setTitle(self.tr("Mittarien tasot"))
        self.levels_view.setAccessibleName(self.tr("Mittarien tasot"))
        self.add_level.setText(self.tr("Lisää taso"))
        self.remove_level.setText(self.tr("Poista taso"))
        self.add_level.setAccessibleName(self.add_level.text())
        self.remove_level.setAccessibleName(self.remove_level.text())
        self.remove_decision.setAccessibleName(self.remove_decision.text())
        if self.obj is not None:
            self.binder.refresh()

    def set_object(self, obj: Any) -> None:
        super().set_object(obj)
        self.municipalities.bind(obj, (lambda: obj.municipalities) if obj is not None else None)
        self.decisions_model.reset()
        self.levels_model.reset()

    def _add_level(self) -> None:
        p: Programme = self.obj
        self.stack.push(InsertCommand(self.doc, p, p.levels, len(p.levels), Level(code=""),
                                      self.tr("Lisää taso"), select=False))
        idx = self.levels_model.index(len(p.levels) - 1, 0)
        self.levels_view.setCurrentIndex(idx)
        self.levels_view.setFocus()
        self.levels_view.edit(idx)

    def _remove_level(self) -> None:
        p: Programme = self.obj
        row = self.levels_view.currentIndex().row()
        if 0 <= row < len(p.levels):
            self.stack.push(RemoveCommand(self.doc, p, p.levels, row, self.tr("Poista taso")))

    def _add_decision(self) -> None:
        p: Programme = self.obj
        self.stack.push(InsertCommand(self.doc, p, p.decisions, len(p.decisions),
                                      ApprovalDecision(body=self.tr("Kaupunginvaltuusto")),
                                      self.tr("Lisää päätös"), select=False))
        idx = self.decisions_model.index(len(p.decisions) - 1, 0)
        self.decisions_view.setCurrentIndex(idx)
        self.decisions_view.setFocus()

    def _remove_decision(self) -> None:
        p: Programme = self.obj
        row = self.decisions_view.currentIndex().row()
        if 0 <= row < len(p.decisions):
            self.stack.push(RemoveCommand(self.doc, p, p.decisions, row, self.tr("Poista päätös"), select=False))
