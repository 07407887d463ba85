import Testing
@testable import NewsdeskExtract

/// The visible text of a subtree, as removals, captions and metadata read it.
@Suite struct HTMLTextGatherTests {
    private static func text(_ html: String) -> String {
        let document = HTMLParserRepairTests.parse(html)
        guard let section = document.nodes.firstIndex(where: { $0.tag == .section }) else { return "no section" }
        return HTMLText.gather(document, finder: nil, section)
    }

    @Test func blocksAreSetApartOnBothSides() {
        #expect(Self.text("<section><div>Beitrag</div>von Ann Roe</section>") == "Beitrag von Ann Roe")
        #expect(Self.text("<section><ul><li>Mundo</li></ul>Ucrania</section>") == "Mundo Ucrania")
    }

    @Test func inlineElementsAndLinkEndsJoinTheirText() {
        // A link's end is often followed by punctuation; spans are inline.
        #expect(Self.text("<section><p>(Bildquelle: <a href=\"/x\">example.org</a>)</p></section>") == "(Bildquelle: example.org)")
        #expect(Self.text("<section><span>Foto</span><b>grafie</b></section>") == "Fotografie")
    }
}
