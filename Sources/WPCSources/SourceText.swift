import Foundation
import WPCModel

/// The text of a source file, checked to be non-empty text with no NUL bytes
/// before any reader sees it, with its line index made once. Word saves plain
/// text as UTF-8, as UTF-16 with a byte-order mark ("Unicode"), or in the
/// Windows code page: all three are read, and `encoding` says which it was.
/// Whatever the file's encoding and line ends, the text is held once, as
/// UTF-8 bytes, in `lines`, which splits it at `\n`, `\r\n` and a lone `\r`.
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
    /// How the file was encoded.
    public let encoding: Encoding
    /// The text as UTF-8 bytes, and its lines, found once.
    public let lines: LineIndex
    /// Where the text starts in the file: past a byte-order mark, if any.
    /// Only a UTF-8 file's text is its bytes (see `canBeReadAgain`).
    public let fileOffset: Int

    /// Wraps text that is already in memory (tests, generated sources).
    public init(path: String, text: String, encoding: Encoding = .utf8) {
        self.init(path: path, bytes: Array(text.utf8), encoding: encoding)
    }

    /// Wraps valid UTF-8 `bytes`.
    init(path: String, bytes: [UInt8], encoding: Encoding, fileOffset: Int = 0) {
        self.init(path: path, lines: LineIndex(bytes: bytes), encoding: encoding, fileOffset: fileOffset)
    }

    private init(path: String, lines: LineIndex, encoding: Encoding, fileOffset: Int) {
        self.path = path
        self.encoding = encoding
        self.lines = lines
        self.fileOffset = fileOffset
    }

    /// Whether a range of the text is a range of the file's bytes (moved by
    /// `fileOffset`), so that lines can be read again from the file: true
    /// for UTF-8, false for text decoded from another encoding.
    public var canBeReadAgain: Bool { encoding == .utf8 }

    /// The same source with `lines` (its index once the bytes are let go).
    public func replacingLines(_ lines: LineIndex) -> SourceText {
        SourceText(path: path, lines: lines, encoding: encoding, fileOffset: fileOffset)
    }

    /// The text as a string (made on each call: readers scan `withBytes`).
    public var text: String { String(decoding: lines.bytes, as: UTF8.self) }

    /// Calls `body` with the text's UTF-8 bytes.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try lines.withBytes(body)
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
        try decode([UInt8](data), path: path)
    }

    /// Checks and decodes bytes read from `path`; UTF-8 bytes are kept as
    /// they are (no copy: a byte-order mark is moved out in place when the
    /// caller hands over its only copy).
    public static func decode(_ bytes: consuming [UInt8], path: String) throws(SourceError) -> SourceText {
        let kind = bytes.withUnsafeBufferPointer { bytes in classify(bytes) }
        switch kind {
        case .empty:
            throw SourceError("the file is empty", file: path)
        case .utf16:
            guard var text = String(data: bytes.withUnsafeBufferPointer { Data(buffer: $0) }, encoding: .utf16), !text.utf8.contains(0) else {
                throw SourceError("the file starts like UTF-16 text but is not", file: path)
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            try checkDecodedSize(text, path: path)
            return SourceText(path: path, text: text, encoding: .utf16)
        case .nul(let offset):
            throw SourceError("binary file (NUL byte at offset \(offset)); expected annex text or XML",
                              at: bytes.withUnsafeBufferPointer { location(ofByte: offset, in: $0, path: path) })
        case .utf8(let hasMark):
            // A byte-order mark is no part of the text.
            var text = consume bytes
            if hasMark { text.removeFirst(3) }
            return SourceText(path: path, bytes: text, encoding: .utf8, fileOffset: hasMark ? 3 : 0)
        case .notUTF8(let offset):
            // Not UTF-8: Word's "Windows (default)" encoding, if every byte means something there.
            if let text = String(data: bytes.withUnsafeBufferPointer { Data(buffer: $0) }, encoding: .windowsCP1252), !text.contains("\u{FFFD}") {
                try checkDecodedSize(text, path: path)
                return SourceText(path: path, text: text, encoding: .windows1252)
            }
            throw SourceError("not UTF-8 text (invalid byte at offset \(offset)); expected annex text or XML",
                              at: bytes.withUnsafeBufferPointer { location(ofByte: offset, in: $0, path: path) })
        }
    }

    /// Refuses a text that decoding made 4 GiB or more as UTF-8 (the most
    /// `LineIndex` holds): a 2 GiB Windows-1252 file can triple.
    private static func checkDecodedSize(_ text: String, path: String) throws(SourceError) {
        guard text.utf8.count < Int(UInt32.max) else {
            throw SourceError("the text is 4 GiB or more once decoded to UTF-8, more than wpc reads", file: path)
        }
    }

    /// What a file's bytes are, judged before any decoding.
    private enum Kind {
        case empty
        case utf16
        case nul(Int)
        case utf8(hasMark: Bool)
        case notUTF8(Int)
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> Kind {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return .utf16 }
        if let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) {
            return .nul(base.distance(to: found.assumingMemoryBound(to: UInt8.self)))
        }
        if let bad = UTF8Text.firstInvalidUTF8(bytes) { return .notUTF8(bad) }
        return .utf8(hasMark: bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    }

    /// The file's format, judged by its content: XML starts with `<` after white space.
    public var format: SourceFormat {
        let first = withBytes { bytes in
            UTF8Text.trimmed(bytes, 0..<bytes.count).first.map { bytes[$0] }
        }
        return first == UInt8(ascii: "<") ? .xml : .annexText
    }

    /// The line and column (in bytes) of byte `offset` of undecoded `bytes`
    /// (lines end as everywhere else: see `LineIndex`).
    private static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        let lines = LineIndex(bytes: Array(bytes[..<offset]))
        let line = lines.count
        return SourceLocation(file: path, line: line, column: offset - (lines.start(ofLine: line) ?? 0) + 1)
    }
}

/// The source formats wpc reads.
public enum SourceFormat: String, Sendable, CaseIterable {
    /// The annex table as exported to tab-separated text.
    case annexText = "annex-text"
    /// wpc's XML vocabulary.
    case xml
}
