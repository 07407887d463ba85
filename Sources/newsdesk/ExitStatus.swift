import ArgumentParser

/// The exit statuses of every command, implemented and documented in one place: each command's
/// help lists the statuses it can return, in its own words.
enum ExitStatus {
    /// Some inputs were skipped or failed; the others were processed and kept.
    static let partial = ExitCode(2)
    /// Nothing matched (search, show).
    static let notFound = ExitCode(3)

    /// The status for a run that a signal interrupted.
    static func interrupted(by signal: Int32) -> ExitCode { ExitCode(128 + signal) }

    /// One status of a command and what it means there.
    struct Row {
        var status: Int32
        var meaning: String
    }

    static func success(_ meaning: String) -> Row { Row(status: 0, meaning: meaning) }
    static func partial(_ meaning: String) -> Row { Row(status: partial.rawValue, meaning: meaning) }
    static func notFound(_ meaning: String) -> Row { Row(status: notFound.rawValue, meaning: meaning) }
    static let storeFailure = Row(
        status: 1, meaning: "the command could not run: the database cannot be opened, is damaged or is not Newsdesk's")
    static let usage = Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, bad value")
    static let signals = [
        Row(status: 130, meaning: "interrupted (Ctrl-C); everything processed before is committed, a re-run finishes the rest"),
        Row(status: 143, meaning: "terminated (SIGTERM), as for 130"),
    ]

    /// The statuses of the commands that print articles without storing them (extract, analyze).
    static let printing = [
        success("every input gave an article"),
        Row(status: 1, meaning: "the command could not run: the configuration or the language model cannot be read"),
        partial("finished, but some inputs gave no article (not a document, empty, missing, unreadable, too large); each one is reported with its reason"),
        usage,
    ]

    /// The statuses of a command that reads one article by its id (show, copies), after 0 and 1.
    static let articleLookup = [
        notFound("no stored article has that id or id prefix"),
        Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, an id that is not hex, a prefix that several articles share"),
    ]

    /// The EXIT STATUS section of a command's help. swift-argument-parser wraps help text at
    /// the terminal's width (80 columns off a terminal) and starts every wrapped line at column
    /// 0, so the rows are wrapped here, under their meaning's column, narrower than that.
    static func help(_ rows: [Row]) -> String {
        let indent = 7
        let width = 78 - indent
        let lines = rows.flatMap { row in
            let status = String(row.status)
            let wrapped = wrap(row.meaning, width: width)
            return wrapped.enumerated().map { index, line in
                let lead = index == 0 ? "  " + status + String(repeating: " ", count: indent - 2 - status.count) : String(repeating: " ", count: indent)
                return lead + line
            }
        }
        return (["EXIT STATUS"] + lines).joined(separator: "\n")
    }

    /// `text` in lines of at most `width` characters, broken at spaces. Lengths are counted
    /// as the words are added (every command's help is built at start-up, even unprinted).
    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var length = 0
        // Split on bytes: splitting a String breaks it into graphemes first.
        for bytes in text.utf8.split(separator: UInt8(ascii: " ")) {
            let word = String(decoding: bytes, as: UTF8.self)
            let wordLength = word.unicodeScalars.count
            if length > 0 && length + 1 + wordLength > width {
                lines.append(line)
                line = ""
                length = 0
            }
            line += length == 0 ? word : " " + word
            length += length == 0 ? wordLength : 1 + wordLength
        }
        if length > 0 { lines.append(line) }
        return lines
    }
}
