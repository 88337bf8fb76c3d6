/// Numbers as wpc writes them in messages.
public enum NumberText {
    /// `7982` as "7,982", the same on every machine (no locale).
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = number < 0 ? "-" : ""
        for (index, digit) in digits.utf8.enumerated() {
            if index > 0, (digits.utf8.count - index) % 3 == 0 { result += "," }
            result.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return result
    }
}
