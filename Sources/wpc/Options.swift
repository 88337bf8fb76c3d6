import ArgumentParser
import WPCApp
import WPCModel
import WPCSources

/// What every command accepts about what it prints on the terminal.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print errors only: no progress, summary, warnings or notes.")
    var quiet = false

    @Option(name: .customLong("color"), help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var colour: ColourChoice = .auto
}

/// How many diagnostics a command prints (check, build, watch).
struct DiagnosticOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Print at most N diagnostics, then count the rest (human output; JSON, SARIF and check.txt stay complete).", valueName: "N"))
    var maxDiagnostics = DiagnosticDisplay.defaultLimit

    func validate() throws {
        if maxDiagnostics < 0 { throw ValidationError("--max-diagnostics takes a count from 0 up, not \(maxDiagnostics)") }
    }

    /// The display for a stream, under `display`'s rules.
    func display(_ display: DisplayOptions, colour: Bool) -> WPCApp.DiagnosticDisplay {
        WPCApp.DiagnosticDisplay(colour: colour, limit: maxDiagnostics, errorsOnly: display.quiet)
    }
}

/// How commands that read a source read it.
struct ReadingOptions: ParsableArguments {
    @Flag(help: "Read a Word document as it was before its tracked changes (all rejected); default: all accepted.")
    var asOriginal = false

    @Option(help: ArgumentHelp("Refuse a source or body registry larger than SIZE: bytes, or a count with K, M or G (default \(InputSize.standard), at most 2G).",
                               valueName: "SIZE"),
            transform: { (text: String) throws -> InputSize in
                do throws(InputSize.Problem) { return try InputSize(parsing: text) } catch { throw ValidationError(error.description) }
            })
    var maxInput = InputSize.standard

    /// The reader's options these flags ask for.
    var options: ReadOptions { ReadOptions(sizeLimit: maxInput.bytes, trackedChanges: asOriginal ? .original : .accepted) }
}

extension ColourChoice: ExpressibleByArgument {}
extension RenderOutput: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// The language of an output's fixed labels.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "The language of wpc's own words (headings, \"Page N of M\", titles, the diff report's and the dashboard's words): en or fr; default: the source's xml:lang (diff: the new draft's), else en.")
    var language: Language?
}
