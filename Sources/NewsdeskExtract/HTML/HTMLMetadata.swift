import Foundation
import NewsdeskCore
import NewsdeskText

/// What a page says about itself: `<title>`, meta tags, JSON-LD, `<html lang>`, links,
/// headings, itemprops and `<time>` elements, gathered in one pass over the tree.
struct HTMLMetadata {
    var titleTag: String?
    var ogTitle: String?
    var twitterTitle: String?
    var h1s: [String] = []
    var h1Nodes: [Int] = []
    /// Headlines without the kicker their heading opens with, by heading node.
    var headlinesWithoutKicker: [Int: String] = [:]
    /// h1 headings that are the site's masthead (its name linking to its front page).
    var mastheadH1Nodes: Set<Int> = []
    /// h1 headings dropped with their part of the page (a header kept out as layout), for
    /// finding the headline the byline and dateline sit by.
    var droppedH1s: [(node: Int, text: String)] = []
    /// The first few h2 and h3 headings, for pages whose h1 is the site's name.
    var subheadings: [String] = []
    var subheadingNodes: [Int] = []
    /// The first few h4 to h6 headings, where the title may be shown when no higher heading shows it.
    var minorHeadings: [(node: Int, text: String)] = []
    var jsonLD = JSONLDArticle()

    var metaAuthors: [String] = []
    var articleAuthors: [String] = []
    var relAuthors: [String] = []
    var itempropAuthors: [String] = []
    /// rel=author and itemprop=author texts found only in teaser cards (a heading that links to
    /// another article above the byline): other articles' authors when the page names its own.
    var teaserCardAuthors: Set<String> { cardAuthorTexts.subtracting(ownAuthorTexts) }
    private var cardAuthorTexts: Set<String> = []
    private var ownAuthorTexts: Set<String> = []
    var bylineTexts: [String] = []
    /// `twitter:dataN` values whose `twitter:labelN` says "Written by" (WordPress SEO plugins).
    var labelledAuthors: [String] = []
    /// rel=author and itemprop=author names in dropped parts of the page (a meta bar, a
    /// footer), comment threads excepted: weaker evidence, used after visible bylines.
    var authorsInDroppedParts: [String] = []
    /// Short texts of byline-classed elements in dropped parts (an author box under the
    /// article, a meta bar kept out as layout); navigation, teasers and comments excepted.
    var droppedBylineTexts: [String] = []
    private var twitterLabels: [String: String] = [:]
    private var twitterData: [String: String] = [:]

    /// Date candidates with their priority (lower is better).
    var dates: [(priority: Int, value: String)] = []
    /// Last-update candidates (article:modified_time, og:updated_time, itemprop=dateModified).
    var modifiedDates: [(priority: Int, value: String)] = []
    /// `<time datetime>` values with the node they are on; `updated` when labelled an update.
    var times: [(node: Int, value: String, updated: Bool)] = []
    /// Texts (or title/datetime attributes) of date-like elements, with their node.
    var dateTexts: [(node: Int, value: String)] = []

    var metaDescription: String?
    var ogDescription: String?
    var twitterDescription: String?

    var canonical: String?
    var ogURL: String?
    var siteName: String?
    var applicationName: String?
    var htmlLang: String?
    var contentLanguage: String?
    var ogLocale: String?

