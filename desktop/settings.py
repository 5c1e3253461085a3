"""Typed settings over QSettings: one registry, one place that knows every key.

Each :class:`Setting` has a key, a type and a default, and converts what
QSettings hands back (which on some platforms is always a string) into that
type. Upgrade steps (:data:`UPGRADES`) run once when the stored settings
version is older, so a renamed key keeps the user's choice.

Tests point QSettings at a temporary folder (see tests/desktop/conftest.py), so
they never touch the real user's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Tyollisyysohjelma"
APPLICATION = "Tyollisyysohjelma"
SETTINGS_VERSION = 2
LANGUAGES = ("fi", "sv", "en")
MAX_RECENT_FILES = 8


def _to_bool(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("1", "true", "yes")
    return bool(v)


def _to_str_list(v: Any) -> list[str]:
    if v is None or v == "":
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def _to_bytes(v: Any) -> QByteArray:
    if isinstance(v, QByteArray):
        return v
    if isinstance(v, bytes | bytearray):
        return QByteArray(bytes(v))
    return QByteArray()


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    convert: Callable[[Any], T]
    validate: Callable[[T], bool] = lambda _v: True


class Settings:
    """The application's settings. ``Settings()`` reads and writes the user's QSettings."""

    language = Setting("ui/language", "fi", str, lambda v: v in LANGUAGES)
    autosave_minutes = Setting("documents/autosave_minutes", 1, int, lambda v: 0 <= v <= 120)
    recent_files = Setting("documents/recent_files", [], _to_str_list)
    last_folder = Setting("documents/last_folder", "", str)
    window_geometry = Setting("window/geometry", QByteArray(), _to_bytes)
    window_state = Setting("window/state", QByteArray(), _to_bytes)
    splitter_state = Setting("window/splitter", QByteArray(), _to_bytes)
    show_checks = Setting("window/show_checks", True, _to_bool)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)
        self.upgrade()

    @property
    def qsettings(self) -> QSettings:
        return self._q

    def get(self, setting: Setting[T]) -> T:
        raw = self._q.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            value = setting.convert(raw)
        except (TypeError, ValueError):
            return setting.default
        return value if setting.validate(value) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not setting.validate(value):
            raise ValueError(f"invalid value for {setting.key}: {value!r}")
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()

    # -- recent files ----------------------------------------------------------

    def add_recent_file(self, path: str) -> list[str]:
        files = [f for f in self.get(self.recent_files) if f != path]
        files.insert(0, path)
        files = files[:MAX_RECENT_FILES]
        self.set(self.recent_files, files)
        return files

    def remove_recent_file(self, path: str) -> list[str]:
        files = [f for f in self.get(self.recent_files) if f != path]
        self.set(self.recent_files, files)
        return files

    # -- upgrades --------------------------------------------------------------

    def upgrade(self) -> None:
        """Run the upgrade steps from the stored settings version to :data:`SETTINGS_VERSION`."""
        version = int(self._q.value("meta/version", 0) or 0)
        if version == 0 and not self._q.allKeys():
            self._q.setValue("meta/version", SETTINGS_VERSION)
            return
        while version < SETTINGS_VERSION:
            step = UPGRADES.get(version)
            if step is not None:
                step(self._q)
            version += 1
        self._q.setValue("meta/version", SETTINGS_VERSION)


def _upgrade_1_to_2(q: QSettings) -> None:
    """Version 1 kept the autosave interval in seconds under "autosave"."""
    seconds = q.value("autosave", None)
    if seconds is not None:
        try:
            q.setValue(Settings.autosave_minutes.key, max(1, round(int(seconds) / 60)))
        except (TypeError, ValueError):
            pass
        q.remove("autosave")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_1_to_2}
