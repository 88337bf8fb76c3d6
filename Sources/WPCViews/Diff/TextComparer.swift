import WPCModel

/// How cells are compared for equality: exactly, or with the differences the
/// user ignores (`--ignore whitespace|case|punctuation`) taken out first. A
/// missing cell and a blank one are the same.
///
/// Each text is reduced to a key in one pass over its bytes (ASCII, the common
/// case) or its scalars, so comparing stays linear; texts that are equal as
/// written are never reduced at all.
struct TextComparer {
    /// Runs of white space count as one space, and leading or trailing ones as none.
    var foldsWhitespace: Bool
    /// Upper and lower case are the same.
    var foldsCase: Bool
    /// Punctuation marks (Unicode's P categories: `.,;:!?'"()[]{}-–—…`) count as nothing.
    var dropsPunctuation: Bool

    init(ignoring: Set<DiffOptions.Ignorable>) {
        foldsWhitespace = ignoring.contains(.whitespace)
        foldsCase = ignoring.contains(.case)
        dropsPunctuation = ignoring.contains(.punctuation)
    }

    /// Whether texts are compared as written.
    var isExact: Bool { !foldsWhitespace && !foldsCase && !dropsPunctuation }

    /// The text as compared, nil for a missing or blank cell (or, with
    /// punctuation ignored, one holding only punctuation).
    func key(_ text: String?) -> String? {
        guard let text, !UTF8Text.isBlank(text) else { return nil }
        guard !isExact else { return text }
        let key = UTF8Text.withBytes(of: text) { bytes in UTF8Text.isASCII(bytes) ? asciiKey(bytes) : nil } ?? unicodeKey(text)
        return key.isEmpty ? nil : key
    }

    /// Whether two cells say the same; equal texts say the same without further work.
    func same(_ a: String?, _ b: String?) -> Bool {
        // One memcmp settles unchanged cells; `==` also accepts canonically
        // equivalent spellings but is slow on non-ASCII text.
        if let a, let b, UTF8Text.bytesEqual(a, b) { return true }
        return a == b || key(a) == key(b)
    }

    /// The key of ASCII text, byte by byte.
    private func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var length = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if foldsWhitespace {
                        pendingSpace = length > 0
                        continue
                    }
                } else if dropsPunctuation && TextComparer.isASCIIPunctuation(byte) {
                    continue
                }
                if pendingSpace {
                    out[length] = 0x20
                    length += 1
                    pendingSpace = false
                }
                out[length] = foldsCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                length += 1
            }
            return length
        }
    }

    /// The key of any text: lower-cased, punctuation dropped, white space folded, each when asked.
    private func unicodeKey(_ text: String) -> String {
        var key = foldsCase ? text.lowercased() : text
        if dropsPunctuation {
            var kept = String.UnicodeScalarView()
            for scalar in key.unicodeScalars where !TextComparer.isPunctuation(scalar) { kept.append(scalar) }
            key = String(kept)
        }
        if foldsWhitespace { key = TextWord.split(key).map(\.text).joined(separator: " ") }
        return key
    }

    /// Whether `byte` is an ASCII punctuation mark (general category P): ``!"#%&'()*,-./:;?@[\]_{}``.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
        default: false
        }
    }

    /// Whether `scalar` is a punctuation mark (general category P).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
