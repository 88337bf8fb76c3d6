import WPCModel

/// Writes JSON as UTF-8 bytes in one pass, in the layout wpc has always
/// printed: two-space indentation, `": "` after keys, `[]` and `{}` for empty
/// containers, non-ASCII characters kept as they are, control characters
/// escaped. Keys are written in the order the caller gives them; callers give
/// them sorted, so the same programme always gives the same bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open container, how many members or elements it has so far.
    private var counts: [Int] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    // MARK: Containers

    mutating func openObject() {
        bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    mutating func closeObject() { close(UInt8(ascii: "}")) }

    mutating func openArray() {
        bytes.append(UInt8(ascii: "["))
        counts.append(0)
    }

    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object: its key, then a value must follow.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts an element of the open array: a value must follow.
    mutating func element() { separate() }

    // MARK: Values

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func string(_ value: String?) {
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
    mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// A member whose value is an integer or null.
    mutating func member(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    /// A member whose value is an array of strings.
    mutating func member(_ name: StaticString, strings: [String]) {
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
        if count > 0 { newline(depth: counts.count) }
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
