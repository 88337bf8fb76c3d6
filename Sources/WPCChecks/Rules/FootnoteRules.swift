import WPCModel

/// `footnote.undefined-marker`: a marker (on a heading or in a cell) with no footnote of that mark.
public struct UndefinedFootnoteMarkerRule: CheckRule {
    /// The rule's stable id.
    public let id = "footnote.undefined-marker"
    public let severity = Severity.error
    public let summary = "A footnote marker is used but no footnote with that mark is defined."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let defined = Set(context.programme.footnotes.map { FootnoteMarker.key($0.mark) })
        var marks = Set<String>()
        let known = context.programme.footnotes.map(\.mark).filter { marks.insert($0).inserted }
        let listed = CheckContext.list(known, separator: " ")
        return context.footnoteMarkers.filter { !defined.contains($0.key) }.map { marker in
            diagnostic("footnote marker '\(marker.mark)' has no footnote", at: marker.location, length: marker.mark.unicodeScalars.count,
                       help: known.isEmpty ? "add the footnote '\(marker.mark) …' below the table"
                                           : "add the footnote '\(marker.mark) …' or use a defined mark (\(listed))")
        }
    }
}

/// `footnote.unreferenced`: a footnote whose mark appears nowhere in the document.
public struct UnreferencedFootnoteRule: CheckRule {
    /// The rule's stable id.
    public let id = "footnote.unreferenced"
    public let severity = Severity.warning
    public let summary = "A footnote is defined but its mark is never used."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let used = Set(context.footnoteMarkers.map(\.key))
        return context.programme.footnotes.filter { !used.contains(FootnoteMarker.key($0.mark)) }.map { footnote in
            let firstWord = UTF8Text.withBytes(of: footnote.text.text) { bytes in
                (0..<bytes.count).first { UTF8Text.whitespaceLength(bytes, at: $0) > 0 } ?? bytes.count
            }
            return diagnostic("footnote '\(footnote.mark)' is never referenced", in: footnote.text, length: max(1, firstWord),
                              help: "put '\(footnote.mark)' on the heading or cell it explains, or remove the footnote", context: context)
        }
    }
}

/// `footnote.legend-mismatch`: a footnote that repeats the legend on a later
/// page but whose text differs from the first legend footnote.
public struct LegendFootnoteMismatchRule: CheckRule {
    /// The rule's stable id.
    public let id = "footnote.legend-mismatch"
    public let severity = Severity.warning
    public let summary = "A footnote repeating the legend differs in text from the first legend footnote."
    /// The rule, with its default severity.
    public init() {}

    /// The rule's findings on `context` (see ``CheckRule/check(_:)``).
    public func check(_ context: CheckContext) -> [Diagnostic] {
        let footnotes = legendFootnotes(context.programme)
        guard let reference = footnotes.first else { return [] }
        let base = WordDiff.words(reference.text.text)
        return footnotes.dropFirst().compactMap { footnote in
            let words = WordDiff.words(footnote.text.text)
            let hunks = WordDiff.hunks(base.map(\.text), words.map(\.text))
            guard let first = hunks.first else { return nil }
            let offset = first.newRange.isEmpty
                ? (first.newRange.lowerBound < words.count ? words[first.newRange.lowerBound].offset : footnote.text.text.utf8.count)
                : words[first.newRange.lowerBound].offset
            let written = words[first.newRange].map(\.text).joined(separator: " ")
            let original = base[first.oldRange].map(\.text).joined(separator: " ")
            let length = first.newRange.isEmpty ? 1 : words[first.newRange.upperBound - 1].end - offset
            var message = "footnote '\(footnote.mark)' repeats the legend of footnote '\(reference.mark)' but "
            message += describe(written: written, original: original, mark: reference.mark)
            if hunks.count > 1 { message += " (and \(hunks.count - 1) more difference\(hunks.count == 2 ? "" : "s"))" }
            return diagnostic(message, in: footnote.text, offset: offset, length: length,
                              help: "make footnote '\(footnote.mark)' a copy of footnote '\(reference.mark)'", context: context)
        }
    }

    private func describe(written: String, original: String, mark: String) -> String {
        if written.isEmpty { return "leaves out '\(original)'" }
        if original.isEmpty { return "adds '\(written)'" }
        return "writes '\(written)' where '\(mark)' writes '\(original)'"
    }

    /// The footnotes marked on the plan column's heading, in order of first appearance.
    private func legendFootnotes(_ programme: Programme) -> [Footnote] {
        var seen = Set<String>()
        let keys = programme.headings.flatMap { $0.marks.filter { $0.column == .plan } }
            .map { FootnoteMarker.key($0.mark) }
            .filter { seen.insert($0).inserted }
        var byKey: [String: Footnote] = [:]
        for footnote in programme.footnotes where byKey[FootnoteMarker.key(footnote.mark)] == nil {
            byKey[FootnoteMarker.key(footnote.mark)] = footnote
        }
        return keys.compactMap { byKey[$0] }
    }
}
