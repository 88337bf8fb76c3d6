import CLibXML2
import WPCModel

/// Finds where an element's text starts in the source: libxml2 gives the line
/// of an element's start tag; the column is found by looking for that start
/// tag on the line. When several elements of the same name share a line, the
/// n-th one read is matched with the n-th tag. When the tag runs over several
/// lines the column is unknown (0).
struct XMLColumnFinder {
    private let path: String
    private let lines: [Substring]
    private var seen: [String: Int] = [:]
    private var cachedLine = 0
    private var cachedCharacters: [Character] = []

    init(source: SourceText) {
        path = source.path
        lines = source.lines
    }

    /// The location of the first character of `node`'s content (for an empty
    /// element, of its tag).
    mutating func location(of node: xmlNodePtr) -> SourceLocation {
        let line = Int(xmlGetLineNo(node))
        guard line >= 1, line <= lines.count else { return SourceLocation(file: path, line: max(1, line), column: 0) }
        let tag = XMLColumnFinder.qualifiedName(node)
        let key = "\(line) \(tag)"
        let occurrence = seen[key, default: 0]
        seen[key] = occurrence + 1
        return SourceLocation(file: path, line: line, column: column(ofTag: tag, occurrence: occurrence, line: line))
    }

    private mutating func column(ofTag tag: String, occurrence: Int, line: Int) -> Int {
        if cachedLine != line {
            cachedLine = line
            cachedCharacters = Array(lines[line - 1])
        }
        let text = cachedCharacters
        let pattern = Array("<" + tag)
        var found = 0
        var index = 0
        while index + pattern.count <= text.count {
            if text[index..<index + pattern.count].elementsEqual(pattern), isTagEnd(text, at: index + pattern.count) {
                if found == occurrence { return contentColumn(text, tagStart: index, nameEnd: index + pattern.count) }
                found += 1
            }
            index += 1
        }
        return 0
    }

    private func isTagEnd(_ text: [Character], at index: Int) -> Bool {
        index == text.count || text[index].isWhitespace || text[index] == ">" || text[index] == "/"
    }

    /// 1-based column just after the start tag's `>`, skipping quoted attribute values.
    private func contentColumn(_ text: [Character], tagStart: Int, nameEnd: Int) -> Int {
        var quote: Character?
        var index = nameEnd
        while index < text.count {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                let selfClosing = index > 0 && text[index - 1] == "/"
                return selfClosing ? tagStart + 1 : index + 2
            }
            index += 1
        }
        return 0
    }

    private static func qualifiedName(_ node: xmlNodePtr) -> String {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        guard let prefix = node.pointee.ns?.pointee.prefix else { return name }
        return String(cString: prefix) + ":" + name
    }
}
