extension Array {
    /// The same elements, in storage of about their number. An array grown
    /// by appending may have room for up to twice what it holds; in a large
    /// programme, the many small arrays of tasks and indicators that readers
    /// build so add up to megabytes. Costs one copy when the spare room is
    /// more than an eighth of the count (or any room, below eight elements),
    /// nothing otherwise: the allocator's own rounding leaves a little.
    public func fitted() -> [Element] {
        guard capacity - count > count / 8 else { return self }
        return withUnsafeBufferPointer { Array($0) }
    }
}
