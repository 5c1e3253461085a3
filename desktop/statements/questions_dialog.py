"""Questions of a consultation request in: type or paste them, or import a .docx / .txt.

The dialog shows at once what it read (the items) and what it could not read,
so nothing the author pasted disappears unnoticed. A file is read in a worker
thread (:mod:`desktop.statements.questions_worker`) behind a progress dialog
with Cancel, so an untrusted file never freezes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.statements.questions_worker import QuestionsImportRunner
from planner.statements.questions_import import (
    QuestionsImport,
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

    def read_file(self, path: str | Path) -> QuestionsImport | None:
        """Read the file in a worker thread while a progress dialog offers Cancel.

        Returns the import, or None when it failed (the reason is shown) or was cancelled.
        """
        runner = QuestionsImportRunner(self)
        self.runner = runner
        outcome: dict[str, object] = {}
        loop = QEventLoop(self)

        def done(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        runner.finished.connect(lambda r: done("result", r))
        runner.failed.connect(lambda m: done("error", m))
        runner.cancelled.connect(lambda: done("cancelled", True))
        progress = QProgressDialog(tr("Luetaan tiedostoa {0}…").format(Path(path).name), tr("Peruuta"), 0, 0, self)
        progress.setWindowTitle(tr("Tuo lausuntopyyntö"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.canceled.connect(runner.cancel)
        progress.setValue(0)  # starts the timer that shows the dialog after the minimum duration
        self.progress = progress
        runner.start(str(path))
        if not outcome:
            loop.exec()
        progress.reset()
        progress.deleteLater()
        runner.wait()
        if "error" in outcome:
            QMessageBox.warning(self, tr("Tiedostoa ei voi lukea"), str(outcome["error"]))
            return None
        result = outcome.get("result")
        return result if isinstance(result, QuestionsImport) else None

    def load_file(self, path: str | Path) -> bool:
        result = self.read_file(path)
        if result is None:
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