    init(document: HTMLDocument, finder: HTMLContentFinder, limits: Limits = Limits()) {
        let nodes = document.nodes
        var index = 1
        var bylineEnd = 0
        while index < nodes.count {
            let node = nodes[index]
            defer { index += 1 }
            guard node.tag != .text else { continue }
            switch node.tag {
            case .html:
                if htmlLang == nil { htmlLang = document.attribute(index, .lang) }
            case .meta:
                readMeta(document, index)
            case .title:
                if titleTag == nil { titleTag = HTMLText.gather(document, finder: nil, index, limit: 600) }
            case .link:
                if let rel = document.attribute(index, .rel)?.lowercased() {
                    let words = rel.split(separator: " ")
                    if words.contains("canonical"), canonical == nil { canonical = document.attribute(index, .href) }
                }
            case .h1:
                if h1s.count < 5, !hardDropped(finder, index) {
                    let text = HTMLText.gather(document, finder: finder, index, limit: 600)
                    if !text.isEmpty {
                        h1s.append(text)
                        h1Nodes.append(index)
                        headlinesWithoutKicker[index] = HeadingKicker.headline(document, finder: finder, heading: index)
                        if MastheadHeading.isMasthead(document, heading: index, text: text) { mastheadH1Nodes.insert(index) }
                        break
                    }
                }
                if droppedH1s.count < 3 {
                    let text = HTMLText.gather(document, finder: nil, index, limit: 600)
                    if !text.isEmpty { droppedH1s.append((index, text)) }
                }
            case .h2, .h3:
                if subheadings.count < 8, !hardDropped(finder, index) {
                    let text = HTMLText.gather(document, finder: finder, index, limit: 600)
                    if !text.isEmpty {
                        subheadings.append(text)
                        subheadingNodes.append(index)
                        headlinesWithoutKicker[index] = HeadingKicker.headline(document, finder: finder, heading: index)
                    }
                }
            case .h4, .h5, .h6:
                // Small sites set the headline as a lower heading.
                if minorHeadings.count < 8, !hardDropped(finder, index) {
                    let text = HTMLText.gather(document, finder: finder, index, limit: 600)
                    if !text.isEmpty { minorHeadings.append((index, text)) }
                }
            case .time:
                // A `<time>` without a machine-readable value still prints the date ("<time>5. Mai 2022</time>").
                // A comment's time dates the comment.
                if times.count < 20, !Self.inComments(document, index), let value = document.attribute(index, .datetime) ?? (document.attributeRange(index, .content) != nil ? document.attribute(index, .content) : nil)
                    ?? Self.nonEmpty(HTMLText.gather(document, finder: nil, index, limit: 100))
                {
                    times.append((index, value, UpdateLabel.isUpdate(document, index)))
                }
            case .script, .style:
                break
            default:
                break
            }
            if node.tag == .a, relAuthors.count < 6, document.attributeEquals(index, .rel, "author"), !Self.inComments(document, index) {
                let text = HTMLText.gather(document, finder: nil, index, limit: 200)
                if hardDropped(finder, index) {
                    if !text.isEmpty { authorsInDroppedParts.append(text) }
                } else if !text.isEmpty {
                    relAuthors.append(text)
                    noteCard(document, index, text)
                }
            }
            if node.count > 0, node.tag != .meta, let itemprop = document.attribute(index, .itemprop)?.lowercased() {
                readItemprop(document, finder, index, itemprop)
            }
            if node.count > 0, node.tag != .meta, let property = document.attribute(index, .property)?.lowercased() {
                readProperty(document, index, property)
            }
            if node.flags.contains(.date), dateTexts.count < 12, node.tag != .meta, node.tag != .time, !hardDropped(finder, index) {
                let value = document.attribute(index, .datetime) ?? document.attribute(index, .content)
                    ?? (node.tag == .abbr ? document.attribute(index, .title) : nil)
                    ?? Self.printedDate(document, finder, index)
                if !value.isEmpty { dateTexts.append((index, value)) }
            }
            if node.flags.contains(.byline), Self.inTeaserLink(document, index) {
                bylineEnd = max(bylineEnd, Int(node.end))  // a teaser card's author names another article's
            } else if node.flags.contains(.byline), index >= bylineEnd, bylineTexts.count < 4, node.tag != .meta, !hardDropped(finder, index) {
                let text = HTMLText.gather(document, finder: finder, index, limit: 300)
                if !text.isEmpty && text.count < 200 {
                    bylineTexts.append(text)
                    if dateTexts.count < 12 { dateTexts.append((index, text)) }
                }
                bylineEnd = Int(node.end)  // nested byline elements repeat it
            } else if node.flags.contains(.byline), index >= bylineEnd, droppedBylineTexts.count < 4, node.tag != .meta,
                hardDropped(finder, index), case let usable = TitleNeighbourhood.usable(document, finder, index),
                usable || Self.inShareBar(document, index)
            {
                let text = HTMLText.gather(document, finder: nil, index, limit: 200)
                // A share bar holds the article's byline only as a labelled one ("By Ann Lee").
                guard usable || MetadataResolver.isLabelled(text) else { continue }
                if !text.isEmpty && text.count < 120 {
                    droppedBylineTexts.append(text)
                    bylineEnd = Int(node.end)
                } else if let name = Self.authorBoxHeading(document, index) {
                    droppedBylineTexts.append(name)
                    bylineEnd = Int(node.end)
                }
            }
        }
        for script in document.jsonLD { jsonLD.read(script, limits: limits) }
        for (slot, label) in twitterLabels.sorted(by: { $0.key < $1.key }) where Self.authorLabels.contains(TextFold.key(TextFold.fold(label))) {
            if let value = twitterData[slot] { labelledAuthors.append(value) }
        }
    }

