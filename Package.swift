// swift-tools-version:6.1
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Newsdesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
        .library(name: "NewsdeskCore", targets: ["NewsdeskCore"]),
        .library(name: "NewsdeskExtract", targets: ["NewsdeskExtract"]),
        .library(name: "NewsdeskText", targets: ["NewsdeskText"]),
        .library(name: "NewsdeskStore", targets: ["NewsdeskStore"]),
        .library(name: "NewsdeskStories", targets: ["NewsdeskStories"]),
        .library(name: "NewsdeskEntities", targets: ["NewsdeskEntities"]),
        .library(name: "NewsdeskQuotes", targets: ["NewsdeskQuotes"]),
        .library(name: "NewsdeskPipeline", targets: ["NewsdeskPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // System-library shims: libdeflate for .gz input (declared in its shim: only the runtime
        // library is needed, which Debian images carry), libcrypto for SHA-256 ids.
        .systemLibrary(name: "CLibDeflate"),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Header-only: a cache prefetch hint for the language scorer.
        .systemLibrary(name: "CPrefetch"),

        .target(name: "NewsdeskCore", swiftSettings: strictness),
        .target(
            name: "NewsdeskText",
            dependencies: ["NewsdeskCore", "CPrefetch"],
            swiftSettings: strictness
        ),
        .target(
            name: "NewsdeskExtract",
            dependencies: ["NewsdeskCore", "NewsdeskText", "CLibDeflate", "CCrypto"],
            swiftSettings: strictness
        ),
        // Fingerprints, copies and their lineage; stories and storylines (which read the entities).
        .target(
            name: "NewsdeskStories",
            dependencies: ["NewsdeskCore", "NewsdeskText", "NewsdeskEntities"],
            swiftSettings: strictness
        ),
        // Names in the text, their types and identities.
        .target(
            name: "NewsdeskEntities",
            dependencies: ["NewsdeskCore", "NewsdeskText"],
            swiftSettings: strictness
        ),
        // Trains the name recogniser (scripts/build-entity-model.sh) and the plain-text cleaner's
        // line model (scripts/build-line-model.sh); not part of the product.
        .executableTarget(
            name: "newsdesk-train",
            dependencies: ["NewsdeskEntities", "NewsdeskExtract", "NewsdeskText", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictness
        ),
        // Times searches in process for bench/search-scale.sh; not part of the product.
        .executableTarget(
            name: "newsdesk-search-bench",
            dependencies: ["NewsdeskStore"],
            swiftSettings: strictness
        ),
        // Fuzz targets for scripts/fuzz.sh (libFuzzer); without -DFUZZING it replays inputs.
        .executableTarget(
            name: "newsdesk-fuzz",
            dependencies: ["NewsdeskExtract", "NewsdeskStore"],
            swiftSettings: strictness
        ),
        // Quotes, cues and speakers.
        .target(
            name: "NewsdeskQuotes",
            dependencies: ["NewsdeskCore", "NewsdeskText", "NewsdeskEntities"],
            swiftSettings: strictness
        ),
        .target(
            name: "NewsdeskStore",
            dependencies: [
                "NewsdeskCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, for the progress handler that bounds a query's time.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictness
        ),
        // The stage registry and everything that runs the pipeline: shared by the CLI and the server to come.
        .target(
            name: "NewsdeskPipeline",
            dependencies: ["NewsdeskCore", "NewsdeskText", "NewsdeskExtract", "NewsdeskEntities", "NewsdeskStories", "NewsdeskQuotes", "NewsdeskStore"],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "newsdesk",
            dependencies: [
                "NewsdeskCore", "NewsdeskExtract", "NewsdeskStore", "NewsdeskText", "NewsdeskStories", "NewsdeskEntities", "NewsdeskQuotes",
                "NewsdeskPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),

        // What several test targets share (a seeded random generator for the fuzz-style tests).
        .target(name: "NewsdeskTestSupport", path: "Tests/Support", swiftSettings: strictness),
        .testTarget(name: "NewsdeskCoreTests", dependencies: ["NewsdeskCore"], swiftSettings: strictness),
        .testTarget(
            name: "NewsdeskTextTests",
            dependencies: ["NewsdeskText", "NewsdeskCore", "NewsdeskTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskExtractTests",
            dependencies: ["NewsdeskExtract", "NewsdeskCore", "NewsdeskTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskEntitiesTests",
            dependencies: ["NewsdeskEntities", "NewsdeskText", "NewsdeskCore"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskStoriesTests",
            dependencies: ["NewsdeskStories", "NewsdeskEntities", "NewsdeskText", "NewsdeskCore"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskQuotesTests",
            dependencies: ["NewsdeskQuotes", "NewsdeskEntities", "NewsdeskText", "NewsdeskCore"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskStoreTests",
            dependencies: ["NewsdeskStore", "NewsdeskCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskPipelineTests",
            dependencies: [
                "NewsdeskPipeline", "NewsdeskExtract", "NewsdeskText", "NewsdeskStories", "NewsdeskEntities", "NewsdeskQuotes", "NewsdeskStore", "NewsdeskCore",
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "NewsdeskCLITests",
            dependencies: ["newsdesk", "NewsdeskTestSupport"],
            swiftSettings: strictness
        ),
    ]
)
