import Foundation

/// Tells a parse running on another thread to stop early: the XML reader's
/// building parse stops once the validating parse beside it has found the
/// document invalid, since nothing it builds would be used. The parse looks
/// between the chunks it is fed, not at every event.
final class XMLParseCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    /// Asks the parse to stop.
    func raise() { lock.withLock { raised = true } }

    /// Whether the parse was asked to stop.
    var isRaised: Bool { lock.withLock { raised } }
}
