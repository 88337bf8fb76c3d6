import Foundation
import WPCChecks
import WPCModel
import WPCRender
import WPCSources

/// `wpc build` as a library call, the main job: read a programme, check it,
/// and write every output into one folder — paginated HTML, the
/// Policy-Commission annex (HTML and Word), Markdown, JSON, canonical XML, clean annex text,
/// the check report, one extract per responsible body with an index, and PNGs
/// of the first page of the HTML and the annex for a person to look at.
///
/// When the checks find errors nothing is written, unless `force` is set.
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

    public init(source: String, outputDirectory: String, bodiesPath: String? = nil, templates: String? = nil, force: Bool = false, screenshots: Bool = true) {
        self.source = source
        self.outputDirectory = outputDirectory
        self.bodiesPath = bodiesPath
        self.templates = templates
        self.force = force
        self.screenshots = screenshots
    }

    /// What a build did.
    public struct Report: Sendable {
        /// The checks' findings on the source.
        public var check: CheckReport
        /// Every file written, in the order written.
        public var written: [String]
        /// Things that went wrong without stopping the build (a missing browser for the PNGs).
        public var warnings: [String]
        /// 0 built; 1 stopped by errors in the source or a failed write; 2 unreadable source.
        public var status: Int32
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
        let result: ReadResult
        let registry: BodyRegistry?
        do throws(SourceError) {
            result = try SourceReader.read(path: source)
            registry = try RegistryLocation.registry(named: bodiesPath, besideFirstOf: [source])
        } catch {
            let text = (try? SourceText.load(path: error.location.file)).map { [error.location.file: $0.text] } ?? [:]
            let check = CheckReport(diagnostics: CheckJob.findings(for: error).sortedByLocation(), sources: text, outcome: .unreadable)
            return Report(check: check, written: [], warnings: [], status: 2)
        }
        let diagnostics = CheckJob.findings(in: result, registry: registry).sortedByLocation()
        let check = CheckReport(diagnostics: diagnostics, sources: [source: result.source.text],
                                outcome: CheckOutcome(diagnostics, strict: false))
        if check.outcome != .clean, !force {
            return Report(check: check, written: [], warnings: [], status: 1)
        }
        var report = Report(check: check, written: [], warnings: [], status: 0)
        do {
            try writeOutputs(result.programme, registry: registry, check: check, report: &report)
        } catch {
            report.warnings.append("\(error)")
            report.status = 1
        }
        return report
    }

    private var stem: String {
        URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
    }

    /// `name` inside the output folder, relative when the folder was given relative.
    private func path(_ name: String) -> String {
        (outputDirectory as NSString).appendingPathComponent(name)
    }

    private func writeOutputs(_ programme: Programme, registry: BodyRegistry?, check: CheckReport, report: inout Report) throws {
        func write(_ data: Data, _ name: String) throws {
            try OutputFile.write(data, to: path(name))
            report.written.append(path(name))
        }
        // Templates are loaded once for every output and extract of the build.
        let renderer = try RenderJob.renderer(templates: templates, for: RenderOutput.allCases, index: true)
        for format in RenderOutput.allCases {
            try write(try RenderJob.render(programme, as: format, templates: templates, registry: registry, renderer: renderer), "\(stem).\(format.fileExtension)")
        }
        try write(Data(check.rendered(as: .human).utf8), "check.txt")
        try write(Data(check.rendered(as: .sarif).utf8), "check.sarif")

        if let registry {
            let extracts = ExtractJob(programme: programme, registry: registry, templates: templates)
            let folder = path("extracts")
            let written = try extracts.writePerBody(to: folder, format: .annex, renderer: renderer)
            report.written += written.map(\.path) + [(folder as NSString).appendingPathComponent("index.html")]
        } else {
            report.warnings.append("no body registry (bodies.tsv beside the source): per-body extracts skipped")
        }

        guard screenshots else { return }
        for (page, png) in [("\(stem).html", "\(stem).png"), ("\(stem).annex.html", "\(stem).annex.png")] {
            switch Screenshot.capture(html: URL(fileURLWithPath: path(page)), to: URL(fileURLWithPath: path(png))) {
            case .success: report.written.append(path(png))
            case .failure(let error): report.warnings.append("\(png): \(error)")
            }
        }
    }
}
