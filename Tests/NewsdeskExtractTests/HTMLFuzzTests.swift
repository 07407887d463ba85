import NewsdeskCore
import NewsdeskExtract
import NewsdeskTestSupport
import Testing

/// Random and mutated pages, from a seeded generator so every run sees the same inputs: the
/// extractor must return (an article or a rejection) without crashing, within a time bound.
@Suite struct HTMLFuzzTests {
    static let seedPage = HTMLFixtures.frenchArticle

    /// Extracts every page and checks that each took less than `limit`.
    func survive(_ pages: [String], limit: Duration = .seconds(2)) {
        let clock = ContinuousClock()
        for (number, page) in pages.enumerated() {
            var outcome: Result<Article, Rejection>?
            let elapsed = clock.measure { outcome = HTMLFixtures.extract(page) }
            #expect(outcome != nil)
            #expect(elapsed < limit, "page \(number) took \(elapsed)")
            if case .success(let article) = outcome {
                // Every paragraph span lies inside the text.
                #expect(article.paragraphs.allSatisfy { $0.span.end <= article.text.utf8.count })
            }
        }
    }

    @Test func byteFlipsOfARealPage() {
        var random = SeededGenerator(state: 1)
        let bytes = Array(Self.seedPage.utf8)
        let pages = (0..<60).map { _ in
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                let position = Int.random(in: 0..<mutated.count, using: &random)
                mutated[position] = UInt8.random(in: 0...255, using: &random)
            }
            // Invalid UTF-8 is repaired the way the decoder would (U+FFFD).
            return String(decoding: mutated, as: UTF8.self)
        }
        survive(pages)
    }

    @Test func truncationsAtEveryKindOfPosition() {
        var random = SeededGenerator(state: 2)
        let scalars = Array(Self.seedPage.unicodeScalars)
        var cuts = (0..<40).map { _ in Int.random(in: 0...scalars.count, using: &random) }
        cuts += [0, 1, 2, scalars.count / 2, scalars.count - 1]
        survive(cuts.map { String(String.UnicodeScalarView(scalars[..<$0])) })
    }

    @Test func tagSoup() {
        var random = SeededGenerator(state: 3)
        let pieces = [
            "<div>", "</div>", "<p>", "</p>", "<p class=\"share\">", "<article>", "</article>", "<script>", "</script>",
            "<style>", "<table><tr><td>", "</td></tr></table>", "<li>", "<ul>", "</ul>", "<h1>", "</h1>", "<a href=\"/x\">", "</a>",
            "<br>", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "&", "&amp;", "&#x1F600;", "&#0;", "&#99999999;", "\"", "'", "=",
            "<meta property=\"article:published_time\" content=\"2024-13-45T99:99:99+99:99\">", "<time datetime=\"",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":", "}]}",
            "Le conseil a voté, mardi, le plan. ", "Publicité", "Lire aussi : ", "\u{0}", "\u{2028}", "\u{FFFD}", "é", "日本語の文章。",
            "<svg><path d=\"M0\"/></svg>", "<noscript>", "</noscript>", "<iframe>", "<template>", "</template>", "<body>", "<html>",
        ]
        let pages = (0..<60).map { _ in
            var page = ""
            for _ in 0..<Int.random(in: 0...400, using: &random) {
                page += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            return page
        }
        survive(pages)
    }

    @Test func randomBytesThroughThePipeline() {
        var random = SeededGenerator(state: 4)
        let pipeline = ExtractionStage()
        let clock = ContinuousClock()
        for number in 0..<40 {
            var bytes = (0..<Int.random(in: 0...3000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            if number % 2 == 0 { bytes = Array("<html><body><p>".utf8) + bytes }
            var result: Result<Article, Rejection>?
            let elapsed = clock.measure { result = pipeline.extract(RawDocument(bytes: bytes, origin: "fuzz-\(number)")) }
            #expect(result != nil)
            #expect(elapsed < .seconds(2))
        }
    }
}
