"""The navigation tree: programme details, services, themes and focus areas, spearheads, target groups.

The tree is rebuilt from the document whenever its structure changes (it holds
a few dozen items, so this is instant) and keeps the expanded items and the
selection by object identity. Renaming in place and drag and drop do not change
the tree themselves: they emit ``rename_requested`` / ``move_requested`` and the
main window turns them into undo commands; the rebuild then shows the result.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.document import ProgrammeDocument
from desktop.scroll_viewport import viewport_of
from planner.model import FocusArea, Programme, Theme

KIND_ROLE = Qt.ItemDataRole.UserRole
OBJ_ROLE = Qt.ItemDataRole.UserRole + 1


class Kind(StrEnum):
    PROGRAMME = "programme"
    SERVICES = "services"
    THEMES = "themes"
    THEME = "theme"
    FOCUS_AREA = "focus_area"
    SPEARHEADS = "spearheads"
    SPEARHEAD = "spearhead"
    TARGET_GROUPS = "target_groups"
    TARGET_GROUP = "target_group"
    SECTIONS = "sections"  # the free-text sections (one page for all)
    IMPACT_CHAINS = "impact_chains"  # the impact chains (one page for all)


RENAMABLE = (Kind.THEME, Kind.FOCUS_AREA, Kind.SPEARHEAD, Kind.TARGET_GROUP)


def tr(text: str) -> str:
    return QCoreApplication.translate("NavigationTree", text)


class _WrappingDelegate(QStyledItemDelegate):
    """Word-wrapped rows: measure the text in the width left after the tree's indentation."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = viewport_of(self.tree).width() - (depth + 1) * self.tree.indentation() - 8
        text = str(index.data() or "")
        fm = option.fontMetrics
        rect = fm.boundingRect(QRect(0, 0, max(60, width), 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(max(60, width), rect.height() + 6)


class NavigationTree(QTreeWidget):
    """Signals: ``current_changed(kind, obj)``, ``rename_requested(obj, text)``,
    ``move_requested(obj, target_container, index)`` (container: Programme for themes,
    a Theme for focus areas, the tag list's owner Programme plus kind for tags)."""

    current_changed = Signal(str, object)
    rename_requested = Signal(object, str)
    move_requested = Signal(object, object, int)

    def __init__(self, doc: ProgrammeDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._building = False
        self._items: dict[int, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._current_item_changed)
        self.itemChanged.connect(self._item_changed)
        doc.structure_changed.connect(self.rebuild)
        doc.changed.connect(self._object_changed)
        doc.select_requested.connect(self.select_object)
        self.rebuild()

    # -- building -------------------------------------------------------------------

    def _item(self, parent: QTreeWidget | QTreeWidgetItem, kind: Kind, obj: Any, text: str,
              renamable: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        item.setData(0, KIND_ROLE, kind.value)
        item.setData(0, OBJ_ROLE, obj)
        item.setText(0, text)
        item.setToolTip(0, text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if renamable:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        if kind in (Kind.THEMES, Kind.THEME, Kind.FOCUS_AREA, Kind.SPEARHEADS, Kind.SPEARHEAD, Kind.TARGET_GROUPS,
                    Kind.TARGET_GROUP):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        if kind not in (Kind.PROGRAMME, Kind.THEMES, Kind.SERVICES, Kind.SPEARHEADS, Kind.TARGET_GROUPS,
                        Kind.SECTIONS, Kind.IMPACT_CHAINS):
            self._items[id(obj)] = item
        return item

    @staticmethod
    def label(kind: Kind, obj: Any, p: Programme) -> str:
        if kind == Kind.PROGRAMME:
            return tr("Ohjelman tiedot")
        if kind == Kind.SERVICES:
            return p.services_title or tr("Lakisääteiset palvelut")
        if kind == Kind.THEMES:
            return p.themes_title or tr("Teemat ja tavoitteet")
        if kind == Kind.SPEARHEADS:
            return tr("Kärjet")
        if kind == Kind.TARGET_GROUPS:
            return tr("Kohderyhmät")
        if kind == Kind.SECTIONS:
            return tr("Tekstiosiot")
        if kind == Kind.IMPACT_CHAINS:
            return tr("Vaikutusketju")
        if kind in (Kind.THEME, Kind.FOCUS_AREA):
            return obj.title or tr("(nimetön)")
        return obj.name or tr("(nimetön)")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped rows get their new height

    def rebuild(self) -> None:
        p = self.doc.programme
        expanded = {id(self._obj(it)) for it in self._all_items() if it.isExpanded()}
        first_build = self.topLevelItemCount() == 0
        current = self.current_object()
        current_kind = self.current_kind()
        self._building = True
        try:
            self.clear()
            self._items = {}
            L = self.label  # noqa: N806
            self.programme_item = self._item(self, Kind.PROGRAMME, p, L(Kind.PROGRAMME, p, p))
            self.sections_item = self._item(self, Kind.SECTIONS, p, L(Kind.SECTIONS, p, p))
            self.services_item = self._item(self, Kind.SERVICES, p, L(Kind.SERVICES, p, p))
            self.themes_item = self._item(self, Kind.THEMES, p, L(Kind.THEMES, p, p))
            for theme in p.themes:
                t_item = self._item(self.themes_item, Kind.THEME, theme, L(Kind.THEME, theme, p), True)
                for fa in theme.focus_areas:
                    self._item(t_item, Kind.FOCUS_AREA, fa, L(Kind.FOCUS_AREA, fa, p), True)
            self.spearheads_item = self._item(self, Kind.SPEARHEADS, p, L(Kind.SPEARHEADS, p, p))
            for tag in p.spearheads:
                self._item(self.spearheads_item, Kind.SPEARHEAD, tag, L(Kind.SPEARHEAD, tag, p), True)
            self.target_groups_item = self._item(self, Kind.TARGET_GROUPS, p, L(Kind.TARGET_GROUPS, p, p))
            for tag in p.target_groups:
                self._item(self.target_groups_item, Kind.TARGET_GROUP, tag, L(Kind.TARGET_GROUP, tag, p), True)
            self.impact_chains_item = self._item(self, Kind.IMPACT_CHAINS, p, L(Kind.IMPACT_CHAINS, p, p))
            for it in self._all_items():
                if first_build or id(self._obj(it)) in expanded:
                    it.setExpanded(True)
            self.themes_item.setExpanded(True)
        finally:
            self._building = False
        target = self._find(current, current_kind)
        self.setCurrentItem(target or self.programme_item)
        new_obj, new_kind = self.current_object(), self.current_kind()
        if new_obj is not current or new_kind != current_kind:
            self.current_changed.emit(new_kind, new_obj)

    def retranslate(self) -> None:
        self.rebuild()
        self.retranslate_accessible_name()

    def retranslate_accessible_name(self) -> None:
        self.setAccessibleName(tr("Ohjelman rakenne"))

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            it = stack.pop()
            out.append(it)
            stack.extend(it.child(i) for i in range(it.childCount()))
        return out

    @staticmethod
    def _obj(item: QTreeWidgetItem | None) -> Any:
        return item.data(0, OBJ_ROLE) if item is not None else None

    @staticmethod
    def _kind(item: QTreeWidgetItem | None) -> str:
        return item.data(0, KIND_ROLE) if item is not None else ""

    def _find(self, obj: Any, kind: str) -> QTreeWidgetItem | None:
        if obj is None:
            return None
        if isinstance(obj, Programme):
            return {Kind.SERVICES: self.services_item, Kind.THEMES: self.themes_item,
                    Kind.SPEARHEADS: self.spearheads_item,
                    Kind.TARGET_GROUPS: self.target_groups_item, Kind.SECTIONS: self.sections_item,
                    Kind.IMPACT_CHAINS: self.impact_chains_item}.get(kind, self.programme_item)
        return self._items.get(id(obj))

    def current_object(self) -> Any:
        return self._obj(self.currentItem())

    def current_kind(self) -> str:
        return self._kind(self.currentItem())

    def select_object(self, obj: Any, kind: str = "") -> bool:
        item = self._find(obj, kind)
        if item is None:
            return False
        self.setCurrentItem(item)
        self.scrollToItem(item)
        return True

    # -- reacting --------------------------------------------------------------------

    def _current_item_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if not self._building and current is not None:
            self.current_changed.emit(self._kind(current), self._obj(current))

    def _object_changed(self, obj: Any) -> None:
        p = self.doc.programme
        if isinstance(obj, Programme):
            self.services_item.setText(0, self.label(Kind.SERVICES, p, p))
            self.themes_item.setText(0, self.label(Kind.THEMES, p, p))
            return
        item = self._items.get(id(obj))
        if item is None:
            return
        kind = Kind(self._kind(item))
        text = self.label(kind, obj, p)
        if item.text(0) != text:
            self._building = True
            item.setText(0, text)
            item.setToolTip(0, text)
            self._building = False

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._building:
            return
        obj = self._obj(item)
        text = item.text(0).strip()
        current = obj.title if isinstance(obj, Theme | FocusArea) else obj.name
        if text and text != current:
            self.rename_requested.emit(obj, text)
        else:
            self._object_changed(obj)

    # -- drag and drop ------------------------------------------------------------------

    def drop_target(self, dragged: QTreeWidgetItem, target: QTreeWidgetItem | None,
                    position: QAbstractItemView.DropIndicatorPosition) -> tuple[Any, int] | None:
        """Where a drop of ``dragged`` on ``target`` puts it: (container, final index), or None if not allowed."""
        if target is None:
            return None
        kind, t_kind = self._kind(dragged), self._kind(target)
        obj, t_obj = self._obj(dragged), self._obj(target)
        p = self.doc.programme
        on = position == QAbstractItemView.DropIndicatorPosition.OnItem
        below = position == QAbstractItemView.DropIndicatorPosition.BelowItem

        def final(items: list[Any], index: int) -> int:
            # the dragged item leaves its place first when it is in the same list
            old = next((i for i, x in enumerate(items) if x is obj), None)
            if old is not None and old < index:
                index -= 1
            return max(0, min(index, len(items) - (1 if old is not None else 0)))

        if kind == Kind.THEME:
            if t_kind == Kind.THEMES:
                return p, final(p.themes, len(p.themes))
            if t_kind == Kind.THEME:
                idx = p.themes.index(t_obj) + (1 if below or on else 0)
                return p, final(p.themes, idx)
            return None
        if kind == Kind.FOCUS_AREA:
            if t_kind == Kind.THEME:
                return t_obj, final(t_obj.focus_areas, 0 if below else len(t_obj.focus_areas))
            if t_kind == Kind.FOCUS_AREA:
                theme = next(t for t in p.themes if any(f is t_obj for f in t.focus_areas))
                idx = next(i for i, f in enumerate(theme.focus_areas) if f is t_obj) + (1 if below or on else 0)
                return theme, final(theme.focus_areas, idx)
            return None
        if kind in (Kind.SPEARHEAD, Kind.TARGET_GROUP):
            items = p.spearheads if kind == Kind.SPEARHEAD else p.target_groups
            group = Kind.SPEARHEADS if kind == Kind.SPEARHEAD else Kind.TARGET_GROUPS
            if t_kind == group:
                return items, final(items, len(items))
            if t_kind == kind:
                idx = next(i for i, x in enumerate(items) if x is t_obj) + (1 if below or on else 0)
                return items, final(items, idx)
        return None

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        where = self.drop_target(dragged, target, self.dropIndicatorPosition()) if dragged else None
        # The tree never moves items itself: it is rebuilt from the document after the command.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if where is not None:
            obj = self._obj(dragged)
            QTimer.singleShot(0, lambda: self.move_requested.emit(obj, where[0], where[1]))
