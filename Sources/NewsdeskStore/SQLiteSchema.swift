import GRDB

/// The SQLite schema as named migrations. A shipped migration is never edited: a change is a
/// new migration appended here.
enum SQLiteSchema {
    /// `PRAGMA application_id` of Newsdesk databases ("NWDS"), so Newsdesk never adopts a
    /// SQLite file that belongs to something else.
    static let applicationID: Int32 = 0x4E57_4453

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        url TEXT,
                        source_name TEXT,
                        source_domain TEXT,
                        title TEXT,
                        authors TEXT NOT NULL,
                        published TEXT,
                        language TEXT,
                        text TEXT NOT NULL,
                        paragraphs TEXT NOT NULL,
                        credits TEXT NOT NULL,
                        removed TEXT NOT NULL,
                        encoding TEXT NOT NULL,
                        origin TEXT,
                        ingested_at TEXT NOT NULL
                    );
                    CREATE INDEX articles_published ON articles(published);
                    CREATE INDEX articles_source ON articles(source_name);
                    CREATE VIRTUAL TABLE articles_fts USING fts5(
                        title, text,
                        content='articles', content_rowid='seq',
                        tokenize='unicode61 remove_diacritics 2'
                    );
                    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                    END;
                    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                    END;
                    CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
                        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                    END;
                    PRAGMA application_id = \(applicationID);
                    """
            )
        }
        migrator.registerMigration("v2-source-lines") { db in
            // Per source, in how many stored documents each short line occurs: what the source's
            // pages repeat is site template (see SourceTemplate). Plain-text documents keep their
            // decoded text in `original`, so they can be cleaned again once more is known.
            try db.execute(
                sql: """
                    CREATE TABLE sources (
                        name TEXT PRIMARY KEY,
                        documents INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    ALTER TABLE articles ADD COLUMN original TEXT;
                    CREATE TABLE source_lines (
                        source TEXT NOT NULL,
                        key TEXT NOT NULL,
                        documents INTEGER NOT NULL,
                        PRIMARY KEY (source, key)
                    ) WITHOUT ROWID;
                    """
            )
        }
        migrator.registerMigration("v3-modified-description") { db in
            // The article contract gained its update date and the page's description.
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN modified TEXT;
                    ALTER TABLE articles ADD COLUMN description TEXT;
                    """
            )
        }
        migrator.registerMigration("v4-annotations") { db in
            // One row per stage run on an article. A rowid table, not WITHOUT ROWID: `data`
            // (mentions, quotes…) runs to kilobytes, and the rowid keeps the order in which an
            // article's stages first ran. (stage, version, article) answers which articles a
            // re-run must revisit and how many carry each version without reading `data`.
            //
            // annotation_keys: what layers are queried by. The primary key clusters an article's
            // keys (read with the article, replaced when its stage runs again); the lookup index
            // answers "where does this key occur" and "which articles have it between two
            // publication dates" as one index range, most recent first: `published` is the
            // article's, copied here for that and kept in step by `update`.
            //
            // The FTS update trigger fires only when the title or text changed, so rewriting an
            // article to store a stage's layer does not re-index its text.
            try db.execute(
                sql: """
                    CREATE TABLE annotations (
                        id INTEGER PRIMARY KEY,
                        article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                        stage TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        kind TEXT,
                        data TEXT,
                        UNIQUE (article, stage)
                    );
                    CREATE INDEX annotations_stage_version ON annotations(stage, version, article);
                    CREATE TABLE annotation_keys (
                        article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        span_start INTEGER NOT NULL,
                        span_end INTEGER NOT NULL,
                        published TEXT,
                        PRIMARY KEY (article, kind, key, span_start, span_end)
                    ) WITHOUT ROWID;
                    CREATE INDEX annotation_keys_lookup ON annotation_keys(kind, key, published DESC, article DESC);
                    DROP TRIGGER articles_fts_update;
                    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
                    WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
                        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                    END;
                    """
            )
        }
        migrator.registerMigration("v5-duplicate-of") { db in
            // The article's `duplicateOf`: the id of the earliest stored copy of its group, set
            // when it is stored. The index answers "the copies of this article" in one range.
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
                    CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
                    """
            )
        }
        migrator.registerMigration("v6-entities") { db in
            // The corpus's entities, kept from the articles' `entities` layers (SQLiteEntities):
            // one row per entity id, which stays once written so that the id keeps its name;
            // `articles` and `mentions` count where it occurs now, so that the most named
            // entities are read without scanning `annotation_keys`. `name_key` and `text_key`
            // are the folded forms names are looked up by (EntityNameKey). Where an entity
            // occurs is `annotation_keys` (kind 'entities'), as for every layer.
            try db.execute(
                sql: """
                    CREATE TABLE entities (
                        id TEXT PRIMARY KEY,
                        type TEXT NOT NULL,
                        name TEXT NOT NULL,
                        name_key TEXT NOT NULL,
                        wikidata TEXT,
                        geonames TEXT,
                        first_seen TEXT NOT NULL,
                        articles INTEGER NOT NULL,
                        mentions INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX entities_name_key ON entities(name_key);
                    CREATE INDEX entities_most_named ON entities(articles DESC, mentions DESC) WHERE articles > 0;
                    CREATE TABLE entity_aliases (
                        entity TEXT NOT NULL,
                        text TEXT NOT NULL,
                        language TEXT NOT NULL,
                        text_key TEXT NOT NULL,
                        mentions INTEGER NOT NULL,
                        PRIMARY KEY (entity, text, language)
                    ) WITHOUT ROWID;
                    CREATE INDEX entity_aliases_text_key ON entity_aliases(text_key, entity);
                    """
            )
            try SQLiteEntities.backfill(in: db)
        }
        migrator.registerMigration("v7-stories") { db in
            // Stories (one event, many articles) and storylines (stories over months) that
            // ingest groups articles into (SQLiteStories): each article names its own; the key
            // tables find a story or storyline by its heaviest features, most recent first.
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN story TEXT;
                    ALTER TABLE articles ADD COLUMN storyline TEXT;
                    CREATE INDEX articles_story ON articles(story) WHERE story IS NOT NULL;
                    CREATE TABLE stories (
                        id TEXT PRIMARY KEY,
                        storyline TEXT,
                        title TEXT,
                        articles INTEGER NOT NULL,
                        first_day INTEGER,
                        last_day INTEGER,
                        joined_similarity REAL NOT NULL,
                        joins INTEGER NOT NULL,
                        terms BLOB NOT NULL,
                        actors BLOB NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX stories_recent ON stories(last_day DESC);
                    CREATE INDEX stories_storyline ON stories(storyline);
                    CREATE TABLE story_keys (
                        key INTEGER NOT NULL,
                        last_day INTEGER NOT NULL,
                        story TEXT NOT NULL,
                        PRIMARY KEY (key, last_day, story)
                    ) WITHOUT ROWID;
                    CREATE INDEX story_keys_story ON story_keys(story);
                    CREATE TABLE storylines (
                        id TEXT PRIMARY KEY,
                        title TEXT,
                        stories INTEGER NOT NULL,
                        articles INTEGER NOT NULL,
                        first_day INTEGER,
                        last_day INTEGER,
                        actors BLOB NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE storyline_keys (
                        key INTEGER NOT NULL,
                        last_day INTEGER NOT NULL,
                        storyline TEXT NOT NULL,
                        PRIMARY KEY (key, last_day, storyline)
                    ) WITHOUT ROWID;
                    CREATE INDEX storyline_keys_storyline ON storyline_keys(storyline);
                    """
            )
        }
        migrator.registerMigration("v8-segmented-pairs", migrate: addSegmentedPairs)
        migrator.registerMigration("v9-prefix-indexes", migrate: addPrefixIndexes)
        return migrator
    }
}
