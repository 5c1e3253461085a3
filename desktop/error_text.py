"""Words the core's file errors in the UI language from their code and parameters.

``FileFormatError`` keeps a Finnish ``one_line()`` for the command line; the
common cases carry ``code`` + ``params`` and are worded here. Anything without
a known code falls back to the Finnish line, so no error is ever shown blank.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from planner.storage.json_file import FileFormatError


def tr(text: str) -> str:
    return QCoreApplication.translate("error_text", text)


def file_error_text(exc: FileFormatError) -> str:
    """One line: the file and what is wrong with it, in the UI language."""
    p = exc.params
    wording = {
        "not_found": lambda: tr("tiedostoa ei löydy"),
        "is_folder": lambda: tr("polku on kansio, ei tiedosto"),
        "not_regular": lambda: tr("ei ole tavallinen tiedosto (esim. laite tai putki); valitse tallennettu tiedosto"),
        "permission": lambda: tr("tiedoston lukeminen ei ole sallittua (käyttöoikeudet)"),
        "empty": lambda: tr("tiedosto on tyhjä"),
        "too_large": lambda: (tr("tiedosto on liian suuri ({0}; enintään {1})").format(p["size"], p["limit"])
                              if "limit" in p else tr("tiedosto on liian suuri ({0} Mt)").format(p["megabytes"])),
        "not_utf8": lambda: tr("tiedosto ei ole UTF-8-tekstiä (tavu {0})").format(p["byte"]),
        "not_json": lambda: tr("tiedosto ei ole kelvollista JSONia tai se on katkennut (rivi {0}, sarake {1})").format(
            p["line"], p["column"]),
        "wrong_kind": lambda: tr("tiedosto ei ole oikeaa tyyppiä (odotettiin {0}, löytyi {1})").format(
            p["expected"], p["found"]),
        "newer_version": lambda: tr("tiedosto on tehty uudemmalla ohjelmaversiolla (tiedostomuoto {0}, tämä versio "
                                    "tukee enintään muotoa {1}); päivitä sovellus avataksesi sen").format(
            p["version"], p["supported"]),
    }.get(exc.code)
    if wording is None:
        return _without_json_path(exc)
    try:
        text = wording()
    except KeyError:
        return _without_json_path(exc)
    return f"{exc.file}: {text}" if exc.file else text


def _without_json_path(exc: FileFormatError) -> str:
    """The core's message with the place in words ("teema 1 › tavoite 2 › lähtöarvo"), never a JSON path."""
    text = exc.message
    if exc.path:
        text = tr("{0} (kohdassa: {1})").format(text, describe_field_path(exc.path))
    return f"{exc.file}: {text}" if exc.file else text


def describe_field_path(path: str) -> str:
    """``programme.themes[0].focus_areas[1].rows[0].baseline`` as "teema 1 › tavoite 2 › mittaririvi 1 › lähtöarvo"."""
    import re

    lists = {
        "themes": lambda n: tr("teema {0}").format(n),
        "focus_areas": lambda n: tr("tavoite {0}").format(n),
        "rows": lambda n: tr("mittaririvi {0}").format(n),
        "services": lambda n: tr("palvelu {0}").format(n),
        "spearheads": lambda n: tr("kärki {0}").format(n),
        "target_groups": lambda n: tr("kohderyhmä {0}").format(n),
        "decisions": lambda n: tr("päätös {0}").format(n),
        "levels": lambda n: tr("taso {0}").format(n),
        "actual_imports": lambda n: tr("toteumatuonti {0}").format(n),
        "values": lambda n: tr("arvo {0}").format(n),
    }
    whole_lists = {
        "themes": tr("teemat"), "focus_areas": tr("tavoitteet"), "rows": tr("mittaririvit"),
        "services": tr("palvelut"), "spearheads": tr("kärjet"), "target_groups": tr("kohderyhmät"),
        "decisions": tr("päätökset"), "levels": tr("tasot"), "actual_imports": tr("toteumatuonnit"),
        "values": tr("arvot"), "municipalities": tr("sopijakunnat"),
    }
    fields = {
        "title": tr("otsikko"), "name": tr("nimi"), "baseline": tr("lähtöarvo"), "target": tr("tavoite"),
        "level": tr("taso"), "unit": tr("yksikkö"), "source": tr("tietolähde"), "owner": tr("vastuutaho"),
        "notes": tr("huomautukset"), "text": tr("teksti"), "id": tr("tunniste"), "kind": tr("rivin tyyppi"),
        "direction": tr("suunta"), "aggregation": tr("kertymä"), "year": tr("vuosi"), "period": tr("kausi"),
        "date": tr("päivämäärä"), "code": tr("lyhenne"), "description": tr("kuvaus"),
    }
    parts = []
    path = re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)  # "themes.0.title" is written like "themes[0].title"
    for segment in path.split("."):
        m = re.fullmatch(r"([A-Za-z_]+)(?:\[(\d+)\])?", segment)
        if not m:
            continue
        key, index = m.group(1), m.group(2)
        if key == "programme":
            continue
        if index is not None and key in lists:
            parts.append(lists[key](int(index) + 1))
        elif key in whole_lists:
            parts.append(whole_lists[key])
        elif key in fields:
            parts.append(fields[key])
        elif index is not None:
            parts.append(f"{index}")
    return " \u203a ".join(parts) or tr("ohjelman tiedot")




def os_error_text(exc: OSError) -> str:
    """What the operating system refused, in the UI language (its own message may be English)."""
    import errno

    wording = {
        errno.EACCES: lambda: tr("ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)"),
        errno.EPERM: lambda: tr("ei kirjoitusoikeutta (tiedosto tai kansio on suojattu tai toisen ohjelman käytössä)"),
        errno.ENOENT: lambda: tr("kansiota ei löydy (se on poistettu tai verkkolevy ei ole yhteydessä)"),
        errno.ENOSPC: lambda: tr("levy on täynnä"),
        errno.EROFS: lambda: tr("levy on vain luku -tilassa"),
        errno.EISDIR: lambda: tr("polku on kansio, ei tiedosto"),
        errno.ENAMETOOLONG: lambda: tr("tiedoston nimi tai polku on liian pitkä"),
        errno.EINVAL: lambda: tr("tiedoston nimessä on merkkejä, joita ei voi käyttää"),
    }.get(exc.errno or -1)
    if wording is None:
        return tr("käyttöjärjestelmä esti kirjoittamisen (virhekoodi {0})").format(exc.errno or "?")
    return wording()


#: The colour of an error said inside a dialog (the export and economics dialogs' message line).
ERROR_COLOUR = "#b00020"


def error_label() -> QLabel:
    """A hidden, wrapping red line under a dialog's fields, shown with the error's text when there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def show_error_line(label: QLabel, text: str) -> None:
    """Show ``text`` in a dialog's :func:`error_label`, the dialog growing to make room for it.

    Without the growth the layout squeezed the wrapped labels above the new line (the
    export dialog's "no actuals" note lost its first line).
    """
    label.setText(text)
    label.show()
    window = label.window()
    layout = window.layout()
    needed = layout.totalHeightForWidth(window.width()) if layout is not None and layout.hasHeightForWidth() else -1
    window.resize(window.width(), max(window.height(), needed, window.sizeHint().height()))
