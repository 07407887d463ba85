import Foundation

/// How articles are grouped into stories and stories into storylines. The defaults were chosen
/// on the development sets of ../shared/bench/stories (BENCHMARKS.md, "Stories").
public struct StorySettings: Sendable, Equatable {
    /// The least similarity (cosine of word profiles, decayed with the days between them) at
    /// which an article joins a story.
    public var threshold = 0.25
    /// A story of several articles also asks a newcomer for this share of the mean similarity
    /// at which its own articles joined: a tight story (one event told by many outlets) turns
    /// away an article that only shares its subject, a loose one does not ask much.
    public var cohesion = 0.7
    /// When an article fits two stories, they are one if their word profiles are this similar.
    public var mergeThreshold = 0.6
    /// Days: similarity is scaled by exp(−½ (gap / timeScale)²) for the days between an
    /// article and the nearest end of a story's dates (undated: no scaling).
    public var timeScale = 7.0
    /// The least similarity of actor profiles at which a new story joins a storyline whose
    /// main actor also leads the story; and the similarity at which it joins one whatever its
    /// main actor (the same actors under other ids or spellings).
    public var storylineThreshold = 0.2
    public var storylineAlike = 0.5
    /// Features of a story's word profile compared with an article's.
    public var centroidFeatures = 100
    /// Features kept of the sums of profiles a story or storyline holds.
    public var keptFeatures = 300
    /// Stories (and storylines) kept in memory while grouping; the store holds the others.
    public var capacity = 4096

    public init() {}

    /// exp(−½ (gap / timeScale)²) for the days between `day` and the span from `first` to
    /// `last`; 1 when either side is undated.
    func decay(from day: Int?, toSpan first: Int?, _ last: Int?) -> Double {
        guard let day, let first, let last, timeScale > 0 else { return 1 }
        let gap = Double(day < first ? first - day : day > last ? day - last : 0) / timeScale
        return exp(-0.5 * gap * gap)
    }
}
