"""Dates and times as the user's locale writes them: one format everywhere in the window."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def format_date(value: date | datetime) -> str:
    """A calendar date in the locale's short format (a datetime is shown in local time)."""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_datetime(value: datetime) -> str:
    """A moment in local time, date and hour:minute in the locale's short formats."""
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def distinct_moments(values: list[datetime]) -> list[str]:
    """Labels for several moments: the date alone, with the time where two share a date."""
    days = [value.astimezone().date() for value in values]
    return [
        format_datetime(value) if days.count(day) > 1 else format_date(value)
        for value, day in zip(values, days, strict=True)
    ]
