import Foundation
import WPCModel
import WPCSources

/// Which body registry a command uses: the file the user named with
/// `--bodies`, else `bodies.tsv` beside the (first) source, else none.
public enum RegistryLocation {
    /// The registry for `sources`.
    /// - Throws: `SourceError` when the named or found file cannot be read.
    public static func registry(named path: String?, besideFirstOf sources: [String]) throws(SourceError) -> BodyRegistry? {
        if let path { return try BodyRegistryReader.read(path: path) }
        guard let first = sources.first else { return nil }
        let candidate = URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("bodies.tsv").path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        // Keep the path relative when the source's was, so messages name what the user typed.
        let shown = first.contains("/") ? String(first[..<(first.lastIndex(of: "/") ?? first.endIndex)]) + "/bodies.tsv" : "bodies.tsv"
        return try BodyRegistryReader.read(path: shown)
    }
}
