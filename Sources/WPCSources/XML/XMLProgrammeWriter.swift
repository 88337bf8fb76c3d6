import WPCModel

/// Writes a `Programme` as canonical XML in wpc's vocabulary, through
/// libxml2's `xmlTextWriter`: UTF-8, two-space indentation, children in the
/// schema's fixed order, list containers only when they hold items, absent
/// cells omitted and empty cells as empty elements. The same programme always
/// gives the same bytes, and `XMLProgrammeReader` reads it back equal.
/// Source locations are not written.
public struct XMLProgrammeWriter: Sendable {
    /// A writer; it holds no state.
    public init() {}

    /// The canonical XML of `programme`.
    /// - Throws: `XMLWriteError` when a text holds a character XML 1.0 cannot
    ///   represent (control characters other than tab, line feed and carriage return).
    public func write(_ programme: Programme) throws(XMLWriteError) -> String {
        let out = try XMLTextWriterSession()
        try out.startDocument()
        try out.startRoot(XMLVocabulary.root, namespace: XMLVocabulary.namespace)
        if let language = programme.language { try out.attribute("xml:lang", language) }
        try out.element("title", programme.title.text)
        try out.element("date", programme.date?.text)
        try out.element("document", programme.document?.text)
        try out.element("committee", programme.committee)
        if let period = programme.period {
            try out.start("period")
            try out.attribute("first", String(period.firstYear))
            try out.attribute("last", String(period.lastYear))
            try out.end()
        }
        try writeIntroduction(programme.introduction, to: out)
        try writeLegend(programme.legend, to: out)
        try writeTaskTypes(programme.taskTypes, to: out)
        try writeFootnotes(programme.footnotes, to: out)
        try writeHeadings(programme.headings, to: out)
        try writeTopics(programme.topics, to: out)
        if !programme.remarks.isEmpty {
            try out.start("remarks")
            for remark in programme.remarks { try out.element("remark", remark.text) }
            try out.end()
        }
        try out.end()
        return try out.finish()
    }

    private func writeIntroduction(_ blocks: [IntroBlock], to out: XMLTextWriterSession) throws(XMLWriteError) {
        guard !blocks.isEmpty else { return }
        try out.start("introduction")
        for block in blocks {
            try textElement("block", block.text.text, attributes: [("kind", block.kind.rawValue)], to: out)
        }
        try out.end()
    }

    private func writeLegend(_ legend: Legend, to out: XMLTextWriterSession) throws(XMLWriteError) {
        guard !legend.groups.isEmpty || !legend.entries.isEmpty else { return }
        try out.start("legend")
        for group in legend.groups {
            try out.start("group")
            try out.attribute("prefix", group.prefix)
            try out.attribute("name", group.name)
            try out.end()
        }
        for entry in legend.entries {
            try textElement("entry", entry.text, attributes: [("code", entry.code), ("group", entry.group)], to: out)
        }
        try out.end()
    }

    private func writeTaskTypes(_ types: [TaskType], to out: XMLTextWriterSession) throws(XMLWriteError) {
        guard !types.isEmpty else { return }
        try out.start("task-types")
        for type in types {
            try textElement("task-type", type.text, attributes: [("code", type.code), ("name", type.name)], to: out)
        }
        try out.end()
    }

    private func writeFootnotes(_ footnotes: [Footnote], to out: XMLTextWriterSession) throws(XMLWriteError) {
        guard !footnotes.isEmpty else { return }
        try out.start("footnotes")
        for footnote in footnotes {
            try textElement("footnote", footnote.text.text, attributes: [("mark", footnote.mark)], to: out)
        }
        try out.end()
    }

    private func writeHeadings(_ rows: [HeadingRow], to out: XMLTextWriterSession) throws(XMLWriteError) {
        guard !rows.isEmpty else { return }
        try out.start("headings")
        for row in rows {
            try out.start("heading-row")
            for mark in row.marks {
                try textElement("mark", mark.mark, attributes: [("column", mark.column.rawValue)], to: out)
            }
            try out.end()
        }
        try out.end()
    }

    /// An element with attributes and text content (`<x a="…"/>` when the text is empty).
    func textElement(_ name: String, _ text: String, attributes: [(String, String)], to out: XMLTextWriterSession) throws(XMLWriteError) {
        try out.start(name)
        for (key, value) in attributes { try out.attribute(key, value) }
        if !text.isEmpty { try out.text(text) }
        try out.end()
    }
}
