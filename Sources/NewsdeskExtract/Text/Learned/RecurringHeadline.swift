import NewsdeskText

/// The headline, not the `<title>`-style line that repeats it with the site's name: when the
/// chosen title is another line of the page followed by a separator and a few words
/// ("Harbour pilots vote to strike | The Coastal Courier"), the shorter line is the headline.
enum RecurringHeadline {
    /// Most words after the separator: a site's name, not a second headline.
    static let maxSuffixWords = 6
    static let separators: Set<String> = ["|", "-", "–", "—", "·", "::", "•", "/"]

    /// The index of the line the title `title` repeats with a suffix, or nil.
    static func headline(for title: Int, in lines: [TextLine]) -> Int? {
        let words = lines[title].text.split(separator: " ")
        guard let cut = siteCut(words) else { return nil }
        let key = TextFold.matchKey(words[..<cut].joined(separator: " "))
        return lines.indices.first { $0 != title && lines[$0].key == key }
    }

    /// Where a line's words ("Headline | Site") are cut before a site's name: the last
    /// separator, with two words or more before it and a few after; nil when there is none.
    static func siteCut(_ words: [Substring]) -> Int? {
        guard let cut = words.indices.last(where: { separators.contains(String(words[$0])) }),
            cut >= 2, words.count - cut - 1 <= maxSuffixWords
        else { return nil }
        return cut
    }
}
