import CLibXML2
import WPCModel

extension XMLTreeWalker {
    /// Reads the `<work-programme>` root element.
    /// - Throws: `SourceError` on structure the schema should have refused.
    mutating func programme(_ root: xmlNodePtr) throws(SourceError) -> Programme {
        var programme = Programme(title: "")
        var sawTitle = false
        for node in elements(of: root) {
            switch name(of: node) {
            case "title":
                programme.title = written(node)
                sawTitle = true
            case "date": programme.date = written(node)
            case "document": programme.document = written(node)
            case "committee": programme.committee = content(of: node)
            case "period": programme.period = try period(node)
            case "introduction": programme.introduction = try introduction(node)
            case "legend": programme.legend = try legend(node)
            case "task-types": programme.taskTypes = try taskTypes(node)
            case "footnotes": programme.footnotes = try footnotes(node)
            case "headings": programme.headings = try headings(node)
            case "topics": programme.topics = try topics(node)
            case "remarks": programme.remarks = try remarks(node)
            default: throw unexpected(node, in: XMLVocabulary.root)
            }
        }
        if !sawTitle { throw SourceError("<\(XMLVocabulary.root)> has no <title>", at: location(of: root)) }
        return programme
    }

    private mutating func period(_ node: xmlNodePtr) throws(SourceError) -> Period {
        let first = try required("first", of: node), last = try required("last", of: node)
        guard let firstYear = Int(first), let lastYear = Int(last) else {
            throw SourceError("<period> needs whole years, not \"\(first)\" and \"\(last)\"", at: location(of: node))
        }
        return Period(firstYear: firstYear, lastYear: lastYear)
    }

    private mutating func introduction(_ node: xmlNodePtr) throws(SourceError) -> [IntroBlock] {
        var blocks: [IntroBlock] = []
        for child in elements(of: node) {
            guard name(of: child) == "block" else { throw unexpected(child, in: "introduction") }
            let kindName = try required("kind", of: child)
            guard let kind = IntroBlock.Kind(rawValue: kindName) else {
                throw SourceError("unknown introduction block kind \"\(kindName)\"", at: location(of: child))
            }
            blocks.append(IntroBlock(kind: kind, text: written(child)))
        }
        return blocks
    }

    private mutating func legend(_ node: xmlNodePtr) throws(SourceError) -> Legend {
        var legend = Legend()
        for child in elements(of: node) {
            switch name(of: child) {
            case "group":
                legend.groups.append(LegendGroup(prefix: try required("prefix", of: child), name: try required("name", of: child)))
            case "entry":
                legend.entries.append(LegendEntry(code: try required("code", of: child), group: try required("group", of: child), text: content(of: child)))
            default: throw unexpected(child, in: "legend")
            }
        }
        return legend
    }

    private mutating func taskTypes(_ node: xmlNodePtr) throws(SourceError) -> [TaskType] {
        var types: [TaskType] = []
        for child in elements(of: node) {
            guard name(of: child) == "task-type" else { throw unexpected(child, in: "task-types") }
            types.append(TaskType(code: try required("code", of: child), name: try required("name", of: child), text: content(of: child)))
        }
        return types
    }

    private mutating func footnotes(_ node: xmlNodePtr) throws(SourceError) -> [Footnote] {
        var footnotes: [Footnote] = []
        for child in elements(of: node) {
            guard name(of: child) == "footnote" else { throw unexpected(child, in: "footnotes") }
            footnotes.append(Footnote(mark: try required("mark", of: child), text: written(child)))
        }
        return footnotes
    }

    private mutating func headings(_ node: xmlNodePtr) throws(SourceError) -> [HeadingRow] {
        var rows: [HeadingRow] = []
        for row in elements(of: node) {
            guard name(of: row) == "heading-row" else { throw unexpected(row, in: "headings") }
            var marks: [FootnoteReference] = []
            for mark in elements(of: row) {
                guard name(of: mark) == "mark" else { throw unexpected(mark, in: "heading-row") }
                let columnName = try required("column", of: mark)
                guard let column = Column(rawValue: columnName) else {
                    throw SourceError("unknown column \"\(columnName)\"", at: location(of: mark))
                }
                let text = written(mark)
                marks.append(FootnoteReference(mark: text.text, column: column, origin: text.origin))
            }
            rows.append(HeadingRow(marks: marks))
        }
        return rows
    }

    private mutating func remarks(_ node: xmlNodePtr) throws(SourceError) -> [WrittenText] {
        var remarks: [WrittenText] = []
        for child in elements(of: node) {
            guard name(of: child) == "remark" else { throw unexpected(child, in: "remarks") }
            remarks.append(written(child))
        }
        return remarks
    }
}
