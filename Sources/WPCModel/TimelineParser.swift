/// Reads the milestones of a Timeline cell. It never fails: words it cannot
/// read become `.unrecognized` milestones that the checks report. It scans
/// the cell's UTF-8 bytes once; words are byte ranges, and a string is made
/// only for what a milestone keeps. Keywords (months, seasons, "Ongoing", …)
/// are ASCII and compared without regard to ASCII case.
public enum TimelineParser {
    /// The English month names, January first.
    public static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Spellings of "Ongoing" the parser accepts; all but the first are variants.
    public static let ongoingSpellings = ["ongoing", "on-going", "on going"]

    /// A word of the cell: where it stands, and the keyword or year it is, if any.
    private struct Word {
        var range: Range<Int>
        var keyword: Keyword?
        var year: Int?
        var opensBracket: Bool
    }

    /// What a keyword means.
    private enum Keyword {
        case month(Int), season(Season), ongoing, on, going, periodically, annually, to, be
    }

    /// The keywords by their first letter, so that a word is compared with
    /// the few that could match, without making a string or hashing one.
    private static let keywordsByInitial: [[(spelling: [UInt8], keyword: Keyword)]] = {
        var table = [[(spelling: [UInt8], keyword: Keyword)]](repeating: [], count: 26)
        func add(_ word: String, _ keyword: Keyword) {
            let bytes = Array(word.utf8)
            table[Int(bytes[0] - UInt8(ascii: "a"))].append((bytes, keyword))
        }
        for (index, name) in monthNames.enumerated() { add(name, .month(index + 1)) }
        for season in Season.allCases { add(season.rawValue, .season(season)) }
        add("fall", .season(.autumn))
        add("ongoing", .ongoing)
        add("on-going", .ongoing)
        add("on", .on)
        add("going", .going)
        add("periodically", .periodically)
        for word in ["annual", "annually", "yearly"] { add(word, .annually) }
        add("to", .to)
        add("be", .be)
        return table
    }()

    /// The milestones of `text`, in order.
    public static func parse(_ text: String) -> [Milestone] {
        UTF8Text.withBytes(of: text) { bytes in parse(words(bytes), bytes) }
    }

    /// Whether `text` reads as a timeline: not empty and every word understood.
    public static func looksLikeTimeline(_ text: String) -> Bool {
        milestonesIfTimeline(text) != nil
    }

    /// The milestones of `text` when it reads as a timeline (every word
    /// understood), else nil: `looksLikeTimeline` and `parse` in one pass.
    public static func milestonesIfTimeline(_ text: String) -> [Milestone]? {
        UTF8Text.withBytes(of: text) { bytes -> [Milestone]? in
            // Most cells are prose: their first word settles it without a full parse.
            guard startsLikeTimeline(bytes) else { return nil }
            let milestones = parse(words(bytes), bytes)
            return milestones.isEmpty || milestones.contains { $0.kind == .unrecognized } ? nil : milestones
        }
    }

    // MARK: Reading the words

