/// One rendering: the context stack and the output.
struct TemplateRun {
    var frames: [TemplateValue]
    var output: OutputBuffer

    mutating func run(_ block: Block) {
        if block.indentation.isEmpty {
            for instruction in block.instructions { execute(instruction) }
            return
        }
        // As swift-mustache: before an instruction's (non-empty) output, when
        // this unit's output so far ends a line, write the indentation.
        let start = output.count
        for instruction in block.instructions {
            let mark = output.count
            execute(instruction)
            guard output.count > mark, mark > start, output[mark - 1] == 0x0A else { continue }
            // "\r\n" is one Character, not "\n": swift-mustache does not indent after it.
            if mark - 2 >= start, output[mark - 2] == 0x0D { continue }
            output.insert(block.indentation, at: mark)
        }
    }

    private mutating func execute(_ instruction: Instruction) {
        switch instruction {
        case .text(let bytes):
            output.append(bytes)
        case .print(let path, let escaped):
            switch value(at: path) {
            case .text(let text):
                if escaped { HTMLEscape.append(text, to: &output) } else { output.append(text) }
            case .number(let number):
                output.append(String(number))
            case .flag(let flag):
                output.append(flag ? "true" : "false")
            case .list, .generated, .record, .absent:
                break
            }
        case .section(let path, let mode, let body):
            let value = value(at: path)
            switch mode {
            case .list:
                switch value {
                case .list(let items):
                    for item in items { enter(item, body) }
                case .generated(let sequence):
                    for index in 0..<sequence.count { enter(sequence[index], body) }
                default:
                    return
                }
            case .flag:
                if case .flag(true) = value { run(body) }
            case .value:
                switch value {
                case .text, .number, .record: enter(value, body)
                case .flag, .list, .generated, .absent: return
                }
            }
        case .inverted(let path, let mode, let body):
            let value = value(at: path)
            switch mode {
            case .list:
                if case .list(let items) = value, !items.isEmpty { return }
                if case .generated(let sequence) = value, sequence.count > 0 { return }
                enter(.absent, body)
            case .flag:
                if case .flag(true) = value { return }
                run(body)
            case .value:
                if case .absent = value { run(body) }
            }
        case .partial(let block):
            run(block)
        }
    }

    @inline(__always)
    private mutating func enter(_ value: TemplateValue, _ body: Block) {
        frames.append(value)
        run(body)
        frames.removeLast()
    }

    private func value(at path: ValuePath) -> TemplateValue {
        switch path {
        case .frame(let depth):
            return frames[depth]
        case .field(let depth, let index):
            return field(index, of: frames[depth])
        case .search(let steps):
            for step in steps {
                var value = field(step.index, of: frames[step.depth])
                if case .absent = value { continue }
                for index in step.rest { value = field(index, of: value) }
                return value
            }
            return .absent
        }
    }

    @inline(__always)
    private func field(_ index: Int, of value: TemplateValue) -> TemplateValue {
        guard case .record(let record) = value, index < record.values.count else { return .absent }
        return record.values[index]
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
        var run = TemplateRun(frames: [.record(root)], output: OutputBuffer())
        run.frames.reserveCapacity(16)
        run.run(entry)
        return (run.output.base, run.output.count)
    }
}
