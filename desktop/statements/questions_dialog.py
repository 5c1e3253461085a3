"""Questions of a consultation request in: type or paste them, or import a .docx / .txt.

The dialog shows at once what it read (the items) and what it could not read,
so nothing the author pasted disappears unnoticed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.statements.questions_import import (
    QuestionsImport,
    QuestionsImportError,
    import_questions_file,
    parse_questions_text,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("QuestionsDialog", text)


class QuestionsDialog(QDialog):
    """Returns :attr:`result_import` (a QuestionsImport) when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Lausuntopyynnön kysymykset"))
        self.resize(900, 600)
        self.result_import = QuestionsImport()
        self._file_import: QuestionsImport | None = None
        help_text = QLabel(tr(
            "Kirjoita tai liitä kysymykset numeroituina riveinä (esim. ”Kehittämisehdotus 1: …” tai ”1. …”) ja "
            "kunkin alle kysymysrivi, tai tuo lausuntopyyntö Word- (.docx) tai tekstitiedostosta (.txt)."))
        help_text.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("questionsText")
        self.text.setPlaceholderText("Kehittämisehdotus 1: Uravalmennuksen räätälöinti\n"
                                     "Näkemykset uravalmennuksen räätälöintiä koskevista ehdotuksista:\n\n"
                                     "Mitä muuta haluatte kertoa tässä yhteydessä?")
        self.text.textChanged.connect(self._reparse)
        self.import_button = QPushButton(tr("Tuo tiedostosta…"))
        self.import_button.clicked.connect(self._choose_file)
        self.items = QListWidget()
        self.items.setObjectName("parsedItems")
        self.unread = QListWidget()
        self.unread.setObjectName("unreadLines")
        self.text.setAccessibleName(tr("Lausuntopyynnön kysymykset tekstinä"))
        self.items.setAccessibleName(tr("Luetut kysymykset"))
        self.unread.setAccessibleName(tr("Rivit, joita ei luettu kysymyksiksi"))
        self.unread_label = QLabel()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(tr("Luetut kysymykset")))
        rl.addWidget(self.items, 2)
        rl.addWidget(self.unread_label)
        rl.addWidget(self.unread, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        ll.addLayout(row)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self._show(QuestionsImport())

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def load_file(self, path: str | Path) -> bool:
        try:
            result = import_questions_file(path)
        except QuestionsImportError as exc:
            QMessageBox.warning(self, tr("Tiedostoa ei voi lukea"), exc.one_line())
            return False
        self._file_import = result
        self.text.blockSignals(True)
        self.text.setPlainText("")
        self.text.blockSignals(False)
        self._show(result)
        return True

    def _choose_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, tr("Tuo lausuntopyyntö"), "",
                                               tr("Word tai teksti (*.docx *.txt);;Kaikki tiedostot (*)"))
        if name:
            self.load_file(name)

    def _reparse(self) -> None:
        self._file_import = None
        self._show(parse_questions_text(self.text.toPlainText()))

    def _show(self, result: QuestionsImport) -> None:
        self.result_import = result
        self.items.clear()
        for item in result.items:
            q = f" — {item.question}" if item.question else ""
            self.items.addItem(f"{item.heading}{q}")
        self.unread.clear()
        for u in result.unread:
            self.unread.addItem(f"{u.where}: {u.text}")
        self.unread_label.setText(tr("Ei luettu kysymykseksi ({0}) – tarkista tai lisää käsin:").format(
            len(result.unread)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(result.items))
