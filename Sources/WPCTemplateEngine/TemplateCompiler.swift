/// Compiles parsed templates against a root shape: follows the context
/// stack through sections and partials and resolves every name to a
/// `ValuePath`, or fails with the file, line and column of the tag.
struct TemplateCompiler {
    let templates: [String: ParsedTemplate]
    /// Partials compiled so far, per context they were included in.
    private var compiled: [PartialKey: Block] = [:]
    /// The templates compiled at least once.
    private(set) var reached: Set<String> = []

    init(templates: [String: ParsedTemplate]) {
        self.templates = templates
    }

    /// What a level of the context stack holds while compiling.
    enum Frame: Hashable {
        case record(TemplateShape)
        case text
        case number
        /// The empty list an inverted section pushes: it names nothing.
        case opaque

        static func == (a: Frame, b: Frame) -> Bool {
            switch (a, b) {
            case (.record(let x), .record(let y)): x === y
            case (.text, .text), (.number, .number), (.opaque, .opaque): true
            default: false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case .record(let shape): hasher.combine(ObjectIdentifier(shape))
            case .text: hasher.combine(1)
            case .number: hasher.combine(2)
            case .opaque: hasher.combine(3)
            }
        }
    }

    private struct PartialKey: Hashable {
        var name: String
        var frames: [Frame]
        var indentation: [UInt8]
    }

    /// Where the compiler is: the file, the context stack, whether variables
    /// are escaped, the indentation, and the partials being included.
    private struct Scope {
        var file: String
        var frames: [Frame]
        var escapes: Bool
        var indentation: [UInt8]
        var including: [String]
    }

    /// The entry template compiled for a root record of `root`.
    mutating func compile(entry: String, root: TemplateShape) throws(TemplateLoadError) -> Block {
        guard let template = templates[entry] else {
            throw TemplateLoadError("no template '\(entry)'", file: entry, line: 0, column: 0)
        }
        reached.insert(entry)
        let scope = Scope(file: template.file, frames: [.record(root)], escapes: true, indentation: [], including: [entry])
        return try block(template.nodes, scope)
    }

    private mutating func block(_ nodes: [TemplateNode], _ scope: Scope) throws(TemplateLoadError) -> Block {
        var scope = scope
        var instructions: [CompiledStep] = []
        for node in nodes {
            switch node {
            case .text(let text):
                let bytes = Array(text.utf8)
                // Adjacent texts are one instruction, except where indentation
                // is decided between them.
                if scope.indentation.isEmpty, case .text(let previous)? = instructions.last {
                    instructions[instructions.count - 1] = .text(previous + bytes)
                } else {
                    instructions.append(.text(bytes))
                }
            case .variable(let name, let escaped, let at):
                let (path, meaning) = try resolve(name, at: at, scope)
                guard meaning.isPrintable else {
                    throw error("'\(name)' is \(meaning.words) and cannot be printed; open it as a section: {{#\(name)}}…{{/\(name)}}", at: at, scope)
                }
                instructions.append(.print(path, escaped: escaped && scope.escapes))
            case .section(let name, let inverted, let body, let at):
                let (path, meaning) = try resolve(name, at: at, scope)
                var inner = scope
                let mode: SectionMode
                switch meaning {
                case .flag:
                    mode = .flag
                case .list(let element):
                    mode = .list
                    inner.frames.append(inverted ? .opaque : element)
                case .value(let frame):
                    mode = .value
                    if !inverted { inner.frames.append(frame) }
                case .nothing:
                    throw error("'.' here is inside an inverted section over an empty list and names nothing", at: at, scope)
                }
                let compiledBody = try block(body, inner)
                instructions.append(inverted ? .inverted(path, mode, compiledBody) : .section(path, mode, compiledBody))
            case .partial(let name, let indentation, let at):
                guard let template = templates[name] else {
                    throw error("partial '\(name)' does not exist (known: \(templates.keys.sorted().joined(separator: ", ")))", at: at, scope)
                }
                if scope.including.contains(name) {
                    throw error("partial '\(name)' includes itself (\((scope.including + [name]).joined(separator: " → "))); recursive partials are not supported", at: at, scope)
                }
                let inner = Scope(file: template.file, frames: scope.frames, escapes: true,
                                  indentation: scope.indentation + Array((indentation ?? "").utf8), including: scope.including + [name])
                let key = PartialKey(name: name, frames: inner.frames, indentation: inner.indentation)
                if let known = compiled[key] {
                    instructions.append(.partial(known))
                } else {
                    reached.insert(name)
                    let compiledPartial = try block(template.nodes, inner)
                    compiled[key] = compiledPartial
                    instructions.append(.partial(compiledPartial))
                }
            case .contentType(let escapes):
                scope.escapes = escapes
            }
        }
        return Block(steps: instructions, indentation: scope.indentation)
    }

