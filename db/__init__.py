"""Storage: SQLAlchemy 2 models, Alembic migrations and repositories. No Qt here."""
