import WPCModel

/// Limits on the shape of XML markup, checked before libxml2 parses, so that
/// reading stays linear in the file's size and a hostile file fails at once
/// with its line and column.
///
/// libxml2 2.9 checks each attribute of a start tag against every earlier
/// one, so a tag of n attributes costs n² comparisons (10,000 attributes on
/// one element: 50 million; 100,000: 5 billion). It has no limit of its own
/// on the count. wpc's vocabulary needs two attributes on an element, so a
/// start tag may have at most `attributesPerElement`. (Nesting deeper than
/// 256 elements libxml2 refuses itself; see `XMLIssue`.)
enum XMLMarkupLimits {
    /// The most attributes (namespace declarations included) one element may have.
    static let attributesPerElement = 256

    /// The first start tag with more than `attributesPerElement` attributes:
    /// its byte offset and how many it has, or nil when none has.
    static func crowdedTag(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, attributes: Int)? {
        // An attribute takes at least four bytes (` a=""`), so only a tag at
        // least that long per allowed attribute needs counting.
        let shortest = 4 * attributesPerElement
        var tags = XMLTagCursor(bytes)
        while let tag = tags.next() {
            guard tag.end - tag.start > shortest else { continue }
            let count = attributes(in: bytes, tag.start..<tag.end)
            if count > attributesPerElement { return (tag.start, count) }
        }
        return nil
    }

    /// The attributes in one start tag: its `=` signs outside quoted values.
    private static func attributes(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var quote: UInt8 = 0
        for index in range {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "=") {
                count += 1
            }
        }
        return count
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
