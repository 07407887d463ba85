import ArgumentParser

/// The exit statuses of every command, implemented and documented in one place.
enum ExitStatus {
    /// Some inputs were skipped or failed; the others were processed and kept.
    static let partial = ExitCode(2)
    /// Nothing matched (search, show).
    static let notFound = ExitCode(3)

    static let help = """
        EXIT STATUS
          0    success: every input was stored (or was already stored), or the query answered
          1    the command could not run: database cannot be opened, is damaged or not Newsdesk's
          2    finished, but some inputs were skipped (not a document, empty, no article) or failed
               (missing, unreadable, too large); each one is reported with its reason
          3    nothing found: no article with that id, or no search result
          64   usage error: unknown option, bad value
          130  interrupted (Ctrl-C); everything processed before is committed, a re-run finishes the rest
          143  terminated (SIGTERM), as for 130
        """

    /// The status for a run that a signal interrupted.
    static func interrupted(by signal: Int32) -> ExitCode { ExitCode(128 + signal) }
}
