import NewsdeskText
import Testing

@Suite struct NormalizationTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        ("Ã©tÃ© Ã  Paris", "été à Paris"),
        ("lâ€™Ã‰tat", "l’État"),
        ("Â« Bonjour Â»", "« Bonjour »"),
        ("Ã€ Paris, Ã  midi", "À Paris, à midi"),
        ("SÃ£o Paulo, ZÃ¼rich, KrakÃ³w", "São Paulo, Zürich, Kraków"),
        ("déjà vu, naïve", "déjà vu, naïve"),
    ])
    func repairsMojibake(broken: String, fixed: String) {
        #expect(MojibakeRepair.repair(broken) == fixed)
    }

    @Test func repairsC1ControlCharacters() {
        #expect(MojibakeRepair.repair("Il attend\u{85} puis part \u{96} vite") == "Il attend… puis part – vite")
        #expect(MojibakeRepair.repair("l\u{92}homme") == "l’homme")
        // U+0081 has no Windows-1252 meaning: dropped.
        #expect(MojibakeRepair.repair("a\u{81}b") == "ab")
    }

    @Test func leavesCorrectTextAlone() {
        let text = "À Genève, l’été « chaud » coûte 2 300 €. Ελλάδα, Україна, 東京."
        #expect(MojibakeRepair.repair(text) == text)
    }

    @Test func composesToNFC() {
        let decomposed = "e\u{0301}te\u{0301}"
        #expect(normalizer.normalize(decomposed).unicodeScalars.count == 3)
        #expect(normalizer.normalize(decomposed) == "été")
    }

    @Test func unifiesApostrophes() {
        #expect(normalizer.normalize("l’État et aujourd’hui, it’s") == "l'État et aujourd'hui, it's")
        #expect(normalizer.normalize("’Tis") == "’Tis")
    }

    @Test func plainSpacesForFrenchTypography() {
        let french = "Il a dit\u{202F}: «\u{00A0}Non\u{202F}!\u{00A0}» Pourquoi\u{202F}?"
        #expect(normalizer.normalize(french) == "Il a dit : « Non ! » Pourquoi ?")
        #expect(normalizer.normalize("2\u{202F}300 euros") == "2\u{00A0}300 euros")
    }

    @Test func optionsCanBeNarrowed() {
        let onlyNFC = TextNormalizer(options: .nfc)
        #expect(onlyNFC.normalize("l’e\u{0301}te\u{0301}") == "l’été")
    }
}
