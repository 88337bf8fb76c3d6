import Foundation
import WPCModel
@testable import WPCSources
import XCTest

/// Shared helpers for the XML tests.
enum XMLTestInput {
    /// Reads `text` as if it were the file `path`.
    static func read(_ text: String, path: String = "test.xml") throws(SourceError) -> Programme {
        try result(text, path: path).programme
    }

    /// Reads `text` as if it were the file `path`, with the source it was read from.
    static func result(_ text: String, path: String = "test.xml") throws(SourceError) -> ReadResult {
        try XMLProgrammeReader().read(SourceText(path: path, text: text))
    }

    /// The error reading `text` gives, or nil when it reads.
    static func error(_ text: String, path: String = "bad.xml") -> SourceError? {
        do {
            _ = try read(text, path: path)
            return nil
        } catch {
            return error
        }
    }

    /// A minimal valid document around `body` (children of the root after the title).
    static func document(_ body: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <work-programme xmlns="urn:wpc:work-programme:1">
          <title>T</title>
        \(body)
        </work-programme>
        """
    }

    /// The repository root, found from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
