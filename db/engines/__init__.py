"""One module per storage engine, behind the interface of :class:`db.engines.base.Database`.

``sqlite`` is the embedded file in the user's data folder (the default): WAL, PRAGMAs, file
checks and file backups. ``postgres`` is a shared team database on a PostgreSQL server (psycopg 3):
connection options, server-side checks, serialised migrations; backups are the server's.
Everything above this package (queries, writes, repository, exchange, exports) is the same for
both.
"""
