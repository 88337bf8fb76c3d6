/// The lines of a source file, for printing the line a diagnostic points at.
public struct SourceLines: Sendable {
    private let lines: [Substring]

    /// Splits `text` into lines; "\r\n" and "\n" both end a line.
    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
    }

    /// The 1-based line `number`, without its terminator, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
