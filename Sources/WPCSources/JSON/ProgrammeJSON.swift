import WPCModel

/// The JSON export of a programme (`wpc render SOURCE --format json`). Texts
/// are as written; an empty cell is `null`; a topic's `number` is an integer
/// (null when the No cell holds none) and `numberAsWritten` keeps the cell.
/// Keys are sorted and the layout is fixed, so the same programme always
/// gives the same bytes. The fields are described by
/// `Schema/work-programme.schema.json`.
public enum ProgrammeJSON {
    /// The JSON text of `programme`, ending with a newline. With a registry,
    /// each task and indicator also lists `bodyIds`: the ids of the bodies its
    /// Responsible-body cell names.
    /// - Throws: never at present; declared so that a future limit (say, on
    ///   size) need not change the signature.
    public static func encode(_ programme: Programme, registry: BodyRegistry? = nil) throws -> String {
        value(of: programme, resolver: registry.map(BodyResolver.init(registry:))).printed() + "\n"
    }

    static func value(of programme: Programme, resolver: BodyResolver? = nil) -> JSONValue {
        .object([
            "title": .string(programme.title.text),
            "date": .optional(programme.date?.text),
            "document": .optional(programme.document?.text),
            "committee": .optional(programme.committee),
            "period": programme.period.map { .object(["first": .int($0.firstYear), "last": .int($0.lastYear)]) } ?? .null,
            "introduction": .array(programme.introduction.map {
                .object(["kind": .string($0.kind.rawValue), "text": .string($0.text.text)])
            }),
            "legend": .array(programme.legend.entries.map {
                .object(["code": .string($0.code), "group": .string($0.group), "text": .string($0.text)])
            }),
            "legendGroups": .array(programme.legend.groups.map {
                .object(["prefix": .string($0.prefix), "name": .string($0.name)])
            }),
            "taskTypes": .array(programme.taskTypes.map {
                .object(["code": .string($0.code), "name": .string($0.name), "text": .string($0.text)])
            }),
            "footnotes": .array(programme.footnotes.map {
                .object(["mark": .string($0.mark), "text": .string($0.text.text)])
            }),
            "headings": .array(programme.headings.map { row in
                .object(["marks": .array(row.marks.map {
                    .object(["mark": .string($0.mark), "column": .string($0.column.rawValue)])
                })])
            }),
            "topics": .array(programme.topics.map { value(of: $0, resolver: resolver) }),
            "remarks": .array(programme.remarks.map { .string($0.text) }),
        ])
    }

    static func value(of topic: Topic, resolver: BodyResolver?) -> JSONValue {
        .object([
            "number": .optional(topic.number),
            "numberAsWritten": .string(topic.numberAsWritten.text),
            "title": .string(topic.title.text),
            "tasks": .array(topic.tasks.map { value(of: $0, resolver: resolver) }),
        ])
    }

    static func value(of task: WorkTask, resolver: BodyResolver?) -> JSONValue {
        var fields: [String: JSONValue] = [
            "text": .string(task.text.text),
            "plan": .array(task.planCodes.map { .string($0.code) }),
            "planAsWritten": .optional(task.plan?.text),
            "type": .optional(task.type?.text),
            "bodies": .optional(task.bodies?.text),
            "progress": .optional(task.progress?.text),
            "indicators": .array(task.indicators.map { value(of: $0, resolver: resolver) }),
        ]
        if let resolver { fields["bodyIds"] = .array(task.resolvedBodies(resolver).map(JSONValue.string)) }
        return .object(fields)
    }

    static func value(of indicator: Indicator, resolver: BodyResolver?) -> JSONValue {
        var fields: [String: JSONValue] = [
            "text": .optional(indicator.text?.text),
            "timeline": .optional(indicator.timeline?.raw.text),
            "bodies": .optional(indicator.bodies?.text),
            "milestones": .array((indicator.timeline?.milestones ?? []).map(value(of:))),
        ]
        if let resolver { fields["bodyIds"] = .array(indicator.resolvedBodies(resolver).map(JSONValue.string)) }
        return .object(fields)
    }
}
