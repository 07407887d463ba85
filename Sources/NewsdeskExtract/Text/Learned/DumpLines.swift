/// The lines of a page dump as given (one `TextLine` per line, no joining of wrapped lines),
/// for training and measuring the line model on a labelled corpus line by line
/// (`newsdesk-train lines`, bench/dumps.sh).
package struct DumpLines {
    /// What a cleaner made of one line.
    package enum Outcome: Equatable {
        case body, title, credit, removed
    }

    let lines: [TextLine]

    package init(_ lines: [String]) {
        self.lines = lines.map { TextLine($0) }
    }

    /// The model's features of each line (the rule-based labels among them).
    package var features: [[UInt32]] {
        let functionWords = FunctionWords(document: lines)
        return LineFeatures.features(of: lines, rules: LineClassifier.classify(lines, functionWords: functionWords), functionWords: functionWords,
                              recurrence: LineFeatures.recurrence(of: lines))
    }

    /// The trees' context features of each line (`LineContext`), from the line model's
    /// log-probabilities of each line (`LineModel.emissions` of `features`).
    package func context(emissions: [[Float]]) -> [[Float]] {
        LineContext.features(emissions: emissions, lines: lines, recurrence: LineFeatures.recurrence(of: lines))
    }

    /// The title ranker's candidate lines and their features (`TitleFeatures`), from the line
    /// model's log-probabilities of each line.
    package func titleCandidates(emissions: [[Float]]) -> [(line: Int, features: [Float])] {
        TitleFeatures.candidates(lines: lines, emissions: emissions, rules: LineClassifier.classify(lines), recurrence: LineFeatures.recurrence(of: lines))
    }

    /// The headline that the line `title` repeats with a site's name after a separator, or nil.
    package func headline(repeatedBy title: Int) -> Int? {
        RecurringHeadline.headline(for: title, in: lines)
    }

    /// Whether two lines read the same once case, accents and punctuation are set aside.
    package func reads(_ line: Int, like other: Int) -> Bool {
        lines[line].key == lines[other].key
    }

    /// Each line's outcome with the line model and trees, or with the rules alone when
    /// `models` is nil.
    package func outcomes(models: LineModels?) -> [Outcome] {
        let labels = models.map { LearnedLineClassifier.classify(lines, models: $0) } ?? LineClassifier.classify(lines)
        return labels.map { label in
            switch label {
            case .title: .title
            case .body: .body
            case .credit, .caption, .outletByline, .copyright: .credit
            case .removed: .removed
            }
        }
    }
}
