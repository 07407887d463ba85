extension LanguageModel {
    /// How common a lower-cased word is in a language: the natural log of its share of running
    /// text, from the model's word table (about the 24,000 most frequent words of each of 37
    /// languages); nil when the word is not among them or the language has no word table.
    /// Other stages use it to tell common words from names.
    public func wordLogFrequency(_ lowercased: some StringProtocol, language: String) -> Double? {
        guard let index = codes.firstIndex(of: language) else { return nil }
        var hasher = KeyHasher()
        for byte in lowercased.utf8 { hasher.add(byte) }
        for posting in words.view.lookup(hasher.key) where Int(posting >> 8) == index {
            return -Double(posting & 0xFF) / Double(NGramTable.stepsPerNat)
        }
        return nil
    }
}
