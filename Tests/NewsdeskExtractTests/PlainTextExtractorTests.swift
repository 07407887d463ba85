import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

@Suite struct PlainTextExtractorTests {
    static let dump = """
        Crédits photo : Reuters
        Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget
        Les dirigeants européens se sont entendus jeudi soir sur le budget de l'Union pour les sept prochaines années, après quatre jours de négociations.
        PUBLICITÉ
        « Nous avons trouvé un compromis », a déclaré la présidente du Conseil.
        Ce qui change pour les agriculteurs
        Les aides directes baissent de deux pour cent, mais un fonds de transition est créé pour les exploitations les plus fragiles.
        Lire aussi
        Budget européen : ce qui change pour les agriculteurs
        La PAC en cinq questions
        Par Julie Martin avec AFP
        Partager cet articleCommentaires
        Faire défiler vers le haut
        """

    static func extract(_ text: String) throws -> Article {
        try PlainTextExtractor().extract(text, context: DocumentContext(id: "t", encoding: "utf-8")).get()
    }

    @Test func titleBodyAndHeadingsAreFound() throws {
        let article = try Self.extract(Self.dump)
        #expect(article.title == "Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget")
        let blocks = article.paragraphs.map { (kind: $0.kind, text: String(article.text[utf8: $0.span])) }
        #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .heading, .paragraph])
        #expect(blocks[1].text == "« Nous avons trouvé un compromis », a déclaré la présidente du Conseil.")
        #expect(blocks[2].text == "Ce qui change pour les agriculteurs")
    }

    @Test func leftoversAreRemovedWithReasons() throws {
        let article = try Self.extract(Self.dump)
        let removed = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(removed["PUBLICITÉ"] == .advertisementLabel)
        #expect(removed["Lire aussi"] == .related)
        #expect(removed["Budget européen : ce qui change pour les agriculteurs"] == .related)
        #expect(removed["La PAC en cinq questions"] == .related)
        #expect(removed["Partager cet articleCommentaires"] != nil)
        #expect(removed["Faire défiler vers le haut"] == .scrollToTop)
        #expect(!article.text.contains("PUBLICITÉ"))
        #expect(!article.text.contains("Lire aussi"))
    }

    @Test func creditsAndBylinesAreParsed() throws {
        let article = try Self.extract(Self.dump)
        #expect(article.credits.contains { $0.role == .image && $0.agency == "Reuters" })
        #expect(article.credits.contains { $0.agency == "AFP" })
        #expect(article.authors == ["Julie Martin"])
    }

    @Test func everyInputLineIsAccountedFor() throws {
        let article = try Self.extract(Self.dump)
        let lines = Self.dump.split(separator: "\n").map(String.init)
        for line in lines {
            let kept = article.text.contains(line) || article.title == line
            let removed = article.removed.contains { $0.text == line }
            #expect(kept || removed, "line lost silently: \(line)")
        }
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let text = """
            Titre de l'article

            Les dirigeants européens se sont entendus jeudi soir sur le budget
            de l'Union pour les sept prochaines années.
            """
        let article = try Self.extract(text)
        #expect(article.paragraphs.count == 1)
        #expect(article.text == "Les dirigeants européens se sont entendus jeudi soir sur le budget de l'Union pour les sept prochaines années.")
    }

    @Test func englishAndGermanLeftovers() throws {
        let text = """
            Home
            Port strike enters second week as talks stall
            ANTWERP, April 8 (Reuters) - Dock workers extended their strike on Monday, leaving dozens of ships waiting at anchor.
            Advertisement
            Union leaders said they would meet the employers again on Thursday.
            Read more: Shipping rates climb as ports clog
            Sign up for our newsletter
            Anzeige
            """
        let article = try Self.extract(text)
        #expect(article.title == "Port strike enters second week as talks stall")
        #expect(article.paragraphs.count == 2)
        #expect(article.credits.contains { $0.role == .agency && $0.agency == "Reuters" })
        #expect(article.text.hasPrefix("ANTWERP, April 8 (Reuters) - Dock workers"), "the dateline stays in the text")
        #expect(Set(article.removed.map(\.reason)).isSuperset(of: [.navigation, .advertisementLabel, .related, .newsletter]))
    }

    @Test func textWithoutProseIsRejected() {
        let result = PlainTextExtractor().extract("Accueil\nMenu\nPUBLICITÉ", context: DocumentContext(id: "t", encoding: "utf-8"))
        guard case .failure(let rejection) = result else { Issue.record("expected a rejection"); return }
        #expect(rejection.code == .noArticle)
    }
}

