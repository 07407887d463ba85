import NewsdeskCore
import Testing

/// The shortcuts answer as `Unicode.Scalar.Properties` does, for every scalar.
@Suite struct ScalarPropertiesTests {
    @Test func shortcutsAgreeWithTheStandardLibrary() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if scalar.isAlphabetic != properties.isAlphabetic || scalar.isWhitespace != properties.isWhitespace
                || scalar.isUppercase != properties.isUppercase || scalar.isLowercase != properties.isLowercase
                || scalar.isNumeric != (properties.numericType != nil)
            {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5))")
    }

    /// A standalone scalar is a character of its own between standalone neighbours (LF
    /// included, which CR, not standalone, would join).
    @Test func standaloneScalarsAreCharactersOfTheirOwn() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "é", "中", "가", "—", "、"]
        var joined: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), scalar.isStandaloneCharacter else { continue }
            for neighbour in neighbours where String(String.UnicodeScalarView([neighbour, scalar, neighbour])).count != 3 {
                joined.append(value)
            }
        }
        #expect(joined.isEmpty, "first: \(joined.prefix(5))")
        #expect(!("\r" as Unicode.Scalar).isStandaloneCharacter)
        #expect(!("\u{0301}" as Unicode.Scalar).isStandaloneCharacter)
    }

    @Test func textsOfStandaloneScalarsAreTold() {
        #expect("Plain ASCII".charactersAreScalars)
        #expect("Zürich – «Élysée», 東京, 서울".charactersAreScalars)
        #expect(!"Cafe\u{0301}".charactersAreScalars)
        #expect(!"line\r\n".charactersAreScalars)
        #expect(!"emoji 🗞️".charactersAreScalars)
    }
}
