import Foundation
import GRDB
import NewsdeskCore

/// The SQL of the story tables (migration `v7-stories`): rows of stories and storylines and
/// their index keys. A key row carries its story's latest day (undated: `undated`) so that a
/// lookup reads each key's most recent stories from the index alone.
enum SQLiteStories {
    static let undated = Int64(Int32.min)

    static let storyColumns = "id, storyline, title, articles, first_day, last_day, joined_similarity, joins, terms, actors"
    static let storylineColumns = "id, title, stories, articles, first_day, last_day, actors"

    static func decodeStory(_ row: Row) throws -> StoryRecord {
        StoryRecord(
            id: row["id"], storyline: row["storyline"], title: row["title"], articles: row["articles"],
            firstDay: row["first_day"], lastDay: row["last_day"], joinedSimilarity: row["joined_similarity"],
            joins: row["joins"], terms: try vector(row, "terms"), actors: try vector(row, "actors"))
    }

    static func decodeStoryline(_ row: Row) throws -> StorylineRecord {
        StorylineRecord(
            id: row["id"], title: row["title"], stories: row["stories"], articles: row["articles"],
            firstDay: row["first_day"], lastDay: row["last_day"], actors: try vector(row, "actors"))
    }

    private static func vector(_ row: Row, _ column: String) throws -> FeatureVector {
        let bytes: [UInt8] = Array((row[column] as Data?) ?? Data())
        guard let vector = FeatureVector(bytes: bytes) else {
            throw StoreError(.database, "the \(column) of story \(row["id"] as String? ?? "?") is damaged")
        }
        return vector
    }

    static func save(_ story: StoryRecord, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO stories (\(storyColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                story.id, story.storyline, story.title, story.articles, story.firstDay, story.lastDay, story.joinedSimilarity,
                story.joins, Data(story.terms.bytes), Data(story.actors.bytes),
            ])
        try replaceKeys(table: "story_keys", owner: "story", id: story.id, keys: story.indexKeys, day: story.lastDay, in: db)
    }

    static func save(_ line: StorylineRecord, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO storylines (\(storylineColumns)) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [line.id, line.title, line.stories, line.articles, line.firstDay, line.lastDay, Data(line.actors.bytes)])
        try replaceKeys(table: "storyline_keys", owner: "storyline", id: line.id, keys: line.indexKeys, day: line.lastDay, in: db)
    }

    /// Writes grouping's changes: storylines, stories, then the merges (which read the stories'
    /// storylines).
    static func save(_ changes: StoryChanges, in db: Database) throws {
        for line in changes.storylines { try save(line, in: db) }
        for story in changes.stories { try save(story, in: db) }
        for merge in changes.merges { try self.merge(merge, in: db) }
    }

    static func merge(_ merge: StoryMerge, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE articles SET story = ?, storyline = (SELECT storyline FROM stories WHERE id = ?) WHERE story = ?
                """,
            arguments: [merge.into, merge.into, merge.story])
        try db.execute(sql: "DELETE FROM stories WHERE id = ?", arguments: [merge.story])
        try db.execute(sql: "DELETE FROM story_keys WHERE story = ?", arguments: [merge.story])
    }

    private static func replaceKeys(table: String, owner: String, id: String, keys: [UInt64], day: Int?, in db: Database) throws {
        try db.execute(sql: "DELETE FROM \(table) WHERE \(owner) = ?", arguments: [id])
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(table) (key, last_day, \(owner)) VALUES (?, ?, ?)")
        for key in keys {
            try statement.execute(arguments: [Int64(bitPattern: key), day.map(Int64.init) ?? undated, id])
        }
    }

    /// One statement finding the owners sharing the most of `keys` keys: each key's `perKey`
    /// most recent owners, counted.
    static func sharing(table: String, owner: String, keys: Int) -> String {
        let perKey = "SELECT \(owner) AS owner FROM (SELECT \(owner) FROM \(table) WHERE key = ? ORDER BY last_day DESC LIMIT ?)"
        return """
            SELECT owner, count(*) AS shared FROM (\(Array(repeating: perKey, count: keys).joined(separator: " UNION ALL ")))
            GROUP BY owner ORDER BY shared DESC, owner LIMIT ?
            """
    }
}
