import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskText
import Testing

@Suite struct PipelineOrderTests {
    @Test func registeredStagesAreTheExpectedOnes() {
        #expect(StageRegistry.stages.map { $0.id } == ["extract", "verbatim", "language", "sentences"])
        #expect(StageRegistry.defaultPipeline == ["extract", "language", "sentences"])
        #expect(StageRegistry.verbatimPipeline == ["verbatim", "language", "sentences"])
        #expect(StageRegistry.layerTypes.keys.map(\.rawValue).sorted() == ["sentences"])
    }

    @Test func theDefaultOrdersHold() throws {
        let pipeline = try Pipeline(stages: StageRegistry.defaultPipeline, configuration: Configuration())
        #expect(pipeline.ids == ["extract", "language", "sentences"])
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
