import Foundation
import NewsdeskCore
import NewsdeskStore

/// Articles written for the store tests, with the layers a pipeline would give them.
enum StoreFixtures {
    /// A 64-digit hex id that starts with `prefix`.
    static func id(_ prefix: String) -> String {
        prefix + String(repeating: "0", count: 64 - prefix.count)
    }

    /// An article whose paragraphs are `text`'s blank-line separated blocks.
    static func article(
        _ id: String, title: String, text: String, language: String = "fr", source: String = "Le Journal",
        published: String? = "2024-05-23", layers: [StoredLayer] = []
    ) -> StoredArticle {
        var builder = ArticleTextBuilder()
        for paragraph in text.components(separatedBy: "\n\n") { builder.append(paragraph, kind: .paragraph) }
        return StoredArticle(
            article: Article(
                id: id, source: Source(name: source, domain: "journal.example"), title: title,
                description: "Ce qu'il faut savoir.", authors: ["Julie Martin"], published: published,
                modified: "2024-05-24T09:30:00+02:00", language: language, text: builder.text, paragraphs: builder.paragraphs,
                credits: [Credit(role: .agency, agency: "AFP", text: "Avec l'AFP")],
                removed: [Removal(text: "PUBLICITÉ", reason: .advertisementLabel)]),
            origin: "/tmp/\(id).html", layers: layers)
    }

    /// The Unicode-scalar span of the `occurrence`-th (from 0) appearance of `word` in `text`.
    static func span(of word: String, occurrence: Int = 0, in text: String) -> (start: Int, end: Int) {
        var searchStart = text.startIndex
        for index in 0... {
            guard let range = text.range(of: word, range: searchStart..<text.endIndex) else {
                preconditionFailure("fixture text has no occurrence \(occurrence) of '\(word)'")
            }
            if index == occurrence {
                let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
                return (start, start + word.unicodeScalars.count)
            }
            searchStart = range.upperBound
        }
        preconditionFailure("unreachable")
    }

    /// A key on the `occurrence`-th appearance of `word` in `text`.
    static func key(_ key: String, on word: String, occurrence: Int = 0, in text: String) -> LayerKey {
        let span = span(of: word, occurrence: occurrence, in: text)
        return LayerKey(key: key, start: span.start, end: span.end)
    }

    /// The text of a scalar span, as Python's `text[start:end]` gives it.
    static func text(_ text: String, start: Int, end: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start).prefix(end - start)))
    }

    /// The runs every article gets whose output lives in the article's own columns.
    static let columnStages = [StoredLayer(stage: "extract", version: 1), StoredLayer(stage: "language", version: 1)]

    /// A sentences layer with one sentence per paragraph block.
    static func sentences(of text: String, version: Int = 1) -> StoredLayer {
        let spans = text.components(separatedBy: "\n\n").map { span(of: $0, in: text) }
        let json = "{\"sentences\":[" + spans.map { "{\"start\":\($0.start),\"end\":\($0.end)}" }.joined(separator: ",") + "]}"
        return StoredLayer(stage: "sentences", version: version, kind: "sentences", json: json)
    }

    /// A layer of `kind` whose JSON lists its keys (the store keeps the JSON as given).
    static func layer(stage: String, version: Int, kind: String, keys: [LayerKey]) -> StoredLayer {
        let items = keys.map { "{\"start\":\($0.start),\"end\":\($0.end),\"key\":\"\($0.key)\"}" }
        return StoredLayer(stage: stage, version: version, kind: kind, json: "{\"\(kind)\":[\(items.joined(separator: ","))]}", keys: keys)
    }
}

/// Four articles about a meeting in Minsk and a summit in Astana, with entities, quotes and times.
enum MeetingCorpus {
    static let putin = "Q7747"
    static let lukashenko = "nd:person:alexander-lukashenko"

    static let minskText = """
        Alexandre Loukachenko a reçu Vladimir Poutine à Minsk ce lundi (19).

        « Nous avons convenu de tout », a déclaré Loukachenko. Poutine a salué un « allié fidèle ».
        """
    static let astanaText = "Vladimir Poutine est arrivé à Astana mi-octobre pour le sommet. Le Kremlin prévoit une visite en 2023."
    static let antwerpText = "Dock workers in Antwerp extended their strike on Monday; negotiations stalled."
    static let belarusText = "Biélorussie : Poutine attendu, la date reste inconnue."

