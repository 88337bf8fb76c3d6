import WPCModel

/// The dashboard's fixed strings in the language of its labels (see
/// `DashboardLabel`; the texts come from the labels files), with the helpers
/// that fill their placeholders and write numbers.
struct DashboardWords: Sendable {
    private let texts: [DashboardLabel: String]

    init(_ labels: Labels) {
        var texts: [DashboardLabel: String] = [:]
        for label in DashboardLabel.allCases { texts[label] = labels[label.key] }
        self.texts = texts
    }

    /// The text of `label`, placeholders unfilled.
    subscript(_ label: DashboardLabel) -> String { texts[label] ?? label.key.name }

    /// `label` with its placeholders filled; a placeholder given no value stays as written.
    func fill(_ label: DashboardLabel, n: Int? = nil, k: Int? = nil, what: String? = nil, code: String? = nil,
              lane: String? = nil, year: Int? = nil, id: String? = nil) -> String {
        let template = self[label]
        var result = ""
        result.reserveCapacity(template.utf8.count + 16)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            let value: String?
            switch name {
            case "n": value = n.map(number)
            case "k": value = k.map(number)
            case "what": value = what
            case "code": value = code
            case "lane": value = lane
            case "year": value = year.map(String.init)
            case "id": value = id
            default: value = nil
            }
            result += value ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// `value` with its thousands grouped ("12,345"; in French with a narrow no-break space).
    func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.utf8.count > 3 else { return value < 0 ? "-" + digits : digits }
        let separator = self[.thousandsSeparator]
        var result = value < 0 ? "-" : ""
        let count = digits.utf8.count
        for (index, digit) in digits.utf8.enumerated() {
            if index > 0, (count - index) % 3 == 0 { result += separator }
            result.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return result
    }

    /// "1 task" or "12 tasks".
    func tasks(_ count: Int) -> String { counted(count, .taskOne, .taskMany) }
    /// "1 milestone" or "12 milestones".
    func milestones(_ count: Int) -> String { counted(count, .milestoneOne, .milestoneMany) }
    /// "1 indicator" or "12 indicators".
    func indicators(_ count: Int) -> String { counted(count, .indicatorOne, .indicatorMany) }
    /// "1 finding" or "12 findings".
    func findings(_ count: Int) -> String { counted(count, .findingOne, .findingMany) }

    private func counted(_ count: Int, _ one: DashboardLabel, _ many: DashboardLabel) -> String {
        count == 1 ? self[one] : fill(many, n: count)
    }

    /// The words of a list-valued label ("Jan Feb …"), split on spaces.
    func list(_ label: DashboardLabel) -> [String] {
        self[label].split(separator: " ").map(String.init)
    }

    /// `items` joined with the list separator, the first `limit` only, then "… and N more".
    func joined(_ items: [String], limit: Int = .max) -> String {
        let shown = items.prefix(limit).joined(separator: self[.listSeparator])
        return items.count > limit ? shown + " " + fill(.moreEntries, n: items.count - limit) : shown
    }
}
