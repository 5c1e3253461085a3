"""Language switching without restart: visible texts change, and back to Finnish."""

from PySide6.QtWidgets import QDialogButtonBox

from desktop.i18n import language_manager
from desktop.programme.models import indicator_table as m
from desktop.settings import Settings
from desktop.settings_dialog import SettingsDialog


def test_switch_to_english_and_swedish_and_back(window, qtbot):
    p = window.doc.programme
    window.tree.select_object(next(p.focus_areas())[1])
    table = window.focus_area_page.table
    assert window.file_menu.title() == "&Tiedosto"
    assert table.title() == "Mittarit"
    try:
        window.apply_settings("en", 5)
        assert window.settings.get(Settings.language) == "en"
        assert window.settings.get(Settings.autosave_minutes) == 5
        assert window.session.autosave_timer.interval() == 5 * 60 * 1000
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File")  # LanguageChange arrives as an event
        assert table.title() == "Indicators"
        assert table.model.headerData(m.BASELINE_READING, m.Qt.Orientation.Horizontal) == "Baseline read as"
        assert window.tree.programme_item.text(0) == "Programme details"
        assert "Employment programme" in window.windowTitle()
        assert window.act_undo.text().replace("&", "").startswith("Undo")
        # Qt's own texts come translated too: the standard dialog buttons.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
        window.apply_settings("sv", 5)
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
        assert table.title() == "Indikatorer"
        assert QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel).button(
            QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    finally:
        window.apply_settings("fi", 1)
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")
    assert table.title() == "Mittarit"
    assert QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel).button(
        QDialogButtonBox.StandardButton.Cancel).text() == "Peruuta"  # as on our own buttons (Qt says "Peru")
    assert language_manager().language == "fi"


def test_settings_dialog_offers_languages(settings, qtbot):
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    assert [dlg.language.itemData(i) for i in range(dlg.language.count())] == ["fi", "sv", "en"]
    dlg.language.setCurrentIndex(2)
    dlg.autosave.setValue(3)
    assert dlg.chosen_language() == "en" and dlg.chosen_autosave() == 3
    assert dlg.language.accessibleName() and dlg.autosave.accessibleName()
