import Foundation

/// A request to stop work running elsewhere at its next safe point: a long
/// job between two steps (Ctrl-C during `wpc watch`: the job stops before its
/// next output and keeps nothing it started), or the XML reader's building
/// parse between two chunks once the validating parse beside it has found
/// the document invalid. Whoever does the work looks at the flag; nothing is
/// interrupted.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    /// A flag not yet raised.
    public init() {}

    /// Asks the job to stop.
    public func cancel() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    /// Whether the job was asked to stop.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
