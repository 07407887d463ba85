import Foundation
import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskQuotes

/// The layer's JSON: the contract's fields and order, offsets in Unicode scalars, and reading
/// it back.
@Suite struct QuoteLayerTests {
    static let paragraphs = ["Préambule.", "« Nous ne céderons pas », a affirmé mardi la ministre.", "« Jamais. Nous l'avons dit. »"]

    @Test func writesTheContractsFieldsInScalarOffsets() throws {
        let document = try QuoteFixtures.document(Self.paragraphs, language: "fr")
        let layer = try QuoteStage().analyze(document)
        let text = document.article.text
        let json = String(decoding: layer.fieldsJSON(offsets: ScalarOffsetMap(text)), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count == 2)
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Any?, _ end: Any?) -> String {
            guard let start = start as? Int, let end = end as? Int else { return "?" }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        let first = quotes[0]
        #expect(slice(first["start"], first["end"]) == "Nous ne céderons pas")
        #expect(first["kind"] as? String == "direct")
        let cue = try #require(first["cue"] as? [String: Any])
        #expect(slice(cue["start"], cue["end"]) == "a affirmé")
        let speaker = try #require(first["speaker"] as? [String: Any])
        #expect(Set(speaker.keys) == ["entity", "name", "start", "end"])
        #expect(speaker["entity"] is NSNull)
        #expect(speaker["name"] as? String == "la ministre")
        #expect(slice(speaker["start"], speaker["end"]) == "la ministre")
        #expect(first["continues"] is NSNull)
        #expect(quotes[1]["continues"] as? Int == 0)
        #expect(quotes[1]["cue"] is NSNull)
        #expect(json.hasPrefix("{\"quotes\":[{\"start\":"))
        #expect(json.contains("\"kind\":\"direct\",\"cue\":{\"start\""))
        #expect(json.contains("\"speaker\":{\"entity\":null,\"name\":\"la ministre\",\"start\""))
    }

    @Test func readsBackWhatItWrote() throws {
        let document = try QuoteFixtures.document(Self.paragraphs, language: "fr")
        let layer = try QuoteStage().analyze(document)
        let offsets = ScalarOffsetMap(document.article.text)
        let decoded = try QuoteLayer(fields: layer.fieldsJSON(offsets: offsets), offsets: offsets)
        #expect(decoded == layer)
        #expect(layer.indexKeys.isEmpty)  // a role is no name to look up
        #expect(throws: LayerDecodingError.self) {
            try QuoteLayer(fields: Array(#"{"quotes":[{"start":0,"end":999,"text":"x","kind":"direct","cue":null,"speaker":null,"continues":null}]}"#.utf8), offsets: offsets)
        }
    }

    @Test func speakersThatAreNamesAreIndexed() throws {
        let document = try QuoteFixtures.document(["« Nous tiendrons », a déclaré Élisabeth Borne."], language: "fr")
        let layer = try QuoteStage().analyze(document)
        #expect(layer.indexKeys.map(\.key) == ["élisabeth borne"])
        #expect(layer.quotes.first?.speaker?.kind == .name)
    }

    @Test func everyLexiconReadsStrictly() throws {
        let directory = try ResourceLocator.directory("lexicons/quotes", containing: "en.tsv")
        for language in QuoteLexicon.languages {
            var lexicon = QuoteLexicon()
            try lexicon.read(contentsOf: directory + "/\(language).tsv")
            #expect(lexicon.words.count > 300, "\(language)")
            #expect(!lexicon.phrases.isEmpty || language == "de", "\(language)")
        }
        #expect(QuoteLexicon.loadProblem == nil)
        #expect(QuoteLexicon.forLanguage("fr")?.has("déclaré", .cue) == true)
        #expect(QuoteLexicon.forLanguage("xx") == nil)
    }
}
