import Testing

@testable import NewsdeskEntities

@Suite struct NameTagTests {
    @Test func readsTheCorporaTags() {
        #expect(NameTag(conll: "O") == .outside)
        #expect(NameTag(conll: "B-PER") == .begin(.person))
        #expect(NameTag(conll: "I-MISC") == .inside(.other))
        #expect(NameTag(conll: "B-DATE") == nil)
        #expect(NameTag(conll: "X-LOC") == nil)
    }

    @Test func anInsideTagContinuesOnlyItsOwnType() {
        #expect(NameTag.inside(.place).mayFollow(.begin(.place)))
        #expect(NameTag.inside(.place).mayFollow(.inside(.place)))
        #expect(!NameTag.inside(.place).mayFollow(.begin(.person)))
        #expect(!NameTag.inside(.place).mayFollow(.outside))
        #expect(NameTag.begin(.person).mayFollow(.inside(.place)))
    }

    @Test func namesAreTheRunsOfTags() {
        let tags: [NameTag] = [.begin(.person), .inside(.person), .outside, .begin(.place), .begin(.place), .inside(.place), .inside(.organization)]
        let names = NameTagger.names(in: tags)
        #expect(names.map(\.tokens) == [0..<2, 3..<4, 4..<6, 6..<7])
        #expect(names.map(\.type) == [.person, .place, .place, .organization])
    }

    @Test func theBestTagRespectsTheSequence() {
        // Inside-place scores highest but cannot follow a person: begin-place is next best.
        var scores = [Float](repeating: 0, count: NameTag.classCount)
        scores[NameTag.inside(.place).index] = 5
        scores[NameTag.begin(.place).index] = 3
        #expect(NameTagger.best(scores, after: .begin(.person)) == .begin(.place))
        #expect(NameTagger.best(scores, after: .begin(.place)) == .inside(.place))
    }
}

@Suite struct NameTokenTests {
    @Test func shapesAndCapitals() {
        let poutine = NameToken("Poutine")
        let otan = NameToken("OTAN")
        let iphone = NameToken("iPhone")
        #expect(poutine.isCapitalised && !poutine.isUpper)
        #expect(otan.isCapitalised && otan.isUpper)
        #expect(!iphone.isCapitalised && iphone.hasCapitalOrDigit)
        #expect(!NameToken("président").hasCapitalOrDigit)
        #expect(NameToken("A380").hasCapitalOrDigit)
        // Shapes collapse runs: names of any length share one.
        #expect(NameToken("Paris").shapeHash == NameToken("Loukachenko").shapeHash)
        #expect(NameToken("Élysée").shapeHash == poutine.shapeHash)
        #expect(otan.shapeHash != poutine.shapeHash)
    }

    @Test func headlinesAreMostlyCapitalised() {
        var tokens = "Northrop Grumman And Airbus Defeat Boeing".split(separator: " ").map { NameToken($0) }
        tokens += "Le contrat a été signé hier à Paris".split(separator: " ").map { NameToken($0) }
        NameToken.markHeadlines(&tokens, sentences: [0..<6, 6..<14])
        #expect(tokens[0..<6].allSatisfy { $0.inHeadline })
        #expect(!tokens[6..<14].contains { $0.inHeadline })
    }
}
