@testable import NewsdeskExtract
import Testing

/// The headline rather than a line that repeats it with the site's name or a breadcrumb.
@Suite struct RecurringHeadlineTests {
    static func lines(_ texts: [String]) -> [TextLine] { texts.map(TextLine.init) }

    @Test func aTitleLineWithTheSitesNameAfterItGivesWayToTheHeadline() {
        let lines = Self.lines(["Glassworks to close its last kiln | Valley Herald", "Top stories", "Glassworks to close its last kiln"])
        #expect(RecurringHeadline.headline(for: 0, in: lines) == 2)
        #expect(RecurringHeadline.headline(for: 2, in: lines) == nil)
    }

    @Test func aBreadcrumbOrASitesNameBeforeTheHeadlineGivesWayToIt() {
        let lines = Self.lines([
            "Home > Industry > Valley > Glassworks to close its last kiln", "The Valley Herald: Bus routes under review",
            "Glassworks to close its last kiln", "Bus routes under review",
        ])
        #expect(RecurringHeadline.headline(endingTitle: 0, in: lines) == 2)
        #expect(RecurringHeadline.headline(endingTitle: 1, in: lines) == 3)
    }

    @Test func aLineBeginningTheTitleOrTooShortOrInLowerCaseIsNoHeadlineOfIt() {
        let lines = Self.lines([
            // A teaser cut short begins the headline.
            "Instagram works on a new video feature for Stories", "Instagram works on a new video",
            // A section's name, an article before the headline, a site's name in lower case.
            "Brexit: what the deal means", "the deal means",
            "The Effect of Vaccination on Mortality", "Effect of Vaccination on Mortality",
            "Energy news today: Wind farm", "Wind farm",
        ])
        #expect(RecurringHeadline.headline(endingTitle: 0, in: lines) == nil)
        #expect(RecurringHeadline.headline(endingTitle: 2, in: lines) == nil)
        #expect(RecurringHeadline.headline(endingTitle: 4, in: lines) == nil)
        #expect(RecurringHeadline.headline(endingTitle: 6, in: lines) == nil)
    }
}
