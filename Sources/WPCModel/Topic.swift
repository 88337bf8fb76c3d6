/// A numbered topic of the annex table ("1. Economic Competitiveness Package")
/// and its tasks.
public struct Topic: Codable, Sendable, Hashable {
    /// The number as written in the No cell ("1." or "22"); empty when the
    /// source had a task row with no topic above it.
    public var numberAsWritten: WrittenText
    /// The topic's title as written.
    public var title: WrittenText
    /// The tasks under this topic, in document order.
    public var tasks: [WorkTask]
    /// In an extract, where the topic and its tasks stood in the whole
    /// programme, so that the extract keeps the programme's numbers; nil in
    /// a programme as read. Readers and writers of source formats ignore it.
    public var originalPlace: OriginalPlace?

    public init(numberAsWritten: WrittenText, title: WrittenText, tasks: [WorkTask] = [], originalPlace: OriginalPlace? = nil) {
        self.numberAsWritten = numberAsWritten
        self.title = title
        self.tasks = tasks
        self.originalPlace = originalPlace
    }

    /// The number as an integer ("22." → 22), or nil when none is written.
    public var number: Int? {
        let digits = UTF8Text.trimming(numberAsWritten.text)
        let trimmed = digits.hasSuffix(".") ? String(digits.dropLast()) : digits
        return Int(trimmed)
    }
}
