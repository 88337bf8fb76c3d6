/// Escapes text for GFM so that it renders as the same visible text: no
/// emphasis, link, HTML tag or table cell boundary can come from the input.
///
/// Works on UTF-8 bytes, as a Markdown parser reads them: every ASCII
/// punctuation mark that can start markup gets a backslash, even where a
/// combining mark follows it. GFM's autolink extension would still turn
/// `http://…` or `www.…` into a link, and take the backslashes inside the
/// address into it (`\<http://x\>` became a link to `http://x\>`): the `:`
/// of `://` and the `.` of `www.` are escaped too, so the text stays text.
public enum MarkdownEscape {
    /// Text for a paragraph or list item: inline markup escaped, and a line
    /// that would start a block (heading, list, quote, rule) defused.
    public static func text(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            // Lines end at "\n", "\r\n" or a lone "\r", as LineIndex splits them.
            var lineStart = 0, index = 0
            while true {
                guard index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D else {
                    index += 1
                    continue
                }
                if index > lineStart || index < bytes.count { line(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), into: &output) }
                if index == bytes.count { break }
                output.append(0x0A)
                index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lineStart = index
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Text for a pipe-table cell: as `text`, with line breaks folded to
    /// spaces (a cell is one line) and `|` escaped.
    public static func cell(_ text: String) -> String {
        // Most cells hold nothing to escape: they are returned as they are.
        if isPlain(text) { return text }
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            // Runs of line breaks are one space; none at the ends.
            var start = 0, first = true
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if index > start {
                    if !first { output.append(0x20) }
                    first = false
                    escapeInline(UnsafeBufferPointer(rebasing: bytes[start..<index]), into: &output)
                }
                start = index + 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether `text` is a cell needing no change: no markup character, no
    /// line break, no autolink trigger.
    private static func isPlain(_ text: String) -> Bool {
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 128, special[Int(byte)] else { continue }
                switch byte {
                case UInt8(ascii: ":"), UInt8(ascii: "."):
                    if needsEscape(bytes, at: index) { return false }
                default:
                    return false
                }
            }
            return true
        }
        return plain ?? false
    }

    /// Bytes that may need attention in a cell: inline markup, line breaks, ':' and '.'.
    private static let special: [Bool] = {
        var table = inline
        for byte in "\n\r:.".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// Whether the ':' of "://" or the '.' of "www." at `index` starts a GFM autolink.
    @inline(__always)
    private static func needsEscape(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if text[index] == UInt8(ascii: ":") {
            return index + 2 < text.count && text[index + 1] == UInt8(ascii: "/") && text[index + 2] == UInt8(ascii: "/")
        }
        return index >= 3 && text[index - 1] == UInt8(ascii: "w") && text[index - 2] == UInt8(ascii: "w") && text[index - 3] == UInt8(ascii: "w")
    }

    /// One line of `text`.
    private static func line(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let start = output.count
        escapeInline(line, into: &output)
        guard output.count > start else { return }
        let first = output[start]
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")), standsAlone(output, start) {
            output.insert(UInt8(ascii: "\\"), at: start)
            return
        }
        // "12." or "12)" then a space or the end would start an ordered list.
        var index = start
        while index < output.count, output[index] >= 0x30, output[index] <= 0x39, standsAlone(output, index) { index += 1 }
        guard index > start, index < output.count, output[index] == UInt8(ascii: ".") || output[index] == UInt8(ascii: ")"),
              standsAlone(output, index) else { return }
        let next = index + 1
        if next == output.count || (output[next] == 0x20 && standsAlone(output, next)) {
            output.insert(UInt8(ascii: "\\"), at: index)
        }
    }

    /// Whether the ASCII byte at `index` is a Character of its own (no combining mark follows).
    private static func standsAlone(_ bytes: [UInt8], _ index: Int) -> Bool {
        let next = index + 1
        guard next < bytes.count, bytes[next] >= 0x80 else { return true }
        return bytes.withUnsafeBufferPointer { buffer in
            !GraphemeRules.extendsPrevious(WordScanner(bytes: buffer).scalar(at: next).value)
        }
    }

    /// ASCII punctuation that can start markup inline; GFM lets a backslash escape any of it.
    private static let inline: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for character in "\\`*_[]<>|~!&#{}$^".utf8 { table[Int(character)] = true }
        return table
    }()

    private static func escapeInline(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        for index in 0..<text.count {
            let byte = text[index]
            if byte < 128, inline[Int(byte)] {
                output.append(backslash)
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "."), needsEscape(text, at: index) {
                output.append(backslash)
            }
            output.append(byte)
        }
    }
}