@Suite struct LeftoverCuesTests {
    @Test(arguments: [
        ("PUBLICITÉ", Removal.Reason.advertisementLabel), ("Partager l’article :", .share), ("Lire aussi", .related),
        ("12 commentaires", .comments), ("Comments (3)", .comments), ("Mehr zum Thema", .related),
        ("Lee también", .related), ("Abonnez-vous à notre newsletter", .newsletter), ("Nach oben", .scrollToTop),
    ])
    func cuesAreRecognisedAcrossSpellings(line: String, reason: Removal.Reason) {
        #expect(LeftoverCues.reason(for: line) == reason)
    }

    @Test func everyLexiconLoadsWithKnownReasons() {
        let known: Set<Removal.Reason> = [
            .advertisementLabel, .share, .related, .newsletter, .cookie, .scrollToTop, .comments, .tags, .credit, .navigation,
            .disclaimer,
        ]
        let lexicon = LeftoverCues.lexicon
        #expect(lexicon.exact.count > 200)
        let reasons = Set(lexicon.exact.values).union(lexicon.prefixes.map(\.1)).union(lexicon.counted.values)
        #expect(reasons.isSubset(of: known), "unknown reasons: \(reasons.subtracting(known))")
    }

    @Test func sentencesThatMentionACueAreNotLeftovers() {
        #expect(LeftoverCues.reason(for: "Le gouvernement a lancé une campagne de publicité contre le tabac cette semaine.") == nil)
        #expect(LeftoverCues.reason(for: "Subscribers to the service will see prices rise by ten percent next year, the company said.") == nil)
    }
}

@Suite struct PlainTextHeadAndFootTests {
    static let page = """
        Accepter les cookies
        ActualitéLyonMétropoleÉconomiePolitique
        Se connecterS'abonner
        Accueil > Économie > Industrie
        Vénissieux : le fabricant Valcor va fermer son usine, 340 emplois menacés
        La direction du groupe a annoncé mercredi la fin de la production sur le site d'ici décembre.
        Erwan Le Bihan
        Par Julie Martin avec AFP
        Publié le 12/03/2025 à 18h04 · Mis à jour le 12/03/2025 à 20h31
        Illustration. Une chaîne d'assemblage. Crédits photo : Reuters
        C'est un coup dur pour le bassin industriel du sud-est lyonnais, a déclaré le maire.
        Les syndicats réclament la recherche d'un repreneur, selon un communiqué publié jeudi.
        © Métropole Express 2025
        """

    @Test func navigationBeforeTheTitleIsRemovedAndTheTitleFound() throws {
        let article = try PlainTextExtractorTests.extract(Self.page)
        #expect(article.title == "Vénissieux : le fabricant Valcor va fermer son usine, 340 emplois menacés")
        let reasons = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["ActualitéLyonMétropoleÉconomiePolitique"] == .navigation)
        #expect(reasons["Accueil > Économie > Industrie"] == .navigation)
        #expect(reasons["Illustration. Une chaîne d'assemblage. Crédits photo : Reuters"] == .caption)
    }

    @Test func dateLineGivesThePublicationDate() throws {
        let article = try PlainTextExtractorTests.extract(Self.page)
        #expect(article.published == "2025-03-12")
        #expect(article.removed.contains { $0.reason == .date })
    }

    @Test func copyrightFooterNamesTheSourceAndBareNamesAreBylines() throws {
        let article = try PlainTextExtractorTests.extract(Self.page)
        #expect(article.source.name == "Métropole Express")
        #expect(article.authors == ["Erwan Le Bihan", "Julie Martin"])
        #expect(article.credits.contains { $0.role == .image && $0.agency == "Reuters" })
        #expect(article.paragraphs.count == 3)
    }

    @Test(arguments: [
        ("© 2025 ByteWire Media Ltd. All rights reserved.", "ByteWire Media"),
        ("© La Gazette de Gascogne - 2025", "La Gazette de Gascogne"),
        ("Copyright 2024 Le Journal. Tous droits réservés", "Le Journal"),
    ])
    func copyrightOwners(line: String, owner: String) {
        #expect(CopyrightNotice.owner(of: line) == owner)
    }
}

@Suite struct SourceTemplateTests {
    static let page = """
        Nieuws Regio Sport Cultuur Weer
        Gemeente opent nieuw zwembad
        De gemeente heeft dinsdag een nieuw zwembad geopend, na twee jaar bouwen en een lange discussie over de kosten.
        Volg ons ook via de app voor het laatste nieuws
        """

