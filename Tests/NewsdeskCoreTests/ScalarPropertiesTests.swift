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
            {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5))")
    }
}
