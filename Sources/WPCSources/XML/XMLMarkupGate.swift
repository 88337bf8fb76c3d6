import Foundation

/// How far `XMLMarkupLimits` has checked a document, for a parse that runs
/// beside the check: the parse is fed only bytes already found within the
/// limits, so it never meets the shapes the limits keep from libxml2, and it
/// never waits for the check to finish before it starts.
final class XMLMarkupGate: @unchecked Sendable {
    private let condition = NSCondition()
    /// Every byte before this offset has been checked.
    private var cleared = 0
    /// The check found the document past a limit.
    private var failed = false

    /// Bytes before `offset` are within the limits.
    func clear(upTo offset: Int) {
        condition.lock()
        cleared = max(cleared, offset)
        condition.broadcast()
        condition.unlock()
    }

    /// The document goes past a limit: nothing more may be fed.
    func fail() {
        condition.lock()
        failed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the bytes before `offset` are checked; false when the
    /// check found the document past a limit.
    func waitUntilCleared(_ offset: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while cleared < offset && !failed { condition.wait() }
        return !failed
    }
}
