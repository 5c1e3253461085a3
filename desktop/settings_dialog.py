"""The settings dialog: language and autosave interval."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from desktop.i18n import LANGUAGE_NAMES, Retranslatable
from desktop.settings import LANGUAGES, Settings


class SettingsDialog(Retranslatable, QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.get(Settings.language)))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, 120)
        self.autosave.setValue(settings.get(Settings.autosave_minutes))
        form = QFormLayout(self)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.autosave_label = QLabel(self)
        self.autosave_label.setBuddy(self.autosave)
        self.autosave_label.setWordWrap(True)
        form.addRow(self.language_label, self.language)
        form.addRow(self.autosave_label, self.autosave)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Asetukset"))
        self.language_label.setText(self.tr("&Kieli"))
        self.language.setAccessibleName(self.tr("Kieli"))
        self.autosave_label.setText(self.tr("&Automaattinen varmuuskopio (minuutin välein, 0 = ei käytössä)"))
        self.autosave.setAccessibleName(self.tr("Automaattisen varmuuskopion väli minuutteina"))
        self.autosave.setSuffix(self.tr(" min"))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_autosave(self) -> int:
        return self.autosave.value()
