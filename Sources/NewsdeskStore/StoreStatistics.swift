/// What a store holds, in numbers.
public struct StoreStatistics: Sendable, Equatable, Codable {
    public var articles: Int
    public var characters: Int
    public var languages: [Count]
    public var sources: [Count]
    public var encodings: [Count]
    public var earliestPublished: String?
    public var latestPublished: String?
    public var databaseBytes: Int

    /// How many articles (or documents) have one value.
    public struct Count: Sendable, Equatable, Codable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }
}
