import WPCModel

/// Finds, in document order, where each element's start tag stands in the
/// source bytes, so that every text read from XML carries its line and column
/// without asking libxml2 for positions it does not keep. It walks the bytes
/// once, forward only: the parser reports elements in the order their start
/// tags appear, so the n-th start tag found is the n-th element reported.
/// Comments, CDATA sections, processing instructions, declarations and end
/// tags are stepped over; quoted attribute values may hold `>`.
struct XMLTagCursor {
    /// Where a start tag stands: its `<`, and where the element's content begins.
    struct Tag {
        /// Byte offset of the `<`.
        var start: Int
        /// Byte offset just past the `>`; for an empty-element tag (`<x/>`), the `<`.
        var content: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next start tag, or nil when none is left.
    mutating func next() -> Tag? {
        let count = bytes.count
        while offset < count {
            guard let open = find(UInt8(ascii: "<"), from: offset) else {
                offset = count
                return nil
            }
            let next = open + 1 < count ? bytes[open + 1] : 0
            switch next {
            case UInt8(ascii: "!"):
                if starts(with: "<!--", at: open) {
                    offset = skip(past: "-->", from: open + 4)
                } else if starts(with: "<![CDATA[", at: open) {
                    offset = skip(past: "]]>", from: open + 9)
                } else {
                    offset = tagEnd(from: open + 2) + 1
                }
            case UInt8(ascii: "?"):
                offset = skip(past: "?>", from: open + 2)
            case UInt8(ascii: "/"):
                offset = tagEnd(from: open + 2) + 1
            default:
                let close = tagEnd(from: open + 1)
                offset = min(count, close + 1)
                let empty = close > open && close < count && bytes[close - 1] == UInt8(ascii: "/")
                return Tag(start: open, content: empty ? open : offset)
            }
        }
        return nil
    }

    /// The offset of the `>` that ends a tag whose name starts at `from`, quotes respected.
    private func tagEnd(from start: Int) -> Int {
        var index = start
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func starts(with text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private func skip(past text: StaticString, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(with: text, at: index) { return index + text.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }
}

/// Turns byte offsets that only grow into source points, in time proportional
/// to the distance moved: the line is found by walking the line index forward.
/// A part of a package numbers its lines after the parts before it: its first
/// line is then `firstLine` (see `PackageMap`).
struct LineCursor {
    private let lines: LineIndex
    private var line = 1
    private let shift: Int

    init(_ lines: LineIndex, firstLine: Int = 1) {
        self.lines = lines
        self.shift = firstLine - 1
    }

    /// The point of byte `offset`, which must not be before the last one asked for.
    mutating func point(at offset: Int) -> SourcePoint {
        while line < lines.count, let next = lines.start(ofLine: line + 1), next <= offset { line += 1 }
        let start = lines.start(ofLine: line) ?? 0
        return SourcePoint(line: line + shift, byteColumn: offset - start + 1)
    }
}
