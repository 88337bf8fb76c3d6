import Foundation
import WPCModel
import WPCRender
import WPCSources
import WPCViews

/// `wpc diff OLD NEW` as a library call: reads both drafts (annex text or
/// XML, mixed), diffs them and renders the report. Exit status like diff(1):
/// 0 same, 1 different, 2 trouble.
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
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// 0 same, 1 different, 2 trouble.
        public var status: Int32
        /// The report, when it goes to standard output (no `output` file).
        public var report: String
        /// Error or warning lines for standard error, each naming a file.
        public var messages: [String]
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

    /// Reads, diffs, renders and writes; never throws: trouble is status 2 with a message.
    public func run() -> Outcome {
        let old: Programme, new: Programme
        do {
            old = try SourceReader.read(path: oldPath).programme
            new = try SourceReader.read(path: newPath).programme
        } catch {
            return Outcome(status: 2, report: "", messages: ["\(error)"] + error.diagnostics.map(DiffJob.line))
        }
        let report = DiffReport(old: old, new: new, oldFile: oldPath, newFile: newPath, options: options)
        let text: String
        do {
            text = try render(report, as: format)
        } catch {
            return Outcome(status: 2, report: "", messages: ["\(error)"])
        }
        var messages: [String] = []
        if let output {
            do {
                try DiffJob.write(text, to: output)
            } catch {
                return Outcome(status: 2, report: "", messages: ["\(output): error: cannot write the report: \(error.localizedDescription)"])
            }
        }
        if let png {
            if let problem = screenshot(report, to: png) { messages.append(problem) }
        }
        let status: Int32 = report.changeset.isEmpty ? 0 : 1
        return Outcome(status: messages.isEmpty ? status : 2, report: output == nil ? text : "", messages: messages)
    }

    /// The report in `format`.
    /// - Throws: `TemplateError` when the HTML templates are broken.
    public func render(_ report: DiffReport, as format: Format) throws(TemplateError) -> String {
        switch format {
        case .summary: report.terminalSummary()
        case .md: report.markdown()
        case .json: report.json()
        case .html: try report.html(overrides: templates)
        }
    }

    /// Writes a PNG of the HTML report's first screen; returns a message on failure.
    public func screenshot(_ report: DiffReport, to png: String) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let page = folder.appendingPathComponent("diff.html")
            try Data(report.html(overrides: templates).utf8).write(to: page)
            switch Screenshot.capture(html: page, to: URL(fileURLWithPath: png)) {
            case .success: return nil
            case .failure(let error): return "\(png): error: \(error)"
            }
        } catch {
            return "\(png): error: \(error)"
        }
    }

    /// Writes `text` to `path` through a temporary file in the same folder, renamed into place.
    public static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        try Data(text.utf8).write(to: temporary)
        do {
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private static func line(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.location.map { "\($0): " } ?? "")\(diagnostic.severity.rawValue): \(diagnostic.message)"
    }
}
