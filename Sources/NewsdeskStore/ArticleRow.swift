import Foundation
import GRDB
import NewsdeskCore

/// Writes an article's fields to an `articles` row and reads the row back.
enum ArticleRow {
    /// The columns that hold the article's own fields, in the order of `values(of:)`.
    static let columns = [
        "url", "source_name", "source_domain", "title", "authors", "published", "language", "text", "paragraphs",
        "credits", "removed", "encoding", "modified", "description",
    ]

    /// The values of `columns` for an article; lists are stored as JSON.
    static func values(of article: Article) throws -> [(any DatabaseValueConvertible)?] {
        let encoder = JSONEncoder()
        func json(_ value: some Encodable) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        return [
            article.url, article.source.name, article.source.domain, article.title, try json(article.authors),
            article.published, article.language, article.text,
            try json(ParagraphRecord.records(for: article.paragraphs, in: article.text)),
            try json(article.credits), try json(article.removed), article.encoding, article.modified,
            article.description,
        ]
    }

    static func decode(_ row: Row, layers: [StoredLayer]) throws -> StoredArticle {
        let decoder = JSONDecoder()
        func array<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
            try decoder.decode(T.self, from: Data((row[column] as String? ?? "[]").utf8))
        }
        let text: String = row["text"]
        let article = Article(
            id: row["id"], url: row["url"], source: Source(name: row["source_name"], domain: row["source_domain"]),
            title: row["title"], description: row["description"], authors: try array("authors", as: [String].self),
            published: row["published"], modified: row["modified"], language: row["language"], text: text,
            paragraphs: try ParagraphRecord.paragraphs(from: try array("paragraphs", as: [ParagraphRecord].self), in: text),
            credits: try array("credits", as: [Credit].self), removed: try array("removed", as: [Removal].self),
            encoding: row["encoding"], duplicateOf: row["duplicate_of"], story: row["story"], storyline: row["storyline"])
        return StoredArticle(
            article: article, origin: row["origin"], ingestedAt: row["ingested_at"], original: row["original"], layers: layers)
    }
}
