import WPCModel

/// Text gathered from a paragraph's runs, as UTF-8 bytes, with where each
/// piece came from (a fragment per `w:t`, so a caret can point into the run
/// that holds a word) and which byte ranges are bold.
struct WordText: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var fragments: [Origin.Fragment] = []
    /// Byte ranges in bold, in order, adjacent ranges merged.
    private(set) var bold: [Range<Int>] = []

    var isEmpty: Bool { bytes.isEmpty }

    /// The bytes appended next come from the source at `point`.
    mutating func startPiece(at point: SourcePoint) {
        if let last = fragments.last, last.offset == bytes.count {
            fragments[fragments.count - 1].point = point
        } else {
            fragments.append(Origin.Fragment(offset: bytes.count, point: point))
        }
    }

    /// Appends `piece`; digits become superscript digits when the run is
    /// superscript (a footnote mark typed as raised text: "1" → "¹").
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>, bold isBold: Bool, superscript: Bool) {
        let start = bytes.count
        if superscript {
            for byte in piece {
                if byte >= 0x30, byte <= 0x39 {
                    bytes.append(contentsOf: WordText.superscriptDigits[Int(byte - 0x30)])
                } else {
                    bytes.append(byte)
                }
            }
        } else {
            bytes.append(contentsOf: piece)
        }
        if isBold { markBold(start..<bytes.count) }
    }

    /// Appends UTF-8 text produced by the reader (a tab, a symbol, a footnote mark).
    mutating func append(_ text: String, bold isBold: Bool = false) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        if isBold { markBold(start..<bytes.count) }
    }

    /// Puts `label` and a space in front of the text (a list number), its origin at `point`.
    mutating func prefix(_ label: String, at point: SourcePoint) {
        let added = Array(label.utf8) + (bytes.isEmpty ? [] : [0x20])
        bytes.insert(contentsOf: added, at: 0)
        fragments = [Origin.Fragment(offset: 0, point: point)]
            + fragments.map { Origin.Fragment(offset: $0.offset + added.count, point: $0.point) }
        bold = bold.map { ($0.lowerBound + added.count)..<($0.upperBound + added.count) }
    }

    /// Appends `paragraph` trimmed of surrounding white space, after a single
    /// space when this text is not empty; returns where it starts, or nil when
    /// it held nothing but white space.
    @discardableResult
    mutating func appendParagraph(_ paragraph: WordText) -> Int? {
        let range = paragraph.bytes.withUnsafeBufferPointer { UTF8Text.trimmed($0, 0..<$0.count) }
        guard !range.isEmpty else { return nil }
        if !bytes.isEmpty { bytes.append(0x20) }
        let start = bytes.count
        let shift = start - range.lowerBound
        bytes.append(contentsOf: paragraph.bytes[range])
        // The fragment the trimmed text starts in, then those that start inside it.
        if let covering = paragraph.fragments.last(where: { $0.offset <= range.lowerBound }) {
            fragments.append(Origin.Fragment(offset: start, point: covering.point.advanced(byBytes: range.lowerBound - covering.offset)))
        }
        for fragment in paragraph.fragments where fragment.offset > range.lowerBound && fragment.offset < range.upperBound {
            fragments.append(Origin.Fragment(offset: fragment.offset + shift, point: fragment.point))
        }
        for span in paragraph.bold {
            let lower = max(span.lowerBound, range.lowerBound), upper = min(span.upperBound, range.upperBound)
            if lower < upper { markBold((lower + shift)..<(upper + shift)) }
        }
        return start
    }

    /// The text as written, trimmed, with its origin.
    var written: WrittenText {
        let range = bytes.withUnsafeBufferPointer { UTF8Text.trimmed($0, 0..<$0.count) }
        return written(range)
    }

    /// Bytes `range` as written text, with the origin of the fragments it covers.
    func written(_ range: Range<Int>) -> WrittenText {
        WrittenText(String(decoding: bytes[range], as: UTF8.self), origin: origin(of: range))
    }

    /// The text trimmed, bold ranges written as `**…**`: white space at the
    /// edge of a bold range is left outside the markers, so "**SO1** –"
    /// reads the same whether or not Word bolded the space after the code.
    var emphasised: WrittenText {
        let range = bytes.withUnsafeBufferPointer { UTF8Text.trimmed($0, 0..<$0.count) }
        var spans: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            for span in bold {
                let trimmed = UTF8Text.trimmed(buffer, max(span.lowerBound, range.lowerBound)..<min(span.upperBound, range.upperBound))
                if !trimmed.isEmpty { spans.append(trimmed) }
            }
        }
        guard !spans.isEmpty else { return written(range) }
        var text: [UInt8] = []
        text.reserveCapacity(range.count + 4 * spans.count)
        var inserted: [(at: Int, count: Int)] = []
        var position = range.lowerBound
        for span in spans {
            text.append(contentsOf: bytes[position..<span.lowerBound])
            inserted.append((span.lowerBound, 2))
            text.append(contentsOf: [0x2A, 0x2A])
            text.append(contentsOf: bytes[span])
            inserted.append((span.upperBound, 2))
            text.append(contentsOf: [0x2A, 0x2A])
            position = span.upperBound
        }
        text.append(contentsOf: bytes[position..<range.upperBound])
        // Each fragment moves right by the markers written before it.
        let base = origin(of: range)
        var origin = Origin.none
        for fragment in base.fragments {
            let source = fragment.offset + range.lowerBound
            let moved = inserted.reduce(0) { $0 + ($1.at <= source ? $1.count : 0) }
            origin.append(Origin(fragment.point), at: fragment.offset + moved)
        }
        return WrittenText(String(decoding: text, as: UTF8.self), origin: origin)
    }

    /// The origin of bytes `range`: fragments rebased to start at 0.
    private func origin(of range: Range<Int>) -> Origin {
        guard let covering = fragments.last(where: { $0.offset <= range.lowerBound }) ?? fragments.first else { return .none }
        var origin = Origin(covering.point.advanced(byBytes: max(0, range.lowerBound - covering.offset)))
        for fragment in fragments where fragment.offset > range.lowerBound && fragment.offset < range.upperBound {
            origin.append(Origin(fragment.point), at: fragment.offset - range.lowerBound)
        }
        return origin
    }

    private mutating func markBold(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = bold.last, last.upperBound == range.lowerBound {
            bold[bold.count - 1] = last.lowerBound..<range.upperBound
        } else {
            bold.append(range)
        }
    }

    /// ⁰ to ⁹ in UTF-8.
    private static let superscriptDigits: [[UInt8]] = SuperscriptDigits.all.map { Array(String($0).utf8) }
}
