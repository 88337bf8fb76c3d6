import Foundation
import WPCModel

/// The templates that ship with wpc. The folders beside this file (html,
/// annex, markdown, diff, index, dashboard, labels) are copied into the build as resources; a
/// user's `--templates DIR` overrides any of them file by file.
public enum BundledTemplates {
    /// The folder holding the bundled template families: the resource bundle
    /// beside the executable, else this source folder. When neither exists the
    /// template loader reports the missing files by name.
    public static var directory: URL {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return ResourceLocator.folder(bundleName: "wpc_WPCTemplates.resources", sourceFolder: source) ?? source
    }
}
