"""Alembic's environment: always run by scp_ministry_server.storage.migrate, on the connection (and in
the transaction, which holds the migration lock) that it passes in."""

from alembic import context

from scp_ministry_server.storage.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=False)
with context.begin_transaction():
    context.run_migrations()
