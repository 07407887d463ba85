public import NewsdeskCore
import Foundation
import NewsdeskText

/// Extracts the main article from an HTML page: its body text with structure (paragraphs,
/// headings, quotes, lists, standfirst), what was removed and why, agency and image credits,
/// and the page's metadata (title, description, authors, publication and update dates, URL,
/// source, language).
///
/// The page is parsed by an `HTMLParsing` parser (`NativeHTMLParser` by default) into a compact tree;
/// boilerplate is dropped by element and by class/id/role; containers are scored by their
/// paragraphs (text length, commas, link density) and the best one is kept together with the
/// siblings that also look like body text. All passes are linear and iterative.
public struct HTMLExtractor: ArticleExtractor {
    public var limits: Limits
    public var parser: any HTMLParsing

    public init(limits: Limits = Limits()) {
        self.init(limits: limits, parser: NativeHTMLParser())
    }

    public init(limits: Limits, parser: any HTMLParsing) {
        self.limits = limits
        self.parser = parser
    }

    /// Least text an article has, in non-space characters.
    static let minimumChars = 100
    /// Below this many characters, an article needs at least two sentences, unless the page's
    /// structured data declares an article.
    static let shortChars = 250

    public func extract(_ text: String, context: DocumentContext) -> Result<Article, Rejection> {
        extract(utf8: Array(text.utf8), context: context)
    }

    /// `extract` for a page as valid UTF-8 bytes.
    public func extract(utf8 html: [UInt8], context: DocumentContext) -> Result<Article, Rejection> {
        let treeBuilder = HTMLTreeBuilder(maxDepth: limits.maxNestingDepth)
        html.withUnsafeBufferPointer { parser.parse($0, into: treeBuilder) }
        let document = treeBuilder.finish()
        let finder = HTMLContentFinder(document: document)
        let metadata = HTMLMetadata(document: document, finder: finder, limits: limits)

        let url = MetadataResolver.url(context: context, metadata: metadata)
        let domain = url.flatMap(MetadataResolver.domain(of:))
        let sourceName = context.sourceName ?? MetadataResolver.sourceName(metadata)
        let title = MetadataResolver.title(metadata, siteName: sourceName ?? metadata.siteName, domain: domain)

        let headline = title.flatMap { MetadataResolver.headlineNode(metadata, title: $0) }
        var containers = finder.selectContainers(headline: headline)
        var writer = HTMLBlockWriter(document: document, finder: finder, title: title, siteName: sourceName ?? metadata.siteName)
        writer.write(containers)
        recordNearbyRemovals(&writer, document: document, finder: finder, containers: containers)
        // Too little text: the article may sit in elements whose classes look like furniture
        // ("sidebar-content", "widget-text"). A second look that trusts only elements keeps
        // its result when it finds clearly more prose, mostly not links.
        if writer.emittedChars < Self.shortChars || writer.sentenceEnds < 2 {
            let relaxed = HTMLContentFinder(document: document, relaxed: true)
            let relaxedContainers = relaxed.selectContainers(headline: headline)
            var second = HTMLBlockWriter(document: document, finder: relaxed, title: title, siteName: sourceName ?? metadata.siteName)
            second.write(relaxedContainers)
            if second.emittedChars >= Self.minimumChars, second.emittedChars >= writer.emittedChars * 2,
                second.sentenceEnds >= 2, second.emittedLinkChars * 3 < second.emittedChars
            {
                recordNearbyRemovals(&second, document: document, finder: relaxed, containers: relaxedContainers)
                writer = second
                containers = relaxedContainers
            }
        }

        var body = writer.builder
        var bodyChars = writer.emittedChars
        var sentences = writer.sentenceEnds
        var linkChars = writer.emittedLinkChars
        // JSON-LD articleBody when the page's own markup yielded much less (its references
        // decoded: structured data often leaves them encoded).
        if let articleBody = metadata.jsonLD.articleBody.map(HTMLEntities.decode) {
            let jsonChars = articleBody.scalarCount
            if jsonChars >= 400, bodyChars * 3 < jsonChars {
                var fallback = ArticleTextBuilder()
                for block in articleBody.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                    fallback.append(String(block), kind: .paragraph)
                }
                if !fallback.isEmpty {
                    body = fallback
                    bodyChars = jsonChars
                    sentences = articleBody.utf8.reduce(0) { $0 + ($1 == 0x2E || $1 == 0x21 || $1 == 0x3F ? 1 : 0) }
                    linkChars = 0
                }
            }
        }

