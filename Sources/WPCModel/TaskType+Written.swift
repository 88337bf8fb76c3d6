extension Array where Element == TaskType {
    /// The position of the type a Type-of-task cell names: its code exactly
    /// as defined ("A") or its name in any case ("Advanced"); nil for a blank
    /// cell or a type the document does not define. `written` is trimmed first.
    /// Looks through every type: for a cell per task, use `TaskTypeIndex`.
    public func position(ofWritten written: String) -> Int? {
        TaskTypeIndex(self).position(ofWritten: written)
    }
}

/// A programme's task types, indexed once, so that a Type-of-task cell is
/// matched in time independent of how many types the document defines (a
/// legend footnote can define any number). Names and codes compare with case
/// ignored as `UTF8Text.equalIgnoringCase` ignores it.
public struct TaskTypeIndex: Sendable {
    /// The types, in the document's order.
    public let types: [TaskType]
    private var byCode: [String: Int] = [:]
    private var byFoldedCode: [String: Int] = [:]
    /// For each folded name: the first type with it, and the first after it
    /// whose code differs from that one's (see `longForm(of:)`).
    private var byFoldedName: [String: (first: Int, otherCode: Int?)] = [:]

    /// Indexes `types`.
    public init(_ types: [TaskType]) {
        self.types = types
        for (position, type) in types.enumerated() {
            if byCode[type.code] == nil { byCode[type.code] = position }
            let code = Self.folded(type.code)
            if byFoldedCode[code] == nil { byFoldedCode[code] = position }
            let name = Self.folded(type.name)
            if let known = byFoldedName[name] {
                if known.otherCode == nil, types[known.first].code != type.code { byFoldedName[name] = (known.first, position) }
            } else {
                byFoldedName[name] = (position, nil)
            }
        }
    }

    private static func folded(_ text: String) -> String { UTF8Text.foldedCase(text) }

    /// The position of the type a Type-of-task cell names (see
    /// `Array.position(ofWritten:)`).
    public func position(ofWritten written: String) -> Int? {
        let trimmed = UTF8Text.trimming(written)
        guard !trimmed.isEmpty else { return nil }
        let code = byCode[trimmed], name = byFoldedName[Self.folded(trimmed)]?.first
        switch (code, name) {
        case let (code?, name?): return Swift.min(code, name)
        case let (code?, nil): return code
        case let (nil, name?): return name
        case (nil, nil): return nil
        }
    }

    /// The first type whose code is `code` in any case ("a" for "A").
    public func type(withCodeIgnoringCase code: String) -> TaskType? {
        byFoldedCode[Self.folded(code)].map { types[$0] }
    }

    /// The type whose name `written` is in any case, when its code is not
    /// `written` itself: "Advanced" written for "A".
    public func longForm(of written: String) -> TaskType? {
        guard let match = byFoldedName[Self.folded(written)] else { return nil }
        if types[match.first].code != written { return types[match.first] }
        return match.otherCode.map { types[$0] }
    }
}
