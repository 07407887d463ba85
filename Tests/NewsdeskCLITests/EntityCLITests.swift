import Foundation
import Testing

/// Entities through the binary: ingest stores them, `entities` lists the most named, `entity`
/// shows one by id or name, `search --entity` finds the articles that mention it, `show` and
/// `export` carry the mentions. The fixtures name their entities in full sentences, more than
/// once; the assertions look entities up by name, so that they hold when the gazetteer turns
/// Newsdesk ids into Wikidata ids.
@Suite struct EntityCLITests {
    static let paris = """
        Le président Emmanuel Macron a reçu mardi à Paris le secrétaire général de l'ONU. Emmanuel Macron a plaidé \
        pour une réforme du Conseil de sécurité de l'ONU. Le chef de l'État a ensuite quitté Paris pour Bruxelles, \
        où Emmanuel Macron doit rencontrer ses homologues.

        """
    static let berlin = """
        French President Emmanuel Macron travelled to Berlin on Monday. Emmanuel Macron spoke about energy prices, \
        and Macron later met students in Berlin.

        """
    /// Antwerp's Wikidata id, which the gazetteer links the name to.
    static let antwerpID = "Q12892"
    static let antwerp = """
        Dock workers in Antwerp extended their strike on Tuesday. The port of Antwerp said ships were waiting off \
        the Belgian coast. Union leaders in Antwerp called for talks with the employers.

        """
    static let kingdom = """
        King Abdullah of Jordan met ministers in Amman on Sunday. Jordan has received many refugees, and Jordan \
        asked for more aid from the European Union.

        """
    static let player = """
        Basketball star Michael Jordan opened a new school in Chicago on Friday. Michael Jordan said the school \
        would welcome two hundred pupils. Jordan thanked the teachers.

        """

