/// A short wire story written for these tests, the ways outlets republish it, and another
/// report of the same subject that is not a copy.
enum CopyFixtures {
    static let paragraphs = [
        "The regional council of Valmora voted on Tuesday to close the old harbour bridge to heavy lorries from next spring, after engineers found cracks in two of its steel girders.",
        "The bridge, built in 1962, carries about 14,000 vehicles a day between the port and the northern ring road. Repairs are expected to take at least eighteen months.",
        "\"We cannot take any risk with a structure that so many people cross every day,\" said council president Irena Maslova, who called the decision painful but unavoidable.",
        "Hauliers' associations criticised the vote, saying the detour through the city centre would add forty minutes to every delivery and cost the sector millions.",
        "The council said it would open a temporary lane for emergency vehicles and buses, and publish a timetable for the works before the end of the month.",
    ]

    static let original = paragraphs.joined(separator: "\n\n")

    /// Re-spaced, curly quotes, a dateline added, the last paragraph cut and the fourth trimmed.
    static let trimmedCopy = [
        "VALMORA (AP) — The regional council of Valmora voted on Tuesday to close the old harbour  bridge to heavy lorries from next spring, after engineers found cracks in two of its steel girders.",
        paragraphs[1],
        "“We cannot take any risk with a structure that so many people cross every day,” said council president Irena Maslova, who called the decision painful but unavoidable.",
        "Hauliers’ associations criticised the vote.",
    ].joined(separator: "\n\n")

    /// The first paragraph dropped, the last two swapped, a credit line added at the end.
    static let reorderedCopy = [
        paragraphs[1], paragraphs[2], paragraphs[4], paragraphs[3], "Reporting by Tomas Keller; editing by Ana Ruiz",
    ].joined(separator: "\n\n")

    /// The same subject, months later: not a copy.
    static let sameSubject = [
        "Valmora's harbour bridge reopened to all traffic on Monday after eighteen months of repairs to its steel girders, the regional council said.",
        "Council president Irena Maslova thanked hauliers for their patience and said the new girders would carry heavy lorries for another fifty years.",
        "The works cost 31 million euros, more than twice the first estimate, and the port says it lost trade to its rivals during the closure.",
    ].joined(separator: "\n\n")
}
