import GRDB

extension SQLiteSchema {
    /// Migration v9: the full-text index gains indexes of its words' first 2, 3 and 4 characters,
    /// so that a query's `com*` is one lookup instead of the merge of the position lists of every
    /// word it begins (thousands of them: 150 ms at 100,000 articles); longer prefixes begin few
    /// enough words. The index is made again with them and rebuilt from the stored articles; its
    /// triggers name it and stay as v8 made them.
    static func addPrefixIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TABLE articles_fts;
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    title, text, pairs,
                    content='articles_indexed', content_rowid='seq',
                    tokenize='unicode61 remove_diacritics 2',
                    prefix='2 3 4'
                );
                INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
                """
        )
    }
}
