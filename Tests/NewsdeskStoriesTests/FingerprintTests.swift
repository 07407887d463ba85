import NewsdeskCore
import NewsdeskStories
import Testing

@Suite struct FingerprintTests {
    @Test func quotationMarksDashesCaseAndSpacingDoNotChangeShingles() {
        let plain = WordShingles.shingles(of: "Don't close the bridge - it is safe, he said").map(\.hash)
        let styled = WordShingles.shingles(of: "DON’T close  the bridge — it is “safe”, he said").map(\.hash)
        #expect(plain == styled)
        #expect(plain.count == 7, "dont close the bridge it is safe he said")
    }

    @Test func accentsFoldAndShinglesKeepTheirSpans() throws {
        let text = "Élection à Genève: résultats"
        let shingles = WordShingles.shingles(of: text)
        #expect(shingles.map(\.hash) == WordShingles.shingles(of: "election a geneve resultats").map(\.hash))
        let first = try #require(shingles.first)
        #expect(String(text[utf8: first.span]) == "Élection à Genève")
    }

    @Test func shortTextsHaveOneShingleAndEmptyTextNone() {
        #expect(WordShingles.shingles(of: "Breaking news").count == 1)
        #expect(WordShingles.shingles(of: " — ").isEmpty)
        #expect(Fingerprint(text: "").isEmpty)
    }

    @Test func keysAreASampleChosenByContentSoCopiesShareThem() {
        let original = Fingerprint(text: CopyFixtures.original)
        let copy = Fingerprint(text: CopyFixtures.reorderedCopy)
        #expect(original.keys.count >= Fingerprint.smallestKept)
        #expect(original.keys.count < original.shingles.count / 2)
        #expect(Set(original.keys.map(\.hash)).count == original.keys.count, "each key once")
        let shared = Set(original.keys.map(\.hash)).intersection(copy.keys.map(\.hash))
        #expect(!shared.isEmpty)
        #expect(original.lookupKeys.count <= Fingerprint.lookupKeys)
        #expect(original.lookupKeys.allSatisfy { $0.count == 16 })
    }

    @Test func trimmedAndReorderedCopiesAreCopiesAndTheSameSubjectIsNot() {
        let original = Fingerprint(text: CopyFixtures.original)
        #expect(original.resemblance(to: Fingerprint(text: CopyFixtures.trimmedCopy)).isCopy)
        #expect(original.resemblance(to: Fingerprint(text: CopyFixtures.reorderedCopy)).isCopy)
        let other = original.resemblance(to: Fingerprint(text: CopyFixtures.sameSubject))
        #expect(!other.isCopy)
        #expect(other.containment < 0.1)
    }

    @Test func resemblanceCountsDistinctShingles() {
        let resemblance = Resemblance(shared: 30, sizes: (100, 40))
        #expect(resemblance.smaller == 40 && resemblance.larger == 100)
        #expect(resemblance.containment == 0.75)
        #expect(abs(resemblance.jaccard - 30.0 / 110.0) < 1e-9)
        #expect(resemblance.isCopy)
        #expect(!Resemblance(shared: 20, sizes: (100, 40)).isCopy)
        #expect(!Resemblance(shared: 0, sizes: (0, 0)).isCopy)
        #expect(Resemblance(shared: 5, sizes: (5, 200)).isCopy, "a short text all of which is in the longer")
        #expect(!Resemblance(shared: 4, sizes: (5, 200)).isCopy)
    }

    @Test func theStageFingerprintsTheTextAndIndexesItsKeys() throws {
        var document = Document(article: Article(id: "a1", title: "Bridge closed", text: CopyFixtures.original))
        try FingerprintStage().run(on: &document)
        let layer = document.article.layers[FingerprintLayer.self]
        #expect(layer?.fingerprint == Fingerprint(text: CopyFixtures.original))
        #expect(layer?.indexKeys.count == layer?.fingerprint?.keys.count)
        #expect(document.runs == [StageRun(stage: "fingerprint", version: FingerprintStage.version, layer: .fingerprint)])
        #expect(layer?.fieldsJSON(offsets: ScalarOffsetMap(CopyFixtures.original)) == Array("{}".utf8), "no field in the article's JSON")
    }
}

@Suite struct HashSortTests {
    @Test func fingerprintsHoldTheirDistinctShinglesInOrder() {
        let text = (0..<400).map { "word\($0 % 97) other\($0 % 13)" }.joined(separator: " ")
        let expected = Array(Set(WordShingles.shingles(of: text).map(\.hash))).sorted()
        #expect(Fingerprint(text: text).shingles == expected)
        #expect(Fingerprint(text: "one two").shingles.count == 1)
    }
}

@Suite struct SampledCheckTests {
    @Test func keysTellCopiesFromOtherTextsBeforeTheExactComparison() {
        let story = (CopyFixtures.paragraphs + CopyFixtures.paragraphs.map { $0.uppercased() + " Again." }).joined(separator: "\n\n")
        let original = Fingerprint(text: story)
        let trimmed = Fingerprint(text: String(story.prefix(story.count * 3 / 4)))
        let other = Fingerprint(text: CopyFixtures.sameSubject + " " + (0..<200).map { "word\($0)" }.joined(separator: " "))
        #expect(original.keyHashes.count >= 16)
        #expect(original.mayCopy(trimmed))
        #expect(!original.mayCopy(other))
        let short = Fingerprint(text: "A short note about the bridge.")
        #expect(short.mayCopy(other), "too few keys to judge: compare exactly")
    }
}
