import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskQuotes

/// What a test expects of one quote: its content, kind, cue and speaker as text, and the index
/// of the quote it continues.
struct ExpectedQuote: Equatable, CustomStringConvertible {
    var text: String
    var kind: Quote.Kind
    var cue: String?
    var speaker: String?
    var continues: Int? = nil

    var description: String { "\(kind) «\(text)» cue: \(cue ?? "-") speaker: \(speaker ?? "-") continues: \(continues.map(String.init) ?? "-")" }
}

enum QuoteFixtures {
    /// The document the pipeline would hand the quote stage: paragraphs, language, sentences.
    static func document(_ paragraphs: [String], language: String) throws -> Document {
        var builder = ArticleTextBuilder()
        for paragraph in paragraphs { builder.append(paragraph, kind: .paragraph) }
        var document = Document(article: Article(id: "t", language: language, text: builder.text, paragraphs: builder.paragraphs))
        try SentenceStage().analyze(document).attach(to: &document)
        return document
    }

    static func quotes(_ paragraphs: [String], language: String) throws -> [ExpectedQuote] {
        let document = try document(paragraphs, language: language)
        return try QuoteStage().analyze(document).quotes.map {
            ExpectedQuote(text: $0.text, kind: $0.kind, cue: $0.cue?.text, speaker: $0.speaker?.name, continues: $0.continues)
        }
    }

    static func check(
        _ language: String, _ paragraphs: [String], _ expected: [ExpectedQuote], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let found = try quotes(paragraphs, language: language)
        #expect(found == expected, "\(language): \(paragraphs.joined(separator: " ¶ "))", sourceLocation: sourceLocation)
    }
}
