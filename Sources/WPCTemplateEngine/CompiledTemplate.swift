/// A template compiled against the shape of its view-model: a tree of
/// instructions in which every name is already an index. Rendering walks
/// the tree, indexes arrays and appends UTF-8 to one buffer; it cannot fail.
public struct CompiledTemplate: Sendable {
    /// The shape of the record `render` expects.
    public let rootShape: TemplateShape
    let entry: Block

    init(rootShape: TemplateShape, entry: Block) {
        self.rootShape = rootShape
        self.entry = entry
    }
}

/// A step as the compiler makes it, owning what it refers to.
enum CompiledStep {
    case text([UInt8])
    case print(ValuePath, escaped: Bool)
    case section(ValuePath, SectionMode, Block)
    case inverted(ValuePath, SectionMode, Block)
    case partial(Block)
}

/// A run of instructions rendered as one unit: a template file, a section
/// body (once per element of a list), or a partial. Units matter for
/// indentation: a partial standing alone on an indented line indents every
/// line its unit writes after the first.
///
/// Immutable once made. Its instructions refer to the block's own text
/// buffer and to its child blocks without reference counting (the block
/// holds both), so running them touches no reference counts: hence
/// `@unchecked Sendable`.
final class Block: @unchecked Sendable {
    let instructions: [Instruction]
    /// Written before each instruction's output that begins a new line of
    /// this unit's output; empty for all but indented partials.
    let indentation: [UInt8]
    private let children: [Block]
    private let text: UnsafeMutableBufferPointer<UInt8>

    init(steps: [CompiledStep], indentation: [UInt8]) {
        self.indentation = indentation
        var size = 0
        var children: [Block] = []
        for step in steps {
            switch step {
            case .text(let bytes): size += bytes.count
            case .section(_, _, let block), .inverted(_, _, let block), .partial(let block): children.append(block)
            case .print: break
            }
        }
        let text = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(size, 1))
        var offset = 0
        instructions = steps.map { step in
            switch step {
            case .text(let bytes):
                let start = offset
                for byte in bytes {
                    text[offset] = byte
                    offset += 1
                }
                return .text(UnsafeBufferPointer(rebasing: text[start..<offset]))
            case .print(let path, let escaped): return .print(path, escaped: escaped)
            case .section(let path, let mode, let block): return .section(path, mode, Unmanaged.passUnretained(block))
            case .inverted(let path, let mode, let block): return .inverted(path, mode, Unmanaged.passUnretained(block))
            case .partial(let block): return .partial(Unmanaged.passUnretained(block))
            }
        }
        self.text = text
        self.children = children
    }

    deinit { text.deallocate() }
}

/// One step of a compiled template.
enum Instruction {
    /// Literal bytes (in the block's text buffer).
    case text(UnsafeBufferPointer<UInt8>)
    /// The value at `path`, HTML-escaped or as it is.
    case print(ValuePath, escaped: Bool)
    /// A section: its body rendered per list element, once for a true flag or a present value.
    case section(ValuePath, SectionMode, Unmanaged<Block>)
    /// An inverted section: its body rendered for an empty list, a false flag or an absent value.
    case inverted(ValuePath, SectionMode, Unmanaged<Block>)
    /// A partial, compiled for the context it is included in.
    case partial(Unmanaged<Block>)
}

/// How a section treats its value, known from the field's kind when compiled.
enum SectionMode: Sendable {
    /// A list: the body runs once per element, the element pushed as the context.
    case list
    /// A flag: the body runs when true, in the same context.
    case flag
    /// A text, number or record: the body runs when present, the value pushed as the context.
    case value
}

/// Where a name's value is found while rendering: a depth in the context
/// stack (0 = the root record) and field indices.
enum ValuePath: Sendable {
    /// The context at this depth itself (`{{.}}`).
    case frame(Int)
    /// Field `index` of the record at `depth`: the common case.
    case field(depth: Int, index: Int)
    /// Places tried in order: a field that may be absent lets the lookup go
    /// on to an enclosing context, as swift-mustache's does; each place may
    /// continue through nested records (`a.b.c`).
    case search([Step])

    struct Step: Sendable {
        var depth: Int
        var index: Int
        var rest: [Int]
    }
}
