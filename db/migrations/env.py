"""Alembic environment: migrations always run on a connection handed over by db.migrate."""

from alembic import context

from db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by rebuilding them
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
