import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskEntities

/// The entity stage with the shipped model and gazetteer, on news sentences written for these
/// tests: names found, typed and linked to one identity across spellings and languages,
/// demonyms, roles and acronyms resolved to what they stand for.
@Suite struct EntityStageTests {
    static func layer(_ text: String, language: String) throws -> EntityLayer {
        var builder = ArticleTextBuilder()
        for paragraph in text.split(separator: "\n") { builder.append(String(paragraph), kind: .paragraph) }
        var document = Document(article: Article(id: "t", language: language, text: builder.text, paragraphs: builder.paragraphs))
        try SentenceStage().analyze(document).attach(to: &document)
        return try EntityStage().analyze(document)
    }

    static func mention(_ layer: EntityLayer, _ text: String, kind: Mention.Kind? = nil) -> Mention? {
        layer.mentions.first { $0.text == text && (kind == nil || $0.kind == kind) }
    }

    static let french = """
        Le président russe Vladimir Poutine a reçu mardi à Moscou son homologue biélorusse Alexandre Loukachenko.
        Poutine a ensuite appelé l'Organisation des Nations unies (ONU) à reprendre le dialogue. Le président biélorusse a remercié son hôte.
        """
    static let english = "Russian President Vladimir Putin met his Belarusian counterpart Alexander Lukashenko in Moscow on Tuesday."
    static let german = "Der russische Präsident Wladimir Putin hat am Dienstag in Moskau den belarussischen Machthaber Alexander Lukaschenko empfangen."

    @Test func namesAreFoundTypedAndLinked() throws {
        let layer = try Self.layer(Self.french, language: "fr")
        let putin = try #require(Self.mention(layer, "Vladimir Poutine"))
        #expect(putin.type == .person && putin.kind == .name && putin.entity == "Q7747")
        #expect(Self.mention(layer, "Moscou")?.entity == "Q649")
        #expect(Self.mention(layer, "Moscou")?.type == .place)
        let entity = try #require(layer.entities.first { $0.id == "Q7747" })
        #expect(entity.wikidata == "Q7747" && entity.type == .person)
        // Every resolved mention's entity is listed once.
        let listed = Set(layer.entities.map(\.id))
        #expect(listed.count == layer.entities.count)
        #expect(layer.mentions.compactMap(\.entity).allSatisfy(listed.contains))
    }

    @Test func namesWrittenWithoutTheirAccentsAreKnown() throws {
        // Old and OCR'd newspapers, and headlines in capitals, drop the accents of capitals.
        let layer = try Self.layer("Le ministre est rentré des Etats-Unis et partira pour l'Ecosse.", language: "fr")
        #expect(Self.mention(layer, "Etats-Unis")?.entity == "Q30")
        #expect(Self.mention(layer, "Ecosse")?.entity == "Q22")
        let hyphenated = try Self.layer("Le paquebot est arrivé hier à New-York.", language: "fr")
        #expect(Self.mention(hyphenated, "New-York")?.entity == "Q60")
    }

    @Test func germanWritesPlacesWithoutUmlautsAndInTheGenitive() throws {
        let layer = try Self.layer("Die Regierung Oesterreichs und die Zukunft Deutschlands wurden in Wien besprochen.", language: "de")
        #expect(Self.mention(layer, "Deutschlands")?.entity == "Q183")
        #expect(Self.mention(layer, "Wien")?.entity == "Q1741")
        let plain = try Self.layer("Der Kanzler reiste nach Oesterreich.", language: "de")
        #expect(Self.mention(plain, "Oesterreich")?.entity == "Q40")
    }

    @Test func aPlaceIsItsOwnItemNotAUnitNamedAfterIt() throws {
        // London (Q84) and Greater London (Q23311) are both "London" with populations alike.
        let layer = try Self.layer("The minister flew from London to Paris on Monday.", language: "en")
        #expect(Self.mention(layer, "London")?.entity == "Q84")
    }

