"""The parsed reading of a baseline/target/actual text, worded in the UI language.

The core's ``ParsedValue.describe()`` is Finnish (the CLI and reports use it);
the GUI builds the same reading from the ParsedValue fields: bound words and
"about" through tr(), the number in the UI locale (Finnish keeps
``format_number``), the unit as the user wrote it, and the period with month
names and dates of the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.values import Bound, ParsedValue, Period, ValueKind, format_number


def tr(text: str) -> str:
    return QCoreApplication.translate("value_text", text)


def _decimals(value: float) -> int:
    if float(value).is_integer():
        return 0
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def ui_number(value: float) -> str:
    """A number as the UI language writes it: 1 468,5 (fi, sv) or 1,468.5 (en)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Finnish:
        return format_number(value)
    return locale.toString(float(value), "f", _decimals(value))


def period_label(period: Period) -> str:
    """"joulukuu 2025" / "december 2025" / "December 2025"; "Q4/2025"; a day in the locale's short date."""
    locale = QLocale()
    if period.day is not None and period.month is not None:
        date = QDate(period.year, period.month, period.day)
        if date.isValid():
            return locale.toString(date, QLocale.FormatType.ShortFormat)
        return period.label()
    if period.month is not None:
        return f"{locale.standaloneMonthName(period.month)} {period.year}"
    if period.quarter is not None:
        return f"Q{period.quarter}/{period.year}"
    return str(period.year)


def describe_value(value: ParsedValue) -> str:
    """What the program reads from the text, e.g. "at least 1,500 henkilöä, December 2025"."""
    if value.number is None:
        return tr("ei lukuarvoa") if value.kind is ValueKind.EMPTY else tr("teksti, ei lukua")
    parts = []
    if value.bound is Bound.AT_LEAST:
        parts.append(tr("yli") if value.strict else tr("vähintään"))
    elif value.bound is Bound.AT_MOST:
        parts.append(tr("alle") if value.strict else tr("enintään"))
    if value.approximate:
        parts.append(tr("noin"))
    parts.append(ui_number(value.number))
    if value.unit:
        parts.append(value.unit)
    text = " ".join(parts)
    if value.period is not None:
        text += ", " + period_label(value.period)
    if value.statutory:
        text += " " + tr("(laki)")
    return text
