import GRDB

extension SQLiteSchema {
    /// The SQL function that gives the full-text index its `pairs` column: the character pairs
    /// of a title's and a text's words in scripts written without spaces (SegmentedScript).
    /// Every connection registers it: the index's triggers and its content view call it.
    static var pairsFunction: DatabaseFunction {
        DatabaseFunction("newsdesk_pairs", argumentCount: 2, pure: true) { values in
            let title = String.fromDatabaseValue(values[0]) ?? ""
            let text = String.fromDatabaseValue(values[1]) ?? ""
            let terms = [SegmentedScript.indexTerms(of: title), SegmentedScript.indexTerms(of: text)]
            return terms.filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// Migration v8: words inside running Chinese, Japanese or Korean text become findable. The
    /// full-text index gains a third column, `pairs`, computed by `newsdesk_pairs`; its content
    /// is a view over `articles` that computes the column, so that FTS5 can read a row back as
    /// it indexed it. The index is rebuilt from the stored articles.
    static func addSegmentedPairs(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER articles_fts_insert;
                DROP TRIGGER articles_fts_delete;
                DROP TRIGGER articles_fts_update;
                DROP TABLE articles_fts;
                CREATE VIEW articles_indexed AS
                    SELECT seq, title, text, newsdesk_pairs(title, text) AS pairs FROM articles;
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    title, text, pairs,
                    content='articles_indexed', content_rowid='seq',
                    tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                    INSERT INTO articles_fts(rowid, title, text, pairs)
                    VALUES (new.seq, new.title, new.text, newsdesk_pairs(new.title, new.text));
                END;
                CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text, pairs)
                    VALUES ('delete', old.seq, old.title, old.text, newsdesk_pairs(old.title, old.text));
                END;
                CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
                WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
                    INSERT INTO articles_fts(articles_fts, rowid, title, text, pairs)
                    VALUES ('delete', old.seq, old.title, old.text, newsdesk_pairs(old.title, old.text));
                    INSERT INTO articles_fts(rowid, title, text, pairs)
                    VALUES (new.seq, new.title, new.text, newsdesk_pairs(new.title, new.text));
                END;
                INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
                """
        )
    }
}
