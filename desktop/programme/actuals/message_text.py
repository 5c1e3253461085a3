"""The core's messages (planner.messages) worded in the UI language.

The Finnish of every code the core uses is written once, in planner/wording_fi.py
(``{name}`` for the message's parameters); the command line and the reports show it
as it is, the GUI translates it with Qt in this module's context (MessageText). A
test fails when a code has no Finnish wording or no Swedish and English one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from planner import wording_fi
from planner.messages import Message

if TYPE_CHECKING:
    from planner.followup.progress import IndicatorResult


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageText", text)


#: The Finnish source text of every code: planner/wording_fi.py, translated here with Qt
#: (resources/translations/build_translations.py extracts its texts for this module's context).
TEXTS: dict[str, str] = wording_fi.TEXTS


def message_text(message: Message) -> str:
    """``message`` in the UI language (the Finnish wording if the code were missing here)."""
    template = TEXTS.get(message.code)
    if template is None:
        return wording_fi.word(message)
    try:
        return tr(template).format(**message.as_dict())
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: never a traceback
        return wording_fi.word(message)


def messages_text(messages: Iterable[Message], sep: str = "; ") -> str:
    return sep.join(message_text(m) for m in messages)


def outlook_method_text(outlook: Any) -> str:
    """How a year-end outlook was made (planner.followup.outlook.Outlook.how) in the UI language:
    'method; what the year-end value is; inputs, ...'."""
    texts = [message_text(m) for m in outlook.how]
    return "; ".join(texts[:2] + ([", ".join(texts[2:])] if texts[2:] else []))


def actual_text(result: IndicatorResult) -> str:
    """An indicator's actual in the UI language: its figure, or the phrase the core gave as a
    code where there is no figure ("no figure for the whole area", "done")."""
    if result.actual_message is not None:
        return message_text(result.actual_message)
    return result.actual_text
