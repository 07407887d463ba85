import NewsdeskCore
import NewsdeskStories
import Testing

@Suite struct CopyIndexTests {
    private func article(_ id: String, _ text: String, published: String? = nil) -> Article {
        var document = Document(article: Article(id: id, published: published, text: text))
        try? FingerprintStage().run(on: &document)
        return document.article
    }

    @Test func copiesPointAtTheFirstCopyOfTheirGroup() {
        var index = CopyIndex(capacity: 10)
        var articles = [
            article("original", CopyFixtures.original, published: "2026-03-02"),
            article("trimmed", CopyFixtures.trimmedCopy, published: "2026-03-02"),
            article("other", CopyFixtures.sameSubject, published: "2026-03-03"),
            article("reordered", CopyFixtures.reorderedCopy, published: "2026-03-04"),
        ]
        for position in articles.indices { index.link(&articles[position]) }
        #expect(articles.map(\.duplicateOf) == [nil, "original", nil, "original"])
        #expect(index.count == 4)
    }

    @Test func aCopyOfSeveralGroupsJoinsTheGroupFirstPublished() {
        let fingerprint = Fingerprint(text: CopyFixtures.original)
        let later = CopyCandidate(id: "later", published: "2026-03-05", fingerprint: fingerprint, original: nil)
        let earlier = CopyCandidate(id: "copy", published: "2026-03-06", fingerprint: fingerprint, original: "earlier")
        let dates = ["later": "2026-03-05", "earlier": "2026-03-01"]
        #expect(CopyDecision.original(of: fingerprint, id: "new", among: [later, earlier]) { dates[$0] } == "earlier")
        #expect(CopyDecision.original(of: fingerprint, id: "later", among: [later]) { dates[$0] } == nil, "never itself")
    }

    @Test func theIndexForgetsTheOldestPastItsCapacity() {
        var index = CopyIndex(capacity: 2)
        var articles = [
            article("original", CopyFixtures.original),
            article("other", CopyFixtures.sameSubject),
            article("third", "An unrelated note about the weather in the mountains this weekend, with snow expected above 1,500 metres."),
            article("trimmed", CopyFixtures.trimmedCopy),
        ]
        for position in articles.indices { index.link(&articles[position]) }
        #expect(articles[3].duplicateOf == nil, "the original was forgotten")
        #expect(index.count == 2)
        #expect(index["original"] == nil && index["trimmed"] != nil)
    }

    @Test func forgettingAnArticleKeepsTheOthersThatShareItsKeys() {
        var index = CopyIndex(capacity: 3)
        var articles = [
            article("original", CopyFixtures.original),
            article("trimmed", CopyFixtures.trimmedCopy),
            article("other", CopyFixtures.sameSubject),
            article("reordered", CopyFixtures.reorderedCopy),
        ]
        for position in articles.indices { index.link(&articles[position]) }
        #expect(articles[3].duplicateOf == "original")
        #expect(index["original"] == nil, "forgotten once the fourth came")
        // The copies, still remembered, are found by the keys they shared with the original.
        let found = index.candidates(for: Fingerprint(text: CopyFixtures.original), limit: 4).map(\.id)
        #expect(Set(found) == ["trimmed", "reordered"])
    }

    @Test func anArticleWithoutFingerprintIsLeftAlone() {
        var index = CopyIndex(capacity: 4)
        var bare = Article(id: "bare", text: CopyFixtures.original)
        index.link(&bare)
        #expect(bare.duplicateOf == nil)
        #expect(index.count == 0)
    }
}
