import Foundation
import WPCDocx
import WPCModel
import WPCRender
import WPCSources
import WPCViews

/// `wpc diff OLD NEW` as a library call: reads both drafts (annex text or
/// XML, mixed), diffs them and renders the report, or writes the redline
/// (the new draft's annex as a Word document with tracked changes). Exit
/// status like diff(1): 0 same, 1 different (or a failed write), 2 an input
/// that cannot be read.
public struct DiffJob: Sendable {
    /// The report formats.
    public enum Format: String, Sendable, CaseIterable {
        /// A short summary for the terminal (the default).
        case summary
        /// GitHub-flavoured Markdown.
        case md
        /// JSON (schema: Templates/diff/changeset.schema.json).
        case json
        /// A standalone, printable HTML page.
        case html
        /// The redline: NEW's annex as a Word document, every difference a tracked change.
        case docx
        /// The HTML page printed to PDF (with headless Chromium).
        case pdf

        /// Whether the report is bytes for a file rather than text (the redline, the PDF).
        public var isBinary: Bool { self == .docx || self == .pdf }
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// 0 same, 1 different or a failed write, 2 an input that cannot be read.
        public var status: Int32
        /// The report, when it goes to standard output (no `output` file).
        public var report: String
        /// The redline's or the PDF's bytes, when they go to standard output (no `output` file).
        public var package: Data?
        /// Error lines for standard error, each naming a file, each said once.
        public var messages: [String]
        /// The comparison itself (both drafts and what changed); nil when a
        /// draft could not be read or the report could not be made.
        public var comparison: DiffReport?

        init(status: Int32, report: String, package: Data? = nil, messages: [String], comparison: DiffReport? = nil) {
            self.status = status
            self.report = report
            self.package = package
            self.messages = messages
            self.comparison = comparison
        }

        init(failure: CommandFailure, report: String = "") {
            self.init(status: failure.status.rawValue, report: report, messages: failure.lines)
        }
    }

    public var oldPath: String
    public var newPath: String
    public var format: Format
    public var options: DiffOptions
    /// Where to write the report; standard output when nil.
    public var output: String?
    /// The user's templates folder (`--templates DIR`).
    public var templates: URL?
    /// Where to write a PNG for a person to look at, if wanted: the HTML
    /// report's first screen, or (with `docx`) the redline's first page that
    /// shows a change, as LibreOffice prints it.
    public var png: String?
    /// The name the redline gives every change (`--author`).
    public var author: String = "wpc"
    /// Whether the HTML report shows every row of the programme, not only the changed ones.
    public var full: Bool = false
    /// Told each step as it starts.
    public var progress: ProgressHandler?
    /// How the drafts are read (`--as-original`).
    public var reading = ReadOptions()
    /// The language of the report's words; default: the new draft's (`Language.default(for:)`).
    public var language: Language?

    public init(oldPath: String, newPath: String, format: Format = .summary, options: DiffOptions = DiffOptions(),
                output: String? = nil, templates: URL? = nil, png: String? = nil) {
        self.oldPath = oldPath
        self.newPath = newPath
        self.format = format
        self.options = options
        self.output = output
        self.templates = templates
        self.png = png
    }

    /// Reads, diffs, renders and writes; never throws: trouble is a status with its messages.
    public func run() -> Outcome {
        // The drafts are read one after the other, each on every core: the
        // old one's source text is let go before the new one is read, so at
        // most one source and its half-built programme are held at a time.
        // When the old draft cannot be read, its error is the one said.
        let old: Programme, new: Programme
        do throws(InputError) {
            progress?(ProgressStep("reading \(oldPath)", done: 0, total: 3))
            old = try InputFile.read(oldPath, options: reading).programme
            progress?(ProgressStep("reading \(newPath)", done: 1, total: 3))
            new = try InputFile.read(newPath, options: reading).programme
        } catch {
            return Outcome(failure: error.failure)
        }
        progress?(ProgressStep("comparing the drafts", done: 2, total: 3))
        // The report's words: the labels of its language, the templates folder's over the bundled ones.
        let labels: Labels
        do { labels = try Labels.load(language ?? .default(for: new), overrides: templates) } catch {
            return Outcome(failure: CommandFailure(lines: [error.description], status: .unreadableInput))
        }
        let report = DiffReport(old: old, new: new, oldFile: oldPath, newFile: newPath, options: options, labels: labels)
        let bytes: Data
        do {
            bytes = try render(report, as: format)
        } catch let error as TemplateError {
            return Outcome(failure: CommandFailure(lines: [error.description], status: .unreadableInput))
        } catch let failure as CommandFailure {
            return Outcome(failure: failure)
        } catch {
            return Outcome(failure: CommandFailure(lines: ["\(error)"], status: .failedWrite))
        }
        if let output {
            do { try OutputFile.write(bytes, to: output) } catch { return Outcome(failure: error.failure) }
        }
        let shownReport = output == nil && !format.isBinary ? String(decoding: bytes, as: UTF8.self) : ""
        let package = output == nil && format.isBinary ? bytes : nil
        if let png {
            let problem = format == .docx ? redlinePicture(bytes, to: png) : screenshot(report, to: png)
            if let problem {
                return Outcome(status: ExitStatus.failedWrite.rawValue, report: shownReport, package: package, messages: [problem], comparison: report)
            }
        }
        let status: ExitStatus = report.changeset.isEmpty ? .done : .findings
        return Outcome(status: status.rawValue, report: shownReport, package: package, messages: [], comparison: report)
    }

