import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Plain text in scripts written without spaces reads as prose: its sentences end in 。, and a
/// line of them holds many words without a space between.
@Suite struct PlainTextCJKTests {
    @Test func aJapaneseArticleHasATitleAndABody() throws {
        let article = try PlainTextExtractorTests.extract("""
            特許庁、改正法の運用指針を公表

            政府は改正商標法の施行に向けて準備を進めており、特許庁は来月にも新たな審査基準を示す方針だ。

            児童虐待の相談件数は昨年度、過去最多となったと厚生労働省が発表した。
            """)
        #expect(article.title == "特許庁、改正法の運用指針を公表")
        #expect(article.text.hasPrefix("政府は改正商標法の施行"))
        #expect(article.paragraphs.count == 2)
    }

    @Test(arguments: [("国务院总理在北京主持召开常务会议。", 8, true), ("「そうだ。」", 1, true), ("東京 大阪", 2, false)])
    func wordsAndSentenceEnds(example: (text: String, words: Int, endsSentence: Bool)) {
        let line = TextLine(example.text)
        #expect(line.wordCount == example.words)
        #expect(line.endsSentence == example.endsSentence)
    }
}
