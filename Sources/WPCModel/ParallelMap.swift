import Dispatch
import Foundation

/// Runs independent pieces of work on the machine's cores and returns their
/// results in the order of the pieces, so the outcome is the same as doing
/// them one after another. Used where the work is read-only over a shared
/// programme: the rules of a check, the parts of a check's context, the two
/// drafts of a diff.
public enum ParallelMap {
    /// `body(0) … body(count - 1)`, computed concurrently, in index order.
    public static func map<Result: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = Slots<Result>(count: count)
        defer { slots.free() }
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, body(index)) }
        return slots.values()
    }

    /// Runs `elsewhere` on another core while `here` runs on the calling
    /// thread, and returns both results. Allocation-heavy work belongs
    /// `here`: the process's first thread allocates from a heap that grows in
    /// large steps, while another thread's heap (glibc gives each its own)
    /// grows a page, and a system call, at a time.
    public static func beside<Elsewhere: Sendable, Here>(_ elsewhere: @escaping @Sendable () -> Elsewhere,
                                                         here: () -> Here) -> (elsewhere: Elsewhere, here: Here) {
        let slot = Slots<Elsewhere>(count: 1)
        defer { slot.free() }
        let done = DispatchSemaphore(value: 0)
        // A thread of its own: a pool's threads may all be waiting here already.
        Thread {
            slot.set(0, elsewhere())
            done.signal()
        }.start()
        let result = here()
        done.wait()
        return (slot.values()[0], result)
    }

    /// `body(0) … body(count - 1)`, computed concurrently in runs of about
    /// `chunk` indices (one task per run, so that small pieces do not pay for
    /// a task each), in index order. Each result is made where it stays, in
    /// the array returned: none is copied.
    // Inlinable, so that it is specialised for each caller's result type: a
    // generic copy of a large result goes through its type's value witnesses.
    @inlinable
    public static func map<Result: Sendable>(_ count: Int, chunk: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > max(1, chunk) else { return (0..<count).map(body) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            Places(buffer: UnsafeMutableBufferPointer(rebasing: buffer[..<count])).fill(chunk: chunk, body)
            initialized = count
        }
    }

    /// Makes `body(0) … body(count - 1)` concurrently in runs of about
    /// `chunk` indices, and hands each result, in index order, to `consume`,
    /// which owns it: nothing is copied on the way, and each result is freed
    /// as soon as `consume` is done with it.
    ///
    /// Results are made a batch of `batch` indices at a time, and while one
    /// batch is consumed the next is made: `consume`, which runs on one core
    /// at a time, overlaps `body`, which runs on all the others (and on the
    /// consuming core once it is done). At most two batches of results are
    /// alive at once.
    @inlinable
    public static func produce<Result: Sendable>(_ count: Int, chunk: Int, batch: Int = 16_384, _ body: @Sendable (Int) -> Result,
                                                 consume: (Int, consuming Result) -> Void) {
        guard count > 0 else { return }
        let runSize = max(1, chunk)
        let batchSize = max(runSize, batch)
        // Two batches' places: batch k's results stand in half k % 2.
        let buffer = UnsafeMutableBufferPointer<Result>.allocate(capacity: min(count, 2 * batchSize))
        defer { buffer.deallocate() }
        let places = Places(buffer: buffer)
        let span = 2 * batchSize
        places.fill(0..<min(count, batchSize), chunk: runSize, span: span, body)
        var start = 0
        while start < count {
            let end = min(count, start + batchSize)
            let nextEnd = min(count, end + batchSize)
            let current = start..<end
            // Iteration 0 consumes this batch; every other makes one run of the next.
            withoutActuallyEscaping(consume) { consume in
                let consumer = Consumer(consume: consume)
                DispatchQueue.concurrentPerform(iterations: 1 + (nextEnd - end + runSize - 1) / runSize) { iteration in
                    if iteration == 0 {
                        for index in current { consumer.consume(index, places.take(index % span)) }
                        return
                    }
                    let from = end + (iteration - 1) * runSize
                    places.make(from..<min(nextEnd, from + runSize), span: span, body)
                }
            }
            start = end
        }
    }

    /// The consuming closure, called by one iteration of a concurrent run
    /// while the others make results: never by two threads at once.
    @usableFromInline
    struct Consumer<Result>: @unchecked Sendable {
        @usableFromInline
        let consume: (Int, consuming Result) -> Void

        @inlinable
        init(consume: @escaping (Int, consuming Result) -> Void) { self.consume = consume }
    }

    /// Uninitialised memory for results, each place initialised by exactly
    /// one run: no two threads touch the same memory.
    @usableFromInline
    struct Places<Value>: @unchecked Sendable {
        @usableFromInline
        let buffer: UnsafeMutableBufferPointer<Value>

        @inlinable
        init(buffer: UnsafeMutableBufferPointer<Value>) { self.buffer = buffer }

        /// Initialises every place with `body` of its index, concurrently in runs of about `chunk` places.
        @inlinable
        func fill(chunk: Int, _ body: @Sendable (Int) -> Value) {
            fill(0..<buffer.count, chunk: chunk, span: buffer.count, body)
        }

        /// Makes `body` of every index in `indices`, concurrently in runs of
        /// about `chunk` indices, each into place `index % span`.
        @inlinable
        func fill(_ indices: Range<Int>, chunk: Int, span: Int, _ body: @Sendable (Int) -> Value) {
            let size = max(1, chunk)
            DispatchQueue.concurrentPerform(iterations: (indices.count + size - 1) / size) { run in
                let from = indices.lowerBound + run * size
                make(from..<min(indices.upperBound, from + size), span: span, body)
            }
        }

        /// Makes `body` of every index in `run`, one after another, each into place `index % span`.
        @inlinable
        func make(_ run: Range<Int>, span: Int, _ body: (Int) -> Value) {
            for index in run { initialize(index % span, to: body(index)) }
        }

        /// Moves `value` into its place.
        @inlinable
        func initialize(_ index: Int, to value: consuming Value) {
            buffer.baseAddress.unsafelyUnwrapped.advanced(by: index).initialize(to: value)
        }

        /// Moves the value out of its place, which is left uninitialised.
        @inlinable
        func take(_ index: Int) -> Value {
            buffer.baseAddress.unsafelyUnwrapped.advanced(by: index).move()
        }
    }

    /// One slot per piece of work, each written by exactly that piece, read
    /// only after all have finished: no two threads touch the same memory.
    private struct Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func set(_ index: Int, _ value: Value) { buffer[index] = value }

        func values() -> [Value] { buffer.compactMap { $0 } }

        func free() {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
