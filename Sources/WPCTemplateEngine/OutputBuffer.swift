#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a rendering writes: one malloc'd block grown with realloc
/// (which moves no bytes for a large block: the pages are remapped), so a
/// 30 MB page costs no copies while it grows and none when it is handed over.
struct OutputBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        // As Swift's own allocations do, running out of memory stops the process.
        guard let memory = malloc(self.capacity) else { fatalError("out of memory") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }

    /// Frees the block; for a buffer that was not handed over.
    func deallocate() { Self.free(base) }

    /// Frees a block this buffer allocated.
    static func free(_ pointer: UnsafeMutablePointer<UInt8>) {
        #if canImport(Glibc)
        Glibc.free(pointer)
        #elseif canImport(Musl)
        Musl.free(pointer)
        #else
        Darwin.free(pointer)
        #endif
    }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    mutating func append(_ text: String) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0) }) { return done }
        var copy = text
        copy.withUTF8 { append($0) }
    }

    /// The byte at `index` (which must be below `count`).
    subscript(index: Int) -> UInt8 { base[index] }

    /// Inserts `bytes` at `index`, moving what follows.
    mutating func insert(_ bytes: [UInt8], at index: Int) {
        reserve(bytes.count)
        bytes.withUnsafeBufferPointer { inserted in
            guard let source = inserted.baseAddress, inserted.count > 0 else { return }
            (base + index + inserted.count).update(from: base + index, count: count - index)
            (base + index).update(from: source, count: inserted.count)
            count += inserted.count
        }
    }
}
