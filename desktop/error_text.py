"""Words the core's file errors in the UI language from their code and parameters.

``FileFormatError`` keeps a Finnish ``one_line()`` for the command line; the
common cases carry ``code`` + ``params`` and are worded here. Anything without
a known code falls back to the Finnish line, so no error is ever shown blank.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.fileformat import FileFormatError


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
        return exc.one_line()
    try:
        text = wording()
    except KeyError:
        return exc.one_line()
    return f"{exc.file}: {text}" if exc.file else text


