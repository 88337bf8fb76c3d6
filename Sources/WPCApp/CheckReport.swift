import Foundation
import WPCChecks
import WPCModel

/// What `wpc check` found: sorted diagnostics, the text of each source for
/// printing, and how the command should exit.
public struct CheckReport: Sendable {
    /// Every finding, readers' and rules', sorted by location.
    public var diagnostics: [Diagnostic]
    /// Each readable source's text, keyed by the path the locations name.
    public var sources: [String: LineIndex]
    /// How the command should exit.
    public var outcome: CheckOutcome
    /// The sources that could not be read, and why (their diagnostics are in `diagnostics` too).
    public var unreadable: [String: InputError]

    /// A report from its parts.
    public init(diagnostics: [Diagnostic], sources: [String: LineIndex], outcome: CheckOutcome, unreadable: [String: InputError] = [:]) {
        self.diagnostics = diagnostics
        self.sources = sources
        self.outcome = outcome
        self.unreadable = unreadable
    }

    /// The report in `format`; `colour` applies to human output only.
    public func rendered(as format: CheckFormat, colour: Bool = false) -> String {
        switch format {
        case .human:
            let shown = texts(showing: diagnostics)
            return shown.notice + HumanPrinter(colour: colour).print(diagnostics, sources: shown.texts)
        case .json: return JSONPrinter().print(diagnostics)
        case .sarif: return SARIFPrinter(toolVersion: WPCVersion.current).print(diagnostics)
        }
    }

    /// The report in `format` as the bytes to write, in pieces: the same
    /// text as `rendered(as:colour:)`, made for JSON and SARIF without a
    /// string, or one buffer, of the whole in between.
    public func renderedPieces(as format: CheckFormat, colour: Bool = false) -> [[UInt8]] {
        switch format {
        case .human: [Array(rendered(as: .human, colour: colour).utf8)]
        case .json: JSONPrinter().pieces(diagnostics)
        case .sarif: SARIFPrinter(toolVersion: WPCVersion.current).pieces(diagnostics)
        }
    }
}

extension CheckReport {
    /// The texts a printer needs to show `diagnostics` with their lines:
    /// each source as read or, for one whose text was let go while it was
    /// read, the lines they name, read again from its file. A file that no
    /// longer holds the lines read is shown without lines, and `notice`
    /// says so.
    func texts(showing diagnostics: some Sequence<Diagnostic>) -> (texts: [String: LineIndex], notice: String) {
        guard sources.values.contains(where: { !$0.hasText }) else { return (sources, "") }
        var wanted: [String: [Int]] = [:]
        for diagnostic in diagnostics {
            if let location = diagnostic.location, sources[location.textKey]?.hasText == false {
                wanted[location.textKey, default: []].append(location.line)
            }
        }
        var texts = sources.filter { $0.value.hasText }
        var notice = ""
        for (key, lines) in wanted.sorted(by: { $0.key < $1.key }) {
            guard let index = sources[key] else { continue }
            if let restored = index.readingAgain(lines: lines, from: key) {
                texts[key] = restored
            } else {
                notice += "note: \(key) changed while it was checked; its lines are not shown\n"
            }
        }
        return (texts, notice)
    }
}

/// The output formats of `wpc check`.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// clang-style text with the source line and a caret.
    case human
    /// A JSON array of diagnostics.
    case json
    /// A SARIF 2.1.0 log.
    case sarif
}
