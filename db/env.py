"""Alembic environment: migrations run on the vault's own keyed connection, never a URL."""

from alembic import context

from roundtable_app.vault.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Roundtable migrations run through roundtable_app.vault (the vault must be unlocked)"
    )

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
