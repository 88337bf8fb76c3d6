import Foundation
import WPCModel

/// What a reader returns: the programme and the notes and warnings it made
/// while reading (repairs of cut cells, shifted columns, …), with the source
/// so printers can show the offending line and rules can locate what they find.
public struct ReadResult: Sendable {
    public var programme: Programme
    public var diagnostics: [Diagnostic]
    /// The source's text and its line index (for a Word document, its path and no text: see `texts`).
    public var source: SourceText
    /// Turns the points recorded in the programme into locations in the source.
    public var locator: SourceLocator

    /// A result read from the text `source`.
    public init(programme: Programme, diagnostics: [Diagnostic], source: SourceText) {
        self.init(programme: programme, diagnostics: diagnostics, source: source, locator: source.locator)
    }

    /// A result whose points `locator` turns into locations (a Word document's package map).
    public init(programme: Programme, diagnostics: [Diagnostic], source: SourceText, locator: SourceLocator) {
        self.programme = programme
        self.diagnostics = diagnostics
        self.source = source
        self.locator = locator
    }

    /// The texts diagnostics point into, keyed as `SourceLocation.textKey` names
    /// them, for printers that show the offending line.
    public var texts: [String: LineIndex] { locator.texts }
}

/// Reads a programme from any supported source, choosing the reader by content.
public enum SourceReader {
    /// Reads the file at `path` as a Word document, annex text or XML, whichever its content is.
    /// - Throws: `SourceError` when the file is unreadable, larger than
    ///   `sizeLimit` bytes, or not a work programme.
    public static func read(path: String, sizeLimit: Int = SourceText.defaultSizeLimit) throws(SourceError) -> ReadResult {
        try read(path: path, options: ReadOptions(sizeLimit: sizeLimit))
    }

    /// Reads the file at `path` with `options` (limits, the view of tracked changes).
    public static func read(path: String, options: ReadOptions) throws(SourceError) -> ReadResult {
        let (bytes, isRegular) = try SourceFile.contents(path: path, sizeLimit: options.sizeLimit)
        // Only a regular file can be read again for the lines a printer shows.
        return try read(consume bytes, path: path, options: options, lettingTextGo: !options.keepsText && isRegular)
    }

    /// Reads bytes that came from `path` (see `read(_:path:options:)` for `[UInt8]`).
    public static func read(_ data: Data, path: String, options: ReadOptions = ReadOptions()) throws(SourceError) -> ReadResult {
        try read([UInt8](data), path: path, options: options)
    }

    /// Reads bytes that came from `path`: a ZIP archive is read as a Word
    /// document (before any text decoding: a .docx is binary), an OLE compound
    /// file is refused with what it is, and anything else is decoded as text.
    public static func read(_ bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SourceError) -> ReadResult {
        try read(bytes, path: path, options: options, lettingTextGo: false)
    }

    /// Reads `bytes`, the only copy of the file at `path`'s; an annex
    /// export's text is let go as it is read when `lettingTextGo`.
    private static func read(_ bytes: consuming [UInt8], path: String, options: ReadOptions,
                             lettingTextGo: Bool) throws(SourceError) -> ReadResult {
        switch BinaryKind(copy bytes) {
        case .zip?: return try DocxReader(options: options).read(bytes.withUnsafeBufferPointer { Data(buffer: $0) }, path: path)
        case .compoundFile(let encrypted)?:
            throw SourceError(encrypted
                ? "a password-protected (encrypted) Office document; wpc cannot read it: remove the password in Word (File > Info > Protect Document) and save again"
                : "an OLE compound file (a Word 97-2003 .doc or another old Office file), not a .docx; save it as a Word Document (.docx)",
                at: SourceLocation(file: path, line: 0, column: 0, package: .whole))
        case nil:
            return try read(SourceText.decode(consume bytes, path: path), lettingTextGo: lettingTextGo)
        }
    }

    /// Reads text already in memory.
    public static func read(_ source: SourceText) throws(SourceError) -> ReadResult {
        try read(source, lettingTextGo: false)
    }

    private static func read(_ source: consuming SourceText, lettingTextGo: Bool) throws(SourceError) -> ReadResult {
        switch source.format {
        case .xml:
            // The XML declaration names the encoding; wpc's XML is UTF-8 only, so the two never disagree.
            guard source.encoding == .utf8 else {
                throw SourceError("XML sources must be UTF-8; this file reads as \(source.encoding.rawValue)", file: source.path)
            }
            return try XMLProgrammeReader().read(source)
        case .annexText:
            let encoding = source.encoding, path = source.path
            var result = try AnnexTextReader().read(source, lettingTextGo: lettingTextGo && source.canBeReadAgain)
            if encoding != .utf8 {
                let note = Diagnostic(.note, "annex.encoding", "the file is not UTF-8; read as \(encoding.rawValue)",
                                      at: SourceLocation(file: path, line: 1, column: 1))
                result.diagnostics.insert(note, at: 0)
            }
            return result
        }
    }
}
