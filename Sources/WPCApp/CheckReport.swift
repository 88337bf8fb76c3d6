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
        case .human: HumanPrinter(colour: colour).print(diagnostics, sources: sources)
        case .json: JSONPrinter().print(diagnostics)
        case .sarif: SARIFPrinter(toolVersion: WPCVersion.current).print(diagnostics)
        }
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