    /// A database with the Paris (2025-03-11, fr), Berlin (2025-04-07, en) and Antwerp
    /// (2025-02-01, en) articles, and with `jordan` the two Jordan ones (2025-02-01); the ids
    /// by file name.
    static func corpus(jordan: Bool = false) throws -> (CLIHarness, [String: String]) {
        let cli = try CLIHarness()
        var ingests: [(String, String, String)] = [("paris.txt", paris, "2025-03-11"), ("berlin.txt", berlin, "2025-04-07"), ("antwerp.txt", antwerp, "2025-02-01")]
        if jordan { ingests += [("kingdom.txt", kingdom, "2025-02-01"), ("player.txt", player, "2025-02-01")] }
        var ids: [String: String] = [:]
        for (name, text, date) in ingests {
            let path = try cli.write(name, text)
            let run = try cli.run(["ingest", path, "--date", date, "--db", cli.database, "--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let listed = try cli.run(["list", "--db", cli.database, "--format", "json"])
        let texts = Dictionary(uniqueKeysWithValues: ingests.map { ($0.1.prefix(40), $0.0) })
        for article in listed.json as? [[String: Any]] ?? [] {
            guard let id = article["id"] as? String else { continue }
            let shown = try cli.run(["show", id, "--db", cli.database, "--format", "json"])
            if let text = shown.jsonObject["text"] as? String, let name = texts[text.prefix(40)] { ids[name] = id }
        }
        #expect(ids.count == ingests.count)
        return (cli, ids)
    }

    static func entities(_ cli: CLIHarness, _ arguments: [String] = []) throws -> [[String: Any]] {
        let run = try cli.run(["entities", "--db", cli.database, "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return run.json as? [[String: Any]] ?? []
    }

    @Test func entitiesListsTheMostNamedWithTheirCounts() throws {
        let (cli, _) = try Self.corpus()
        let all = try Self.entities(cli)
        let first = try #require(all.first)
        #expect(first["name"] as? String == "Emmanuel Macron")
        #expect(first["type"] as? String == "person")
        #expect(first["articles"] as? Int == 2)
        #expect((first["mentions"] as? Int ?? 0) >= 5)
        #expect(first.keys.contains("wikidata"), "null fields are written")
        let names = all.compactMap { $0["name"] as? String }
        #expect(names.contains("Paris") && names.contains("Berlin"))
        // Antwerp is known to the gazetteer: its Wikidata id, under the gazetteer's name.
        #expect(all.contains { $0["id"] as? String == Self.antwerpID })

        let places = try Self.entities(cli, ["--type", "place"])
        #expect(places.allSatisfy { $0["type"] as? String == "place" })
        #expect(places.contains { $0["id"] as? String == Self.antwerpID && $0["articles"] as? Int == 1 && $0["mentions"] as? Int == 3 })
        #expect(try Self.entities(cli, ["--top", "1"]).count == 1)

        let since = try Self.entities(cli, ["--since", "2025-04"])
        #expect(!since.contains { $0["id"] as? String == Self.antwerpID || $0["name"] as? String == "Paris" })
        #expect(since.first { $0["name"] as? String == "Emmanuel Macron" }?["articles"] as? Int == 1)
        #expect(try Self.entities(cli, ["--since", "2026"]).isEmpty)

        let table = try cli.run(["entities", "--db", cli.database, "--top", "3"])
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("articles  mentions  type") == true)
        #expect(lines.dropFirst().first?.contains("Emmanuel Macron") == true, "\(table.stdout)")
    }

    @Test func entityShowsAliasesMonthsCompanionsAndRecentArticles() throws {
        let (cli, ids) = try Self.corpus()
        let run = try cli.run(["entity", "émmanuel MACRON", "--db", cli.database, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let profile = run.jsonObject
        #expect(profile["name"] as? String == "Emmanuel Macron")
        let aliases = profile["aliases"] as? [[String: Any]] ?? []
        #expect(Set(aliases.filter { $0["text"] as? String == "Emmanuel Macron" }.compactMap { $0["language"] as? String }) == ["fr", "en"])
        #expect(Set((profile["languages"] as? [[String: Any]] ?? []).compactMap { $0["language"] as? String }) == ["fr", "en"])
        #expect((profile["months"] as? [[String: Any]] ?? []).compactMap { $0["month"] as? String } == ["2025-03", "2025-04"])
        let companions = (profile["companions"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(companions.contains("Paris") && companions.contains("Berlin") && !companions.contains("Antwerp"))
        #expect((profile["recent"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } == [ids["berlin.txt"], ids["paris.txt"]])

        // The same entity by its exact id, and an alias seen (case folded).
        let id = try #require(profile["id"] as? String)
        #expect(try cli.run(["entity", id, "--db", cli.database, "--format", "json"]).jsonObject["name"] as? String == "Emmanuel Macron")
        #expect(try cli.run(["entity", "macron", "--db", cli.database, "--format", "json"]).jsonObject["id"] as? String == id)
        let un = try cli.run(["entity", "onu", "--db", cli.database, "--format", "json"]).jsonObject
        #expect(un["type"] as? String == "organization")
        #expect(try cli.run(["entity", "l’ONU", "--db", cli.database, "--format", "json"]).jsonObject["id"] as? String == un["id"] as? String)

        let text = try cli.run(["entity", "Antwerp", "--db", cli.database])
        #expect(text.status == 0)
        #expect(text.stdout.contains("(place)") && text.stdout.contains(Self.antwerpID), "\(text.stdout)")
        #expect(text.stdout.contains("  Antwerp  3  (en 3)"))
        #expect(text.stdout.contains("  2025-02  "))
        #expect(text.stdout.contains(String(try #require(ids["antwerp.txt"]).prefix(12))))
    }

    @Test func searchByEntityFindsTheArticlesThatMentionIt() throws {
        let (cli, ids) = try Self.corpus()
        func found(_ arguments: [String]) throws -> [String] {
            let run = try cli.run(["search", "--db", cli.database, "--format", "json"] + arguments)
            return (run.json as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try found(["--entity", "Emmanuel Macron"]) == [ids["berlin.txt"], ids["paris.txt"]].compactMap(\.self))
        #expect(try found(["--entity", "Antwerp"]) == [ids["antwerp.txt"]].compactMap(\.self))
        #expect(try found(["Berlin", "--entity", "Emmanuel Macron"]) == [ids["berlin.txt"]].compactMap(\.self))
        #expect(try found(["--entity", "Paris", "--entity", "Macron"]) == [ids["paris.txt"]].compactMap(\.self))
        let antwerpID = try #require(try Self.entities(cli, ["--type", "place"]).first { $0["id"] as? String == Self.antwerpID }?["id"] as? String)
        #expect(try found(["strike", "--entity", antwerpID]) == [ids["antwerp.txt"]].compactMap(\.self))

        // --about alone lists what it keeps too ("mardi" in the Paris article is 2025-03-11).
        #expect(try found(["--about", "2025-03-11"]) == [ids["paris.txt"]].compactMap(\.self))
        #expect(try found(["--about", "2025-03-11", "--entity", "Berlin"]).isEmpty)

        let snippet = try cli.run(["search", "--entity", "Antwerp", "--db", cli.database])
        #expect(snippet.stdout.contains("Dock workers in [Antwerp] extended"), "\(snippet.stdout)")
        let none = try cli.run(["search", "Berlin", "--entity", "Antwerp", "--db", cli.database])
        #expect(none.status == 3)
    }

    @Test func badEntityInputsExitAsTheirHelpSays() throws {
        let (cli, _) = try Self.corpus(jordan: true)
        let unknown = try cli.run(["entity", "Vladimir Poutine", "--db", cli.database])
        #expect(unknown.status == 3)
        #expect(unknown.stderr.contains("no entity has the id or name 'Vladimir Poutine'"))
        #expect(try cli.run(["search", "--entity", "Vladimir Poutine", "--db", cli.database]).status == 3)
        let antwerpID = try #require(try Self.entities(cli).first { $0["id"] as? String == Self.antwerpID }?["id"] as? String)
        #expect(try cli.run(["search", "--entity", String(antwerpID.dropLast(2)), "--db", cli.database]).status == 3,
                "an id is matched exactly, never as a prefix")

        let ambiguous = try cli.run(["entity", "jordan", "--db", cli.database])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("'jordan' names several entities"))
        #expect(ambiguous.stderr.contains("Michael Jordan"), "\(ambiguous.stderr)")
        #expect(ambiguous.stderr.contains("  place  Jordan"), "\(ambiguous.stderr)")
        #expect(try cli.run(["search", "--entity", "Jordan", "--db", cli.database]).status == 64)

        for arguments in [["entities", "--type", "company"], ["entities", "--top", "0"], ["entities", "--since", "2025-13"],
                          ["entities", "--since", "yesterday"], ["entity", " "], ["search"]]
        {
            let run = try cli.run(arguments + ["--db", cli.database])
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
        }
        #expect(try cli.run(["entities", "--db", cli.path("none.sqlite")]).status == 1)
    }

    @Test func showExportAndRecleanCarryTheMentions() throws {
        let (cli, ids) = try Self.corpus()
        let id = try #require(ids["antwerp.txt"])
        let shown = try cli.run(["show", id, "--db", cli.database])
        #expect(shown.stdout.contains("entities ("), "\(shown.stdout)")
        let line = shown.stdout.split(separator: "\n").first { $0.contains(Self.antwerpID) && $0.contains("  place  ") && $0.contains("×3") }
        #expect(line?.contains("\"Antwerp\"") == true, "\(shown.stdout)")

        let exported = try cli.run(["export", "--db", cli.database])
        let articles = exported.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let antwerp = try #require(articles.first { $0["id"] as? String == id })
        let mentions = antwerp["mentions"] as? [[String: Any]] ?? []
        #expect(mentions.filter { $0["text"] as? String == "Antwerp" }.count == 3)
        #expect((antwerp["entities"] as? [[String: Any]] ?? []).contains { $0["wikidata"] as? String == Self.antwerpID })

        let before = try Self.entities(cli)
        let reclean = try cli.run(["reclean", "--stage", "entities", "--db", cli.database])
        #expect(reclean.status == 0, "\(reclean.stderr)")
        let after = try Self.entities(cli)
        #expect(after.map { $0["id"] as? String } == before.map { $0["id"] as? String })
        #expect(after.map { $0["mentions"] as? Int } == before.map { $0["mentions"] as? Int }, "a re-run replaces its counts")
    }
}
