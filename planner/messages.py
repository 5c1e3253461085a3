"""What the core says, as a code and its parameters; each surface words it.

The core returns :class:`Message` values (indicator notes of the follow-up,
warnings of an import of actuals), never finished sentences. The wording lives
in one place per surface: :mod:`planner.wording_fi` for the command line and
the reports (Finnish), ``desktop.programme.actuals.message_text`` for the GUI (translated
with Qt). A test fails when a code has no wording in either.

Parameters are text, already formatted the Finnish way where they are numbers
or periods ("1 468", "6/2026"): they are data shown inside the sentence.

This module imports nothing of the project (a leaf): a message does not word
itself; ``planner.wording_fi.word(message, lang)`` does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Message:
        """``Message.of("no_actuals_for_year", year=2026)``; parameters become text."""
        return cls(code, tuple((k, str(v)) for k, v in params.items()))

    def param(self, name: str, default: str = "") -> str:
        return dict(self.params).get(name, default)

    def as_dict(self) -> dict[str, str]:
        return dict(self.params)


def msg(code: str, **params: object) -> Message:
    """Shorthand for :meth:`Message.of` (the tests find every code the core uses by this name)."""
    return Message.of(code, **params)
