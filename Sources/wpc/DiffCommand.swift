import ArgumentParser
import Foundation
import WPCApp
import WPCViews

/// `wpc diff OLD NEW`: what changed between two drafts, task by task and word by word.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what changed between two drafts of a work programme, or write the redline.",
        discussion: """
            Aligns the drafts by content: topics by title (or shared tasks), tasks by text within \
            their topic and then across topics (a moved task is one move), indicators within their \
            task. Reports open with the changes in words, then show the changed rows (--full: every \
            row). --format docx writes the redline: NEW's annex as a Word document in which every \
            difference is a tracked change; pdf prints the HTML report (needs chromium; docx and \
            pdf only to a file or a pipe). --lang chooses the language of the report's words \
            (default: the new draft's xml:lang); --templates DIR overrides the report's templates \
            and its words (DIR/labels/en.labels, fr.labels). Exit status, like diff(1): 0 same; \
            1 different, or a failed write or print; 2 a draft, template or labels file that \
            cannot be used; 64 a usage error.
            """
    )

    /// The report formats, as the user types them.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case summary, md, json, html, docx, pdf
    }

    @Argument(help: "The older draft (Word, annex text or XML).", completion: .file(extensions: ["docx", "txt", "xml"]))
    var old: String

    @Argument(help: "The newer draft (Word, annex text or XML).", completion: .file(extensions: ["docx", "txt", "xml"]))
    var new: String

    @Option(help: "Report format: summary (terminal, default), md, json, html, docx (the redline: NEW's annex with tracked changes) or pdf (the HTML report printed; needs chromium).")
    var format: Format = .summary

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output; its folder must exist.", completion: .file())
    var output: String?

    @Option(help: "Differences to ignore: progress, whitespace, case, punctuation (repeatable); every format says what was ignored.", completion: .list(DiffOptions.Ignorable.allCases.map(\.rawValue)))
    var ignore: [String] = []

    @Flag(help: "Show every row of the programme in the HTML report, not only the changed rows and their neighbours.")
    var full = false

    @Option(help: "A folder of templates and labels overriding the bundled ones (diff/report.mustache, labels/fr.labels, …).", completion: .directory)
    var templates: String?

    @Option(help: "Also write a PNG to FILE: the HTML report's first screen (needs chromium), or with docx the redline's first changed page (needs LibreOffice and poppler).", completion: .file(extensions: ["png"]))
    var png: String?

    @Option(help: "The author the redline gives every change.")
    var author = "wpc"

    @Option(help: ArgumentHelp("How similar two topic titles must be to match (0–1).", valueName: "share"))
    var topicSimilarity = DiffOptions().topicSimilarity

    @Option(help: ArgumentHelp("How similar two tasks of matched topics must be to match (0–1).", valueName: "share"))
    var taskSimilarity = DiffOptions().taskSimilarity

    @Option(help: ArgumentHelp("How similar a task must be to one in another topic to count as moved (0–1).", valueName: "share"))
    var movedSimilarity = DiffOptions().movedTaskSimilarity

    @Option(help: ArgumentHelp("How similar two indicators of matched tasks must be to match (0–1).", valueName: "share"))
    var indicatorSimilarity = DiffOptions().indicatorSimilarity

    @Option(help: ArgumentHelp("How similar two leftovers in the same place must be to count as edited in place (0–1).", valueName: "share"))
    var gapSimilarity = DiffOptions().gapSimilarity

    @OptionGroup var lang: LanguageOption

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        for value in ignore where DiffOptions.Ignorable(rawValue: value) == nil {
            throw ValidationError("--ignore takes progress, whitespace, case or punctuation, not '\(value)'")
        }
        for (name, value) in [("--topic-similarity", topicSimilarity), ("--task-similarity", taskSimilarity),
                              ("--moved-similarity", movedSimilarity), ("--indicator-similarity", indicatorSimilarity),
                              ("--gap-similarity", gapSimilarity)]
        where !(0...1).contains(value) {
            throw ValidationError("\(name) takes a share from 0 to 1, not \(value)")
        }
    }

    func run() throws {
        if format == .docx || format == .pdf, output == nil, Terminal.stdoutIsTerminal {
            throw Terminal.fail(CommandFailure("\(format.rawValue) is binary and standard output is a terminal; write it to a file with -o FILE", status: .usage))
        }
        let ignoring = Set(ignore.compactMap(DiffOptions.Ignorable.init(rawValue:)))
        var job = DiffJob(
            oldPath: old, newPath: new, format: DiffJob.Format(rawValue: format.rawValue) ?? .summary,
            options: DiffOptions(
                topicSimilarity: topicSimilarity, taskSimilarity: taskSimilarity, movedTaskSimilarity: movedSimilarity,
                indicatorSimilarity: indicatorSimilarity, gapSimilarity: gapSimilarity, ignoring: ignoring),
            output: output,
            templates: templates.map { URL(fileURLWithPath: $0) }, png: png)
        let progress = ProgressDisplay(command: "diff", enabled: Terminal.stderrIsTerminal && !display.quiet)
        job.full = full
        job.author = author
        job.progress = progress.handler
        job.reading = reading.options
        job.language = lang.language
        let outcome = job.run()
        if progress.stop() { Console.error("compared the drafts in \(ProgressDisplay.seconds(progress.elapsed))") }
        if let package = outcome.package { try Terminal.emit(package, to: nil) } else { try Terminal.print(outcome.report) }
        for message in outcome.messages { Console.error(message) }
        Terminal.exit(outcome.status, keeping: outcome)
    }
}
