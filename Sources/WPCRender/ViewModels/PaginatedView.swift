import WPCModel
import WPCTemplateEngine

/// What `html/page.mustache` receives: the paginated annex, shaped for
/// display. Field by field, the README's table for this template.
public enum PaginatedView {
    /// The root: `title`, `date`, `document`, `lang`, `labels`, `style`, `columns[]`, `frontSheets[]`, `pages[]`, `pageCount`, `sheetCount`.
    public static let shape = TemplateShape("paginated view", [
        .init("title", .text), .init("date", .optionalText), .init("document", .optionalText),
        .init("lang", .text), .init("labels", .record(LabelsView.shape)),
        .init("style", .record(SharedViews.style)), .init("columns", .records(SharedViews.column)),
        .init("frontSheets", .records(frontSheet)), .init("pages", .records(page)),
        .init("pageCount", .number), .init("sheetCount", .number),
    ])
    /// One sheet of front matter; `label` is a lower-case roman numeral.
    static let frontSheet = TemplateShape("front sheet", [.init("label", .text), .init("blocks", .records(frontBlock))])
    /// One front-matter block; exactly one of the `is…` flags is true. `page`
    /// is a contents entry's page number, else empty; `anchor` a note's id.
    static let frontBlock = TemplateShape("front block", [
        .init("kind", .text), .init("isTitle", .flag), .init("isSubtitle", .flag), .init("isHeading", .flag),
        .init("isParagraph", .flag), .init("isSeparator", .flag), .init("isEntry", .flag), .init("isContentsEntry", .flag),
        .init("text", .text), .init("page", .text), .init("continued", .flag), .init("anchor", .optionalText),
    ])
    /// One table page; `numbering` is "Page 3 of 12" in the output's language.
    static let page = TemplateShape("page", [
        .init("number", .number), .init("count", .number), .init("numbering", .text), .init("rows", .records(row)),
        .init("footnotes", .records(SharedViews.footnote)), .init("hasFootnotes", .flag), .init("predictedTableHeight", .text),
    ])
    /// One task piece on a page. `taskNumber` is the task's number on its
    /// first piece (else empty) and `task` the rest of the Tasks cell;
    /// `opensTopic` marks the row where a topic begins (its title is a heading).
    static let row = TemplateShape("page row", [
        .init("taskID", .text), .init("part", .number), .init("isContinuation", .flag), .init("continues", .flag),
        .init("showsTopic", .flag), .init("topicContinued", .flag), .init("opensTopic", .flag), .init("number", .text), .init("topic", .text),
        .init("taskNumber", .optionalText), .init("task", .text), .init("plan", .text), .init("type", .text), .init("bodies", .text),
        .init("bodiesPerIndicator", .flag), .init("bands", .records(band)), .init("progress", .text), .init("predictedHeight", .text),
    ])
    /// One indicator's band: its blocks in the bodies, indicator and timeline columns share `height`.
    static let band = TemplateShape("band", [
        .init("height", .text), .init("isFirst", .flag), .init("indicator", .text), .init("timeline", .text), .init("bodies", .text),
    ])

    /// The view of `programme` laid out by the paginator, on pages of
    /// `geometry` with columns fitted to the programme's words, in `labels`' words.
    public static func record(_ programme: Programme, geometry usual: PageGeometry = PageGeometry(), labels: Labels) -> TemplateRecord {
        let geometry = usual.fitted(for: programme, labels: labels)
        let pagination = Paginator(geometry: geometry, labels: labels).paginate(programme)
        let front = FrontMatterLayout(geometry: geometry, labels: labels).layout(programme, pagination: pagination)
        let count = pagination.pages.count
        let countValue = TemplateValue.number(count)
        let sheets = front.enumerated().map { index, sheet in
            TemplateValue.record(TemplateRecord(frontSheet, [.text(RomanNumeral.lowercase(index + 1)), .list(sheet.blocks.map(block))]))
        }
        let numbering = labels[.pageNumbering]
        let pages = TemplateSequence(count: pagination.pages.count) { index in
            let page = pagination.pages[index]
            return TemplateValue.record(TemplateRecord(Self.page, [
                .number(page.number), countValue, .text(Labels.fill(numbering, ["page": String(page.number), "pages": String(count)])),
                .generated(TemplateSequence(count: page.rows.count) { row(page.rows[$0], lineHeight: geometry.bodyText.lineHeight) }),
                .list(page.footnotes.map { SharedViews.footnote($0, of: programme.footnotes) }),
                .flag(!page.footnotes.isEmpty), .text(CSSNumber.format(page.tableHeight + pagination.columnHeaderHeight)),
            ]))
        }
        return TemplateRecord(shape, [
            .text(programme.title.text), .optional(programme.date?.text), .optional(programme.document?.text),
            .text(labels[.languageTag]), LabelsView.record(labels),
            SharedViews.style(geometry),
            SharedViews.columns(marks: pagination.headerMarks, repeats: pagination.repeats, geometry: geometry, labels: labels),
            .list(sheets), .generated(pages), countValue, .number(count + front.count),
        ])
    }