    /// The redline's `.docx` bytes: NEW's annex with every difference from OLD
    /// tracked, by `author`, dated with NEW's date line; what was ignored is
    /// said in the document's properties. Its words (headings, the
    /// description) are the report's labels; its columns fit the widest words
    /// of either draft, as `render --format docx` fits the annex's.
    /// - Throws: `DocxError` when the package cannot be made.
    public func redline(_ report: DiffReport) throws -> Data {
        let description = report.wording.text(.redlineDescription, report.oldFile, report.newFile)
            + (report.ignoredSentence.map { " " + $0 } ?? "")
        let words = ColumnWords.widths(of: report.old, labels: report.labels).merged(with: ColumnWords.widths(of: report.new, labels: report.labels))
        return try RedlineWriter(author: author, labels: report.labels, words: words).write(
            old: report.old, new: report.new, alignment: report.alignment, options: report.options, description: description)
    }

    /// The report in `format`, as the bytes written: UTF-8 text, the
    /// redline's package, or the HTML report printed to PDF.
    /// - Throws: `TemplateError` when the HTML templates are broken, `DocxError`
    ///   when the redline's package cannot be made, `CommandFailure` when the
    ///   PDF cannot be printed (no Chromium).
    public func render(_ report: DiffReport, as format: Format) throws -> Data {
        switch format {
        case .summary: return Data(report.terminalSummary().utf8)
        case .md: return Data(report.markdown().utf8)
        case .json: return report.jsonData()
        case .html: return Data(try report.html(overrides: templates, full: full).utf8)
        case .docx: return try redline(report)
        case .pdf:
            let page = Data(try report.html(overrides: templates, full: full).utf8)
            switch PDFPrinter.print(html: page, date: DocumentDate(programme: report.new)) {
            case .success(let pdf): return pdf
            case .failure(let error): throw CommandFailure("cannot print the PDF: \(error)", status: .failedWrite)
            }
        }
    }

    /// Writes a PNG of the HTML report's first screen (taken in a temporary
    /// folder, then written like any output); returns a message on failure.
    public func screenshot(_ report: DiffReport, to png: String) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let page = folder.appendingPathComponent("diff.html")
            try Data(report.html(overrides: templates, full: full).utf8).write(to: page)
            let picture = folder.appendingPathComponent("diff.png")
            switch Screenshot.capture(html: page, to: picture) {
            case .success:
                try OutputFile.write(Data(contentsOf: picture), to: png)
                return nil
            case .failure(let error): return CommandFailure.line("no screenshot: \(error)", about: png)
            }
        } catch let error as OutputFile.WriteError {
            return error.description
        } catch let error as TemplateError {
            return error.description
        } catch {
            return CommandFailure.line("no screenshot: \(error.localizedDescription)", about: png)
        }
    }

    /// Writes a PNG of the redline's first changed page as LibreOffice prints
    /// it (made in a temporary folder, then written like any output);
    /// returns a message on failure.
    public func redlinePicture(_ docx: Data, to png: String) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-redline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("redline.docx")
            try docx.write(to: file)
            switch RedlinePicture.render(docx: file, in: folder) {
            case .success(let rendering):
                try OutputFile.write(Data(contentsOf: rendering.png), to: png)
                return nil
            case .failure(let error): return CommandFailure.line("no picture of the redline: \(error)", about: png)
            }
        } catch let error as OutputFile.WriteError {
            return error.description
        } catch {
            return CommandFailure.line("no picture of the redline: \(error.localizedDescription)", about: png)
        }
    }
}
