import Foundation

/// Reads the milestones of a Timeline cell. It never fails: words it cannot
/// read become `.unrecognized` milestones that the checks report.
public enum TimelineParser {
    /// The English month names, January first.
    public static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Spellings of "Ongoing" the parser accepts; all but the first are variants.
    public static let ongoingSpellings = ["ongoing", "on-going", "on going"]

    private struct Word {
        var text: String
        var offset: Int
    }

    /// The milestones of `text`, in order.
    public static func parse(_ text: String) -> [Milestone] {
        let words = split(text)
        var milestones: [Milestone] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let lower = word.text.lowercased()
            let next = index + 1 < words.count ? words[index + 1] : nil

            if word.text.hasPrefix("(") {
                attach(annotation: word.text, to: &milestones, offset: word.offset)
                index += 1
                continue
            }
            if lower == "to", let rest = toBeDetermined(words, from: index) {
                let written = String(text[text.index(text.startIndex, offsetBy: word.offset)...])
                milestones.append(Milestone(kind: .toBeDetermined, written: written, offset: word.offset, annotation: rest.isEmpty ? nil : rest))
                break
            }
            if let month = monthNames.firstIndex(of: lower), let next, let year = year(next.text) {
                milestones.append(Milestone(kind: .month(year: year, month: month + 1), written: word.text + " " + next.text, offset: word.offset))
                index += 2
                continue
            }
            if let season = season(lower), let next, let year = year(next.text) {
                milestones.append(Milestone(kind: .season(year: year, season: season), written: word.text + " " + next.text, offset: word.offset))
                index += 2
                continue
            }
            if let year = year(word.text) {
                milestones.append(Milestone(kind: .year(year), written: word.text, offset: word.offset))
                index += 1
                continue
            }
            if lower == "on", let next, next.text.lowercased() == "going" {
                milestones.append(Milestone(kind: .ongoing, written: word.text + " " + next.text, offset: word.offset))
                index += 2
                continue
            }
            if ongoingSpellings.contains(lower) {
                milestones.append(Milestone(kind: .ongoing, written: word.text, offset: word.offset))
            } else if lower == "periodically" {
                milestones.append(Milestone(kind: .periodically, written: word.text, offset: word.offset))
            } else if lower == "annual" || lower == "annually" || lower == "yearly" {
                milestones.append(Milestone(kind: .annually, written: word.text, offset: word.offset))
            } else {
                milestones.append(Milestone(kind: .unrecognized, written: word.text, offset: word.offset))
            }
            index += 1
        }
        return milestones
    }

    /// Whether `text` reads as a timeline: not empty and every word understood.
    public static func looksLikeTimeline(_ text: String) -> Bool {
        // Most cells are prose: their first word settles it without a full parse.
        guard let first = text.split(maxSplits: 1, whereSeparator: { $0.isWhitespace || $0 == "," }).first,
              canStartTimeline(first.lowercased()) else { return false }
        let milestones = parse(text)
        return !milestones.isEmpty && !milestones.contains { $0.kind == .unrecognized }
    }

    private static func canStartTimeline(_ word: String) -> Bool {
        monthNames.contains(word) || season(word) != nil || year(word) != nil || word.hasPrefix("(")
            || ["ongoing", "on-going", "on", "periodically", "annual", "annually", "yearly", "to"].contains(word)
    }

    private static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        var depth = 0
        for (offset, character) in text.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            let separates = depth == 0 && (character.isWhitespace || character == "," || character == ";")
            if separates {
                if !current.isEmpty { words.append(Word(text: current, offset: start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Word(text: current, offset: start)) }
        return words
    }

    private static func year(_ word: String) -> Int? {
        let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard trimmed.count == 4, trimmed.allSatisfy(\.isASCII), let value = Int(trimmed), value >= 1900, value <= 2199 else { return nil }
        return value
    }

    private static func season(_ word: String) -> Season? {
        if word == "fall" { return .autumn }
        return Season(rawValue: word)
    }

    /// The words after "To be determined", or nil when `index` does not start that phrase.
    private static func toBeDetermined(_ words: [Word], from index: Int) -> String? {
        guard index + 2 < words.count,
              words[index + 1].text.lowercased() == "be",
              words[index + 2].text.lowercased().hasPrefix("determined") else { return nil }
        // What follows ("depending on the interest from Members") is the reason, if any.
        return words[(index + 3)...].map(\.text).joined(separator: " ")
    }

    private static func attach(annotation: String, to milestones: inout [Milestone], offset: Int) {
        let inner = annotation.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        if let last = milestones.indices.last, milestones[last].annotation == nil {
            milestones[last].annotation = inner
        } else {
            milestones.append(Milestone(kind: .unrecognized, written: annotation, offset: offset))
        }
    }
}
