/// One step of a long command, for a progress display: what is being done
/// ("writing ptc.html") and how far along the command is (`done` of `total`).
public struct ProgressStep: Sendable, Equatable {
    /// What is being done, in a few words.
    public var doing: String
    /// Steps finished before this one.
    public var done: Int
    /// Steps in all; 0 when not known.
    public var total: Int

    /// A step.
    public init(_ doing: String, done: Int, total: Int) {
        self.doing = doing
        self.done = done
        self.total = total
    }
}

/// Told each step of a long command as it starts.
public typealias ProgressHandler = @Sendable (ProgressStep) -> Void
