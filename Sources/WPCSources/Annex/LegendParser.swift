import Foundation
import WPCModel

/// Reads the legend of strategic-plan codes and the task types out of the
/// footnotes that define them, e.g.
/// "Strategic Objectives (SOs): **SO1** – Facilitation; **SO2** – …" and
/// "1. **M** for 'Maintenance' which refers mainly to …".
enum LegendParser {
    /// The legend from the first footnote that defines at least three codes.
    static func legend(from footnotes: [Footnote]) -> Legend {
        for footnote in footnotes {
            let legend = parseLegend(footnote.text.text)
            if legend.entries.count >= 3 { return legend }
        }
        return Legend()
    }

    /// Parses one legend text; segments are separated by semicolons.
    static func parseLegend(_ text: String) -> Legend {
        var groups: [LegendGroup] = []
        var entries: [LegendEntry] = []
        for rawSegment in text.split(separator: ";") {
            var segment = plain(rawSegment).trimmingCharacters(in: .whitespaces)
            if let header = groupHeader(segment) {
                if header.isPlural {
                    groups.append(LegendGroup(prefix: header.code, name: header.name))
                    segment = header.rest
                } else {
                    // A group of one code, like "Strategic Goal (SG): Provide leadership…".
                    groups.append(LegendGroup(prefix: header.code, name: header.name))
                    entries.append(LegendEntry(code: header.code, group: header.code, text: trimEnd(header.rest)))
                    continue
                }
            }
            if let entry = codeEntry(segment) {
                let group = groups.last { entry.code.hasPrefix($0.prefix) }?.prefix ?? String(entry.code.prefix { $0.isLetter })
                entries.append(LegendEntry(code: entry.code, group: group, text: trimEnd(entry.text)))
            }
        }
        return Legend(groups: groups, entries: entries)
    }

    /// The task types defined by any footnote ("**M** for 'Maintenance' which …").
    static func taskTypes(from footnotes: [Footnote]) -> [TaskType] {
        for footnote in footnotes {
            let types = parseTaskTypes(footnote.text.text)
            if !types.isEmpty { return types }
        }
        return []
    }

    static func parseTaskTypes(_ text: String) -> [TaskType] {
        let pattern = #"\*\*([A-Za-z]{1,3})\*\*\s+for\s+['‘’"“]([^'’"”]+)['’"”]\s*"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        var types: [TaskType] = []
        for (index, match) in matches.enumerated() {
            let end = index + 1 < matches.count ? matches[index + 1].range.location : ns.length
            let tailStart = match.range.location + match.range.length
            var tail = ns.substring(with: NSRange(location: tailStart, length: end - tailStart))
            // Drop the numbering of the next item ("; and 2.") and a leading "which".
            if let range = tail.range(of: #"[;,]?\s*(and\s+)?\d+\.\s*$"#, options: .regularExpression) {
                tail.removeSubrange(range)
            }
            if tail.hasPrefix("which ") { tail.removeFirst("which ".count) }
            types.append(TaskType(
                code: ns.substring(with: match.range(at: 1)),
                name: ns.substring(with: match.range(at: 2)),
                text: trimEnd(tail)
            ))
        }
        return types
    }

    private struct GroupHeader {
        var name: String
        var code: String
        var isPlural: Bool
        var rest: String
    }

    /// "Strategic Objectives (SOs): rest" or "Strategic Goal (SG): rest".
    private static func groupHeader(_ segment: String) -> GroupHeader? {
        guard let open = segment.firstIndex(of: "("), let close = segment[open...].firstIndex(of: ")"),
              segment[segment.index(after: close)...].hasPrefix(":") else { return nil }
        let name = segment[..<open].trimmingCharacters(in: .whitespaces)
        var code = String(segment[segment.index(after: open)..<close])
        guard !name.isEmpty, code.count >= 2, code.count <= 5, code.allSatisfy({ $0.isLetter }) else { return nil }
        let isPlural = code.hasSuffix("s") && code.dropLast().allSatisfy(\.isUppercase)
        if isPlural { code.removeLast() }
        guard code.allSatisfy(\.isUppercase) else { return nil }
        let rest = segment[segment.index(close, offsetBy: 2)...].trimmingCharacters(in: .whitespaces)
        return GroupHeader(name: name, code: code, isPlural: isPlural, rest: rest)
    }

    /// "SO1 – Facilitation".
    private static func codeEntry(_ segment: String) -> (code: String, text: String)? {
        let parts = segment.split(maxSplits: 1, whereSeparator: { $0 == "–" || $0 == "—" })
        guard parts.count == 2 else { return nil }
        let code = parts[0].trimmingCharacters(in: .whitespaces)
        guard code.count >= 2, code.count <= 6, code.first?.isUppercase == true,
              code.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return nil }
        return (code, parts[1].trimmingCharacters(in: .whitespaces))
    }

    private static func plain(_ text: Substring) -> String { text.replacingOccurrences(of: "**", with: "") }

    private static func trimEnd(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespaces)
        while result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
