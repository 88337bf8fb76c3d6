import WPCModel

/// The JSON export of a programme (`wpc render SOURCE --format json`). Texts
/// are as written; an empty cell is `null`; a topic's `number` is an integer
/// (null when the No cell holds none) and `numberAsWritten` keeps the cell.
/// Keys are sorted and the layout is fixed, so the same programme always
/// gives the same bytes. The fields are described by
/// `Schema/work-programme.schema.json`. The document is written in one pass
/// into a byte buffer; members are written in sorted key order.
public enum ProgrammeJSON {
    /// The JSON text of `programme`, ending with a newline. With a registry,
    /// each task and indicator also lists `bodyIds`: the ids of the bodies its
    /// Responsible-body cell names.
    /// - Throws: never at present; declared so that a future limit (say, on
    ///   size) need not change the signature.
    public static func encode(_ programme: Programme, registry: BodyRegistry? = nil) throws -> String {
        String(decoding: bytes(of: programme, registry: registry), as: UTF8.self)
    }

    /// The JSON of `programme` as UTF-8 bytes, ending with a newline.
    public static func bytes(of programme: Programme, registry: BodyRegistry? = nil) -> [UInt8] {
        bytes(of: programme, registry: registry, runs: runs(for: programme.topics.count))
    }

    /// The JSON of `programme` with its topics written in `runs` runs side by side.
    static func bytes(of programme: Programme, registry: BodyRegistry?, runs: Int) -> [UInt8] {
        var bytes = writer(of: programme, registry: registry, runs: runs).bytes
        bytes.append(0x0A)
        return bytes
    }

    /// The JSON of `programme` as UTF-8 bytes, ending with a newline, in the
    /// pieces it was written in side by side: whoever holds the output copies
    /// them once.
    public static func pieces(of programme: Programme, registry: BodyRegistry? = nil) -> [[UInt8]] {
        writer(of: programme, registry: registry, runs: runs(for: programme.topics.count)).pieces + [[0x0A]]
    }

    private static func writer(of programme: Programme, registry: BodyRegistry?, runs: Int) -> JSONWriter {
        var writer = JSONWriter(capacity: 1 << 16)
        write(programme, resolver: registry.map(BodyResolver.init(registry:)), runs: runs, to: &writer)
        return writer
    }

    static func write(_ programme: Programme, resolver: BodyResolver?, runs: Int, to out: inout JSONWriter) {
        out.openObject()
        out.member("committee", programme.committee)
        out.member("date", programme.date?.text)
        out.member("document", programme.document?.text)
        out.key("footnotes")
        out.openArray()
        for footnote in programme.footnotes {
            out.element()
            out.openObject()
            out.member("mark", footnote.mark)
            out.member("text", footnote.text.text)
            out.closeObject()
        }
        out.closeArray()
        out.key("headings")
        out.openArray()
        for row in programme.headings {
            out.element()
            out.openObject()
            out.key("marks")
            out.openArray()
            for mark in row.marks {
                out.element()
                out.openObject()
                out.member("column", mark.column.rawValue)
                out.member("mark", mark.mark)
                out.closeObject()
            }
            out.closeArray()
            out.closeObject()
        }
        out.closeArray()
        out.key("introduction")
        out.openArray()
        for block in programme.introduction {
            out.element()
            out.openObject()
            out.member("kind", block.kind.rawValue)
            out.member("text", block.text.text)
            out.closeObject()
        }
        out.closeArray()
        out.key("legend")
        out.openArray()
        for entry in programme.legend.entries {
            out.element()
            out.openObject()
            out.member("code", entry.code)
            out.member("group", entry.group)
            out.member("text", entry.text)
            out.closeObject()
        }
        out.closeArray()
        out.key("legendGroups")
        out.openArray()
        for group in programme.legend.groups {
            out.element()
            out.openObject()
            out.member("name", group.name)
            out.member("prefix", group.prefix)
            out.closeObject()
        }
        out.closeArray()
        out.key("period")
        if let period = programme.period {
            out.openObject()
            out.member("first", period.firstYear)
            out.member("last", period.lastYear)
            out.closeObject()
        } else {
            out.null()
        }
        out.member("remarks", strings: programme.remarks.map(\.text))
        out.key("taskTypes")
        out.openArray()
        for type in programme.taskTypes {
            out.element()
            out.openObject()
            out.member("code", type.code)
            out.member("name", type.name)
            out.member("text", type.text)
            out.closeObject()
        }
        out.closeArray()
        out.member("title", programme.title.text)
        out.key("topics")
        out.openArray()
        out.append(topicRuns(programme.topics, resolver: resolver, runs: runs, in: out))
        out.closeArray()
        out.closeObject()
    }

