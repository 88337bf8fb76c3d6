import Foundation

/// Writes JSON as UTF-8 bytes in one pass: two-space indentation, non-ASCII
/// characters kept as they are, control characters escaped. Keys are written
/// in the order the caller gives them; callers give them sorted, so the same
/// value always gives the same bytes.
public struct JSONWriter: Sendable {
    /// How members and empty containers are laid out.
    public enum Style: Sendable {
        /// `"key": value`; empty containers as `[]` and `{}` (the programme's JSON).
        case compact
        /// `"key" : value`; empty containers opened and closed on their own
        /// lines, as Foundation's pretty printer writes them (the changeset's JSON).
        case spacious
    }

    /// What was written, in pieces: runs added by `append(_:)` are kept as
    /// they were written, not copied into one buffer.
    private var earlier: [[UInt8]] = []
    /// What was written since the last run added (all of it, when none was).
    private var tail: [UInt8] = []
    private let style: Style
    /// For each open container, how many members or elements it has so far.
    private var counts: [Int] = []
    /// For a continuation, the innermost container's count it started from.
    private var countsBefore = 0

    public init(style: Style = .compact, capacity: Int = 0) {
        self.style = style
        tail.reserveCapacity(capacity)
    }

    /// What was written, as UTF-8 bytes.
    public var bytes: [UInt8] {
        guard !earlier.isEmpty else { return tail }
        var joined: [UInt8] = []
        joined.reserveCapacity(byteCount)
        for piece in pieces { joined.append(contentsOf: piece) }
        return joined
    }

    /// What was written, in order, in the pieces it was written in (to be
    /// copied once into whatever holds the output).
    public var pieces: [[UInt8]] { earlier + [tail] }

    /// The number of bytes written.
    public var byteCount: Int { earlier.reduce(tail.count) { $0 + $1.count } }

    /// What was written, ended with a newline, as text (a printed JSON document).
    public var document: String {
        var text = bytes
        text.append(0x0A)
        return String(decoding: text, as: UTF8.self)
    }

    /// What was written, ended with a newline, as the bytes of a file: the
    /// pieces are moved out of the writer (which is left empty) and joined
    /// with `Data(joining:)`, each freed as soon as it is copied.
    public mutating func takeDocument() -> Data {
        var taken = takePieces()
        return Data(joining: &taken)
    }

    /// What was written, ended with a newline, in the pieces it was written
    /// in, moved out of the writer (which is left empty): for a caller that
    /// writes them out one by one, never holding a joined copy.
    public mutating func takePieces() -> [[UInt8]] {
        let taken = earlier + [tail, [0x0A]]
        earlier = []
        tail = []
        return taken
    }

    /// An empty writer inside the same open containers as this one, for a
    /// run of elements of the innermost container written apart (on another
    /// thread, say) and added back with `append(_:)`, laid out as if written
    /// here. `following` tells whether elements come before the run.
    public func continuation(following: Bool) -> JSONWriter {
        var writer = JSONWriter(style: style)
        writer.counts = counts
        if let last = writer.counts.indices.last { writer.counts[last] = following ? 1 : 0 }
        writer.countsBefore = writer.counts.last ?? 0
        return writer
    }

    /// Adds what `continuations` wrote, in order, and counts their elements
    /// as this writer's own. Their bytes are kept where they are, not copied.
    public mutating func append(_ continuations: [JSONWriter]) {
        guard let last = counts.indices.last else { return }
        earlier.append(tail)
        tail = []
        for part in continuations {
            earlier += part.earlier
            earlier.append(part.tail)
            counts[last] += (part.counts.last ?? 0) - part.countsBefore
        }
    }

    // MARK: Containers

