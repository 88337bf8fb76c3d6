/// What a record offers a template: its field names, in order, and the kind
/// of value each holds. Shapes are declared in code before any template is
/// loaded, so every name a template uses is looked up once, when it is
/// compiled, and rendering only indexes arrays.
///
/// A reference type so that records share their shape and a nested shape
/// is named by identity.
public final class TemplateShape: Sendable, CustomStringConvertible {
    /// What a field holds.
    public enum Kind: Sendable {
        /// A text, always present.
        case text
        /// A text that may be absent (a section over it renders only when present).
        case optionalText
        /// True or false: a section over it renders when true, without a new context.
        case flag
        /// A whole number.
        case number
        /// A record of the given shape.
        case record(TemplateShape)
        /// A record of the given shape that may be absent.
        case optionalRecord(TemplateShape)
        /// A list of records of the given shape.
        case records(TemplateShape)
        /// A list of texts.
        case texts
    }

    /// One field: its name as templates write it and its kind.
    public struct Field: Sendable {
        public let name: String
        public let kind: Kind

        /// A field called `name` holding values of `kind`.
        public init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    /// A name for messages ("annex row").
    public let name: String
    /// The fields, in the order a record of this shape holds their values.
    public let fields: [Field]
    private let indices: [String: Int]

    /// A shape with `fields` in this order; a record holds one value per field.
    public init(_ name: String, _ fields: [Field]) {
        self.name = name
        self.fields = fields
        var indices: [String: Int] = [:]
        for (index, field) in fields.enumerated() where indices[field.name] == nil { indices[field.name] = index }
        self.indices = indices
    }

    /// The position of the field called `name`, if there is one.
    public func index(of name: String) -> Int? { indices[name] }

    public var description: String { name }

    /// Every shape reachable from this one, this one first, each once.
    public var reachableShapes: [TemplateShape] {
        var seen: Set<ObjectIdentifier> = []
        var order: [TemplateShape] = []
        func visit(_ shape: TemplateShape) {
            guard seen.insert(ObjectIdentifier(shape)).inserted else { return }
            order.append(shape)
            for field in shape.fields {
                if let nested = field.kind.nestedShape { visit(nested) }
            }
        }
        visit(self)
        return order
    }
}

extension TemplateShape.Kind {
    /// The shape of the records this kind holds, if it holds records.
    public var nestedShape: TemplateShape? {
        switch self {
        case .record(let shape), .optionalRecord(let shape), .records(let shape): shape
        case .text, .optionalText, .flag, .number, .texts: nil
        }
    }

    /// Whether a value of this kind may be absent, in which case a name
    /// lookup goes on to the enclosing contexts (as swift-mustache does).
    var mayBeAbsent: Bool {
        switch self {
        case .optionalText, .optionalRecord: true
        default: false
        }
    }

    /// Words for messages: "a list of texts".
    var words: String {
        switch self {
        case .text: "a text"
        case .optionalText: "an optional text"
        case .flag: "a flag"
        case .number: "a number"
        case .record(let shape): "a record (\(shape.name))"
        case .optionalRecord(let shape): "an optional record (\(shape.name))"
        case .records(let shape): "a list of records (\(shape.name))"
        case .texts: "a list of texts"
        }
    }
}
