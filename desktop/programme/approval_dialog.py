"""Tiedosto > Tila ja hyväksyntä…: move the programme along draft → board proposal → approved.

A board proposal and an approval are recorded with their decision (body, date, §).
The dialog only collects the choice; the window applies it as one undoable
:class:`desktop.programme.cycle_commands.StateCommand` around :func:`planner.versions.set_status`,
and a refused change (no date, a bad date) is shown here without closing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import status_label
from planner.model import ApprovalDecision, Programme, Status
from planner.versions import DEFAULT_BODY

# The statuses a user moves to from here, in their order (approved last).
STEPS = [Status.DRAFT, Status.FOR_COMMENT, Status.PROPOSAL, Status.APPROVED]


class ApprovalDialog(QDialog):
    def __init__(self, programme: Programme, apply: Callable[[Status, ApprovalDecision | None], str],
                 parent: QWidget | None = None) -> None:
        """``apply`` makes the change and returns "" or the reason it was refused."""
        super().__init__(parent)
        self.apply = apply
        self.setWindowTitle(self.tr("Tila ja hyväksyntä"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Ohjelman tila"), self)
        bl = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.radios: dict[Status, QRadioButton] = {}
        texts = {Status.DRAFT: self.tr("Luonnos"), Status.FOR_COMMENT: self.tr("Lausunnolla"),
                 Status.PROPOSAL: self.tr("Hallituksen ehdotus valtuustolle"),
                 Status.APPROVED: self.tr("Hyväksytty valtuustossa (lukitaan)")}
        for s in STEPS:
            r = QRadioButton(texts[s], box)
            self.radios[s] = r
            self.group.addButton(r)
            bl.addWidget(r)
            r.toggled.connect(self._status_changed)
        lay.addWidget(box)
        self.decision_box = QGroupBox(self.tr("Päätös"), self)
        form = QFormLayout(self.decision_box)
        self.body_edit = QLineEdit(self.decision_box)
        self.date_edit = QLineEdit(self.decision_box)
        self.date_edit.setPlaceholderText(self.tr("esim. 16.12.2026"))
        today = date.today()
        self.date_edit.setText(f"{today.day}.{today.month}.{today.year}")
        self.section_edit = QLineEdit(self.decision_box)
        self.section_edit.setPlaceholderText(self.tr("esim. § 45"))
        form.addRow(self.tr("&Toimielin:"), self.body_edit)
        form.addRow(self.tr("&Päivämäärä:"), self.date_edit)
        form.addRow(self.tr("&Pykälä:"), self.section_edit)
        lay.addWidget(self.decision_box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B03A2E; font-weight: bold")
        self.error.hide()
        lay.addWidget(self.error)
        self.current = QLabel(self.tr("Nyt: {0}").format(status_label(programme.status)), self)
        lay.addWidget(self.current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aseta tila"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        nxt = STEPS[min(STEPS.index(programme.status) + 1, len(STEPS) - 1)] if programme.status in STEPS \
            else Status.DRAFT
        self.radios[Status.PROPOSAL if nxt is Status.FOR_COMMENT else nxt].setChecked(True)

    def chosen(self) -> Status:
        return next(s for s, r in self.radios.items() if r.isChecked())

    def _status_changed(self) -> None:
        s = self.chosen()
        needs = s in (Status.PROPOSAL, Status.APPROVED)
        self.decision_box.setEnabled(needs)
        if needs and (not self.body_edit.text() or self.body_edit.text() in DEFAULT_BODY.values()):
            self.body_edit.setText(DEFAULT_BODY[s])  # the usual Finnish body names; the user edits them
        self.hint.setText(self.tr("Hyväksytty ohjelma lukitaan: se avautuu vain luku -tilassa, ja muutokset "
                                  "tehdään uuteen versioon. Hyväksytty versio tallennetaan ohjelmaan "
                                  "muuttumattomana.") if s is Status.APPROVED else "")

    def decision(self) -> ApprovalDecision | None:
        if self.chosen() not in (Status.PROPOSAL, Status.APPROVED):
            return None
        return ApprovalDecision(self.body_edit.text(), self.date_edit.text(), self.section_edit.text())

    def _ok(self) -> None:
        problem = self.apply(self.chosen(), self.decision())
        if problem:
            self.error.setText(problem[:1].upper() + problem[1:] + ".")
            self.error.show()
            return
        self.accept()
