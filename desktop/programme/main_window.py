"""The main window: navigation tree, editor pages, checks and undo history docks, menus.

Where things live, for views added later (actuals, follow-up, export, statements):
- ``window.doc`` (:class:`ProgrammeDocument`): ``window.doc.programme`` is the open
  programme; connect to ``doc.changed`` / ``doc.structure_changed`` / ``doc.replaced``.
- ``window.session`` (:class:`DocumentSession`): path, save, unsaved state;
  ``window.session.undo_stack`` is the undo stack every edit goes through.
- Menus: ``window.follow_up_menu`` ("Seuranta"); add actions with
  :meth:`MainWindow.add_follow_up_actions`. File > "Vie…" is ``window.act_export``;
  it opens ``desktop.programme.export_dialog.ExportDialog(programme, parent)`` when that
  module exists.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from desktop.banner import Banner
from desktop.document import ProgrammeDocument
from desktop.error_text import file_error_text
from desktop.i18n import language_manager
from desktop.programme.checks_panel import ChecksPanel
from desktop.programme.editors.focus_area_editor import FocusAreaEditor
from desktop.programme.editors.group_page import SPEARHEADS, TARGET_GROUPS, THEMES, GroupPage
from desktop.programme.editors.programme_editor import ProgrammeEditor
from desktop.programme.editors.services_editor import ServicesEditor
from desktop.programme.editors.tag_editor import TagEditor
from desktop.programme.editors.theme_editor import ThemeEditor
from desktop.programme.navigation import Kind, NavigationTree
from desktop.programme.structure import StructureActions
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.settings_dialog import SettingsDialog
from planner.checks import Finding
from planner.example import load_example
from planner.fileformat import FILE_SUFFIX, dumps, load_programme, save_programme
from planner.model import BulletGroup, Indicator, Programme
from planner.resources import resource_path
from planner.storage.json_file import FileFormatError

KIND = "tyollisyysohjelma"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def app_icon() -> QIcon:
    path = resource_path("icons", "app.png")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, programme: Programme | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.doc = ProgrammeDocument(programme or Programme(), self)
        self.session = DocumentSession(
            self, kind=KIND, serialize=lambda: dumps(self.doc.programme),
            write=lambda path: save_programme(self.doc.programme, path),
            file_filter=tr("Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)"), suffix=FILE_SUFFIX,
            settings=self.settings, reload=lambda path: self.open_file(path, ask_save=False))
        self.stack = self.session.undo_stack
        self.session.suggested_name = self.suggested_file_name
        self.session.state_changed.connect(self.update_title)
        self.setWindowIcon(app_icon())

        self.tree = NavigationTree(self.doc, self)
        self.structure = StructureActions(self.doc, self.stack, self.tree)
        self.pages = QStackedWidget(self)
        self.programme_page = ProgrammeEditor(self.doc, self.stack, self.pages)
        self.services_page = ServicesEditor(self.doc, self.stack, self.pages)
        self.group_page = GroupPage(self.doc, self.stack, self.pages)
        self.theme_page = ThemeEditor(self.doc, self.stack, self.pages)
        self.focus_area_page = FocusAreaEditor(self.doc, self.stack, self.pages)
        self.tag_page = TagEditor(self.doc, self.stack, self.pages)
        from desktop.programme.editors.impact_chain_editor import ImpactChainEditor
        from desktop.programme.editors.sections_editor import SectionsEditor

        self.sections_page = SectionsEditor(self.doc, self.stack, self.pages)
        self.chain_page = ImpactChainEditor(self.doc, self.stack, self.pages)
        for page in (self.programme_page, self.services_page, self.group_page, self.theme_page,
                     self.focus_area_page, self.tag_page, self.sections_page, self.chain_page):
            self.pages.addWidget(page)
        self.group_page.add_button.clicked.connect(self._group_add)
        self.theme_page.add_focus_area_button.clicked.connect(lambda: self.structure.new_focus_area())
        self.tag_page.open_requested.connect(self.show_object)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.splitter.setChildrenCollapsible(False)
        # The banner (read-only or locked file: why, and what to do) sits above tree and editor.
        self.banner = Banner(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.session.state_changed.connect(self.update_banner)

        self.checks = ChecksPanel(self.doc, self)
        self.checks.finding_activated.connect(self.go_to_finding)
        self.checks_dock = QDockWidget(self)
        self.checks_dock.setObjectName("checks_dock")
        self.checks_dock.setWidget(self.checks)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        self.undo_view = QUndoView(self.stack, self)
        self.undo_dock = QDockWidget(self)
        self.undo_dock.setObjectName("undo_dock")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        # Room for the summary and about six findings (it opened 2.5 rows high).
        self.resizeDocks([self.checks_dock], [self.fontMetrics().height() * 13], Qt.Orientation.Vertical)

        self._build_actions()
        self._build_menus()
        from desktop.programme.follow_up import FollowUpController

        self.follow_up = FollowUpController(self)
        from desktop.programme.statement_launcher import StatementLauncher

        self.statements = StatementLauncher(self)
        from desktop.programme.yearly_cycle import YearlyCycleController

        self.yearly_cycle = YearlyCycleController(self)
        self.tree.current_changed.connect(self.show_page)
        self.show_page(self.tree.current_kind(), self.tree.current_object())
        self.setTabOrder(self.tree, self.pages)
        self.retranslate_ui()
        self.restore_window_state()

    # -- actions and menus -------------------------------------------------------------

    def _action(self, slot: Any, key: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        a = QAction(self)
        if key is not None:
            a.setShortcut(QKeySequence(key))
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        self.act_new = self._action(self.new_blank, QKeySequence.StandardKey.New)
        self.act_new_example = self._action(lambda: self.new_from_example())
        self.act_open_lahti = self._action(lambda: self.new_from_example("lahti"))
        self.act_open = self._action(self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_save = self._action(self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(self.save_as, "Ctrl+Shift+S")
        self.act_export = self._action(self.export, "Ctrl+E")
        self.act_settings = self._action(self.open_settings, "Ctrl+,")
        self.act_quit = self._action(self.close, "Ctrl+Q")
        self.act_undo, self.act_redo = self._make_undo_actions()
        self.act_about = self._action(self.about)
        # F6 / Shift+F6: the next / previous pane (tree, editor, docks), as in Office applications.
        self.act_next_pane = self._action(lambda: self.cycle_pane(1), "F6")
        self.act_previous_pane = self._action(lambda: self.cycle_pane(-1), "Shift+F6")
        self.addActions([self.act_next_pane, self.act_previous_pane])
        # Hooks for the follow-up part (the lead connects them): actuals import and comparison.
        self.act_import_actuals = QAction(self)
        self.act_compare_actuals = QAction(self)

    def _make_undo_actions(self) -> tuple[QAction, QAction]:
        """Undo/redo actions whose text follows the stack ("Kumoa: Lisää teema")."""
        undo = self.stack.createUndoAction(self, tr("&Kumoa"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.stack.createRedoAction(self, tr("&Tee uudelleen"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        return undo, redo

    def _retranslate_undo_actions(self) -> None:
        # The stack fixes the prefix when the action is made, so make them again in the new language.
        undo, redo = self._make_undo_actions()
        self.edit_menu.insertAction(self.act_undo, undo)
        self.edit_menu.insertAction(self.act_undo, redo)
        for old in (self.act_undo, self.act_redo):
            self.edit_menu.removeAction(old)
            old.deleteLater()
        self.act_undo, self.act_redo = undo, redo

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for a in (self.act_new, self.act_new_example, self.act_open_lahti, self.act_open):
            self.file_menu.addAction(a)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_save)
        self.file_menu.addAction(self.act_save_as)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = mb.addMenu("")
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_settings)
        self.structure_menu = mb.addMenu("")
        for a in self.structure.actions():
            if a is None:
                self.structure_menu.addSeparator()
            else:
                self.structure_menu.addAction(a)
        self.structure_menu.addMenu(self.structure.move_to_theme_menu)
        self.structure_menu.aboutToShow.connect(self.structure.update_enabled)
        self.follow_up_menu = mb.addMenu("")
        self.follow_up_menu.setObjectName("follow_up_menu")
        self.view_menu = mb.addMenu("")
        self.view_menu.addAction(self.checks_dock.toggleViewAction())
        self.view_menu.addAction(self.undo_dock.toggleViewAction())
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(self.act_about)

    def add_follow_up_actions(self, actions: list[QAction | None]) -> None:
        """Add actions (None = separator) to the Seuranta (follow-up) menu."""
        for a in actions:
            if a is None:
                self.follow_up_menu.addSeparator()
            else:
                self.follow_up_menu.addAction(a)

    def retranslate_ui(self) -> None:
        if hasattr(self, "statements"):
            self.statements.retranslate_ui()
        self.file_menu.setTitle(tr("&Tiedosto"))
        self.edit_menu.setTitle(tr("&Muokkaa"))
        self.structure_menu.setTitle(tr("&Rakenne"))
        self.follow_up_menu.setTitle(tr("&Seuranta"))
        self.view_menu.setTitle(tr("&Näytä"))
        self.help_menu.setTitle(tr("&Ohje"))
        self.recent_menu.setTitle(tr("&Viimeksi avatut tiedostot"))
        self.act_new.setText(tr("&Uusi tyhjä ohjelma"))
        self.act_new_example.setText(tr("Uusi ohjelma &esimerkin pohjalta"))
        self.act_open_lahti.setText(tr("Avaa Lahden kuntakokeilun esi&merkki"))
        self.act_open.setText(tr("&Avaa\u2026"))
        self.act_save.setText(tr("&Tallenna"))
        self.act_save_as.setText(tr("Tallenna toisella &nimellä\u2026"))
        self.act_export.setText(tr("V&ie\u2026"))
        self.act_settings.setText(tr("&Asetukset\u2026"))
        self.act_quit.setText(tr("Lo&peta"))
        self.act_about.setText(tr("&Tietoja sovelluksesta"))
        self.act_import_actuals.setText(tr("&Tuo toteumat Excelistä\u2026"))
        self.act_compare_actuals.setText(tr("&Vertaa toteumia tavoitteisiin"))
        if hasattr(self, "follow_up") and hasattr(self.follow_up, "reports"):
            self.follow_up.reports.retranslate_ui()
        self._retranslate_undo_actions()
        self.undo_view.setEmptyLabel(tr("<alkutila>"))
        self.undo_view.setAccessibleName(tr("Muutoshistoria"))
        self.checks_dock.setWindowTitle(tr("Tarkistukset"))
        self.undo_dock.setWindowTitle(tr("Muutoshistoria"))
        # The View menu's toggles carry an accelerator; the dock titles do not.
        self.checks_dock.toggleViewAction().setText(tr("&Tarkistukset"))
        self.undo_dock.toggleViewAction().setText(tr("&Muutoshistoria"))
        if hasattr(self, "follow_up"):
            self.follow_up.retranslate_ui()
        self.tree.retranslate()
        self.structure.retranslate()
        self.session.file_filter = tr("Työllisyysohjelmat (*.tyohjelma *.tyohjelma.json *.json)")
        self.update_title()
        self.update_banner()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.get(Settings.recent_files)
        if not files:
            a = self.recent_menu.addAction(tr("(ei tiedostoja)"))
            a.setEnabled(False)
        for i, f in enumerate(files, 1):
            a = self.recent_menu.addAction(f"&{i} {Path(f).name}")
            a.setToolTip(f)
            a.setStatusTip(f)
            a.triggered.connect(lambda _=False, path=f: self.open_file(path))

    # -- title and pages ------------------------------------------------------------------

    def update_title(self) -> None:
        self.setWindowTitle(self.session.window_title(tr("Työllisyysohjelma")))
        self.setWindowModified(self.session.is_modified)

    def banner_text(self) -> str:
        """Why the open file cannot be saved in place (or may collide), and what to do; "" when all is well."""
        from planner.storage import locking

        path = self.session.path
        if path is None:
            return ""
        info = locking.foreign_lock(path)
        if self.session.read_only:
            if info is not None:
                why = tr("Käyttäjä {0} ({1}) muokkaa tiedostoa {2}, joten se on avattu vain luku -tilassa.").format(
                    info.user, info.host, path.name)
            elif path.exists() and locking.is_read_only(path) == "file":
                why = tr("Tiedosto {0} on kirjoitussuojattu, joten se on avattu vain luku -tilassa.").format(path.name)
            elif path.exists() and locking.is_read_only(path):
                why = tr("Kansioon {0} ei voi kirjoittaa, joten tiedosto on avattu vain luku -tilassa.").format(
                    str(path.parent))
            else:
                why = tr("Tiedosto {0} on avattu vain luku -tilassa.").format(path.name)
            return why + " " + tr("Voit muokata, mutta tallenna muutokset toisella nimellä.")
        if info is not None:
            return tr("Käyttäjä {0} ({1}) on avannut myös tiedoston {2}. Jos muokkaatte yhtä aikaa, toisen "
                      "muutokset katoavat: sopikaa, kumpi muokkaa, tai tallenna toisella nimellä.").format(
                info.user, info.host, path.name)
        return ""

    def update_banner(self) -> None:
        text = self.banner_text()
        if text:
            self.banner.show_message(text, [(tr("Tallenna toisella nimellä\u2026"), self.save_as)])
        else:
            self.banner.clear()

    def show_page(self, kind: str, obj: Any) -> None:
        if kind == Kind.PROGRAMME:
            page = self.programme_page
        elif kind == Kind.SERVICES:
            page = self.services_page
        elif kind in (Kind.THEMES, Kind.SPEARHEADS, Kind.TARGET_GROUPS):
            page = self.group_page
            self.group_page.set_group({Kind.THEMES: THEMES, Kind.SPEARHEADS: SPEARHEADS,
                                       Kind.TARGET_GROUPS: TARGET_GROUPS}[Kind(kind)])
        elif kind == Kind.THEME:
            page = self.theme_page
        elif kind == Kind.FOCUS_AREA:
            page = self.focus_area_page
        elif kind in (Kind.SPEARHEAD, Kind.TARGET_GROUP):
            page = self.tag_page
            self.tag_page.is_spearhead = kind == Kind.SPEARHEAD
        elif kind == Kind.SECTIONS:
            page = self.sections_page
        elif kind == Kind.IMPACT_CHAINS:
            page = self.chain_page
        else:
            return
        page.set_object(obj)
        self.pages.setCurrentWidget(page)
        self.structure.update_enabled()

    def panes(self) -> list[tuple[str, QWidget]]:
        """The panes F6 moves between, in order: tree, editor page, then the visible docks."""
        out: list[tuple[str, QWidget]] = [("tree", self.tree), ("editor", self.pages.currentWidget())]
        for dock in self.findChildren(QDockWidget):
            if dock.isVisible() and dock.widget() is not None:
                out.append((dock.objectName().removesuffix("_dock") or "dock", dock.widget()))
        return out

    def cycle_pane(self, step: int) -> None:
        from desktop.focus import focus_first_in

        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next((i for i, (_n, w) in enumerate(panes) if focus is not None
                        and (w is focus or w.isAncestorOf(focus))), -1)
        for k in range(1, len(panes) + 1):
            _name, pane = panes[(current + step * k) % len(panes)]
            if focus_first_in(pane):
                return

    def _group_add(self) -> None:
        group = self.group_page.group
        if group == THEMES:
            self.structure.new_theme()
        else:
            self.structure.new_tag(spearhead=group == SPEARHEADS)

    def show_object(self, obj: Any) -> None:
        """Show a focus area, or the focus area of an indicator with the indicator selected."""
        if isinstance(obj, Indicator):
            found = self.doc.programme.find_indicator(obj.id)
            if found:
                self.tree.select_object(found[1])
                self.focus_area_page.table.select_indicator(obj.id)
        elif obj is not None:
            self.tree.select_object(obj)

    def go_to_finding(self, finding: Finding) -> None:
        loc = finding.location
        p = self.doc.programme
        if loc.focus_area_id:
            found = p.find_focus_area(loc.focus_area_id)
            if found is None:
                return
            self.tree.select_object(found[1])
            if loc.indicator_id:
                self.focus_area_page.table.select_indicator(loc.indicator_id, loc.field)
                self.focus_area_page.ensureWidgetVisible(self.focus_area_page.table)
            elif loc.field in {g.value for g in BulletGroup}:
                ed = self.focus_area_page.bullet_editors[BulletGroup(loc.field)]
                self.focus_area_page.ensureWidgetVisible(ed)
                ed.view.setFocus()
            else:
                self.focus_area_page.title_edit.setFocus()
        elif loc.tag_id:
            tag = p.find_tag(loc.tag_id)
            if tag is not None:
                self.tree.select_object(tag)
        elif loc.theme_id:
            theme = next((t for t in p.themes if t.id == loc.theme_id), None)
            if theme is not None:
                self.tree.select_object(theme)

    # -- files --------------------------------------------------------------------------------

    def load_untitled(self, programme: Programme, name: str) -> None:
        self.doc.replace(programme)
        self.session.set_document(None, untitled_name=name)

    def new_blank(self) -> bool:
        if not self.session.maybe_save():
            return False
        p = Programme(title=tr("Uusi työllisyysohjelma"), year=date.today().year + 1)
        self.load_untitled(p, tr("Uusi ohjelma"))
        return True

    def new_from_example(self, which: str = "etela-keski-suomi") -> bool:
        """Open a built-in example as an unsaved copy: the default (seed 004) or "lahti" (seed 003)."""
        if not self.session.maybe_save():
            return False
        try:
            p = load_example(which)
        except FileFormatError as exc:
            QMessageBox.critical(self, tr("Esimerkkiä ei voi avata"), file_error_text(exc))
            return False
        self.load_untitled(p, tr("Esimerkki (tallentamaton kopio)"))
        return True

    def open_dialog(self) -> bool:
        folder = self.settings.get(Settings.last_folder) or str(Path.home())
        name, _f = QFileDialog.getOpenFileName(self, tr("Avaa työllisyysohjelma"), folder, self.session.file_filter)
        return self.open_file(name) if name else False

    def open_file(self, path: str | Path, ask_save: bool = True) -> bool:
        """Open a programme file. A file that cannot be read is reported in one line and left untouched."""
        if ask_save and not self.session.maybe_save():
            return False
        path = Path(path)
        backup_opened = False

        def unreadable(path: Path, exc: FileFormatError) -> None:
            nonlocal backup_opened
            backup_opened = self._offer_backup(path, exc)
            if backup_opened:
                return
            QMessageBox.critical(self, tr("Tiedostoa ei voi avata"),
                                 tr("Tiedostoa ei voitu avata:\n{0}\n\nTiedostoa ei muutettu.").format(file_error_text(exc)))
            self.settings.remove_recent_file(str(path.resolve()))

        read = self.session.read_file(path, load_programme, unreadable)  # the lock is taken before reading
        if read is None:
            return backup_opened
        p, read_only = read
        self.doc.replace(p)
        self.session.set_document(path, read_only=read_only)  # read-only: a banner says why
        self.settings.add_recent_file(str(path.resolve()))
        self.settings.set(Settings.last_folder, str(path.resolve().parent))
        return True

    def _offer_backup(self, path: Path, exc: FileFormatError) -> bool:
        """A damaged file with a readable ``.bak`` beside it: offer the backup (opened as an unsaved copy)."""
        from planner.storage.atomic import backup_path

        bak = backup_path(path)
        if not bak.is_file():
            return False
        try:
            p = load_programme(bak)
        except FileFormatError:
            return False
        answer = QMessageBox.question(
            self, tr("Tiedostoa ei voi avata"),
            tr("Tiedostoa ei voitu avata:\n{0}\n\nSen vieressä on edellisen tallennuksen varmuuskopio {1}. "
               "Avataanko varmuuskopio? Se avataan tallentamattomana kopiona, ja voit tallentaa sen haluamallasi "
               "nimellä. Vahingoittunutta tiedostoa ei muuteta.").format(file_error_text(exc), bak.name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open)
        if answer != QMessageBox.StandardButton.Open:
            return False
        self.doc.replace(p)
        self.session.set_document(None, untitled_name=tr("{0} (varmuuskopiosta)").format(
            path.name.removesuffix(".json").removesuffix(FILE_SUFFIX)))
        self.settings.set(Settings.last_folder, str(path.resolve().parent))
        return True

    def suggested_file_name(self) -> str:
        """The name the first Save offers: the programme's title (and year), safe as a file name."""
        import re

        p = self.doc.programme
        name = p.title.strip() or tr("Työllisyysohjelma")
        if p.year and str(p.year) not in name:
            name = f"{name} {p.year}"
        name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name)
        return re.sub(r"\s+", " ", name).strip(" .")[:80] or tr("ohjelma")

    def save(self) -> bool:
        return self.session.save()

    def save_as(self) -> bool:
        return self.session.save_as()

    def export(self) -> None:
        from desktop.programme.export_dialog import ExportDialog

        ExportDialog(self.doc.programme, self).exec()

    def open_settings(self) -> None:
        dlg = SettingsDialog(self.settings, self)
        if dlg.exec():
            self.apply_settings(dlg.chosen_language(), dlg.chosen_autosave())

    def apply_settings(self, language: str, autosave_minutes: int) -> None:
        self.settings.set(Settings.autosave_minutes, autosave_minutes)
        self.session.apply_autosave_interval()
        if language != language_manager().language:
            self.settings.set(Settings.language, language)
            language_manager().apply(language)

    def about(self) -> None:
        QMessageBox.about(self, tr("Tietoja sovelluksesta"),
                          tr("Työllisyysohjelma: työllisyysalueen vuosittaisen työllisyysohjelman laatiminen, "
                             "seuranta ja raportointi."))

    # -- window state and closing -----------------------------------------------------------

    def restore_window_state(self) -> None:
        geometry = self.settings.get(Settings.window_geometry)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.get(Settings.window_state)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(Settings.splitter_state)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self.settings.set(Settings.window_geometry, self.saveGeometry())
        self.settings.set(Settings.window_state, self.saveState())
        self.settings.set(Settings.splitter_state, self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.session.close_document():
            event.ignore()
            return
        self.save_window_state()
        self.settings.sync()
        event.accept()

