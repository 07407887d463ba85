import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Plain text gives `modified` only when a date line says the article was updated.
@Suite struct PlainTextUpdateDateTests {
    static func page(dateLine: String) -> String {
        """
        Vénissieux : le fabricant Valcor va fermer son usine, 340 emplois menacés
        \(dateLine)
        La direction du groupe a annoncé mercredi la fin de la production sur le site d'ici décembre, a-t-on appris.
        C'est un coup dur pour le bassin industriel du sud-est lyonnais, a déclaré le maire de la commune jeudi.
        Les syndicats réclament la recherche d'un repreneur, selon un communiqué publié jeudi après-midi.
        """
    }

    @Test func updateOnTheDateLineIsModified() throws {
        let article = try PlainTextExtractorTests.extract(Self.page(dateLine: "Publié le 12/03/2025 à 18h04 · Mis à jour le 14/03/2025 à 20h31"))
        #expect(article.published == "2025-03-12")
        #expect(article.modified?.hasPrefix("2025-03-14") == true)
    }

    @Test func plainDateLineLeavesModifiedNull() throws {
        let article = try PlainTextExtractorTests.extract(Self.page(dateLine: "Publié le 12/03/2025 à 18h04"))
        #expect(article.published == "2025-03-12")
        #expect(article.modified == nil)
        #expect(article.description == nil)
    }

    @Test func updateAloneIsNoPublicationDate() {
        let dates = UpdateLabel.dates(inDateLine: "Updated May 14, 2025")
        #expect(dates.published == nil)
        #expect(dates.modified == "2025-05-14")
    }
}
