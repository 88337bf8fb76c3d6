/// The strategic-plan codes a document defines in its footnote (SG, SO1…,
/// SP1…, LD1…, ORG1…), grouped as the document groups them.
public struct Legend: Codable, Sendable, Hashable {
    /// The groups in document order ("SO" = "Strategic Objectives").
    public var groups: [LegendGroup]
    /// Every code with its meaning, in document order.
    public var entries: [LegendEntry]

    public init(groups: [LegendGroup] = [], entries: [LegendEntry] = []) {
        self.groups = groups
        self.entries = entries
    }

    /// The entry for `code`, compared exactly.
    public func entry(for code: String) -> LegendEntry? { entries.first { $0.code == code } }

    /// The position of `code` in the legend's order.
    public func position(of code: String) -> Int? { entries.firstIndex { $0.code == code } }

    /// Whether the legend defines nothing.
    public var isEmpty: Bool { entries.isEmpty }
}

/// A group of plan codes: its prefix ("SP") and its name ("Strategic Processes").
public struct LegendGroup: Codable, Sendable, Hashable {
    public var prefix: String
    public var name: String

    public init(prefix: String, name: String) {
        self.prefix = prefix
        self.name = name
    }
}

/// One plan code with its meaning ("SP6" – "Sharing of knowledge and best practices").
public struct LegendEntry: Codable, Sendable, Hashable {
    public var code: String
    /// The prefix of the group it belongs to ("SP").
    public var group: String
    public var text: String

    public init(code: String, group: String, text: String) {
        self.code = code
        self.group = group
        self.text = text
    }
}

/// A task type the document defines: "M" for "Maintenance", with its explanation.
public struct TaskType: Codable, Sendable, Hashable {
    public var code: String
    public var name: String
    public var text: String

    public init(code: String, name: String, text: String) {
        self.code = code
        self.name = name
        self.text = text
    }
}

/// A footnote as written: its mark ("¹") and its text, emphasis markers
/// (`**SG**`) included.
public struct Footnote: Codable, Sendable, Hashable {
    public var mark: String
    public var text: WrittenText

    public init(mark: String, text: WrittenText) {
        self.mark = mark
        self.text = text
    }

    /// The text without markdown-style emphasis markers.
    public var plainText: String { text.text.replacingOccurrences(of: "**", with: "") }
}

/// The columns of the annex table, in their order.
/// Outputs print their headings as labels (`Labels.heading(of:)`), in the
/// output's language.
public enum Column: String, Codable, Sendable, Hashable, CaseIterable {
    case number, topic, task, plan, type, bodies, indicator, timeline, progress

    /// The heading the annex text (the Word export, a source format) gives
    /// this column, in English as that format has it: what the annex-text
    /// reader recognises, its messages name and its writer writes.
    public var heading: String {
        switch self {
        case .number: "No"
        case .topic: "Topic"
        case .task: "Tasks"
        case .plan: "WCO Strategic Plan"
        case .type: "Type of task"
        case .bodies: "Responsible body"
        case .indicator: "Performance Indicators"
        case .timeline: "Timeline"
        case .progress: "Progress"
        }
    }
}

/// A footnote mark attached to a column heading.
public struct FootnoteReference: Codable, Sendable, Hashable {
    public var mark: String
    public var column: Column
    public var origin: Origin

    public init(mark: String, column: Column, origin: Origin = .none) {
        self.mark = mark
        self.column = column
        self.origin = origin
    }
}

/// One variant of the column-header row: which footnote marks its headings carry.
public struct HeadingRow: Codable, Sendable, Hashable {
    public var marks: [FootnoteReference]

    public init(marks: [FootnoteReference]) { self.marks = marks }

    /// The marks on `column`'s heading.
    public func marks(on column: Column) -> [String] { marks.filter { $0.column == column }.map(\.mark) }
}
