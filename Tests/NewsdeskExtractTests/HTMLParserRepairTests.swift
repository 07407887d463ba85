import Testing
@testable import NewsdeskExtract

/// The native parser's repair rules, one small page each. A tree is written as
/// `tag(children)`, text as `"text"`; unknown elements show as `unknown`, custom ones as `custom`.
@Suite struct HTMLParserRepairTests {
    static func parse(_ html: String) -> HTMLDocument {
        let builder = HTMLTreeBuilder(maxDepth: 256)
        NativeHTMLParser().parse(html, into: builder)
        return builder.finish()
    }

    static func tree(_ html: String) -> String {
        render(parse(html), 0)
    }

    /// The tree inside `<body>`, for markup that follows `<body>`.
    static func body(_ html: String) -> String {
        let document = parse("<body>" + html)
        guard let body = document.nodes.firstIndex(where: { $0.tag == .body }) else { return "no body: " + render(document, 0) }
        return children(document, body)
    }

    static func render(_ document: HTMLDocument, _ index: Int) -> String {
        let node = document.nodes[index]
        if node.tag == .text { return "\"" + String(decoding: document.bytes[document.textBytes(index)], as: UTF8.self) + "\"" }
        let inner = children(document, index)
        return node.tag == .document ? inner : "\(node.tag.name)(\(inner))"
    }

    static func children(_ document: HTMLDocument, _ index: Int) -> String {
        var result = ""
        var child = index + 1
        while child < Int(document.nodes[index].end) {
            result += render(document, child)
            child = Int(document.nodes[child].end)
        }
        return result
    }

    @Test func htmlHeadAndBodyAreImplied() {
        #expect(Self.tree("<p>Hello") == "html(body(p(\"Hello\")))")
        #expect(Self.tree("  \n<title>T</title><meta charset=utf-8><p>x") == "html(head(title(\"T\")meta())body(p(\"x\")))")
        #expect(Self.tree("Hello <b>x</b>") == "html(body(\"Hello \"b(\"x\")))")
        #expect(Self.tree("<html lang=fr><head></head><body class=story>x</body></html>") == "html(head()body(\"x\"))")
        let document = Self.parse("<html lang=fr><body class=story><body class=second>x")
        let body = document.nodes.firstIndex { $0.tag == .body } ?? 0
        #expect(document.attribute(1, .lang) == "fr")
        #expect(document.attribute(body, .class) == "story")
    }

    @Test func contentAfterTheBodyEndsStaysInTheBody() {
        #expect(Self.body("<p>a</p></body></html><p>b") == "p(\"a\")p(\"b\")")
    }

    @Test func blockStartTagsCloseAnOpenParagraph() {
        #expect(Self.body("<p>one<div>two</div>") == "p(\"one\")div(\"two\")")
        #expect(Self.body("<p>a<p>b") == "p(\"a\")p(\"b\")")
        #expect(Self.body("<p><b>a<ul><li>b</ul>") == "p(b(\"a\"))ul(li(\"b\"))")
        // Inline elements do not.
        #expect(Self.body("<p>a<span>b</span>c") == "p(\"a\"span(\"b\")\"c\")")
    }

    @Test func listItemsAndDefinitionsCloseThePreviousOne() {
        #expect(Self.body("<ul><li>a<li>b</ul>") == "ul(li(\"a\")li(\"b\"))")
        #expect(Self.body("<ul><li>a<ul><li>b</ul><li>c</ul>") == "ul(li(\"a\"ul(li(\"b\")))li(\"c\"))")
        #expect(Self.body("<ul><li><div>a<li>b</ul>") == "ul(li(div(\"a\"))li(\"b\"))")
        #expect(Self.body("<dl><dt>a<dd>b<dt>c</dl>") == "dl(dt(\"a\")dd(\"b\")dt(\"c\"))")
    }