    private static let authorLabels: Set<String> = [
        "written by", "verfasst von", "geschrieben von", "autor", "autorin", "author", "ecrit par", "redige par", "auteur",
        "escrito por", "scritto da", "autore", "geschreven door",
    ]

    /// Inside a comment thread, where authorship markup names commenters. (Author markup
    /// elsewhere names the author even in a dropped meta bar or footer.)
    static func inComments(_ document: HTMLDocument, _ index: Int) -> Bool {
        document.isWithin(index, flagged: .comments)
    }

    /// Microdata properties that nest another work in the page's item: a cited paper, a review, a
    /// comment, whose author is not the article's.
    private static let nestedWorkProperties: Set<String> = ["citation", "review", "reviews", "comment", "comments"]

    /// Inside a microdata item that is one of those properties ("<li itemprop="citation" itemscope>
    /// <meta itemprop="author" …>"): the nearest enclosing element with an itemprop decides.
    static func inNestedWork(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        var current = Int(nodes[index].parent)
        var steps = 0
        while current > 0 && steps < 40 {
            if let property = document.attribute(current, .itemprop) { return nestedWorkProperties.contains(property.lowercased()) }
            current = Int(nodes[current].parent)
            steps += 1
        }
        return false
    }

    /// Inside a share bar and nothing else readers skip: article headers put the byline and the
    /// share buttons in one bar ("By Ann Lee" beside the icons), classed after the buttons.
    static func inShareBar(_ document: HTMLDocument, _ index: Int) -> Bool {
        let skipped: NodeFlags = [.comments, .navigation, .related, .ad, .hidden]
        let nodes = document.nodes
        var inShare = false
        var current = index
        var steps = 0
        while current > 0 && steps < 300 {
            let node = nodes[current]
            if !node.flags.isDisjoint(with: skipped) || node.tag == .nav || node.tag == .aside || node.tag == .footer { return false }
            if node.flags.contains(.share) { inShare = true }
            current = Int(node.parent)
            steps += 1
        }
        return inShare
    }

    /// Inside a link that holds more than the element: a teaser card whose byline names the
    /// author of the article it links to.
    static func inTeaserLink(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        var current = Int(nodes[index].parent)
        var steps = 0
        while current > 0 && steps < 8 {
            if nodes[current].tag == .a { return true }
            current = Int(nodes[current].parent)
            steps += 1
        }
        return false
    }

    /// The short heading that opens an author box with a bio under the article ("<h3>Ann
    /// Lee</h3><p>Ann writes about …</p>"): the author's name. A heading that titles the box
    /// ("Über den Autor", "About the author") is passed over.
    static func authorBoxHeading(_ document: HTMLDocument, _ box: Int) -> String? {
        let nodes = document.nodes
        var node = box + 1
        while node < Int(nodes[box].end) {
            if [.h2, .h3, .h4, .h5].contains(nodes[node].tag) {
                let text = HTMLText.gather(document, finder: nil, node, limit: 100)
                let folded = TextFold.fold(text)
                if !["auth", "autor", "auteur", "about", "uber"].contains(where: { folded.contains($0) }) {
                    return text.count >= 3 && text.count <= 60 ? text : nil
                }
                node = Int(nodes[node].end)
                continue
            }
            node += 1
        }
        return nil
    }

    private mutating func noteCard(_ document: HTMLDocument, _ index: Int, _ text: String) {
        if Self.inTeaserCard(document, index) { cardAuthorTexts.insert(text) } else { ownAuthorTexts.insert(text) }
    }

