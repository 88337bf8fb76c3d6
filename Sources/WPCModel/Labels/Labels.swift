/// The fixed words of every output in one language: column headings,
/// "Page N of M", contents and legend headings, extract and index titles.
/// Made from the labels files (`LabelsFile`); a key no file gave reads as
/// its own name, so a missing label shows rather than vanishes.
public struct Labels: Sendable, Hashable {
    /// The language the texts are in.
    public let language: Language
    private let texts: [String: String]

    /// Labels in `language` with `texts` by key name.
    public init(language: Language, texts: [String: String]) {
        self.language = language
        self.texts = texts
    }

    /// The text of `key`, placeholders as written.
    public subscript(key: LabelKey) -> String { texts[key.name] ?? key.name }

    /// The text of `key` with each `{name}` replaced by `values[name]`; a
    /// placeholder with no value is kept as written.
    public func text(_ key: LabelKey, _ values: [String: String]) -> String {
        Labels.fill(self[key], values)
    }

    /// The text of the key called `name`, if the labels have one.
    public func text(named name: String) -> String? { texts[name] }

    /// The heading of `column`.
    public func heading(of column: Column) -> String { self[column.labelKey] }

    /// `template` with each `{name}` whose name is in `values` replaced.
    /// Scans bytes once; braces around other words stay as they are.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest.index(after: open)
            if let close = rest[after...].firstIndex(of: "}"), let value = values[String(rest[after..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[after...]
            }
        }
        return result + rest
    }
}

extension Column {
    /// The label of the column's heading.
    public var labelKey: LabelKey {
        switch self {
        case .number: .columnNumber
        case .topic: .columnTopic
        case .task: .columnTask
        case .plan: .columnPlan
        case .type: .columnType
        case .bodies: .columnBodies
        case .indicator: .columnIndicator
        case .timeline: .columnTimeline
        case .progress: .columnProgress
        }
    }
}
