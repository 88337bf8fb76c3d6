import Foundation
import WPCModel
import WPCViews

/// A diff of two drafts ready to report: the programmes, how their items
/// align, and the changeset. Renders as a terminal summary, Markdown, JSON or
/// HTML (the last through the templates of `Templates/diff/`); every fixed
/// word comes from the labels files, through `DiffWording`.
public struct DiffReport: Sendable {
    public var old: Programme
    public var new: Programme
    /// The files as the user named them, for headings.
    public var oldFile: String
    public var newFile: String
    public var options: DiffOptions
    public var alignment: Alignment
    public var changeset: Changeset
    /// Where each change of `changeset.changes` stands in the alignment.
    public var sites: [ChangeSite]
    /// Where each renumbering of `changeset.renumbered` stands.
    public var renumberingSites: [ChangeSite]
    /// The report's words, in the language of the labels it was made with.
    public let wording: DiffWording

    /// Diffs `old` against `new` with `options`; the report speaks in the
    /// words of `labels` (`diff.*`, and the column headings).
    public init(old: Programme, new: Programme, oldFile: String, newFile: String, options: DiffOptions = DiffOptions(),
                labels: Labels) {
        self.old = old
        self.new = new
        self.oldFile = oldFile
        self.newFile = newFile
        self.options = options
        wording = DiffWording(labels)
        let differ = Differ(options: options)
        alignment = differ.align(old, new)
        let sited = differ.sitedChangeset(old, new, alignment: alignment)
        changeset = sited.changeset
        sites = sited.changeSites
        renumberingSites = sited.renumberingSites
    }

    /// The labels the report speaks in.
    public var labels: Labels { wording.labels }

    /// The language of the report's own words.
    public var language: Language { wording.language }

    /// The changeset as JSON (schema: `Templates/diff/changeset.schema.json`),
    /// naming what was ignored when anything was.
    public func json() -> String { changeset.jsonText(ignored: options.ignoredInOrder) }

    /// The changeset as JSON, as `json()` gives it, made straight into the bytes of a file.
    public func jsonData() -> Data { changeset.jsonData(ignored: options.ignoredInOrder) }

    /// The summary in words, as pieces (links to the HTML report's rows).
    public var summary: [SummaryPiece] { DiffSummary(report: self).pieces }

    /// The summary in words, as plain text.
    public var summarySentence: String { SummaryPiece.text(of: summary) }

    /// "Ignored: case, punctuation." or nil when nothing was ignored.
    public var ignoredSentence: String? {
        let ignored = options.ignoredInOrder
        guard !ignored.isEmpty else { return nil }
        let names = ignored.map { what -> String in
            switch what {
            case .progress: wording.text(.ignoredProgress)
            case .whitespace: wording.text(.ignoredWhitespace)
            case .case: wording.text(.ignoredCase)
            case .punctuation: wording.text(.ignoredPunctuation)
            }
        }
        return wording.text(.ignoredLead, names.joined(separator: wording.text(.listSeparator)))
    }

    /// "No changes between OLD and NEW." — the whole report when the drafts are the same.
    public var sameSentence: String { wording.text(.noChanges, oldFile, newFile) }

    /// "15.3" or "15.3 → 16.3": where a change stands in each draft ("document" for its title, date or introduction).
    public func place(_ change: Change) -> String {
        switch (change.old, change.new) {
        case (let o?, let n?): o == n ? "\(o)" : "\(o) → \(n)"
        case (let o?, nil): "\(o)"
        case (nil, let n?): "\(n)"
        case (nil, nil): wording.text(.documentPlace)
        }
    }

    /// Where change `index` stands, for a list of changes: "1.2"; "15.3 → 17.3"
    /// for a move; "12.1, indicator 2"; the new draft's numbers when the item
    /// is in both (renumbering is said once, in the summary).
    func linePlace(_ index: Int) -> String {
        let change = changeset.changes[index], site = sites[index]
        if change.kind == .taskMoved, let o = site.oldTask, let n = site.newTask { return "\(taskLabel(old, o)) → \(taskLabel(new, n))" }
        let task = site.newTask.map { taskLabel(new, $0) } ?? site.oldTask.map { taskLabel(old, $0) }
        if let task {
            guard let indicator = change.new?.indicator ?? change.old?.indicator else { return task }
            return wording.text(.indicatorPlace, task, String(indicator))
        }
        if let n = site.newTopic { return String(new.topicNumber(at: n)) }
        if let o = site.oldTopic { return String(old.topicNumber(at: o)) }
        return place(change)
    }

    /// "11. Green Customs": a topic's number as written and its title, the title cut short.
    func topicLabel(_ programme: Programme, _ index: Int) -> String {
        let topic = programme.topics[index]
        let number = UTF8Text.trimming(topic.numberAsWritten.text)
        let title = DiffReport.shorten(topic.title.text, to: 60)
        return number.isEmpty ? title : number + " " + title
    }

    /// "12.3": a task's number in its draft (its topic's number, its place in the topic).
    func taskLabel(_ programme: Programme, _ index: Alignment.TaskIndex) -> String {
        programme.taskNumber(topic: index.topic, task: index.task).description
    }

    /// The label of a change's kind and field for a list of changes ("task reworded").
    func label(_ change: Change) -> String {
        let category = SummaryCategory(change)
        guard let phrase = category.phrase else {
            return wording.text(category == .title ? .titleChanged : category == .date ? .dateChanged : .introductionChanged)
        }
        return wording.uncounted(phrase.one)
    }

    /// A field's name for people.
    func fieldName(_ field: ChangeField) -> String {
        switch field {
        case .title: wording.text(.fieldTitle)
        case .text: wording.text(.fieldText)
        case .plan: wording.text(.fieldPlan)
        case .type: wording.text(.fieldType)
        case .bodies: wording.text(.fieldBodies)
        case .timeline: wording.text(.fieldTimeline)
        case .progress: wording.text(.fieldProgress)
        case .date: wording.text(.fieldDate)
        }
    }
}