    /// Under a sub-heading that links elsewhere, within a few levels: a post card's byline. (The
    /// article's own headline is an h1, or stands outside its byline's box.)
    static func inTeaserCard(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        var ancestor = Int(nodes[index].parent)
        for _ in 0..<4 where ancestor > 0 && index - ancestor < 400 {
            var node = ancestor + 1
            while node < index {
                if [.h2, .h3, .h4].contains(nodes[node].tag), Int(nodes[node].end) <= index,
                    (node..<Int(nodes[node].end)).contains(where: { nodes[$0].tag == .a && document.attributeRange($0, .href) != nil })
                {
                    return true
                }
                node += 1
            }
            ancestor = Int(nodes[ancestor].parent)
        }
        return false
    }

    /// Inside an element dropped for a reason other than being the page or article header.
    private func hardDropped(_ finder: HTMLContentFinder, _ index: Int) -> Bool {
        finder.insideHardDropped[index]
    }

    private mutating func readMeta(_ document: HTMLDocument, _ index: Int) {
        guard let content = document.attribute(index, .content)?.whitespaceTrimmed, !content.isEmpty else { return }
        let key = (document.attribute(index, .property) ?? document.attribute(index, .name) ?? document.attribute(index, .itemprop)
            ?? document.attribute(index, .httpEquiv))?.lowercased().whitespaceTrimmed
        guard let key else { return }
        switch key {
        case "og:title": if ogTitle == nil { ogTitle = content }
        case "description", "dc.description", "dcterms.description": if metaDescription == nil { metaDescription = content }
        case "og:description": if ogDescription == nil { ogDescription = content }
        case "twitter:description": if twitterDescription == nil { twitterDescription = content }
        case "twitter:label1", "twitter:label2", "twitter:label3": twitterLabels[String(key.suffix(1))] = content
        case "twitter:data1", "twitter:data2", "twitter:data3": twitterData[String(key.suffix(1))] = content
        case "twitter:title": if twitterTitle == nil { twitterTitle = content }
        case "og:site_name": if siteName == nil { siteName = content }
        case "application-name": if applicationName == nil { applicationName = content }
        case "og:url": if ogURL == nil { ogURL = content }
        case "og:locale": if ogLocale == nil { ogLocale = content }
        case "content-language", "language", "dc.language", "dcterms.language": if contentLanguage == nil { contentLanguage = content }
        case "author", "dc.creator", "dc:creator", "dc.author", "dcterms.creator", "byl", "sailthru.author", "parsely-author", "article.author",
            "article:author_name", "cxenseparse:author", "shareaholic:article_author_name", "og:author":
            if metaAuthors.count < 6, !Self.inNestedWork(document, index) { metaAuthors.append(content) }
        case "article:author", "og:article:author":
            if articleAuthors.count < 6, !Self.isURL(content) { articleAuthors.append(content) }
        case "article:published_time", "og:article:published_time":
            dates.append((1, content))
        case "og:published_time", "datepublished", "published_time", "article.published", "publication_date":
            dates.append((2, content))
        case "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date",
            "dcterms.created", "dc.date.created", "dcterms.issued", "parsely-pub-date", "sailthru.date", "originalpublicationdate",
            "article_date_original", "cxenseparse:recs:publishtime", "release_date", "date.available", "citation_publication_date":
            dates.append((3, content))
        case "article:modified_time", "og:article:modified_time":
            modifiedDates.append((1, content))
        case "og:updated_time", "datemodified", "modified_time", "article.updated":
            modifiedDates.append((2, content))
        case "dc.date.modified", "dcterms.modified", "parsely-updated", "sailthru.lastmodified", "revised":
            modifiedDates.append((3, content))
        default:
            break
        }
    }

