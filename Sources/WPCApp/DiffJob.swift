import Foundation
import WPCModel
import WPCRender
import WPCSources
import WPCViews

/// `wpc diff OLD NEW` as a library call: reads both drafts (annex text or
/// XML, mixed), diffs them and renders the report. Exit status like diff(1):
/// 0 same, 1 different (or a failed write), 2 an input that cannot be read.
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
        /// The HTML page printed to PDF (with headless Chromium).
        case pdf
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// 0 same, 1 different or a failed write, 2 an input that cannot be read.
        public var status: Int32
        /// The report, when it goes to standard output (no `output` file).
        public var report: String
        /// The PDF report, when it goes to standard output (no `output` file).
        public var binary: Data?
        /// Error lines for standard error, each naming a file, each said once.
        public var messages: [String]

        init(status: Int32, report: String, messages: [String]) {
            self.status = status
            self.report = report
            self.messages = messages
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
    /// Where to write a PNG of the HTML report's first screen, if wanted.
    public var png: String?
    /// The language of the report's fixed labels; default: the new draft's (`Language.default(for:)`).
    public var language: Language?
    /// Told each step as it starts.
    public var progress: ProgressHandler?

    public init(oldPath: String, newPath: String, format: Format = .summary, options: DiffOptions = DiffOptions(),
                output: String? = nil, templates: URL? = nil, png: String? = nil, language: Language? = nil) {
        self.language = language
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
        progress?(ProgressStep("reading \(oldPath) and \(newPath)", done: 0, total: 3))
        // The drafts are read side by side; the old one's error, if both fail, is said first.
        let paths = [oldPath, newPath]
        let reads = ParallelMap.map(2) { index -> Result<Programme, InputError> in
            do throws(InputError) { return .success(try InputFile.read(paths[index]).programme) } catch { return .failure(error) }
        }
        let old: Programme, new: Programme
        do {
            old = try reads[0].get()
            new = try reads[1].get()
        } catch {
            return Outcome(failure: error.failure)
        }
        progress?(ProgressStep("comparing the drafts", done: 2, total: 3))
        let report = DiffReport(old: old, new: new, oldFile: oldPath, newFile: newPath, options: options)
        let labels: Labels
        do { labels = try Labels.load(language ?? .default(for: new), overrides: templates) } catch {
            return Outcome(failure: CommandFailure(lines: [error.description], status: .unreadableInput))
        }
        let text: String
        do {
            text = try render(report, as: format == .pdf ? .html : format, labels: labels)
        } catch {
            return Outcome(failure: CommandFailure(lines: [error.description], status: .unreadableInput))
        }
        var binary: Data?
        if format == .pdf {
            switch PDFPrinter.print(html: Data(text.utf8), date: DocumentDate(programme: new)) {
            case .success(let pdf): binary = pdf
            case .failure(let error): return Outcome(failure: CommandFailure("cannot print the PDF: \(error)", about: output, status: .failedWrite))
            }
        }
        if let output {
            do {
                if let binary { try OutputFile.write(binary, to: output) } else { try OutputFile.write(text, to: output) }
            } catch {
                return Outcome(failure: error.failure)
            }
        }
        let shownText = output == nil && binary == nil ? text : ""
        if let png, let problem = screenshot(report, to: png, labels: labels) {
            var outcome = Outcome(failure: CommandFailure(lines: [problem], status: .failedWrite), report: shownText)
            outcome.binary = output == nil ? binary : nil
            return outcome
        }
        let status: ExitStatus = report.changeset.isEmpty ? .done : .findings
        var outcome = Outcome(status: status.rawValue, report: shownText, messages: [])
        outcome.binary = output == nil ? binary : nil
        return outcome
    }

    /// The report in `format` (a PDF's page for `pdf`), in `labels`' words (English by default).
    /// - Throws: `TemplateError` when the HTML templates or the labels are broken.
    public func render(_ report: DiffReport, as format: Format, labels: Labels? = nil) throws(TemplateError) -> String {
        switch format {
        case .summary: report.terminalSummary()
        case .md: report.markdown()
        case .json: report.json()
        case .html, .pdf: try report.html(overrides: templates, labels: labels)
        }
    }

    /// Writes a PNG of the HTML report's first screen (taken in a temporary
    /// folder, then written like any output); returns a message on failure.
    public func screenshot(_ report: DiffReport, to png: String, labels: Labels? = nil) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let page = folder.appendingPathComponent("diff.html")
            try Data(report.html(overrides: templates, labels: labels).utf8).write(to: page)
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
}
