import Foundation

/// Finds a folder of resources that ships with wpc (the templates, the XML
/// schema) without ever stopping the program: SwiftPM's generated
/// `Bundle.module` ends the process when its bundle is missing, so a binary
/// copied away from its bundles would crash instead of saying so.
///
/// It looks for the resource bundle beside the running executable, then for
/// the folder in the source tree the binary was built from; the caller turns
/// "not found" into an error the user can read.
public enum ResourceLocator {
    /// The first existing folder among `bundleName` beside the executable and `sourceFolder`.
    public static func folder(bundleName: String, sourceFolder: URL) -> URL? {
        var candidates = [Bundle.main.bundleURL.appendingPathComponent(bundleName)]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        candidates.append(sourceFolder)
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
