import Foundation

/// Splits a Responsible-body cell ("PTC IMSC Data Model Project Team (DMPT)")
/// into the registry's bodies, longest spelling first, and reports the text
/// that matches no body.
public struct BodyResolver: Sendable {
    /// A body found in the cell.
    public struct Match: Sendable, Hashable {
        public var bodyID: String
        /// The words as written in the cell.
        public var written: String
        /// Character offset in the cell's text.
        public var offset: Int
    }

    /// Text that matches no body.
    public struct Leftover: Sendable, Hashable {
        public var text: String
        public var offset: Int
    }

    /// What a cell resolves to.
    public struct Resolution: Sendable, Hashable {
        public var matches: [Match]
        public var leftovers: [Leftover]

        /// The distinct body ids, in order of first mention.
        public var bodyIDs: [String] {
            var seen = Set<String>()
            return matches.map(\.bodyID).filter { seen.insert($0).inserted }
        }
    }

    private struct Spelling {
        var bodyID: String
        var characters: [Character]
    }

    private let spellings: [Spelling]
    private let ids: [String: [[Character]]]

    /// A resolver over `registry`'s spellings.
    public init(registry: BodyRegistry) {
        var spellings: [Spelling] = []
        var ids: [String: [[Character]]] = [:]
        for body in registry.bodies {
            for spelling in body.spellings {
                let folded = Array(BodyRegistry.normalise(spelling))
                guard !folded.isEmpty else { continue }
                spellings.append(Spelling(bodyID: body.id, characters: folded))
                ids[body.id, default: []].append(folded)
            }
        }
        self.spellings = spellings.sorted { $0.characters.count > $1.characters.count }
        self.ids = ids
    }

    /// Resolves a cell's text.
    public func resolve(_ text: String) -> Resolution {
        let original = Array(text)
        let lower = Array(text.lowercased())
        guard lower.count == original.count else { return resolveFolded(text) }
        var matches: [Match] = []
        var leftovers: [Leftover] = []
        var index = 0
        var pendingStart: Int?

        func flushLeftover(upTo end: Int) {
            guard let start = pendingStart else { return }
            let piece = String(original[start..<end]).trimmingCharacters(in: BodyResolver.separators)
            if !piece.isEmpty, !BodyResolver.connectives.contains(piece.lowercased()) {
                let lead = original[start..<end].prefix { BodyResolver.isSeparator($0) }.count
                leftovers.append(Leftover(text: piece, offset: start + lead))
            }
            pendingStart = nil
        }

        while index < lower.count {
            if BodyResolver.isSeparator(lower[index]) {
                if pendingStart == nil { index += 1; continue }
            }
            if isWordStart(lower, index), let (spelling, end) = longestMatch(lower, at: index) {
                flushLeftover(upTo: index)
                matches.append(Match(bodyID: spelling.bodyID, written: String(original[index..<end]), offset: index))
                index = consumeAbbreviation(lower, after: end, bodyID: spelling.bodyID)
                continue
            }
            if pendingStart == nil { pendingStart = index }
            // Skip to the next word.
            while index < lower.count, !BodyResolver.isSeparator(lower[index]) { index += 1 }
            while index < lower.count, BodyResolver.isSeparator(lower[index]), lower[index] != "(" { index += 1 }
            if index < lower.count, lower[index] == "(" { index += 1 }
        }
        flushLeftover(upTo: lower.count)
        return Resolution(matches: matches, leftovers: leftovers)
    }

    private func resolveFolded(_ text: String) -> Resolution {
        // Case folding changed the length (rare scripts): resolve on a copy whose
        // offsets match the folded text, which is what we can point into.
        let folded = text.lowercased()
        return resolve(folded)
    }

    private func isWordStart(_ text: [Character], _ index: Int) -> Bool {
        index == 0 || BodyResolver.isSeparator(text[index - 1]) || text[index - 1] == "("
    }

    private func longestMatch(_ text: [Character], at index: Int) -> (Spelling, Int)? {
        for spelling in spellings {
            let end = matchEnd(spelling.characters, in: text, at: index)
            if let end, end == text.count || BodyResolver.isBoundary(text[end]) { return (spelling, end) }
        }
        return nil
    }

    /// Where `pattern` ends when it matches `text` at `index`, white space folded.
    private func matchEnd(_ pattern: [Character], in text: [Character], at index: Int) -> Int? {
        var i = index, j = 0
        while j < pattern.count {
            guard i < text.count else { return nil }
            if pattern[j] == " " {
                guard text[i].isWhitespace else { return nil }
                while i < text.count, text[i].isWhitespace { i += 1 }
                j += 1
                continue
            }
            guard text[i] == pattern[j] else { return nil }
            i += 1
            j += 1
        }
        return i
    }

    /// Skips "(ABBR)" right after a match when ABBR names the same body.
    private func consumeAbbreviation(_ text: [Character], after end: Int, bodyID: String) -> Int {
        var i = end
        while i < text.count, text[i].isWhitespace { i += 1 }
        guard i < text.count, text[i] == "(" , let close = text[i...].firstIndex(of: ")") else { return end }
        let inner = Array(BodyRegistry.normalise(String(text[(i + 1)..<close])))
        if ids[bodyID, default: []].contains(inner) { return close + 1 }
        return end
    }

    static let separators = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;/&"))
    static let connectives: Set<String> = ["and", "&", "or"]

    static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == "," || character == ";" || character == "/" || character == "&"
    }

    static func isBoundary(_ character: Character) -> Bool {
        isSeparator(character) || character == "(" || character == ")" || character == "." || character == ":"
    }
}

extension WorkTask {
    /// The ids of the bodies the task's Responsible-body cell names, resolved
    /// against a registry (the cell as written stays in `bodies`).
    public func resolvedBodies(_ resolver: BodyResolver) -> [String] {
        bodies.map { resolver.resolve($0.text).bodyIDs } ?? []
    }
}

extension Indicator {
    /// The ids of the bodies named for this indicator alone.
    public func resolvedBodies(_ resolver: BodyResolver) -> [String] {
        bodies.map { resolver.resolve($0.text).bodyIDs } ?? []
    }
}
