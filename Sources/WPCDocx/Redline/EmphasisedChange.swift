import WPCModel
import WPCViews

/// A footnote's text changed word by word, its `**emphasis**` kept: kept and
/// inserted words bold where the new text is, deleted words where the old was.
enum EmphasisedChange {
    static func runs(_ old: String, _ new: String, same: Bool) -> [TrackedRun] {
        let before = EmphasisText.segments(old), after = EmphasisText.segments(new)
        if same { return after.map { TrackedRun(revision: .kept, run: Run(text: $0.text, bold: $0.strong)) } }
        var oldCursor = Cursor(before), newCursor = Cursor(after)
        var runs: [TrackedRun] = []
        for segment in WordDiff.exactDiff(before.map(\.text).joined(), after.map(\.text).joined()) {
            let pieces: [TextSegment]
            let revision: Revision
            switch segment.kind {
            case .equal:
                pieces = newCursor.take(segment.text)
                _ = oldCursor.take(segment.text)
                revision = .kept
            case .deleted:
                pieces = oldCursor.take(segment.text)
                revision = .deleted
            case .inserted:
                pieces = newCursor.take(segment.text)
                revision = .inserted
            }
            runs += pieces.map { TrackedRun(revision: revision, run: Run(text: $0.text, bold: $0.strong)) }
        }
        return runs
    }

    /// Walks one side's emphasis segments as its text is taken, byte by byte.
    private struct Cursor {
        let lengths: [(count: Int, strong: Bool)]
        var segment = 0
        var offset = 0

        init(_ segments: [TextSegment]) { lengths = segments.map { ($0.text.utf8.count, $0.strong) } }

        /// `text` (the next bytes of this side) cut where the emphasis changes.
        mutating func take(_ text: String) -> [TextSegment] {
            let bytes = Array(text.utf8)
            var pieces: [TextSegment] = []
            var start = 0
            while start < bytes.count {
                guard segment < lengths.count else {
                    pieces.append(TextSegment(text: String(decoding: bytes[start...], as: UTF8.self), strong: false))
                    break
                }
                let length = min(lengths[segment].count - offset, bytes.count - start)
                pieces.append(TextSegment(text: String(decoding: bytes[start..<start + length], as: UTF8.self), strong: lengths[segment].strong))
                start += length
                offset += length
                if offset == lengths[segment].count {
                    segment += 1
                    offset = 0
                }
            }
            return pieces
        }
    }
}
