import Foundation

/// Where a piece of text came from. A cell cut by a page break is made of
/// several fragments, each with its own location; `location(atOffset:)` maps a
/// character offset in the merged text back to the fragment it came from, so a
/// diagnostic can put its caret under the exact word.
///
/// An origin is never part of a value's identity: two programmes read from an
/// XML file and from an annex export are equal when their content is, so
/// `==` on `Origin` is always true and it hashes to nothing.
public struct Origin: Codable, Sendable, Hashable {
    /// One piece of merged text: where it starts in the merged string, and where
    /// it starts in the source.
    public struct Fragment: Codable, Sendable {
        /// Offset, in characters, of this fragment in the merged text.
        public var offset: Int
        /// Where the fragment's first character stands in the source.
        public var location: SourceLocation

        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    /// The fragments in order; empty for values made in code.
    public var fragments: [Fragment]

    public init(_ fragments: [Fragment] = []) { self.fragments = fragments }

    /// An origin of one fragment starting at `location`.
    public init(_ location: SourceLocation) { self.fragments = [Fragment(offset: 0, location: location)] }

    /// The origin of nothing in particular (values built in code).
    public static let none = Origin()

    /// Where the value starts, if known.
    public var location: SourceLocation? { fragments.first?.location }

    /// The source location of the character at `offset` in the merged text.
    public func location(atOffset offset: Int) -> SourceLocation? {
        guard let fragment = fragments.last(where: { $0.offset <= offset }) ?? fragments.first else { return nil }
        return fragment.location.advanced(by: max(0, offset - fragment.offset))
    }

    /// This origin followed by `other`'s fragments, shifted to start at `offset`.
    public func appending(_ other: Origin, at offset: Int) -> Origin {
        Origin(fragments + other.fragments.map { Fragment(offset: $0.offset + offset, location: $0.location) })
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
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// This text with `other` appended after a single space, keeping both origins.
    public func joined(with other: WrittenText) -> WrittenText {
        if isBlank { return other }
        if other.isBlank { return self }
        let offset = text.count + 1
        return WrittenText(text + " " + other.text, origin: origin.appending(other.origin, at: offset))
    }
}
