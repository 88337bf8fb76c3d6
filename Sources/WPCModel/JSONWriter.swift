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

    public private(set) var bytes: [UInt8] = []
    private let style: Style
    /// For each open container, how many members or elements it has so far.
    private var counts: [Int] = []
    /// For a continuation, the innermost container's count it started from.
    private var countsBefore = 0

    public init(style: Style = .compact, capacity: Int = 0) {
        self.style = style
        bytes.reserveCapacity(capacity)
    }

    /// What was written, ended with a newline, as text (a printed JSON document).
    public var document: String {
        var text = bytes
        text.append(0x0A)
        return String(decoding: text, as: UTF8.self)
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

    /// Adds what `continuations` wrote, in order, and counts their elements as
    /// this writer's own; the buffer grows once for all of them.
    public mutating func append(_ continuations: [JSONWriter]) {
        bytes.reserveCapacity(bytes.count + continuations.reduce(0) { $0 + $1.bytes.count })
        guard let last = counts.indices.last else { return }
        for part in continuations {
            bytes.append(contentsOf: part.bytes)
            counts[last] += (part.counts.last ?? 0) - part.countsBefore
        }
    }

    // MARK: Containers

    /// Opens an object; members follow, then `closeObject`.
    public mutating func openObject() {
        bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    /// Closes the innermost open object.
    public mutating func closeObject() { close(UInt8(ascii: "}")) }

    /// Opens an array; elements follow, then `closeArray`.
    public mutating func openArray() {
        bytes.append(UInt8(ascii: "["))
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
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name)
        switch style {
        case .compact: bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
        case .spacious: bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        }
    }

    /// Starts an element of the open array: a value must follow.
    public mutating func element() { separate() }

    // MARK: Values

    /// Writes `null`.
    public mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// Writes an integer, or `null`.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// Writes a string with RFC 8259 escapes, or `null`.
    public mutating func string(_ value: String?) {
        guard let value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        UTF8Text.withBytes(of: value) { text in
            var start = 0
            for index in 0..<text.count {
                let byte = text[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
                escape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<text.count]))
        }
        bytes.append(UInt8(ascii: "\""))
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
        if counts[last] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[last] += 1
        newline(depth: counts.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let count = counts.removeLast()
        if count > 0 {
            newline(depth: counts.count)
        } else if style == .spacious {
            bytes.append(0x0A)
            newline(depth: counts.count)
        }
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    /// RFC 8259 escapes for a quote, a backslash and the control characters.
    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }
}
