import WPCModel

/// Recognises what a cell holds by its content alone: a topic number, a list
/// of plan codes, a task type, or a timeline. Used to put cells back in their
/// columns when a row has a tab too many or too few. Every cell of the table
/// passes through here, so each test looks at the first bytes before anything
/// more costly.
struct CellKind {
    /// What a cell's content says about its column; a timeline comes with the
    /// milestones read from it, so the cell is never parsed twice.
    struct Anchor {
        var column: Column
        var milestones: [Milestone]?
    }

    /// The prefixes of the document's plan-code groups (SG, SO, SP, LD, ORG).
    let planPrefixes: Set<String>
    /// The same prefixes packed into integers, compared without making strings.
    private let packedPrefixes: [UInt64]
    /// Type codes and long forms, lower-cased ("m", "maintenance", …).
    let typeSpellings: Set<String>
    /// The same spellings as ASCII bytes, compared without regard to case.
    private let asciiTypeSpellings: [[UInt8]]
    /// Whether some spelling is not ASCII (then Foundation compares them).
    private let hasOtherTypeSpellings: Bool
    /// The longest type spelling, in bytes.
    private let longestType: Int

    init(legend: Legend, taskTypes: [TaskType]) {
        let prefixes = Set(legend.groups.map(\.prefix) + legend.entries.map { CellKind.letters(of: $0.code) })
        self.planPrefixes = prefixes.isEmpty ? ["SG", "SO", "SP", "LD", "ORG"] : prefixes
        self.packedPrefixes = planPrefixes.compactMap { CellKind.pack($0.utf8) }.sorted()
        let types = taskTypes.isEmpty
            ? [TaskType(code: "M", name: "Maintenance", text: ""), TaskType(code: "A", name: "Advanced", text: "")]
            : taskTypes
        self.typeSpellings = Set(types.flatMap { [$0.code.lowercased(), $0.name.lowercased()] })
        self.longestType = typeSpellings.map(\.utf8.count).max() ?? 0
        self.asciiTypeSpellings = typeSpellings.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
        self.hasOtherTypeSpellings = asciiTypeSpellings.count < typeSpellings.count
    }

    /// The column a cell with this text must stand in, if its content says so.
    func anchor(for text: String) -> Anchor? {
        if text.isEmpty { return nil }
        if isTopicNumber(text) { return Anchor(column: .number) }
        if text.utf8.count <= longestType, isTypeSpelling(text) { return Anchor(column: .type) }
        if isPlanList(text) { return Anchor(column: .plan) }
        if let milestones = datedTimeline(text) { return Anchor(column: .timeline, milestones: milestones) }
        return nil
    }

    /// Whether the cell is a type code or long form, in any case.
    private func isTypeSpelling(_ text: String) -> Bool {
        let ascii = UTF8Text.withBytes(of: text) { bytes -> Bool? in
            guard UTF8Text.isASCII(bytes) else { return nil }
            return asciiTypeSpellings.contains { spelling in
                spelling.count == bytes.count && spelling.indices.allSatisfy { index in
                    let byte = bytes[index]
                    return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == spelling[index]
                }
            }
        }
        if ascii == true { return true }
        guard ascii == nil || hasOtherTypeSpellings else { return false }
        return typeSpellings.contains { UTF8Text.equalIgnoringCase($0, text) }
    }

    /// The milestones of a timeline that names a date or a state ("June 2020",
    /// "Ongoing"); nil for anything else, and for a lone "Annual", which could
    /// as well be the first word of an indicator.
    func datedTimeline(_ text: String) -> [Milestone]? {
        guard let milestones = TimelineParser.milestonesIfTimeline(text), milestones.contains(where: { $0.kind != .annually }) else {
            return nil
        }
        return milestones
    }

    /// "1.", "22".
    func isTopicNumber(_ text: String) -> Bool {
        UTF8Text.withBytes(of: text) { bytes in
            guard bytes.count <= 4, !bytes.isEmpty else { return false }
            let digits = bytes[bytes.count - 1] == UInt8(ascii: ".") ? bytes.count - 1 : bytes.count
            return digits >= 1 && digits <= 3 && bytes[..<digits].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// "SG SO1 SP1", and malformed lists such as "sp6" or "SP 6," too.
    func isPlanList(_ text: String) -> Bool {
        // A cell of codes is short; a long one is prose, whatever it starts with.
        guard text.utf8.count <= 480 else { return false }
        return UTF8Text.withBytes(of: text) { bytes in
            var previousWasPrefix = false
            var index = 0
            let count = bytes.count
            var tokens = 0
            while index < count {
                // Tokens are separated by white space, commas and semicolons.
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { index += 1; continue }
                let space = UTF8Text.whitespaceLength(bytes, at: index)
                if space > 0 { index += space; continue }
                var end = index
                while end < count, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: ";"),
                      UTF8Text.whitespaceLength(bytes, at: end) == 0 { end += 1 }
                guard accepts(bytes, index..<end, previousWasPrefix: &previousWasPrefix) else { return false }
                tokens += 1
                index = end
            }
            return tokens > 0 && UTF8Text.scalarCount(bytes, 0..<bytes.count) <= 120
        }
    }

    /// One token of a plan list: a group prefix with up to two digits (dots
    /// ignored), or up to two digits right after a bare prefix ("SP 6").
    private func accepts(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, previousWasPrefix: inout Bool) -> Bool {
        var letterEnd = token.lowerBound
        while letterEnd < token.upperBound, CellKind.isASCIILetter(bytes[letterEnd]) { letterEnd += 1 }
        if letterEnd < token.upperBound, bytes[letterEnd] >= 0x80 { return false }
        var digits = 0
        for index in letterEnd..<token.upperBound where bytes[index] != UInt8(ascii: ".") {
            guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return false }
            digits += 1
        }
        if letterEnd > token.lowerBound {
            guard let letters = CellKind.pack(bytes[token.lowerBound..<letterEnd]), packedPrefixes.contains(letters), digits <= 2 else {
                return false
            }
            previousWasPrefix = digits == 0
            return true
        }
        let isNumber = digits == token.count && digits <= 2
        guard previousWasPrefix, isNumber else { return false }
        previousWasPrefix = false
        return true
    }

    /// Up to eight ASCII letters, upper-cased, packed into one integer; nil when longer.
    private static func pack(_ letters: some Collection<UInt8>) -> UInt64? {
        guard letters.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for letter in letters { packed = packed << 8 | UInt64(letter & 0xDF) }
        return packed
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The leading ASCII letters of a code ("SP6" → "SP").
    private static func letters(of code: String) -> String {
        String(decoding: code.utf8.prefix { isASCIILetter($0) }, as: UTF8.self)
    }
}