    /// The template's lines in `TextFold.matchKey` form.
    static let template = SourceTemplate(keys: ["nieuws regio sport cultuur weer", "volg ons ook via de app voor het laatste nieuws"])

    @Test func templateLinesAreRemovedWithTheirReason() throws {
        let article = try PlainTextExtractor().extract(Self.page, context: DocumentContext(id: "t", encoding: "utf-8", template: Self.template)).get()
        #expect(article.title == "Gemeente opent nieuw zwembad")
        #expect(article.paragraphs.count == 1)
        #expect(article.removed.filter { $0.reason == .siteTemplate }.map(\.text) == [
            "Nieuws Regio Sport Cultuur Weer", "Volg ons ook via de app voor het laatste nieuws",
        ])
    }

    @Test func candidateKeysLeaveLongProseOut() {
        let keys = SourceTemplate.candidateKeys(in: Self.page + "\n" + String(repeating: "Een lange zin met veel woorden erin. ", count: 4))
        #expect(keys.contains("volg ons ook via de app voor het laatste nieuws"))
        #expect(!keys.contains { $0.hasPrefix("een lange zin") })
    }

    @Test(arguments: ["Par euronews avec AP", "By The Harbour Gazette with Reuters"])
    func bylineNamingAnOutletFillsTheSource(byline: String) throws {
        let text = "Sommet européen : accord sur le budget\nLes Vingt-Sept se sont entendus jeudi soir sur le budget de l'Union.\n" + byline
        let article = try PlainTextExtractorTests.extract(text)
        #expect(article.authors.isEmpty)
        #expect(article.source.name == (byline.hasPrefix("Par") ? "euronews" : "The Harbour Gazette"))
        #expect(article.credits.contains { $0.agency == "AP" || $0.agency == "Reuters" })
    }

    @Test func menusStayOutOfTheTitleWithOrWithoutTheTemplate() throws {
        let withoutTemplate = try PlainTextExtractor().extract(Self.page, context: DocumentContext(id: "t", encoding: "utf-8")).get()
        let withTemplate = try PlainTextExtractor().extract(Self.page, context: DocumentContext(id: "t", encoding: "utf-8", template: Self.template)).get()
        // Without the template, function words tell the menu (none) from the headline.
        #expect(withoutTemplate.title == "Gemeente opent nieuw zwembad")
        #expect(withTemplate.title == "Gemeente opent nieuw zwembad")
        #expect(withTemplate.removed.first == Removal(text: "Nieuws Regio Sport Cultuur Weer", reason: .siteTemplate))
    }
}

@Suite struct PlainTextAwkwardCasesTests {
    @Test func aShortQuoteOnItsOwnLineStaysInTheBody() throws {
        let text = """
            La ministre refuse tout report
            Interrogée mardi sur un éventuel report de la réforme, la ministre a été catégorique devant les députés.
            « Jamais. »
            Elle a ensuite quitté l'hémicycle sans répondre aux questions de l'opposition, selon plusieurs témoins.
            """
        let article = try PlainTextExtractorTests.extract(text)
        #expect(article.paragraphs.count == 3)
        #expect(article.text.contains("\n\n« Jamais. »\n\n"))
    }

    @Test func aOneLineParagraphOfBodyTextIsKept() throws {
        let text = """
            Le maire démissionne
            Le maire de la commune a annoncé sa démission lundi soir, après six mois de crise au conseil municipal.
            Il part.
            Son premier adjoint assurera l'intérim jusqu'à l'élection d'un successeur, prévue au printemps prochain.
            """
        let article = try PlainTextExtractorTests.extract(text)
        #expect(article.text.contains("Il part."))
    }

    @Test func aCreditGluedToACaptionIsACaption() throws {
        let text = """
            Manifestazione a Roma contro il caro affitti
            Migliaia di persone hanno sfilato sabato nel centro di Roma per chiedere affitti più bassi e più case popolari.
            I manifestanti in piazza della Repubblica.Foto: ANSA
            Gli organizzatori parlano di oltre ventimila partecipanti, la questura di circa ottomila.
            """
        let article = try PlainTextExtractorTests.extract(text)
        #expect(!article.text.contains("Foto"))
        #expect(article.credits.contains { $0.role == .image && $0.agency == "ANSA" })
        #expect(article.paragraphs.count == 2)
    }