    /// The topics written in `runs` runs side by side, each run into a
    /// continuation of `out` (whose innermost open container is the topics array).
    private static func topicRuns(_ topics: [Topic], resolver: BodyResolver?, runs: Int, in out: JSONWriter) -> [JSONWriter] {
        let runs = max(1, min(runs, topics.count))
        return ParallelMap.map(runs) { run -> JSONWriter in
            var writer = out.continuation(following: run > 0)
            var bodies = BodyIDs(cache: resolver.map(BodyResolutionCache.init))
            for index in (run * topics.count / runs)..<((run + 1) * topics.count / runs) {
                writer.element()
                write(topics[index], bodies: &bodies, to: &writer)
            }
            return writer
        }
    }

    /// How many runs `count` topics are written in: one per 256 topics
    /// (fewer are not worth a thread), at most 64.
    static func runs(for count: Int) -> Int { max(1, min(64, count / 256)) }

    /// The body ids of cells, when there is a registry, each distinct cell text resolved once.
    struct BodyIDs {
        /// Nil without a registry.
        var cache: BodyResolutionCache?

        /// Writes the `bodyIds` member of `cell`, when there is a registry.
        mutating func write(_ cell: WrittenText?, to out: inout JSONWriter) {
            guard let ids = cache?.bodyIDs(of: cell) else { return }
            out.member("bodyIds", strings: ids)
        }
    }

    static func write(_ topic: Topic, bodies: inout BodyIDs, to out: inout JSONWriter) {
        out.openObject()
        out.member("number", topic.number)
        out.member("numberAsWritten", topic.numberAsWritten.text)
        out.key("tasks")
        out.openArray()
        for task in topic.tasks {
            out.element()
            write(task, bodies: &bodies, to: &out)
        }
        out.closeArray()
        out.member("title", topic.title.text)
        out.closeObject()
    }

    static func write(_ task: WorkTask, bodies: inout BodyIDs, to out: inout JSONWriter) {
        out.openObject()
        out.member("bodies", task.bodies?.text)
        bodies.write(task.bodies, to: &out)
        out.key("indicators")
        out.openArray()
        for indicator in task.indicators {
            out.element()
            write(indicator, bodies: &bodies, to: &out)
        }
        out.closeArray()
        out.member("plan", strings: task.planCodes.map(\.code))
        out.member("planAsWritten", task.plan?.text)
        out.member("progress", task.progress?.text)
        out.member("text", task.text.text)
        out.member("type", task.type?.text)
        out.closeObject()
    }

    static func write(_ indicator: Indicator, bodies: inout BodyIDs, to out: inout JSONWriter) {
        out.openObject()
        out.member("bodies", indicator.bodies?.text)
        bodies.write(indicator.bodies, to: &out)
        out.key("milestones")
        out.openArray()
        for milestone in indicator.timeline?.milestones ?? [] {
            out.element()
            write(milestone, to: &out)
        }
        out.closeArray()
        out.member("text", indicator.text?.text)
        out.member("timeline", indicator.timeline?.raw.text)
        out.closeObject()
    }
}
