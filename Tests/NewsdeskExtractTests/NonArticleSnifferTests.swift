@testable import NewsdeskExtract
import Testing

@Suite struct NonArticleSnifferTests {
    private func kind(_ text: String) -> String? { NonArticleSniffer.kind(of: Array(text.utf8)) }

    @Test func dataAndLicencesAreNotArticles() {
        #expect(kind("  [1, 2, {\"a\": \"b\"}]\n") == "JSON data")
        #expect(kind("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}") == "JSON data")
        #expect(kind((["a;b;c"] + (1...6).map { "\($0);x;\"y;z\"" }).joined(separator: "\n")) == "CSV data")
        #expect(kind((["a\tb\tc"] + (1...6).map { "\($0)\tx\ty" }).joined(separator: "\n")) == "CSV data")
        let bsd = "Redistribution and use in source and binary forms, with or without modification, are permitted.\n"
            + "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"."
        #expect(kind(bsd) == "a licence text")
    }

    /// Articles stay articles: prose with commas, a bracketed lead, a story naming a licence.
    @Test func newsIsAnArticle() {
        let prose = """
            Les dirigeants européens, réunis à Bruxelles, se sont entendus jeudi soir.
            Le budget, qui devait être adopté en juin, a été revu, puis voté.
            La présidente du Conseil, satisfaite, a salué un compromis.
            Les marchés, eux, attendaient, inquiets, la décision.
            Les syndicats ont réagi vendredi.
            Les agriculteurs, de leur côté, manifestent, bloquent, protestent.
            """
        #expect(kind(prose) == nil)
        #expect(kind("[Reuters] The council voted on Tuesday. The plan passed {narrowly}") == nil)
        #expect(kind("The company released its code under the GNU General Public License on Monday, its chief said.") == nil)
    }
}
