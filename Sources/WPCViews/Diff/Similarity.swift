/// The words two texts are compared on when aligning drafts: distinct,
/// lower-cased runs of letters and digits, without common function words
/// (kept when a text has nothing else).
enum SimilarityTokens {
    static let functionWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    ]

    /// The distinct words of `text`, sorted.
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        // Scalars with an ASCII fast path: this runs on every cell of both drafts.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    current.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    current.append(Unicode.Scalar(value + 0x20) ?? scalar)
                } else if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        let content = words.filter { !functionWords.contains($0) }
        return Array(Set(content.isEmpty ? words : content)).sorted()
    }

    /// The Jaccard index of two sorted, distinct word lists: shared / all.
    static func jaccard(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}

/// How texts are compared for equality: exactly, or with white space folded
/// under `--ignore whitespace`. A missing cell and a blank one are the same.
struct TextComparer {
    var foldsWhitespace: Bool

    /// The text as compared, nil for a missing or blank cell.
    func key(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        guard foldsWhitespace else { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether two cells say the same.
    func same(_ a: String?, _ b: String?) -> Bool { key(a) == key(b) }
}
