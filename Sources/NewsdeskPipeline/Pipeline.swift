public import NewsdeskCore

/// An ordered list of stages whose requirements are met: each stage finds what it requires
/// provided by the stages before it (or by the runner: `.input` for new documents). An order
/// that does not hold is refused when the pipeline is built, naming what is missing.
public struct Pipeline: Sendable {
    public let stages: [any Stage]
    /// What the stages were built from; its limits bound the reading of inputs too.
    public let configuration: Configuration

    /// Builds the stages named by `ids`, in that order, from the configuration. `available` is
    /// what documents carry before the first stage.
    public init(stages ids: [String], configuration: Configuration, available: Set<AnnotationKind> = [.input]) throws(PipelineError) {
        var types: [any Stage.Type] = []
        for id in ids {
            guard let type = StageRegistry.stage(id: id) else {
                throw PipelineError("unknown stage '\(id)' (known: \(StageRegistry.stages.map { $0.id }.joined(separator: ", ")))")
            }
            types.append(type)
        }
        try Self.check(types, available: available)
        let registered = Set(StageRegistry.stages.map { $0.id })
        if let unknown = configuration.configuredStages.first(where: { !registered.contains($0) }) {
            throw PipelineError("the configuration has settings for an unknown stage '\(unknown)'")
        }
        if let resources = configuration.resources { ResourceLocator.useConfiguredRoot(resources) }
        var stages: [any Stage] = []
        for type in types {
            do {
                stages.append(try type.make(configuration: configuration))
            } catch {
                throw PipelineError(error.description)
            }
        }
        self.stages = stages
        self.configuration = configuration
    }

    /// Refuses an order in which a stage requires a kind that nothing before it provides.
    public static func check(_ stages: [any Stage.Type], available: Set<AnnotationKind>) throws(PipelineError) {
        var provided = available
        var seen: Set<String> = []
        for stage in stages {
            guard seen.insert(stage.id).inserted else { throw PipelineError("stage '\(stage.id)' is listed twice") }
            let order = stages.map { $0.id }.joined(separator: ", ")
            let missing = stage.requires.subtracting(provided).sorted()
            if !missing.isEmpty {
                let names = missing.map { "'\($0)'" }.joined(separator: ", ")
                throw PipelineError("stage '\(stage.id)' requires \(names), which no stage before it provides (order: \(order))")
            }
            if let again = stage.provides.intersection(provided).sorted().first {
                throw PipelineError("stage '\(stage.id)' provides '\(again)', which a stage before it already provides (order: \(order))")
            }
            provided.formUnion(stage.provides)
        }
    }

    public var ids: [String] { stages.map { type(of: $0).id } }

    /// What the stages report about themselves: they run, but with less than they should have.
    public var warnings: [String] { stages.flatMap { $0.warnings } }

    /// Runs every stage in order, recording the CPU time each took in `document.cpuSeconds`;
    /// a rejection (an input with no article) stops the document.
    public func run(_ document: inout Document) throws(Rejection) {
        for stage in stages {
            let start = ThreadCPUClock.now
            try stage.run(on: &document)
            document.cpuSeconds[type(of: stage).id, default: 0] += ThreadCPUClock.now - start
        }
    }
}

/// A pipeline that cannot be built: an unknown stage, an order whose requirements are not met,
/// a stage that cannot load what it needs.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
