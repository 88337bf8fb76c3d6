import Foundation
import WPCApp
import WPCModel
import WPCRender
import WPCSources
import WPCViews

/// The diff harness's input: two drafts in one buffer, split at the first
/// record-separator byte (0x1E); without one, the input is diffed with
/// itself, and a programme must then show no change.
public enum DraftPair {
    /// The byte between the old draft and the new one.
    public static let separator: UInt8 = 0x1E

    /// The bundled labels of every language, read once.
    static let labels: [Labels] = Language.allCases.compactMap { try? RenderJob.labels(templates: nil, language: $0) }

    /// Reads both drafts (a Word document, annex text or XML, judged by
    /// content, as `wpc diff` does), diffs them and writes the report in every
    /// format wpc draws itself: summary, Markdown, JSON (which must parse),
    /// HTML and the Word redline.
    public static func run(_ input: FuzzInput) {
        let split = input.firstIndex(of: separator)
        let oldBytes = FuzzInput(rebasing: input[..<(split ?? input.count)])
        let newBytes = split.map { FuzzInput(rebasing: input[($0 + 1)...]) } ?? oldBytes
        guard let old = read(oldBytes, path: "old"), let new = read(newBytes, path: "new") else { return }
        let job = DiffJob(oldPath: "old", newPath: "new")
        expect(labels.count == Language.allCases.count, "the bundled labels do not load")
        // Every option once, in each language in turn: French words are longer, and fill the columns otherwise.
        let options = [DiffOptions(), DiffOptions(ignoring: Set(DiffOptions.Ignorable.allCases))]
        for (index, options) in options.enumerated() {
            let report = DiffReport(old: old.programme, new: new.programme, oldFile: "old", newFile: "new", options: options,
                                    labels: labels[index % labels.count])
            if split == nil {
                expect(report.changeset.isEmpty, "a programme differs from itself")
            }
            // Not the PDF: Chromium prints it, outside this process and at a second an input.
            for format in DiffJob.Format.allCases where format != .pdf {
                do {
                    let bytes = try job.render(report, as: format)
                    if format == .json { Downstream.expectJSON(String(decoding: bytes, as: UTF8.self), "the diff's JSON") }
                } catch {
                    expect(false, "the diff as \(format) failed: \(error)")
                }
            }
        }
    }

    /// One draft read, or nil when it is refused (after printing the refusal).
    private static func read(_ bytes: FuzzInput, path: String) -> ReadResult? {
        switch SourceReader.result(of: UnsafeRawBufferPointer(bytes), path: path) {
        case .success(let result): return result
        case .failure(let error):
            Downstream.exercise(error, input: bytes, path: path)
            return nil
        }
    }
}
