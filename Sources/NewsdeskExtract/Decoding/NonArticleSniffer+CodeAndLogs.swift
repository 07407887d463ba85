import NewsdeskText

/// Source code and logs: text files that sit beside scraped pages (scripts, build and server
/// logs) and that the plain-text cleaner would otherwise store as articles. Both are told by
/// their lines, as bytes.
extension NonArticleSniffer {
    /// Lines looked at, from the start of the sample.
    static let structureLines = 200

    /// One of the first three lines and three lines in five are comments, statements or
    /// declarations (they end in `{`, `}`, `;`, `)` or `:`, or begin with a keyword, a bracket or
    /// a comment sign), or two in five are and outside comments the program's punctuation is
    /// dense; over at least five lines. Prose has a few lines ending in ")" or
    /// ":" and few brackets, equals signs or dollars.
    static func isSourceCode(_ sample: ArraySlice<UInt8>) -> Bool {
        let lines = nonBlankLines(sample)
        guard lines.count >= 5 else { return false }
        // A program opens with a comment, an import or a declaration; an article with its title
        // and lead, even one with a page's style sheet after it.
        guard lines.prefix(3).contains(where: isCodeLine) else { return false }
        let code = lines.count(where: isCodeLine)
        var symbols = 0
        var visible = 0
        for line in lines where !isComment(line) {
            for byte in line where byte > 0x20 {
                visible += 1
                if codeSymbols.contains(byte) { symbols += 1 }
            }
        }
        return code * 5 >= lines.count * 3 || (code * 5 >= lines.count * 2 && symbols * 25 >= visible)
    }

    /// Most lines (four in five, over at least five lines) carry a time with seconds near their
    /// start (`2024-05-23 18:00:01`, `May 23 18:00:01 host`, `[23/May/2024:18:00:01 +0000]`) or
    /// begin with a level (`ERROR`, `[warn]`). A live blog's times have no seconds.
    static func isLog(_ sample: ArraySlice<UInt8>) -> Bool {
        let lines = nonBlankLines(sample)
        guard lines.count >= 5 else { return false }
        return lines.count(where: isLogLine) * 5 >= lines.count * 4
    }

    /// Whether the sample is markup: it opens with a tag (a page may open with a long style
    /// sheet; `<?php` opens a program), or has the tags of a page's frame.
    static func hasMarkup(_ sample: ArraySlice<UInt8>) -> Bool {
        let start = sample.drop(while: { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
        if start.first == UInt8(ascii: "<") && start.dropFirst().first != UInt8(ascii: "?") { return true }
        let lowered = String(decoding: sample.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return ["<html", "<!doctype", "<body"].contains { lowered.containsBytes($0) }
    }

    private static let codeSymbols: Set<UInt8> = Set("{}()[];=<>_$|".utf8)

    private static let codeOpenings: [[UInt8]] = [
        "*/", "import ", "from ", "def ", "class ", "return", "package ",
        "using ", "func ", "fn ", "public ", "private ", "static ", "let ", "const ", "var ", "if (", "for (", "while (",
        "} ", "<?php", "end", "elif ", "else", "case ", "esac", "done", "fi", "then", "do", "echo ", "set ",
        "export ", "source ", "cd ", "if [", "for ", "while ", "try", "catch", "guard ", "switch ", "default:", "extension ",
        "struct ", "enum ", "protocol ", "\"\"\"", "init(", "self.", "print(", "[", ".", ")", "]", "internal ", "nonisolated ",
        "@", "override ", "mutating ", "typealias ", "associatedtype ", "async ", "throw ",
    ].map { Array($0.utf8) }

    private static func isCodeLine(_ line: ArraySlice<UInt8>) -> Bool {
        if isComment(line) { return true }
        let trimmed = line.drop(while: { $0 == 0x20 || $0 == 0x09 })
        // A numbered link of a text browser's page dump ("[12]Recherche"), not an array.
        if trimmed.first == UInt8(ascii: "["), let next = trimmed.dropFirst().first, next >= 0x30 && next <= 0x39 { return false }
        if let last = trimmed.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }), "{};):\\".utf8.contains(last) { return true }
        return codeOpenings.contains { trimmed.starts(with: $0) }
    }

    /// A comment line. Not "* " (the bullets of text dumps and lists; a block comment's inner
    /// lines sit among other code) nor "#[" (a text browser's numbered link).
    private static func isComment(_ line: ArraySlice<UInt8>) -> Bool {
        let trimmed = line.drop(while: { $0 == 0x20 || $0 == 0x09 })
        return trimmed.starts(with: "//".utf8) || trimmed.starts(with: "/*".utf8)
            || (trimmed.starts(with: "#".utf8) && !trimmed.starts(with: "#[".utf8))
    }

    private static let levels: [[UInt8]] = ["ERROR", "WARN", "INFO", "DEBUG", "TRACE", "FATAL", "NOTICE", "CRITICAL"].map { Array($0.utf8) }

    private static func isLogLine(_ line: ArraySlice<UInt8>) -> Bool {
        let head = Array(line.prefix(64))
        // HH:MM:SS: two digits, colon, two digits, colon, two digits.
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        if head.count >= 8 {
            for start in 0...(head.count - 8)
            where isDigit(head[start]) && isDigit(head[start + 1]) && head[start + 2] == 0x3A && isDigit(head[start + 3])
                && isDigit(head[start + 4]) && head[start + 5] == 0x3A && isDigit(head[start + 6]) && isDigit(head[start + 7])
            {
                return true
            }
        }
        let word = head.drop(while: { $0 == 0x5B || $0 == 0x20 }).map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        return levels.contains { level in
            word.starts(with: level) && (word.count == level.count || !(0x41...0x5A).contains(word[level.count]))
        }
    }

    private static func nonBlankLines(_ sample: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines = sample.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D })
            .filter { !$0.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }
        if sample.count >= sampleBytes { lines = lines.dropLast() }  // the last may be cut off
        return Array(lines.prefix(structureLines))
    }
}
