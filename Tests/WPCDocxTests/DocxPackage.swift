import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import WPCDocx
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest
import ZIPFoundation

/// A written `.docx` opened again with ZIPFoundation: its entries in stored
/// order and each part's bytes.
struct DocxPackage {
    var entryPaths: [String]
    var entryDates: [Date]
    var parts: [String: Data]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        entryPaths = []
        entryDates = []
        parts = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entryPaths.append(entry.path)
            entryDates.append(entry.fileAttributes[.modificationDate] as? Date ?? .distantPast)
            parts[entry.path] = bytes
        }
    }

    /// A part as text.
    func text(_ path: String) -> String? { parts[path].map { String(decoding: $0, as: UTF8.self) } }

    /// `word/document.xml`'s table, parsed.
    func table() throws -> WordTable {
        guard let data = parts["word/document.xml"] else { throw PackageProblem("no word/document.xml") }
        return try WordTable(data)
    }
}

/// A test failure that is not an assertion: a missing part, a bad parse.
struct PackageProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Fixtures shared by the DOCX tests.
enum DocxFixture {
    /// The seed programme, read from the canonical XML in Input/.
    static func seed() throws -> Programme {
        try SourceReader.read(path: Repository.seedXML).programme
    }

    /// Whether `data` is well-formed XML, by Foundation's parser.
    static func parseError(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        return parser.parse() ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)"
    }
}
