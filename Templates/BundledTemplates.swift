import Foundation

/// The templates that ship with wpc. The folders beside this file (html,
/// annex, markdown, diff, index) are copied into the build as resources; a
/// user's `--templates DIR` overrides any of them file by file.
public enum BundledTemplates {
    /// The folder holding the bundled template families.
    public static var directory: URL { Bundle.module.resourceURL ?? Bundle.module.bundleURL }
}
