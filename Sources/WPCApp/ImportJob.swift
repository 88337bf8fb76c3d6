import WPCModel
import WPCSources

/// `wpc import` as a library call: reads an annex export (or any source) and
/// returns its canonical XML with the notes the reader made.
public struct ImportJob: Sendable {
    /// The source to read.
    public var path: String

    public init(path: String) { self.path = path }

    /// What an import produces.
    public struct Output: Sendable {
        public var xml: String
        public var diagnostics: [Diagnostic]
        public var source: SourceText
    }

    /// Reads the source and writes it as XML.
    /// - Throws: `SourceError` when the source cannot be read; `XMLWriteError` should the writer fail.
    public func run() throws -> Output {
        let result = try SourceReader.read(path: path)
        let xml = try XMLProgrammeWriter().write(result.programme)
        return Output(xml: xml, diagnostics: result.diagnostics, source: result.source)
    }
}
