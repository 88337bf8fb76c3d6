import Foundation
import WPCModel

/// An annex export as Word writes it on Windows: a line end (`\r\n`, or an
/// old Mac's lone `\r`) and one of the encodings "Save as plain text" offers.
public enum WindowsExport {
    /// An encoding Word saves plain text in.
    public enum Encoding: String, CaseIterable, Sendable {
        case utf8 = "UTF-8", utf8BOM = "UTF-8 with BOM", utf16LE = "UTF-16 LE", utf16BE = "UTF-16 BE", windows1252 = "Windows-1252"

        /// `text` in this encoding, with the byte-order mark Word writes; nil
        /// when the code page cannot hold it (see `representable`).
        public func bytes(_ text: String) -> Data? {
            switch self {
            case .utf8: return Data(text.utf8)
            case .utf8BOM: return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
            case .utf16LE: return text.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }
            case .utf16BE: return text.data(using: .utf16BigEndian).map { Data([0xFE, 0xFF]) + $0 }
            case .windows1252: return text.data(using: .windowsCP1252)
            }
        }

        /// `text` as this encoding can hold it: Windows-1252 has ¹ ² ³ but
        /// not ⁴–⁷ (the bundled export's later footnote marks), which Word
        /// writes as "?"; every other encoding holds all of it.
        public func representable(_ text: String) -> String {
            guard self == .windows1252 else { return text }
            var narrow = text
            for mark in ["⁴", "⁵", "⁶", "⁷"] { narrow = narrow.replacingOccurrences(of: mark, with: "?") }
            return narrow
        }
    }

    /// `text` with every line end (`\n`, `\r\n` or a lone `\r`) made `end`.
    public static func withLineEnds(_ text: String, _ end: String) -> String {
        LineIndex(text).allLines.joined(separator: end)
    }
}
