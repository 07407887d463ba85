import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// A text browser's rendering of a page's buttons, frames, ad slots and image maps is page
/// furniture, whatever words come with it.
@Suite struct PageControlLineTests {
    static func labels(_ texts: [String]) -> [LineLabel] {
        LineClassifier.classify(texts.map(TextLine.init))
    }

    @Test func lynxControlsAreRemovedAndTheArticleStays() {
        let labels = Self.labels([
            "Text size (BUTTON) (BUTTON)",
            "IFRAME: https://player.example.org/embed/4411",
            "[INS: :INS]",
            "Glassworks to close its last kiln",
            "The glassworks that has stood by the river for more than a century will close its last kiln in March, its owners said.",
            "Rising gas prices had made the furnace too costly to run (see chart), the company said: orders had fallen for three years.",
        ])
        #expect(labels[0] == .removed(.navigation))
        #expect(labels[1] == .removed(.navigation))
        #expect(labels[2] == .removed(.navigation))
        #expect(labels[4].isBody && labels[5].isBody)
    }
}
