extension Array where Element == TaskType {
    /// The position of the type a Type-of-task cell names: its code exactly
    /// as defined ("A") or its name in any case ("Advanced"); nil for a blank
    /// cell or a type the document does not define. `written` is trimmed first.
    public func position(ofWritten written: String) -> Int? {
        let trimmed = UTF8Text.trimming(written)
        guard !trimmed.isEmpty else { return nil }
        return firstIndex { $0.code == trimmed || UTF8Text.equalIgnoringCase($0.name, trimmed) }
    }
}
