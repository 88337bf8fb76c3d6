/// A value a template can print or open as a section: plain data, no
/// behaviour. A view-model is a tree of these under one root record.
public enum TemplateValue: Sendable {
    /// Text, printed escaped (or as it is, in a text template or with `{{{ }}}`).
    case text(String)
    /// True or false; printed as `true` / `false`.
    case flag(Bool)
    /// A whole number, printed in decimal.
    case number(Int)
    /// A list: a section renders once per element.
    case list([TemplateValue])
    /// A list whose elements are made as the section reaches them and
    /// dropped after: for long lists made from a model (a row per
    /// indicator), so that the whole view never exists at once.
    case generated(TemplateSequence)
    /// A record of named fields.
    case record(TemplateRecord)
    /// No value: prints nothing, a section over it is skipped.
    case absent

    /// `.text(text)` when `text` is present, else `.absent`.
    @inlinable
    public static func optional(_ text: String?) -> TemplateValue {
        if let text { return .text(text) }
        return .absent
    }

    /// `.record(record)` when `record` is present, else `.absent`.
    @inlinable
    public static func optional(_ record: TemplateRecord?) -> TemplateValue {
        if let record { return .record(record) }
        return .absent
    }

    /// A list of texts.
    @inlinable
    public static func texts(_ texts: [String]) -> TemplateValue {
        .list(texts.map { .text($0) })
    }

    /// A list of records.
    @inlinable
    public static func records(_ records: [TemplateRecord]) -> TemplateValue {
        .list(records.map { .record($0) })
    }
}

/// The elements of a generated list: how many, and how to make each.
public struct TemplateSequence: Sendable {
    public let count: Int
    private let make: @Sendable (Int) -> TemplateValue

    /// `count` elements, element `i` made by `make(i)` each time it is read.
    public init(count: Int, _ make: @escaping @Sendable (Int) -> TemplateValue) {
        self.count = count
        self.make = make
    }

    /// Element `index`, made now.
    @inline(__always)
    public subscript(index: Int) -> TemplateValue { make(index) }

    /// Every element, made now.
    public var values: [TemplateValue] { (0..<count).map(make) }
}

/// A record: a shape and one value per field of the shape, in the shape's order.
public struct TemplateRecord: Sendable {
    /// What the fields are.
    public let shape: TemplateShape
    /// One value per field of `shape`, in its order.
    public var values: [TemplateValue]

    /// A record of `shape` holding `values` in the shape's field order.
    @inlinable
    public init(_ shape: TemplateShape, _ values: [TemplateValue]) {
        self.shape = shape
        self.values = values
    }

    /// The value of the field called `name`, if the shape has one.
    public subscript(name: String) -> TemplateValue? {
        guard let index = shape.index(of: name), index < values.count else { return nil }
        return values[index]
    }
}

extension TemplateRecord {
    /// Where this record, or a record inside it, does not hold what its
    /// shape declares: a wrong number of values or a value of the wrong
    /// kind. Empty when the whole tree conforms. Rendering never fails on a
    /// record that does not conform (a mismatched value renders as absent);
    /// this is for tests of the code that builds view-models.
    public func nonconformities(path: String = "") -> [String] {
        var problems: [String] = []
        if values.count != shape.fields.count {
            problems.append("\(path.isEmpty ? shape.name : path): \(values.count) values for \(shape.fields.count) fields")
        }
        for (field, value) in zip(shape.fields, values) {
            let here = path.isEmpty ? field.name : path + "." + field.name
            switch (field.kind, value) {
            case (.text, .text), (.optionalText, .text), (.optionalText, .absent), (.flag, .flag), (.number, .number),
                 (.optionalRecord, .absent):
                continue
            case (.record(let shape), .record(let record)), (.optionalRecord(let shape), .record(let record)):
                if record.shape !== shape { problems.append("\(here): a record of \(record.shape.name), not \(shape.name)") }
                problems += record.nonconformities(path: here)
            case (.records, .generated(let sequence)), (.texts, .generated(let sequence)):
                let materialised = TemplateRecord(TemplateShape(shape.name, [field]), [.list(sequence.values)])
                problems += materialised.nonconformities(path: path)
            case (.records(let shape), .list(let items)):
                for (index, item) in items.enumerated() {
                    guard case .record(let record) = item, record.shape === shape else {
                        problems.append("\(here)[\(index)]: not a record of \(shape.name)")
                        continue
                    }
                    problems += record.nonconformities(path: "\(here)[\(index)]")
                }
            case (.texts, .list(let items)):
                for (index, item) in items.enumerated() {
                    guard case .text = item else { problems.append("\(here)[\(index)]: not a text"); continue }
                }
            default:
                problems.append("\(here): \(value.words) where the shape says \(field.kind.words)")
            }
        }
        return problems
    }
}

extension TemplateValue {
    var words: String {
        switch self {
        case .text: "a text"
        case .flag: "a flag"
        case .number: "a number"
        case .list, .generated: "a list"
        case .record: "a record"
        case .absent: "nothing"
        }
    }
}
