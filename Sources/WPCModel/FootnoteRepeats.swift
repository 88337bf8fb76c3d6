/// Which footnotes repeat an earlier one. A Word export prints the legend's
/// footnote again under a new mark on every page (¹, then ⁴, ⁵…); the model
/// and the XML keep every footnote as written, and every output prints a
/// repeat once: its mark points to the first footnote that says the same.
///
/// The one rule: two footnotes say the same when their texts are the same
/// words, emphasis, case and spacing aside ("(SG)" repeats "(**SG**)").
/// Footnotes that differ in any word stay separate.
public struct FootnoteRepeats: Sendable, Hashable {
    /// For each footnote, the index of the first footnote that says the same (its own index when it is the first).
    public let firstIndices: [Int]
    private let marks: [String]

    /// The repeats among `footnotes`.
    public init(_ footnotes: [Footnote]) {
        var first: [String: Int] = [:]
        firstIndices = footnotes.enumerated().map { index, footnote in
            let key = FootnoteRepeats.key(of: footnote.text.text)
            if let earlier = first[key] { return earlier }
            first[key] = index
            return index
        }
        marks = footnotes.map(\.mark)
    }

    /// What two footnotes that say the same have in common: the text without
    /// `**`, in lower case, its words joined by one space. Scanned over
    /// bytes; only a word with letters outside ASCII goes through Unicode's
    /// lower case.
    static func key(of text: String) -> String {
        UTF8Text.withBytes(of: text) { bytes in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            var word: [UInt8] = []
            var wordIsASCII = true
            func endWord() {
                guard !word.isEmpty else { return }
                if !key.isEmpty { key.append(0x20) }
                if wordIsASCII {
                    key.append(contentsOf: word)
                } else {
                    key.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
                }
                word.removeAll(keepingCapacity: true)
                wordIsASCII = true
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x2A, index + 1 < bytes.count, bytes[index + 1] == 0x2A {
                    index += 2
                    continue
                }
                let space = UTF8Text.whitespaceLength(bytes, at: index)
                if space > 0 {
                    endWord()
                    index += space
                    continue
                }
                if byte >= 0x80 { wordIsASCII = false }
                word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
            }
            endWord()
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// Whether footnote `index` repeats an earlier one.
    public func isRepeat(_ index: Int) -> Bool { firstIndices[index] != index }

    /// The indices of the footnotes to print: each text once, in document order.
    public var printed: [Int] { firstIndices.indices.filter { firstIndices[$0] == $0 } }

    /// The index of the footnote that mark `mark` points to: the first that
    /// says what the footnote of that mark says; nil for a mark no footnote has.
    public func target(ofMark mark: String) -> Int? {
        marks.firstIndex(of: mark).map { firstIndices[$0] }
    }
}
