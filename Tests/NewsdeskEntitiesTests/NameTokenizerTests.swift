import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskEntities

/// How names are cut from running text, on lines written for these tests.
@Suite struct NameTokenizerTests {
    static func words(_ text: String) -> [String] { NameTokenizer.words(of: text).map(String.init) }

    @Test func aPossessiveIsCutOffItsName() {
        #expect(Self.words("Valcor's plant") == ["Valcor", "'s", "plant"])
    }

    @Test func aFunctionWordGluedToANameIsCutOff() {
        #expect(Self.words("Genosse Krapka nachWien gereist") == ["Genosse", "Krapka", "nach", "Wien", "gereist"])
        #expect(Self.words("arrivé deLondres hier") == ["arrivé", "de", "Londres", "hier"])
        #expect(Self.words("l'attitude del'Allemagne") == ["l'", "attitude", "del'", "Allemagne"])
        #expect(Self.words("le train àÉpernay") == ["le", "train", "à", "Épernay"])
        #expect(Self.words("Partager cet articleClose") == ["Partager", "cet", "articleClose"])
    }

    @Test func aSentencesFirstWordGluedToANameIsCutOff() {
        #expect(Self.words("la ville de ParisLe fleuriste") == ["la", "ville", "de", "Paris", "Le", "fleuriste"])
        #expect(Self.words("en FranceOn sait que") == ["en", "France", "On", "sait", "que"])
        #expect(Self.words("ÉTRANGERSLONDRESLe marché") == ["ÉTRANGERSLONDRES", "Le", "marché"])
        // Names in camel case whose last part is no sentence's first word stay whole.
        #expect(Self.words("McDonald and DiCaprio on PlayStation") == ["McDonald", "and", "DiCaprio", "on", "PlayStation"])
        #expect(Self.words("YouTube") == ["YouTube"])
    }

    @Test func aNameGluedToFiguresIsCutOff() {
        #expect(Self.words("Russie 676.615Allemagne 547") == ["Russie", "676.615", "Allemagne", "547"])
        #expect(Self.words("le 1er mai, la 5G et l'iPhone 3GS") == ["le", "1er", "mai", ",", "la", "5G", "et", "l'", "iPhone", "3GS"])
    }

    @Test func camelCaseBrandsStayWhole() {
        #expect(Self.words("easyJet and iPhone on YouTube") == ["easyJet", "and", "iPhone", "on", "YouTube"])
        // A function word before two capitals is no glued name ("deOS" is too short a name).
        #expect(Self.words("inOS") == ["inOS"])
    }

    @Test func keysWithoutAccents() {
        #expect(NameKey.withoutAccents("états-unis") == "etats-unis")
        #expect(NameKey.withoutAccents("preußen") == "preussen")
        #expect(NameKey.withoutAccents("wœrth") == "woerth")
        #expect(NameKey.withoutAccents("österreich") == "osterreich")
        #expect(NameKey.withoutAccents("österreich", umlautsAsE: true) == "oesterreich")
        #expect(NameKey.withoutAccents("paris") == nil)
        #expect(NameKey.otherHyphenation("new york") == "new-york")
        #expect(NameKey.otherHyphenation("saint-denis") == "saint denis")
        #expect(NameKey.otherHyphenation("république démocratique du congo") == nil, "more than three words")
        #expect(Gazetteer.variantKeys(ofKey: "états-unis").contains("etats unis"))
        #expect(NameKey.withoutAccents("москва") == nil, "other scripts are left as they are")
    }
}
