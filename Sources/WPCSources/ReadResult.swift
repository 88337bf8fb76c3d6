import WPCModel

/// What a reader returns: the programme and the notes and warnings it made
/// while reading (repairs of cut cells, shifted columns, …), with the source
/// so printers can show the offending line and rules can locate what they find.
public struct ReadResult: Sendable {
    public var programme: Programme
    public var diagnostics: [Diagnostic]
    /// The source's text and its line index.
    public var source: SourceText

    public init(programme: Programme, diagnostics: [Diagnostic], source: SourceText) {
        self.programme = programme
        self.diagnostics = diagnostics
        self.source = source
    }

    /// Turns the points recorded in the programme into locations in the source.
    public var locator: SourceLocator { source.locator }
}

/// Reads a programme from any supported source, choosing the reader by content.
public enum SourceReader {
    /// Reads the file at `path` as annex text or XML, whichever its content is.
    /// - Throws: `SourceError` when the file is unreadable, larger than
    ///   `sizeLimit` bytes, or not a work programme.
    public static func read(path: String, sizeLimit: Int = SourceText.defaultSizeLimit) throws(SourceError) -> ReadResult {
        try read(SourceText.load(path: path, sizeLimit: sizeLimit))
    }

    /// Reads text already in memory.
    public static func read(_ source: SourceText) throws(SourceError) -> ReadResult {
        switch source.format {
        case .xml:
            // The XML declaration names the encoding; wpc's XML is UTF-8 only, so the two never disagree.
            guard source.encoding == .utf8 else {
                throw SourceError("XML sources must be UTF-8; this file reads as \(source.encoding.rawValue)", file: source.path)
            }
            return try XMLProgrammeReader().read(source)
        case .annexText:
            var result = try AnnexTextReader().read(source)
            if source.encoding != .utf8 {
                let note = Diagnostic(.note, "annex.encoding", "the file is not UTF-8; read as \(source.encoding.rawValue)",
                                      at: SourceLocation(file: source.path, line: 1, column: 1))
                result.diagnostics.insert(note, at: 0)
            }
            return result
        }
    }
}
