"""Pages for the group nodes of the tree: all themes, all spearheads, all target groups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.document import ProgrammeDocument
from desktop.programme.editors.page import EditorPage, line_edit, set_label

THEMES, SPEARHEADS, TARGET_GROUPS = "themes", "spearheads", "target_groups"


class GroupPage(EditorPage):
    structural_fields = ("themes_title",)

    def __init__(self, doc: ProgrammeDocument, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(doc, stack, parent)
        self.group = THEMES
        form = self.new_form()
        self.themes_title = line_edit(self.body)
        self.themes_title_label = self.add_row(form, self.themes_title)
        self.binder.line(self.themes_title, "themes_title", lambda: self.tr("osion otsikko"))
        self.help = QLabel(self.body)
        self.help.setWordWrap(True)
        self.body_layout.addWidget(self.help)
        self.add_button = QPushButton(self.body)
        self.body_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)  # a button, not a bar
        self.body_layout.addStretch(1)
        self.retranslate_ui()

    def set_group(self, group: str) -> None:
        self.group = group
        self.themes_title.setVisible(group == THEMES)
        self.themes_title_label.setVisible(group == THEMES)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        set_label(self.themes_title_label, self.themes_title, self.tr("Osion otsikko"))
        texts = {
            THEMES: (self.tr("Teemat ja tavoitteet"), self.tr(
                "Ohjelman teemat (painopisteet) ja niiden tavoitteet. Lisää teema painikkeella tai Insert-näppäimellä; "
                "järjestä vetämällä tai Ctrl+Ylös/Alas; nimeä uudelleen F2:lla."), self.tr("Lisää teema")),
            SPEARHEADS: (self.tr("Kärjet"), self.tr(
                "Kärjet ovat ohjelman läpileikkaavia painotuksia. Linkitä tavoitteet ja mittarit kärkiin "
                "tavoitteen sivulla."), self.tr("Lisää kärki")),
            TARGET_GROUPS: (self.tr("Kohderyhmät"), self.tr(
                "Kohderyhmät, joihin tavoitteet ja mittarit kohdistuvat. Linkitä ne tavoitteen sivulla."),
                self.tr("Lisää kohderyhmä")),
        }
        heading, help_text, button = texts[self.group]
        self.heading.setText(heading)
        self.help.setText(help_text)
        self.add_button.setText(button)
        self.add_button.setAccessibleName(button)
