import Foundation

/// What a binary source is, judged by its first bytes: a ZIP archive (a .docx
/// is one), or an OLE compound file (a Word 97-2003 .doc, or a password-
/// protected Office document, which Office stores encrypted in one).
enum BinaryKind: Equatable {
    case zip
    case compoundFile(encrypted: Bool)

    /// The kind of `data`, or nil when it is neither (text, say).
    init?(_ data: Data) {
        guard data.count >= 4 else { return nil }
        let head = [UInt8](data.prefix(8))
        if head[0] == 0x50, head[1] == 0x4B, (head[2] == 0x03 && head[3] == 0x04) || (head[2] == 0x05 && head[3] == 0x06) {
            self = .zip
        } else if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            // An encrypted package keeps its streams "EncryptionInfo" and "EncryptedPackage"; their names are UTF-16 in the directory.
            let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            self = .compoundFile(encrypted: data.range(of: name) != nil)
        } else {
            return nil
        }
    }
}
