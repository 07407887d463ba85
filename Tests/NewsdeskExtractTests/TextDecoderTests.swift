import Foundation
@testable import NewsdeskExtract
import Testing

@Suite struct TextDecoderTests {
    static let french = "Les élèves ont déjà vu « l’été » à 5 €."

    @Test func validUTF8IsUTF8() {
        let decoded = TextDecoder.decode(Array(Self.french.utf8))
        #expect(decoded == .init(text: Self.french, encoding: "utf-8", lossy: false))
    }

    @Test func windows1252FrenchNeverTurnsIntoMojibake() {
        // é=E9 è=E8 à=E0 «=AB »=BB ’=92 €=80 in Windows-1252.
        let bytes = Array("Les ".utf8) + [0xE9] + Array("l".utf8) + [0xE8] + Array("ves ont d".utf8) + [0xE9, 0x6A, 0xE0]
            + Array(" vu ".utf8) + [0xAB, 0x20] + Array("l".utf8) + [0x92] + Array("".utf8) + [0xE9] + Array("t".utf8) + [0xE9, 0x20, 0xBB]
            + Array(" ".utf8) + [0xE0] + Array(" 5 ".utf8) + [0x80, 0x2E]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == Self.french)
        #expect(decoded.encoding == "windows-1252")
        #expect(!decoded.text.contains("Ã"))
    }

    @Test func latin1DeclaredPageDecodesAsWindows1252() {
        let html = Array("<html><head><meta charset=\"iso-8859-1\"></head><body>caf".utf8) + [0xE9] + Array("</body></html>".utf8)
        let decoded = TextDecoder.decode(html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("café"))
    }

    @Test func httpEquivCharsetIsFound() {
        let head = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">"#.utf8) + [0xA4]
        let decoded = TextDecoder.decode(head)
        #expect(decoded.encoding == "iso-8859-15")
        #expect(decoded.text.hasSuffix("€"))
    }

    @Test func validUTF8WinsOverAWrongDeclaration() {
        let html = "<meta charset=\"windows-1252\"><p>Biélorussie</p>"
        #expect(TextDecoder.decode(Array(html.utf8)).encoding == "utf-8")
        #expect(TextDecoder.decode(Array(html.utf8)).text == html)
    }

    @Test func byteOrderMarksDecide() {
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("été".utf8)) == .init(text: "été", encoding: "utf-8", lossy: false))
        let utf16le: [UInt8] = [0xFF, 0xFE] + Array("été".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoder.decode(utf16le) == .init(text: "été", encoding: "utf-16le", lossy: false))
        let utf16be: [UInt8] = [0xFE, 0xFF] + Array("été 😀".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(utf16be) == .init(text: "été 😀", encoding: "utf-16be", lossy: false))
    }

    @Test func utf16WithoutAMarkIsRecognised() {
        let bytes = Array("Bonjour tout le monde".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoder.decode(bytes).encoding == "utf-16le")
        #expect(TextDecoder.decode(bytes).text == "Bonjour tout le monde")
    }

    @Test func utf8WithAHandfulOfBrokenBytesStaysUTF8() {
        // Seven accents, five bytes broken (two truncated sequences and three strays).
        var bytes = Array("Le député a voté contre la réforme. ".utf8)
        bytes += [0xC3] + Array(" Les élèves".utf8) + [0xE2, 0x80] + Array(" sont arrivés".utf8) + [0x92, 0xFF, 0xE9]
        bytes += Array(" à l'école.".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.lossy)
        #expect(decoded.text.hasPrefix("Le député a voté contre la réforme. \u{FFFD} Les élèves"))
        #expect(decoded.text.hasSuffix("à l'école."))
    }

    /// Real Windows-1252 text stays Windows-1252: every sentence of the language-identification
    /// test data in five Latin-script languages, encoded in Windows-1252, one by one.
    @Test func windows1252SentencesAreNotTakenForBrokenUTF8() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/bench/langid/lingua-testdata/sentences")
        var checked = 0
        for language in ["fr", "de", "es", "it", "pt"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(language).txt"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let data = String(line).data(using: .windowsCP1252, allowLossyConversion: true) else { continue }
                let bytes = Array(data)
                // Lines already holding mojibake ("MÃ¤rz") are valid UTF-8 once encoded, and rightly read as such.
                guard bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) == nil else { continue }
                checked += 1
                #expect(TextDecoder.decode(bytes).encoding == "windows-1252", "\(line)")
            }
        }
        #expect(checked > 3_000)
    }

    @Test func utf8WithAStrayByteStaysUTF8AndSaysLossy() {
        let bytes = Array("Déjà élu, député réélu à Besançon, ça été".utf8) + [0xFF] + Array(" fin".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.lossy)
        #expect(decoded.text.hasPrefix("Déjà élu"))
    }
}

