import Foundation
@testable import NewsdeskText
import NewsdeskTestSupport
import Testing

/// The shipped model, loaded once for the whole suite.
private let identifier: LanguageIdentifier = {
    do { return try LanguageIdentifier.standard() } catch { fatalError("\(error)") }
}()

/// Junk and too-short input is `und` (issue 13, case 8), while short real text still gets a language.
@Suite struct LanguageEvidenceTests {
    private static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(state: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    private func guess(bytes: [UInt8]) -> LanguageGuess {
        bytes.withUnsafeBufferPointer { identifier.identify(utf8: $0) }
    }

    @Test(arguments: [16, 64, 300, 4_096] as [Int])
    func randomBytesAreUndetermined(count: Int) {
        for seed in 1...20 as ClosedRange<UInt64> {
            #expect(guess(bytes: Self.randomBytes(count, seed: seed)).isUndetermined, "\(count) bytes, seed \(seed)")
        }
    }

    @Test(arguments: [24, 48, 300, 3_000] as [Int])
    func base64IsUndetermined(count: Int) {
        for seed in 1...20 as ClosedRange<UInt64> {
            let text = Data(Self.randomBytes(count, seed: seed)).base64EncodedString()
            #expect(identifier.identify(text).isUndetermined, "\(text)")
        }
    }

    @Test func hexadecimalIsUndetermined() {
        let digest = Self.randomBytes(32, seed: 7).map { String($0, radix: 16) }.joined()
        #expect(identifier.identify(digest).isUndetermined, "\(digest)")
    }

    @Test func randomLettersAreUndetermined() {
        var generator = SeededGenerator(state: 3)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for _ in 0..<20 {
            let words = (0..<8).map { _ in String((0..<7).map { _ in letters[Int.random(in: 0..<26, using: &generator)] }) }
            let text = words.joined(separator: " ")
            #expect(identifier.identify(text).isUndetermined, "\(text)")
        }
    }

    @Test(arguments: ["ok", "a.", "12 mars 2025", "3-1 (2-0)", "US$ 12,5 M"])
    func tooFewLettersAreUndetermined(text: String) {
        #expect(identifier.identify(text).isUndetermined)
    }

    /// Short real text keeps its language: a word, a pair, a headline with figures, mixed-case names.
    @Test(arguments: [
        ("gouvernement", "fr"), ("nous sommes", "fr"), ("the weather", "en"),
        ("Le 12 mars 2025, le Parlement a voté la réforme.", "fr"),
        ("Apple sells 10 million iPhone units as McDonald's opens on YouTube", "en"),
        ("Covid-19 : 1 234 nouveaux cas en France", "fr"),
    ])
    func shortRealTextKeepsItsLanguage(text: String, code: String) {
        #expect(identifier.identify(text).code == code)
    }

    @Test func syllabicScriptsNeedOneCharacter() {
        #expect(identifier.identify("中国").code == "zh")
        #expect(identifier.identify("한국").code == "ko")
        // A character is a syllable: figures among them do not make data of the text.
        #expect(identifier.identify("届出者数は26％増の51万5168人。").code == "ja")
    }
}
