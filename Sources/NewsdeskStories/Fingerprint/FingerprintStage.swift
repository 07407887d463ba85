public import NewsdeskCore

/// Fingerprints the article's clean text (`Fingerprint`), so that copies of it (wire copies
/// republished, re-headlined, trimmed) can be found among stored articles by index lookups and
/// confirmed by the share of text they have in common. The headline is left out: copies change it.
public struct FingerprintStage: Stage {
    public static let id = "fingerprint"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text]
    public static let provides: Set<AnnotationKind> = [.fingerprint]

    public let settings: NoSettings

    public init(settings: NoSettings = NoSettings(), configuration: Configuration = Configuration()) {
        self.settings = settings
    }

    public func analyze(_ document: Document) -> FingerprintLayer {
        FingerprintLayer(fingerprint: Fingerprint(text: document.article.text))
    }
}