@Suite struct DocumentSnifferTests {
    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        (Array("%PDF-1.7\n".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"),
        ([0x01, 0x02, 0x00, 0x41, 0x42], "binary data"),
    ] as [([UInt8], String)])
    func binaryFormatsAreNamed(bytes: [UInt8], name: String) {
        #expect(DocumentSniffer.binaryFormat(of: bytes) == name)
    }

    @Test func textIsNotBinary() {
        #expect(DocumentSniffer.binaryFormat(of: Array("Bonjour\tle\r\nmonde\u{0C}".utf8)) == nil)
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Bonjour".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(DocumentSniffer.binaryFormat(of: utf16) == nil)
    }

    @Test func controlCharactersAreCountedWhereverTheyFallInAWord() {
        let text = Array(String(repeating: "Une ligne de texte.\n", count: 20).utf8)
        for offset in [0, 7, 8, 100, text.count - 1] {
            var withNUL = text
            withNUL[offset] = 0
            #expect(DocumentSniffer.binaryFormat(of: withNUL) == "binary data", "offset \(offset)")
        }
        // Above one control character in a hundred bytes, the text is binary.
        var controls = text
        for index in stride(from: 3, to: controls.count, by: 50) { controls[index] = 0x01 }
        #expect(DocumentSniffer.binaryFormat(of: controls) == "binary data")
        var fewControls = text
        fewControls[5] = 0x01
        #expect(DocumentSniffer.binaryFormat(of: fewControls) == nil)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", true),
        ("  \n<html lang=fr><p>x", true),
        ("<p>Un paragraphe.</p><p>Un autre.</p>", true),
        ("Sommet de Bruxelles : les <b>Vingt-Sept</b> s'accordent", false),
        ("Plain text with a < b comparison.\nSecond line.", false),
        // A page that opens with a style block longer than the sniffing window.
        ("<style>\n" + String(repeating: ".grid { display: grid; gap: 10px; }\n", count: 200) + "</style>\n<html><body><p>x", true),
    ])
    func htmlIsToldFromText(text: String, isHTML: Bool) {
        #expect(DocumentSniffer.isHTML(text) == isHTML)
    }
}

@Suite struct GzipTests {
    // "Bonjour\n" compressed by gzip -n.
    static let compressed: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x73, 0xca, 0xcf, 0xcb, 0xca, 0x2f, 0x2d, 0xe2,
        0x02, 0x00, 0xb7, 0x98, 0xbb, 0x5e, 0x08, 0x00, 0x00, 0x00,
    ]

    @Test func decompresses() throws {
        #expect(try Gzip.decompress(Self.compressed, limit: 100) == Array("Bonjour\n".utf8))
    }

    @Test func concatenatedMembersAreOneStream() throws {
        #expect(try Gzip.decompress(Self.compressed + Self.compressed, limit: 100) == Array("Bonjour\nBonjour\n".utf8))
    }

    @Test func outputIsCapped() {
        #expect(throws: Gzip.Failure.tooLarge(limit: 4)) { try Gzip.decompress(Self.compressed, limit: 4) }
    }

    @Test func truncatedStreamIsCorrupt() {
        #expect {
            try Gzip.decompress(Array(Self.compressed.prefix(14)), limit: 100)
        } throws: { error in
            if case .corrupt = error as? Gzip.Failure { true } else { false }
        }
    }
}
