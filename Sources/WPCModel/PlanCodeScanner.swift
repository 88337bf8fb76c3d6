/// One code of a plan cell as the plan rules and the dashboard see it: where
/// it stands in the cell, what was written, and the well-formed code it stands for.
public struct ScannedPlanCode: Sendable, Hashable {
    /// The text as written ("SP 6" when a space split the code).
    public var written: String
    /// The code with capitals, no spaces and no punctuation ("SP6"); empty when nothing is left.
    public var code: String
    // Offsets and positions are held in 32 bits: a programme has one of these
    // per code of every task, and a cell or a legend never nears 4 GiB.
    private var storedOffset: UInt32
    private var storedLegendPosition: Int32

    /// A code found at byte `offset` of its cell, written `written`, standing
    /// for `code`, listed at `legendPosition` in the legend when it is there.
    public init(offset: Int, written: String, code: String, legendPosition: Int?) {
        self.written = written
        self.code = code
        self.storedOffset = UInt32(clamping: offset)
        self.storedLegendPosition = legendPosition.map { Int32(clamping: $0) } ?? -1
    }

    /// Byte offset in the cell's text.
    public var offset: Int { Int(storedOffset) }
    /// Where the legend lists `code`, when it does.
    public var legendPosition: Int? { storedLegendPosition < 0 ? nil : Int(storedLegendPosition) }
    /// Whether `written` is not already in the canonical form.
    public var isMalformed: Bool { written != code }
    /// The length of `written` in bytes.
    public var byteCount: Int { written.utf8.count }
}

/// The legend's codes with their positions, for lookups in constant time.
public struct LegendIndex: Sendable {
    let positions: [String: Int]

    /// The positions of `legend`'s codes (the first, when a code is listed twice).
    public init(_ legend: Legend) {
        var positions: [String: Int] = [:]
        for (index, entry) in legend.entries.enumerated() where positions[entry.code] == nil { positions[entry.code] = index }
        self.positions = positions
    }

    /// Whether the legend defines no code.
    public var isEmpty: Bool { positions.isEmpty }

    /// Where the legend lists `code`, compared exactly.
    public func position(of code: String) -> Int? { positions[code] }
}

/// Splits a plan cell into codes, recognising the slips people make: a
/// lower-case code (`sp6`), a space inside it (`SP 6`), stray punctuation (`SP6,`).
/// The one reading of a plan cell against the legend: the plan rules judge
/// what it finds, the dashboard counts it.
public enum PlanCodeScanner {
    /// The codes of `cell`, in order, judged against `legend` (which may be empty).
    public static func scan(_ cell: WrittenText?, legend: LegendIndex) -> [ScannedPlanCode] {
        var result: [ScannedPlanCode] = []
        scan(cell, legend: legend, appendingTo: &result)
        return result
    }

    /// Appends the codes of `cell`, in order, judged against `legend`, to `result`.
    public static func scan(_ cell: WrittenText?, legend: LegendIndex, appendingTo result: inout [ScannedPlanCode]) {
        guard let cell else { return }
        let words = TextWord.split(cell.text)
        guard !words.isEmpty else { return }
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
    }

    /// Capital letters and digits only: the form a code must be written in.
    public static func canonical(_ text: String) -> String {
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
