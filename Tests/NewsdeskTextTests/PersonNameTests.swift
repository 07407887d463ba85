import NewsdeskText
import Testing

@Suite struct PersonNameTests {
    @Test(arguments: ["Laura Ibarra", "Erwan Le Bihan", "Jean-Luc de La Tour", "Charles de Gaulle", "J. R. Tolkien", "Seán O’Brien"])
    func namesOnTheirOwn(line: String) {
        #expect(PersonName.isName(line))
    }

    @Test(arguments: [
        "Laura", "The Harbour Gazette", "Le Journal", "JEAN MARTIN", "Ann Lee said", "Ann Lee 2024", "de la Tour",
        "Aa Bb Cc Dd Ee Ff", String(repeating: "Abcdefghij ", count: 6),
    ])
    func notNames(line: String) {
        #expect(!PersonName.isName(line))
    }

    @Test func newsroomsIgnoreCaseAndAccents() {
        #expect(PersonName.isNewsroom("La Rédaction"))
        #expect(PersonName.isNewsroom("STAFF WRITER"))
        #expect(PersonName.isNewsroom("Redazione"))
        #expect(!PersonName.isNewsroom("Laura Ibarra"))
        #expect(PersonName.particles.contains("von") && PersonName.articles.contains("the"))
    }
}

@Suite struct AuthorNamePartsTests {
    @Test func writerFieldOfALabelledByline() {
        #expect(AuthorNameParts.writerField("Datum: 19.11.2021 Autor: Ann Lee Quelle: dpa") == "Ann Lee")
        #expect(AuthorNameParts.writerField("Text & Fotos: Ann Lee") == "Ann Lee")
        #expect(AuthorNameParts.writerField("Fotos: Bob Roe") == nil)
        #expect(AuthorNameParts.writerField("Ann Lee") == nil)
    }

    @Test func fullNameFromTheOpeningOfABio() {
        #expect(AuthorNameParts.fullName(of: "Nils", openingBio: "Nils Roe ist freier Autor und Journalist.") == "Nils Roe")
        #expect(AuthorNameParts.fullName(of: "Ann", openingBio: "Ann Lee - engineer") == "Ann Lee")
        #expect(AuthorNameParts.fullName(of: "Nils", openingBio: "Nils schreibt über Verkehr.") == nil)
        #expect(AuthorNameParts.fullName(of: "Nils Roe", openingBio: "Nils Roe Berger") == nil)
    }

    @Test func picturesCreditAfterTheWriters() {
        #expect(AuthorNameParts.withoutPictureCredit("Ann Lee Illustration von Bob Roe") == "Ann Lee")
        #expect(AuthorNameParts.withoutPictureCredit("Ann Lee, photos by Bob Roe") == "Ann Lee")
        #expect(AuthorNameParts.withoutPictureCredit("Ann Lee Fotos: Bob Roe") == "Ann Lee")
        #expect(AuthorNameParts.withoutPictureCredit("Ann Lee") == "Ann Lee")
    }

    @Test func handlesAndAddresses() {
        #expect(AuthorNameParts.withoutHandles("Ann Lee @annlee") == "Ann Lee")
        #expect(AuthorNameParts.withoutHandles("Ann Lee ann[at]example.org") == "Ann Lee")
        #expect(AuthorNameParts.withoutHandles("Ann Lee @") == "Ann Lee @")
    }

    @Test func descriptionAfterACommaButNotCoAuthors() {
        #expect(AuthorNameParts.withoutApposition("Ann Lee, Projektleiterin der Stiftung in Tunis.") == "Ann Lee")
        #expect(AuthorNameParts.withoutApposition("Ann Roe, Bob Doe und Cat Poe") == "Ann Roe, Bob Doe und Cat Poe")
        #expect(AuthorNameParts.withoutApposition("Ann Lee, wien.orf.at") == "Ann Lee, wien.orf.at")
    }

    @Test func roleInParenthesesAndAgencyCodeAfterASlash() {
        #expect(AuthorNameParts.withoutParenthesisedRole("Ann Lee (Pressesprecherin des Vereins)") == "Ann Lee")
        #expect(AuthorNameParts.withoutParenthesisedRole("Ann Lee (AFP)") == "Ann Lee")
        #expect(AuthorNameParts.withoutParenthesisedRole("(Ann Lee)") == "(Ann Lee)")
        #expect(AuthorNameParts.withoutAgencyCode("Ann Lee/SP-X") == "Ann Lee")
        #expect(AuthorNameParts.withoutAgencyCode("Ann Lee / AFP") == "Ann Lee")
        // A desk's initials alone are left as they are.
        #expect(AuthorNameParts.withoutAgencyCode("det/DPA") == "det/DPA")
    }

    @Test func conversationsCreditBothSides() {
        #expect(AuthorNameParts.conversationAsCoAuthors("Ann Lee im Gespräch mit Bob Roe") == "Ann Lee und Bob Roe")
        #expect(AuthorNameParts.conversationAsCoAuthors("Ann Lee") == "Ann Lee")
    }

    @Test func trailingLabelsAndCredentials() {
        #expect(AuthorNameParts.withoutTrailingLabel("Sara Zinnecker Stand") == "Sara Zinnecker")
        #expect(AuthorNameParts.withoutTrailingLabel("Ann Lee Alle Artikel Kontakt") == "Ann Lee")
        #expect(AuthorNameParts.withoutTrailingLabel("Bea Doe vor") == "Bea Doe")
        #expect(AuthorNameParts.withoutTrailingLabel("Stand") == "Stand")
        #expect(AuthorNameParts.isCredential("PhD"))
        #expect(AuthorNameParts.isCredential("M.D."))
        #expect(!AuthorNameParts.isCredential("Ann Lee"))
        #expect(!AuthorNameParts.isCredential(""))
    }
}