    private mutating func readItemprop(_ document: HTMLDocument, _ finder: HTMLContentFinder, _ index: Int, _ itemprop: String) {
        switch itemprop {
        case "author", "creator":
            guard itempropAuthors.count < 6, !Self.inComments(document, index), !Self.inNestedWork(document, index) else { return }
            let dropped = hardDropped(finder, index)
            // The name inside (itemprop=name), else the element's own text.
            let nodes = document.nodes
            var child = index + 1
            while child < Int(nodes[index].end) {
                if nodes[child].tag != .text, document.attributeEquals(child, .itemprop, "name") {
                    let name = document.attribute(child, .content) ?? HTMLText.gather(document, finder: nil, child, limit: 200)
                    if !name.isEmpty {
                        if dropped {
                            authorsInDroppedParts.append(name)
                        } else {
                            itempropAuthors.append(name)
                            noteCard(document, index, name)
                        }
                    }
                    return
                }
                child += 1
            }
            let text = document.attribute(index, .content) ?? HTMLText.gather(document, finder: nil, index, limit: 200)
            if !text.isEmpty && text.count < 120 {
                if dropped {
                    authorsInDroppedParts.append(text)
                } else {
                    itempropAuthors.append(text)
                    noteCard(document, index, text)
                }
            }
        case "datepublished", "datecreated":
            let value = document.attribute(index, .content) ?? document.attribute(index, .datetime)
                ?? HTMLText.gather(document, finder: finder, index, limit: 100)
            if !value.isEmpty { dates.append((itemprop == "datepublished" ? 2 : 4, value)) }
        case "datemodified":
            let value = document.attribute(index, .content) ?? document.attribute(index, .datetime)
                ?? HTMLText.gather(document, finder: finder, index, limit: 100)
            if !value.isEmpty { modifiedDates.append((2, value)) }
        case "headline":
            break
        default:
            break
        }
    }

    /// RDFa dates on page elements (`<span property="schema:dateCreated" content="…">`, Drupal's
    /// way), read like their meta-tag and itemprop kin.
    private mutating func readProperty(_ document: HTMLDocument, _ index: Int, _ property: String) {
        let name = property.split(separator: ":").last.map(String.init) ?? property
        guard ["datepublished", "published_time", "issued", "datecreated", "created", "date", "datemodified", "modified"].contains(name),
            let value = document.attribute(index, .content) ?? document.attribute(index, .datetime), !value.isEmpty
        else { return }
        switch name {
        case "datepublished", "published_time", "issued": dates.append((2, value))
        case "datemodified", "modified": modifiedDates.append((2, value))
        default: dates.append((4, value))
        }
    }

    /// The text of a date element, its parts kept apart when they are run together otherwise:
    /// "<span>Feb</span> <span>18</span><span>2009</span>" is a date, "Feb 182009" is not.
    private static func printedDate(_ document: HTMLDocument, _ finder: HTMLContentFinder, _ index: Int) -> String {
        let text = HTMLText.gather(document, finder: finder, index, limit: 200)
        guard text.utf8.count <= 40, DateNormalizer.normalize(text) == nil else { return text }
        var parts: [String] = []
        var child = index + 1
        let end = Int(document.nodes[index].end)
        while child < end && parts.count < 12 {
            let node = document.nodes[child]
            if node.tag == .text {
                if node.chars > 0 { parts.append(TitleNeighbourhood.text(document, child)) }
                child += 1
            } else {
                child = node.tag.isDropped ? Int(node.end) : child + 1
            }
        }
        return parts.count > 1 ? parts.joined(separator: " ") : text
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    static func isURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("//") || text.hasPrefix("www.")
    }
}

