import Foundation
import WPCChecks
import WPCModel
import WPCRender
import WPCSources

/// `wpc build` as a library call, the main job: read a programme, check it,
/// and write every output into one folder — paginated HTML, the
/// Policy-Commission annex (HTML and Word), Markdown, JSON, canonical XML, clean annex text,
/// the dashboard, the check report, one extract per responsible body with an
/// index, both HTML pages printed to PDF, and PNGs of the first page of the
/// HTML and the annex, and of the dashboard, for a person to look at.
///
/// The outputs appear all together or not at all: they are written into a
/// staging folder that replaces the output folder only when every one is
/// written (see `StagedFolder`). When the checks find errors nothing is
/// written, unless `force` is set. The PDFs and PNGs need Chromium: without
/// it every other output is still written and swapped in, and the build then
/// fails (status 1) with one line naming the package to install.
public struct BuildJob: Sendable {
    /// The source (annex text or XML).
    public var source: String
    /// The folder to write into.
    public var outputDirectory: String
    /// The body registry; default: bodies.tsv beside the source.
    public var bodiesPath: String?
    public var templates: String?
    /// Write the outputs even when the checks find errors.
    public var force: Bool
    /// Take PNG screenshots with headless Chromium.
    public var screenshots: Bool
    /// Print the paginated HTML and the annex to PDF with headless Chromium.
    public var pdfs: Bool
    /// The language of the fixed labels; default: the source's (`Language.default(for:)`).
    public var language: Language?
    /// Told each step as it starts.
    public var progress: ProgressHandler?
    /// Asked between steps whether to stop (the folder then keeps the previous build).
    public var cancellation: Cancellation?
    /// How the source is read (`--as-original`).
    public var reading = ReadOptions()

    public init(source: String, outputDirectory: String, bodiesPath: String? = nil, templates: String? = nil, force: Bool = false,
                screenshots: Bool = true, pdfs: Bool = true, language: Language? = nil) {
        self.source = source
        self.outputDirectory = outputDirectory
        self.bodiesPath = bodiesPath
        self.templates = templates
        self.force = force
        self.screenshots = screenshots
        self.pdfs = pdfs
        self.language = language
    }

    /// What a build did.
    public struct Report: Sendable {
        /// The checks' findings on the source (an unreadable source is in it too).
        public var check: CheckReport
        /// Every file written, in the order written, under the folder as the user named it.
        public var written: [String]
        /// Things that went wrong without stopping the build (a missing browser for the PNGs), one line each.
        public var warnings: [String]
        /// Why nothing was written, when that is not said by `check` (an unreadable source is).
        public var failure: CommandFailure?
        /// Whether the build was asked to stop before it finished.
        public var cancelled: Bool
        /// Whether the outputs in `written` replaced the folder: true for a
        /// whole build, and for one that could not print its PDFs (`failure` says why).
        public var committed: Bool
        /// How the command ends.
        public var status: ExitStatus

        init(check: CheckReport, written: [String] = [], warnings: [String] = [], failure: CommandFailure? = nil, cancelled: Bool = false,
             committed: Bool = false, status: ExitStatus) {
            self.check = check
            self.written = written
            self.warnings = warnings
            self.failure = failure
            self.cancelled = cancelled
            self.committed = committed
            self.status = status
        }
    }

