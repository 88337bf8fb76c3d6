/// Reads the milestones of a Timeline cell. It never fails: words it cannot
/// read become `.unrecognized` milestones that the checks report. It scans
/// the cell's UTF-8 bytes; keywords (months, seasons, "Ongoing", …) are
/// ASCII and compared without regard to ASCII case.
public enum TimelineParser {
    /// The English month names, January first.
    public static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Spellings of "Ongoing" the parser accepts; all but the first are variants.
    public static let ongoingSpellings = ["ongoing", "on-going", "on going"]

    /// A word of the cell: its bytes and, for short ASCII words, its lower-case form.
    private struct Word {
        var text: String
        var offset: Int
        /// Lower-cased when the word is ASCII and short enough to be a keyword; else empty.
        var key: String
    }

    /// What a keyword means.
    private enum Keyword {
        case month(Int), season(Season), ongoing, on, going, periodically, annually, to, be
    }

    private static let keywords: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        for (index, name) in monthNames.enumerated() { table[name] = .month(index + 1) }
        for season in Season.allCases { table[season.rawValue] = .season(season) }
        table["fall"] = .season(.autumn)
        table["ongoing"] = .ongoing
        table["on-going"] = .ongoing
        table["on"] = .on
        table["going"] = .going
        table["periodically"] = .periodically
        for word in ["annual", "annually", "yearly"] { table[word] = .annually }
        table["to"] = .to
        table["be"] = .be
        return table
    }()

    /// The milestones of `text`, in order.
    public static func parse(_ text: String) -> [Milestone] {
        parse(words(text), text: text)
    }

    private static func parse(_ words: [Word], text: String) -> [Milestone] {
        var milestones: [Milestone] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let keyword = keywords[word.key]
            let next = index + 1 < words.count ? words[index + 1] : nil

            if word.text.utf8.first == UInt8(ascii: "(") {
                attach(annotation: word.text, to: &milestones, offset: word.offset)
                index += 1
                continue
            }
            if case .to = keyword, let rest = toBeDetermined(words, from: index) {
                let written = UTF8Text.withBytes(of: text) { UTF8Text.string($0, word.offset..<$0.count) }
                milestones.append(Milestone(kind: .toBeDetermined, written: written, offset: word.offset, annotation: rest.isEmpty ? nil : rest))
                break
            }
            if case .month(let month) = keyword, let next, let year = year(next.text) {
                milestones.append(Milestone(kind: .month(year: year, month: month), written: word.text + " " + next.text, offset: word.offset))
                index += 2
                continue
            }
            if case .season(let season) = keyword, let next, let year = year(next.text) {
                milestones.append(Milestone(kind: .season(year: year, season: season), written: word.text + " " + next.text, offset: word.offset))
                index += 2
                continue
            }
            if let year = year(word.text) {
                milestones.append(Milestone(kind: .year(year), written: word.text, offset: word.offset))
                index += 1
                continue
            }
            if case .on = keyword, let next, case .going = keywords[next.key] {
                milestones.append(Milestone(kind: .ongoing, written: word.text + " " + next.text, offset: word.offset))
                index += 2
                continue
            }
            let kind: Milestone.Kind
            switch keyword {
            case .ongoing: kind = .ongoing
            case .periodically: kind = .periodically
            case .annually: kind = .annually
            default: kind = .unrecognized
            }
            milestones.append(Milestone(kind: kind, written: word.text, offset: word.offset))
            index += 1
        }
        return milestones
    }

    /// Whether `text` reads as a timeline: not empty and every word understood.
    public static func looksLikeTimeline(_ text: String) -> Bool {
        milestonesIfTimeline(text) != nil
    }

    /// The milestones of `text` when it reads as a timeline (every word
    /// understood), else nil: `looksLikeTimeline` and `parse` in one pass.
    public static func milestonesIfTimeline(_ text: String) -> [Milestone]? {
        // Most cells are prose: their first word settles it without a full parse.
        guard startsLikeTimeline(text) else { return nil }
        let milestones = parse(words(text), text: text)
        return milestones.isEmpty || milestones.contains { $0.kind == .unrecognized } ? nil : milestones
    }

    /// Whether the text's first token (up to white space or a comma) can start a timeline.
    private static func startsLikeTimeline(_ text: String) -> Bool {
        UTF8Text.withBytes(of: text) { bytes -> Bool in
            var start = 0
            func separates(_ index: Int) -> Int {
                bytes[index] == UInt8(ascii: ",") ? 1 : UTF8Text.whitespaceLength(bytes, at: index)
            }
            while start < bytes.count, case let length = separates(start), length > 0 { start += length }
            guard start < bytes.count else { return false }
            if bytes[start] == UInt8(ascii: "(") { return true }
            var end = start
            // Keywords and years are short: a longer first token is prose.
            while end < bytes.count, end - start <= 12, separates(end) == 0 { end += 1 }
            guard end - start <= 12 else { return false }
            if year(UTF8Text.string(bytes, start..<end)) != nil { return true }
            switch keywords[key(bytes, start..<end)] {
            case .month, .season, .ongoing, .on, .periodically, .annually, .to: return true
            case .going, .be, nil: return false
            }
        }
    }

    /// The words of `text`: separated by white space, `,` or `;` outside brackets.
    private static func words(_ text: String) -> [Word] {
        UTF8Text.withBytes(of: text) { bytes in
            var words: [Word] = []
            var index = 0, start = -1, depth = 0
            let count = bytes.count
            func close(at end: Int) {
                guard start >= 0 else { return }
                words.append(word(bytes, start..<end))
                start = -1
            }
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                if depth == 0 {
                    if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                        close(at: index)
                        index += 1
                        continue
                    }
                    let space = UTF8Text.whitespaceLength(bytes, at: index)
                    if space > 0 {
                        close(at: index)
                        index += space
                        continue
                    }
                }
                if start < 0 { start = index }
                index += 1
            }
            close(at: count)
            return words
        }
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Word {
        Word(text: UTF8Text.string(bytes, range), offset: range.lowerBound, key: key(bytes, range))
    }

    /// The lower-cased word when it is ASCII and short enough to be a keyword,
    /// else "" (a small string: no allocation either way).
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard range.count <= 12, range.allSatisfy({ bytes[$0] < 0x80 }) else { return "" }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (index, offset) in range.enumerated() {
                let byte = bytes[offset]
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    /// "2020" or "2020." as a year from 1900 to 2199.
    private static func year(_ word: String) -> Int? {
        var value = 0, digits = 0
        for (index, byte) in word.utf8.enumerated() {
            if byte == UInt8(ascii: "."), index == 4, word.utf8.count == 5 { break }
            guard byte >= 0x30, byte <= 0x39, digits < 4 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        return digits == 4 && value >= 1900 && value <= 2199 ? value : nil
    }

    /// The words after "To be determined", or nil when `index` does not start that phrase.
    private static func toBeDetermined(_ words: [Word], from index: Int) -> String? {
        guard index + 2 < words.count, case .be = keywords[words[index + 1].key],
              isDetermined(words[index + 2].text) else { return nil }
        // What follows ("depending on the interest from Members") is the reason, if any.
        return words[(index + 3)...].map(\.text).joined(separator: " ")
    }

    /// "determined…" in any ASCII case, however long the word is.
    private static func isDetermined(_ text: String) -> Bool {
        let prefix = Array("determined".utf8)
        var index = 0
        for byte in text.utf8 {
            guard index < prefix.count else { return true }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard lower == prefix[index] else { return false }
            index += 1
        }
        return index == prefix.count
    }

    private static func attach(annotation: String, to milestones: inout [Milestone], offset: Int) {
        let inner = UTF8Text.withBytes(of: annotation) { bytes -> String in
            var lower = 0, upper = bytes.count
            while lower < upper, bytes[lower] == UInt8(ascii: "(") || bytes[lower] == UInt8(ascii: ")") { lower += 1 }
            while upper > lower, bytes[upper - 1] == UInt8(ascii: "(") || bytes[upper - 1] == UInt8(ascii: ")") { upper -= 1 }
            return UTF8Text.string(bytes, lower..<upper)
        }
        if let last = milestones.indices.last, milestones[last].annotation == nil {
            milestones[last].annotation = inner
        } else {
            milestones.append(Milestone(kind: .unrecognized, written: annotation, offset: offset))
        }
    }
}
