import CLibXML2
import WPCModel

/// Builds a `Programme` from the events of a streaming parse of wpc's XML.
/// Each element's text is made into a string once, when the element ends,
/// with the point where its content starts in the source (just past the
/// start tag, whose end the parser reports).
///
/// The schema fixes the structure; the builder still refuses what it does
/// not expect rather than trusting that blindly, and keeps the first such
/// problem for the reader to report.
final class XMLProgrammeBuilder: XMLEventSink {
    /// The state, a value: each event is one access to it.
    private var assembly: XMLProgrammeAssembly

    /// A builder over `bytes`, whose lines are `lines`, numbered from `firstLine`.
    init(bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex, firstLine: Int = 1) {
        assembly = XMLProgrammeAssembly(bytes: bytes, lines: lines, firstLine: firstLine)
    }

    /// The programme built so far.
    var programme: Programme { assembly.programme }
    /// The first structure that could not be placed, with where it stands.
    var problem: (message: String, point: SourcePoint)? { assembly.problem }
    /// Whether the root element carried a title.
    var hasTitle: Bool { assembly.hasTitle }

    func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int) {
        assembly.start(name, attributes: attributes, count: count, tagEnd: tagEnd)
    }

    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        assembly.characters(bytes, count: count)
    }

    func end() { assembly.end() }
}

/// The builder's state and logic, kept in a value so that the parser's
/// callbacks pay one access check per event rather than one per field.
struct XMLProgrammeAssembly {
    /// An open element: its name and where its content starts.
    private struct Open {
        var name: XMLElementName
        var point: SourcePoint
        var attributes: [String: String]
    }

    private var names = XMLElementNameCache()
    private let bytes: UnsafeBufferPointer<UInt8>
    private var lines: LineCursor
    private var stack: [Open] = []
    private var text: XMLElementText

    private(set) var programme = Programme(title: "")
    private(set) var sawTitle = false
    private var topic: Topic?
    private var task: WorkTask?
    private var sawTaskText = false
    private var indicator: Indicator?
    private var headingRow: [FootnoteReference]?
    private var timelines = TimelineCache()
    private var topicNumber: WrittenText?
    private var topicTitle: WrittenText?
    /// The first structure the builder could not place, with where it stands.
    private(set) var problem: (message: String, point: SourcePoint)?

    init(bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex, firstLine: Int) {
        self.bytes = bytes
        self.lines = LineCursor(lines, firstLine: firstLine)
        self.text = XMLElementText(source: bytes)
    }

    /// Whether the root element carried a title.
    var hasTitle: Bool { sawTitle }

    // MARK: Events

