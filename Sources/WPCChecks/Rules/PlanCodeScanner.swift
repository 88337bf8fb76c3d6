import WPCModel

/// One code of a plan cell as the plan rules see it: where it stands in the
/// cell, what was written, and the well-formed code it stands for.
struct ScannedPlanCode: Sendable, Hashable {
    /// Byte offset in the cell's text.
    var offset: Int
    /// The text as written ("SP 6" when a space split the code).
    var written: String
    /// The code with capitals, no spaces and no punctuation ("SP6"); empty when nothing is left.
    var code: String
    /// Where the legend lists `code`, when it does.
    var legendPosition: Int?
    /// Whether `written` is not already in the canonical form.
    var isMalformed: Bool { written != code }
    /// The length of `written` in bytes.
    var byteCount: Int { written.utf8.count }
}

/// The legend's codes with their positions, for lookups in constant time.
struct LegendIndex: Sendable {
    let positions: [String: Int]

    init(_ legend: Legend) {
        var positions: [String: Int] = [:]
        for (index, entry) in legend.entries.enumerated() where positions[entry.code] == nil { positions[entry.code] = index }
        self.positions = positions
    }

    var isEmpty: Bool { positions.isEmpty }

    func position(of code: String) -> Int? { positions[code] }
}

/// Splits a plan cell into codes, recognising the slips people make: a
/// lower-case code (`sp6`), a space inside it (`SP 6`), stray punctuation (`SP6,`).
enum PlanCodeScanner {
    /// The codes of `cell`, in order, judged against `legend` (which may be empty).
    static func scan(_ cell: WrittenText?, legend: LegendIndex) -> [ScannedPlanCode] {
        guard let cell else { return [] }
        let words = TextWord.split(cell.text)
        guard !words.isEmpty else { return [] }
        var result: [ScannedPlanCode] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            let cleaned = canonical(word.text)
            if index + 1 < words.count, let joined = joinedCode(cleaned, words[index + 1], legend: legend) {
                let written = UTF8Text.withBytes(of: cell.text) { UTF8Text.string($0, word.offset..<words[index + 1].end) }
                result.append(ScannedPlanCode(offset: word.offset, written: written, code: joined, legendPosition: legend.position(of: joined)))
                index += 2
                continue
            }
            result.append(ScannedPlanCode(offset: word.offset, written: word.text, code: cleaned, legendPosition: legend.position(of: cleaned)))
            index += 1
        }
        return result
    }

    /// Capital letters and digits only: the form a code must be written in.
    static func canonical(_ text: String) -> String {
        // Most codes are written well: return them as they are, with no copy.
        if text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A: bytes.append(byte)
            case 0x61...0x7A: bytes.append(byte - 0x20)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "SP" followed by "6": the code a space split in two, when the halves
    /// are a bare group prefix (not a code of its own) and a number.
    private static func joinedCode(_ prefix: String, _ next: TextWord, legend: LegendIndex) -> String? {
        guard !prefix.isEmpty, prefix.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        let digits = canonical(next.text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if legend.isEmpty { return prefix + digits }
        guard legend.position(of: prefix) == nil else { return nil }
        return prefix + digits
    }
}
