import Foundation
import WPCModel

/// Reads the responsible-body registry, a tab-separated file with the header
/// `id<TAB>name<TAB>aliases`; aliases are separated by ` | `. Lines starting
/// with `#` are comments.
public enum BodyRegistryReader {
    /// Reads the registry at `path`.
    /// - Throws: `SourceError` naming the line and column of a malformed row or
    ///   a duplicate id, or saying the file is larger than `sizeLimit` bytes.
    public static func read(path: String, sizeLimit: Int = SourceText.defaultSizeLimit) throws(SourceError) -> BodyRegistry {
        try read(SourceText.load(path: path, sizeLimit: sizeLimit))
    }

    /// Reads a registry already in memory.
    public static func read(_ source: SourceText) throws(SourceError) -> BodyRegistry {
        var bodies: [ResponsibleBody] = []
        var ids = Set<String>()
        var sawHeader = false
        for number in 1...source.lines.count {
            guard let line = source.lines.line(number) else { continue }
            if UTF8Text.isBlank(String(line)) || line.hasPrefix("#") { continue }
            let cells = TabCells.split(String(line))
            if !sawHeader {
                guard cells.count >= 2, cells[0] == "id", cells[1] == "name" else {
                    throw SourceError("expected the header row 'id<TAB>name<TAB>aliases'", at: SourceLocation(file: source.path, line: number, column: 1))
                }
                sawHeader = true
                continue
            }
            guard cells.count >= 2, cells.count <= 3 else {
                throw SourceError("expected 2 or 3 tab-separated cells (id, name, aliases); found \(cells.count)", at: SourceLocation(file: source.path, line: number, column: 1))
            }
            let id = UTF8Text.trimming(cells[0])
            let name = UTF8Text.trimming(cells[1])
            guard !id.isEmpty, !name.isEmpty else {
                let column = id.isEmpty ? 1 : cells[0].unicodeScalars.count + 2
                throw SourceError("a body needs an id and a name", at: SourceLocation(file: source.path, line: number, column: column))
            }
            guard ids.insert(UTF8Text.foldedCase(id)).inserted else {
                throw SourceError("duplicate body id '\(id)'", at: SourceLocation(file: source.path, line: number, column: 1))
            }
            let aliases = cells.count == 3
                ? TabCells.split(cells[2], on: UInt8(ascii: "|")).map(UTF8Text.trimming).filter { !$0.isEmpty }
                : []
            bodies.append(ResponsibleBody(id: id, name: name, aliases: aliases))
        }
        guard sawHeader else { throw SourceError("the registry is empty", file: source.path) }
        return BodyRegistry(bodies: bodies)
    }
}

/// Splits a line of a tab-separated file into its cells, empty cells kept.
enum TabCells {
    static func split(_ line: String, on separator: UInt8 = 0x09) -> [String] {
        UTF8Text.withBytes(of: line) { bytes in
            var cells: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                cells.append(UTF8Text.string(bytes, start..<index))
                start = index + 1
            }
            return cells
        }
    }
}
