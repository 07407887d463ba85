import NewsdeskCore
import Testing

@Suite struct StringFromScalarsTests {
    /// Every length of UTF-8 encoding, and slices that start and end mid-array, give the string
    /// the standard library's scalar view gives.
    @Test(arguments: ["", "plain ASCII", "Zürich – «Élysée»", "東京 and 서울", "emoji 🗞️ and 𝔘", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func matchesTheScalarView(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                let slice = scalars[start..<end]
                #expect(String(scalars: slice) == String(String.UnicodeScalarView(slice)))
            }
        }
    }

    @Test func everyScalarEncodesAsTheStandardLibraryDoes() {
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0)...0x10FFFF {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        #expect(Array(String(scalars: scalars).utf8) == Array(String(String.UnicodeScalarView(scalars)).utf8))
    }
}
