/// The name of a fixed label, with the placeholders its text may hold
/// (`{page}` in "Page {page} of {pages}"). Labels files give each key its
/// text in one language; a key a file does not know is an error there.
///
/// Keys are grouped by the outputs that use them. To add a label: declare its
/// key in a group here (or a group of your own, added to `all`), give it a
/// text in every bundled labels file (`Templates/labels/*.labels`), and use
/// it from Swift (`labels[.pageNumbering]`) or from a template
/// (`{{labels.page.numbering}}`: every template family receives every label).
public struct LabelKey: Sendable, Hashable, CustomStringConvertible {
    /// The key as files and templates write it: dotted words ("column.number").
    public let name: String
    /// The placeholders its text may hold, without braces.
    public let placeholders: [String]

    /// A key called `name` whose text may hold `placeholders`.
    public init(_ name: String, placeholders: [String] = []) {
        self.name = name
        self.placeholders = placeholders
    }

    public var description: String { name }

    /// Every key, in the order the bundled files list them.
    public static let all: [LabelKey] = document + columns + pages + front + markdown + extracts + index + diff + dashboard

    /// The key called `name`, if there is one.
    public static func named(_ name: String) -> LabelKey? { byName[name] }

    private static let byName: [String: LabelKey] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}

extension LabelKey {
    /// The language's own tag, for `lang` attributes and document properties ("en", "fr-FR").
    public static let languageTag = LabelKey("language.tag")
    /// The language's name, in itself ("English", "Français").
    public static let languageName = LabelKey("language.name")
    static let document: [LabelKey] = [languageTag, languageName]

    public static let columnNumber = LabelKey("column.number")
    public static let columnTopic = LabelKey("column.topic")
    public static let columnTask = LabelKey("column.task")
    public static let columnPlan = LabelKey("column.plan")
    public static let columnType = LabelKey("column.type")
    public static let columnBodies = LabelKey("column.bodies")
    public static let columnIndicator = LabelKey("column.indicator")
    public static let columnTimeline = LabelKey("column.timeline")
    public static let columnProgress = LabelKey("column.progress")
    static let columns: [LabelKey] = [
        columnNumber, columnTopic, columnTask, columnPlan, columnType, columnBodies, columnIndicator, columnTimeline, columnProgress,
    ]

    /// "Page {page} of {pages}": the foot of every printed page.
    public static let pageNumbering = LabelKey("page.numbering", placeholders: ["page", "pages"])
    /// "{title} (cont.)": a topic carried over from the page before.
    public static let topicContinued = LabelKey("topic.continued", placeholders: ["title"])
    static let pages: [LabelKey] = [pageNumbering, topicContinued]

    public static let frontLegend = LabelKey("front.legend")
    public static let frontTaskTypes = LabelKey("front.task-types")
    public static let frontNotes = LabelKey("front.notes")
    public static let frontContents = LabelKey("front.contents")
    static let front: [LabelKey] = [frontLegend, frontTaskTypes, frontNotes, frontContents]

    /// The Markdown section that holds the topics.
    public static let markdownProgramme = LabelKey("markdown.programme")
    static let markdown: [LabelKey] = [markdownProgramme]

    /// "{title} — {selection}": an extract's title.
    public static let extractTitle = LabelKey("extract.title", placeholders: ["title", "selection"])
    /// "tasks of {bodies}".
    public static let extractBodies = LabelKey("extract.bodies", placeholders: ["bodies"])
    /// "the {name}": one body in that list.
    public static let extractBody = LabelKey("extract.body", placeholders: ["name"])
    /// "plan code {codes}".
    public static let extractCodes = LabelKey("extract.codes", placeholders: ["codes"])
    /// "type {types}".
    public static let extractTypes = LabelKey("extract.types", placeholders: ["types"])
    /// "due {due}", and with `--include-ongoing` "due {due} or ongoing".
    public static let extractDue = LabelKey("extract.due", placeholders: ["due"])
    public static let extractDueOrOngoing = LabelKey("extract.due-or-ongoing", placeholders: ["due"])
    /// "tasks with {selection}": a selection that names no body.
    public static let extractTasksWith = LabelKey("extract.tasks-with", placeholders: ["selection"])
    /// "tasks with no responsible body".
    public static let extractNoBody = LabelKey("extract.no-body")
    /// The word between the last two of several values ("A, B or C").
    public static let extractOr = LabelKey("extract.or")
    static let extracts: [LabelKey] = [
        extractTitle, extractBodies, extractBody, extractCodes, extractTypes, extractDue, extractDueOrOngoing,
        extractTasksWith, extractNoBody, extractOr,
    ]

    /// "{title} — extracts by responsible body".
    public static let indexTitle = LabelKey("index.title", placeholders: ["title"])
    public static let indexExtract = LabelKey("index.extract")
    public static let indexName = LabelKey("index.name")
    public static let indexTasks = LabelKey("index.tasks")
    /// The index's entry for the tasks that name no body.
    public static let indexNoBody = LabelKey("index.no-body")
    static let index: [LabelKey] = [indexTitle, indexExtract, indexName, indexTasks, indexNoBody]
}