    @Test func aRegionsDesignatorMakesTheNameTheRegions() throws {
        // Zürich the city (Q72) alone; the canton (Q11943) after "Kanton", "canton de", "canton of".
        let german = try Self.layer("Die Regierung des Kantons Zürich tagte gestern in Zürich.", language: "de")
        #expect(german.mentions.contains { $0.entity == "Q11943" })
        #expect(german.mentions.contains { $0.entity == "Q72" })
        #expect(!german.mentions.contains { $0.text.hasPrefix("Kanton") && $0.entity != "Q11943" })
        let french = try Self.layer("Le Grand Conseil du canton de Zurich a voté à Zurich.", language: "fr")
        #expect(french.mentions.filter { $0.text == "Zurich" }.compactMap(\.entity) == ["Q11943", "Q72"])
        let english = try Self.layer("The governor of the State of New York spoke in New York on Monday.", language: "en")
        #expect(english.mentions.filter { $0.text.hasSuffix("New York") }.compactMap(\.entity) == ["Q1384", "Q60"])
    }

    /// Sentences, their language and the entity each named mention must link to.
    static let cityCases: [(text: String, language: String, links: [String: String])] = [
        // The dr5hn database gives Lausanne the id of Lauperswil; the city's is Q807. Rome's
        // German name is that of its metropolitan city in the ISO tables.
        ("Der Zug fuhr von Lausanne nach Rom.", "de", ["Lausanne": "Q807", "Rom": "Q220"]),
        // A city's own name is not lost to another name of a country (Tunisia, Grenada).
        ("Le ministre est rentré à Tunis, puis il a visité Granada.", "fr", ["Tunis": "Q3572", "Granada": "Q8810"]),
        // The database lists Copenhagen twice; the city is Q1748, not the municipality Q504125.
        ("Dockers in Copenhagen and Ulan Bator joined the strike.", "en", ["Copenhagen": "Q1748", "Ulan Bator": "Q23430"]),
    ]

