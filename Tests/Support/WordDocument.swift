import Foundation
import ZIPFoundation

/// A Word document built in code, for the Word reader's tests: the parts a
/// .docx needs (content types, relationships, the main document), with the
/// body, footnotes, styles and numbering given as WordprocessingML, packed
/// with ZIPFoundation as any office suite would.
public struct WordDocument {
    /// The inner XML of `w:body`.
    public var body: String
    /// The `w:footnote` elements of `word/footnotes.xml`, if the document has footnotes.
    public var footnotes: String?
    /// The `w:style` (and `w:docDefaults`) elements of `word/styles.xml`.
    public var styles: String?
    /// The inner XML of `word/numbering.xml`.
    public var numbering: String?
    /// Where the main document lives (Word writes `word/document.xml`; the reader must not assume it).
    public var mainPart = "word/document.xml"
    /// More parts: path and bytes, with a relationship from the main document of the given type when one is named.
    public var extraParts: [(path: String, data: Data, relationship: String?)] = []

    public init(body: String, footnotes: String? = nil, styles: String? = nil, numbering: String? = nil) {
        self.body = body
        self.footnotes = footnotes
        self.styles = styles
        self.numbering = numbering
    }

    /// The namespaces every part declares.
    public static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"
        """

    /// The package's bytes.
    public func data() throws -> Data {
        let folder = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        let file = mainPart.split(separator: "/").last.map(String.init) ?? mainPart
        let prefix = folder.isEmpty ? "" : folder + "/"
        var parts: [(String, Data)] = []
        var overrides = "<Override PartName=\"/\(mainPart)\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        var relationships = ""
        func add(_ name: String, _ type: String, _ xml: String, contentType: String) {
            parts.append((prefix + name, Data(xml.utf8)))
            overrides += "<Override PartName=\"/\(prefix)\(name)\" ContentType=\"\(contentType)\"/>"
            relationships += "<Relationship Id=\"rId\(type)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(name)\"/>"
        }
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        if let footnotes {
            add("notes1.xml", "footnotes", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes \(Self.namespaces)>"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + footnotes + "</w:footnotes>", contentType: "\(word).footnotes+xml")
        }
        if let styles {
            add("looks.xml", "styles", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(Self.namespaces)>\(styles)</w:styles>",
                contentType: "\(word).styles+xml")
        }
        if let numbering {
            add("lists.xml", "numbering", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(Self.namespaces)>\(numbering)</w:numbering>",
                contentType: "\(word).numbering+xml")
        }
        for (index, extra) in extraParts.enumerated() {
            parts.append((extra.path, extra.data))
            if let type = extra.relationship {
                relationships += "<Relationship Id=\"rIdExtra\(index)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"/\(extra.path)\"/>"
            }
        }
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(Self.namespaces)>\n<w:body>\(body)<w:sectPr/></w:body></w:document>"
        parts.insert((mainPart, Data(document.utf8)), at: 0)
        parts.append((prefix + "_rels/" + file + ".rels", Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationships + "</Relationships>").utf8)))
        parts.append(("_rels/.rels", Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"\(mainPart)\"/>"
            + "</Relationships>").utf8)))
        parts.insert(("[Content_Types].xml", Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>").utf8)), at: 0)
        return try WordDocument.zip(parts)
    }

    /// `parts` packed into a ZIP archive with ZIPFoundation, deflated.
    public static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: Building blocks

    /// The nine column headings, with `marks` (superscript runs) after the headings that carry them.
    public static func headingRow(marks: [Int: String] = [:], header: Bool = true) -> String {
        let headings = ["No", "Topic", "Tasks", "WCO Strategic Plan", "Type of task", "Responsible body", "Performance Indicators", "Timeline", "Progress"]
        return row(headings.enumerated().map { index, heading in
            cell(runs: run(heading) + (marks[index].map { run($0, superscript: true) } ?? ""))
        }, header: header)
    }

    /// A table of `rows` on a grid of `columns`.
    public static func table(_ rows: [String], columns: Int = 9) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: columns) + "</w:tblGrid>" + rows.joined() + "</w:tbl>"
    }

    /// A table row; `header` repeats it on every page.
    public static func row(_ cells: [String], header: Bool = false, properties: String = "") -> String {
        "<w:tr>" + (header || !properties.isEmpty ? "<w:trPr>\(header ? "<w:tblHeader/>" : "")\(properties)</w:trPr>" : "") + cells.joined() + "</w:tr>"
    }

    /// A cell holding one paragraph of `text` (empty for none); `merge` is "restart" or "continue".
    public static func cell(_ text: String = "", merge: String? = nil, span: Int? = nil) -> String {
        cell(runs: text.isEmpty ? "" : run(text), merge: merge, span: span)
    }

    /// A cell holding one paragraph of `runs`.
    public static func cell(runs: String, merge: String? = nil, span: Int? = nil) -> String {
        cell(paragraphs: ["<w:p>\(runs)</w:p>"], merge: merge, span: span)
    }

    /// A cell holding `paragraphs` (each a whole `w:p`).
    public static func cell(paragraphs: [String], merge: String? = nil, span: Int? = nil) -> String {
        var properties = ""
        if let span { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { properties += merge == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
        return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>\(properties)</w:tcPr>" + paragraphs.joined() + "</w:tc>"
    }

    /// A paragraph of one run of `text`.
    public static func paragraph(_ text: String, style: String? = nil) -> String {
        "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + run(text) + "</w:p>"
    }

    /// A run of `text`, escaped, bold or superscript as asked.
    public static func run(_ text: String, bold: Bool = false, superscript: Bool = false) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if superscript { properties += "<w:vertAlign w:val=\"superscript\"/>" }
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + "<w:t xml:space=\"preserve\">\(escaped)</w:t></w:r>"
    }

    /// One data row of nine plain cells (`nil` leaves a cell empty).
    public static func dataRow(_ cells: [String?]) -> String {
        row(cells.map { cell($0 ?? "") })
    }
}

/// ZIP archives written byte by byte, for the reader's bad-input tests: names,
/// sizes and data exactly as given, however wrong (ZIPFoundation would not
/// write an archive that lies about itself).
public enum HandMadeZIP {
    /// One entry: its name, its data as stored, the method (0 stored, 8 deflate), and what the directory declares.
    public struct Entry {
        public var name: String
        public var data: Data
        public var method: UInt16
        public var uncompressedSize: UInt32
        public var crc32: UInt32
        public var flags: UInt16

        /// An entry; stored data gets its true CRC-32 unless one is given.
        public init(name: String, data: Data, method: UInt16 = 0, uncompressedSize: UInt32? = nil, crc32: UInt32? = nil, flags: UInt16 = 0) {
            self.name = name
            self.data = data
            self.method = method
            self.uncompressedSize = uncompressedSize ?? UInt32(data.count)
            self.crc32 = crc32 ?? HandMadeZIP.crc32(data)
            self.flags = flags
        }
    }

    /// The archive: local headers and data, the central directory, the end record.
    public static func archive(_ entries: [Entry]) -> Data {
        var out = Data(), directory = Data()
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Data(entry.name.utf8)
            var common = le16(entry.flags) + le16(entry.method)
            common += le16(0) + le16(0x21)
            common += le32(entry.crc32) + le32(UInt32(entry.data.count))
            common += le32(entry.uncompressedSize) + le16(UInt16(name.count))
            var local = le32(0x0403_4B50) + le16(20)
            local += common + le16(0)
            out += local + name + entry.data
            var central = le32(0x0201_4B50) + le16(20) + le16(20)
            central += common + le16(0) + le16(0)
            central += le16(0) + le16(0) + le32(0) + le32(offset)
            directory += central + name
        }
        let start = UInt32(out.count)
        out += directory
        var end = le32(0x0605_4B50) + le16(0) + le16(0)
        end += le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        end += le32(UInt32(directory.count)) + le32(start) + le16(0)
        out += end
        return out
    }

    /// The CRC-32 ZIP uses (polynomial 0xEDB88320).
    public static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private static func le32(_ value: UInt32) -> Data { Data((0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }) }
}