    /// Opens an object; members follow, then `closeObject`.
    public mutating func openObject() {
        tail.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    /// Closes the innermost open object.
    public mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Opens an array; elements follow, then `closeArray`.
    public mutating func openArray() {
        tail.append(UInt8(ascii: "["))
        counts.append(0)
    }

    /// Closes the innermost open array.
    public mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object: its key, then a value must follow.
    public mutating func key(_ name: StaticString) {
        key(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// Starts a member whose key is known only at run time (plain ASCII, no escapes).
    public mutating func key(_ name: String) {
        UTF8Text.withBytes(of: name) { key($0) }
    }

    private mutating func key(_ name: UnsafeBufferPointer<UInt8>) {
        separate()
        tail.append(UInt8(ascii: "\""))
        tail.append(contentsOf: name)
        switch style {
        case .compact: append("\": ")
        case .spacious: append("\" : ")
        }
    }

    /// Starts an element of the open array: a value must follow.
    public mutating func element() { separate() }

    // MARK: Values

    /// Writes `null`.
    public mutating func null() { append("null") }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) { tail.append(contentsOf: String(value).utf8) }

    /// Writes an integer, or `null`.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes a string with RFC 8259 escapes, or `null`.
    public mutating func string(_ value: String?) {
        guard let value else { return null() }
        tail.append(UInt8(ascii: "\""))
        UTF8Text.withBytes(of: value) { text in
            var start = 0
            for index in 0..<text.count {
                let byte = text[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                tail.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
                escape(byte)
                start = index + 1
            }
            tail.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<text.count]))
        }
        tail.append(UInt8(ascii: "\""))
    }

    /// A member whose value is a string or null.
    public mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// A member whose value is an integer or null.
    public mutating func member(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    /// A member whose value is an array of strings.
    public mutating func member(_ name: StaticString, strings: [String]) {
        key(name)
        openArray()
        for value in strings {
            element()
            string(value)
        }
        closeArray()
    }

    // MARK: Layout

    /// Before a member or element: a comma after the previous one, a line break, the indentation.
    private mutating func separate() {
        guard let last = counts.indices.last else { return }
        if tail.count >= JSONWriter.pieceSize { startPiece() }
        if counts[last] > 0 { tail.append(UInt8(ascii: ",")) }
        counts[last] += 1
        newline(depth: counts.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let count = counts.removeLast()
        if count > 0 {
            newline(depth: counts.count)
        } else if style == .spacious {
            tail.append(0x0A)
            newline(depth: counts.count)
        }
        tail.append(bracket)
    }

    private mutating func newline(depth: Int) {
        tail.append(0x0A)
        var spaces = 2 * depth
        while spaces > 0 {
            let run = min(spaces, JSONWriter.indentation.utf8CodeUnitCount)
            tail.append(contentsOf: UnsafeBufferPointer(start: JSONWriter.indentation.utf8Start, count: run))
            spaces -= run
        }
    }

    /// A long document is written in pieces of about this many bytes, each
    /// allocated once at about its size: one buffer doubling as it grows
    /// would hold up to twice the document.
    private static let pieceSize = 1 << 20

    /// Sets the piece written so far aside and starts the next.
    private mutating func startPiece() {
        earlier.append(tail)
        tail = []
        tail.reserveCapacity(JSONWriter.pieceSize + JSONWriter.pieceSize / 8)
    }

    /// Spaces for indentation, appended a run at a time.
    private static let indentation: StaticString = "                                "

    /// Appends the bytes of a literal (no escaping).
    private mutating func append(_ literal: StaticString) {
        tail.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// RFC 8259 escapes for a quote, a backslash and the control characters.
    private mutating func escape(_ byte: UInt8) {
        tail.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): tail.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): tail.append(UInt8(ascii: "\\"))
        case 0x0A: tail.append(UInt8(ascii: "n"))
        case 0x0D: tail.append(UInt8(ascii: "r"))
        case 0x09: tail.append(UInt8(ascii: "t"))
        case 0x08: tail.append(UInt8(ascii: "b"))
        case 0x0C: tail.append(UInt8(ascii: "f"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            tail.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
