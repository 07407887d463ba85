@testable import NewsdeskText
import Testing

@Suite struct WordBufferTests {
    /// A word longer than the buffers' first capacity keeps every byte, start and key.
    @Test func longWordsGrowTheBuffers() {
        let text = String(repeating: "aé東𝄞", count: 100)
        var word = WordBuffer()
        defer { word.deallocate() }
        for scalar in text.unicodeScalars { word.append(scalar.value) }
        #expect(word.scalarCount == 400)
        #expect(word.byteCount == text.utf8.count)
        var whole = KeyHasher()
        for byte in text.utf8 { whole.add(byte) }
        #expect(word.key == whole.key)
        word.computeKeys(maxOrder: 5)
        // The n-gram of order 3 at scalar 397 is its own three scalars' bytes.
        let scalars = Array(text.unicodeScalars)
        var trigram = KeyHasher()
        for scalar in scalars[397..<400] { for byte in String(scalar).utf8 { trigram.add(byte) } }
        #expect(word.keys[397 * 5 + 2] == trigram.key)
        word.removeAll()
        #expect(word.isEmpty && word.byteCount == 0)
    }
}
