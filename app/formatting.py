"""Dates and times as the user's locale writes them, one format everywhere in the app."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | datetime) -> str:
    """A day in the locale's short format (e.g. 02/12/2026, 12/2/26, 2026/12/2).

    An aware datetime is shown in local time first, so a late-evening entry keeps its day.
    """
    if isinstance(value, datetime):
        value = _local(value).date()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()  # no locale set (LANG=C): ISO 8601 is the unambiguous choice
    return locale.toString(_qdate(value), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime, *, seconds: bool = False) -> str:
    """A moment in local time: the short date and the locale's short time, for where the day
    alone would be ambiguous (two assessments on one day); ``seconds`` for backups made
    within a minute of each other."""
    local = _local(value)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return (
            f"{local.date().isoformat()} {local:%H:%M:%S}"
            if seconds
            else f"{local.date().isoformat()} {local:%H:%M}"
        )
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss")
    time = locale.toString(QTime(local.hour, local.minute, local.second), time_format)
    return f"{format_date(local.date())} {time}"


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value


def distinct_moments(values: list[datetime]) -> list[str]:
    """Labels for several moments: the date alone, with the time where two share a date."""
    days = [_local(value).date() for value in values]
    shared = Counter(days)
    return [
        format_datetime(value) if shared[day] > 1 else format_date(value)
        for value, day in zip(values, days, strict=True)
    ]


def join_names(names: list[str]) -> str:
    """Names listed the way the language lists them ("A, B" in English, "A、B" in Chinese)."""
    return QCoreApplication.translate("Formatting", ", ").join(names)
