/// One rendering: the context stack and the output.
///
/// The stack holds pointers, not values: each frame points at a value
/// inside the view-model (or at a local made for a generated element) and,
/// for a record, at its fields. Every pointer is taken inside the
/// `withUnsafe…` scope that keeps it valid, and frames are pushed and popped
/// inside those scopes, so reading a field takes no reference count.
struct TemplateRun {
    struct Frame {
        var value: UnsafePointer<TemplateValue>
        /// The record's fields; empty for a text or number.
        var fields: UnsafeBufferPointer<TemplateValue>
    }

    var frames: [Frame] = []
    var output: OutputBuffer

    mutating func run(_ block: Block) {
        block.instructions.withUnsafeBufferPointer { instructions in
            if block.indentation.isEmpty {
                for index in instructions.indices { execute(instructions[index]) }
                return
            }
            // As swift-mustache: before an instruction's (non-empty) output, when
            // this unit's output so far ends a line, write the indentation.
            let start = output.count
            for index in instructions.indices {
                let mark = output.count
                execute(instructions[index])
                guard output.count > mark, mark > start, output[mark - 1] == 0x0A else { continue }
                // "\r\n" is one Character, not "\n": swift-mustache does not indent after it.
                if mark - 2 >= start, output[mark - 2] == 0x0D { continue }
                output.insert(block.indentation, at: mark)
            }
        }
    }

    /// Pushes `value` as the context, runs `body`, pops it.
    mutating func enter(_ value: UnsafePointer<TemplateValue>, _ body: Block) {
        if case .record(let record) = value.pointee {
            record.values.withUnsafeBufferPointer { fields in
                frames.append(Frame(value: value, fields: fields))
                run(body)
                frames.removeLast()
            }
        } else {
            frames.append(Frame(value: value, fields: UnsafeBufferPointer(start: nil, count: 0)))
            run(body)
            frames.removeLast()
        }
    }

    private mutating func execute(_ instruction: Instruction) {
        switch instruction {
        case .text(let bytes):
            output.append(bytes)
        case .print(let path, let escaped):
            withValue(at: path) { run, value in
                switch value.pointee {
                case .text(let text):
                    if escaped { HTMLEscape.append(text, to: &run.output) } else { run.output.append(text) }
                case .number(let number):
                    run.output.append(String(number))
                case .flag(let flag):
                    run.output.append(flag ? "true" : "false")
                case .list, .generated, .record, .absent:
                    break
                }
            }
        case .section(let path, let mode, let body):
            let body = body.takeUnretainedValue()
            withValue(at: path) { run, value in
                switch mode {
                case .list:
                    switch value.pointee {
                    case .list(let items):
                        items.withUnsafeBufferPointer { items in
                            guard let base = items.baseAddress else { return }
                            for index in items.indices { run.enter(base + index, body) }
                        }
                    case .generated(let sequence):
                        for index in 0..<sequence.count {
                            var element = sequence[index]
                            withUnsafePointer(to: &element) { run.enter($0, body) }
                        }
                    default:
                        return
                    }
                case .flag:
                    if case .flag(true) = value.pointee { run.run(body) }
                case .value:
                    switch value.pointee {
                    case .text, .number, .record: run.enter(value, body)
                    case .flag, .list, .generated, .absent: return
                    }
                }
            }
        case .inverted(let path, let mode, let body):
            let body = body.takeUnretainedValue()
            withValue(at: path) { run, value in
                switch mode {
                case .list:
                    if case .list(let items) = value.pointee, !items.isEmpty { return }
                    if case .generated(let sequence) = value.pointee, sequence.count > 0 { return }
                    var nothing = TemplateValue.absent
                    withUnsafePointer(to: &nothing) { run.enter($0, body) }
                case .flag:
                    if case .flag(true) = value.pointee { return }
                    run.run(body)
                case .value:
                    if case .absent = value.pointee { run.run(body) }
                }
            }
        case .partial(let block):
            run(block.takeUnretainedValue())
        }
    }

    /// Calls `body` with this run and a pointer to the value at `path` (to
    /// `.absent` when there is none). The run is passed in, not captured, so
    /// that `body` may write to it while the pointer is held.
    @inline(__always)
    private mutating func withValue(at path: ValuePath, _ body: (inout TemplateRun, UnsafePointer<TemplateValue>) -> Void) {
        switch path {
        case .frame(let depth):
            let value = frames[depth].value
            body(&self, value)
        case .field(let depth, let index):
            let fields = frames[depth].fields
            if index < fields.count, let base = fields.baseAddress {
                body(&self, base + index)
            } else {
                var nothing = TemplateValue.absent
                withUnsafePointer(to: &nothing) { body(&self, $0) }
            }
        case .search(let steps):
            var value = search(steps)
            withUnsafePointer(to: &value) { body(&self, $0) }
        }
    }

    /// The value a searched path names: the first place whose field is not
    /// absent, then on through nested records. Rare (dotted names, optional
    /// fields shadowing outer ones), so it copies values.
    private func search(_ steps: [ValuePath.Step]) -> TemplateValue {
        func field(_ index: Int, of value: TemplateValue) -> TemplateValue {
            guard case .record(let record) = value, index < record.values.count else { return .absent }
            return record.values[index]
        }
        for step in steps {
            let fields = frames[step.depth].fields
            guard step.index < fields.count else { continue }
            var value = fields[step.index]
            if case .absent = value { continue }
            for index in step.rest { value = field(index, of: value) }
            return value
        }
        return .absent
    }
}

extension CompiledTemplate {
    /// `root` rendered, as UTF-8. `root` must be of `rootShape`; values that
    /// do not fit their shape's kinds render as absent.
    public func render(_ root: TemplateRecord) -> [UInt8] {
        renderBytes(root) { Array($0) }
    }

    /// Appends `root` rendered, as UTF-8, to `output`.
    public func render(_ root: TemplateRecord, into output: inout [UInt8]) {
        renderBytes(root) { output.append(contentsOf: $0) }
    }

    /// `root` rendered, as a String.
    public func renderText(_ root: TemplateRecord) -> String {
        renderBytes(root) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with `root` rendered, as UTF-8; the bytes are freed after.
    public func renderBytes<Result>(_ root: TemplateRecord, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let (base, count) = renderIntoMallocBlock(root)
        defer { OutputBuffer.free(base) }
        return body(UnsafeBufferPointer(start: base, count: count))
    }

    /// `root` rendered, as UTF-8, in a block from `malloc` that the caller
    /// owns and must release with `free` (Foundation's
    /// `Data(bytesNoCopy:count:deallocator: .free)` takes it without a copy).
    public func renderIntoMallocBlock(_ root: TemplateRecord) -> (UnsafeMutablePointer<UInt8>, Int) {
        var run = TemplateRun(output: OutputBuffer())
        run.frames.reserveCapacity(16)
        var value = TemplateValue.record(root)
        withUnsafePointer(to: &value) { run.enter($0, entry) }
        return (run.output.base, run.output.count)
    }
}
