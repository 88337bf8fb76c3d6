import Foundation

extension UTF8Text {
    /// Whether two texts are equal without regard to case. ASCII texts, the
    /// common case ("M" against "Maintenance"), are compared byte by byte;
    /// others go through Foundation's case-insensitive comparison.
    public static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        let answer = withBytes(of: a) { x in
            withBytes(of: b) { y -> Bool? in
                guard isASCII(x), isASCII(y) else { return nil }
                guard x.count == y.count else { return false }
                for index in 0..<x.count where x[index] != y[index] {
                    let lower = x[index] | 0x20
                    guard lower == y[index] | 0x20, lower >= 0x61, lower <= 0x7A else { return false }
                }
                return true
            }
        }
        return answer ?? (a.caseInsensitiveCompare(b) == .orderedSame)
    }
}

extension UTF8Text {
    /// Whether two texts have the same UTF-8 bytes (one `memcmp`): a fast
    /// first test before `==`, which also accepts canonically equivalent
    /// spellings and is slow on non-ASCII text.
    public static func bytesEqual(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(of: a) { left in
            withBytes(of: b) { right in
                guard let l = left.baseAddress, let r = right.baseAddress else { return left.count == right.count }
                return memcmp(l, r, left.count) == 0
            }
        }
    }
}
