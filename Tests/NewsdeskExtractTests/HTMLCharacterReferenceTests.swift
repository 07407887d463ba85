import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Character references, decoded by one decoder wherever a page carries them: text, attribute
/// values, JSON-LD strings and meta content.
@Suite struct HTMLCharacterReferenceTests {
    /// The tree inside `<body>` for `html`, written as HTMLParserRepairTests writes trees.
    static func text(_ html: String) -> String {
        HTMLParserRepairTests.body(html)
    }

    /// The `title` attribute of the page's first `<abbr>`, written `<abbr title="value">`.
    static func attribute(_ value: String) -> String? {
        let document = HTMLParserRepairTests.parse("<body><abbr title=\"\(value)\">x</abbr>")
        guard let abbr = document.nodes.firstIndex(where: { $0.tag == .abbr }) else { return nil }
        return document.attribute(abbr, .title)
    }

    // MARK: - Text

    @Test func namedReferencesInText() {
        #expect(Self.text("<p>&Oslash;stergaard &aelig;&oslash;&aring; &Scaron;&oelig;") == "p(\"Østergaard æøå Šœ\")")
        #expect(Self.text("<p>&thetasym;&alefsym;&lArr;&hearts;&apos;") == "p(\"ϑℵ⇐♥'\")")
        // HTML5's code points for the angle brackets, and its capital spellings.
        #expect(Self.text("<p>&lang;x&rang; &AMP;&COPY;&REG;&LT;&GT;&QUOT;") == "p(\"\u{27E8}x\u{27E9} &©®<>\"\")")
        // HTML5's names past HTML 4's: the longest, one for a pair of code points, and one that
        // starts with a legacy name.
        #expect(Self.text("<p>&CounterClockwiseContourIntegral;&NotEqualTilde;&copysr;&frac38;") == "p(\"∳\u{2242}\u{338}℗⅜\")")
        // Names are case-sensitive: there is no `&EACUTE;`.
        #expect(Self.text("<p>&Eacute;&EACUTE;") == "p(\"É&EACUTE;\")")
    }

    @Test func legacyNamesNeedNoSemicolonInText() {
        #expect(Self.text("<p>caf&eacute &copy 2024 &amp more") == "p(\"café © 2024 & more\")")
        // The longest legacy name the letters start with, as browsers read `&notit;`.
        #expect(Self.text("<p>&notit; &notin; &copy=2 &amp") == "p(\"¬it; ∉ ©=2 &\")")
        // Other names keep their semicolon; unknown ones stay as written.
        #expect(Self.text("<p>&mdash x &hellip &bogus; &") == "p(\"&mdash x &hellip &bogus; &\")")
    }

    @Test func numericReferences() {
        #expect(Self.text("<p>&#216;&#xD8;&#XD8;&#x1F600;&#248") == "p(\"ØØØ😀ø\")")
        // Windows-1252 for 0x80–0x9F as browsers read them; its five holes stay C1 controls.
        #expect(Self.text("<p>&#128;&#x92;&#133;&#x81;") == "p(\"€’…\u{81}\")")
        // NUL, surrogates and values past Unicode are U+FFFD.
        #expect(Self.text("<p>&#0;&#xD800;&#x110000;&#4294967296;") == "p(\"\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\")")
        // Without digits there is no reference.
        #expect(Self.text("<p>&#; &#x; &#xG") == "p(\"&#; &#x; &#xG\")")
    }

    // MARK: - Attributes

    @Test func referencesInAttributes() {
        #expect(Self.attribute("Zo&eacute; &Oslash;stergaard") == "Zoé Østergaard")
        #expect(Self.attribute("&#8220;Kort&#x201D; &amp; godt &#150;") == "“Kort” & godt –")
        #expect(Self.attribute("&copy 2024, &copy;2024") == "© 2024, ©2024")
    }

    @Test func legacyNameBeforeEqualsOrAlphanumericStaysInAttributes() {
        #expect(Self.attribute("/s?q=1&copy=2&reg=3") == "/s?q=1&copy=2&reg=3")
        #expect(Self.attribute("/s?a=1&copyright=x&notin=y&amp2") == "/s?a=1&copyright=x&notin=y&amp2")
        // With its semicolon, or before anything else, the name is decoded; numbers always are.
        #expect(Self.attribute("/s?a&copy;=2&amp-&#233x") == "/s?a©=2&-éx")
        #expect(Self.attribute("&amp") == "&")
    }

