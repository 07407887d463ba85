@testable import NewsdeskExtract
import Testing

@Suite struct UTF8ValidationTests {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    @Test func acceptsEveryLengthOfSequence() {
        #expect(Self.isValid(Array("plain ASCII, longer than one eight-byte word".utf8)))
        #expect(Self.isValid(Array("é € 𝄞 — déjà «été» 北京".utf8)))
        #expect(Self.isValid([]))
        #expect(Self.isValid([0xF4, 0x8F, 0xBF, 0xBF]))  // U+10FFFF
    }

    @Test func findsAnInvalidByteAfterLongASCIIRunsAtEveryOffset() {
        for offset in 0..<70 {
            var bytes = [UInt8](repeating: 0x61, count: 70)
            #expect(Self.isValid(bytes))
            bytes[offset] = 0xFF
            #expect(!Self.isValid(bytes), "offset \(offset)")
            bytes[offset] = 0xC3
            if offset + 1 < bytes.count { bytes[offset + 1] = 0xA9 }
            #expect(Self.isValid(bytes) == (offset + 1 < bytes.count), "offset \(offset)")
        }
    }

    @Test(arguments: [
        [0x80],  // a lone continuation byte
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],  // overlong forms of "/"
        [0xED, 0xA0, 0x80],  // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80], [0xFF],
        [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC3],  // truncated after a word of ASCII
        [0xE2, 0x82, 0x41],  // a sequence broken by ASCII
    ] as [[UInt8]])
    func rejectsInvalidSequences(bytes: [UInt8]) {
        #expect(!Self.isValid(bytes))
    }

    /// The same answer as the standard library on random bytes biased toward sequence edges.
    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x41], [0x20, 0x3C, 0x70, 0x3E, 0x61, 0x62, 0x63, 0x64, 0x65], [0xC3, 0xA9], [0xE2, 0x82, 0xAC],
            [0xF0, 0x9D, 0x84, 0x9E], [0x80], [0xC3], [0xE2, 0x82], [0xED, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF], [0xC1, 0xBF],
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Bool.random(using: &generator)
                    ? pieces.randomElement(using: &generator) ?? []
                    : [UInt8.random(in: 0...255, using: &generator)]
            }
            #expect(Self.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
