import Foundation
import ZIPFoundation

/// The .docx harness's input. A Word document is a ZIP package whose parts
/// carry CRC-32 checksums, so a mutated package almost always fails the
/// archive's checks before any Word XML is read. An input that starts with
/// `PK` is taken as a package as it stands (the archive layer is fuzzed);
/// any other is a list of parts, each its name, a line feed and its bytes,
/// separated by record separators (0x1E), which the harness packs into a
/// package with correct checksums (the Word reader is fuzzed).
public enum WordParts {
    /// The byte between two parts.
    public static let separator: UInt8 = 0x1E

    /// The package to read: the input itself, or its parts packed.
    public static func package(_ input: FuzzInput) -> [UInt8] {
        if input.count >= 2, input[0] == UInt8(ascii: "P"), input[1] == UInt8(ascii: "K") { return Array(input) }
        let archive: Archive
        do { archive = try Archive(data: Data(), accessMode: .create) } catch { return Array(input) }
        var seen = Set<String>()
        for record in input.split(separator: separator, omittingEmptySubsequences: true) {
            let name = record.firstIndex(of: 0x0A).map { String(decoding: record[record.startIndex..<$0], as: UTF8.self) } ?? ""
            let body = record.firstIndex(of: 0x0A).map { Data(record[($0 + 1)...]) } ?? Data(record)
            // A ZIP entry's name is at most 65,535 bytes (ZIPFoundation traps on a longer one).
            guard !name.isEmpty, name.utf8.count <= Int(UInt16.max), seen.insert(name).inserted else { continue }
            try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(body.count), compressionMethod: .none) { position, size in
                body.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data.map { [UInt8]($0) } ?? Array(input)
    }
}