    @Test(arguments: cityCases.indices) func aCityIsLinkedToItsOwnItem(_ index: Int) throws {
        let (text, language, links) = Self.cityCases[index]
        let layer = try Self.layer(text, language: language)
        for (name, id) in links { #expect(Self.mention(layer, name)?.entity == id, "\(name)") }
    }

    @Test func commonGermanNounsAreNoOtherNamesOfPlaces() throws {
        // "Mann" (a Manx name of the Isle of Man), "Auto" (of Araba), "Gold" (of Gold Coast).
        let layer = try Self.layer("Der Mann fuhr mit dem Auto nach Kiel, wo er das Gold verkaufte.", language: "de")
        #expect(Self.mention(layer, "Kiel")?.entity == "Q1707")
        for word in ["Mann", "Auto", "Gold"] { #expect(Self.mention(layer, word) == nil, "\(word)") }
    }

    @Test func aNameGluedToTheWordBeforeItIsFound() throws {
        let layer = try Self.layer("Der Minister ist gestern nachWien gereist.", language: "de")
        #expect(Self.mention(layer, "Wien")?.entity == "Q1741")
    }

    @Test func aWeekdayIsNoName() throws {
        // The gazetteer knows a town called Saturday; a day of the week is no place.
        let layer = try Self.layer("The vote was held on Saturday in Springfield. Saturday was calm.", language: "en")
        #expect(Self.mention(layer, "Saturday") == nil)
        let french = try Self.layer("Le vote a eu lieu SAMEDI à Lyon.", language: "fr")
        #expect(Self.mention(french, "SAMEDI") == nil)
    }

    @Test func anAuxiliaryEndsNoPersonsName() throws {
        // OCR'd pages capitalise at random: "Is" is the verb after the name.
        let layer = try Self.layer("The miller is good; Mr. Farley Is\nmighty nice and clever.", language: "en")
        #expect(layer.mentions.contains { $0.text.hasPrefix("Mr. Farley") && $0.type == .person })
        #expect(!layer.mentions.contains { $0.text.hasSuffix("Is") })
        // Other frequent words may end a name.
        let may = try Self.layer("Prime Minister Theresa May met the press on Monday.", language: "en")
        #expect(Self.mention(may, "Theresa May")?.type == .person)
    }

    @Test func aFunctionWordInCapitalsBesideCapitalsIsNoName() throws {
        let layer = try Self.layer("When the polls are open, vote and then LOOK OUT FOR\nTHE REST of the day.", language: "en")
        #expect(Self.mention(layer, "FOR") == nil)
        #expect(Self.mention(layer, "THE") == nil)
    }

    @Test func aTablesLeaderDotsEndNoName() throws {
        let layer = try Self.layer("Recettes des chemins de fer :\nOrléans ...... 985\nMidi ...... 470", language: "fr")
        #expect(Self.mention(layer, "Orléans")?.entity == "Q6548")
    }

    @Test func aNumberOrALetterAloneIsNoName() throws {
        let layer = try Self.layer("Boeing sold 80 of its 787 jets to N. Smith's airline, said C. on Monday.", language: "en")
        #expect(!layer.mentions.contains { ["80", "N.", "C.", "C"].contains($0.text) })
        // A model number repeated after its product is the product.
        let product = try Self.layer("Airbus delivered the first Airbus A380 in 2007. The A380 seats 555.", language: "en")
        #expect(product.mentions.contains { $0.text.hasSuffix("A380") && $0.type == .other })
    }

    @Test func anOrganisationNamedAfterItsCountryHasOneIdHoweverTheCountryIsWritten() throws {
        let short = try Self.layer("The U.S. Air Force ordered new tankers.", language: "en")
        let long = try Self.layer("The United States Air Force ordered new tankers.", language: "en")
        let ids = [short, long].map { layer in layer.mentions.first { $0.text.hasSuffix("Air Force") }?.entity }
        #expect(ids[0] != nil && ids[0] == ids[1], "\(ids)")
    }

    @Test func aSurnameAloneIsThePersonNamedInFull() throws {
        let layer = try Self.layer(Self.french, language: "fr")
        #expect(Self.mention(layer, "Poutine")?.entity == "Q7747")
    }

    @Test func oneIdentityAcrossLanguagesAndSpellings() throws {
        let french = try Self.layer(Self.french, language: "fr")
        let english = try Self.layer(Self.english, language: "en")
        let german = try Self.layer(Self.german, language: "de")
        let lukashenko = [
            Self.mention(french, "Alexandre Loukachenko")?.entity, Self.mention(english, "Alexander Lukashenko")?.entity,
            Self.mention(german, "Alexander Lukaschenko")?.entity,
        ]
        #expect(lukashenko[0] != nil && Set(lukashenko).count == 1, "\(lukashenko)")
        let putin = [Self.mention(english, "Vladimir Putin")?.entity, Self.mention(german, "Wladimir Putin")?.entity]
        #expect(putin == ["Q7747", "Q7747"])
        #expect(Self.mention(german, "Moskau")?.entity == "Q649")
    }

    @Test func demonymsAreAdjectivesOfTheirCountry() throws {
        let french = try Self.layer(Self.french, language: "fr")
        let belarusian = try #require(Self.mention(french, "biélorusse", kind: .adjective))
        #expect(belarusian.entity == "Q184" && belarusian.type == .place)
        let english = try Self.layer(Self.english, language: "en")
        #expect(Self.mention(english, "Belarusian")?.kind == .adjective)
        #expect(Self.mention(english, "Belarusian")?.entity == "Q184")
        let german = try Self.layer(Self.german, language: "de")
        #expect(Self.mention(german, "belarussischen")?.entity == "Q184")
    }

    @Test func rolesDesignateThePerson() throws {
        let french = try Self.layer(Self.french, language: "fr")
        // In apposition to the name, then alone: the country introduced the person earlier.
        #expect(Self.mention(french, "Le président russe", kind: .role)?.entity == "Q7747")
        let later = try #require(Self.mention(french, "Le président biélorusse", kind: .role))
        #expect(later.entity == Self.mention(french, "Alexandre Loukachenko")?.entity)
        #expect(later.type == .person)
        let german = try Self.layer(Self.german, language: "de")
        #expect(Self.mention(german, "Der russische Präsident", kind: .role)?.entity == "Q7747")
    }

    @Test func aRoleInThePluralOrBeforeItsPersonIsNoOne() throws {
        let french = try Self.layer(
            """
            Le dirigeant européen est arrivé en retard. Plus tard, la députée européenne Anne-Sophie Leclercq a parlé.
            Le ministre français Jean Dupraz a répondu. Les ministres français ont suivi.
            """, language: "fr")
        #expect(Self.mention(french, "la députée européenne", kind: .role)?.entity == "nd:name:anne-sophie-leclercq")
        #expect(Self.mention(french, "Le ministre français", kind: .role)?.entity == "nd:name:jean-dupraz")
        // The demonym introduces no one before it; a role in the plural names a group.
        #expect(Self.mention(french, "Le dirigeant européen", kind: .role)?.entity == nil)
        #expect(Self.mention(french, "Les ministres français", kind: .role)?.entity == nil)
    }

    @Test func anAcronymInParenthesesIsTheNameBeforeIt() throws {
        let french = try Self.layer(Self.french, language: "fr")
        let name = try #require(Self.mention(french, "Organisation des Nations unies"))
        #expect(name.entity == "Q1065" && name.type == .organization)
        let acronym = try #require(Self.mention(french, "ONU"))
        #expect(acronym.kind == .acronym && acronym.entity == "Q1065")
    }

    @Test func unknownNamesGetTheSameNewsdeskIdEverywhere() throws {
        let first = try Self.layer("Le maire Jules Fabrecourt a inauguré lundi la nouvelle médiathèque de Lyon.", language: "fr")
        let second = try Self.layer("Mardi, Jules Fabrecourt a démenti les informations du syndicat.", language: "fr")
        // "maire Jules Fabrecourt": French mentions take the role before the name in.
        let ids = [first, second].compactMap { layer in layer.mentions.first { $0.text.hasSuffix("Jules Fabrecourt") }?.entity }
        #expect(ids == ["nd:name:jules-fabrecourt", "nd:name:jules-fabrecourt"])
        let company = try Self.layer("Le groupe Vexoria Dynamics a démenti mardi les informations du syndicat.", language: "fr")
        #expect(Self.mention(company, "Vexoria Dynamics")?.entity == "nd:name:vexoria-dynamics")
    }

    @Test func aCompanysNewsdeskIdLeavesItsLegalFormOut() throws {
        let first = try Self.layer("Vexoria Group said on Monday that sales fell.", language: "en")
        let second = try Self.layer("Shares of Vexoria fell 3 percent on Monday.", language: "en")
        #expect(Self.mention(first, "Vexoria Group")?.entity == "nd:name:vexoria")
        #expect(Self.mention(second, "Vexoria")?.entity == "nd:name:vexoria")
    }

    @Test func namesEndingInAnOrganisationWordAreOrganisations() throws {
        let layer = try Self.layer("Passengers of Qatar Airways and Deutsche Bank clients were stranded in Doha on Monday.", language: "en")
        #expect(Self.mention(layer, "Qatar Airways")?.type == .organization)
        #expect(Self.mention(layer, "Deutsche Bank")?.type == .organization)
        #expect(Self.mention(layer, "Doha")?.type == .place)
    }

    @Test func namesBeginWithTheNameNotAnArticle() throws {
        let layer = try Self.layer("El Airbus aterrizó en Los Angeles el lunes. Los usuarios de Apple esperan el nuevo modelo.", language: "es")
        #expect(Self.mention(layer, "Airbus")?.entity == "Q67")
        #expect(Self.mention(layer, "Los Angeles")?.entity == "Q65", "an article that begins a known name stays")
        #expect(Self.mention(layer, "Apple")?.type == .organization)
        #expect(!layer.mentions.contains { $0.text.hasPrefix("El ") || $0.text.hasPrefix("de ") })
    }

    @Test func aMakerAndAModelNumberAreAProduct() throws {
        let layer = try Self.layer("The Boeing 737-800 and the Airbus A380 landed at Heathrow on Friday.", language: "en")
        #expect(Self.mention(layer, "Boeing 737-800")?.type == .other)
        #expect(Self.mention(layer, "Airbus A380")?.type == .other)
    }

    @Test func aPluralPossessiveEndsTheName() throws {
        let layer = try Self.layer("General Motors' sales fell in March, and Airbus’s order book grew.", language: "en")
        #expect(Self.mention(layer, "General Motors")?.entity == "Q81965")
        #expect(!layer.mentions.contains { $0.text.hasSuffix("'") || $0.text.hasSuffix("’") || $0.text.hasSuffix("’s") })
    }

    @Test func aPossessiveIsNotPartOfTheName() throws {
        let text = "Senator Maria Olvera spoke on Monday. Olvera's aides said the European Union's plan was late. Hillary Clinton’s campaign agreed."
        let layer = try Self.layer(text, language: "en")
        #expect(!layer.mentions.contains { $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s") }, "\(layer.mentions.map(\.text))")
        #expect(Self.mention(layer, "European Union")?.entity == "Q458")
        #expect(Self.mention(layer, "Hillary Clinton")?.entity == "Q6294")
    }

    @Test func aPersonsNameEndsWithTheName() throws {
        let layer = try Self.layer("\"It will work,\" Mr. Obama said. The plan, Mr. Obama said, is ready, and Mr. Trump \u{2014} the nominee \u{2014} agreed.", language: "en")
        #expect(layer.mentions.filter { $0.type == .person && $0.kind == .name }.allSatisfy { $0.text == "Mr. Obama" || $0.text == "Mr. Trump" },
            "\(layer.mentions.map(\.text))")
        #expect(Self.mention(layer, "Mr. Obama")?.entity == "Q76")
    }

    @Test func aLegalFormDoesNotHideAKnownCompany() throws {
        let layer = try Self.layer("General Motors Corporation said on Monday that sales fell.", language: "en")
        #expect(Self.mention(layer, "General Motors Corporation")?.entity == "Q81965")
    }

    @Test func emptyAndNameLessTextsGiveNothing() throws {
        #expect(try Self.layer("", language: "fr").mentions.isEmpty)
        let plain = try Self.layer("les prix ont encore augmenté cette semaine, selon les chiffres publiés hier.", language: "fr")
        #expect(plain.mentions.filter { $0.kind == .name }.isEmpty)
    }

    @Test func personMentionsTakeTheTitleBeforeThem() throws {
        let layer = try Self.layer("M. Girard a rencontré Mme Roussel, M. de Freycinet et M. le général Lamarque à Lyon.", language: "fr")
        let names = layer.mentions.filter { $0.type == .person && $0.kind == .name }.map(\.text)
        #expect(names == ["M. Girard", "Mme Roussel", "M. de Freycinet", "M. le général Lamarque"])
        // The entity keeps its name without the title, and the role is no mention of its own.
        let girard = try #require(Self.mention(layer, "M. Girard"))
        #expect(layer.entities.first { $0.id == girard.entity }?.name == "Girard")
        #expect(!layer.mentions.contains { $0.kind == .role })
        // English honorifics too; a capitalised English role stays a role mention of its own.
        let english = try Self.layer("Mr. Girard met Gen. Lamarque and President Barack Obama in Lyon.", language: "en")
        #expect(english.mentions.filter { $0.type == .person && $0.kind == .name }.map(\.text) == ["Mr. Girard", "Gen. Lamarque", "Barack Obama"])
    }

    @Test func aNameTheTextCapitalisesInsideSentencesIsOneAtTheirStartToo() throws {
        // "Boeing" is frequent in news, so a sentence's first word proves nothing by itself.
        let layer = try Self.layer("Boeing pushes back jet decision\nAnalysts expect Boeing to decide next year.", language: "en")
        #expect(layer.mentions.filter { $0.text == "Boeing" }.count == 2)
    }

    @Test func iAndEBrandWordsAreProductsWithTheirModelOrTheirRest() throws {
        let layer = try Self.layer("Sales of the iPhone 4 rose while iTunes Store revenue fell and iOS 5 shipped.", language: "en")
        let products = layer.mentions.filter { $0.type == .other }.map(\.text)
        #expect(products == ["iPhone 4", "iTunes Store", "iOS 5"])
        // A product's name ends before a date and with its sentence.
        let dated = try Self.layer("Apple opened iTunes June 20 in Europe. The new iPod S. Sales rose.", language: "en")
        #expect(dated.mentions.contains { $0.text == "iTunes" })
        #expect(!dated.mentions.contains { $0.text.contains("June") || $0.text.contains("Sales") })
        // …and with its line: a headline's product is not continued by the dateline's day.
        let headline = try Self.layer("Apple planea vender películas en iTunes\n\n20 de junio de 2006\n\nApple prevé vender películas en iTunes.", language: "es")
        #expect(headline.mentions.filter { $0.text.hasPrefix("iTunes") }.map(\.text) == ["iTunes", "iTunes"])
        #expect(Set(headline.mentions.filter { $0.text == "iTunes" }.compactMap(\.entity)).count == 1)
        // OCR's mixed cases in a common word are no product.
        let ocr = try Self.layer("Le ministre eSt arrivé à Paris.", language: "fr")
        #expect(!ocr.mentions.contains { $0.text == "eSt" })
    }

    @Test func aMakersNameWithAModelNumberIsAProduct() throws {
        let layer = try Self.layer("The Airbus A380 landed next to a Boeing 747 at Heathrow.", language: "en")
        #expect(Self.mention(layer, "Airbus A380")?.type == .other)
        #expect(Self.mention(layer, "Boeing 747")?.type == .other)
    }

    @Test func aCountryCodeOnACurrencySignIsNoPlace() throws {
        let layer = try Self.layer("The deal is worth US$40 billion, or 50 billion US dollars, to the US.", language: "en")
        #expect(layer.mentions.map(\.text) == ["US"])
        #expect(layer.mentions.first?.span.start == 66)
    }

    @Test func aProductsModelNumberAloneIsTheProduct() throws {
        let layer = try Self.layer("The Airbus A380 met the Boeing 747. The A380 and the 747 took 300 orders in 747 days.", language: "en")
        let products = layer.mentions.filter { $0.type == .other }.map(\.text)
        #expect(products == ["Airbus A380", "Boeing 747", "A380", "747"])
        #expect(Self.mention(layer, "A380")?.entity == Self.mention(layer, "Airbus A380")?.entity)
    }

    @Test func aKnownCompanyIsItselfBesideItsProductsAndABrandItsModel() throws {
        let text = "The Airbus A330 MRTT flew on Monday. Airbus said the tanker met every test. The Zentrix 4 sold well, and the Zentrix sold out."
        let layer = try Self.layer(text, language: "en")
        #expect(Self.mention(layer, "Airbus")?.entity == "Q67")
        let model = try #require(Self.mention(layer, "Zentrix 4"))
        #expect(layer.mentions.filter { $0.text == "Zentrix" }.allSatisfy { $0.entity == model.entity })
    }

    @Test func aPlaceIsItselfBesideAPersonNamedAfterIt() throws {
        let layer = try Self.layer(
            "Der frühere Buchhalter Ludwig Frey von Zürich ist gestorben. Er arbeitete zwanzig Jahre bei einer Bank in Zürich.", language: "de")
        let person = try #require(layer.mentions.first { $0.type == .person && $0.text.hasSuffix("von Zürich") })
        let place = try #require(layer.mentions.last { $0.text == "Zürich" })
        #expect(place.type == .place)
        #expect(place.entity != person.entity)
        #expect(layer.entities.first { $0.id == place.entity }?.wikidata != nil)
        // A given name and a surname that is a place's name: the surname alone is the person.
        let player = try Self.layer("Basketball star Michael Jordan opened a school on Friday. Jordan thanked the teachers.", language: "en")
        #expect(player.mentions.last { $0.text == "Jordan" }?.entity == Self.mention(player, "Michael Jordan")?.entity)
    }

    @Test func aCompanyIsItselfBesideAPersonsNameTheTaggerRanItInto() throws {
        let layer = try Self.layer(
            "Ford will close the River Rouge Plant of Dearborn, Michigan Ford's stock fell 17 cents. Ford is the third-largest automaker.", language: "en")
        let companies = layer.mentions.filter { $0.text == "Ford" }
        #expect(companies.count == 2)
        #expect(companies.allSatisfy { $0.type == .organization && $0.entity?.contains("michigan") == false })
    }

    @Test func aListedCompanyWithItsTradeAfterItIsTheCompany() throws {
        let layer = try Self.layer("Apple Computer unveiled a laptop on Tuesday, and Singapore Airlines ordered jets.", language: "en")
        #expect(Self.mention(layer, "Apple Computer")?.entity == "Q312")
        #expect(Self.mention(layer, "Singapore Airlines").map { $0.entity != "Q334" && $0.type == .organization } == true)
    }

    @Test func aCompanyRunIntoAPersonsNameIsTheCompanyAndThePerson() throws {
        let layer = try Self.layer("L'amministratore delegato di Chrysler Robert Nardelli ha parlato lunedì a Detroit.", language: "it")
        #expect(Self.mention(layer, "Chrysler")?.type == .organization)
        #expect(Self.mention(layer, "Robert Nardelli")?.type == .person)
    }

    @Test func aNewsAgencyRunIntoAPersonsNameIsTheAgencyAndThePerson() throws {
        let text = "« Ce niveau d'activité n'est pas soutenable », a déclaré à l'AFP Thierry Rouvière, directeur général du groupe."
        let layer = try Self.layer(text, language: "fr")
        #expect(Self.mention(layer, "AFP")?.entity == "Q40464")
        #expect(Self.mention(layer, "Thierry Rouvière")?.type == .person)
    }

    @Test func aRegionsOtherNameThatIsACommonWordIsNoNameAtASentencesStart() throws {
        let layer = try Self.layer("Roughly 80% of the terminals were idle on Tuesday. France sent ships.", language: "en")
        #expect(layer.mentions.map(\.text) == ["France"])
        let quoted = try Self.layer("\"Roughly 80% of the terminals are idle,\" a union official said.", language: "en")
        #expect(quoted.mentions.isEmpty, "\(quoted.mentions.map(\.text))")
    }

    @Test func aFrequentGermanNounAloneIsNoName() throws {
        let text = "Das Haus in Leipzig braucht mehr Energie, sagte Sabine Krüger am Montag. Krüger will bauen."
        let layer = try Self.layer(text, language: "de")
        #expect(!layer.mentions.contains { $0.text == "Haus" || $0.text == "Energie" }, "\(layer.mentions.map(\.text))")
        #expect(Self.mention(layer, "Leipzig")?.entity == "Q2079")
        #expect(Self.mention(layer, "Krüger")?.entity == Self.mention(layer, "Sabine Krüger")?.entity)
    }

    @Test func seasRiversAndMountainsAreKnownPlaces() throws {
        let german = try Self.layer("Der Windpark in der Nordsee liefert Strom bis an den Rhein und in die Alpen.", language: "de")
        #expect(Self.mention(german, "Nordsee")?.entity == "Q1693")
        #expect(Self.mention(german, "Rhein")?.entity == "Q584")
        let french = try Self.layer("Le cargo a traversé la mer du Nord puis le Danube.", language: "fr")
        #expect(french.mentions.contains { $0.entity == "Q1693" } && Self.mention(french, "Danube")?.entity == "Q1653")
    }

    @Test func anAcronymSpellsEveryWordOfItsName() throws {
        let layer = try Self.layer("The United States Air Force chose a tanker on Friday. USAF officers said the choice was final.", language: "en")
        let acronym = try #require(Self.mention(layer, "USAF"))
        #expect(acronym.entity == Self.mention(layer, "United States Air Force")?.entity)
    }

    @Test func anEnglishOrganisationNamedAfterAPlaceIsOneName() throws {
        let layer = try Self.layer("China Eastern Airlines and the United States Air Force chose AirTran Airways, said Steve Jobs.", language: "en")
        let organizations = layer.mentions.filter { $0.type == .organization }.map(\.text)
        #expect(organizations == ["China Eastern Airlines", "United States Air Force", "AirTran Airways"])
        #expect(Self.mention(layer, "Steve Jobs")?.type == .person)
    }

    @Test func aShortFunctionWordIsNoNameWhateverCodeItMatches() throws {
        // "If", "No", "For" are also regions' codes ("IF", "NO", "FOR") in the gazetteer.
        let layer = try Self.layer("If South Carolina secedes, No one knows. For instance, Theresa May won and May said so. The US agreed.", language: "en")
        #expect(layer.mentions.map(\.text) == ["South Carolina", "Theresa May", "May", "US"])
        // In a line of capitals, capitals prove nothing.
        let caps = try Self.layer("TRANSLATED FOR THE GAZETTE OF THE NATION\nThe paper was read in Paris.", language: "en")
        #expect(!caps.mentions.contains { $0.text == "FOR" })
    }
}

