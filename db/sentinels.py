"""Markers for optional arguments of writes (light: imported before SQLAlchemy loads)."""

from __future__ import annotations

from enum import Enum


class Unchanged(Enum):
    """The type of :data:`UNCHANGED`: "leave this field as it is stored"."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED
