import Foundation
import WPCApp
import WPCChecks
import WPCModel
import WPCRender
import WPCSources

/// What `wpc` does with a source, run on every input a harness reads, so
/// that a crash anywhere past the reader is found too: the reader chosen by
/// content (`SourceReader.result`, which never throws or traps), then the
/// checks (with the bundled body registry), the human, JSON and SARIF
/// printers, every rendering but the Word one (HTML, the annex, Markdown,
/// the dashboard with the findings, JSON, text), and the canonical XML, which
/// must read back. A refused input goes through the printers as its errors.
public enum Downstream {
    /// The bundled body registry, read once; the body rules run against it.
    static let registry: BodyRegistry? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? BodyRegistryReader.read(path: root.appendingPathComponent("Input/bodies.tsv").path)
    }()

    /// The bundled templates, loaded once.
    static let renderer: ProgrammeRenderer? = try? RenderJob.renderer(templates: nil, for: [.html, .annex, .md, .dashboard])

    /// Reads `input` as the file `path` and runs everything downstream.
    public static func run(_ input: FuzzInput, path: String) {
        let outcome = SourceReader.result(of: UnsafeRawBufferPointer(input), path: path)
        switch outcome {
        case .success(let result): exercise(result)
        case .failure(let error): exercise(error, input: input, path: path)
        }
    }

    /// A programme read: every check, printer and text rendering.
    public static func exercise(_ result: ReadResult) {
        let findings = CheckJob.findings(in: result, registry: registry)
        expectInside(findings, texts: result.texts)
        printed(findings, texts: result.texts)
        let programme = result.programme
        do {
            expectJSON(try RenderJob.text(programme, as: .json, registry: registry), "the programme's JSON")
            _ = try RenderJob.text(programme, as: .txt)
        } catch {
            expect(false, "a text rendering failed: \(error)")
        }
        expect(renderer != nil, "the bundled templates do not load")
        for format in [RenderOutput.html, .annex, .md, .dashboard] {
            do {
                _ = try RenderJob.render(programme, as: format, registry: registry, findings: findings, renderer: renderer)
            } catch {
                expect(false, "the \(format.rawValue) rendering failed: \(error)")
            }
        }
        if let xml = try? XMLProgrammeWriter().write(programme) {
            do {
                _ = try XMLProgrammeReader().read(SourceText(path: "written.xml", text: xml))
            } catch {
                expect(false, "the canonical XML written does not read back: \(error)")
            }
        }
    }

    /// An input refused: what `wpc check` prints for it, with its lines when it is text.
    static func exercise(_ error: SourceError, input: FuzzInput, path: String) {
        expect(error.location.file == path, "a refusal names another file: \(error)")
        let findings = CheckJob.findings(for: error)
        expect(!findings.isEmpty, "a refusal with nothing to print")
        let texts = (try? SourceText.decode([UInt8](input), path: path)).map { [path: $0.lines] } ?? [:]
        expectInside(findings, texts: texts)
        printed(findings, texts: texts)
    }

    /// The findings through every printer; the machine-readable ones must parse.
    static func printed(_ findings: [Diagnostic], texts: [String: LineIndex]) {
        _ = HumanPrinter().print(findings, sources: texts)
        _ = HumanPrinter(colour: true, maxLineWidth: 20).print(findings, sources: texts)
        expectJSON(JSONPrinter().print(findings), "the check's JSON")
        expectJSON(SARIFPrinter(toolVersion: "fuzz").print(findings), "the check's SARIF")
    }

    /// Every finding on a text the printers hold points at a line it has, and
    /// at most one column past that line's end.
    static func expectInside(_ findings: [Diagnostic], texts: [String: LineIndex]) {
        for finding in findings {
            guard let location = finding.location, let lines = texts[location.textKey], location.line != 0 || location.package == nil else { continue }
            expect(location.line >= 1 && location.line <= lines.count,
                   "\(finding.rule) at line \(location.line) of a \(lines.count)-line text")
            let width = lines.characterCount(ofLine: location.line)
            expect(location.column >= 0 && location.column <= width + 1,
                   "\(finding.rule) at \(location) on a line of \(width) characters")
        }
    }

    /// `text` is one JSON value.
    static func expectJSON(_ text: String, _ what: String) {
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        expect(parsed != nil, "\(what) is not JSON: \(text.prefix(300))")
    }
}
