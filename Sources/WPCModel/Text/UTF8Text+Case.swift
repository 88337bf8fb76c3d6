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
