"""The one error the actuals import raises: what is wrong and where, in one line.

An error with a number or a cell list in its message also carries ``code`` and
``params`` so the GUI can word it in the user's language (see
desktop/programme/actuals/error_text.py); the Finnish ``one_line()`` is what the command
line prints.
"""

from __future__ import annotations

from pathlib import Path

from planner.messages import Message
from planner.wording_fi import word


class ActualsError(Exception):
    """A file of actuals cannot be read or used. ``one_line()`` is shown to the user."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        hint: str = "",
        code: str = "",
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})
        self.message = message
        self.path = str(path) if path is not None else None
        self.sheet = sheet
        self.row = row
        self.column = column
        self.hint = hint
        self.hint_message: Message | None = None  # a hint with figures in it, as a code (see ``of``)

    @classmethod
    def of(cls, message: Message, path: str | Path | None = None, sheet: str | None = None,
           row: int | None = None, column: str | None = None, hint: str | Message = "") -> ActualsError:
        """An error whose message is a code and parameters (worded in planner/wording_fi.py and the GUI).

        A fixed hint is Finnish text (the GUI translates it as it is); a hint with names or
        figures in it is a :class:`Message` too.
        """
        coded_hint = hint if isinstance(hint, Message) else None
        err = cls(word(message), path, sheet, row, column, word(coded_hint) if coded_hint else str(hint),
                  code=message.code, params=message.as_dict())
        err.hint_message = coded_hint
        return err

    def as_message(self) -> Message | None:
        """The coded message, or None for an error that carries only its Finnish text."""
        return Message(self.code, tuple(self.params.items())) if self.code else None

    def where(self) -> str:
        parts = []
        if self.path:
            parts.append(f"tiedosto {Path(self.path).name}")
        if self.sheet:
            parts.append(f"välilehti \u201d{self.sheet}\u201d")
        if self.row is not None:
            parts.append(f"rivi {self.row}")
        if self.column:
            parts.append(f"sarake {self.column}")
        return ", ".join(parts)

    def one_line(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f" {self.hint}"
        return text.replace("\n", " ")

    def __str__(self) -> str:
        return self.one_line()


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB": the column as Excel shows it."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