    @Test(arguments: [
        ("Pubblicità", Removal.Reason.advertisementLabel), ("Leggi anche", .related), ("Condividi", .share),
        ("Publicidade", .advertisementLabel), ("Leia também", .related), ("Compartilhar", .share),
    ])
    func italianAndPortugueseCues(line: String, reason: Removal.Reason) {
        #expect(LeftoverCues.reason(for: line) == reason)
    }
}

@Suite struct PlainTextTailTests {
    static let text = """
        Le maire démissionne après six mois de crise
        Le maire de la commune a annoncé sa démission lundi soir, après six mois de crise au conseil municipal.
        Son premier adjoint assurera l'intérim jusqu'à l'élection d'un successeur, prévue au printemps prochain.
        Mots-clés
        Politique
        Municipales
        Partager cet article
        Recevez chaque soir l'essentiel de l'actualité régionale.
        Abonnez-vous à notre newsletter
        """

    @Test func tagListsAndNewsletterTeasersAfterTheBodyAreRemoved() throws {
        let article = try PlainTextExtractorTests.extract(Self.text)
        #expect(article.paragraphs.count == 2)
        let reasons = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["Mots-clés"] == .tags)
        #expect(reasons["Municipales"] == .tags)
        #expect(reasons["Recevez chaque soir l'essentiel de l'actualité régionale."] == .share)
    }

    @Test func aLongFinalParagraphAfterASharePromptStays() throws {
        let text = Self.text.replacingOccurrences(
            of: "Recevez chaque soir l'essentiel de l'actualité régionale.",
            with: "Le conseil municipal se réunira jeudi pour fixer la date du scrutin, a précisé la préfecture dans un communiqué publié dans la soirée, en appelant au calme.")
        let article = try PlainTextExtractorTests.extract(text)
        #expect(article.text.contains("Le conseil municipal se réunira jeudi"))
    }

    @Test func cookieNoticesAboveTheTitleAreRemoved() throws {
        let text = "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur utilisation.\n" + Self.text
        let article = try PlainTextExtractorTests.extract(text)
        #expect(article.title == "Le maire démissionne après six mois de crise")
        #expect(article.removed.first?.reason == .cookie)
    }
}

@Suite struct FunctionWordsTests {
    @Test func aSentenceThatLostItsFullStopStaysAParagraph() throws {
        let text = """
            Le conseil municipal vote le budget
            Le conseil municipal a adopté lundi soir le budget de la commune pour l'année prochaine, après un long débat.
            Les élus de l'opposition ont voté contre le texte en dénonçant la hausse des impôts locaux de la ville
            Le maire a promis de nouvelles économies dès le printemps, selon un communiqué publié mardi.
            Ce qui change pour les habitants
            La taxe foncière augmentera de deux pour cent, a précisé l'adjoint aux finances.
            """
        let article = try PlainTextExtractorTests.extract(text)
        let kinds = article.paragraphs.map(\.kind)
        #expect(kinds == [.paragraph, .paragraph, .paragraph, .heading, .paragraph])
    }

    @Test func theDocumentsLanguageIsTheOneWhoseFunctionWordsCoverIt() {
        let lines = TextLine.lines(of: "Die Mieten in der Stadt sind gestiegen, und die Mieter sind besorgt.")
        let words = FunctionWords(document: lines)
        #expect(words.words.contains("der"))
        #expect(words.share(of: lines[0]) > 0.3)
        #expect(words.isMenuLike(TextLine("Politik Wirtschaft Sport Kultur")))
        #expect(!words.isMenuLike(TextLine("Streit um die Mieten in Leipzig")))
    }
}

@Suite struct NameListCaptionTests {
    @Test func aCaptionThatRepeatsTheNamesIsACaption() throws {
        let text = """
            Trois élus quittent la majorité municipale
            Jean Dupont, Marie Martin et Paul Durand ont annoncé lundi leur départ de la majorité, dénonçant un « manque de dialogue ».
            De gauche à droite : Jean Dupont, Marie Martin et Paul Durand.
            Le maire a pris acte de leur décision et assure que la majorité reste solide jusqu'à la fin du mandat.
            """
        let article = try PlainTextExtractorTests.extract(text)
        #expect(article.paragraphs.count == 2)
        #expect(article.removed.contains { $0.reason == .caption && $0.text.hasPrefix("De gauche à droite") })
    }

    @Test func namesNotSeenElsewhereAreLeftAlone() {
        #expect(!NameListCaption.isNameList("Jean Dupont, Marie Martin", elsewhere: "Le conseil municipal s'est réuni."))
        #expect(!NameListCaption.isNameList("Le maire et ses adjoints", elsewhere: "Le maire et ses adjoints ont voté."))
    }
}
