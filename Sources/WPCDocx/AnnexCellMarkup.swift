import WPCModel

/// The markup that opens each cell and each cell paragraph of the annex
/// table, made once per column and merge: the annex writes its cells with
/// it, and so does the redline, so both keep one look.
struct AnnexCellMarkup: Sendable {
    /// By column (`Column.ordered` order), then by merge (none, restart, continue).
    private let cellStarts: [[[UInt8]]]
    /// By column: `<w:p>` with the table-text style and the column's alignment.
    private let paragraphStarts: [[UInt8]]

    init(layout: PageLayout) {
        cellStarts = Column.ordered.map { column in
            [AnnexGrid.Merge.none, .restart, .continue].map { merge in
                let vMerge = switch merge {
                case .none: ""
                case .restart: "<w:vMerge w:val=\"restart\"/>"
                case .continue: "<w:vMerge/>"
                }
                return Array("<w:tc><w:tcPr><w:tcW w:w=\"\(layout.width(of: column))\" w:type=\"dxa\"/>\(vMerge)</w:tcPr>".utf8)
            }
        }
        paragraphStarts = Column.ordered.map { column in
            var xml = XMLBytes()
            AnnexCellMarkup.paragraph(column, []).writeStart(to: &xml)
            return xml.bytes
        }
    }

    /// `<w:tc>` and its properties for the cell of `column` (its index in `Column.ordered`).
    func cellStart(_ column: Int, _ merge: AnnexGrid.Merge) -> [UInt8] {
        let index = switch merge {
        case .none: 0
        case .restart: 1
        case .continue: 2
        }
        return cellStarts[column][index]
    }

    /// `<w:p>` and its properties for a paragraph in the cell of `column`.
    func paragraphStart(_ column: Int) -> [UInt8] { paragraphStarts[column] }

    /// A paragraph of a cell of `column`: the table-text style, centred in the No and Type columns.
    static func paragraph(_ column: Column, _ runs: [Run]) -> Paragraph {
        Paragraph(style: DocxStyles.tableText, alignment: column == .number || column == .type ? "center" : nil, runs)
    }
}
