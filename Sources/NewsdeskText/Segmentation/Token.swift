public import NewsdeskCore

/// A token of the clean text, with its UTF-8 span (convert with `ScalarOffsetMap` for output).
public struct Token: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Letters, with inner hyphens and apostrophes ("porte-parole", "don't").
        case word
        /// An elided article or pronoun, apostrophe included ("l'", "d'", "qu'", "dell'").
        case elision
        /// An abbreviation with its period(s) ("M.", "Dr.", "U.S.", "z.B.", "etc.").
        case abbreviation
        /// "2,3", "1.5", "2 300", "19h30", "2024".
        case number
        case url, email, hashtag, mention
        /// One punctuation mark, or an ellipsis ("...", "…").
        case punctuation
        /// Anything else: symbols, emoji.
        case symbol
    }

    public var kind: Kind
    public var span: TextSpan

    public init(kind: Kind, span: TextSpan) {
        self.kind = kind
        self.span = span
    }
}

/// A sentence of the clean text: its UTF-8 span and the range of its tokens.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    /// Indices into the token array the sentence was built from.
    public var tokens: Range<Int>

    public init(span: TextSpan, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
