import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskText
import Testing

/// Each stage's `analyze` on a hand-built document.
@Suite struct StageTests {
    static func document(_ paragraphs: [String]) -> Document {
        var builder = ArticleTextBuilder()
        for paragraph in paragraphs { builder.append(paragraph, kind: .paragraph) }
        return Document(article: Article(id: "t", text: builder.text, paragraphs: builder.paragraphs))
    }

    @Test func sentencesStayInsideTheirParagraph() throws {
        let document = Self.document([
            "Le sommet s'est ouvert jeudi. Les dirigeants ont parlé deux heures.",
            "Aucun accord n'a été trouvé",
        ])
        let layer = try SentenceStage().analyze(document)
        let text = document.article.text
        #expect(layer.spans.map { String(text[utf8: $0]) } == [
            "Le sommet s'est ouvert jeudi.", "Les dirigeants ont parlé deux heures.", "Aucun accord n'a été trouvé",
        ])
    }

    @Test func sentenceSettingsComeFromTheConfiguration() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-config-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"stages": {"sentences": {"quotationLookahead": 12}}}"#.utf8).write(to: file)
        let configuration = try Configuration.read(file: file.path)
        let pipeline = try Pipeline(stages: ["verbatim", "sentences"], configuration: configuration)
        #expect((pipeline.stages[1] as? SentenceStage)?.settings.quotationLookahead == 12)

        try Data(#"{"stages": {"sentences": {"quotationLookahead": 0}}}"#.utf8).write(to: file)
        let invalid = try Configuration.read(file: file.path)
        #expect { try Pipeline(stages: ["verbatim", "sentences"], configuration: invalid) } throws: { error in
            (error as? PipelineError)?.message.contains("quotationLookahead") == true
        }
    }

    @Test func theSentenceLayerIsInTheArticleJSONInScalarOffsets() throws {
        var document = Self.document(["Été 😀 déjà. Second."])
        try SentenceStage().run(on: &document)
        let json = try JSONSerialization.jsonObject(with: Data(document.article.jsonData())) as? [String: Any]
        let sentences = json?["sentences"] as? [[String: Int]]
        #expect(sentences == [["start": 0, "end": 11], ["start": 12, "end": 19]])
        #expect(document.runs == [StageRun(stage: "sentences", version: SentenceStage.version, layer: .sentences)])
    }

    @Test func aGivenLanguageIsSetWithoutLooking() throws {
        var settings = LanguageStage.Settings()
        settings.language = "fr"
        let stage = try LanguageStage(settings: settings, configuration: Configuration())
        var document = Self.document(["The port workers extended their strike.", "Second paragraph here."])
        try stage.run(on: &document)
        #expect(document.article.language == "fr")
        #expect(document.article.paragraphs.map(\.language) == ["fr", "fr"])
    }

    @Test func languageIsIdentifiedPerParagraph() throws {
        let stage = try LanguageStage(settings: LanguageStage.Settings(), configuration: Configuration())
        var document = Self.document([
            "Les dirigeants européens se sont entendus jeudi soir sur le budget de la défense.",
            "The port workers extended their strike for a second week on Monday.",
        ])
        try stage.run(on: &document)
        #expect(document.article.language == "fr")
        #expect(document.article.paragraphs.map(\.language) == ["fr", "en"])
    }

    @Test func verbatimTextIsTheInputWithLineEndingsNormalised() throws {
        let input = "Premier paragraphe,\r\nsur deux lignes.\r\n\r\n  Second.  \n\n\n"
        let decoded = DecodedInput(id: "t", origin: "t", utf8: Array(input.utf8), encoding: "utf-8", isHTML: false,
            metadata: InputMetadata(date: "2024-05-23"))
        let output = try VerbatimStage().analyze(Document(input: decoded))
        let text = output.article.text
        #expect(text == "Premier paragraphe,\nsur deux lignes.\n\n  Second.  \n\n\n")
        #expect(output.article.paragraphs.map { String(text[utf8: $0.span]) } == ["Premier paragraphe,\nsur deux lignes.", "Second."])
        #expect(output.article.published == "2024-05-23")
        #expect(output.article.removed.isEmpty)
    }
}