    mutating func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int) {
        let element = names.name(of: name)
        let content = contentStart(tagEnd: tagEnd)
        let point = content.map { lines.point(at: $0) } ?? SourcePoint(line: 0, byteColumn: 0)
        stack.append(Open(name: element, point: point, attributes: count > 0 ? Self.attributes(attributes, count: count) : [:]))
        text.startElement(contentAt: content)
        opened(element, at: point)
    }

    /// Where an element's content starts, given where its start tag ends: just
    /// past the `>`, or, for an empty-element tag (`<x/>`), at the tag's `<`
    /// (found by stepping back over the tag: no `<` can stand in an attribute value).
    private func contentStart(tagEnd: Int) -> Int? {
        guard tagEnd >= 0, tagEnd < bytes.count else { return nil }
        guard bytes[tagEnd] == UInt8(ascii: "/") else { return tagEnd + 1 }
        var index = tagEnd
        while index > 0, bytes[index] != UInt8(ascii: "<") { index -= 1 }
        return index
    }

    mutating func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        text.append(UnsafeBufferPointer(start: bytes, count: count))
    }

    mutating func end() {
        guard let open = stack.popLast() else { return }
        let parent = stack.last?.name
        closed(open, parent: parent)
        text.clear()
    }

    // MARK: Building

    private mutating func opened(_ element: XMLElementName, at point: SourcePoint) {
        switch element {
        case .topic:
            topic = Topic(numberAsWritten: "", title: "")
            topicNumber = nil
            topicTitle = nil
        case .task:
            task = WorkTask(text: "")
            sawTaskText = false
        case .indicator:
            indicator = Indicator(text: nil)
        case .headingRow:
            headingRow = []
        default:
            break
        }
    }

    private mutating func closed(_ open: Open, parent: XMLElementName?) {
        let content = WrittenText(text.take(), origin: Origin(open.point))
        switch (open.name, parent) {
        case (.workProgramme, nil):
            if !sawTitle { fail("<\(XMLVocabulary.root)> has no <title>", open.point) }
            // libxml2 names an attribute by its local name: the schema allows only xml:lang here.
            programme.language = open.attributes["lang"]
        case (.title, .workProgramme?):
            programme.title = content
            sawTitle = true
        case (.date, .workProgramme?): programme.date = content
        case (.document, .workProgramme?): programme.document = content
        case (.committee, .workProgramme?): programme.committee = content.text
        case (.period, .workProgramme?): period(open)
        case (.introduction, .workProgramme?), (.legend, .workProgramme?), (.taskTypes, .workProgramme?),
             (.footnotes, .workProgramme?), (.headings, .workProgramme?), (.topics, .workProgramme?),
             (.remarks, .workProgramme?):
            break
        case (.block, .introduction?):
            guard let kindName = required("kind", of: open), let kind = IntroBlock.Kind(rawValue: kindName) else {
                if let kindName = open.attributes["kind"] { fail("unknown introduction block kind \"\(kindName)\"", open.point) }
                return
            }
            programme.introduction.append(IntroBlock(kind: kind, text: content))
        case (.group, .legend?):
            guard let prefix = required("prefix", of: open), let name = required("name", of: open) else { return }
            programme.legend.groups.append(LegendGroup(prefix: prefix, name: name))
        case (.entry, .legend?):
            guard let code = required("code", of: open), let group = required("group", of: open) else { return }
            programme.legend.entries.append(LegendEntry(code: code, group: group, text: content.text))
        case (.taskType, .taskTypes?):
            guard let code = required("code", of: open), let name = required("name", of: open) else { return }
            programme.taskTypes.append(TaskType(code: code, name: name, text: content.text))
        case (.footnote, .footnotes?):
            guard let mark = required("mark", of: open) else { return }
            programme.footnotes.append(Footnote(mark: mark, text: content))
        case (.headingRow, .headings?):
            programme.headings.append(HeadingRow(marks: headingRow ?? []))
            headingRow = nil
        case (.mark, .headingRow?):
            guard let columnName = required("column", of: open) else { return }
            guard let column = Column(rawValue: columnName) else { return fail("unknown column \"\(columnName)\"", open.point) }
            headingRow?.append(FootnoteReference(mark: content.text, column: column, origin: content.origin))
        case (.remark, .remarks?): programme.remarks.append(content)
        case (.topic, .topics?):
            // Each finished value is moved out of the builder, not copied.
            guard let topicNumber, let topicTitle, var finished = topic.take() else {
                return fail("<topic> needs a <number> and a <title>", open.point)
            }
            finished.numberAsWritten = topicNumber
            finished.title = topicTitle
            programme.topics.append(finished)
        case (.number, .topic?): topicNumber = content
        case (.title, .topic?): topicTitle = content
        case (.task, .topic?):
            guard sawTaskText, let finished = task.take() else { return fail("<task> needs a <text>", open.point) }
            topic?.tasks.append(finished)
        case (.text, .task?):
            task?.text = content
            sawTaskText = true
        case (.plan, .task?): task?.plan = content
        case (.type, .task?): task?.type = content
        case (.bodies, .task?): task?.bodies = content
        case (.progress, .task?): task?.progress = content
        case (.indicator, .task?):
            if let finished = indicator.take() { task?.indicators.append(finished) }
        case (.text, .indicator?): indicator?.text = content
        case (.timeline, .indicator?): indicator?.timeline = timelines.timeline(content)
        case (.bodies, .indicator?): indicator?.bodies = content
        default:
            fail("unexpected element <\(open.name.spelling)> in <\(parent?.spelling ?? "the document")>", open.point)
        }
    }

    private mutating func period(_ open: Open) {
        guard let first = required("first", of: open), let last = required("last", of: open) else { return }
        guard let firstYear = Int(first), let lastYear = Int(last) else {
            return fail("<period> needs whole years, not \"\(first)\" and \"\(last)\"", open.point)
        }
        programme.period = Period(firstYear: firstYear, lastYear: lastYear)
    }

    private mutating func required(_ attribute: String, of open: Open) -> String? {
        if let value = open.attributes[attribute] { return value }
        fail("<\(open.name.spelling)> lacks the attribute \(attribute)", open.point)
        return nil
    }

    private mutating func fail(_ message: String, _ point: SourcePoint) {
        if problem == nil { problem = (message, point) }
    }

    /// The attributes libxml2 passes as five pointers each (name, prefix, URI,
    /// value start, value end). With entity substitution off the parser hands
    /// an ampersand on as `&#38;`, which is decoded here.
    private static func attributes(_ pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) -> [String: String] {
        guard let pointers else { return [:] }
        var result: [String: String] = [:]
        for index in 0..<count {
            guard let name = pointers[5 * index], let start = pointers[5 * index + 3], let end = pointers[5 * index + 4] else { continue }
            let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            result[String(cString: name)] = value.contains("&#38;") ? value.replacingOccurrences(of: "&#38;", with: "&") : value
        }
        return result
    }
}
