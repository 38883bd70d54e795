"""Version 4: what an incident record now carries, as flat columns for filtering and
for tools that read the tables directly: ``outlets`` (the outlet names that reported
it, ``; ``-separated, first reporter first), ``n_mentions`` (background mentions in
later articles). ``counts_history``, the outlets' wire-copy links and the mentions
themselves are in the ``record`` JSON.

Incidents stored before version 4 keep NULL here until the next fusion (every
``polybius ingest``, or ``polybius fuse --db``) rebuilds them from their events, with
the same ids.
"""

DESCRIPTION = "incident outlets and mentions in later articles"

STATEMENTS = [
    "ALTER TABLE incidents ADD COLUMN outlets TEXT",
    "ALTER TABLE incidents ADD COLUMN n_mentions INTEGER",
]
