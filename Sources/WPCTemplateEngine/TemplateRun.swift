/// One rendering: the context stack and the output buffer.
struct TemplateRun {
    var frames: [TemplateValue]
    var output: [UInt8]

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
            output.insert(contentsOf: block.indentation, at: mark)
        }
    }

    private mutating func execute(_ instruction: Instruction) {
        switch instruction {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .print(let path, let escaped):
            switch value(at: path) {
            case .text(let text):
                if escaped { HTMLEscape.append(text, to: &output) } else { Self.append(text, to: &output) }
            case .number(let number):
                Self.append(String(number), to: &output)
            case .flag(let flag):
                Self.append(flag ? "true" : "false", to: &output)
            case .list, .record, .absent:
                break
            }
        case .section(let path, let mode, let body):
            let value = value(at: path)
            switch mode {
            case .list:
                guard case .list(let items) = value else { return }
                for item in items {
                    frames.append(item)
                    run(body)
                    frames.removeLast()
                }
            case .flag:
                if case .flag(true) = value { run(body) }
            case .value:
                switch value {
                case .text, .number, .record:
                    frames.append(value)
                    run(body)
                    frames.removeLast()
                case .flag, .list, .absent:
                    return
                }
            }
        case .inverted(let path, let mode, let body):
            let value = value(at: path)
            switch mode {
            case .list:
                if case .list(let items) = value, !items.isEmpty { return }
                frames.append(.absent)
                run(body)
                frames.removeLast()
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

    @inline(__always)
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }
}

extension CompiledTemplate {
    /// `root` rendered, as UTF-8. `root` must be of `rootShape`; values that
    /// do not fit their shape's kinds render as absent.
    public func render(_ root: TemplateRecord) -> [UInt8] {
        var output: [UInt8] = []
        render(root, into: &output)
        return output
    }

    /// Appends `root` rendered, as UTF-8, to `output`.
    public func render(_ root: TemplateRecord, into output: inout [UInt8]) {
        var run = TemplateRun(frames: [.record(root)], output: [])
        swap(&run.output, &output)
        run.frames.reserveCapacity(16)
        run.run(entry)
        swap(&run.output, &output)
    }

    /// `root` rendered, as a String.
    public func renderText(_ root: TemplateRecord) -> String {
        String(decoding: render(root), as: UTF8.self)
    }
}
