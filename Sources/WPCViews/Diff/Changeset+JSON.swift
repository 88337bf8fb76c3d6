import Foundation
import WPCModel

// The JSON shape of a changeset (schema: Templates/diff/changeset.schema.json).
// Keys the schema requires are always written, as null when empty, so that
// consumers can rely on them; `words` and `edits` are extras.

extension Changeset: Codable {
    private enum CodingKeys: String, CodingKey { case changes, renumbered, summary }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        changes = try container.decode([Change].self, forKey: .changes)
        renumbered = try container.decode([Renumbering].self, forKey: .renumbered)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(changes, forKey: .changes)
        try container.encode(renumbered, forKey: .renumbered)
        var summary = Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
        summary["renumbered"] = renumbered.count
        try container.encode(summary, forKey: .summary)
    }
}

extension Change: Codable {
    private enum CodingKeys: String, CodingKey { case kind, old, new, field, before, after, words, edits }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(ChangeKind.self, forKey: .kind),
            old: try container.decodeIfPresent(ChangePosition.self, forKey: .old),
            new: try container.decodeIfPresent(ChangePosition.self, forKey: .new),
            field: try container.decodeIfPresent(ChangeField.self, forKey: .field),
            before: try container.decodeIfPresent(String.self, forKey: .before),
            after: try container.decodeIfPresent(String.self, forKey: .after),
            edits: try container.decodeIfPresent([FieldEdit].self, forKey: .edits) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try encodeNullable(old, .old, &container)
        try encodeNullable(new, .new, &container)
        try encodeNullable(field, .field, &container)
        try encodeNullable(before, .before, &container)
        try encodeNullable(after, .after, &container)
        try container.encode(words, forKey: .words)
        try container.encode(edits, forKey: .edits)
    }
}

extension FieldEdit: Codable {
    private enum CodingKeys: String, CodingKey { case field, before, after, words }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            field: try container.decode(ChangeField.self, forKey: .field),
            before: try container.decodeIfPresent(String.self, forKey: .before),
            after: try container.decodeIfPresent(String.self, forKey: .after)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try encodeNullable(before, .before, &container)
        try encodeNullable(after, .after, &container)
        try container.encode(words, forKey: .words)
    }
}

extension ChangePosition: Codable {
    private enum CodingKeys: String, CodingKey { case topic, task, indicator }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            topic: try container.decode(Int.self, forKey: .topic),
            task: try container.decodeIfPresent(Int.self, forKey: .task),
            indicator: try container.decodeIfPresent(Int.self, forKey: .indicator)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(topic, forKey: .topic)
        try encodeNullable(task, .task, &container)
        try encodeNullable(indicator, .indicator, &container)
    }
}

/// Writes `value`, or an explicit null when it is nil.
private func encodeNullable<Value: Encodable, Key: CodingKey>(
    _ value: Value?, _ key: Key, _ container: inout KeyedEncodingContainer<Key>
) throws {
    if let value { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
}

extension Changeset {
    /// The changeset as JSON text: pretty-printed, keys sorted, so the same
    /// changeset always gives the same bytes. Written in one pass into a byte
    /// buffer, laid out as Foundation's pretty printer lays it out. `ignored`
    /// (the differences the comparison ignored) is written only when not empty.
    public func jsonText(ignored: [DiffOptions.Ignorable] = []) -> String {
        String(decoding: jsonData(ignored: ignored), as: UTF8.self)
    }

    /// The changeset as JSON text (see `jsonText(ignored:)`), as the bytes
    /// of a file: made in one buffer, with no copy as a string on the way.
    public func jsonData(ignored: [DiffOptions.Ignorable] = []) -> Data {
        var out = JSONWriter(style: .spacious, capacity: 1 << 16)
        out.openObject()
        out.key("changes")
        out.openArray()
        for change in changes {
            out.element()
            change.write(to: &out)
        }
        out.closeArray()
        if !ignored.isEmpty {
            out.key("ignored")
            out.openArray()
            for what in ignored {
                out.element()
                out.string(what.rawValue)
            }
            out.closeArray()
        }
        out.key("renumbered")
        out.openArray()
        for renumbering in renumbered {
            out.element()
            out.openObject()
            out.member("new", renumbering.new)
            out.member("old", renumbering.old)
            out.closeObject()
        }
        out.closeArray()
        out.key("summary")
        out.openObject()
        var summary = counts.map { ($0.key.rawValue, $0.value) }
        summary.append(("renumbered", renumbered.count))
        for (kind, count) in summary.sorted(by: { $0.0 < $1.0 }) {
            out.key(kind)
            out.int(count)
        }
        out.closeObject()
        out.closeObject()
        return out.takeDocument()
    }
}

extension Change {
    func write(to out: inout JSONWriter) {
        out.openObject()
        out.member("after", after)
        out.member("before", before)
        out.key("edits")
        out.openArray()
        for edit in edits {
            out.element()
            edit.write(to: &out)
        }
        out.closeArray()
        out.member("field", field?.rawValue)
        out.member("kind", kind.rawValue)
        out.key("new")
        ChangePosition.write(new, to: &out)
        out.key("old")
        ChangePosition.write(old, to: &out)
        WordSegment.write(words, to: &out)
        out.closeObject()
    }
}

extension FieldEdit {
    func write(to out: inout JSONWriter) {
        out.openObject()
        out.member("after", after)
        out.member("before", before)
        out.member("field", field.rawValue)
        WordSegment.write(words, to: &out)
        out.closeObject()
    }
}

extension ChangePosition {
    static func write(_ position: ChangePosition?, to out: inout JSONWriter) {
        guard let position else { return out.null() }
        out.openObject()
        out.member("indicator", position.indicator)
        out.member("task", position.task)
        out.member("topic", position.topic)
        out.closeObject()
    }
}

extension WordSegment {
    /// The `words` member: each segment as `{"op", "text"}`.
    static func write(_ segments: [WordSegment], to out: inout JSONWriter) {
        out.key("words")
        out.openArray()
        for segment in segments {
            out.element()
            out.openObject()
            out.member("op", segment.kind.rawValue)
            out.member("text", segment.text)
            out.closeObject()
        }
        out.closeArray()
    }
}
