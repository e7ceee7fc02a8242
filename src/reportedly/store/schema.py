"""The SQLite schema as an ordered list of migrations (the store's dialect-specific DDL).

A migration is never edited once released: change the schema by appending one, and one of
the same name to ``pg_schema.py`` (the PostgreSQL back end's list; see :mod:`reportedly.store`).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportedly.store.event_schema import EVENT_FOLDED_SIDES, SQLITE_EVENTS
from reportedly.store.word_page_schema import SQLITE_WORD_PAGES


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """One schema step: a unique name and the statements that apply it."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""

_INITIAL = (
    # pub_order = -published.toordinal(), 0 when undated: "newest first, undated last" ascending.
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        pub_order INTEGER NOT NULL,
        language TEXT NOT NULL,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        title_span TEXT,
        authors TEXT NOT NULL,
        sections TEXT NOT NULL,
        dropped TEXT NOT NULL,
        versions TEXT NOT NULL,
        added_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_order ON articles (pub_order, id)",
    "CREATE INDEX articles_outlet ON articles (outlet)",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        mentions TEXT NOT NULL,
        roles TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    )""",
    "CREATE INDEX entities_id ON entities (id)",
    # An explicit integer key: VACUUM may renumber implicit rowids, which the FTS index uses.
    """CREATE TABLE statements (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        extent_start INTEGER NOT NULL,
        extent_end INTEGER NOT NULL,
        content_text TEXT NOT NULL,
        quotes TEXT NOT NULL,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_text TEXT,
        speaker_label TEXT,
        speaker_entity TEXT,
        speaker_name TEXT,
        speaker_kind TEXT,
        reported_by TEXT,
        confidence REAL NOT NULL,
        published TEXT,
        pub_order INTEGER NOT NULL,
        outlet TEXT
    )""",
    "CREATE INDEX statements_order ON statements (pub_order, article_id, extent_start, id)",
    "CREATE INDEX statements_article ON statements (article_id, position)",
    "CREATE INDEX statements_published ON statements (published)",
    "CREATE INDEX statements_kind ON statements (kind)",
    "CREATE INDEX statements_entity ON statements (speaker_entity)",
    "CREATE INDEX statements_outlet ON statements (outlet)",
    """CREATE TABLE citations (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        outlet TEXT NOT NULL,
        description TEXT,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        cue_start INTEGER,
        cue_end INTEGER,
        statements TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    )""",
    "CREATE INDEX citations_outlet ON citations (outlet)",
    # Which citations cover which statements: for the outlet filter and export records.
    """CREATE TABLE statement_citations (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL,
        citation_position INTEGER NOT NULL,
        PRIMARY KEY (statement_id, citation_position)
    )""",
    "CREATE INDEX statement_citations_article ON statement_citations (article_id)",
    # article_id is NULL for inputs that failed before analysis (``Store.save_skip``).
    """CREATE TABLE skips (
        seq INTEGER PRIMARY KEY,
        article_id TEXT REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER,
        source TEXT,
        stage TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        span_start INTEGER,
        span_end INTEGER,
        added_at TEXT NOT NULL
    )""",
    "CREATE INDEX skips_article ON skips (article_id, position)",
    "CREATE UNIQUE INDEX skips_source ON skips (source, stage, code) WHERE article_id IS NULL",
)

_FTS = (
    """CREATE VIRTUAL TABLE statements_fts USING fts5 (
        content_text, speaker_name,
        content = 'statements', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, content_text, speaker_name)
        VALUES (new.seq, new.content_text, new.speaker_name);
    END""",
    """CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, content_text, speaker_name)
        VALUES ('delete', old.seq, old.content_text, old.speaker_name);
    END""",
    """CREATE TRIGGER statements_fts_update AFTER UPDATE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, content_text, speaker_name)
        VALUES ('delete', old.seq, old.content_text, old.speaker_name);
        INSERT INTO statements_fts (rowid, content_text, speaker_name)
        VALUES (new.seq, new.content_text, new.speaker_name);
    END""",
    "INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')",
)

# The outlet-registry id of each citation (NULL when the registry does not know the outlet).
_CITATION_OUTLET_ID = (
    "ALTER TABLE citations ADD COLUMN outlet_id TEXT",
    "CREATE INDEX citations_outlet_id ON citations (outlet_id)",
)

# Canonical actors across the store (reportedly.store.linking): registry actors as first
# seen, and actors known only from articles, created from their fullest name. An actor merged
# into another keeps its row, pointing at the survivor, so old ids still resolve.
_ACTORS = (
    """CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        origin TEXT NOT NULL,
        code TEXT,
        merged_into TEXT REFERENCES actors (id),
        created_at TEXT NOT NULL
    )""",
    # every name an actor is known by (registry names and aliases, names seen in articles)
    """CREATE TABLE actor_names (
        actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        folded TEXT NOT NULL,
        PRIMARY KEY (actor_id, folded)
    )""",
    "CREATE INDEX actor_names_folded ON actor_names (folded)",
    "ALTER TABLE entities ADD COLUMN actor_id TEXT",
    "ALTER TABLE entities ADD COLUMN code TEXT",
    "ALTER TABLE entities ADD COLUMN resolution TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE statements ADD COLUMN speaker_actor TEXT",
    "ALTER TABLE statements ADD COLUMN speaker_resolution TEXT NOT NULL DEFAULT ''",
    # the store's actor id (a registry id, or one the store created): what cross-article
    # queries group by; the columns above keep the analysis exactly as extracted
    "ALTER TABLE entities ADD COLUMN linked_actor TEXT",
    "CREATE INDEX entities_linked_actor ON entities (linked_actor)",
    "ALTER TABLE statements ADD COLUMN linked_actor TEXT",
    "CREATE INDEX statements_linked_actor ON statements (linked_actor)",
)

# What each statement does (speech, belief, intent, other) and whether its cue is denied;
# statements stored before were all shown as speech, which is what they read as.
_STATEMENT_ACTS = (
    "ALTER TABLE statements ADD COLUMN act TEXT NOT NULL DEFAULT 'speech'",
    "ALTER TABLE statements ADD COLUMN negated INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX statements_act ON statements (act, pub_order)",
)

# How an article's bytes were decoded, and whether its title was derived from its first
# sentence (a text without a title line) rather than found.
_ARTICLE_ENCODING = (
    "ALTER TABLE articles ADD COLUMN title_derived INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE articles ADD COLUMN encoding TEXT",
    "ALTER TABLE articles ADD COLUMN encoding_confidence REAL",
)

# Statements filtered by their article's language (``--lang``, ``lang=``) and articles listed
# per language, newest first.
_ARTICLE_LANGUAGE = ("CREATE INDEX articles_language ON articles (language, pub_order, id)",)
# Sentence vectors of statements for cross-language tracing (reportedly.crosslang), computed
# when a trace first needs them and kept per encoder model; dropped with their statement.
_STATEMENT_VECTORS = (
    """CREATE TABLE statement_vectors (
        statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (statement_id, model)
    )""",
)
# Statements, mentions and articles per actor, and rows per table, kept up to date by every
# save, replace, skip and merge (store/counts.py) so the home page and the actor list need
# not count them per request; existing stores are counted once here. Merged actors have no
# row. The outlet list groups the citations by registry id and name: a covering index.
_ACTOR_COUNTS = (
    """CREATE TABLE actor_counts (
        actor_id TEXT PRIMARY KEY REFERENCES actors (id),
        statements INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        articles INTEGER NOT NULL
    )""",
    "CREATE INDEX actor_counts_rank ON actor_counts (statements DESC, mentions DESC, actor_id)",
    """INSERT INTO actor_counts (actor_id, statements, mentions, articles)
        SELECT a.id,
            (SELECT count(*) FROM statements s WHERE s.linked_actor = a.id),
            (SELECT coalesce(sum(json_array_length(e.mentions)), 0) FROM entities e
             WHERE e.linked_actor = a.id),
            (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.linked_actor = a.id)
        FROM actors a WHERE a.merged_into IS NULL""",
    "CREATE TABLE table_counts (name TEXT PRIMARY KEY, rows INTEGER NOT NULL)",
    """INSERT INTO table_counts (name, rows)
        SELECT 'articles', count(*) FROM articles
        UNION ALL SELECT 'statements', count(*) FROM statements
        UNION ALL SELECT 'citations', count(*) FROM citations
        UNION ALL SELECT 'skips', count(*) FROM skips""",
    "CREATE INDEX citations_outlet_names ON citations (outlet_id, outlet)",
    # an actor's page: its latest statements in order, its timeline and its roles, from
    # the index alone (its busiest actors have a tenth of all statements)
    "CREATE INDEX statements_actor_order"
    " ON statements (linked_actor, pub_order, article_id, extent_start, id)",
    "CREATE INDEX statements_actor_published ON statements (linked_actor, published)",
    "DROP INDEX statements_linked_actor",
    "CREATE INDEX entities_actor_roles ON entities (linked_actor, roles)",
    "DROP INDEX entities_linked_actor",
)

# Articles per outlet name and citations per (registry id, name), kept up to date by every
# save and replace (store/counts.py) so the outlet list and the home page need not group
# every article and citation per request; existing stores are counted once here. A count
# that falls to 0 (its articles replaced) stays as a row of 0, which readers leave out.
# And the act and confidence of each statement by its full-text row id, for what a search
# hides (sqlite_select.tally_acts): a narrow index, where the rows are ~1 KB each.
_LISTINGS = (
    """CREATE TABLE outlet_counts (
        role TEXT NOT NULL,
        outlet_id TEXT NOT NULL,
        name TEXT NOT NULL,
        rows INTEGER NOT NULL,
        PRIMARY KEY (role, outlet_id, name)
    )""",
    """INSERT INTO outlet_counts (role, outlet_id, name, rows)
        SELECT 'published', '', outlet, count(*) FROM articles WHERE outlet IS NOT NULL
        GROUP BY outlet""",
    """INSERT INTO outlet_counts (role, outlet_id, name, rows)
        SELECT 'cited', coalesce(outlet_id, ''), outlet, count(*) FROM citations
        GROUP BY coalesce(outlet_id, ''), outlet""",
    "CREATE INDEX statements_tally ON statements (seq, act, confidence)",
)

# Every speaker name and speaker text stored, folded, with how many statements carry it: the
# speaker filter finds the names holding its words here (a few thousand rows), then the
# statements by index, instead of folding the speaker of every statement (0.6 s at 1M).
_SPEAKER_NAMES = (
    """CREATE TABLE speaker_names (
        name TEXT PRIMARY KEY,
        folded TEXT NOT NULL,
        rows INTEGER NOT NULL
    )""",
    """INSERT INTO speaker_names (name, folded, rows)
        SELECT name, casefold(name), count(*) FROM (
            SELECT speaker_name AS name FROM statements WHERE speaker_name IS NOT NULL
            UNION ALL SELECT speaker_text FROM statements WHERE speaker_text IS NOT NULL
        ) AS said GROUP BY name""",
    "CREATE INDEX statements_speaker_name ON statements (speaker_name)",
    "CREATE INDEX statements_speaker_text ON statements (speaker_text)",
)

# The outlet each statement cites, on its link to the citation: the outlet filter finds the
# statements citing an outlet's names from one index range, where it joined every citation
# of those names to its statements first (pg_filters.py, sqlite_select.py); existing links
# get their citation's outlet here.
_CITING_OUTLET = (
    "ALTER TABLE statement_citations ADD COLUMN outlet TEXT",
    """UPDATE statement_citations SET outlet = (
        SELECT c.outlet FROM citations c WHERE c.article_id = statement_citations.article_id
        AND c.position = statement_citations.citation_position)""",
    "CREATE INDEX statement_citations_outlet ON statement_citations (outlet, statement_id)",
)


# How many statements hold each FTS5 term, per act, and how many of them reach the web
# page's confidence (word_counts.py): a tally of a word in more than a thousand statements is
# read here instead of counted. The terms are read from the index through fts5vocab, so they
# are FTS5's own; 0.5 is word_counts.SURE (a test checks they agree).
_WORD_ACTS = (
    """CREATE TABLE word_acts (
        word TEXT NOT NULL,
        act TEXT NOT NULL,
        statements INTEGER NOT NULL,
        sure INTEGER NOT NULL,
        PRIMARY KEY (word, act)
    ) WITHOUT ROWID""",
    "CREATE VIRTUAL TABLE temp.statements_fts_terms"
    " USING fts5vocab(main, statements_fts, instance)",
    """INSERT INTO word_acts (word, act, statements, sure)
        SELECT t.term, s.act, count(*), sum(s.confidence >= 0.5)
        FROM (SELECT DISTINCT term, doc FROM temp.statements_fts_terms) AS t
        JOIN statements s ON s.seq = t.doc GROUP BY t.term, s.act""",
    "DROP TABLE temp.statements_fts_terms",
)

# The probability that a statement's resolved speaker is right (attribution/
# speaker_confidence.py); statements stored before it read as NULL, as unresolved ones do.
_SPEAKER_CONFIDENCE = ("ALTER TABLE statements ADD COLUMN speaker_confidence REAL",)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(name="0001_initial", statements=_INITIAL),
    Migration(name="0002_statements_fts", statements=_FTS),
    Migration(name="0003_citation_outlet_id", statements=_CITATION_OUTLET_ID),
    Migration(name="0004_actors", statements=_ACTORS),
    Migration(name="0005_events", statements=SQLITE_EVENTS),
    Migration(name="0006_statement_acts", statements=_STATEMENT_ACTS),
    Migration(name="0007_article_encoding", statements=_ARTICLE_ENCODING),
    Migration(name="0008_actor_counts", statements=_ACTOR_COUNTS),
    Migration(name="0011_article_language", statements=_ARTICLE_LANGUAGE),
    Migration(name="0012_statement_vectors", statements=_STATEMENT_VECTORS),
    Migration(name="0013_listings", statements=_LISTINGS),
    Migration(name="0014_speaker_names", statements=_SPEAKER_NAMES),
    # PostgreSQL's index of words along the date order (pg_schema.py); SQLite walks
    # ``statements_order`` and asks FTS5 about each row (sqlite_select.py): nothing to add
    Migration(name="0015_search_walk", statements=()),
    # PostgreSQL's tallies shared by a server's processes (pg_tally.py); SQLite counts a
    # tally in about a millisecond and keeps it per process
    Migration(name="0016_search_tallies", statements=()),
    Migration(name="0017_event_folded_sides", statements=EVENT_FOLDED_SIDES),
    # PostgreSQL's indexes for the statement filters (pg_schema.py); SQLite tests the kind
    # of each row it walks, and its stored names are few enough to read: nothing to add
    Migration(name="0018_filter_indexes", statements=()),
    Migration(name="0019_citing_outlet", statements=_CITING_OUTLET),
    Migration(name="0020_word_acts", statements=_WORD_ACTS),
    Migration(name="0021_speaker_confidence", statements=_SPEAKER_CONFIDENCE),
    Migration(name="0022_word_pages", statements=SQLITE_WORD_PAGES),
)
