/// Reads Mustache text into `TemplateNode`s.
///
/// The reading rules (which white space a standalone tag removes, how a
/// partial's indentation is taken, where a text token ends) follow
/// swift-mustache 2.1.1 step by step, so that a template renders the same
/// through either engine. Templates are read once per load and are small,
/// so this works on Characters, as swift-mustache does, for the same
/// grapheme rules.
///
/// What this engine does not support is an error here, never silently
/// ignored: set delimiters, inheritance (`{{<` `{{$`), transforms `f(x)`,
/// dynamic partial names `{{>*x}}`; and so is a tag that swift-mustache
/// would swallow (`{{` at the end of the file or before a line break).
struct TemplateParser {
    private let characters: [Character]
    private let file: String
    private var position = 0
    /// Where each line starts, for positions in messages.
    private let lineStarts: [Int]

    init(text: String, file: String) {
        characters = Array(text)
        self.file = file
        var starts = [0]
        for (index, character) in characters.enumerated() where character.isNewline { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The template's nodes.
    /// - Throws: `TemplateLoadError` at the first syntax error or unsupported feature.
    mutating func parse() throws(TemplateLoadError) -> [TemplateNode] {
        try parse(inside: nil, newLine: true)
    }

    private struct OpenSection {
        var name: TemplateName
        var at: TemplatePosition
    }

    private mutating func parse(inside section: OpenSection?, newLine startsOnNewLine: Bool) throws(TemplateLoadError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore = ""
        while !atEnd {
            if newLine { whiteSpaceBefore = read { $0 == " " || $0 == "\t" } }
            let (text, tagStart) = try readUntilTagOrNewline()
            if current.isNewline {
                if let tagStart { throw error("a tag must not start with a line break", at: tagStart) }
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                newLine = false
            }
            guard let tagStart else { break }
            if atEnd { throw error("unfinished tag at the end of the file", at: tagStart) }
            let at = place(tagStart)
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName(tagStart: tagStart)
                if standalone(newLine) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let body = try parse(inside: OpenSection(name: name, at: at), newLine: setNewLine)
                nodes.append(.section(name, inverted: inverted, body: body, at: at))
            case "/":
                position += 1
                let name = try readName(tagStart: tagStart)
                guard let section else {
                    throw error("'{{/\(name)}}' closes a section that was never opened", at: tagStart)
                }
                guard name.written == section.name.written else {
                    throw error("'{{/\(name)}}' does not close the section '\(section.name)' opened at line \(section.at.line), column \(section.at.column)", at: tagStart)
                }
                if !standalone(newLine), !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                return nodes
            case "!":
                position += 1
                guard skip(past: ["}", "}"]) else { throw error("comment is never closed with '}}'", at: tagStart) }
                setNewLine = standalone(newLine)
            case "{", "&":
                let triple = current == "{"
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                position += 1
                let name = try readName(tagStart: tagStart)
                if triple {
                    guard !atEnd, current == "}" else { throw error("'{{{' must be closed with '}}}'", at: tagStart) }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false, at: at))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                if current == "*" { throw error("dynamic partial names ('{{>*name}}') are not supported", at: tagStart) }
                let name = try readPartialName(tagStart: tagStart)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if standalone(newLine) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore, at: at))
                } else {
                    nodes.append(.partial(name, indentation: nil, at: at))
                }
                whiteSpaceBefore = ""
            case "<", "$":
                throw error("template inheritance ('{{<' and '{{$') is not supported; use partials", at: tagStart)
            case "=":
                throw error("changing the delimiters ('{{=') is not supported", at: tagStart)
            case "%":
                position += 1
                nodes.append(try readPragma(tagStart: tagStart))
                setNewLine = standalone(newLine)
            default:
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                nodes.append(.variable(try readName(tagStart: tagStart), escaped: true, at: at))
            }
            newLine = setNewLine
        }
        if let section {
            throw TemplateLoadError("template syntax error: section '\(section.name)' is never closed with '{{/\(section.name)}}'",
                                    file: file, line: section.at.line, column: section.at.column)
        }
        return nodes
    }

    // MARK: Reading

    private var atEnd: Bool { position >= characters.count }

    /// The character at the reading position, or NUL at the end (as swift-mustache's `current()`).
    private var current: Character { atEnd ? "\0" : characters[position] }

    private mutating func read(while accepts: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, accepts(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Text up to a line break (`\n` or `\r\n`, not consumed) or a `{{`
    /// (consumed; its position returned).
    private mutating func readUntilTagOrNewline() throws(TemplateLoadError) -> (String, Int?) {
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            guard !atEnd, current == "{" else { break }
            guard position + 1 < characters.count else {
                // swift-mustache fails here too: a lone "{" ends the file.
                throw error("unfinished tag at the end of the file", at: position)
            }
            if characters[position + 1] == "{" {
                position += 2
                return (text, position - 2)
            }
            text.append("{")
            position += 1
        }
        return (text, nil)
    }

    /// Moves past the next `closing` sequence; false when there is none.
    private mutating func skip(past closing: [Character]) -> Bool {
        var index = position
        while index + closing.count <= characters.count {
            if closing.indices.allSatisfy({ characters[index + $0] == closing[$0] }) {
                position = index + closing.count
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the tag just read stands alone on its line (only white space
    /// before it, `onNewLine`, and after it); if so its line end is consumed.
    private mutating func standalone(_ onNewLine: Bool) -> Bool {
        guard onNewLine else { return false }
        if atEnd { return true }
        var index = position
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index < characters.count, characters[index].isNewline else { return false }
        position = index + 1
        return true
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// The closing `}}` after optional white space.
    private mutating func readClose(tagStart: Int, what: String) throws(TemplateLoadError) {
        _ = read { $0.isWhitespace }
        guard position + 1 < characters.count, characters[position] == "}", characters[position + 1] == "}" else {
            throw error(what, at: tagStart)
        }
        position += 2
    }

    private mutating func readName(tagStart: Int) throws(TemplateLoadError) -> TemplateName {
        _ = read { $0.isWhitespace }
        let written = read { Self.nameCharacters.contains($0) }
        try readClose(tagStart: tagStart, what: "unfinished tag: a name is letters, digits, '.', '-', '_' or '?', then '}}'")
        if written.contains("(") || written.contains(")") {
            throw error("transforms such as 'uppercased(name)' are not supported: '\(written)'", at: tagStart)
        }
        if written.contains("*") { throw error("'\(written)' is not a name ('*' is not supported)", at: tagStart) }
        if written.isEmpty { throw error("empty tag: '{{ }}' names nothing", at: tagStart) }
        if written == "." { return TemplateName(written: ".", parts: [], anchored: false) }
        let anchored = written.hasPrefix(".")
        let parts = (anchored ? String(written.dropFirst()) : written).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.contains(where: \.isEmpty) { throw error("'\(written)' is not a name: a dot must stand between two names", at: tagStart) }
        return TemplateName(written: written, parts: parts, anchored: anchored)
    }

    private mutating func readPartialName(tagStart: Int) throws(TemplateLoadError) -> String {
        _ = read { $0.isWhitespace }
        let name = read { Self.partialNameCharacters.contains($0) }
        try readClose(tagStart: tagStart, what: "unfinished partial tag: '{{> name}}'")
        if name.isEmpty { throw error("a partial tag must name a partial: '{{> name}}'", at: tagStart) }
        return name
    }

    /// `CONTENT_TYPE: HTML` or `CONTENT_TYPE: TEXT`, after the `%`.
    private mutating func readPragma(tagStart: Int) throws(TemplateLoadError) -> TemplateNode {
        let plain = Self.nameCharacters.subtracting(["(", ")"])
        _ = read { $0.isWhitespace }
        let variable = read { plain.contains($0) }
        _ = read { $0.isWhitespace }
        let usage = "the only pragma is '{{% CONTENT_TYPE: HTML}}' or '{{% CONTENT_TYPE: TEXT}}'"
        guard current == ":" else { throw error(usage, at: tagStart) }
        position += 1
        _ = read { $0.isWhitespace }
        let value = read { plain.contains($0) }
        try readClose(tagStart: tagStart, what: usage)
        guard variable == "CONTENT_TYPE" else { throw error(usage, at: tagStart) }
        switch value {
        case "HTML": return .contentType(escapesHTML: true)
        case "TEXT": return .contentType(escapesHTML: false)
        default: throw error(usage, at: tagStart)
        }
    }

    // MARK: Positions

    private func place(_ index: Int) -> TemplatePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return TemplatePosition(line: low + 1, column: index - lineStarts[low] + 1)
    }

    private func error(_ message: String, at index: Int) -> TemplateLoadError {
        let at = place(index)
        return TemplateLoadError("template syntax error: " + message, file: file, line: at.line, column: at.column)
    }
}
