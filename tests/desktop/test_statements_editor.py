"""The statement editor as a user works with it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from planner.resources import example_programme_path
from planner.statements.fileformat import load_statement
from planner.statements.model import Answer, Comment, ProposedIndicator, RefKind
from tests.planner.statements_helpers import norm, pdf_text


@pytest.fixture
def swin(qtbot, settings):
    from desktop.statements.window import StatementWindow

    w = StatementWindow(settings)
    yield w
    w.session.undo_stack.setClean()  # closing asks nothing then
    w.close()
    w.deleteLater()


def _field(form, name, cls):
    w = form.findChild(cls, name)
    assert w is not None, name
    return w


def _type(widget, text: str) -> None:
    """Type as a user: the widget's own edit signal fires (Finnish letters via setText)."""
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.textEdited.emit(text)
    else:
        widget.setPlainText(text)


def _pick(swin, qtbot, text: str) -> None:
    item = swin.pane.find_item(text)
    assert item is not None, text
    swin.pane.tree.setCurrentItem(item)
    assert swin.pane.comment_button.isEnabled()
    swin.pane.comment_button.click()


def test_write_a_statement_on_the_example_programme(swin, qtbot, tmp_path, monkeypatch):
    assert swin.new_on_programme(str(example_programme_path()))
    assert swin.pane.isVisibleTo(swin) and swin.pane.tree.topLevelItemCount() >= 2

    # A focus area, then an indicator, chosen in the programme pane.
    _pick(swin, qtbot, "Työn ja työntekijän kohtaaminen")
    comment_fa = swin.current_object()
    assert isinstance(comment_fa, Comment) and comment_fa.refs[0].kind is RefKind.FOCUS_AREA
    assert comment_fa.refs[0].quote.startswith("Työn ja työntekijän kohtaaminen – työnantajayhteistyön")
    form = swin.forms[Comment]
    _type(_field(form, "text", QPlainTextEdit), "Tavoite on hyvä, mutta kansainvälisen rekrytoinnin resurssit "
                                                "puuttuvat.")
    _pick(swin, qtbot, "Työnantajakontaktien määrä")
    comment_ind = swin.current_object()
    assert comment_ind.refs[0].kind is RefKind.INDICATOR
    assert comment_ind.refs[0].quote == ("Työnantajakontaktien määrä – lähtöarvo: Ei luotettavaa tilastoa, "
                                         "tavoite: 1000 kontaktia")
    _type(_field(form, "text", QPlainTextEdit), "Kontaktien lisäksi on seurattava esittelyjä.")

    # A proposed indicator, linked to the indicator chosen in the pane.
    swin.add_proposal_button.click()
    proposal = swin.current_object()
    assert isinstance(proposal, ProposedIndicator)
    pform = swin.forms[ProposedIndicator]
    _type(_field(pform, "name", QLineEdit), "Työnhakijaehdokkaiden haku ja esittely")
    _type(_field(pform, "why", QPlainTextEdit), "Kertoo työnvälityksen vaikuttavuudesta.")
    _type(_field(pform, "baseline", QLineEdit), "Ei seurantaa")
    _type(_field(pform, "target", QLineEdit), "300 esittelyä")
    pform.link.click()
    assert proposal.related is not None and proposal.related.label == "Työnantajakontaktien määrä"

    # Details.
    swin.items.setCurrentRow(0)
    _type(_field(swin.header_form, "organisation", QLineEdit), "Mäntsälän kunta")
    swin.header_form.date_edit.setText("30.6.2026")
    swin.header_form.date_edit.editingFinished.emit()
    assert swin.doc.statement.date == "2026-06-30"
    assert swin.session.is_modified

    # Undo and redo the last edit.
    swin.undo_stack.undo()
    assert swin.doc.statement.date == ""
    swin.undo_stack.redo()
    assert swin.doc.statement.date == "2026-06-30"

    # Save (the dialog answers with a file name), reopen, everything is there.
    path = tmp_path / "oma.lausunto.json"
    monkeypatch.setattr("desktop.session.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    swin.act_save.trigger()
    assert path.is_file() and not swin.session.is_modified
    assert swin.new_blank()
    assert swin.open_file(str(path))
    s = swin.doc.statement
    kinds = [type(i) for i in s.items]
    assert kinds == [Comment, Comment, ProposedIndicator]
    assert s.items[1].text == "Kontaktien lisäksi on seurattava esittelyjä."
    assert s.items[2].target == "300 esittelyä" and s.organisation == "Mäntsälän kunta"
    assert swin.programme is not None and swin.pane.isVisibleTo(swin)
    assert load_statement(path) == s

    # Export in the background, as PDF.
    out = tmp_path / "oma.pdf"
    with qtbot.waitSignal(swin.export_finished, timeout=20000) as blocker:
        swin.export("pdf", str(out))
    assert blocker.args == [str(out), ""]
    # No dnro, addressee or signatory yet: the status bar says the letter lacks parts.
    assert "kirjeestä puuttuu" in swin.statusBar().currentMessage()
    text = norm(pdf_text(out))
    for expected in ("Mäntsälän kunta", "LAUSUNTO", "30.6.2026",
                     "Työnantajakontaktien määrä – lähtöarvo: Ei luotettavaa tilastoa, tavoite: 1000 kontaktia",
                     "Kontaktien lisäksi on seurattava esittelyjä.",
                     "Ehdotettu mittari: Työnhakijaehdokkaiden haku ja esittely", "300 esittelyä"):
        assert expected in text


def test_new_statement_on_a_consultation_from_pasted_questions(swin):
    text = ("Asia: VN/37864/2025\n\nKehittämisehdotus 1: Uravalmennuksen räätälöinti\n"
            "Näkemykset uravalmennuksen räätälöintiä koskevista ehdotuksista:\n\n"
            "Mitä muuta haluatte kertoa tässä yhteydessä?\nMuut näkemykset, kommentit ja ehdotukset:\n")
    assert swin.new_on_consultation(text=text)
    s = swin.doc.statement
    assert s.case_number == "VN/37864/2025"
    assert [type(i) for i in s.items] == [Answer, Answer] and s.items[1].closing
    assert swin.session.is_modified
    assert swin.items.count() == 3


def test_questions_dialog_shows_what_it_could_not_read(qtbot):
    from desktop.statements.questions_dialog import QuestionsDialog

    d = QuestionsDialog()
    qtbot.addWidget(d)
    d.set_text("Johdanto, ei kysymys\n\n1. Ensimmäinen\nNäkemykset:\n")
    assert d.items.count() == 1 and d.unread.count() == 1
    assert "Johdanto, ei kysymys" in d.unread.item(0).text()


def test_unsaved_changes_question_cancel_keeps_the_window(swin, monkeypatch):
    swin.open_example("mikkeli")
    swin.items.setCurrentRow(1)
    _type(_field(swin.forms[Answer], "answer", QPlainTextEdit), "Uusi vastaus")
    assert swin.session.is_modified
    monkeypatch.setattr("desktop.session.QMessageBox.warning",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not swin.new_blank()
    assert swin.doc.statement.items[0].answer == "Uusi vastaus"


def test_language_switch_changes_menus(swin):
    swin.set_language("en")
    swin.set_language("fi")
    assert swin.menu_file.title() == "&Tiedosto"


def test_statement_form_labels_follow_the_language(swin, qtbot):
    from PySide6.QtWidgets import QLabel

    form = swin.header_form
    addressee = form.form.labelForField(_field(form, "addressee", QPlainTextEdit))
    assert isinstance(addressee, QLabel) and addressee.text() == "Vastaanottaja"
    try:
        swin.set_language("en")
        qtbot.waitUntil(lambda: addressee.text() == "Addressee")
        swin.set_language("sv")
        qtbot.waitUntil(lambda: addressee.text() == "Mottagare")
        assert form.date_edit.placeholderText() == "dd.mm.åååå"
    finally:
        swin.set_language("fi")
    qtbot.waitUntil(lambda: addressee.text() == "Vastaanottaja")


def test_window_title_follows_the_language(swin, qtbot):
    assert "Lausunto" in swin.windowTitle()
    try:
        swin.set_language("sv")
        qtbot.waitUntil(lambda: "Utlåtande" in swin.windowTitle())
    finally:
        swin.set_language("fi")
    qtbot.waitUntil(lambda: "Lausunto" in swin.windowTitle())


def test_letter_fields_are_edited_undone_and_the_missing_parts_named(swin):
    assert swin.open_example("mikkeli")
    swin.items.setCurrentRow(0)
    form = swin.header_form
    missing = form.findChild(type(form.missing), "letter_missing")
    assert "Diaarinumero (dnro)" in missing.text() and "Allekirjoittajat" in missing.text()
    _type(_field(form, "diary_number", QLineEdit), "MIKDno-2025-1234")
    _type(_field(form, "request_reference", QLineEdit), "Lausuntopyyntö 2.10.2025")
    _type(_field(form, "attachments", QPlainTextEdit), "Liite 1. Palvelukuvaus\nLiite 2. Tilastot\n")
    s = swin.doc.statement
    assert s.diary_number == "MIKDno-2025-1234" and s.request_reference == "Lausuntopyyntö 2.10.2025"
    assert s.attachments == ["Liite 1. Palvelukuvaus", "Liite 2. Tilastot"]
    assert "Diaarinumero" not in missing.text()
    swin.session.undo_stack.undo()
    assert s.attachments == []
