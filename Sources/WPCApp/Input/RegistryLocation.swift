import Foundation
import WPCModel
import WPCSources

/// Which body registry a command uses: the file the user named with
/// `--bodies`, else `bodies.tsv` beside the (first) source, else none.
public enum RegistryLocation {
    /// The registry's path for `sources`, as it will be shown in messages, or
    /// nil when none is named and none lies beside the first source.
    public static func path(named path: String?, besideFirstOf sources: [String]) -> String? {
        if let path { return path }
        guard let first = sources.first else { return nil }
        let candidate = URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("bodies.tsv").path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        // Keep the path relative when the source's was, so messages name what the user typed.
        return first.contains("/") ? String(first[..<(first.lastIndex(of: "/") ?? first.endIndex)]) + "/bodies.tsv" : "bodies.tsv"
    }

    /// The file to watch for the registry: the one named or found, else the
    /// `bodies.tsv` that would be found beside the first source once it exists.
    public static func watchedPath(named path: String?, besideFirstOf sources: [String]) -> String? {
        if let found = self.path(named: path, besideFirstOf: sources) { return found }
        return sources.first.map { (FileKind.folder(of: $0) as NSString).appendingPathComponent("bodies.tsv") }
    }

    /// The registry for `sources`.
    /// - Throws: `InputError` when the named or found file cannot be read or
    ///   is larger than `maxInput` bytes.
    public static func registry(named path: String?, besideFirstOf sources: [String],
                                maxInput: Int = SourceText.defaultSizeLimit) throws(InputError) -> BodyRegistry? {
        guard let found = self.path(named: path, besideFirstOf: sources) else { return nil }
        if let problem = InputFile.problem(with: found, what: "body registry") { throw problem }
        do { return try BodyRegistryReader.read(path: found, sizeLimit: maxInput) } catch { throw .reader(error) }
    }
}