    private static func block(_ block: FrontBlock) -> TemplateValue {
        .record(TemplateRecord(frontBlock, [
            .text(block.kind.rawValue), .flag(block.kind == .title), .flag(block.kind == .subtitle), .flag(block.kind == .heading),
            .flag(block.kind == .paragraph), .flag(block.kind == .separator), .flag(block.kind == .entry),
            .flag(block.kind == .contentsEntry), .text(block.lines.joinedText), .text(block.page.map(String.init) ?? ""),
            .flag(block.continued), .optional(block.anchor),
        ]))
    }

    private static func row(_ row: PlacedRow, lineHeight: Double) -> TemplateValue {
        let block = row.block
        let bands = block.bands.enumerated().map { index, band in
            TemplateValue.record(TemplateRecord(Self.band, [
                .text(bandHeight(band.lineCount, lineHeight: lineHeight)), .flag(index == 0),
                .text(band.indicator.joinedText), .text(band.timeline.joinedText), .text(band.bodies.joinedText),
            ]))
        }
        let task = block.task.joinedText
        let numbered = block.part == 0 && !block.number.isEmpty
        return .record(TemplateRecord(Self.row, [
            .text("\(block.topicIndex + 1).\(block.taskIndex + 1)"), .number(block.part), .flag(block.part > 0), .flag(!block.isLastPart),
            .flag(row.showsTopic), .flag(row.topicContinued), .flag(row.showsTopic && !row.topicContinued),
            .text(row.number.joinedText), .text(row.topic.joinedText),
            .optional(numbered ? block.number : nil), .text(numbered ? withoutNumber(task, block.number) : task),
            .text(block.plan.joinedText), .text(block.type.joinedText), .text(block.bodies.joinedText),
            .flag(block.bodiesPerIndicator), .list(bands), .text(block.progress.joinedText), .text(CSSNumber.format(row.height)),
        ]))
    }
}

extension PaginatedView {
    /// A first piece's Tasks cell without its leading number and the space
    /// (or line break) after it: the template prints the number apart.
    static func withoutNumber(_ cell: String, _ number: String) -> String {
        guard cell.hasPrefix(number) else { return cell }
        let rest = cell.utf8.dropFirst(number.utf8.count)
        guard let first = rest.first else { return "" }
        return first == UInt8(ascii: " ") || first == UInt8(ascii: "\n") ? String(Substring(rest.dropFirst())) : cell
    }

    /// The usual line height and the heights of bands of up to a page's worth of its lines, as CSS, made once.
    private static let usualLineHeight = PageGeometry().bodyText.lineHeight
    private static let bandHeights = (0...64).map { CSSNumber.px(Double($0) * usualLineHeight) }

    /// A band's height in CSS pixels.
    static func bandHeight(_ lines: Int, lineHeight: Double) -> String {
        if lineHeight == usualLineHeight, lines < bandHeights.count { return bandHeights[lines] }
        return CSSNumber.px(Double(lines) * lineHeight)
    }
}

/// Roman numerals for front-matter sheet labels.
enum RomanNumeral {
    static func lowercase(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = number
        var result = ""
        for (value, letters) in table {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }
}
