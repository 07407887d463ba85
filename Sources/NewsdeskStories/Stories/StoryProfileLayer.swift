public import NewsdeskCore

extension AnnotationKind {
    /// The article's story profile: the words and actors that stories are grouped by.
    public static let storyProfile = AnnotationKind(rawValue: "story-profile")
}

/// The story profile as a layer. It adds no field to the article's JSON (what it means for the
/// reader is `story` and `storyline`) and nothing to the store's index: stories are indexed
/// by their own features. Read back from the store it is empty; `restory` builds it again.
public struct StoryProfileLayer: AnnotationLayer {
    public static let kind = AnnotationKind.storyProfile

    /// Nil when read back from the store.
    public var profile: StoryProfile?

    public init(profile: StoryProfile?) {
        self.profile = profile
    }

    public func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap) {}

    public init(fields json: [UInt8], offsets: ScalarOffsetMap) {
        profile = nil
    }
}
