/// Words written with a lower-case letter, then a capital, then lower case again ("iPhone",
/// "eBay", "iTunes"): the spelling of brands and products, never of a common word, in every
/// language.
/// The tagger, trained on few of them, misses most; they are names of type `other`.
enum CamelCaseNames {
    static func names(besides names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        var covered = Set<Int>()
        for name in names { covered.formUnion(name.tokens) }
        return tokens.indices.compactMap { index in
            guard !covered.contains(index), isCamelCase(tokens[index].text) else { return nil }
            return EntityLinker.Name(tokens: index..<(index + 1), type: .other)
        }
    }

    /// One lower-case letter, a capital, then two lower-case letters or more: "iPod", "eBay";
    /// not units and symbols ("kWh", "mAh", "pH", "mRNA"), nor a word glued to the next in OCR
    /// text ("deFrance", "laChambre").
    static func isCamelCase(_ word: Substring) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars[0].properties.isLowercase, scalars[1].properties.isUppercase else { return false }
        return scalars[2...].filter { $0.properties.isLowercase }.count >= 2
            && scalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
