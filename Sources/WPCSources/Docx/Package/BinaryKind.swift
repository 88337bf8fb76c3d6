import Foundation

/// What a binary source is, judged by its first bytes: a ZIP archive (a .docx
/// is one), or an OLE compound file (a Word 97-2003 .doc, or a password-
/// protected Office document, which Office stores encrypted in one).
enum BinaryKind: Equatable {
    case zip
    case compoundFile(encrypted: Bool)

    /// The kind of `bytes`, or nil when it is neither (text, say).
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 4 else { return nil }
        if bytes[0] == 0x50, bytes[1] == 0x4B, (bytes[2] == 0x03 && bytes[3] == 0x04) || (bytes[2] == 0x05 && bytes[3] == 0x06) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted package keeps its streams "EncryptionInfo" and "EncryptedPackage"; their names are UTF-16 in the directory.
            let name: [UInt8] = "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            self = .compoundFile(encrypted: BinaryKind.contains(bytes, name))
        } else {
            return nil
        }
    }

    /// Whether `bytes` hold `pattern` somewhere.
    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
