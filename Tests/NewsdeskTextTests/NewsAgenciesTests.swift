import NewsdeskText
import Testing

@Suite struct NewsAgenciesTests {
    @Test func firstAgencyInAShortLine() {
        #expect(NewsAgencies.first(in: "Photo AFP") == "AFP")
        #expect(NewsAgencies.first(in: "avec l'Agence France-Presse") == "AFP")
        #expect(NewsAgencies.first(in: "The Associated Press") == "AP")
        #expect(NewsAgencies.first(in: "REUTERS/Staff") == "Reuters")
        #expect(NewsAgencies.first(in: "ANSA") == "ANSA")
        #expect(NewsAgencies.first(in: "Quelle: Deutsche Presse-Agentur") == "dpa")
        #expect(NewsAgencies.first(in: "Madrid, 23 may (EFE).-") == "EFE")
        #expect(NewsAgencies.first(in: "© Belga") == "Belga")
        #expect(NewsAgencies.first(in: "a map of the area") == nil)
        #expect(NewsAgencies.first(in: "Chapter two") == nil)
    }

    @Test func shortCapitalsMatchOnlyAsWritten() {
        #expect(NewsAgencies.first(in: "Par euronews avec AP") == "AP")
        #expect(NewsAgencies.first(in: "a map") == nil)
        #expect(NewsAgencies.first(in: "ap") == nil)
        #expect(NewsAgencies.first(in: "Efe") == "EFE")
        #expect(NewsAgencies.first(in: "efe") == nil)
    }

    @Test func matchesAreWholeWordsInOrderWithScalarPositions() {
        // "é" and "ü" are one scalar each: positions count scalars, not bytes.
        let text = "Bélgica (EFE) y Zürich (Keystone-SDA), según dpa"
        let matches = NewsAgencies.matches(in: text)
        #expect(matches.map(\.name) == ["EFE", "Keystone-SDA", "dpa"])
        let scalars = Array(text.unicodeScalars)
        #expect(matches.map { String(String.UnicodeScalarView(scalars[$0.range])) } == ["EFE", "Keystone-SDA", "dpa"])
        #expect(NewsAgencies.matches(in: "AFPX dpaY").isEmpty)
    }

    @Test func theLongestSpellingWins() {
        let matches = NewsAgencies.matches(in: "EPA-EFE/Ann Lee")
        #expect(matches == [NewsAgencies.Match(name: "EPA", range: 0..<7)])
        #expect(NewsAgencies.matches(in: "Getty Images").map(\.range) == [0..<12])
    }

    @Test func everyAgencyHasOneCanonicalName() {
        #expect(NewsAgencies.names.count == Set(NewsAgencies.names).count)
        for name in ["AFP", "AP", "Reuters", "dpa", "EFE", "ANSA", "Belga", "Getty Images"] {
            #expect(NewsAgencies.names.contains(name), "\(name)")
        }
        for spelling in NewsAgencies.allSpellings {
            #expect(NewsAgencies.spellings(startingWith: FoldedLine.fold(spelling.pattern[0])).contains { $0.pattern == spelling.pattern })
            if !spelling.caseSensitive {
                #expect(spelling.pattern.map(FoldedLine.fold) == spelling.pattern, "\(spelling.name)")
            }
        }
    }
}

@Suite struct FoldedLineTests {
    @Test func foldingKeepsOnePositionPerScalar() {
        let line = FoldedLine("Crédit : Æsop – Œuvre ß\tFIN")
        #expect(line.count == line.original.count)
        #expect(String(String.UnicodeScalarView(line.folded)) == "credit : asop - ouvre s fin")
        #expect(line.original(0..<6) == "Crédit")
        #expect(line.original(22..<40) == "ß\tFIN")
    }

    @Test func prefixesAndWords() {
        let line = FoldedLine("Avec  l'AFP")
        #expect(line.matchPrefix("avec l'", at: 0) == 8)
        #expect(line.matchPrefix("ave", at: 0) == nil)
        #expect(line.find("afp") == 8)
        #expect(line.containsWord(of: ["afp"], in: 0..<line.count))
        #expect(!line.containsWord(of: ["af"], in: 0..<line.count))
        #expect(line.firstIndex(of: "'") == 7)
        #expect(line.skipSpaces(4) == 6)
    }
}
