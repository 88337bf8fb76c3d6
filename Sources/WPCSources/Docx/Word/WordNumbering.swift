import CLibXML2
import Foundation

/// Automatic paragraph numbering (`word/numbering.xml`): Word does not store
/// a numbered paragraph's number ("1.", "2.") in the text, it computes it from
/// the list the paragraph belongs to. A No column numbered this way would read
/// empty; the reader counts the lists as Word does and puts each number in
/// front of its paragraph's text. Bullets and unnumbered levels give nothing.
struct WordNumbering: Sendable {
    /// A paragraph's membership in a list: the list (`w:numId`) and the level (`w:ilvl`).
    struct Reference: Sendable, Hashable {
        var list: Int
        var level: Int
    }

    /// How one level is numbered.
    struct Level: Sendable {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    /// A list definition (`w:abstractNum`), level by level.
    var definitions: [Int: [Int: Level]] = [:]
    /// Each list (`w:num`): its definition and the levels it restarts at a number of its own.
    var lists: [Int: (definition: Int, starts: [Int: Int])] = [:]

    /// The running counts, as the document is read in order.
    struct Counter {
        private var counts: [String: [Int]] = [:]

        /// The label of the next paragraph of `reference` ("3.", "b)"), or nil
        /// when it has none (a bullet, an unnumbered level, an unknown list).
        mutating func label(for reference: Reference, in numbering: WordNumbering) -> String? {
            guard reference.list > 0, let list = numbering.lists[reference.list],
                  let levels = numbering.definitions[list.definition] else { return nil }
            let level = min(max(reference.level, 0), 8)
            // Lists sharing a definition count together unless one restarts the level.
            let key = list.starts[level] != nil ? "num\(reference.list)" : "def\(list.definition)"
            var values = counts[key] ?? Array(repeating: 0, count: 9)
            let start = list.starts[level] ?? levels[level]?.start ?? 1
            values[level] = values[level] == 0 ? start : values[level] + 1
            for deeper in (level + 1)..<9 { values[deeper] = 0 }
            counts[key] = values
            guard let definition = levels[level], definition.format != "bullet", definition.format != "none" else { return nil }
            var label = ""
            var index = definition.text.startIndex
            let text = definition.text
            while index < text.endIndex {
                let character = text[index]
                let next = text.index(after: index)
                if character == "%", next < text.endIndex, let digit = text[next].wholeNumberValue, digit >= 1, digit <= 9 {
                    let shown = digit - 1
                    let value = values[shown] == 0 ? (list.starts[shown] ?? levels[shown]?.start ?? 1) : values[shown]
                    label += WordNumbering.format(value, as: levels[shown]?.format ?? "decimal")
                    index = text.index(after: next)
                } else {
                    label.append(character)
                    index = next
                }
            }
            return label.isEmpty ? nil : label
        }
    }

    /// `value` written in Word's number format `format`.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": letters(value).lowercased()
        case "upperLetter": letters(value)
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        case "decimalZero": value < 10 ? "0\(value)" : "\(value)"
        default: "\(value)"
        }
    }

    /// A, B, …, Z, AA, BB, … as Word counts letters.
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let symbols: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (amount, symbol) in symbols {
            while rest >= amount {
                result += symbol
                rest -= amount
            }
        }
        return result
    }
}

/// Reads `word/numbering.xml` into `WordNumbering` from the events of a streaming parse.
final class WordNumberingScanner: XMLEventSink {
    private var stack: [String] = []
    private var definition: (id: Int, levels: [Int: WordNumbering.Level])?
    private var level: (index: Int, value: WordNumbering.Level)?
    private var list: (id: Int, definition: Int, starts: [Int: Int])?
    private var overrideLevel: Int?
    private(set) var numbering = WordNumbering()

    func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int) {
        let local = String(cString: name)
        let attributes = WordAttributes(pointers: attributes, count: count)
        let parent = stack.last
        stack.append(local)
        switch local {
        case "abstractNum": definition = (attributes.integer("abstractNumId") ?? -1, [:])
        case "lvl" where parent == "abstractNum": level = (attributes.integer("ilvl") ?? 0, WordNumbering.Level())
        case "start" where parent == "lvl": level?.value.start = attributes.integer() ?? 1
        case "numFmt" where parent == "lvl": level?.value.format = attributes.value("val") ?? "decimal"
        case "lvlText" where parent == "lvl": level?.value.text = attributes.value("val") ?? ""
        case "num": list = (attributes.integer("numId") ?? -1, -1, [:])
        case "abstractNumId" where parent == "num": list?.definition = attributes.integer() ?? -1
        case "lvlOverride" where parent == "num": overrideLevel = attributes.integer("ilvl")
        case "startOverride" where parent == "lvlOverride":
            if let overrideLevel, let start = attributes.integer() { list?.starts[overrideLevel] = start }
        default: break
        }
    }

    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {}

    func end() {
        guard let local = stack.popLast() else { return }
        switch local {
        case "lvl":
            if let level { definition?.levels[level.index] = level.value }
            level = nil
        case "abstractNum":
            if let definition { numbering.definitions[definition.id] = definition.levels }
            definition = nil
        case "num":
            if let list { numbering.lists[list.id] = (list.definition, list.starts) }
            list = nil
        default: break
        }
    }
}