    // MARK: Names

    /// What a name turned out to be.
    private enum Meaning {
        case flag
        case list(element: Frame)
        case value(Frame)
        /// `.` on the empty list an inverted section pushed.
        case nothing

        init(_ kind: TemplateShape.Kind) {
            switch kind {
            case .text, .optionalText: self = .value(.text)
            case .number: self = .value(.number)
            case .flag: self = .flag
            case .record(let shape), .optionalRecord(let shape): self = .value(.record(shape))
            case .records(let shape): self = .list(element: .record(shape))
            case .texts: self = .list(element: .text)
            }
        }

        init(_ frame: Frame) {
            self = frame == .opaque ? .nothing : .value(frame)
        }

        var isPrintable: Bool {
            switch self {
            case .flag, .value(.text), .value(.number): true
            default: false
            }
        }

        var words: String {
            switch self {
            case .flag: "a flag"
            case .list(.record(let shape)): "a list of records (\(shape.name))"
            case .list: "a list"
            case .value(.record(let shape)): "a record (\(shape.name))"
            case .value: "a value"
            case .nothing: "nothing"
            }
        }

        func same(as other: Meaning) -> Bool {
            switch (self, other) {
            case (.flag, .flag), (.nothing, .nothing): true
            case (.list(let a), .list(let b)), (.value(let a), .value(let b)): a == b
            default: false
            }
        }
    }

    private func resolve(_ name: TemplateName, at: TemplatePosition, _ scope: Scope) throws(TemplateLoadError) -> (ValuePath, Meaning) {
        let top = scope.frames.count - 1
        if name.isCurrent {
            return (.frame(top), Meaning(scope.frames[top]))
        }
        let first = name.parts[0]
        var starts: [(depth: Int, index: Int, kind: TemplateShape.Kind)] = []
        for depth in stride(from: top, through: name.anchored ? top : 0, by: -1) {
            guard case .record(let shape) = scope.frames[depth], let index = shape.index(of: first) else { continue }
            let kind = shape.fields[index].kind
            starts.append((depth, index, kind))
            if !kind.mayBeAbsent { break }
        }
        guard !starts.isEmpty else {
            let known = scope.frames.flatMap { frame -> [String] in
                guard case .record(let shape) = frame else { return [] }
                return shape.fields.map(\.name)
            }
            throw error("'\(first)' is not a variable of this template's view-model" + Suggestion.didYouMean(first, among: known), at: at, scope)
        }
        var steps: [ValuePath.Step] = []
        var meaning: Meaning?
        for start in starts {
            var kind = start.kind
            var rest: [Int] = []
            var walked = first
            for part in name.parts.dropFirst() {
                guard let shape = kind.recordShape else {
                    throw error("'\(walked)' is \(kind.words) and has no field '\(part)'", at: at, scope)
                }
                guard let index = shape.index(of: part) else {
                    throw error("'\(part)' is not a field of '\(walked)' (\(shape.name))" + Suggestion.didYouMean(part, among: shape.fields.map(\.name)), at: at, scope)
                }
                rest.append(index)
                kind = shape.fields[index].kind
                walked += "." + part
            }
            let here = Meaning(kind)
            if let meaning, !meaning.same(as: here) {
                throw error("'\(name)' means different things in the contexts around this tag; name it with a leading '.' or rename the field", at: at, scope)
            }
            meaning = here
            steps.append(ValuePath.Step(depth: start.depth, index: start.index, rest: rest))
        }
        let path: ValuePath = steps.count == 1 && steps[0].rest.isEmpty
            ? .field(depth: steps[0].depth, index: steps[0].index) : .search(steps)
        return (path, meaning ?? .nothing)
    }

    private func error(_ message: String, at: TemplatePosition, _ scope: Scope) -> TemplateLoadError {
        TemplateLoadError(message, file: scope.file, line: at.line, column: at.column)
    }
}

extension TemplateShape.Kind {
    /// The shape of a record or optional record: what a dotted name can go into.
    fileprivate var recordShape: TemplateShape? {
        switch self {
        case .record(let shape), .optionalRecord(let shape): shape
        default: nil
        }
    }
}
