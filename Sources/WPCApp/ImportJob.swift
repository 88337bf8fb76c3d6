import WPCModel
import WPCSources

/// `wpc import` as a library call: reads an annex export (or any source) and
/// returns its canonical XML with the notes the reader made.
public struct ImportJob: Sendable {
    /// The source to read.
    public var path: String
    /// How it is read (`--as-original`).
    public var reading: ReadOptions

    public init(path: String, reading: ReadOptions = ReadOptions()) {
        self.path = path
        self.reading = reading
    }

    /// What an import produces.
    public struct Output: Sendable {
        public var xml: String
        public var diagnostics: [Diagnostic]
        public var source: SourceText
    }

    /// Reads the source and writes it as XML.
    /// - Throws: the failure to report: the source cannot be read (2), or the writer failed (1).
    public func run() throws(CommandFailure) -> Output {
        let result: ReadResult
        do { result = try InputFile.read(path, options: reading) } catch { throw error.failure }
        let xml: String
        do { xml = try XMLProgrammeWriter().write(result.programme) } catch {
            throw CommandFailure("cannot write XML: \(error.message)", status: .failedWrite)
        }
        return Output(xml: xml, diagnostics: result.diagnostics, source: result.source)
    }
}
