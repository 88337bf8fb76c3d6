import Foundation
import WPCApp
import WPCChecks
import WPCModel
import WPCSources

/// What `wpc` does with a source once it is read, run on every input a
/// harness manages to read, so that a crash anywhere past the reader is found
/// too: the checks (with the bundled body registry), the human, JSON and
/// SARIF printers, the JSON and text renderings, and the canonical XML, which
/// must read back.
public enum Downstream {
    /// The bundled body registry, read once; the body rules run against it.
    static let registry: BodyRegistry? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? BodyRegistryReader.read(path: root.appendingPathComponent("Input/bodies.tsv").path)
    }()

    /// The input decoded as a source (`SourceText.decode`, the check every
    /// file passes first), or nil when it is refused; a refusal must say where.
    public static func source(_ input: FuzzInput, path: String) -> SourceText? {
        do {
            return try SourceText.decode(Data(input), path: path)
        } catch {
            expect(error.location.file == path, "a refusal names another file: \(error)")
            return nil
        }
    }

    /// Everything downstream of a successful read.
    public static func exercise(_ result: ReadResult) {
        let findings = CheckJob.findings(in: result, registry: registry)
        expectInside(findings, source: result.source)
        printed(findings, source: result.source)
        let programme = result.programme
        do {
            let json = try RenderJob.text(programme, as: .json, registry: registry)
            expectJSON(json, "the programme's JSON")
        } catch {
            expect(false, "the JSON rendering failed: \(error)")
        }
        _ = AnnexTextWriter().write(programme)
        if let xml = try? XMLProgrammeWriter().write(programme) {
            do {
                _ = try XMLProgrammeReader().read(SourceText(path: "written.xml", text: xml))
            } catch {
                expect(false, "the canonical XML written does not read back: \(error)")
            }
        }
    }

    /// What `wpc check` prints for a source the reader refused.
    public static func exercise(_ error: SourceError, source: SourceText) {
        let findings = CheckJob.findings(for: error)
        expect(!findings.isEmpty, "a refusal with nothing to print")
        expectInside(findings, source: source)
        printed(findings, source: source)
    }

    /// The findings through every printer; the machine-readable ones must parse.
    static func printed(_ findings: [Diagnostic], source: SourceText) {
        _ = HumanPrinter().print(findings, sources: [source.path: source.lines])
        _ = HumanPrinter(colour: true, maxLineWidth: 20).print(findings, sources: [source.path: source.lines])
        expectJSON(JSONPrinter().print(findings), "the check's JSON")
        expectJSON(SARIFPrinter(toolVersion: "fuzz").print(findings), "the check's SARIF")
    }

    /// Every finding on `source` points at a line it has, and at most one column past that line's end.
    static func expectInside(_ findings: [Diagnostic], source: SourceText) {
        for finding in findings {
            guard let location = finding.location, location.file == source.path else { continue }
            expect(location.line >= 1 && location.line <= source.lines.count,
                   "\(finding.rule) at line \(location.line) of a \(source.lines.count)-line source")
            let width = source.lines.characterCount(ofLine: location.line)
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
