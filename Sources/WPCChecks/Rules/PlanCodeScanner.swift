import WPCModel

/// One code of a plan cell as the plan rules see it: where it stands in the
/// cell, what was written, and the well-formed code it stands for.
struct ScannedPlanCode: Sendable, Hashable {
    /// Character offset in the cell's text.
    var offset: Int
    /// The characters as written ("SP 6" when a space split the code).
    var written: String
    /// The code with capitals, no spaces and no punctuation ("SP6"); empty when nothing is left.
    var code: String
    /// Whether `written` is not already in the canonical form.
    var isMalformed: Bool { written != code }
}

/// Splits a plan cell into codes, recognising the slips people make: a
/// lower-case code (`sp6`), a space inside it (`SP 6`), stray punctuation (`SP6,`).
enum PlanCodeScanner {
    private typealias Word = TextWord

    /// The codes of `cell`, in order, judged against `legend` (which may be empty).
    static func scan(_ cell: WrittenText?, legend: Legend) -> [ScannedPlanCode] {
        guard let cell else { return [] }
        let words = TextWord.split(cell.text)
        var result: [ScannedPlanCode] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let cleaned = canonical(word.text)
            if index + 1 < words.count, let joined = joinedCode(cleaned, words[index + 1], legend: legend) {
                let end = words[index + 1].offset + words[index + 1].text.count
                let written = String(Array(cell.text)[word.offset..<end])
                result.append(ScannedPlanCode(offset: word.offset, written: written, code: joined))
                index += 2
                continue
            }
            result.append(ScannedPlanCode(offset: word.offset, written: word.text, code: cleaned))
            index += 1
        }
        return result
    }

    /// Capital letters and digits only: the form a code must be written in.
    static func canonical(_ text: String) -> String {
        String(text.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    /// Whether `text` is a code as codes are written: capitals, then digits.
    static func isWellFormed(_ text: String) -> Bool {
        let letters = text.prefix { $0.isASCII && $0.isUppercase }
        let rest = text.dropFirst(letters.count)
        return !letters.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "SP" followed by "6": the code a space split in two, when the halves
    /// are a bare group prefix (not a code of its own) and a number.
    private static func joinedCode(_ prefix: String, _ next: Word, legend: Legend) -> String? {
        guard !prefix.isEmpty, prefix.allSatisfy(\.isLetter) else { return nil }
        let digits = canonical(next.text)
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        if legend.isEmpty { return prefix + digits }
        guard legend.entry(for: prefix) == nil else { return nil }
        return prefix + digits
    }

}