        if body.isEmpty || bodyChars == 0 {
            return .failure(Rejection(.noArticle, document.totalChars == 0 ? "the page has no text" : "no main content found"))
        }
        if bodyChars < Self.minimumChars {
            return .failure(Rejection(.noArticle, "too little text for an article (\(bodyChars) characters)"))
        }
        // A one-sentence brief stands as an article where the page's structured data says it
        // is one (a news flash, a paywalled story's lede); elsewhere it is more likely furniture.
        if bodyChars < Self.shortChars && sentences < 2 && !metadata.jsonLD.fromArticle {
            return .failure(Rejection(.noArticle, "too little text for an article (\(bodyChars) characters, \(sentences) sentence)"))
        }
        if linkChars * 2 > bodyChars {
            return .failure(Rejection(.noArticle, "the main content is mostly links (a navigation page)"))
        }

        var credits = writer.credits
        // Organisation authors that are agencies are agency credits.
        for name in metadata.jsonLD.organizationAuthors {
            if let agency = NewsAgencies.first(in: name), !credits.contains(where: { $0.agency == agency && $0.role == .agency }) {
                credits.append(Credit(role: .agency, agency: agency, text: name))
            }
        }
        let titleNode = MetadataResolver.titleNode(metadata, title: title) ?? containers.first
        // The body writer matched the heading as printed; the article's title drops its kicker.
        let articleTitle = MetadataResolver.withoutKicker(title, metadata, titleNode: titleNode)
        let authors = MetadataResolver.authors(
            metadata, bylineNames: writer.bylineNames, sourceName: sourceName,
            visibleBylines: { VisibleByline.find(document: document, finder: finder, near: titleNode) },
            labelledAnywhere: { VisibleByline.findAnywhere(document: document, finder: finder) },
            signature: { SignatureLine.find(document: document, finder: finder, containers: containers) }
        )
        let published = PublishedDate.resolve(
            metadata, containers: containers, document: document, finder: finder, titleNode: titleNode, url: url,
            openingDate: writer.openingDate
        )
        let modified = ModifiedDate.resolve(metadata, published: published)
        let language = MetadataResolver.language(metadata)

        var article = Article(
            id: context.id, url: url, source: Source(name: sourceName, domain: domain), title: articleTitle,
            description: PageDescription.resolve(metadata), authors: authors, published: published, modified: modified, language: language, text: body.text, paragraphs: body.paragraphs,
            credits: Self.unique(credits), removed: writer.removed, encoding: context.encoding
        )
        article = ArticleEdges.trim(article)
        // Lines this source is known to repeat on every page (learned at ingest).
        if !context.template.isEmpty, let cleaned = context.template.reclean(article) { article = cleaned }
        return .success(article)
    }

    /// Boilerplate next to the article (share bars, comments, related links, newsletter
    /// boxes among its siblings) and cookie prompts anywhere are listed too.
    private func recordNearbyRemovals(
        _ writer: inout HTMLBlockWriter, document: HTMLDocument, finder: HTMLContentFinder, containers: [Int]
    ) {
        let nodes = document.nodes
        let notable: Set<HTMLContentFinder.DropReason> = [.share, .comments, .related, .newsletter, .ad, .cookie]
        var listed = Set<Int>()
        if let first = containers.first {
            var parents: [Int] = []
            let parent = Int(nodes[first].parent)
            if parent > 0 {
                parents.append(parent)
                let grandparent = Int(nodes[parent].parent)
                if grandparent > 0 && nodes[grandparent].tag != .html { parents.append(grandparent) }
            }
            for parent in parents {
                var child = parent + 1
                while child < Int(nodes[parent].end) {
                    if nodes[child].tag != .text, notable.contains(finder.dropReason[child]), !listed.contains(child) {
                        listed.insert(child)
                        writer.recordDropped(child, finder.dropReason[child])
                    }
                    child = Int(nodes[child].end)
                }
            }
        }
        var cookies = 0
        for index in 1..<nodes.count where finder.dropReason[index] == .cookie && cookies < 3 && !listed.contains(index) {
            if !finder.insideDropped[Int(nodes[index].parent)] {
                writer.recordDropped(index, .cookie)
                cookies += 1
            }
        }
    }

    private static func unique(_ credits: [Credit]) -> [Credit] {
        var seen = Set<String>()
        var result: [Credit] = []
        for credit in credits where result.count < 40 {
            let key = "\(credit.role.rawValue)|\(credit.agency ?? "")|\(credit.name ?? "")|\(credit.text)"
            if seen.insert(key).inserted { result.append(credit) }
        }
        return result
    }
}
