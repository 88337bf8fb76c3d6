// swift-tools-version:6.0
import PackageDescription

/// wpc, the work programme compiler. The targets are the layers of the pipeline:
/// readers → model → checks → views → rendering, with libxml2 behind the
/// source-format layer only. See README.md for the map.
let package = Package(
    name: "wpc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wpc", targets: ["wpc"]),
        .library(name: "WPCApp", targets: ["WPCApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // C shim over Debian's libxml2; imported by WPCSources only.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // C shim over the system zlib: the .docx reader unpacks parts with it,
        // feeding it exactly each entry's bytes (see ZIPEntryReader).
        .systemLibrary(
            name: "CAllocator",
            path: "Sources/CAllocator"
        ),
        .systemLibrary(
            name: "CZlibInflate",
            path: "Sources/CZlibInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The typed model: value types, no I/O.
        .target(name: "WPCModel", dependencies: ["CAllocator"], path: "Sources/WPCModel"),
        // Readers and writers of source formats: annex text, XML (libxml2), Word (.docx), JSON.
        .target(
            name: "WPCSources",
            dependencies: ["WPCModel", "CLibXML2", "CZlibInflate"],
            path: "Sources/WPCSources",
            resources: [.copy("Schema")]
        ),
        // Validation rules and diagnostic printers.
        .target(name: "WPCChecks", dependencies: ["WPCModel"], path: "Sources/WPCChecks"),
        // Extracts and diffs: programmes in, programmes or changesets out.
        .target(name: "WPCViews", dependencies: ["WPCModel"], path: "Sources/WPCViews"),
        // The bundled templates, shipped as resources of their own target.
        .target(
            name: "WPCTemplates",
            dependencies: ["WPCModel"],
            path: "Templates",
            exclude: ["README.md"],
            sources: ["BundledTemplates.swift"],
            resources: [.copy("html"), .copy("annex"), .copy("markdown"), .copy("diff"), .copy("index"), .copy("dashboard"), .copy("labels")]
        ),
        // The Mustache engine: templates compiled against view-model shapes.
        .target(name: "WPCTemplateEngine", path: "Sources/WPCTemplateEngine"),
        // Generated programmes of any size, for tests, benchmarks and `render --synthetic`.
        .target(name: "WPCSynthetic", dependencies: ["WPCModel"], path: "Sources/WPCSynthetic"),
        // View-models, templates, paginator.
        .target(
            name: "WPCRender",
            dependencies: ["WPCModel", "WPCViews", "WPCTemplates", "WPCTemplateEngine"],
            path: "Sources/WPCRender"
        ),
        // The annex as a Word document (WordprocessingML in a ZIP package), and the redline of two drafts.
        .target(
            name: "WPCDocx",
            dependencies: ["WPCModel", "WPCViews", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/WPCDocx"
        ),
        // The user's verbs as library calls: load, build, render, extract, diff.
        .target(
            name: "WPCApp",
            dependencies: ["WPCModel", "WPCSources", "WPCChecks", "WPCViews", "WPCRender", "WPCDocx", "WPCSynthetic"],
            path: "Sources/WPCApp"
        ),
        // The command-line front end: parses flags and calls WPCApp.
        .executableTarget(
            name: "wpc",
            dependencies: [
                "WPCApp",
                "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/wpc"
        ),
        // Fixtures shared by the test targets (seed path, sample programmes, tool runners).
        .target(name: "WPCTestSupport", dependencies: ["WPCModel", "WPCSources", "WPCApp", "WPCSynthetic", .product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/Support"),
        .testTarget(name: "WPCModelTests", dependencies: ["WPCModel", "WPCSynthetic", "WPCTestSupport"]),
        .testTarget(name: "WPCSourcesTests", dependencies: ["WPCSources", "WPCSynthetic", "WPCTestSupport"]),
        .testTarget(
            name: "WPCChecksTests", dependencies: ["WPCChecks", "WPCSources", "WPCTestSupport"],
            exclude: ["Corpus", "Data"]
        ),
        .testTarget(name: "WPCViewsTests", dependencies: ["WPCViews", "WPCSources", "WPCRender", "WPCSynthetic", "WPCApp", "WPCTestSupport"]),
        .testTarget(
            name: "WPCRenderTests",
            dependencies: [
                "WPCRender", "WPCSynthetic", "WPCTemplateEngine", "WPCTemplates", "WPCViews", "WPCSources", "WPCDocx", "WPCApp", "WPCTestSupport", "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "WPCTemplateEngineTests",
            dependencies: ["WPCTemplateEngine", "WPCSynthetic", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "WPCAppTests", dependencies: ["WPCApp", "WPCDocx", "WPCSynthetic", "WPCTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Golden", "Reproducers"]),
        .testTarget(name: "WPCDocxTests", dependencies: ["WPCDocx", "WPCSources", "WPCViews", "WPCApp", "WPCTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harnesses (Fuzz/: annex text, XML, Word, diff): built only by scripts/fuzz.sh, which sets
// WPC_FUZZ=1 and links them with `-sanitize=fuzzer,address`. Without the
// sanitizer they cannot link (libFuzzer provides their driver), so `swift
// build` and `swift test` never see them.
if Context.environment["WPC_FUZZ"] == "1" {
    // SwiftPM links an executable with `main` aliased to `<module>_main`; each
    // harness defines that entry point itself and hands over to libFuzzer.
    let harness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        .target(name: "WPCFuzzSupport",
                dependencies: ["WPCApp", "WPCChecks", "WPCSources", "WPCRender", "WPCViews",
                               .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Fuzz/Support"),
        .executableTarget(name: "fuzz-annex", dependencies: ["WPCFuzzSupport"], path: "Fuzz/fuzz-annex", swiftSettings: harness),
        .executableTarget(name: "fuzz-xml", dependencies: ["WPCFuzzSupport"], path: "Fuzz/fuzz-xml", swiftSettings: harness),
        .executableTarget(name: "fuzz-diff", dependencies: ["WPCFuzzSupport"], path: "Fuzz/fuzz-diff", swiftSettings: harness),
        .executableTarget(name: "fuzz-docx", dependencies: ["WPCFuzzSupport"], path: "Fuzz/fuzz-docx", swiftSettings: harness),
    ]
}

// Release builds leave out the run-time exclusivity checks: on the readers'
// and rules' hot paths they cost a tenth of the time (a thread-local access
// set updated on every class-property access). Debug builds, which run the
// tests, keep them, so an overlapping access still fails a test.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
}
