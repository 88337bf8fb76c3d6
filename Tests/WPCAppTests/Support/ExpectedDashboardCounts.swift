import Foundation

/// What the dashboard should count, computed here from `wpc render --format
/// json` alone (its plan lists, types, `bodyIds` and parsed milestones),
/// with none of the dashboard's code: the figures its titles must show.
struct ExpectedDashboardCounts {
    /// A lane of the charts: the topics it stands for, by position, and its name ("Topic 5", "Topics 1–20").
    struct Lane {
        var name: String
        var topics: [Int]
    }

    let json: [String: Any]
    private let topics: [[String: Any]]

    init(json data: Data) throws {
        json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        topics = json["topics"] as? [[String: Any]] ?? []
    }

    var topicCount: Int { topics.count }

    /// The number a topic goes by: its number, else its position.
    func number(ofTopic index: Int) -> Int { topics[index]["number"] as? Int ?? index + 1 }

    /// The lanes named in the titles: "Topic 5", or "Topics 1–20" standing for every topic numbered 1 to 20.
    func lanes(named names: Set<String>) throws -> [Lane] {
        let range = try NSRegularExpression(pattern: #"^Topics? ([0-9,]+)(?:–([0-9,]+))?$"#)
        return try names.sorted().map { name in
            let text = name as NSString
            let match = try XCTUnwrap(range.firstMatch(in: name, range: NSRange(location: 0, length: text.length)), "lane \(name)")
            let first = Int(text.substring(with: match.range(at: 1)).replacingOccurrences(of: ",", with: "")) ?? -1
            let last = match.range(at: 2).location == NSNotFound ? first
                : Int(text.substring(with: match.range(at: 2)).replacingOccurrences(of: ",", with: "")) ?? -1
            return Lane(name: name, topics: (0..<topicCount).filter { (first...last).contains(number(ofTopic: $0)) })
        }
    }

    private func tasks(of topic: Int) -> [[String: Any]] { topics[topic]["tasks"] as? [[String: Any]] ?? [] }

    private func indicators(of task: [String: Any]) -> [[String: Any]] { task["indicators"] as? [[String: Any]] ?? [] }

    /// The legend's codes.
    var codes: [String] { (json["legend"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }

    /// "lane|code" → tasks of the lane whose plan lists the code (once per task), zero counts left out;
    /// "lane|No code" → tasks with no code at all; "All topics|code" for the whole programme (zeros kept).
    func coverage(_ lanes: [Lane]) -> [String: Int] {
        var result: [String: Int] = [:]
        let legend = Set(codes)
        for lane in lanes + [Lane(name: "All topics", topics: Array(0..<topicCount))] {
            var counts: [String: Int] = [:]
            var withoutCode = 0
            for topic in lane.topics {
                for task in tasks(of: topic) {
                    let plan = task["plan"] as? [String] ?? []
                    if plan.isEmpty { withoutCode += 1 }
                    for code in Set(plan) where legend.contains(code) { counts[code, default: 0] += 1 }
                }
            }
            for code in codes where counts[code, default: 0] > 0 || lane.name == "All topics" {
                result["\(lane.name)|\(code)"] = counts[code, default: 0]
            }
            if withoutCode > 0 || lane.name == "All topics" { result["\(lane.name)|No code"] = withoutCode }
        }
        return result
    }

    /// "lane" → the lane's tasks.
    func tasksPerLane(_ lanes: [Lane]) -> [String: Int] {
        var result: [String: Int] = [:]
        for lane in lanes + [Lane(name: "All topics", topics: Array(0..<topicCount))] {
            result[lane.name] = lane.topics.reduce(0) { $0 + tasks(of: $1).count }
        }
        return result
    }

    /// The quarter a milestone falls in: a month's, or for a season the quarter holding most of it.
    private static func quarter(_ milestone: [String: Any]) -> Int? {
        if let month = milestone["month"] as? Int { return (month - 1) / 3 + 1 }
        switch milestone["season"] as? String {
        case "winter": return 1
        case "spring": return 2
        case "summer": return 3
        case "autumn": return 4
        default: return nil
        }
    }

    /// Milestones per lane: "lane|2020|2" → month and season milestones in 2020 Q2; "lane|2021|year" → years given alone;
    /// "lane|Ongoing" → indicators that say Ongoing (once each; likewise Periodically, Annually). Zeros left out.
    func schedule(_ lanes: [Lane]) -> [String: Int] {
        let period = json["period"] as? [String: Int] ?? [:]
        let years = (period["first"] ?? 0)...(period["last"] ?? -1)
        var result: [String: Int] = [:]
        for lane in lanes + [Lane(name: "All topics", topics: Array(0..<topicCount))] {
            for topic in lane.topics {
                for task in tasks(of: topic) {
                    for indicator in indicators(of: task) {
                        var recurring = Set<String>()
                        for milestone in indicator["milestones"] as? [[String: Any]] ?? [] {
                            switch milestone["kind"] as? String {
                            case "month", "season":
                                guard let year = milestone["year"] as? Int, years.contains(year), let quarter = Self.quarter(milestone) else { continue }
                                result["\(lane.name)|\(year)|\(quarter)", default: 0] += 1
                            case "year":
                                guard let year = milestone["year"] as? Int, years.contains(year) else { continue }
                                result["\(lane.name)|\(year)|year", default: 0] += 1
                            case "ongoing": recurring.insert("Ongoing")
                            case "periodically": recurring.insert("Periodically")
                            case "annually": recurring.insert("Annually")
                            default: continue
                            }
                        }
                        for name in recurring { result["\(lane.name)|\(name)", default: 0] += 1 }
                    }
                }
            }
        }
        return result
    }

    /// The bodies a task names: its own `bodyIds` and its indicators'.
    private func bodies(of task: [String: Any]) -> Set<String> {
        var ids = Set(task["bodyIds"] as? [String] ?? [])
        for indicator in indicators(of: task) { ids.formUnion(indicator["bodyIds"] as? [String] ?? []) }
        return ids
    }

    /// The type a task is counted under: the defined type whose code (exactly) or name (in any case) its cell holds.
    private func type(of task: [String: Any]) -> String {
        let written = (task["type"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if written.isEmpty { return "No type" }
        for type in json["taskTypes"] as? [[String: Any]] ?? [] {
            let code = type["code"] as? String ?? "", name = type["name"] as? String ?? ""
            if written == code || written.lowercased() == name.lowercased() { return code }
        }
        return "Other type"
    }

    /// "body|type" → the body's tasks of that type, and "body" → all its tasks; tasks naming no body under "No body named".
    func workload() -> [String: Int] {
        var result: [String: Int] = [:]
        for topic in 0..<topicCount {
            for task in tasks(of: topic) {
                let ids = bodies(of: task)
                for body in ids.isEmpty ? ["No body named"] : Array(ids) {
                    result["\(body)|\(type(of: task))", default: 0] += 1
                    result[body, default: 0] += 1
                }
            }
        }
        return result
    }

    /// How many tasks have no plan code, no body, no indicator.
    func gaps() -> [String: Int] {
        var result = ["Tasks with no plan code": 0, "Tasks with no responsible body": 0, "Tasks with no performance indicator": 0]
        for topic in 0..<topicCount {
            for task in tasks(of: topic) {
                if (task["plan"] as? [String] ?? []).isEmpty { result["Tasks with no plan code", default: 0] += 1 }
                if bodies(of: task).isEmpty { result["Tasks with no responsible body", default: 0] += 1 }
                if indicators(of: task).isEmpty { result["Tasks with no performance indicator", default: 0] += 1 }
            }
        }
        return result
    }
}

import XCTest
