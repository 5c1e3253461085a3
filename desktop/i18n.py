"""Language switching without restart.

Finnish is the source language of every UI string (``self.tr("Tallenna")``);
Swedish and English come from ``resources/translations/planner_{sv,en}.qm``.
Qt's own dialogs and buttons use Qt's translations (``qtbase_fi.qm`` ...) from
the Qt installation, or from ``resources/translations`` in a frozen build.

Installing a translator sends every widget a ``QEvent.LanguageChange``; our
widgets answer by calling their ``retranslate_ui()`` (see :class:`Retranslatable`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from planner.resources import resource_path

LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}
_LOCALES = {
    "fi": QLocale(QLocale.Language.Finnish, QLocale.Country.Finland),
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class LanguageManager:
    """Owns the installed translators; :meth:`apply` swaps them."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = "fi"

    def locale(self) -> QLocale:
        """The locale of the UI language, for wording month names and the like."""
        return _LOCALES.get(self.language, _LOCALES["fi"])

    def apply(self, language: str) -> bool:
        """Switch the UI to ``language``; returns False when its app translation was not found."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication")
        for tr in self._translators:
            app.removeTranslator(tr)
        self._translators = []
        ok = True
        ours = QTranslator()
        # Finnish is the source language; planner_fi.qm holds only its plural forms ("1 virhe", "2 virhettä").
        if ours.load(f"planner_{language}", str(resource_path("translations"))):
            self._translators.append(ours)
        elif language != "fi":
            ok = False
        qt = QTranslator()
        for folder in (str(resource_path("translations")), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            if qt.load(f"qtbase_{language}", folder):
                self._translators.append(qt)
                break
        # Qt searches the translator installed last first: Qt's own go in first, so ours can correct a
        # word of theirs (Qt's Finnish "Peru" becomes "Peruuta", as on every other button of the app).
        for tr in reversed(self._translators):
            app.installTranslator(tr)
        self.language = language
        # Numbers and dates in the data stay Finnish (planner.values.format_number);
        # Qt's own widgets follow the UI language.
        QLocale.setDefault(_LOCALES.get(language, _LOCALES["fi"]))
        if not self._translators:
            # Nothing installed: tell widgets anyway so they return to the Finnish source texts.
            for w in _top_level_widgets():
                QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
        return ok


def _top_level_widgets() -> list:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


_manager: LanguageManager | None = None


def language_manager() -> LanguageManager:
    global _manager
    if _manager is None:
        _manager = LanguageManager()
    return _manager


class Retranslatable:
    """Mixin for widgets: call :meth:`retranslate_ui` on a language change.

    The class using it must be a QWidget subclass listed before this mixin's
    QWidget base, and must define ``retranslate_ui``.
    """

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def N_(text: str) -> str:  # noqa: N802 - the usual gettext-style marker name
    """Mark a string for extraction; it is translated later with ``self.tr(variable)``."""
    return text
