import Testing

@testable import NewsdeskEntities

/// Brand spellings ("iPod", "eBay") are names; units, symbols and OCR's glued words are not.
@Suite struct CamelCaseNamesTests {
    @Test func brandSpellingsAreNames() {
        for word in ["iPod", "eBay", "iTunes", "iPhones", "iCloud"] {
            #expect(CamelCaseNames.isCamelCase(Substring(word)), "\(word)")
        }
    }

    @Test func unitsSymbolsAndGluedWordsAreNot() {
        for word in ["kWh", "mAh", "pH", "mRNA", "iOS", "deFrance", "laChambre", "Paris", "iphone", "e-Bay"] {
            #expect(!CamelCaseNames.isCamelCase(Substring(word)), "\(word)")
        }
    }

    @Test func aBrandWordOutsideTheTaggersNamesBecomesAProductName() {
        let words = ["Zorvan", "sold", "the", "iQuill", "in", "kWh"]
        let tokens = words.map { NameToken(Substring($0)) }
        let names = CamelCaseNames.names(besides: [EntityLinker.Name(tokens: 0..<1, type: .organization)], tokens: tokens)
        #expect(names.map(\.tokens) == [3..<4] && names.map(\.type) == [.other])
    }
}
