import WPCModel

/// What a reader returns: the programme and the notes and warnings it made
/// while reading (repairs of cut cells, shifted columns, …).
public struct ReadResult: Sendable {
    public var programme: Programme
    public var diagnostics: [Diagnostic]
    /// The source's lines, kept so a printer can show the offending line.
    public var source: SourceText

    public init(programme: Programme, diagnostics: [Diagnostic], source: SourceText) {
        self.programme = programme
        self.diagnostics = diagnostics
        self.source = source
    }
}

/// Reads a programme from any supported source, choosing the reader by content.
public enum SourceReader {
    /// Reads the file at `path` as annex text or XML, whichever its content is.
    /// - Throws: `SourceError` when the file is unreadable or not a work programme.
    public static func read(path: String) throws(SourceError) -> ReadResult {
        try read(SourceText.load(path: path))
    }

    /// Reads text already in memory.
    public static func read(_ source: SourceText) throws(SourceError) -> ReadResult {
        switch source.format {
        case .xml: try XMLProgrammeReader().read(source)
        case .annexText: try AnnexTextReader().read(source)
        }
    }
}
