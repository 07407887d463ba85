/// Words that settle a doubtful period: whether "U.S." or "3." closes the sentence depends on
/// the word next to it, so the segmenter asks these lists (fr, en, de, es, it, pt news text).
enum BoundaryWords {
    /// Capitalised words that open sentences and are almost never part of a name: after an
    /// acronym with periods ("… in the U.S. The next day …") they mean the period ends the
    /// sentence, whereas "U.S. President" or "U.S. Steel" goes on.
    static let sentenceOpeners: Set<Substring> = [
        "The", "A", "An", "In", "On", "At", "But", "And", "So", "Yet", "He", "She", "It", "They", "We", "I",
        "You", "This", "That", "These", "Those", "There", "Its", "Their", "His", "Her", "Our", "After",
        "Before", "When", "While", "Since", "However", "Meanwhile", "If", "As",
        "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Mais",
        "Et", "Selon", "Pour", "Dans",
        "Der", "Die", "Das", "Er", "Sie", "Es", "Ein", "Eine", "Doch", "Aber", "Und", "Auch", "Nach",
        "El", "Los", "Las", "Lo", "Pero", "Según", "En",
        "Gli", "Lei", "Lui", "Ma", "Secondo",
        "Os", "As", "Ele", "Ela", "Mas", "Segundo",
    ]

    /// German words after which "3." is an ordinal ("der 2. Weltkrieg", "am 3. Oktober", "im
    /// 19. Jahrhundert"), not a number closing a sentence: articles and fused prepositions.
    static let beforeGermanOrdinal: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "ab", "bis", "seit",
        "ein", "eine", "einem", "einen", "einer", "eines", "jeder", "jede", "jedes", "jedem", "jeden",
    ]

    static let germanMonths: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember",
    ]
}
