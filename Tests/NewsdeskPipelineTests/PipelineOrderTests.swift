import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskText
import Testing

@Suite struct PipelineOrderTests {
    @Test func registeredStagesAreTheExpectedOnes() {
        #expect(StageRegistry.stages.map { $0.id } == ["extract", "verbatim", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        #expect(StageRegistry.defaultPipeline == ["extract", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        #expect(StageRegistry.verbatimPipeline == ["verbatim", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        #expect(StageRegistry.layerTypes.keys.map(\.rawValue).sorted() == ["entities", "fingerprint", "quotes", "sentences", "story-profile", "times"])
    }

    @Test func eachLayerIsOfAKindItsStageProvidesAndNoKindHasTwoStages() {
        for stage in StageRegistry.stages {
            if let layer = layerType(of: stage) { #expect(stage.provides.contains(layer.kind), "\(stage.id)") }
        }
        #expect(layerType(of: SentenceStage.self) == SentenceLayer.self)
        let analysisKinds = StageRegistry.analysisStages.flatMap { $0.provides }
        #expect(Set(analysisKinds).count == analysisKinds.count)
        #expect(Set(StageRegistry.stages.map { $0.id }).count == StageRegistry.stages.count)
    }

    @Test func twoStagesProvidingTheSameKindAreRefused() {
        #expect { try Pipeline(stages: ["extract", "verbatim"], configuration: Configuration()) } throws: { error in
            (error as? PipelineError)?.message.contains("provides 'text', which a stage before it already provides") == true
        }
    }

    @Test func theDefaultOrdersHold() throws {
        let pipeline = try Pipeline(stages: StageRegistry.defaultPipeline, configuration: Configuration())
        #expect(pipeline.ids == ["extract", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        _ = try Pipeline(stages: StageRegistry.verbatimPipeline, configuration: Configuration())
    }

    @Test func aStageBeforeWhatItRequiresIsRefusedNamingTheMissingKind() {
        #expect {
            try Pipeline(stages: ["sentences", "extract"], configuration: Configuration())
        } throws: { error in
            let message = (error as? PipelineError)?.message ?? ""
            return message.contains("stage 'sentences' requires 'text'") && message.contains("order: sentences, extract")
        }
    }

    @Test func withoutInputExtractionCannotRun() {
        #expect(throws: PipelineError.self) {
            try Pipeline.check([ExtractionStage.self], available: [.text])
        }
    }

    @Test func unknownAndRepeatedStagesAreRefused() {
        #expect { try Pipeline(stages: ["extract", "sentiment"], configuration: Configuration()) } throws: { error in
            (error as? PipelineError)?.message.contains("unknown stage 'sentiment'") == true
        }
        #expect { try Pipeline(stages: ["extract", "extract"], configuration: Configuration()) } throws: { error in
            (error as? PipelineError)?.message.contains("listed twice") == true
        }
    }

    @Test func settingsForAnUnknownStageAreRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-config-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"stages": {"sentimentz": {"x": 1}}}"#.utf8).write(to: file)
        let configuration = try Configuration.read(file: file.path)
        #expect { try Pipeline(stages: ["extract"], configuration: configuration) } throws: { error in
            (error as? PipelineError)?.message.contains("unknown stage 'sentimentz'") == true
        }
    }
}

/// Configuration files: what they may set, and what is refused with the file's name.
@Suite final class ConfigurationFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-config-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func read(_ json: String) throws -> Configuration {
        let file = folder.appendingPathComponent("newsdesk.json")
        try Data(json.utf8).write(to: file)
        return try Configuration.read(file: file.path)
    }

    func refusal(_ json: String) -> String? {
        do {
            _ = try read(json)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func limitsOverrideTheDefaultsOneByOne() throws {
        let configuration = try read(#"{"limits": {"maxInputBytes": 1000}}"#)
        #expect(configuration.limits.maxInputBytes == 1000)
        #expect(configuration.limits.maxNestingDepth == Limits().maxNestingDepth)
    }

    @Test func malformedFilesAreRefusedNotCrashedOn() {
        for json in [#"{"limits": 5}"#, #"{"limits": "x"}"#, #"{"limits": null}"#, "[1]", "{", #"{"stages": {"sentences": 3}}"#, #"{"colour": 1}"#] {
            #expect(refusal(json)?.contains("newsdesk.json") == true, "\(json)")
        }
    }

    @Test func nestingLimitsAreCappedSoAPageCannotExhaustTheStack() {
        #expect(refusal(#"{"limits": {"maxJSONDepth": 100000000}}"#) != nil)
        #expect(refusal(#"{"limits": {"maxNestingDepth": 0}}"#) != nil)
    }

    @Test func aRelativeResourcesFolderIsTheConfigurationFilesAndMustExist() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("res"), withIntermediateDirectories: true)
        #expect(try read(#"{"resources": "res"}"#).resources == folder.appendingPathComponent("res").path)
        #expect(refusal(#"{"resources": "missing"}"#)?.contains("does not exist") == true)
    }

    @Test func aMisspeltStageSettingIsRefused() throws {
        let configuration = try read(#"{"stages": {"sentences": {"quotationLookahed": 5}}}"#)
        #expect { try Pipeline(stages: ["verbatim", "sentences"], configuration: configuration) } throws: { error in
            (error as? PipelineError)?.message.contains("unknown setting 'quotationLookahed'") == true
        }
    }

    @Test func languagesOutsideTheModelAreRefused() throws {
        let configuration = try read(#"{"stages": {"language": {"only": ["fr", "zz"]}}}"#)
        #expect { try Pipeline(stages: ["verbatim", "language"], configuration: configuration) } throws: { error in
            (error as? PipelineError)?.message.contains("zz") == true
        }
    }
}

/// The layer type a stage's output is, if it is one.
private func layerType<S: Stage>(of stage: S.Type) -> (any AnnotationLayer.Type)? {
    S.Output.self as? any AnnotationLayer.Type
}
