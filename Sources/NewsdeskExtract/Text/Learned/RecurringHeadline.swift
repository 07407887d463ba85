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

    /// Fewest words of a headline found at the end of a longer line: shorter lines are
    /// section names and product names, which a kicker may end with.
    static let minInnerWords = 3

    /// The index of a line of at least `minInnerWords` words, and at least half the title's, not
    /// in lower case at its start, that ends the title `title` with two to `maxSuffixWords`
    /// words before it: the title is then that headline behind the site's name or a breadcrumb
    /// ("The Space Review: Seeking a bigger role for a big rocket", "Home > Climate >
    /// <headline>"); nil when no line is. One word before it is most often an article ("The
    /// Effect of …" beside "Effect of …"). A line that begins the title is no headline of it:
    /// a teaser cut short ("Instagram arbeitet an neuer..."), or the site's name the headline
    /// begins with.
    static func headline(endingTitle title: Int, in lines: [TextLine]) -> Int? {
        let key = lines[title].key
        let words = key.split(separator: " ").count
        return lines.indices.filter { index in
            let inner = lines[index].key
            guard index != title, !inner.isEmpty, key.hasSuffix(" " + inner) else { return false }
            let innerWords = inner.split(separator: " ").count
            return innerWords >= max(minInnerWords, (words + 1) / 2) && (2...maxSuffixWords).contains(words - innerWords)
                && lines[index].text.first.map { !$0.isLowercase } == true
        }.max { lines[$0].key.count < lines[$1].key.count }
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
