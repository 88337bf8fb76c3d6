import WPCViews

/// Text as tracked runs.
enum TrackedText {
    /// `old` becoming `new`, word by word: kept words, deleted words and
    /// inserted words, each side rebuilt byte for byte by accepting or
    /// rejecting; the new text, kept, when `same` (the two say the same, or
    /// differ only in what the options ignore).
    static func runs(_ old: String?, _ new: String?, same: Bool) -> [TrackedRun] {
        if same { return only(new, .kept) }
        return WordDiff.exactDiff(old ?? "", new ?? "").compactMap { segment in
            guard !segment.text.isEmpty else { return nil }
            let revision: Revision = switch segment.kind {
            case .equal: .kept
            case .inserted: .inserted
            case .deleted: .deleted
            }
            return TrackedRun(revision: revision, run: Run(text: segment.text))
        }
    }

    /// All of `text` as one run of `revision`; nothing for no text.
    static func only(_ text: String?, _ revision: Revision) -> [TrackedRun] {
        guard let text, !text.isEmpty else { return [] }
        return [TrackedRun(revision: revision, run: Run(text: text))]
    }
}
