/// The four kinds of names the recogniser tells apart, as the JSON contract spells them.
public enum NameType: Int, Sendable, CaseIterable {
    case person, organization, place, other

    public var label: String {
        switch self {
        case .person: "person"
        case .organization: "organization"
        case .place: "place"
        case .other: "other"
        }
    }

    public init?(label: String) {
        guard let type = Self.allCases.first(where: { $0.label == label }) else { return nil }
        self = type
    }
}

/// A token's tag in the IOB2 scheme: outside, or the beginning or inside of a name of a type.
/// Stored as a small integer (the model's class index): 0 is outside, then B and I per type.
public struct NameTag: Hashable, Sendable {
    public let index: Int

    public static let classCount = 1 + 2 * NameType.allCases.count
    public static let outside = NameTag(index: 0)

    public init(index: Int) { self.index = index }

    public static func begin(_ type: NameType) -> NameTag { NameTag(index: 1 + 2 * type.rawValue) }
    public static func inside(_ type: NameType) -> NameTag { NameTag(index: 2 + 2 * type.rawValue) }

    public var type: NameType? { index == 0 ? nil : NameType(rawValue: (index - 1) / 2) }
    public var isBegin: Bool { index > 0 && index % 2 == 1 }
    public var isInside: Bool { index > 0 && index % 2 == 0 }

    /// Whether this tag may follow `previous`: an inside tag continues a name of its own type.
    public func mayFollow(_ previous: NameTag) -> Bool {
        !isInside || previous.type == type
    }

    /// Reads "O", "B-PER", "I-LOC"… as the training corpora write them (MISC is `other`).
    public init?(conll: Substring) {
        if conll == "O" { self = .outside; return }
        let parts = conll.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let type: NameType
        switch parts[1] {
        case "PER": type = .person
        case "ORG": type = .organization
        case "LOC": type = .place
        case "MISC": type = .other
        default: return nil
        }
        switch parts[0] {
        case "B": self = .begin(type)
        case "I": self = .inside(type)
        default: return nil
        }
    }
}
