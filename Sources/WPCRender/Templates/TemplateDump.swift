import Foundation
import WPCModel
import WPCTemplates

/// Copies the bundled templates into a folder for a user to edit and pass
/// back with `--templates DIR`.
public enum TemplateDump {
    /// Writes every bundled template family into `directory` (created if
    /// needed) and returns the paths written. Existing files are kept unless
    /// `overwrite` is true.
    /// - Throws: `TemplateError` when a file exists (without `overwrite`) or cannot be written.
    public static func dump(to directory: URL, overwrite: Bool = false, bundled: URL = BundledTemplates.directory) throws(TemplateError) -> [String] {
        let manager = FileManager.default
        var written: [String] = []
        let families = ((try? manager.contentsOfDirectory(atPath: bundled.path)) ?? []).sorted()
        for family in families {
            let source = bundled.appendingPathComponent(family)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let target = directory.appendingPathComponent(family)
            for name in ((try? manager.contentsOfDirectory(atPath: source.path)) ?? []).sorted() where !name.hasPrefix(".") {
                let destination = target.appendingPathComponent(name)
                if manager.fileExists(atPath: destination.path), !overwrite {
                    throw TemplateError("file exists (pass --force to overwrite)", at: SourceLocation(file: destination.path, line: 0, column: 0))
                }
                do {
                    try manager.createDirectory(at: target, withIntermediateDirectories: true)
                    let data = try Data(contentsOf: source.appendingPathComponent(name))
                    try data.write(to: destination, options: .atomic)
                } catch {
                    throw TemplateError("cannot write template: \(error.localizedDescription)", at: SourceLocation(file: destination.path, line: 0, column: 0))
                }
                written.append(destination.path)
            }
        }
        return written
    }
}
