import NewsdeskCore
import NewsdeskStories
import Testing

@Suite struct CopyChangesTests {
    private func article(title: String?, paragraphs: [String], credits: [Credit] = [], removed: [Removal] = []) -> Article {
        var builder = ArticleTextBuilder()
        for paragraph in paragraphs { builder.append(paragraph, kind: .paragraph) }
        return Article(
            id: "x", title: title, text: builder.text, paragraphs: builder.paragraphs, credits: credits, removed: removed)
    }

    @Test func aCopyThatCutsAddsEditsAndMovesSaysSo() {
        let story = CopyFixtures.paragraphs
        let first = article(title: "Valmora to close harbour bridge", paragraphs: story)
        let copy = article(
            title: "Cracked bridge: Valmora bans lorries",
            paragraphs: [story[0], story[2], story[1], "Hauliers’ associations criticised the vote, saying the detour through the city centre would add forty minutes.", "Officials did not immediately respond to a request for comment."],
            removed: [Removal(text: "Reporting by Tomas Keller for Reuters", reason: .credit)])
        let changes = CopyChanges(first: first, copy: copy)
        #expect(changes.headline?.from == "Valmora to close harbour bridge")
        #expect(changes.headline?.to == "Cracked bridge: Valmora bans lorries")
        #expect(changes.cut == [story[4]])
        #expect(changes.added == ["Officials did not immediately respond to a request for comment."])
        #expect(changes.addedCredits == ["Reporting by Tomas Keller for Reuters"])
        #expect(changes.edited.map(\.from) == [story[3]])
        #expect(changes.moved.count == 1, "one of the two swapped paragraphs moved")
        #expect(!changes.isUnchanged)
        #expect(CreditedAgency.of(copy) == "Reuters")
        #expect(CreditedAgency.of(first) == nil)
    }

    @Test func quotationMarksCaseAndSpacingAreNotChanges() {
        let first = article(title: "Bridge \"closed\"", paragraphs: ["The council said \"no\" to lorries.", "It will reopen in 2027."])
        let copy = article(title: "BRIDGE “CLOSED”", paragraphs: ["The council  said “no” to lorries.", "It will reopen in 2027."])
        #expect(CopyChanges(first: first, copy: copy).isUnchanged)
    }

    @Test func theAgencyComesFromCreditsFirstThenAShortEdgeParagraph() {
        let credited = article(title: nil, paragraphs: ["Text."], credits: [Credit(role: .agency, agency: "AFP", text: "Avec l'AFP")])
        #expect(CreditedAgency.of(credited) == "AFP")
        let tail = article(title: nil, paragraphs: [CopyFixtures.paragraphs[0], "© 2026 The Associated Press"])
        #expect(CreditedAgency.of(tail) == "AP")
        let named = article(title: nil, paragraphs: ["Officials told Reuters and other agencies on Monday that the bridge, which carries about 14,000 vehicles a day, would close to lorries."])
        #expect(CreditedAgency.of(named) == nil, "a long paragraph that names an agency does not credit it")
    }
}
