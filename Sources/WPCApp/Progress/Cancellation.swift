import Foundation

/// A request to stop a long job between two steps (Ctrl-C during `wpc watch`).
/// The job stops before its next output and keeps nothing it started.
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
