"""Errors of the storage layer (importable without loading SQLAlchemy)."""


class StorageError(Exception):
    """A request the data cannot satisfy (unknown id, duplicate name, frozen assessment...)."""
