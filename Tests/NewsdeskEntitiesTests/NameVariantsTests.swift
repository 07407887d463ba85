import Testing

@testable import NewsdeskEntities

@Suite struct NameVariantsTests {
    static func canonical(_ rows: [(String, String)], frequencies: [String: Double]) -> [String] {
        Gazetteer.canonicalizingVariants(rows.map { [Substring($0.0), Substring($0.1)] }) { frequencies[String($0)] }
    }

    @Test func theMostFrequentLongFormStandsForItsGroup() {
        let rows = [("loukachenko", "Q1"), ("lukashenko", "Q1"), ("lukaschenko", "Q1")]
        let lines = Self.canonical(rows, frequencies: ["lukashenko": -12, "loukachenko": -16])
        #expect(lines == ["loukachenko\tQ1\tlukashenko", "lukaschenko\tQ1\tlukashenko", "lukashenko\tQ1\tlukashenko"])
    }

    @Test func aShortEnglishWordDoesNotStandForANamesGroup() {
        let lines = Self.canonical([("in", "Q2"), ("yann", "Q2"), ("yannick", "Q2")], frequencies: ["in": -3, "yann": -15, "yannick": -16])
        #expect(lines.allSatisfy { $0.hasSuffix("\tyann") })
    }

    @Test func aLatinFormStandsForItsGroupHoweverShort() {
        let lines = Self.canonical([("ian", "Q5"), ("айан", "Q5")], frequencies: ["ian": -14])
        #expect(lines.allSatisfy { $0.hasSuffix("\tian") })
    }

    @Test func aFeminineSurnameKeepsItsEnding() {
        let lines = Self.canonical([("kowalski", "Q8"), ("kowalska", "Q8")], frequencies: ["kowalska": -14, "kowalski": -15])
        #expect(lines == ["kowalska\tQ8\tkowalska", "kowalski\tQ8\tkowalski"])
    }

    @Test func aFormOfSeveralGroupsTakesTheBestOfTheirSpellingsOnOneRow() {
        let rows = [("alexander", "Q6"), ("alexandre", "Q6"), ("aleksandros", "Q7"), ("alexandre", "Q7")]
        let lines = Self.canonical(rows, frequencies: ["alexander": -11, "aleksandros": -17])
        #expect(lines.filter { $0.hasPrefix("alexandre\t") } == ["alexandre\tQ6\talexander"])
        #expect(lines.contains("aleksandros\tQ7\taleksandros"))
    }
}
