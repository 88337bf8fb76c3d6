import Foundation
import WPCModel

/// The text of a source file, checked to be non-empty text with no NUL bytes
/// before any reader sees it, with its line index made once. Word saves plain
/// text as UTF-8, as UTF-16 with a byte-order mark ("Unicode"), or in the
/// Windows code page: all three are read, and `encoding` says which it was.
/// Whatever the file's encoding and line ends, `text` is UTF-8 in memory and
/// `lines` splits it at `\n`, `\r\n` and a lone `\r`.
public struct SourceText: Sendable {
    /// The encodings a source may come in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    /// The largest source read unless told otherwise: 256 MB.
    public static let defaultSizeLimit = 256 * 1024 * 1024

    /// The path as the user gave it; used in every location.
    public let path: String
    /// The decoded text.
    public let text: String
    /// How the file was encoded.
    public let encoding: Encoding
    /// The text's lines, found once.
    public let lines: LineIndex

    /// Wraps text that is already in memory (tests, generated sources).
    public init(path: String, text: String, encoding: Encoding = .utf8) {
        self.path = path
        self.text = text
        self.encoding = encoding
        self.lines = LineIndex(text)
    }

    /// Turns the points readers record in this text into printed locations.
    public var locator: SourceLocator { SourceLocator(file: path, lines: lines) }

    /// Reads and checks the file at `path`.
    /// - Throws: `SourceError` when the file cannot be read, is a folder, is
    ///   larger than `sizeLimit` bytes, is empty, or is not text.
    public static func load(path: String, sizeLimit: Int = defaultSizeLimit) throws(SourceError) -> SourceText {
        try decode(SourceFile.read(path: path, sizeLimit: sizeLimit), path: path)
    }

    /// Checks and decodes bytes read from `path`.
    public static func decode(_ data: Data, path: String) throws(SourceError) -> SourceText {
        let outcome = data.withUnsafeBytes { raw -> Result<SourceText, SourceError> in
            do throws(SourceError) {
                return .success(try decode(raw.bindMemory(to: UInt8.self), data: data, path: path))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, data: Data, path: String) throws(SourceError) -> SourceText {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw SourceError("the file is empty", file: path)
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard var text = String(data: data, encoding: .utf16), !text.utf8.contains(0) else {
                throw SourceError("the file starts like UTF-16 text but is not", file: path)
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return SourceText(path: path, text: text, encoding: .utf16)
        }
        if let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) {
            let nul = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            throw SourceError("binary file (NUL byte at offset \(nul)); expected annex text or XML",
                              at: location(ofByte: nul, in: bytes, path: path))
        }
        if let text = utf8(bytes, data: data) {
            // A byte-order mark is no part of the text.
            let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            return SourceText(path: path, text: hasMark ? String(text.dropFirst()) : text, encoding: .utf8)
        }
        // Not UTF-8: Word's "Windows (default)" encoding, if every byte means something there.
        if let text = String(data: data, encoding: .windowsCP1252), !text.contains("\u{FFFD}") {
            return SourceText(path: path, text: text, encoding: .windows1252)
        }
        let bad = firstInvalidUTF8(bytes)
        throw SourceError("not UTF-8 text (invalid byte at offset \(bad)); expected annex text or XML",
                          at: location(ofByte: bad, in: bytes, path: path))
    }

    /// The file's format, judged by its content: XML starts with `<` after white space.
    public var format: SourceFormat {
        let first = UTF8Text.withBytes(of: text) { bytes in
            UTF8Text.trimmed(bytes, 0..<bytes.count).first.map { bytes[$0] }
        }
        return first == UInt8(ascii: "<") ? .xml : .annexText
    }

    /// The bytes as UTF-8 text, if they are valid UTF-8 (the standard library's validator where it has one).
    private static func utf8(_ bytes: UnsafeBufferPointer<UInt8>, data: Data) -> String? {
        if #available(macOS 15, *) { return String(validating: bytes, as: UTF8.self) }
        return String(data: data, encoding: .utf8)
    }

    /// The line and column (in bytes) of byte `offset` of undecoded `bytes`.
    private static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        let prefix = bytes[..<offset]
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return SourceLocation(file: path, line: line, column: offset - lineStart + 1)
    }

    private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            for continuation in bytes[(index + 1)..<(index + length)] where continuation & 0xC0 != 0x80 { return index }
            index += length
        }
        return index
    }
}

/// The source formats wpc reads.
public enum SourceFormat: String, Sendable, CaseIterable {
    /// The annex table as exported to tab-separated text.
    case annexText = "annex-text"
    /// wpc's XML vocabulary.
    case xml
}
