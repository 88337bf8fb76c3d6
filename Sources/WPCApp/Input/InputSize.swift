import WPCSources

/// The largest input file a command reads (`--max-input SIZE`): a number of
/// bytes, or a count with K, M or G (powers of 1024). A larger source or
/// registry is refused before it is read, with its size and the limit, so a
/// file of gigabytes cannot exhaust memory.
public struct InputSize: Sendable, Hashable, CustomStringConvertible {
    /// Why a value names no limit.
    public enum Problem: Error, Sendable, CustomStringConvertible {
        /// Not a positive count with an optional unit.
        case notASize(String)
        /// More than `InputSize.largest`.
        case tooLarge(String)

        /// The problem in words, for the usage error.
        public var description: String {
            switch self {
            case .notASize(let text): "'\(text)' is no size: write bytes (1000000) or a count with K, M or G (512M)"
            case .tooLarge(let text): "\(text) is more than the largest limit, 2G"
            }
        }
    }

    /// The limit in bytes.
    public let bytes: Int

    /// 256M, unless told otherwise.
    public static let standard = InputSize(checkedBytes: SourceText.defaultSizeLimit)
    /// The largest limit accepted: 2G, what the XML reader (libxml2) can take in one piece.
    public static let largest = 2 * 1024 * 1024 * 1024

    private init(checkedBytes: Int) { bytes = checkedBytes }

    /// The size `text` names: "1000", "64K", "512M", "2G" (a lower-case unit or a trailing B is fine).
    /// - Throws: `Problem` when it names none, or one above 2G.
    public init(parsing text: String) throws(Problem) {
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("B"), digits.count > 1 { digits = digits.dropLast() }
        let units: [Character: Int] = ["K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024]
        let unit = digits.last.flatMap { units[$0] } ?? 1
        if unit > 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), count > 0 else { throw .notASize(text) }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: unit)
        guard !overflow, bytes <= InputSize.largest else { throw .tooLarge(text) }
        self.bytes = bytes
    }

    /// The size in the largest unit that divides it: "256M", "1500".
    public var description: String {
        for (unit, suffix) in [(1024 * 1024 * 1024, "G"), (1024 * 1024, "M"), (1024, "K")] where bytes % unit == 0 {
            return "\(bytes / unit)\(suffix)"
        }
        return "\(bytes)"
    }
}
