#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text compared and hashed by its UTF-8 bytes. Swift's own string
/// equality is canonical equivalence (a decomposed "é" equals a precomposed
/// one), but a reader keeps text exactly as written and counts offsets in its
/// bytes: two texts are the same here only when written with the same bytes.
public struct ExactText: Hashable, Sendable {
    /// The text.
    public let string: String

    /// `string`, to be compared by its bytes.
    public init(_ string: String) { self.string = string }

    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        guard lhs.string.utf8.count == rhs.string.utf8.count else { return false }
        return UTF8Text.withBytes(of: lhs.string) { left in
            UTF8Text.withBytes(of: rhs.string) { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return left.count == right.count }
                return memcmp(a, b, left.count) == 0
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        UTF8Text.withBytes(of: string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
