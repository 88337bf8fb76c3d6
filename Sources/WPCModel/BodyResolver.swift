import Foundation

/// Splits a Responsible-body cell ("PTC IMSC Data Model Project Team (DMPT)")
/// into the registry's bodies, longest spelling first, and reports the text
/// that matches no body. It scans the cell's UTF-8 bytes once; at each word
/// it tries only the spellings that start with that word's first byte.
public struct BodyResolver: Sendable {
    /// A body found in the cell.
    public struct Match: Sendable, Hashable {
        public var bodyID: String
        /// The words as written in the cell.
        public var written: String
        /// Byte offset in the cell's text.
        public var offset: Int
    }

    /// Text that matches no body.
    public struct Leftover: Sendable, Hashable {
        public var text: String
        /// Byte offset in the cell's text.
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

    private struct Spelling: Sendable {
        var bodyID: String
        /// Lower-cased, white space folded to single spaces.
        var bytes: [UInt8]
    }

    /// Every spelling, longest first.
    private let spellings: [Spelling]
    /// For each first byte, the spellings that start with it, longest first.
    private let byFirstByte: [[Int]]
    /// Each body's spellings, folded, for the "(ABBR)" after a name.
    private let ids: [String: Set<[UInt8]>]
    /// The longest spelling, in bytes: an abbreviation in brackets is never longer.
    private let longest: Int

    /// A resolver over `registry`'s spellings.
    public init(registry: BodyRegistry) {
        var found: [(Spelling, Int)] = []
        var ids: [String: Set<[UInt8]>] = [:]
        for body in registry.bodies {
            for spelling in body.spellings {
                let folded = Array(BodyRegistry.normalise(spelling).utf8)
                guard !folded.isEmpty else { continue }
                found.append((Spelling(bodyID: body.id, bytes: folded), found.count))
                ids[body.id, default: []].insert(folded)
            }
        }
        let sorted = found.sorted { $0.0.bytes.count != $1.0.bytes.count ? $0.0.bytes.count > $1.0.bytes.count : $0.1 < $1.1 }.map(\.0)
        var byFirstByte = [[Int]](repeating: [], count: 256)
        for (index, spelling) in sorted.enumerated() { byFirstByte[Int(spelling.bytes[0])].append(index) }
        self.spellings = sorted
        self.byFirstByte = byFirstByte
        self.ids = ids
        self.longest = sorted.first?.bytes.count ?? 0
    }

    /// Resolves a cell's text.
    public func resolve(_ text: String) -> Resolution {
        let lower = text.lowercased()
        // Case folding that changes the length (rare scripts) leaves offsets
        // pointing into the folded text, which is what can be pointed into.
        let original = lower.utf8.count == text.utf8.count ? text : lower
        return UTF8Text.withBytes(of: original) { written in
            UTF8Text.withBytes(of: lower) { folded in resolve(written: written, folded: folded) }
        }
    }

    private func resolve(written: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> Resolution {
        var matches: [Match] = []
        var leftovers: [Leftover] = []
        var index = 0
        var pendingStart: Int?
        let count = folded.count

        func flushLeftover(upTo end: Int) {
            guard let start = pendingStart else { return }
            pendingStart = nil
            var lower = start, upper = end
            while lower < upper, let length = separatorLength(folded, at: lower) { lower += length }
            while upper > lower, let length = separatorLength(folded, endingAt: upper) { upper -= length }
            guard lower < upper else { return }
            let piece = UTF8Text.string(written, lower..<upper)
            if !BodyResolver.connectives.contains(UTF8Text.string(folded, lower..<upper)) {
                leftovers.append(Leftover(text: piece, offset: lower))
            }
        }

        while index < count {
            if pendingStart == nil, let length = separatorLength(folded, at: index) {
                index += length
                continue
            }
            if isWordStart(folded, index), let (spelling, end) = longestMatch(folded, at: index) {
                flushLeftover(upTo: index)
                matches.append(Match(bodyID: spelling.bodyID, written: UTF8Text.string(written, index..<end), offset: index))
                index = consumeAbbreviation(folded, after: end, bodyID: spelling.bodyID)
                continue
            }
            if pendingStart == nil { pendingStart = index }
            // Skip to the next word.
            while index < count, separatorLength(folded, at: index) == nil { index += 1 }
            while index < count, let length = separatorLength(folded, at: index) { index += length }
            if index < count, folded[index] == UInt8(ascii: "(") { index += 1 }
        }
        flushLeftover(upTo: count)
        return Resolution(matches: matches, leftovers: leftovers)
    }

    /// The length of the separator (white space, `,` `;` `/` `&`) at `index`, or nil.
    private func separatorLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch text[index] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "&"): return 1
        default:
            let length = UTF8Text.whitespaceLength(text, at: index)
            return length > 0 ? length : nil
        }
    }

    /// The length of the separator ending just before `end`, or nil.
    private func separatorLength(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        switch text[end - 1] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "&"): return 1
        default:
            let length = UTF8Text.whitespaceLength(text, endingAt: end)
            return length > 0 ? length : nil
        }
    }

    private func isWordStart(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index == 0 || text[index - 1] == UInt8(ascii: "(") || separatorLength(text, endingAt: index) != nil
    }

    private func isBoundary(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch text[index] {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ":"): return true
        default: return separatorLength(text, at: index) != nil
        }
    }

    private func longestMatch(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Spelling, Int)? {
        for candidate in byFirstByte[Int(text[index])] {
            let spelling = spellings[candidate]
            if let end = matchEnd(spelling.bytes, in: text, at: index), end == text.count || isBoundary(text, end) {
                return (spelling, end)
            }
        }
        return nil
    }

    /// Where `pattern` ends when it matches `text` at `index`, white space folded.
    private func matchEnd(_ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var i = index, j = 0
        let count = text.count
        while j < pattern.count {
            guard i < count else { return nil }
            if pattern[j] == 0x20 {
                var length = UTF8Text.whitespaceLength(text, at: i)
                guard length > 0 else { return nil }
                repeat {
                    i += length
                    length = i < count ? UTF8Text.whitespaceLength(text, at: i) : 0
                } while length > 0
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
    private func consumeAbbreviation(_ text: UnsafeBufferPointer<UInt8>, after end: Int, bodyID: String) -> Int {
        var i = end
        while i < text.count {
            let length = UTF8Text.whitespaceLength(text, at: i)
            if length == 0 { break }
            i += length
        }
        guard i < text.count, text[i] == UInt8(ascii: "(") else { return end }
        // An abbreviation is no longer than the longest spelling (plus folded spaces).
        let limit = min(text.count, i + 1 + 2 * longest + 2)
        guard let close = (i + 1..<limit).first(where: { text[$0] == UInt8(ascii: ")") }) else { return end }
        let inner = Array(BodyRegistry.normalise(UTF8Text.string(text, (i + 1)..<close)).utf8)
        return ids[bodyID, default: []].contains(inner) ? close + 1 : end
    }

    static let connectives: Set<String> = ["and", "&", "or"]
}
