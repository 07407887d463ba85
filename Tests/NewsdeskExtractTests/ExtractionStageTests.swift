import NewsdeskCore
import NewsdeskExtract
import Testing

@Suite struct ExtractionStageTests {
    let stage = ExtractionStage()

    func rejection(_ bytes: [UInt8]) -> Rejection? {
        if case .failure(let rejection) = stage.extract(RawDocument(bytes: bytes, origin: "test")) { rejection } else { nil }
    }

    @Test func emptyAndBinaryInputIsSkipped() {
        #expect(rejection([])?.code == .empty)
        #expect(rejection(Array(" \n\t ".utf8))?.code == .empty)
        #expect(rejection([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])?.detail == "not a document (PNG image)")
    }

    @Test func idIsTheSHA256OfTheDecompressedBytes() throws {
        let text = "Titre\n\nUn paragraphe assez long pour être un vrai paragraphe de texte, avec une phrase."
        let article = try stage.extract(RawDocument(bytes: Array(text.utf8), origin: "t")).get()
        #expect(article.id == SHA256.hexDigest(Array(text.utf8)))
        #expect(article.encoding == "utf-8")
    }

    @Test func gzipInputIsDecompressedFirst() throws {
        let article = stage.extract(RawDocument(bytes: GzipTests.compressed, origin: "t.gz"))
        // "Bonjour" alone is no article, but it was read as text, not rejected as binary.
        guard case .failure(let rejection) = article else { Issue.record("expected no article"); return }
        #expect(rejection.code == .noArticle)
    }

    @Test func decompressedSizeIsLimited() {
        var settings = Limits()
        settings.maxInputBytes = 4
        let result = ExtractionStage(limits: settings).extract(RawDocument(bytes: GzipTests.compressed, origin: "t.gz"))
        guard case .failure(let rejection) = result else { Issue.record("expected a rejection"); return }
        #expect(rejection.code == .tooLarge)
    }
}
