import ArgumentParser

/// The article a command is about: its id or a unique prefix of it (`show`, `copies`).
struct ArticleIDArgument: ParsableArguments {
    @Argument(help: "The article id, or a unique prefix of it (at least 4 hex digits).")
    var id: String

    func validate() throws {
        guard id.count >= 4, id.allSatisfy(\.isHexDigit) else {
            throw ValidationError("'\(id)' is not an article id: give at least 4 hex digits")
        }
    }
}

/// Output for people, or JSON.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json

    /// Prints a report as this format asks: its JSON, or its text for people.
    func print(_ report: some TextReport) throws {
        switch self {
        case .json: try Output.json(report, pretty: true)
        case .text: Output.line(report.text)
        }
    }
}

/// What a command reports about one thing (`copies`, `entity`, `story`): JSON or a text.
protocol TextReport: Encodable {
    var text: String { get }
}
