"""Version 5: an undated page's own date without a year, as the article record now
carries it: ``page_monthday`` (ISO 8601 month-day, "--06-07") and ``page_weekday``
("Friday"), read at ingest from the head of the text ("Friday, June 7"). Fusion
reads them from the events' ``record`` JSON (the article reference); these columns are
for filtering and for tools that read the tables directly.

Articles stored before version 5 keep NULL here (and their events' records lack the
two fields) until they are ingested again.
"""

DESCRIPTION = "page month-day and weekday of undated articles"

STATEMENTS = [
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS page_monthday TEXT",
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS page_weekday TEXT",
]
