/// A clean article: the output of extraction and the unit the store keeps.
///
/// Field names follow the article's JSON contract (DESIGN.md, v1). Offsets in `paragraphs`
/// are UTF-8 offsets into `text`; JSON encoding converts them to Unicode-scalar offsets.
public struct Article: Sendable, Equatable {
    /// Hex SHA-256 of the document's bytes (after gzip decompression).
    public var id: String
    public var url: String?
    public var source: Source
    public var title: String?
    /// The page's own summary of the article (structured data or meta description), one line.
    public var description: String?
    public var authors: [String]
    /// ISO 8601: a date (`2024-05-23`) or a date and time (`2024-05-23T18:00:00Z`).
    public var published: String?
    /// When the article was last updated, in the same form as `published`; nil when the page does not say.
    public var modified: String?
    /// ISO 639-1 code, or nil when unknown.
    public var language: String?
    /// Clean body text; paragraphs are separated by a blank line.
    public var text: String
    public var paragraphs: [Paragraph]
    public var credits: [Credit]
    public var removed: [Removal]
    /// The character encoding the bytes were decoded with (`utf-8`, `windows-1252`, …).
    public var encoding: String
    /// What analysis stages added (sentences, mentions, quotes, times…), each its own layer.
    public var layers: AnnotationSet
    /// The id of the earliest stored copy of this article when it is a copy (a wire story
    /// republished), else nil. Set where articles are compared with each other (ingest, or an
    /// `analyze` of several inputs), not by a stage.
    public var duplicateOf: String?
    /// The story the article reports (one event, many articles), and the storyline that story
    /// belongs to (a thread of stories over months); nil until ingest or an `analyze` of several
    /// inputs groups it.
    public var story: String?
    public var storyline: String?

    public init(
        id: String, url: String? = nil, source: Source = Source(), title: String? = nil, description: String? = nil,
        authors: [String] = [], published: String? = nil, modified: String? = nil, language: String? = nil,
        text: String = "", paragraphs: [Paragraph] = [], credits: [Credit] = [],
        removed: [Removal] = [], encoding: String = "utf-8", layers: AnnotationSet = AnnotationSet(),
        duplicateOf: String? = nil, story: String? = nil, storyline: String? = nil
    ) {
        self.id = id
        self.url = url
        self.source = source
        self.title = title
        self.description = description
        self.authors = authors
        self.published = published
        self.modified = modified
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.credits = credits
        self.removed = removed
        self.encoding = encoding
        self.layers = layers
        self.duplicateOf = duplicateOf
        self.story = story
        self.storyline = storyline
    }
}

/// Where an article was published.
public struct Source: Sendable, Equatable, Codable {
    public var name: String?
    public var domain: String?

    public init(name: String? = nil, domain: String? = nil) {
        self.name = name
        self.domain = domain
    }
}

/// One block of the clean text.
public struct Paragraph: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case paragraph, heading, quote, list, standfirst
    }

    public var kind: Kind
    public var span: TextSpan
    /// ISO 639-1 code of this paragraph's language (mixed-language articles), nil when unknown.
    public var language: String?

    public init(kind: Kind, span: TextSpan, language: String? = nil) {
        self.kind = kind
        self.span = span
        self.language = language
    }
}

/// A credit line: a news agency, a byline or an image credit.
public struct Credit: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable {
        case agency, byline, image
    }

    public var role: Role
    /// The agency named in the credit (`AFP`, `Reuters`, …), if any.
    public var agency: String?
    /// The person named in the credit, if any.
    public var name: String?
    /// The credit as it appeared on the page.
    public var text: String

    public init(role: Role, agency: String? = nil, name: String? = nil, text: String) {
        self.role = role
        self.agency = agency
        self.name = name
        self.text = text
    }
}

/// A piece of the page that extraction dropped, with the reason, so a user can see why.
public struct Removal: Sendable, Equatable, Codable {
    public var text: String
    public var reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }

    /// Why a piece was removed. A struct rather than an enum so that stages can add reasons.
    public struct Reason: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let advertisementLabel = Reason(rawValue: "advertisement-label")
        public static let navigation = Reason(rawValue: "navigation")
        /// A list of topic tags ("Topics: …", "Mots-clés").
        public static let tags = Reason(rawValue: "tags")
        public static let share = Reason(rawValue: "share-widget")
        public static let related = Reason(rawValue: "related-articles")
        public static let newsletter = Reason(rawValue: "newsletter-prompt")
        public static let cookie = Reason(rawValue: "cookie-prompt")
        public static let comments = Reason(rawValue: "comments")
        public static let scrollToTop = Reason(rawValue: "scroll-to-top")
        public static let caption = Reason(rawValue: "caption")
        public static let credit = Reason(rawValue: "credit")
        public static let byline = Reason(rawValue: "byline")
        public static let title = Reason(rawValue: "title")
        public static let boilerplate = Reason(rawValue: "boilerplate")
        /// A line the source repeats across its pages, learned per source.
        public static let siteTemplate = Reason(rawValue: "site-template")
        /// The publisher's copyright notice; its owner fills `source.name` when nothing better is known.
        public static let copyright = Reason(rawValue: "copyright")
        public static let duplicateLine = Reason(rawValue: "duplicate-line")
        /// A publisher's notice that the views are the author's own.
        public static let disclaimer = Reason(rawValue: "disclaimer")
        /// A publication or update date line ("Publié le 6 mai 2025 à 17h45"); its value
        /// goes to `published` when none better is known.
        public static let date = Reason(rawValue: "date")
    }
}
