import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the tests read back from `word/document.xml`: the table's rows and
/// cells (text, vertical merge, width), whether each row repeats as a header,
/// the grid, the page size and the body paragraphs outside the table.
struct WordTable {
    struct Cell {
        /// The cell's text; paragraphs joined by "\n", superscript runs wrapped in "^{…}".
        var text = ""
        /// `restart`, `continue`, or nil when the cell has no `w:vMerge`.
        var vMerge: String?
        var width: Int?
        /// The texts of the bold runs.
        var boldRuns: [String] = []
    }

    struct Row {
        var isHeader = false
        var cells: [Cell] = []
    }

    var rows: [Row] = []
    var gridColumns: [Int] = []
    /// `w:pgSz`'s attributes.
    var pageSize: [String: String] = [:]
    /// Paragraphs of the body outside the table, with their style and alignment.
    var paragraphs: [(style: String?, alignment: String?, text: String, boldRuns: [String])] = []

    init(_ data: Data) throws {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        guard parser.parse() else { throw PackageProblem("document.xml: \(parser.parserError.map { "\($0)" } ?? "parse error")") }
        rows = reader.rows
        gridColumns = reader.grid
        pageSize = reader.pageSize
        paragraphs = reader.paragraphs
    }

    /// The cells of one column, top to bottom, header row excluded.
    func column(_ index: Int) -> [Cell] { rows.filter { !$0.isHeader }.map { $0.cells[index] } }

    private final class Reader: NSObject, XMLParserDelegate {
        var rows: [Row] = []
        var grid: [Int] = []
        var pageSize: [String: String] = [:]
        var paragraphs: [(style: String?, alignment: String?, text: String, boldRuns: [String])] = []

        private var row: Row?
        private var cell: Cell?
        private var paragraphText = ""
        private var paragraphStyle: String?
        private var paragraphAlignment: String?
        private var paragraphBold: [String] = []
        private var inText = false
        private var runText = ""
        private var runBold = false
        private var runSuperscript = false
        private var inParagraph = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:tr": row = Row()
            case "w:tblHeader": row?.isHeader = true
            case "w:tc": cell = Cell()
            case "w:tcW": cell?.width = attributes["w:w"].flatMap(Int.init)
            case "w:vMerge": cell?.vMerge = attributes["w:val"] ?? "continue"
            case "w:gridCol": if let width = attributes["w:w"].flatMap(Int.init) { grid.append(width) }
            case "w:pgSz": pageSize = attributes
            case "w:p":
                inParagraph = true
                paragraphText = ""; paragraphStyle = nil; paragraphAlignment = nil; paragraphBold = []
            case "w:pStyle": paragraphStyle = attributes["w:val"]
            case "w:jc": if inParagraph { paragraphAlignment = attributes["w:val"] }
            case "w:r": runText = ""; runBold = false; runSuperscript = false
            case "w:b": runBold = true
            case "w:vertAlign": runSuperscript = attributes["w:val"] == "superscript"
            case "w:t": inText = true
            case "w:br": runText += "\n"
            case "w:tab": runText += "\t"
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { runText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:r":
                paragraphText += runSuperscript ? "^{\(runText)}" : runText
                if runBold { paragraphBold.append(runText) }
            case "w:p":
                inParagraph = false
                if var current = cell {
                    current.text += (current.text.isEmpty ? "" : "\n") + paragraphText
                    current.boldRuns += paragraphBold
                    cell = current
                } else {
                    paragraphs.append((paragraphStyle, paragraphAlignment, paragraphText, paragraphBold))
                }
            case "w:tc":
                if let cell { row?.cells.append(cell) }
                cell = nil
            case "w:tr":
                if let row { rows.append(row) }
                row = nil
            default: break
            }
        }
    }
}
