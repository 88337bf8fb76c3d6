/// A point in a source as readers record it: a 1-based line and a 1-based
/// column counted in UTF-8 bytes (0 when only the line is known). Turning it
/// into the character column people read needs the source's text, and is
/// done by `SourceLocator` only when a diagnostic is made.
public struct SourcePoint: Codable, Sendable, Hashable {
    public var line: Int32
    public var byteColumn: Int32

    /// A point at `line`, `byteColumn`.
    public init(line: Int, byteColumn: Int) {
        self.line = Int32(clamping: line)
        self.byteColumn = Int32(clamping: byteColumn)
    }

    /// The same point `count` bytes further right on its line (a point with no column stays so).
    public func advanced(byBytes count: Int) -> SourcePoint {
        guard byteColumn > 0 else { return self }
        return SourcePoint(line: Int(line), byteColumn: Int(byteColumn) + count)
    }

    /// The point's place as a location in `file`, the column counted in bytes.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(byteColumn))
    }
}

/// Where a piece of text came from. A cell cut by a page break is made of
/// several fragments, each with its own point; `point(atOffset:)` maps a
/// byte offset in the merged text back to the fragment it came from, so a
/// diagnostic can put its caret under the exact word.
///
/// The common case, one fragment, is stored inline: an origin costs no
/// allocation. An origin is never part of a value's identity: two programmes
/// read from an XML file and from an annex export are equal when their
/// content is, so `==` on `Origin` is always true and it hashes to nothing.
public struct Origin: Codable, Sendable, Hashable {
    /// One piece of merged text: where it starts in the merged text, and where
    /// it starts in the source.
    public struct Fragment: Codable, Sendable, Hashable {
        /// Offset, in UTF-8 bytes, of this fragment in the merged text.
        public var offset: Int
        /// Where the fragment's first byte stands in the source.
        public var point: SourcePoint

        public init(offset: Int, point: SourcePoint) {
            self.offset = offset
            self.point = point
        }
    }

    /// The first fragment's point; line 0 when the origin is unknown.
    private var head: SourcePoint
    /// Fragments after the first (cells joined over page breaks).
    private var tail: [Fragment]

    /// The origin of nothing in particular (values built in code).
    public static let none = Origin(head: SourcePoint(line: 0, byteColumn: 0), tail: [])

    private init(head: SourcePoint, tail: [Fragment]) {
        self.head = head
        self.tail = tail
    }

    /// An origin of one fragment starting at `point`.
    public init(_ point: SourcePoint) { self.init(head: point, tail: []) }

    /// An origin of one fragment starting at `line`, `byteColumn`.
    public init(line: Int, byteColumn: Int) { self.init(SourcePoint(line: line, byteColumn: byteColumn)) }

    /// Whether the origin names a place.
    public var isKnown: Bool { head.line > 0 || !tail.isEmpty }

    /// Where the value starts, if known.
    public var point: SourcePoint? { head.line > 0 ? head : tail.first?.point }

    /// The fragments in order; empty for values made in code.
    public var fragments: [Fragment] {
        head.line > 0 ? [Fragment(offset: 0, point: head)] + tail : tail
    }

    /// The source point of the byte at `offset` in the merged text.
    public func point(atOffset offset: Int) -> SourcePoint? {
        var current: Fragment? = head.line > 0 ? Fragment(offset: 0, point: head) : tail.first
        for fragment in tail where fragment.offset <= offset { current = fragment }
        guard let current else { return nil }
        return current.point.advanced(byBytes: max(0, offset - current.offset))
    }

    /// The byte offset in the merged text where the fragment holding `offset` ends
    /// (where the next fragment starts), or nil when it is the last.
    public func fragmentEnd(after offset: Int) -> Int? {
        tail.first { $0.offset > offset }?.offset
    }

    /// This origin followed by `other`'s fragments, shifted to start at byte `offset`.
    public func appending(_ other: Origin, at offset: Int) -> Origin {
        var result = self
        result.append(other, at: offset)
        return result
    }

    /// Adds `other`'s fragments, shifted to start at byte `offset`.
    public mutating func append(_ other: Origin, at offset: Int) {
        for fragment in other.fragments { tail.append(Fragment(offset: fragment.offset + offset, point: fragment.point)) }
    }

    /// The origin of the text that remains once its first `count` bytes are
    /// dropped: every fragment moved back by `count`, the one holding byte
    /// `count` starting there.
    public func dropping(_ count: Int) -> Origin {
        guard count > 0, isKnown else { return self }
        var kept = fragments.filter { $0.offset > count }.map { Fragment(offset: $0.offset - count, point: $0.point) }
        if kept.first?.offset != 0, let start = point(atOffset: count) { kept.insert(Fragment(offset: 0, point: start), at: 0) }
        guard let first = kept.first else { return .none }
        return Origin(head: first.point, tail: Array(kept.dropFirst()))
    }

    public static func == (lhs: Origin, rhs: Origin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// Text as written in the source, with where it came from.
public struct WrittenText: Codable, Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The text exactly as written (fragments of a cut cell joined by single spaces).
    public var text: String
    /// Where it was read.
    public var origin: Origin

    public init(_ text: String, origin: Origin = .none) {
        self.text = text
        self.origin = origin
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { text }

    /// True when the text holds nothing but white space.
    public var isBlank: Bool { UTF8Text.isBlank(text) }

    /// The text without its first `count` bytes (a whole number of
    /// characters), its origin moved with it.
    public func dropping(_ count: Int) -> WrittenText {
        WrittenText(String(decoding: text.utf8.dropFirst(count), as: UTF8.self), origin: origin.dropping(count))
    }

    /// This text with `other` appended after a single space, keeping both origins.
    public func joined(with other: WrittenText) -> WrittenText {
        var result = self
        result.append(other)
        return result
    }

    /// Appends `other` after a single space, in place, keeping both origins; a
    /// blank side gives way to the other. Appending piece after piece costs
    /// time linear in the pieces' length.
    public mutating func append(_ other: WrittenText) {
        if isBlank {
            self = other
            return
        }
        if other.isBlank { return }
        let offset = text.utf8.count + 1
        text += " "
        text += other.text
        origin.append(other.origin, at: offset)
    }
}
