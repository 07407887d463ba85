import Foundation
import GRDB
import NewsdeskCore

/// Reads an `articles` row back into a stored article.
enum ArticleRow {
    static func decode(_ row: Row) throws -> StoredArticle {
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
            encoding: row["encoding"])
        return StoredArticle(article: article, origin: row["origin"], ingestedAt: row["ingested_at"], original: row["original"])
    }
}
