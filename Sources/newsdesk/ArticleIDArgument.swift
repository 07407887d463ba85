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
}
