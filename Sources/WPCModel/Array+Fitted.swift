extension Array {
    /// The same elements, in storage of about their number. An array grown
    /// by appending may have room for up to twice what it holds; in a large
    /// programme, the many small arrays of tasks and indicators that readers
    /// build so add up to megabytes. Costs one copy when there is room to give
    /// back, nothing otherwise.
    public func fitted() -> [Element] {
        guard capacity > count else { return self }
        return withUnsafeBufferPointer { Array($0) }
    }
}
