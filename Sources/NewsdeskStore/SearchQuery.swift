/// A full-text search request.
public struct SearchQuery: Sendable, Equatable {
    /// The user's query: words, "phrases", prefix*, AND / OR / NOT, parentheses. It may be
    /// empty when there are filters: then every article they keep is a hit, most recently
    /// published first.
    public var text: String
    public var limit: Int
    /// How many of the best hits to skip (the page after `offset` hits).
    public var offset: Int
    /// Past this time the query is stopped and refused as too broad.
    public var timeLimit: Duration
    /// Only articles with a layer key in each of these ranges (say, a time expression naming a
    /// day of May 2024: kind "times", from "2024-05" through "2024-05"; a mention of Belarus:
    /// kind "entities", exactly "Q184"), compared as `AnnotationStoring` compares keys.
    public var filters: [KeyRange]

    public init(_ text: String, limit: Int = 20, offset: Int = 0, filters: [KeyRange] = [], timeLimit: Duration = .seconds(1)) {
        self.text = text
        self.limit = limit
        self.offset = offset
        self.filters = filters
        self.timeLimit = timeLimit
    }

    /// A query with at most one filter.
    public init(_ text: String, limit: Int = 20, offset: Int = 0, keys: KeyRange?) {
        self.init(text, limit: limit, offset: offset, filters: keys.map { [$0] } ?? [])
    }

    /// Whether the query has no words, only filters.
    public var isFilterOnly: Bool {
        text.allSatisfy(\.isWhitespace) && !filters.isEmpty
    }
}

/// Layer keys of one kind from `from` through `to`. An upper bound takes in every value it
/// begins ("2024-05" takes in "2024-05-31"), as dates need; an exact range (`exactly`) does
/// not, as identifiers need ("Q7" must not take in "Q7747").
public struct KeyRange: Sendable, Equatable {
    public var kind: String
    public var from: String
    public var to: String
    /// Whether `to` takes in the keys it begins.
    public var takesPrefixes: Bool

    public init(kind: String, from: String, to: String) {
        self.kind = kind
        self.from = from
        self.to = to
        self.takesPrefixes = true
    }

    /// The one key `key` of `kind`, matched exactly.
    public static func exactly(_ key: String, kind: String) -> KeyRange {
        var range = KeyRange(kind: kind, from: key, to: key)
        range.takesPrefixes = false
        return range
    }

    /// The inclusive upper bound as the store compares it.
    var upperBound: String { takesPrefixes ? KeyBounds.through(to) : to }
}

/// One search result.
public struct SearchHit: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var source: String?
    public var published: String?
    public var language: String?
    /// bm25 relevance: higher is better.
    public var score: Double
    /// A fragment of the text around the matches, with the matched words marked.
    public var snippet: MarkedText
}

/// Text with marked ranges, as UTF-8 offsets (highlighted query matches).
public struct MarkedText: Sendable, Equatable {
    public var text: String
    public var marks: [Range<Int>]

    public init(text: String, marks: [Range<Int>]) {
        self.text = text
        self.marks = marks
    }
}
