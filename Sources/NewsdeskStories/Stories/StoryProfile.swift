public import NewsdeskCore

/// What an article is about, as stories are grouped by: its words (`terms`) and who and where
/// it names (`actors`), each a unit vector, and the day it was published.
public struct StoryProfile: Sendable, Equatable {
    /// Words of the title, lead and body, weighted by how rare they are in the article's
    /// language, with the words of the names it mentions weighted again and the ids of the
    /// entities they resolve to (which are the same in every language).
    public var terms: FeatureVector
    /// The entities the article names, the lead's counting more and places less: what a
    /// storyline follows.
    public var actors: FeatureVector
    /// Days since 1970-01-01 of the publication date; nil when undated.
    public var day: Int?

    public init(terms: FeatureVector, actors: FeatureVector, day: Int?) {
        self.terms = terms
        self.actors = actors
        self.day = day
    }

    public var isEmpty: Bool { terms.isEmpty }
}
