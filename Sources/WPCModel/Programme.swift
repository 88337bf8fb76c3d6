/// A committee work programme: the annex table of numbered topics with its
/// title block, introduction, legend of strategic-plan codes, task types and
/// footnotes. This is the one model every reader fills and every writer,
/// check and view reads.
public struct Programme: Codable, Sendable, Hashable {
    /// The document's title, e.g. "Draft PTC Work Programme 2019-2022".
    public var title: WrittenText
    /// The date line under the title, e.g. "September 2019".
    public var date: WrittenText?
    /// The document reference, e.g. "Annex II to doc. PC0571Ea".
    public var document: WrittenText?
    /// The committee that owns the programme, e.g. "PTC".
    public var committee: String?
    /// The years the programme covers, e.g. 2019–2022.
    public var period: Period?
    /// The prose before the table, block by block.
    public var introduction: [IntroBlock]
    /// The strategic-plan codes the document defines (from its footnotes).
    public var legend: Legend
    /// The task types the document defines (M, A, …).
    public var taskTypes: [TaskType]
    /// Every footnote, in document order, as written.
    public var footnotes: [Footnote]
    /// The distinct variants of the column-header row, with the footnote marks
    /// each carries, in order of first appearance.
    public var headings: [HeadingRow]
    /// The topics of the annex table, in document order.
    public var topics: [Topic]
    /// Text found between or after the table's pages that is neither a
    /// footnote nor a running header; kept so nothing is lost.
    public var remarks: [WrittenText]
    /// The language the programme is written in, as its source declares it
    /// (the XML's `xml:lang`, e.g. "fr"); nil when it does not say.
    public var language: String?

    public init(
        title: WrittenText, date: WrittenText? = nil, document: WrittenText? = nil,
        committee: String? = nil, period: Period? = nil, introduction: [IntroBlock] = [],
        legend: Legend = Legend(), taskTypes: [TaskType] = [], footnotes: [Footnote] = [],
        headings: [HeadingRow] = [], topics: [Topic] = [], remarks: [WrittenText] = [], language: String? = nil
    ) {
        self.title = title
        self.date = date
        self.document = document
        self.committee = committee
        self.period = period
        self.introduction = introduction
        self.legend = legend
        self.taskTypes = taskTypes
        self.footnotes = footnotes
        self.headings = headings
        self.topics = topics
        self.remarks = remarks
        self.language = language
    }

    /// Every task with its topic, in document order.
    public var allTasks: [(topic: Topic, task: WorkTask)] {
        topics.flatMap { topic in topic.tasks.map { (topic, $0) } }
    }
}

/// The years a programme covers, inclusive.
public struct Period: Codable, Sendable, Hashable, CustomStringConvertible {
    public var firstYear: Int
    public var lastYear: Int

    public init(firstYear: Int, lastYear: Int) {
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// Whether `year` falls inside the period (never, when the period runs backwards).
    public func contains(_ year: Int) -> Bool { firstYear <= year && year <= lastYear }

    public var description: String { "\(firstYear)-\(lastYear)" }

    /// The first "YYYY-YYYY" (or "YYYY–YYYY") range in `text`, if any.
    public static func find(in text: String) -> Period? {
        UTF8Text.withBytes(of: text) { bytes in
            let count = bytes.count
            var index = 0
            while index + 9 <= count {
                if let first = fourDigits(bytes, at: index) {
                    var dashEnd = index + 4
                    if bytes[dashEnd] == UInt8(ascii: "-") {
                        dashEnd += 1
                    } else if dashEnd + 3 <= count, bytes[dashEnd] == 0xE2, bytes[dashEnd + 1] == 0x80, bytes[dashEnd + 2] == 0x93 {
                        dashEnd += 3
                    } else {
                        dashEnd = -1
                    }
                    if dashEnd > 0, let last = fourDigits(bytes, at: dashEnd), first <= last, first > 1900 {
                        return Period(firstYear: first, lastYear: last)
                    }
                }
                index += 1
            }
            return nil
        }
    }

    /// The number written by the four ASCII digits at `index`, if they are digits.
    private static func fourDigits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 4 <= bytes.count else { return nil }
        var value = 0
        for offset in index..<index + 4 {
            let byte = bytes[offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

/// One block of the introduction: a heading, a paragraph, or a separator
/// ornament such as "* * *".
public struct IntroBlock: Codable, Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case heading, paragraph, separator
    }

    public var kind: Kind
    public var text: WrittenText

    public init(kind: Kind, text: WrittenText) {
        self.kind = kind
        self.text = text
    }
}