    private static func parse(_ words: [Word], _ bytes: UnsafeBufferPointer<UInt8>) -> [Milestone] {
        var milestones: [Milestone] = []
        milestones.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : nil
            let offset = word.range.lowerBound

            if word.opensBracket {
                attach(annotation: word.range, bytes, to: &milestones)
                index += 1
                continue
            }
            if case .to = word.keyword, let rest = toBeDetermined(words, from: index, bytes) {
                let written = UTF8Text.string(bytes, offset..<bytes.count)
                milestones.append(Milestone(kind: .toBeDetermined, written: written, offset: offset, annotation: rest.isEmpty ? nil : rest))
                break
            }
            if case .month(let month) = word.keyword, let next, let year = next.year {
                milestones.append(Milestone(kind: .month(year: year, month: month), written: joined(word, next, bytes), offset: offset))
                index += 2
                continue
            }
            if case .season(let season) = word.keyword, let next, let year = next.year {
                milestones.append(Milestone(kind: .season(year: year, season: season), written: joined(word, next, bytes), offset: offset))
                index += 2
                continue
            }
            if let year = word.year {
                milestones.append(Milestone(kind: .year(year), written: UTF8Text.string(bytes, word.range), offset: offset))
                index += 1
                continue
            }
            if case .on = word.keyword, let next, case .going = next.keyword {
                milestones.append(Milestone(kind: .ongoing, written: joined(word, next, bytes), offset: offset))
                index += 2
                continue
            }
            let kind: Milestone.Kind
            switch word.keyword {
            case .ongoing: kind = .ongoing
            case .periodically: kind = .periodically
            case .annually: kind = .annually
            default: kind = .unrecognized
            }
            milestones.append(Milestone(kind: kind, written: UTF8Text.string(bytes, word.range), offset: offset))
            index += 1
        }
        return milestones
    }

    /// Two words as written, with one space between them ("June 2020").
    private static func joined(_ first: Word, _ second: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = first.range.count + 1 + second.range.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for offset in first.range { buffer[index] = bytes[offset]; index += 1 }
            buffer[index] = 0x20
            index += 1
            for offset in second.range { buffer[index] = bytes[offset]; index += 1 }
            return count
        }
    }

    /// Whether the text's first token (up to white space or a comma) can start a timeline.
    private static func startsLikeTimeline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            let length = bytes[start] == UInt8(ascii: ",") ? 1 : UTF8Text.whitespaceLength(bytes, at: start)
            if length == 0 { break }
            start += length
        }
        guard start < bytes.count else { return false }
        if bytes[start] == UInt8(ascii: "(") { return true }
        var end = start
        // Keywords and years are short: a longer first token is prose.
        while end < bytes.count, end - start <= 12, bytes[end] != UInt8(ascii: ","), UTF8Text.whitespaceLength(bytes, at: end) == 0 {
            end += 1
        }
        guard end - start <= 12 else { return false }
        if year(bytes, start..<end) != nil { return true }
        switch keyword(bytes, start..<end) {
        case .month, .season, .ongoing, .on, .periodically, .annually, .to: return true
        case .going, .be, nil: return false
        }
    }

    /// The words of the cell: separated by white space, `,` or `;` outside brackets.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(4)
        var index = 0, start = -1, depth = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            var separator = 0
            if depth == 0 {
                separator = byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") ? 1 : UTF8Text.whitespaceLength(bytes, at: index)
            }
            if separator > 0 {
                if start >= 0 { words.append(word(bytes, start..<index)) }
                start = -1
                index += separator
                continue
            }
            if start < 0 { start = index }
            index += 1
        }
        if start >= 0 { words.append(word(bytes, start..<count)) }
        return words
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Word {
        Word(range: range, keyword: keyword(bytes, range), year: year(bytes, range), opensBracket: bytes[range.lowerBound] == UInt8(ascii: "("))
    }

    /// The keyword `bytes[range]` spells, in any ASCII case.
    private static func keyword(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Keyword? {
        guard let first = range.first, range.count <= 12 else { return nil }
        let initial = bytes[first] | 0x20
        guard initial >= UInt8(ascii: "a"), initial <= UInt8(ascii: "z") else { return nil }
        candidates: for (spelling, keyword) in keywordsByInitial[Int(initial - UInt8(ascii: "a"))] where spelling.count == range.count {
            for (offset, expected) in spelling.enumerated() {
                let byte = bytes[range.lowerBound + offset]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lower != expected { continue candidates }
            }
            return keyword
        }
        return nil
    }

    /// "2020" or "2020." as a year from 1900 to 2199.
    private static func year(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let count = range.count
        guard count == 4 || (count == 5 && bytes[range.upperBound - 1] == UInt8(ascii: ".")) else { return nil }
        var value = 0
        for offset in range.lowerBound..<range.lowerBound + 4 {
            let byte = bytes[offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value >= 1900 && value <= 2199 ? value : nil
    }

    /// The words after "To be determined", or nil when `index` does not start that phrase.
    private static func toBeDetermined(_ words: [Word], from index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard index + 2 < words.count, case .be = words[index + 1].keyword, isDetermined(bytes, words[index + 2].range) else { return nil }
        // What follows ("depending on the interest from Members") is the reason, if any.
        return words[(index + 3)...].map { UTF8Text.string(bytes, $0.range) }.joined(separator: " ")
    }

    /// "determined…" in any ASCII case, however long the word is.
    private static func isDetermined(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let prefix = Array("determined".utf8)
        guard range.count >= prefix.count else { return false }
        return prefix.indices.allSatisfy { offset in
            let byte = bytes[range.lowerBound + offset]
            return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == prefix[offset]
        }
    }

    /// A bracketed note: it annotates the milestone before it, or stands unread.
    private static func attach(annotation range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, to milestones: inout [Milestone]) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: "(") || bytes[lower] == UInt8(ascii: ")") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: "(") || bytes[upper - 1] == UInt8(ascii: ")") { upper -= 1 }
        if let last = milestones.indices.last, milestones[last].annotation == nil {
            milestones[last].annotation = UTF8Text.string(bytes, lower..<upper)
        } else {
            milestones.append(Milestone(kind: .unrecognized, written: UTF8Text.string(bytes, range), offset: range.lowerBound))
        }
    }
}
