import Foundation
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

    /// Reads both drafts (annex text or XML, judged by content, as `wpc diff`
    /// does), diffs them and prints the report in every text format.
    public static func run(_ input: FuzzInput) {
        let split = input.firstIndex(of: separator)
        let oldBytes = FuzzInput(rebasing: input[..<(split ?? input.count)])
        let newBytes = split.map { FuzzInput(rebasing: input[($0 + 1)...]) } ?? oldBytes
        guard let old = read(oldBytes, path: "old"), let new = read(newBytes, path: "new") else { return }
        for options in [DiffOptions(), DiffOptions(ignoring: [.progress, .whitespace])] {
            let report = DiffReport(old: old.programme, new: new.programme, oldFile: "old", newFile: "new", options: options)
            if split == nil {
                expect(report.changeset.isEmpty, "a programme differs from itself")
            }
            Downstream.expectJSON(report.json(), "the diff's JSON")
            _ = report.markdown()
            _ = report.terminalSummary()
        }
    }

    /// One draft read, or nil when it is refused (after printing the refusal).
    private static func read(_ bytes: FuzzInput, path: String) -> ReadResult? {
        guard let source = Downstream.source(bytes, path: path) else { return nil }
        do {
            return try SourceReader.read(source)
        } catch {
            Downstream.exercise(error, source: source)
            return nil
        }
    }
}