    // MARK: - Structured data

    @Test func structuredDataStringsUseTheSameDecoder() {
        #expect(HTMLEntities.decode("Zo&eacute; &Oslash;stergaard") == "Zoé Østergaard")
        #expect(HTMLEntities.decode("a &amp; b &#38; c &unknown; d & e") == "a & b & c &unknown; d & e")
        #expect(HTMLEntities.decode("https://example.org/?id=7&copy=2&lang=da") == "https://example.org/?id=7&copy=2&lang=da")
        #expect(HTMLEntities.decode("no references here") == "no references here")
    }

    @Test func jsonLDAuthorWithNamedReferences() throws {
        let page = """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <title>Havnebadet i Vejle &aring;bner igen efter reparation</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Havnebadet i Vejle &aring;bner igen efter reparation",
             "datePublished": "2024-06-14T08:30:00+02:00",
             "author": {"@type": "Person", "name": "Zo&eacute; &Oslash;stergaard"}}
            </script>
            </head>
            <body>
            <article>
            <h1>Havnebadet i Vejle &aring;bner igen efter reparation</h1>
            <p>Havnebadet i Vejle åbner lørdag igen for badegæster, efter at kommunen i foråret har udskiftet
            de rådne planker på badebroen og sat nye stiger op ved springvandet.</p>
            <p>Reparationen har kostet omkring 1,2 millioner kroner og blev forsinket af en lang og kold vinter,
            oplyser kommunens afdeling for teknik og miljø i en pressemeddelelse fredag.</p>
            <p>Livreddere vil være på plads hver dag fra klokken ti til klokken atten i hele sommerferien, og
            vandkvaliteten bliver målt to gange om ugen, lyder det fra kommunen.</p>
            </article>
            </body>
            </html>
            """
        let article = try HTMLFixtures.article(page)
        #expect(article.authors == ["Zoé Østergaard"])
        #expect(article.title == "Havnebadet i Vejle åbner igen efter reparation")
    }

    @Test func jsonLDArticleBodyFallbackIsDecoded() throws {
        let body = [
            "Vejle Kommune har i dag gen&aring;bnet havnebadet efter en reparation, der varede hele for&aring;ret og kostede mere end ventet.",
            "&#8220;Vi er glade for at kunne byde badeg&aelig;sterne velkommen igen&#8221;, siger formanden for teknik &amp; milj&oslash;.",
            "Badebroen har f&aring;et nye planker og stiger, og livreddere vil v&aelig;re p&aring; plads hver dag i hele sommerferien fra klokken ti.",
            "Vandkvaliteten bliver m&aring;lt to gange om ugen, og resultaterne bliver l&oslash;bende lagt ud p&aring; kommunens hjemmeside.",
        ].joined(separator: "\\n")
        let page = HTMLFixtures.page(
            head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"\(body)\"}</script>",
            body: "<article><h1>Havnebadet er &aring;bent igen</h1><p>Badebroen er repareret.</p></article>", lang: "da")
        let text = try HTMLFixtures.article(page).text
        #expect(text.contains("“Vi er glade for at kunne byde badegæsterne velkommen igen”, siger formanden for teknik & miljø."))
        #expect(text.hasPrefix("Vejle Kommune har i dag genåbnet havnebadet"))
    }

    @Test func metaContentWithNamedReferences() throws {
        let head = "<meta name=\"author\" content=\"Zo&eacute; &Oslash;stergaard\">"
            + "<meta name=\"description\" content=\"Kommunen &oslash;nsker &laquo;flere&raquo; badeg&aelig;ster.\">"
        let body = "<article><h1>Council approves transport plan</h1><div class=\"story\">"
            + HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"
        let article = try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body))
        #expect(article.authors == ["Zoé Østergaard"])
        #expect(article.description == "Kommunen ønsker «flere» badegæster.")
    }
}
