import Foundation
import WPCModel

/// Recognises what a cell holds by its content alone: a topic number, a list
/// of plan codes, a task type, or a timeline. Used to put cells back in their
/// columns when a row has a tab too many or too few.
struct CellKind {
    /// The prefixes of the document's plan-code groups (SG, SO, SP, LD, ORG).
    let planPrefixes: Set<String>
    /// Type codes and long forms, lower-cased ("m", "maintenance", …).
    let typeSpellings: Set<String>

    init(legend: Legend, taskTypes: [TaskType]) {
        let prefixes = Set(legend.groups.map(\.prefix) + legend.entries.map { String($0.code.prefix { $0.isLetter }) })
        self.planPrefixes = prefixes.isEmpty ? ["SG", "SO", "SP", "LD", "ORG"] : prefixes
        let types = taskTypes.isEmpty
            ? [TaskType(code: "M", name: "Maintenance", text: ""), TaskType(code: "A", name: "Advanced", text: "")]
            : taskTypes
        self.typeSpellings = Set(types.flatMap { [$0.code.lowercased(), $0.name.lowercased()] })
    }

    /// The column a cell with this text must stand in, if its content says so.
    func anchor(for text: String) -> Column? {
        if text.isEmpty { return nil }
        if isTopicNumber(text) { return .number }
        if typeSpellings.contains(text.lowercased()) { return .type }
        if isPlanList(text) { return .plan }
        if isDatedTimeline(text) { return .timeline }
        return nil
    }

    /// A timeline that names a date or a state ("June 2020", "Ongoing"); a lone
    /// "Annual" could as well be the first word of an indicator.
    func isDatedTimeline(_ text: String) -> Bool {
        guard TimelineParser.looksLikeTimeline(text) else { return false }
        return TimelineParser.parse(text).contains { $0.kind != .annually }
    }

    /// "1.", "22".
    func isTopicNumber(_ text: String) -> Bool {
        let digits = text.hasSuffix(".") ? text.dropLast() : Substring(text)
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// "SG SO1 SP1", and malformed lists such as "sp6" or "SP 6," too.
    func isPlanList(_ text: String) -> Bool {
        // A cell of codes is short; a long one is prose, whatever it starts with.
        guard text.count <= 120 else { return false }
        let tokens = text.split { $0.isWhitespace || $0 == "," || $0 == ";" }
        guard !tokens.isEmpty else { return false }
        var previousWasPrefix = false
        for token in tokens {
            let letters = token.prefix { $0.isLetter }.uppercased()
            let rest = token.dropFirst(letters.count).filter { $0 != "." }
            if planPrefixes.contains(letters), rest.allSatisfy(\.isNumber), rest.count <= 2 {
                previousWasPrefix = rest.isEmpty
                continue
            }
            if letters.isEmpty, previousWasPrefix, token.allSatisfy(\.isNumber), token.count <= 2 {
                previousWasPrefix = false
                continue
            }
            return false
        }
        return true
    }
}
