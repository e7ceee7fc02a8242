"""The tables of PLOVER events (reportedly.events) in both dialects: released migrations,
never edited (``schema.py`` and ``pg_schema.py`` list them in their order)."""

from __future__ import annotations

# PLOVER events (reportedly.events), one row per event of an article. Actor, span and date
# parts are columns so queries can filter on them; ``sort_key`` is the event's date, else the
# article's publication date, else "~" (after every date): the timeline order.
SQLITE_EVENTS = (
    """CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        context TEXT NOT NULL,
        modality TEXT NOT NULL,
        source_text TEXT,
        source_start INTEGER,
        source_end INTEGER,
        source_actor TEXT,
        source_name TEXT,
        source_code TEXT,
        source_sector TEXT,
        target_text TEXT,
        target_start INTEGER,
        target_end INTEGER,
        target_actor TEXT,
        target_name TEXT,
        target_code TEXT,
        target_sector TEXT,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL,
        condition_start INTEGER,
        condition_end INTEGER,
        condition_text TEXT,
        statement_id TEXT,
        date_text TEXT,
        date_value TEXT,
        date_iso TEXT,
        date_granularity TEXT,
        date_year_known INTEGER,
        date_uncertain INTEGER,
        date_month INTEGER,
        date_day INTEGER,
        location TEXT,
        location_start INTEGER,
        location_end INTEGER,
        cameo TEXT,
        rule TEXT NOT NULL,
        confidence REAL NOT NULL,
        published TEXT,
        outlet TEXT,
        sort_date TEXT,
        sort_key TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    )""",
    "CREATE INDEX events_id ON events (id)",
    "CREATE INDEX events_order ON events (sort_key, article_id, position)",
    "CREATE INDEX events_type ON events (type, sort_key)",
    "CREATE INDEX events_source ON events (source_actor)",
    "CREATE INDEX events_source_code ON events (source_code)",
    "CREATE INDEX events_target ON events (target_actor)",
    "CREATE INDEX events_target_code ON events (target_code)",
    "CREATE INDEX events_date ON events (sort_date)",
    "CREATE INDEX events_statement ON events (statement_id)",
)

# the same table on PostgreSQL
PG_EVENTS = (
    """CREATE TABLE events (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position BIGINT NOT NULL,
        id TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL,
        mode TEXT COLLATE "C",
        context TEXT COLLATE "C" NOT NULL,
        modality TEXT COLLATE "C" NOT NULL,
        source_text TEXT COLLATE "C",
        source_start BIGINT,
        source_end BIGINT,
        source_actor TEXT COLLATE "C",
        source_name TEXT COLLATE "C",
        source_code TEXT COLLATE "C",
        source_sector TEXT COLLATE "C",
        target_text TEXT COLLATE "C",
        target_start BIGINT,
        target_end BIGINT,
        target_actor TEXT COLLATE "C",
        target_name TEXT COLLATE "C",
        target_code TEXT COLLATE "C",
        target_sector TEXT COLLATE "C",
        evidence_start BIGINT NOT NULL,
        evidence_end BIGINT NOT NULL,
        evidence_text TEXT COLLATE "C" NOT NULL,
        trigger_start BIGINT NOT NULL,
        trigger_end BIGINT NOT NULL,
        trigger_text TEXT COLLATE "C" NOT NULL,
        condition_start BIGINT,
        condition_end BIGINT,
        condition_text TEXT COLLATE "C",
        statement_id TEXT COLLATE "C",
        date_text TEXT COLLATE "C",
        date_value TEXT COLLATE "C",
        date_iso TEXT COLLATE "C",
        date_granularity TEXT COLLATE "C",
        date_year_known BIGINT,
        date_uncertain BIGINT,
        date_month BIGINT,
        date_day BIGINT,
        location TEXT COLLATE "C",
        location_start BIGINT,
        location_end BIGINT,
        cameo TEXT COLLATE "C",
        rule TEXT COLLATE "C" NOT NULL,
        confidence DOUBLE PRECISION NOT NULL,
        published TEXT COLLATE "C",
        outlet TEXT COLLATE "C",
        sort_date TEXT COLLATE "C",
        sort_key TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, position)
    )""",
    "CREATE INDEX events_id ON events (id)",
    "CREATE INDEX events_order ON events (sort_key, article_id, position)",
    "CREATE INDEX events_type ON events (type, sort_key)",
    "CREATE INDEX events_source ON events (source_actor)",
    "CREATE INDEX events_source_code ON events (source_code)",
    "CREATE INDEX events_target ON events (target_actor)",
    "CREATE INDEX events_target_code ON events (target_code)",
    "CREATE INDEX events_date ON events (sort_date)",
    "CREATE INDEX events_statement ON events (statement_id)",
)


# An actor's events are found by id, or by the side's text or name as written ("Kyiv"):
# folded once when stored, and indexed, where every row was folded at each request (an
# actor page scanned all events through a Python casefold: ~120 ms for 42k events)
EVENT_FOLDED_SIDES = (
    *(
        f"ALTER TABLE events ADD COLUMN {side}_{part}_folded TEXT"
        for side in ("source", "target")
        for part in ("text", "name")
    ),
    "UPDATE events SET source_text_folded = casefold(source_text),"
    " source_name_folded = casefold(source_name), target_text_folded = casefold(target_text),"
    " target_name_folded = casefold(target_name)",
    *(
        f"CREATE INDEX events_{side}_{part}_folded ON events ({side}_{part}_folded)"
        for side in ("source", "target")
        for part in ("text", "name")
    ),
)

# events' sides folded when stored (EVENT_FOLDED_SIDES); the rows stored before
# are folded by casefold() here, as the filter had folded them
PG_EVENT_FOLDED_SIDES = tuple(
    sql.replace(" TEXT", ' TEXT COLLATE "C"') if sql.startswith("ALTER") else sql
    for sql in EVENT_FOLDED_SIDES
)
