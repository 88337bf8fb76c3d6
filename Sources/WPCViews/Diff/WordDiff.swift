import WPCModel

/// One piece of a word-level difference: text both sides share, text only the
/// new side has, or text only the old side had.
public struct WordSegment: Codable, Sendable, Hashable {
    /// What the piece is.
    public enum Kind: String, Codable, Sendable, Hashable {
        case equal, inserted, deleted
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    private enum CodingKeys: String, CodingKey { case kind = "op", text }
}

/// Word-level differences between two texts: a Myers diff over words,
/// punctuation marks and runs of white space, so "plan," → "plan;" changes
/// only the mark and a reworded phrase shows as one deletion and one insertion.
public enum WordDiff {
    /// The segments that turn `old` into `new`: concatenating the equal and
    /// deleted segments gives `old`'s words; the equal and inserted ones give
    /// `new`'s. A change of white space alone is not a difference here.
    public static func diff(_ old: String, _ new: String) -> [WordSegment] {
        segments(WordToken.split(old), WordToken.split(new), exactSpace: false)
    }

    /// As `diff`, but a run of white space equals only the same run, so the
    /// equal and deleted segments give `old` byte for byte and the equal and
    /// inserted ones give `new`: what a redline needs to turn back into either draft.
    public static func exactDiff(_ old: String, _ new: String) -> [WordSegment] {
        segments(WordToken.split(old), WordToken.split(new), exactSpace: true)
    }

    private static func segments(_ a: [WordToken], _ b: [WordToken], exactSpace: Bool) -> [WordSegment] {
        let script = exactSpace ? Myers.diff(a.map(\.text), b.map(\.text)) : Myers.diff(a, b)
        var raw: [WordSegment] = []
        for step in script {
            switch step {
            case .equal(_, let j): raw.append(WordSegment(.equal, b[j].text))
            case .delete(let i): raw.append(WordSegment(.deleted, a[i].text))
            case .insert(let j): raw.append(WordSegment(.inserted, b[j].text))
            }
        }
        return coalesce(absorbingLoneSpaces(raw))
    }

    /// Whether every segment is equal.
    public static func isEqual(_ segments: [WordSegment]) -> Bool { segments.allSatisfy { $0.kind == .equal } }

    /// A space between two changes belongs to the change: "a b" → "x y" reads
    /// as one replacement, not two with a kept space between.
    private static func absorbingLoneSpaces(_ segments: [WordSegment]) -> [WordSegment] {
        var result: [WordSegment] = []
        for (index, segment) in segments.enumerated() {
            let isSpace = segment.kind == .equal && UTF8Text.isBlank(segment.text)
            if isSpace, index > 0, index + 1 < segments.count,
               segments[index - 1].kind != .equal, segments[index + 1].kind != .equal {
                result.append(WordSegment(.deleted, segment.text))
                result.append(WordSegment(.inserted, segment.text))
            } else {
                result.append(segment)
            }
        }
        return result
    }

    /// Joins neighbours of a kind and writes each change as its deletion then its insertion.
    private static func coalesce(_ segments: [WordSegment]) -> [WordSegment] {
        var result: [WordSegment] = []
        var deleted = "", inserted = "", equal = ""
        func flushChange() {
            if !deleted.isEmpty { result.append(WordSegment(.deleted, deleted)) }
            if !inserted.isEmpty { result.append(WordSegment(.inserted, inserted)) }
            deleted = ""
            inserted = ""
        }
        for segment in segments {
            switch segment.kind {
            case .equal:
                flushChange()
                equal += segment.text
            case .deleted, .inserted:
                if !equal.isEmpty { result.append(WordSegment(.equal, equal)) }
                equal = ""
                if segment.kind == .deleted { deleted += segment.text } else { inserted += segment.text }
            }
        }
        flushChange()
        if !equal.isEmpty { result.append(WordSegment(.equal, equal)) }
        return result
    }
}

/// A word, a punctuation mark or a run of white space. All runs of white
/// space compare equal, so that re-wrapping a cell is not a word change.
struct WordToken: Hashable {
    var text: String
    var isSpace: Bool

    static func == (lhs: WordToken, rhs: WordToken) -> Bool {
        lhs.isSpace && rhs.isSpace || lhs.text == rhs.text
    }

    func hash(into hasher: inout Hasher) {
        if isSpace { hasher.combine(0) } else { hasher.combine(text) }
    }

    /// Splits text into words (letters, digits and an apostrophe inside a word),
    /// single punctuation marks and runs of white space.
    static func split(_ text: String) -> [WordToken] {
        if let tokens = UTF8Text.withBytes(of: text, { bytes in UTF8Text.isASCII(bytes) ? asciiSplit(bytes) : nil }) { return tokens }
        var tokens: [WordToken] = []
        var current = ""
        var currentIsSpace = false
        func flush() {
            if !current.isEmpty { tokens.append(WordToken(text: current, isSpace: currentIsSpace)) }
            current = ""
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                if !currentIsSpace { flush() }
                currentIsSpace = true
                current.append(character)
            } else if isWordCharacter(character) || isInnerApostrophe(characters, index, current) {
                if currentIsSpace { flush() }
                currentIsSpace = false
                current.append(character)
            } else {
                flush()
                currentIsSpace = false
                tokens.append(WordToken(text: String(character), isSpace: false))
            }
        }
        flush()
        return tokens
    }

    /// `split` for ASCII text, over its bytes: the same tokens, without
    /// looking up the Unicode properties of each character.
    private static func asciiSplit(_ bytes: UnsafeBufferPointer<UInt8>) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = 0
        let count = bytes.count
        func isWord(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        while index < count {
            let start = index
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                while index < count, bytes[index] == 0x20 || (bytes[index] >= 0x09 && bytes[index] <= 0x0D) { index += 1 }
                tokens.append(WordToken(text: UTF8Text.string(bytes, start..<index), isSpace: true))
            } else if isWord(byte) {
                // An apostrophe between two word characters belongs to the word.
                while index < count, isWord(bytes[index]) || (bytes[index] == UInt8(ascii: "'") && index + 1 < count && isWord(bytes[index + 1])) {
                    index += 1
                }
                tokens.append(WordToken(text: UTF8Text.string(bytes, start..<index), isSpace: false))
            } else {
                index += 1
                tokens.append(WordToken(text: UTF8Text.string(bytes, start..<index), isSpace: false))
            }
        }
        return tokens
    }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    private static func isInnerApostrophe(_ characters: [Character], _ index: Int, _ current: String) -> Bool {
        guard characters[index] == "'" || characters[index] == "’", !current.isEmpty,
              index + 1 < characters.count else { return false }
        return isWordCharacter(characters[index + 1]) && current.last.map(isWordCharacter) == true
    }
}
