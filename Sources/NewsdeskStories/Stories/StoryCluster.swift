public import NewsdeskCore

/// A story while articles are grouped: its record, and the unit vector of its heaviest word
/// features that articles are compared with (kept, not computed at each comparison).
public struct StoryCluster: Sendable {
    public private(set) var record: StoryRecord
    private(set) var centroid: FeatureVector
    /// `record.indexKeys`, kept: the grouping's index reads them at every change.
    private(set) var indexKeys: [UInt64]

    public init(record: StoryRecord, settings: StorySettings) {
        self.record = record
        self.centroid = record.terms.heaviest(settings.centroidFeatures).normalized()
        self.indexKeys = record.indexKeys
    }

    /// A new story started by one article.
    init(id: String, title: String?, profile: StoryProfile, storyline: String?, settings: StorySettings) {
        self.init(
            record: StoryRecord(
                id: id, storyline: storyline, title: title, articles: 1, firstDay: profile.day, lastDay: profile.day,
                terms: profile.terms, actors: profile.actors),
            settings: settings)
    }

    /// Cosine of the article's words with the story's, decayed with the days between them.
    func similarity(to profile: StoryProfile, settings: StorySettings) -> Double {
        profile.terms.dot(centroid) * settings.decay(from: profile.day, toSpan: record.firstDay, record.lastDay)
    }

    /// Whether an article this similar may join: above the threshold, and, once articles have
    /// joined, not far below the similarity at which they did.
    func admits(_ similarity: Double, settings: StorySettings) -> Bool {
        guard similarity >= settings.threshold else { return false }
        guard record.joins > 0 else { return true }
        return similarity >= settings.cohesion * record.joinedSimilarity / Double(record.joins)
    }

    /// Adds an article that joined at `similarity`.
    mutating func add(_ profile: StoryProfile, similarity: Double, settings: StorySettings) {
        record.articles += 1
        record.joins += 1
        record.joinedSimilarity += similarity
        extendDays(profile.day, profile.day)
        record.terms = record.terms.adding(profile.terms).heaviest(settings.keptFeatures)
        record.actors = record.actors.adding(profile.actors).heaviest(settings.keptFeatures)
        centroid = record.terms.heaviest(settings.centroidFeatures).normalized()
        indexKeys = record.indexKeys
    }

    /// Takes in the articles of another story, which ends.
    mutating func absorb(_ other: StoryRecord, settings: StorySettings) {
        record.articles += other.articles
        record.joins += other.joins
        record.joinedSimilarity += other.joinedSimilarity
        extendDays(other.firstDay, other.lastDay)
        record.terms = record.terms.adding(other.terms).heaviest(settings.keptFeatures)
        record.actors = record.actors.adding(other.actors).heaviest(settings.keptFeatures)
        centroid = record.terms.heaviest(settings.centroidFeatures).normalized()
        indexKeys = record.indexKeys
    }

    /// Cosine of two stories' word profiles.
    func resemblance(to other: StoryCluster) -> Double { centroid.dot(other.centroid) }

    private mutating func extendDays(_ first: Int?, _ last: Int?) {
        if let first { record.firstDay = min(record.firstDay ?? first, first) }
        if let last { record.lastDay = max(record.lastDay ?? last, last) }
    }
}
