import Foundation

/// Paths inside the repository, for tests that read the bundled input.
public enum Repository {
    /// The repository's root folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path relative to the root.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The seed annex export, as bundled in Input/.
    public static var seedText: String { path("Input/ptc-work-programme-2019-2022.txt") }
    /// The canonical XML of the seed.
    public static var seedXML: String { path("Input/ptc-work-programme-2019-2022.xml") }
    /// The responsible-body registry.
    public static var bodies: String { path("Input/bodies.tsv") }

    /// A fresh temporary folder.
    public static func temporaryFolder(_ name: String = "wpc-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
