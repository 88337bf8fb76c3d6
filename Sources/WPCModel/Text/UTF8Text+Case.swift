import Foundation

extension UTF8Text {
    /// Whether two texts are equal without regard to case. ASCII texts, the
    /// common case ("M" against "Maintenance"), are compared byte by byte;
    /// others go through Foundation's case-insensitive comparison.
    public static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        let asciiA = a.utf8.allSatisfy { $0 < 0x80 }, asciiB = b.utf8.allSatisfy { $0 < 0x80 }
        if asciiA && asciiB {
            guard a.utf8.count == b.utf8.count else { return false }
            return zip(a.utf8, b.utf8).allSatisfy { x, y in
                x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
            }
        }
        return a.caseInsensitiveCompare(b) == .orderedSame
    }
}
