import Foundation

#if FUZZING
    /// The target that libFuzzer runs, named by NEWSDESK_FUZZ_TARGET (scripts/fuzz.sh sets it).
    private let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["NEWSDESK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("NEWSDESK_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue))")
        }
        return target
    }()

    /// libFuzzer's driver, which takes the place of its `main`: SwiftPM names an executable's
    /// entry point after its module and links `main` to it.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    @_cdecl("newsdesk_fuzz_main")
    func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
    }
#else
    /// Without the fuzzer: runs files through a target, to replay what a fuzzing run found.
    ///   newsdesk-fuzz html|text|decoder|query FILE...
    @main
    struct Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                FileHandle.standardError.write(Data("usage: newsdesk-fuzz html|text|decoder|query FILE...\n".utf8))
                exit(64)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("newsdesk-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                target.run(Array(data))
            }
        }
    }
#endif
