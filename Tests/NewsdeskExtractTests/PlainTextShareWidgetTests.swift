import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// A scraped article with an embedded video: an image credit at the top, then the share
/// widget's labels run into its buttons' ("Partager cet articleClose Button"), and no headline
/// line. The widget goes as a share widget, the credit stays a credit, and no furniture line
/// becomes the title.
@Suite struct PlainTextShareWidgetTests {
    static let page = """
        Crédit photo : AFP
        Partager cet articleClose Button
        Copier/coller le lien embed de la vidéo de l'article :Copy to clipboardLien copié
        Partager sur FacebookPartager sur Twitter
        Le gouvernement a présenté mercredi un plan de soutien aux éleveurs touchés par la sécheresse, après plusieurs semaines de mobilisation.
        Le ministre a promis une enveloppe de 500 millions d'euros, qui sera débloquée dès le mois prochain, selon un communiqué.
        Les syndicats ont salué un « premier pas » mais réclament des mesures sur les prix payés aux producteurs.
        """

    @Test func aShareLabelRunIntoAButtonsIsAShareWidget() {
        #expect(GluedMenu.reason(for: TextLine("Partager cet articleClose Button")) == .share)
        #expect(GluedMenu.reason(for: TextLine("Copier/coller le lien embed de la vidéo de l'article :Copy to clipboardLien copié")) == .share)
        #expect(GluedMenu.reason(for: TextLine("ÉconomiePolitiqueSportCulture")) == .navigation)
        // A sentence is no menu, whatever it holds.
        #expect(GluedMenu.reason(for: TextLine("Le ministre a dit « Partager » puis il est parti en Italie.")) == nil)
    }

    @Test func theWidgetGoesTheCreditStaysAndNoFurnitureIsTheTitle() throws {
        let article = try PlainTextExtractorTests.extract(Self.page)
        #expect(article.title == nil)
        #expect(article.text.hasPrefix("Le gouvernement a présenté mercredi"))
        #expect(article.credits.contains { $0.role == .image && $0.agency == "AFP" })
        let reasons = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["Partager cet articleClose Button"] == .share)
        #expect(reasons["Partager sur FacebookPartager sur Twitter"] == .share)
    }

    @Test func aCreditOrACaptionIsNeverTheTitle() {
        #expect(TitleRanker.rulesOut(.credit(Credit(role: .image, agency: "AFP", text: "Crédit photo : AFP"))))
        #expect(TitleRanker.rulesOut(.removed(.share)))
        // A byline credit may be the rules' misreading of a short headline ("Leadership Styles").
        #expect(!TitleRanker.rulesOut(.credit(Credit(role: .byline, name: "Leadership Styles", text: "Leadership Styles"))))
        #expect(!TitleRanker.rulesOut(.removed(.navigation)))
    }
}