    /// Published 2022-12-20; entities v2, quotes, times.
    static let minsk = StoreFixtures.article(
        StoreFixtures.id("a1"), title: "Loukachenko reçoit Poutine à Minsk", text: minskText,
        published: "2022-12-20T08:00:00Z",
        layers: StoreFixtures.columnStages + [
            StoreFixtures.sentences(of: minskText),
            StoreFixtures.layer(stage: "entities", version: 2, kind: "mentions", keys: [
                StoreFixtures.key(lukashenko, on: "Alexandre Loukachenko", in: minskText),
                StoreFixtures.key(putin, on: "Vladimir Poutine", in: minskText),
                StoreFixtures.key("Q2280", on: "Minsk", in: minskText),
                StoreFixtures.key(lukashenko, on: "Loukachenko", occurrence: 1, in: minskText),
                StoreFixtures.key(putin, on: "Poutine", occurrence: 1, in: minskText),
            ]),
            StoreFixtures.layer(stage: "quotes", version: 1, kind: "quotes", keys: [
                StoreFixtures.key(lukashenko, on: "Nous avons convenu de tout", in: minskText),
                StoreFixtures.key(putin, on: "allié fidèle", in: minskText),
            ]),
            StoreFixtures.layer(stage: "times", version: 1, kind: "times", keys: [
                StoreFixtures.key("2022-12-19", on: "ce lundi (19)", in: minskText),
            ]),
        ])

    /// Published 2022-10-14; entities v1, times.
    static let astana = StoreFixtures.article(
        StoreFixtures.id("a2"), title: "Poutine au sommet d'Astana", text: astanaText, published: "2022-10-14",
        layers: StoreFixtures.columnStages + [
            StoreFixtures.layer(stage: "entities", version: 1, kind: "mentions", keys: [
                StoreFixtures.key(putin, on: "Vladimir Poutine", in: astanaText),
                StoreFixtures.key("Q1520", on: "Astana", in: astanaText),
            ]),
            StoreFixtures.layer(stage: "times", version: 1, kind: "times", keys: [
                StoreFixtures.key("2022-10", on: "mi-octobre", in: astanaText),
                StoreFixtures.key("2023", on: "2023", in: astanaText),
            ]),
        ])

    /// English, published 2024-05-23; no entities run yet.
    static let antwerp = StoreFixtures.article(
        StoreFixtures.id("b3"), title: "Port strike enters second week", text: antwerpText, language: "en", source: "Wire",
        published: "2024-05-23",
        layers: StoreFixtures.columnStages + [
            StoreFixtures.layer(stage: "times", version: 1, kind: "times", keys: [
                StoreFixtures.key("2024-05-20", on: "Monday", in: antwerpText),
            ]),
        ])

    /// No publication date; entities v2.
    static let belarus = StoreFixtures.article(
        StoreFixtures.id("c4"), title: "Poutine attendu en Biélorussie", text: belarusText, published: nil,
        layers: StoreFixtures.columnStages + [
            StoreFixtures.layer(stage: "entities", version: 2, kind: "mentions", keys: [
                StoreFixtures.key("Q184", on: "Biélorussie", in: belarusText),
                StoreFixtures.key(putin, on: "Poutine", in: belarusText),
            ])
        ])

    /// In ingest order.
    static let all = [minsk, astana, antwerp, belarus]

    static func store(_ factory: StoreFactory, in scratch: ScratchDirectory) throws -> any NewsdeskStore {
        let store = try factory.make(try scratch.directory())
        _ = try store.insert(all)
        return store
    }
}

/// Three articles for full-text search: two French ones about Belarus and the budget, one English.
enum SearchCorpus {
    static let all = [
        StoreFixtures.article(
            StoreFixtures.id("aa11"), title: "La Biélorussie ferme sa frontière",
            text: "Minsk a annoncé jeudi la fermeture de la frontière.\n\nLes camions attendent."),
        StoreFixtures.article(
            StoreFixtures.id("aa22"), title: "Budget européen : accord à Bruxelles",
            text: "Les Vingt-Sept se sont entendus sur le budget. La Biélorussie n'a pas été évoquée."),
        StoreFixtures.article(
            StoreFixtures.id("bb33"), title: "Port strike enters second week",
            text: "Dock workers in Antwerp extended their strike; negotiations stalled.", language: "en", source: "Wire"),
    ]

    static func store(_ factory: StoreFactory, in scratch: ScratchDirectory) throws -> any NewsdeskStore {
        let store = try factory.make(try scratch.directory())
        _ = try store.insert(all)
        return store
    }
}