    @Test func tableCellsRowsAndGroupsCloseTheOpenOne() {
        #expect(Self.body("<table><tr><td>a<td>b<tr><td>c</table>") == "table(tr(td(\"a\")td(\"b\"))tr(td(\"c\")))")
        #expect(Self.body("<table><thead><tr><th>h<tbody><tr><td>d</table>") == "table(thead(tr(th(\"h\")))tbody(tr(td(\"d\"))))")
        // A cell of an inner table does not close the outer cell.
        #expect(
            Self.body("<table><tr><td><table><tr><td>x</table>y<td>z</table>")
                == "table(tr(td(table(tr(td(\"x\")))\"y\")td(\"z\")))")
    }

    @Test func optionsAndHeadingsAutoClose() {
        #expect(Self.body("<select><option>a<option>b</select>") == "select(option(\"a\")option(\"b\"))")
        #expect(Self.body("<h1>a<h2>b") == "h1(\"a\")h2(\"b\")")
        #expect(Self.body("<h1>a</h3>b") == "h1(\"a\")\"b\"")
    }

    @Test func voidAndSelfClosingElementsHaveNoContent() {
        #expect(Self.body("<p>a<br>b<img src=x>c<hr>d") == "p(\"a\"br()\"b\"img()\"c\")hr()\"d\"")
        #expect(Self.body("<div/>x<span/>y") == "div()\"x\"span()\"y\"")
        #expect(Self.body("a<param name=x>b") == "\"a\"unknown()\"b\"")
    }

    @Test func rawTextElementsAreNotParsedAsMarkup() {
        #expect(Self.body("<script>if (a<b) document.write(\"<p>\")</script><p>x") == "script()p(\"x\")")
        #expect(Self.body("<style>p > a { color: red }</style>x") == "style()\"x\"")
        #expect(Self.body("<script type=\"text/javascript\"/>var a = \"<p>\";</script>x") == "script()\"x\"")
        #expect(Self.body("<script>a</SCRIPT >x") == "script()\"x\"")
        #expect(Self.body("<textarea><b>x</b> &amp; y</textarea>z") == "textarea(\"<b>x</b> & y\")\"z\"")
        #expect(Self.tree("<title>A &amp; <b>B</b></title>") == "html(head(title(\"A & <b>B</b>\")))")
        // Without an end tag, a textarea is empty rather than the rest of the page.
        #expect(Self.body("<textarea>a<p>b") == "textarea()\"a\"p(\"b\")")
    }

    @Test func jsonLDScriptsAreKept() {
        let document = Self.parse(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                + "<script>{\"@context\":\"https://schema.org\",\"@type\":\"Person\"}</script><script>var x = 1</script>")
        #expect(document.jsonLD.map { String(decoding: $0, as: UTF8.self) } == [
            "{\"@type\":\"NewsArticle\"}", "{\"@context\":\"https://schema.org\",\"@type\":\"Person\"}",
        ])
    }

    @Test func anotherParserReportsJSONLDThroughTheBuilder() {
        struct ScriptOnly: HTMLParsing {
            func parse(_ html: UnsafeBufferPointer<UInt8>, into builder: HTMLTreeBuilder) {
                builder.jsonLD(html)
            }
        }
        let builder = HTMLTreeBuilder(maxDepth: 8)
        ScriptOnly().parse("{\"@type\":\"NewsArticle\"}", into: builder)
        #expect(builder.finish().jsonLD == [Array("{\"@type\":\"NewsArticle\"}".utf8)])
    }

    @Test func characterReferencesAreDecoded() {
        #expect(Self.body("<p>&amp;&lt;&gt;&quot;&eacute;&#233;&#xE9;&#XE9&mdash;&hellip;&Omega;") == "p(\"&<>\"éééé—…Ω\")")
        // Windows-1252 numbers, NUL and out-of-range values, as browsers read them.
        #expect(Self.body("<p>&#150;&#147;x&#148;&#0;&#99999999;") == "p(\"–“x”\u{FFFD}\u{FFFD}\")")
        // HTML5's legacy names need no semicolon in text, others do; unknown ones stay as written.
        #expect(Self.body("<p>a&copy=2&bogus;&amp") == "p(\"a©=2&bogus;&\")")
        #expect(Self.body("<p>&nbsp;x") == "p(\"\u{A0}x\")")
    }

    @Test func theEntityTableHasEveryLatin1Name() {
        #expect(Self.body("<p>&nbsp;&iexcl;&yuml;&thorn;&szlig;&Agrave;") == "p(\"\u{A0}¡ÿþßÀ\")")
        #expect(Self.body("<p>&alpha;&sigmaf;&omega;&Sigma;&euro;&trade;&diams;") == "p(\"αςωΣ€™♦\")")
    }

    @Test func commentsDoctypesAndDeclarationsAreSkipped() {
        #expect(
            Self.tree("<!DOCTYPE html><!-- <p>no --><p>a<![CDATA[x]]>b<?php echo ?>c<! bogus>d</>e<!-->f<!--->g</ x>h")
                == "html(body(p(\"abcdefgh\")))")
        #expect(Self.body("<p>a<!-- unclosed <p>b") == "p(\"a\")")
    }

    @Test func attributesQuotedUnquotedAndRepeated() {
        let document = Self.parse("<div class=a id='b' CLASS=\"c\" data-x=y>x</div><abbr title=\"1 > 2\">t</abbr><link href=\"/x?a=1&amp;b=2\">")
        let div = document.nodes.firstIndex { $0.tag == .div } ?? 0
        let abbr = document.nodes.firstIndex { $0.tag == .abbr } ?? 0
        let link = document.nodes.firstIndex { $0.tag == .link } ?? 0
        #expect(document.attribute(div, .class) == "a")
        #expect(document.attribute(abbr, .title) == "1 > 2")
        #expect(document.attribute(link, .href) == "/x?a=1&b=2")
        #expect(Self.body("<div hidden>x</div><p/ class=z>y") == "div(\"x\")p(\"y\")")
    }

    @Test func strayEndTags() {
        // </p> without a paragraph makes an empty one; </br> is a line break.
        #expect(Self.body("<div>a</p>b</div>") == "div(\"a\"p()\"b\")")
        #expect(Self.body("a</br>b") == "\"a\"br()\"b\"")
        // An end tag with nothing to close is ignored.
        #expect(Self.body("a</span></div>b") == "\"ab\"")
    }

    @Test func endTagsCloseOnlyWithinTheirScope() {
        #expect(Self.body("<div><span>a</div>b") == "div(span(\"a\"))\"b\"")
        #expect(Self.body("<div>a<table><tr><td></div>b</table>") == "div(\"a\"table(tr(td(\"b\"))))")
        // An inline end tag does not cross a block.
        #expect(Self.body("<b>a<div>c</b>d</div>") == "b(\"a\"div(\"cd\"))")
        #expect(Self.body("<my-card><p>x</my-card>y") == "custom(p(\"xy\"))")
        #expect(Self.body("<foo><bar>x</foo>y") == "unknown(unknown(\"x\"))\"y\"")
    }

    @Test func aLinkInsideALinkEndsTheFirst() {
        #expect(Self.body("<a href=1>one<a href=2>two") == "a(\"one\")a(\"two\")")
        #expect(Self.body("<a href=1><div><a href=2>two</a></div></a>") == "a(div(a(\"two\")))")
    }

    @Test func aLoneLessThanSignIsText() {
        #expect(Self.body("<p>a < b and 3<4 <") == "p(\"a < b and 3<4 <\")")
    }

    @Test func aTagCutOffByTheEndIsDropped() {
        #expect(Self.body("<p>a<div class=\"x") == "p(\"a\")")
        #expect(Self.body("<p>a</di") == "p(\"a\")")
    }

    @Test func nulBytesAreDropped() {
        #expect(Self.body("<p>a\u{0}b") == "p(\"ab\")")
    }

    @Test(arguments: [
        "", "a", "Hello, world", "Eight by,", "A longer sentence, with commas, spaces\tand\nnew lines, all ASCII.",
        "Déjà vu, encore\u{A0}une fois, 日本語、中文，عربي، and ASCII after, the multi-byte ones.",
        String(repeating: "ab, cd\u{A0}é ", count: 20),
    ])
    func textIsMeasuredInCharactersAndCommas(text: String) {
        var expectedChars = 0
        var expectedCommas = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 ? scalar.value > 0x20 : scalar.value != 0xA0 { expectedChars += 1 }
            if [0x2C, 0xFF0C, 0x3001, 0x60C].contains(scalar.value) { expectedCommas += 1 }
        }
        var text = text
        let (chars, commas) = text.withUTF8 { HTMLTreeState.measure($0) }
        #expect(chars == expectedChars)
        #expect(commas == expectedCommas)
    }

    @Test func hostileNestingStaysLinear() {
        // Every start tag below asks "is a <p>, <li> or <a> open in scope?" with tens of
        // thousands of elements open: answered from the stack's links, not by walking it.
        let html = "<p><table>" + String(repeating: "<span>", count: 50_000) + String(repeating: "<div><li>x</b></i>", count: 50_000)
        let clock = ContinuousClock()
        var document = HTMLDocument()
        let elapsed = clock.measure { document = Self.parse(html) }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(document.totalChars == 50_000)
    }

    @Test func unclosedRawTextElementsStayLinear() {
        // Each <title> and <textarea> looks for its end tag once, not once per element.
        let html = String(repeating: "<title>t<textarea>x", count: 100_000)
        let clock = ContinuousClock()
        var document = HTMLDocument()
        let elapsed = clock.measure { document = Self.parse(html) }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(document.totalChars == 200_000)
    }
}
