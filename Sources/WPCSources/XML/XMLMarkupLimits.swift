#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WPCModel

/// Limits on the shape of XML markup, checked before libxml2 parses a
/// document (wpc's XML, or a part of a Word package), so that reading stays
/// linear in the file's size and a hostile file fails at once with its line.
///
/// - Attributes: libxml2 2.9 checks each attribute of a start tag against
///   every earlier one, so a tag of n attributes costs n² comparisons (10,000
///   attributes on one element: 50 million; 100,000: 5 billion), and it has
///   no limit of its own on the count. wpc's elements take two.
/// - Depth: libxml2 refuses elements nested more than 256 levels below the
///   root only when it builds a tree or parses in one pull; fed in chunks to
///   handlers of wpc's own it has no limit, and every level costs memory in
///   the parser, the validator and the builder (5 million levels: 450 MB for
///   a 35 MB file). wpc's vocabulary needs six.
///
/// The other limits libxml2 keeps itself (without `XML_PARSE_HUGE`, which wpc
/// never passes) it reports in its own terms; `plainWords(for:)` says them in
/// the user's.
enum XMLMarkupLimits {
    /// The most attributes (namespace declarations included) one element may have.
    static let attributesPerElement = 256
    /// The most levels elements may be nested below the root: libxml2's own limit.
    static let depth = 256

    /// About how many bytes are checked between two reports of progress.
    static let reportStride = 1 << 20

    /// The first place a document goes past a limit, as a fatal issue, or
    /// nil. `cleared`, when given, is told every megabyte or so how far the
    /// document has been found within the limits.
    static func firstExcess(in bytes: UnsafeBufferPointer<UInt8>, cleared: ((Int) -> Void)? = nil) -> XMLIssue? {
        var offset = 0, level = 0
        var nextReport = reportStride
        while let open = UTF8Text.find(UInt8(ascii: "<"), in: bytes, offset..<bytes.count) {
            // Everything before this piece of markup has been checked.
            if let cleared, open >= nextReport {
                cleared(open)
                nextReport = open + reportStride
            }
            let next = open + 1 < bytes.count ? bytes[open + 1] : 0
            if next == UInt8(ascii: "!") {
                offset = starts(with: "<!--", bytes, at: open) ? skip(past: "-->", bytes, from: open + 4)
                    : starts(with: "<![CDATA[", bytes, at: open) ? skip(past: "]]>", bytes, from: open + 9)
                    : skip(past: ">", bytes, from: open + 2)
                continue
            }
            if next == UInt8(ascii: "?") {
                offset = skip(past: "?>", bytes, from: open + 2)
                continue
            }
            // A start or end tag: to its `>`, quotes respected, counting the
            // `=` signs outside quoted values (its attributes).
            var index = open + 1, quote: UInt8 = 0, attributes = 0
            while index < bytes.count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            offset = min(bytes.count, index + 1)
            if next == UInt8(ascii: "/") {
                level -= 1
                continue
            }
            if attributes > attributesPerElement {
                return issue("an element with \(attributes) attributes, more than the \(attributesPerElement) the XML reader allows on one", at: open, in: bytes)
            }
            let empty = index < bytes.count && index > open && bytes[index - 1] == UInt8(ascii: "/")
            if !empty {
                level += 1
                if level > depth + 1 {
                    return issue("elements are nested more than \(depth) levels below the root, more than the XML reader allows", at: open, in: bytes)
                }
            }
        }
        return nil
    }

    /// A fatal issue at byte `offset`, with the line and column libxml2 would give it.
    private static func issue(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> XMLIssue {
        var line = 1, lineStart = 0, index = 0
        while let found = UTF8Text.find(0x0A, in: bytes, index..<offset) {
            line += 1
            lineStart = found + 1
            index = found + 1
        }
        var issue = XMLIssue(message: message, line: line, column: offset - lineStart + 1, isError: true)
        issue.offset = offset
        issue.isLimit = true
        return issue
    }

    private static func starts(with text: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count, let base = bytes.baseAddress else { return false }
        return memcmp(base + index, text.utf8Start, count) == 0
    }

    /// The offset just past the next `text` from `start`, or the end.
    private static func skip(past text: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let first = text.utf8Start.pointee
        var index = start
        while let found = UTF8Text.find(first, in: bytes, index..<bytes.count) {
            if starts(with: text, bytes, at: found) { return found + text.utf8CodeUnitCount }
            index = found + 1
        }
        return bytes.count
    }

    /// libxml2's report of one of its own limits, in plain words, or the
    /// message as it is. The limits are libxml2 2.9's: elements nested 256
    /// levels below the root, names of 50,000 bytes, attribute values, CDATA
    /// sections and processing instructions of 10,000,000 bytes (text and
    /// comments have none).
    static func plainWords(for message: String) -> String {
        let limits: [(prefix: String, plain: String)] = [
            ("Excessive depth in document", "elements are nested more than 256 levels below the root, more than the XML reader allows"),
            ("AttValue length too long", "an attribute value is longer than 10,000,000 bytes, more than the XML reader allows"),
            ("Name too long", "a name is longer than 50,000 bytes, more than the XML reader allows"),
            ("CData section too big", "a CDATA section is longer than 10,000,000 bytes, more than the XML reader allows"),
            // One piece of markup the parser must see whole reaches its look-ahead limit.
            ("internal error: Huge input lookup",
             "an attribute value, CDATA section or other piece of markup reaches 10,000,000 bytes, more than the XML reader allows"),
        ]
        if let limit = limits.first(where: { message.hasPrefix($0.prefix) }) { return limit.plain }
        if message.hasPrefix("PI "), message.hasSuffix(" too big found") {
            return "a processing instruction is longer than 10,000,000 bytes, more than the XML reader allows"
        }
        return message
    }
}
