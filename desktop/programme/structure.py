"""Add, remove, rename and reorder themes, focus areas, spearheads and target groups.

:class:`StructureActions` owns the QActions (with Ins, Del, Ctrl+Up, Ctrl+Down,
F2 on the navigation tree) and turns them, the tree's rename and its drag and
drop into undo commands. The same actions appear in the Structure menu and the
tree's context menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

from desktop.commands import (
    InsertCommand,
    MoveCommand,
    MoveFocusAreaCommand,
    RemoveCommand,
    RemoveTagCommand,
    SetFieldCommand,
)
from desktop.document import ProgrammeDocument
from desktop.programme.navigation import Kind, NavigationTree
from planner.model import FocusArea, Tag, Theme


class StructureActions(QObject):
    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, tree: NavigationTree) -> None:
        super().__init__(tree)
        self.doc, self.stack, self.tree = doc, stack, tree

        def act(slot, key: QKeySequence | None = None) -> QAction:
            a = QAction(self)
            if key is not None:
                a.setShortcut(key)
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                tree.addAction(a)
            a.triggered.connect(slot)
            return a

        self.add = act(self.add_here, QKeySequence(Qt.Key.Key_Insert))
        self.add_theme = act(lambda: self.new_theme())
        self.add_focus_area = act(lambda: self.new_focus_area())
        self.add_spearhead = act(lambda: self.new_tag(spearhead=True))
        self.add_target_group = act(lambda: self.new_tag(spearhead=False))
        self.remove = act(self.remove_current, QKeySequence(QKeySequence.StandardKey.Delete))
        self.rename = act(self.rename_current, QKeySequence(Qt.Key.Key_F2))
        self.move_up = act(lambda: self.move_current(-1), QKeySequence("Ctrl+Up"))
        self.move_down = act(lambda: self.move_current(1), QKeySequence("Ctrl+Down"))
        self.move_to_theme_menu = QMenu()
        self.move_to_theme_menu.aboutToShow.connect(self._fill_move_menu)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.rename_requested.connect(self.rename_object)
        tree.move_requested.connect(self.move_object)
        tree.current_changed.connect(lambda *_: self.update_enabled())
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setText(self.tr("&Lisää"))
        self.add_theme.setText(self.tr("Uusi &teema"))
        self.add_focus_area.setText(self.tr("Uusi t&avoite"))
        self.add_spearhead.setText(self.tr("Uusi &kärki"))
        self.add_target_group.setText(self.tr("Uusi kohde&ryhmä"))
        self.remove.setText(self.tr("P&oista"))
        self.rename.setText(self.tr("&Nimeä uudelleen"))
        self.move_up.setText(self.tr("Siirrä &ylös"))
        self.move_down.setText(self.tr("&Siirrä alas"))
        self.move_to_theme_menu.setTitle(self.tr("Siirrä te&emaan"))

    def actions(self) -> list[QAction | None]:
        return [self.add, self.add_theme, self.add_focus_area, self.add_spearhead, self.add_target_group, None,
                self.rename, self.remove, None, self.move_up, self.move_down]

    # -- state ---------------------------------------------------------------------------

    def _current(self) -> tuple[str, Any]:
        return self.tree.current_kind(), self.tree.current_object()

    def _container(self, kind: str, obj: Any) -> list[Any] | None:
        p = self.doc.programme
        if kind == Kind.THEME:
            return p.themes
        if kind == Kind.FOCUS_AREA:
            theme = self._theme_of(obj)
            return theme.focus_areas if theme else None
        if kind == Kind.SPEARHEAD:
            return p.spearheads
        if kind == Kind.TARGET_GROUP:
            return p.target_groups
        return None

    def _theme_of(self, fa: FocusArea) -> Theme | None:
        return next((t for t in self.doc.programme.themes if any(f is fa for f in t.focus_areas)), None)

    def update_enabled(self) -> None:
        kind, obj = self._current()
        items = self._container(kind, obj)
        idx = next((i for i, x in enumerate(items) if x is obj), -1) if items is not None else -1
        movable = items is not None
        self.add.setEnabled(kind not in (Kind.PROGRAMME, Kind.SERVICES, ""))
        self.add_focus_area.setEnabled(kind in (Kind.THEME, Kind.FOCUS_AREA) or bool(self.doc.programme.themes))
        self.remove.setEnabled(movable)
        self.rename.setEnabled(movable)
        first_fa = kind == Kind.FOCUS_AREA and idx == 0 and self.doc.programme.themes[0] is self._theme_of(obj)
        last_fa = (kind == Kind.FOCUS_AREA and items is not None and idx == len(items) - 1
                   and self.doc.programme.themes[-1] is self._theme_of(obj))
        self.move_up.setEnabled(movable and (idx > 0 or (kind == Kind.FOCUS_AREA and not first_fa)))
        self.move_down.setEnabled(movable and items is not None and
                                  (idx < len(items) - 1 or (kind == Kind.FOCUS_AREA and not last_fa)))
        self.move_to_theme_menu.setEnabled(kind == Kind.FOCUS_AREA and len(self.doc.programme.themes) > 1)

    # -- adding ---------------------------------------------------------------------------

    def add_here(self) -> None:
        kind, obj = self._current()
        if kind in (Kind.THEMES,):
            self.new_theme()
        elif kind in (Kind.THEME, Kind.FOCUS_AREA):
            self.new_focus_area()
        elif kind in (Kind.SPEARHEADS, Kind.SPEARHEAD):
            self.new_tag(spearhead=True)
        elif kind in (Kind.TARGET_GROUPS, Kind.TARGET_GROUP):
            self.new_tag(spearhead=False)

    def new_theme(self, title: str = "") -> Theme:
        p = self.doc.programme
        kind, obj = self._current()
        if kind == Kind.THEME:
            pos = next(i for i, t in enumerate(p.themes) if t is obj) + 1
        elif kind == Kind.FOCUS_AREA and self._theme_of(obj) is not None:
            pos = p.themes.index(self._theme_of(obj)) + 1
        else:
            pos = len(p.themes)
        theme = Theme(title=title or self.tr("Uusi teema"))
        self.stack.push(InsertCommand(self.doc, p, p.themes, pos, theme, self.tr("Lisää teema")))
        return theme

    def new_focus_area(self, title: str = "") -> FocusArea | None:
        p = self.doc.programme
        kind, obj = self._current()
        if kind == Kind.THEME:
            theme, pos = obj, len(obj.focus_areas)
        elif kind == Kind.FOCUS_AREA:
            theme = self._theme_of(obj)
            pos = next(i for i, f in enumerate(theme.focus_areas) if f is obj) + 1
        elif p.themes:
            theme, pos = p.themes[-1], len(p.themes[-1].focus_areas)
        else:
            return None
        fa = FocusArea(title=title or self.tr("Uusi tavoite"))
        self.stack.push(InsertCommand(self.doc, theme, theme.focus_areas, pos, fa, self.tr("Lisää tavoite")))
        return fa

    def new_tag(self, spearhead: bool, name: str = "") -> Tag:
        p = self.doc.programme
        items = p.spearheads if spearhead else p.target_groups
        _kind, obj = self._current()
        pos = next((i + 1 for i, t in enumerate(items) if t is obj), len(items))
        tag = Tag(name=name or (self.tr("Uusi kärki") if spearhead else self.tr("Uusi kohderyhmä")))
        text = self.tr("Lisää kärki") if spearhead else self.tr("Lisää kohderyhmä")
        self.stack.push(InsertCommand(self.doc, p, items, pos, tag, text))
        return tag

    # -- removing, renaming, moving ----------------------------------------------------------

    def remove_current(self) -> None:
        kind, obj = self._current()
        items = self._container(kind, obj)
        if items is None:
            return
        idx = next(i for i, x in enumerate(items) if x is obj)
        owner = self._theme_of(obj) if kind == Kind.FOCUS_AREA else self.doc.programme
        if kind in (Kind.SPEARHEAD, Kind.TARGET_GROUP):
            self.stack.push(RemoveTagCommand(self.doc, obj, self.tr("Poista {0}").format(obj.name)))
            return
        text = {Kind.THEME: self.tr("Poista teema"), Kind.FOCUS_AREA: self.tr("Poista tavoite")}[Kind(kind)]
        self.stack.push(RemoveCommand(self.doc, owner, items, idx, text))

    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.tree.editItem(item, 0)

    def rename_object(self, obj: Any, text: str) -> None:
        name = "title" if isinstance(obj, Theme | FocusArea) else "name"
        self.stack.push(SetFieldCommand(self.doc, obj, name, text, self.tr("Nimeä uudelleen"), structural=False))

    def move_current(self, step: int) -> None:
        kind, obj = self._current()
        items = self._container(kind, obj)
        if items is None:
            return
        idx = next(i for i, x in enumerate(items) if x is obj)
        dest = idx + step
        if 0 <= dest < len(items):
            owner = self._theme_of(obj) if kind == Kind.FOCUS_AREA else self.doc.programme
            self.stack.push(MoveCommand(self.doc, owner, items, idx, dest, self.tr("Siirrä")))
        elif kind == Kind.FOCUS_AREA:
            # Past the first or last focus area of a theme: into the neighbouring theme.
            themes = self.doc.programme.themes
            source = self._theme_of(obj)
            t = themes.index(source) + step
            if 0 <= t < len(themes):
                target = themes[t]
                pos = len(target.focus_areas) if step < 0 else 0
                self.stack.push(MoveFocusAreaCommand(self.doc, obj, source, target, pos))
        self.tree.select_object(obj)

    def move_object(self, obj: Any, container: Any, index: int) -> None:
        """Drag and drop: ``container`` is the Programme (themes), a Theme (focus areas) or a tag list."""
        p = self.doc.programme
        if isinstance(obj, Theme):
            old = p.themes.index(obj)
            if old != index:
                self.stack.push(MoveCommand(self.doc, p, p.themes, old, index, self.tr("Siirrä teema")))
        elif isinstance(obj, FocusArea):
            source = self._theme_of(obj)
            if source is container and source.focus_areas.index(obj) == index:
                return
            self.stack.push(MoveFocusAreaCommand(self.doc, obj, source, container, index))
        elif isinstance(obj, Tag) and isinstance(container, list):
            old = next(i for i, x in enumerate(container) if x is obj)
            if old != index:
                self.stack.push(MoveCommand(self.doc, p, container, old, index, self.tr("Siirrä")))
        self.tree.select_object(obj)

    def move_focus_area_to(self, fa: FocusArea, theme: Theme) -> None:
        source = self._theme_of(fa)
        if source is not None and source is not theme:
            self.stack.push(MoveFocusAreaCommand(self.doc, fa, source, theme, len(theme.focus_areas)))

    def _fill_move_menu(self) -> None:
        self.move_to_theme_menu.clear()
        kind, obj = self._current()
        if kind != Kind.FOCUS_AREA:
            return
        source = self._theme_of(obj)
        for theme in self.doc.programme.themes:
            a = self.move_to_theme_menu.addAction(theme.title or self.tr("(nimetön)"))
            a.setEnabled(theme is not source)
            a.triggered.connect(lambda _=False, t=theme, f=obj: self.move_focus_area_to(f, t))

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.update_enabled()
        menu = QMenu(self.tree)
        for a in self.actions():
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.addMenu(self.move_to_theme_menu)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

