"""The parsed reading of a baseline/target/actual text, worded in the UI language.

The core's ``ParsedValue.describe()`` is Finnish (the CLI and reports use it);
the GUI builds the same reading from the ParsedValue fields: bound words,
"about" and "(by law)" through tr(), the unit as the user wrote it and month
names of the UI language. Numbers and dates stay Finnish in every language
(1 468,5 and 31.12.2025, issue 3: "numbers and dates shown the Finnish way"),
so the reading matches the text the user typed beside it and the other views.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from planner.values import Bound, ParsedValue, Period, ValueKind, format_number


def tr(text: str) -> str:
    return QCoreApplication.translate("value_text", text)


def period_label(period: Period, locale: QLocale) -> str:
    """"joulukuu 2025" / "december 2025" / "December 2025"; "Q4/2025"; a day as 31.12.2025.

    The locale is passed in (the UI language's, see ``LanguageManager.locale``), never
    Qt's process-wide default, so the wording does not depend on what ran before.
    """
    if period.month is not None and period.day is None:
        return f"{locale.standaloneMonthName(period.month)} {period.year}"
    if period.day is not None:
        return period.label()
    if period.quarter is not None:
        return f"Q{period.quarter}/{period.year}"
    return str(period.year)


def describe_value(value: ParsedValue, locale: QLocale) -> str:
    """What the program reads from the text, e.g. "at least 1 500 henkilöä, December 2025"."""
    if value.number is None:
        return tr("ei lukuarvoa") if value.kind is ValueKind.EMPTY else tr("teksti, ei lukua")
    parts = []
    if value.bound is Bound.AT_LEAST:
        parts.append(tr("yli") if value.strict else tr("vähintään"))
    elif value.bound is Bound.AT_MOST:
        parts.append(tr("alle") if value.strict else tr("enintään"))
    if value.approximate:
        parts.append(tr("noin"))
    parts.append(format_number(value.number))
    if value.unit:
        parts.append(value.unit)
    text = " ".join(parts)
    if value.period is not None:
        text += ", " + period_label(value.period, locale)
    if value.statutory:
        text += " " + tr("(laki)")
    return text
