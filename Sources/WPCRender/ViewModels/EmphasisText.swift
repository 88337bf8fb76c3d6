import Foundation

/// A run of text, emphasised or not: footnotes and legends mark emphasis
/// as `**SG**`, which the HTML templates draw as `<strong>`.
public struct TextSegment: Sendable, Hashable {
    public var text: String
    public var strong: Bool
}

/// Splits `**…**` emphasis out of text as written.
public enum EmphasisText {
    /// The segments of `text`; an unpaired `**` stays as written.
    public static func segments(_ text: String) -> [TextSegment] {
        let parts = text.components(separatedBy: "**")
        guard parts.count >= 3 else { return text.isEmpty ? [] : [TextSegment(text: text, strong: false)] }
        var segments: [TextSegment] = []
        for (index, part) in parts.enumerated() {
            let isLastUnpaired = index == parts.count - 1 && parts.count % 2 == 0
            if isLastUnpaired {
                segments.append(TextSegment(text: "**" + part, strong: false))
            } else if !part.isEmpty {
                segments.append(TextSegment(text: part, strong: index % 2 == 1))
            }
        }
        return segments
    }
}
