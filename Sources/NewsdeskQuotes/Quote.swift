public import NewsdeskCore

/// One attribution: what was said (its content span), how (`kind`), the words that attribute it
/// (`cue`), who said it (`speaker`), and the quote it continues when it goes on from an earlier
/// paragraph. Spans are UTF-8 offsets into the article text.
public struct Quote: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Quoted words; the span leaves the quotation marks out.
        case direct
        /// A few quoted words inside a sentence of the writer's.
        case partial
        /// Reported speech without quotation marks; the span is what was reported.
        case indirect
        /// Reported speech that quotes some of its words.
        case mixed
    }

    public var span: TextSpan
    public var text: String
    public var kind: Kind
    public var cue: QuoteCue?
    public var speaker: QuoteSpeaker?
    /// The index (in the layer) of the quote this one continues, or nil.
    public var continues: Int?

    public init(span: TextSpan, text: String, kind: Kind, cue: QuoteCue? = nil, speaker: QuoteSpeaker? = nil, continues: Int? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.continues = continues
    }
}

/// The words that attribute a quote: "a déclaré", "said", "selon", "laut".
public struct QuoteCue: Sendable, Equatable {
    public var span: TextSpan
    public var text: String

    public init(span: TextSpan, text: String) {
        self.span = span
        self.text = text
    }
}

/// How the text names a speaker: the entity stage links each kind its own way (a name by its
/// spelling, a role by its title, a pronoun by the person last named).
public enum SpeakerKind: String, Sendable, Equatable, CaseIterable {
    case name, role, pronoun

    /// The kind of a speaker read back from JSON, where the contract has no field for it: a
    /// capitalised name is a name, one lower-case word a pronoun, several a role. (Roles that
    /// open a sentence read back as names; the stage itself always knows.)
    public init(guessingFrom name: String) {
        if name.first?.isUppercase ?? false {
            self = .name
        } else {
            self = name.contains(" ") ? .role : .pronoun
        }
    }
}

/// Who said it, as the text names them. `entity` stays nil until speakers are linked to the
/// entity stage's identities (by the mention that covers `span`).
public struct QuoteSpeaker: Sendable, Equatable {
    public var span: TextSpan
    public var name: String
    public var kind: SpeakerKind
    public var entity: String?
    /// Where the text names the speaker when `span` is a relative pronoun ("who", "which")
    /// standing for it: `name` is read there and the entity linked from there. Not stored.
    var named: TextSpan?

    public init(span: TextSpan, name: String, kind: SpeakerKind, entity: String? = nil) {
        self.span = span
        self.name = name
        self.kind = kind
        self.entity = entity
    }

    init(span: TextSpan, name: String, kind: SpeakerKind, named: TextSpan?) {
        self.init(span: span, name: name, kind: kind)
        self.named = named
    }
}
