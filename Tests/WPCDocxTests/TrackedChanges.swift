import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A redline's `word/document.xml` read as Word shows it after accepting,
/// or after rejecting, every tracked change — written for the tests from
/// WordprocessingML's rules, independently of the writer:
///
/// - accepting keeps `w:ins` and `w:moveTo` content and drops `w:del` and
///   `w:moveFrom` content; rejecting does the opposite;
/// - a row whose `w:trPr` holds `w:del` goes when accepting, one holding
///   `w:ins` when rejecting;
/// - a paragraph whose mark (`w:pPr/w:rPr`) is deleted (or moved away) is
///   joined to the next paragraph when accepting; an inserted (or moved
///   here) mark, when rejecting. The joined paragraph keeps the next one's style;
/// - rejecting gives a paragraph back the style its `w:pPrChange` records.
///
/// The result has the shape of `WordTable`, so it compares cell by cell
/// with an annex written by `DocxWriter`.
struct TrackedChanges {
    enum View { case acceptAll, rejectAll }

    struct Cell: Equatable {
        var text = ""
        var vMerge: String?
        var width: Int?
    }

    struct Row: Equatable {
        var isHeader = false
        var cells: [Cell] = []
    }

    struct Paragraph: Equatable {
        var style: String?
        var text: String
    }

    var rows: [Row] = []
    var paragraphs: [Paragraph] = []
    /// Text left over from a joined paragraph with no paragraph after it to join (a writer's mistake).
    var dangling: [String] = []

    init(_ data: Data, view: View) throws {
        let reader = Reader(view: view)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        guard parser.parse() else { throw PackageProblem("document.xml: \(parser.parserError.map { "\($0)" } ?? "parse error")") }
        rows = reader.rows
        paragraphs = reader.paragraphs
        dangling = reader.dangling
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let view: View
        var rows: [Row] = []
        var paragraphs: [Paragraph] = []
        var dangling: [String] = []

        private var path: [String] = []
        /// Open run containers (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`): whether each is kept in this view.
        private var containers: [Bool] = []
        private var row: Row?
        private var rowKept = true
        private var cell: Cell?
        private var cellParagraphs: [String] = []
        private var paragraphText = ""
        private var paragraphStyle: String?
        private var formerStyle: String?
        private var markKept = true
        /// Text of paragraphs whose mark is gone in this view, waiting for the next paragraph.
        private var carried = ""
        private var runText = ""
        private var runSuperscript = false
        private var inText = false

        init(view: View) { self.view = view }

        /// Whether content marked inserted (`true`) or deleted (`false`) shows in this view.
        private func shows(inserted: Bool) -> Bool { inserted == (view == .acceptAll) }

        private var visible: Bool { containers.allSatisfy { $0 } }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let parent = path.last
            path.append(name)
            switch name {
            case "w:ins", "w:del", "w:moveTo", "w:moveFrom":
                let inserted = name == "w:ins" || name == "w:moveTo"
                if parent == "w:trPr" {
                    rowKept = shows(inserted: inserted)
                } else if parent == "w:rPr", path.dropLast(2).last == "w:pPr" {
                    markKept = shows(inserted: inserted)
                } else {
                    containers.append(shows(inserted: inserted))
                }
            case "w:tr": row = Row(); rowKept = true
            case "w:tblHeader": row?.isHeader = true
            case "w:tc": cell = Cell(); cellParagraphs = []; carried = ""
            case "w:tcW": cell?.width = attributes["w:w"].flatMap(Int.init)
            case "w:vMerge": cell?.vMerge = attributes["w:val"] ?? "continue"
            case "w:tbl":
                if !carried.isEmpty { dangling.append(carried) }
                carried = ""
            case "w:p": paragraphText = ""; paragraphStyle = nil; formerStyle = nil; markKept = true
            case "w:pStyle":
                // Inside w:pPrChange, the style the paragraph had before the change: what rejecting restores.
                if path.contains("w:pPrChange") { formerStyle = attributes["w:val"] } else { paragraphStyle = attributes["w:val"] }
            case "w:r": runText = ""; runSuperscript = false
            case "w:vertAlign": runSuperscript = attributes["w:val"] == "superscript"
            case "w:t", "w:delText": inText = true
            case "w:br": runText += "\n"
            case "w:tab": runText += "\t"
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { runText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            switch name {
            case "w:ins", "w:del", "w:moveTo", "w:moveFrom":
                if path.last != "w:trPr", !(path.last == "w:rPr" && path.dropLast().last == "w:pPr") { containers.removeLast() }
            case "w:t", "w:delText": inText = false
            case "w:r":
                if visible { paragraphText += runSuperscript ? "^{\(runText)}" : runText }
            case "w:p":
                let text = carried + paragraphText
                guard markKept else {
                    carried = text
                    return
                }
                carried = ""
                let style = view == .rejectAll ? formerStyle ?? paragraphStyle : paragraphStyle
                if cell != nil { cellParagraphs.append(text) } else { paragraphs.append(Paragraph(style: style, text: text)) }
            case "w:tc":
                if !carried.isEmpty { dangling.append(carried) }
                carried = ""
                if var current = cell {
                    current.text = cellParagraphs.joined(separator: "\n")
                    row?.cells.append(current)
                }
                cell = nil
            case "w:tr":
                if let row, rowKept { rows.append(row) }
                row = nil
            case "w:body":
                if !carried.isEmpty { dangling.append(carried) }
            default: break
            }
        }
    }
}

/// The annex as `WordTable` reads it, in `TrackedChanges`' terms.
extension WordTable {
    var trackedRows: [TrackedChanges.Row] {
        rows.map { row in
            TrackedChanges.Row(isHeader: row.isHeader, cells: row.cells.map { TrackedChanges.Cell(text: $0.text, vMerge: $0.vMerge, width: $0.width) })
        }
    }

    var trackedParagraphs: [TrackedChanges.Paragraph] { paragraphs.map { TrackedChanges.Paragraph(style: $0.style, text: $0.text) } }
}
