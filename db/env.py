"""Alembic environment for edtrainer.

The application passes an open connection in ``config.attributes["connection"]`` (see
edtrainer/core/db.py), already inside a transaction with SQLite foreign keys off. Run from the command
line (``alembic -c alembic.ini ...``) it opens the database given by ``-x url=...``,
EDTRAINER_DATABASE_URL, or the embedded default.
"""

from __future__ import annotations

from alembic import context

from edtrainer.core.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    from edtrainer.core import db as dbmod

    url = dbmod.resolve_url(context.get_x_argument(as_dictionary=True).get("url"))
    engine = dbmod.create_engine_for(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            _configure_and_run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("edtrainer migrations run online only")
run_migrations_online()