    /// The programme the build reads when no source is named: the first XML
    /// file in `Input/` under `directory`, else the first text file there.
    public static func defaultSource(in directory: String = FileManager.default.currentDirectoryPath) -> String? {
        let input = URL(fileURLWithPath: directory).appendingPathComponent("Input")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: input.path).sorted() else { return nil }
        let pick = names.first { $0.hasSuffix(".xml") } ?? names.first { $0.hasSuffix(".txt") }
        return pick.map { input.appendingPathComponent($0).path }
    }

    /// Runs the build.
    public func run() -> Report {
        StagedFolder.recover(outputDirectory)
        progress?(ProgressStep("reading \(source)", done: 0, total: 0))
        let result: ReadResult
        do { result = try InputFile.read(source, options: reading) } catch {
            let text = (try? SourceText.load(path: source, sizeLimit: reading.sizeLimit)).map { [source: $0.lines] } ?? [:]
            let check = CheckReport(diagnostics: error.diagnostics.sortedByLocation(), sources: text, outcome: .unreadable, unreadable: [source: error])
            return Report(check: check, status: .unreadableInput)
        }
        let registry: BodyRegistry?
        do { registry = try RegistryLocation.registry(named: bodiesPath, besideFirstOf: [source], maxInput: reading.sizeLimit) } catch {
            return Report(check: CheckReport(diagnostics: [], sources: [:], outcome: .unreadable), failure: error.failure, status: .unreadableInput)
        }
        progress?(ProgressStep("checking \(source)", done: 0, total: 0))
        let diagnostics = CheckJob.findings(in: result, registry: registry)
        let check = CheckReport(diagnostics: diagnostics, sources: result.texts,
                                outcome: CheckOutcome(diagnostics, strict: false))
        if check.outcome != .clean, !force {
            let failure = CommandFailure("the checks found errors; nothing written (--force writes anyway)", status: .findings)
            return Report(check: check, failure: failure, status: .findings)
        }
        let folder: StagedFolder
        do { folder = try StagedFolder.begin(outputDirectory) } catch {
            return Report(check: check, failure: error, status: error.status)
        }
        var report = Report(check: check, status: .done)
        do {
            try writeOutputs(result.programme, registry: registry, check: check, into: folder, report: &report)
            try folder.commit()
            report.committed = true
            if let failure = report.failure { report.status = failure.status }
        } catch let failure as CommandFailure {
            folder.discard()
            return Report(check: check, warnings: report.warnings, failure: failure, status: failure.status)
        } catch {
            folder.discard()
            return Report(check: check, warnings: report.warnings, cancelled: true, status: .done)
        }
        return report
    }

    /// The window the PNGs of the first pages are taken in: one A4-landscape sheet.
    static let pageSize = (width: 1180, height: 860)
    /// The window the dashboard's PNG is taken in: the key figures, the coverage matrix and the top of the timeline.
    static let dashboardSize = (width: 1100, height: 1500)

    private var stem: String {
        URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    }

    /// `name` inside the output folder as the user named it.
    private func shown(_ name: String) -> String {
        (outputDirectory as NSString).appendingPathComponent(name)
    }

    /// Stops a build between two steps.
    private struct Stopped: Error {}

    /// How making and writing one file went.
    private struct Outcome: Sendable {
        /// Why it failed, if it did (a `CommandFailure`, or `Stopped`).
        var failure: (any Error)?
    }

    /// The outputs written from the programme itself, in order; the PDFs are printed from the HTML afterwards.
    static let outputs: [RenderOutput] = [.html, .annex, .md, .json, .xml, .txt, .docx, .dashboard]

    private func writeOutputs(_ programme: Programme, registry: BodyRegistry?, check: CheckReport, into folder: StagedFolder, report: inout Report) throws {
        // Templates and labels are loaded once for every output and extract of the build.
        let renderer: ProgrammeRenderer
        do throws(RenderJobError) {
            renderer = try RenderJob.renderer(templates: templates, for: BuildJob.outputs, index: true, language: language ?? .default(for: programme))
        } catch {
            throw error.failure
        }
        let extracts = registry.map { ExtractJob(programme: programme, registry: $0, templates: templates, labels: renderer.labels) }
        let perBody = extracts?.perBodyExtracts() ?? []
        let pictures = [("\(stem).html", "\(stem).png", BuildJob.pageSize), ("\(stem).annex.html", "\(stem).annex.png", BuildJob.pageSize),
                        ("\(stem).dashboard.html", "\(stem).dashboard.png", BuildJob.dashboardSize)]
        // Without a browser the PDFs and PNGs are left out and the build says so once, at the end.
        let browser = pdfs || screenshots ? Screenshot.browser() != nil : true
        let printing = pdfs && browser, picturing = screenshots && browser
        let total = BuildJob.outputs.count + 2 + (extracts == nil ? 0 : perBody.count + 1) + (printing ? 2 : 0) + (picturing ? pictures.count : 0)
        var done = 0
        func step(_ doing: String) throws {
            if cancellation?.isCancelled == true { throw Stopped() }
            progress?(ProgressStep(doing, done: done, total: total))
            done += 1
        }
        /// Writes `data` to `name` in the folder, as a failure the build can report.
        @Sendable func save(_ name: String, _ data: Data) throws(CommandFailure) {
            do { try OutputFile.write(data, to: folder.path(name)) } catch {
                throw CommandFailure(lines: [CommandFailure.line("cannot write: \(error.reason)", about: shown(name))], status: .failedWrite)
            }
        }
        // Every output and the two check reports are made and written side by
        // side; then each is reported in order, and the first that failed, in
        // that order, stops the build (its folder is never put in place).
        let files = BuildJob.outputs.map { "\(stem).\($0.fileExtension)" } + ["check.txt", "check.sarif"]
        let templateFolder = self.templates, cancellation = self.cancellation
        let outcomes = ParallelMap.map(files.count) { index -> Outcome in
            if cancellation?.isCancelled == true { return Outcome(failure: Stopped()) }
            do {
                let data: Data
                switch index {
                case BuildJob.outputs.count: data = Data(check.rendered(as: .human).utf8)
                case BuildJob.outputs.count + 1: var pieces = check.renderedPieces(as: .sarif); data = Data(joining: &pieces)
                default:
                    let format = BuildJob.outputs[index]
                    do throws(RenderJobError) {
                        // The dashboard's health panel counts what the checks above found.
                        data = try RenderJob.render(programme, as: format, templates: templateFolder, registry: registry,
                                                    findings: format == .dashboard ? check.diagnostics : nil, renderer: renderer)
                    } catch {
                        throw error.failure
                    }
                }
                try save(files[index], data)
                return Outcome(failure: nil)
            } catch {
                return Outcome(failure: error)
            }
        }
        for (name, outcome) in zip(files, outcomes) {
            try step("writing \(name)")
            if let failure = outcome.failure { throw failure }
            report.written.append(shown(name))
        }

        if let extracts {
            let name = "extracts"
            guard mkdir(folder.path(name), 0o777) == 0 else {
                throw CommandFailure(lines: [CommandFailure.line("cannot write: \(FileKind.reason(errno))", about: shown(name))], status: .failedWrite)
            }
            let written: [ExtractJob.Written]
            do {
                written = try extracts.writePerBody(perBody, into: folder.path(name), shownAs: shown(name), format: .annex, renderer: renderer,
                                                    dashboard: "../\(stem).\(RenderOutput.dashboard.fileExtension)") { _, _, file in
                    try step("writing \(name)/\(file)")
                }
            } catch let error as ExtractJobError {
                throw error.failure
            }
            report.written += written.map(\.path) + [(shown(name) as NSString).appendingPathComponent("index.html")]
        } else {
            report.warnings.append(CommandFailure.line("no body registry (bodies.tsv beside the source): per-body extracts skipped", severity: "warning"))
        }

        if !browser {
            let missing = [pdfs ? "print the PDFs" : nil, screenshots ? "take the PNGs" : nil].compactMap { $0 }.joined(separator: " or ")
            report.failure = CommandFailure("cannot \(missing): \(BrowserError.browserNotFound)", status: .failedWrite)
            return
        }
        if printing {
            let date = DocumentDate(programme: programme)
            for (page, pdf) in [("\(stem).html", "\(stem).pdf"), ("\(stem).annex.html", "\(stem).annex.pdf")] {
                try step("printing \(pdf)")
                switch PDFPrinter.print(file: URL(fileURLWithPath: folder.path(page)), date: date) {
                case .success(let data):
                    do { try OutputFile.write(data, to: folder.path(pdf)) } catch {
                        throw CommandFailure(lines: [CommandFailure.line("cannot write: \(error.reason)", about: shown(pdf))], status: .failedWrite)
                    }
                    report.written.append(shown(pdf))
                case .failure(let error):
                    // Like a missing browser: the other outputs still go in, and the build fails at the end.
                    let line = CommandFailure.line("cannot print: \(error)", about: shown(pdf))
                    report.failure = CommandFailure(lines: (report.failure?.lines ?? []) + [line], status: .failedWrite)
                }
            }
        }
        guard picturing else { return }
        for (page, png, size) in pictures {
            try step("taking \(png)")
            switch Screenshot.capture(html: URL(fileURLWithPath: folder.path(page)), to: URL(fileURLWithPath: folder.path(png)),
                                      width: size.width, height: size.height) {
            case .success: report.written.append(shown(png))
            case .failure(let error):
                report.warnings.append(CommandFailure.line("no screenshot: \(error)", about: shown(png), severity: "warning"))
            }
        }
    }
}
