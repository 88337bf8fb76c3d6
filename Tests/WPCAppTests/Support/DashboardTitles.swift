import Foundation

/// The `<title>`s of a dashboard page, chart by chart: what a screen reader
/// reads and what a tooltip shows. Read from the HTML as text, with no wpc
/// code: each `<svg class="chart NAME">` element's titles, first lines only
/// (further lines list the tasks a mark stands for).
struct DashboardTitles {
    /// Chart name ("coverage", "schedule", "workload", "findings", "gaps", "progress") → its titles, in order.
    private(set) var byChart: [String: [String]] = [:]
    /// How many `<svg>` blocks each chart was cut into.
    private(set) var blocks: [String: Int] = [:]

    init(html: String) throws {
        let svg = try NSRegularExpression(pattern: #"<svg [^>]*class="chart ([a-z]+)"[^>]*>(.*?)</svg>"#, options: [.dotMatchesLineSeparators])
        let title = try NSRegularExpression(pattern: #"<title>(.*?)</title>"#, options: [.dotMatchesLineSeparators])
        let text = html as NSString
        for match in svg.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            let chart = text.substring(with: match.range(at: 1))
            let body = text.substring(with: match.range(at: 2)) as NSString
            blocks[chart, default: 0] += 1
            for found in title.matches(in: body as String, range: NSRange(location: 0, length: body.length)) {
                let whole = DashboardTitles.unescape(body.substring(with: found.range(at: 1)))
                byChart[chart, default: []].append(String(whole.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""))
            }
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The titles of `chart` that match `pattern` (anchored), as their capture groups.
    func matches(_ chart: String, _ pattern: String) throws -> [[String]] {
        let expression = try NSRegularExpression(pattern: "^" + pattern + "$")
        return (byChart[chart] ?? []).compactMap { title in
            let text = title as NSString
            guard let match = expression.firstMatch(in: title, range: NSRange(location: 0, length: text.length)) else { return nil }
            return (1..<match.numberOfRanges).map { text.substring(with: match.range(at: $0)) }
        }
    }

    /// `key → count` from titles of `chart` whose last group is a count ("1,234"), keyed by the other groups joined with "|".
    /// Fails on a key seen twice: every mark stands for one value.
    func counts(_ chart: String, _ pattern: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for groups in try matches(chart, pattern) {
            let key = groups.dropLast().joined(separator: "|")
            let count = Int(groups.last?.replacingOccurrences(of: ",", with: "") ?? "") ?? -1
            if result[key] != nil { XCTFail("\(chart): two titles for \(key)", file: file, line: line) }
            result[key] = count
        }
        return result
    }
}

import XCTest
