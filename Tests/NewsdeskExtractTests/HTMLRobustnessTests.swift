import Foundation
import NewsdeskCore
import NewsdeskExtract
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pages that are hostile by size or shape, and pages without an article.
@Suite struct HTMLRobustnessTests {
    /// Peak resident memory of the process, in megabytes.
    static func peakMegabytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #endif
        #if canImport(Darwin)
        return Int(usage.ru_maxrss) / 1_048_576
        #else
        return Int(usage.ru_maxrss) / 1024
        #endif
    }

    @Test func fiftyMegabytePageFinishesInBoundedTimeAndMemory() throws {
        // One article among 50 MB: a listing table (elements the tree keeps) and a huge
        // comment and script (bytes the parser must still scan), the shape of a bloated page.
        let row = "<tr><td>cell</td><td><a href=\"/p\">link</a></td></tr>\n"
        let rows = String(repeating: row, count: 3_000_000 / row.utf8.count)
        let line = "0123456789 abcdefghijklmnopqrstuvwxyz <p>not markup</p>\n"
        let script = String(repeating: line, count: 2_000_000 / line.utf8.count)
        let comment = String(repeating: line, count: 46_000_000 / line.utf8.count)
        let html = "<html><head><script>var data = '" + script + "';</script></head><body><article><h1>A headline</h1>"
            + HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined() + "</article><table>" + rows + "</table><!--" + comment
            + "--></body></html>"
        #expect(html.utf8.count > 50_000_000)
        let before = Self.peakMegabytes()
        let clock = ContinuousClock()
        var result: Result<Article, Rejection>?
        let elapsed = clock.measure {
            result = HTMLFixtures.extract(html)
        }
        #expect(result != nil)
        #expect(elapsed < .seconds(30), "took \(elapsed)")
        if case .success(let article) = result { #expect(article.text.contains(HTMLFixtures.paragraphs[0])) }
        #expect(Self.peakMegabytes() - before < 3_000, "peak memory grew by more than 3 GB")
    }

    @Test func overTheSizeLimitIsRejectedWithoutParsing() {
        var settings = Limits()
        settings.maxInputBytes = 1_000
        let bytes = Array(HTMLFixtures.page(body: String(repeating: "<p>\(HTMLFixtures.paragraphs[0])</p>", count: 20)).utf8)
        let result = ExtractionStage(limits: settings).extract(RawDocument(bytes: bytes, origin: "big.html"))
        guard case .failure(let rejection) = result else { Issue.record("expected a rejection"); return }
        #expect(rejection.code == .tooLarge)
    }

    @Test func scriptOnlyPageHasNoArticle() {
        let script = "<script>" + String(repeating: "var text = \"A sentence that looks like prose, with commas, and a full stop.\";\n", count: 200)
            + "</script>"
        let result = HTMLFixtures.extract(HTMLFixtures.page(head: script, body: script + "<noscript>Please enable JavaScript.</noscript>"))
        guard case .failure(let rejection) = result else { Issue.record("expected no article"); return }
        #expect(rejection.code == .noArticle)
        #expect(!rejection.detail.isEmpty)
    }

    @Test func navigationOnlyPageHasNoArticleAndSaysWhy() {
        let links = (1...60).map { "<li><a href=\"/section/\($0)\">Section number \($0) of the site</a></li>" }.joined()
        let result = HTMLFixtures.extract(HTMLFixtures.page(body: "<nav><ul>\(links)</ul></nav><div><ul>\(links)</ul></div>"))
        guard case .failure(let rejection) = result else { Issue.record("expected no article"); return }
        #expect(rejection.code == .noArticle)
        #expect(!rejection.detail.isEmpty)
    }

    @Test func emptyBodyHasNoArticle() {
        for html in ["<html><head><title>Nothing</title></head><body></body></html>", "<html>", "<", "<!---->", "   "] {
            guard case .failure(let rejection) = HTMLFixtures.extract(html) else {
                Issue.record("expected no article for \(html)")
                continue
            }
            #expect(rejection.code == .noArticle)
        }
    }

    @Test func wrongDeclaredCharsetIsOverruledByValidUTF8() throws {
        let html = HTMLFixtures.page(
            head: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
            body: "<article><p>Le maire a présenté, mardi, un plan de transport très ambitieux pour la ville et sa région.</p>"
                + "<p>Les élus de l'opposition ont dénoncé, à l'unanimité, un coût sous-estimé de quarante millions d'euros.</p></article>",
            lang: "fr"
        ).replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
        let article = try ExtractionStage().extract(RawDocument(bytes: Array(html.utf8), origin: "fr.html")).get()
        #expect(article.encoding == "utf-8")
        #expect(article.text.contains("présenté"))
    }

    @Test func missingCharsetOnLatin1BytesIsDecodedAsWindows1252() throws {
        let html = "<html lang=\"fr\"><body><article><p>Le maire a présenté, mardi, un plan de transport très ambitieux pour la ville.</p>"
            + "<p>Les élus de l'opposition ont dénoncé, à l'unanimité, un coût sous-estimé de quarante millions d'euros.</p></article></body></html>"
        // ISO-8859-1 bytes, no declaration anywhere.
        let bytes = html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let article = try ExtractionStage().extract(RawDocument(bytes: bytes, origin: "latin1.html")).get()
        #expect(article.encoding == "windows-1252")
        #expect(article.text.contains("présenté"))
        #expect(!article.text.contains("\u{FFFD}"))
    }

    @Test func declaredLatin1IsHonouredWhenTheBytesAreNotUTF8() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><article>"
            + "<p>Die Bürgermeisterin hat am Dienstag einen Verkehrsplan vorgestellt, über den seit Monaten gestritten wird.</p>"
            + "<p>Die Opposition kritisierte, dass die Kosten von vierzig Millionen Euro zu niedrig geschätzt seien.</p></article></body></html>"
        let bytes = html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let article = try ExtractionStage().extract(RawDocument(bytes: bytes, origin: "de.html")).get()
        #expect(article.text.contains("Bürgermeisterin"))
        #expect(article.text.contains("geschätzt"))
    }

    @Test func lineSeparatorsNeverReachTheOutput() throws {
        let html = HTMLFixtures.page(body: "<article><p>\(HTMLFixtures.paragraphs[0])\u{2028}\(HTMLFixtures.paragraphs[1])</p>"
            + "<p>\(HTMLFixtures.paragraphs[2])</p><p>Tags: one\u{2028}two\u{2029}three</p></article>")
        let article = try HTMLFixtures.article(html)
        #expect(!article.text.contains("\u{2028}") && !article.text.contains("\u{2029}"))
        #expect(!article.removed.contains { $0.text.contains("\u{2028}") || $0.text.contains("\u{2029}") })
    }

    @Test func nulCharactersInThePageDoNotEndIt() throws {
        // Scraped pages sometimes carry runs of NUL bytes (a broken image tag, padding).
        let html = HTMLFixtures.page(body: "<div class=\"ad\"><img src=\"b.gif\">\u{0}\u{0}\u{0}</div><article>"
            + HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined() + "</article>")
        let article = try HTMLFixtures.article(html)
        #expect(article.text.contains("forty million euros"))
        #expect(!article.text.contains("\u{0}"))
    }
}