/// The article facts of a page's JSON-LD (schema.org NewsArticle and kin).
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var organizationAuthors: [String] = []
    var datePublished: String?
    var dateModified: String?
    /// The article object's summary.
    var description: String?
    var publisherName: String?
    var articleBody: String?
    var inLanguage: String?
    var url: String?
    /// Whether the facts come from an article-typed object (as opposed to any object).
    private(set) var fromArticle = false
    /// Objects with an @id, to resolve references ("author": {"@id": "…"}).
    private var objectsByID: [String: [String: Any]] = [:]

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "livelogposting", "liveblogposting", "techarticle",
        "scholarlyarticle", "report", "satiricalarticle", "advertisercontentarticle", "socialmediaposting", "posting",
        "askpublicnewsarticle", "factcheck", "claimreview", "medicalscholarlyarticle",
    ]

    mutating func read(_ bytes: [UInt8], limits: Limits) {
        guard bytes.count <= limits.maxStructuredDataBytes else { return }
        var data = bytes
        // Some pages wrap JSON-LD in CDATA or HTML comments.
        if let start = data.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) {
            data.removeSubrange(0..<start)
        }
        if let end = data.lastIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }) {
            data.removeSubrange((end + 1)...)
        }
        // Raw line breaks and tabs inside strings are invalid JSON that browsers' consumers
        // tolerate; as spaces they are harmless between tokens too.
        for index in data.indices where data[index] < 0x20 { data[index] = 0x20 }
        guard !data.isEmpty, let object = JSONReader.value(data, maxDepth: limits.maxJSONDepth) else { return }
        var objects: [[String: Any]] = []
        collect(object, into: &objects, depth: 0)
        for object in objects {
            if let id = object["@id"] as? String, objectsByID[id] == nil { objectsByID[id] = object }
        }
        for object in objects {
            let types = Self.types(object)
            let isArticle = !types.isDisjoint(with: Self.articleTypes)
            if isArticle && !fromArticle {
                // An article object wins over facts taken from other objects.
                fromArticle = true
                headline = nil
                authors = []
                organizationAuthors = []
                datePublished = nil
                dateModified = nil
                description = nil
                articleBody = nil
            } else if !isArticle && fromArticle {
                if publisherName == nil, types.contains("organization") || types.contains("newsmediaorganization") {
                    publisherName = Self.string(object["name"])
                }
                continue
            } else if isArticle && fromArticle && headline != nil {
                continue  // the first article object is the page's
            }
            if headline == nil { headline = Self.string(object["headline"]) ?? (isArticle ? Self.string(object["name"]) : nil) }
            if datePublished == nil { datePublished = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"]) }
            if dateModified == nil { dateModified = Self.string(object["dateModified"]) }
            if description == nil, isArticle { description = Self.string(object["description"]) }
            if authors.isEmpty && organizationAuthors.isEmpty { readAuthors(object["author"] ?? object["creator"]) }
            if publisherName == nil, let publisher = object["publisher"] {
                if var dictionary = publisher as? [String: Any] {
                    if dictionary["name"] == nil, let id = dictionary["@id"] as? String, let target = objectsByID[id] { dictionary = target }
                    publisherName = Self.string(dictionary["name"])
                } else if let list = publisher as? [Any], let first = list.first as? [String: Any] {
                    publisherName = Self.string(first["name"])
                }
            }
            if articleBody == nil, isArticle { articleBody = Self.string(object["articleBody"]) }
            if inLanguage == nil {
                if let language = object["inLanguage"] as? String {
                    inLanguage = language
                } else if let language = object["inLanguage"] as? [String: Any] {
                    inLanguage = Self.string(language["alternateName"]) ?? Self.string(language["name"])
                }
            }
            if url == nil, isArticle { url = Self.string(object["url"]) }
        }
    }

    private func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6, objects.count < 64 else { return }
        if let list = value as? [Any] {
            for item in list { collect(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            if object["@type"] != nil { objects.append(object) }
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] as? [String: Any] { collect(main, into: &objects, depth: depth + 1) }
        }
    }

    private mutating func readAuthors(_ value: Any?) {
        guard let value else { return }
        var items: [Any] = []
        if let list = value as? [Any] { items = list } else { items = [value] }
        for item in items.prefix(10) {
            if let name = item as? String {
                authors.append(name)
            } else if var object = item as? [String: Any] {
                if object["name"] == nil, let id = object["@id"] as? String, let target = objectsByID[id] { object = target }
                let types = Self.types(object)
                let name = Self.string(object["name"]) ?? (object["name"] as? [Any])?.compactMap { $0 as? String }.first
                guard let name else { continue }
                if types.contains("organization") || types.contains("newsmediaorganization") {
                    organizationAuthors.append(name)
                } else {
                    let bio = Self.string(object["description"])
                    authors.append(bio.flatMap { AuthorNameParts.fullName(of: name, openingBio: $0) } ?? name)
                }
            }
        }
    }

    private static func types(_ object: [String: Any]) -> Set<String> {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let list = object["@type"] as? [Any] { return Set(list.compactMap { ($0 as? String)?.lowercased() }) }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.whitespaceTrimmed
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any], let first = list.first as? String {
            let trimmed = first.whitespaceTrimmed
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }
}
