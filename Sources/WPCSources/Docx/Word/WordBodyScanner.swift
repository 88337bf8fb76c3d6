import CLibXML2
import WPCModel

/// Turns the events of a streaming parse of `word/document.xml` (or
/// `word/footnotes.xml`) into paragraphs, tables and footnote texts, taking
/// text as Word shows it: runs joined however they were split; bookmarks,
/// proofing marks, smart tags, content controls (their placeholder text
/// aside), hyperlinks and field results read through; field codes,
/// `mc:Choice` branches and ruby text skipped; tabs, breaks, hyphens and
/// symbols written as characters; list numbers put in front of their
/// paragraphs; and tracked changes applied in the view asked for.
final class WordBodyScanner: XMLEventSink {
    private var state: WordBodyScan

    init(bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex, firstLine: Int, isFootnotes: Bool,
         view: TrackedChangesView, styles: WordStyles, numbering: WordNumbering, counter: WordNumbering.Counter) {
        state = WordBodyScan(bytes: bytes, lines: lines, firstLine: firstLine, isFootnotes: isFootnotes,
                             view: view, styles: styles, numbering: numbering, counter: counter)
    }

    /// What the scan found.
    var body: WordBody { state.body }
    /// The list counts as the scan left them (the footnotes part goes on counting).
    var counter: WordNumbering.Counter { state.counter }

    func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int) {
        state.start(name, namespace: namespace, attributes: WordAttributes(pointers: attributes, count: count), tagEnd: tagEnd)
    }

    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        state.characters(UnsafeBufferPointer(start: bytes, count: count))
    }

    func end() { state.end() }
}

/// The scanner's state, a value, so each event is one access to it.
struct WordBodyScan {
    private struct Frame {
        var element: WordElement
        var skips: Bool
    }

    private struct CellBuilder {
        var text = WordText()
        var paragraphStarts: [Int] = []
        var gridStart: Int
        var span = 1
        var merge = WordMerge.none
        var continuesLeft = false
        var start: SourcePoint
    }

    private let isFootnotes: Bool
    private let view: TrackedChangesView
    private let styles: WordStyles
    private let numbering: WordNumbering
    fileprivate(set) var counter: WordNumbering.Counter
    private var names = WordElementCache()
    /// The part's bytes, valid during the parse: to tell `>` from `/>`.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var lines: LineCursor

    private var stack: [Frame] = []
    private var skipDepth = 0
    /// One entry per open field: true while its instruction is being read.
    private var fields: [Bool] = []
    private var sdtPlaceholders: [Bool] = []

    private var paragraph: WordText?
    private var paragraphStart = SourcePoint(line: 0, byteColumn: 0)
    private var paragraphStyle: String?
    private var paragraphList: WordNumbering.Reference?
    private var paragraphMarkRemoved = false
    private var carried: WordText?

    private var runStyle: String?
    private var direct = WordStyles.RunLook()
    private var look: (bold: Bool, superscript: Bool)?
    private var collecting = false
    private var customMark: (id: String, from: Int)?

    private var tableDepth = 0
    private var table: WordTable?
    private var row: WordRow?
    private var rowGrid = 0
    private var rowRemoved = false
    private var rowInserted = false
    private var cell: CellBuilder?
    private var tableCount = 0
    private var bodyParagraphs = 0

    private var footnote: (id: String, text: WordText, start: SourcePoint)?
    private(set) var body = WordBody()

    init(bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex, firstLine: Int, isFootnotes: Bool,
         view: TrackedChangesView, styles: WordStyles, numbering: WordNumbering, counter: WordNumbering.Counter) {
        self.isFootnotes = isFootnotes
        self.view = view
        self.styles = styles
        self.numbering = numbering
        self.counter = counter
        self.bytes = bytes
        self.lines = LineCursor(lines, firstLine: firstLine)
    }

    // MARK: Events

    mutating func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?, attributes: WordAttributes, tagEnd: Int) {
        let element = names.element(name, namespace: namespace)
        let tag = Tag(end: tagEnd, bytes: bytes)
        if skipDepth > 0 {
            stack.append(Frame(element: element, skips: false))
            return
        }
        let parent = stack.last?.element
        var skips = false
        switch element {
        case .choice, .sdtEndPr, .rt, .footnotePr, .endnotePr, .sectPr:
            skips = true
        case .rPrChange, .pPrChange, .tblPrChange, .trPrChange, .tcPrChange, .sectPrChange, .tblGridChange, .numberingChange:
            skips = true
            body.changes.append((.formatting, point(tag?.start)))
        case .txbxContent:
            skips = true
            body.textBoxes.append(point(tag?.start))
        case .ins, .del, .moveFrom, .moveTo:
            skips = trackedChange(element, parent: parent, at: tag?.start)
        case .sdtContent:
            skips = sdtPlaceholders.last == true
        case .footnote where isFootnotes:
            let type = attributes.value("type")
            if type == nil || type == "normal" {
                footnote = (attributes.value("id") ?? "", WordText(), point(tag?.start))
            } else {
                skips = true
            }
        case .instrText, .delInstrText:
            skips = true
        default:
            break
        }
        if skips { skipDepth += 1 }
        stack.append(Frame(element: element, skips: skips))
        if !skips { opened(element, parent: parent, attributes: attributes, tag: tag) }
    }

    mutating func characters(_ piece: UnsafeBufferPointer<UInt8>) {
        guard collecting, skipDepth == 0, !inFieldInstruction else { return }
        let look = currentLook()
        paragraph?.append(piece, bold: look.bold, superscript: look.superscript)
    }

    mutating func end() {
        guard let frame = stack.popLast() else { return }
        if frame.skips {
            skipDepth -= 1
            return
        }
        if skipDepth > 0 { return }
        closed(frame.element)
    }

    // MARK: Elements

    private mutating func opened(_ element: WordElement, parent: WordElement?, attributes: WordAttributes, tag: Tag?) {
        switch element {
        case .p:
            paragraph = carried ?? WordText()
            carried = nil
            paragraphStart = point(tag?.start)
            paragraphStyle = nil
            paragraphList = nil
            paragraphMarkRemoved = false
        case .pStyle where parent == .pPr:
            paragraphStyle = attributes.value("val")
        case .numId where parent == .numPr:
            paragraphList = WordNumbering.Reference(list: attributes.integer() ?? 0, level: paragraphList?.level ?? 0)
        case .ilvl where parent == .numPr:
            paragraphList = WordNumbering.Reference(list: paragraphList?.list ?? -1, level: attributes.integer() ?? 0)
        case .r:
            runStyle = nil
            direct = WordStyles.RunLook()
            look = nil
        case .rStyle where parent == .rPr && inRun:
            runStyle = attributes.value("val")
        case .b where parent == .rPr && inRun:
            direct.bold = attributes.isOn()
        case .vertAlign where parent == .rPr && inRun:
            direct.superscript = attributes.value("val") == "superscript"
        case .t, .mathText:
            startText(at: tag?.content)
        case .delText:
            // Deleted text shows only in the view before the changes.
            if view == .original { startText(at: tag?.content) }
        case .tab where parent == .r, .ptab where parent == .r:
            appendGenerated("\t")
        case .br where parent == .r:
            let type = attributes.value("type")
            if type == nil || type == "textWrapping" { appendGenerated("\n") }
        case .cr where parent == .r:
            appendGenerated("\n")
        case .noBreakHyphen where parent == .r:
            appendGenerated("-")
        case .sym where parent == .r:
            if let code = attributes.value("char"), let text = WordSymbol.text(font: attributes.value("font"), code: code) {
                appendGenerated(text)
            }
        case .footnoteReference:
            footnoteReference(attributes)
        case .endnoteReference:
            body.endnotes.append(point(tag?.start))
        case .commentReference:
            body.comments.append(point(tag?.start))
        case .fldChar:
            switch attributes.value("fldCharType") {
            case "begin": fields.append(true)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
            case "end": _ = fields.popLast()
            default: break
            }
        case .sdt:
            sdtPlaceholders.append(false)
        case .showingPlcHdr where parent == .sdtPr:
            if !sdtPlaceholders.isEmpty { sdtPlaceholders[sdtPlaceholders.count - 1] = attributes.isOn() }
        case .tbl:
            tableDepth += 1
            if tableDepth == 1 {
                tableCount += 1
                table = WordTable(number: tableCount, start: point(tag?.start))
            }
        case .tr where tableDepth == 1:
            row = WordRow(number: 0, start: point(tag?.start))
            rowGrid = 0
            rowRemoved = false
        case .tblHeader where tableDepth == 1 && parent == .trPr:
            row?.isHeader = attributes.isOn()
        case .gridBefore where tableDepth == 1 && parent == .trPr:
            rowGrid += max(0, attributes.integer() ?? 0)
        case .tc where tableDepth == 1:
            cell = CellBuilder(gridStart: rowGrid, start: point(tag?.start))
        case .gridSpan where tableDepth == 1 && parent == .tcPr:
            cell?.span = max(1, attributes.integer() ?? 1)
        case .vMerge where tableDepth == 1 && parent == .tcPr:
            cell?.merge = attributes.value("val") == "restart" ? .restart : .continue
        case .hMerge where tableDepth == 1 && parent == .tcPr:
            cell?.continuesLeft = attributes.value("val") != "restart"
        default:
            break
        }
    }

    private mutating func closed(_ element: WordElement) {
        switch element {
        case .t, .delText, .mathText:
            collecting = false
        case .r:
            if let mark = customMark, let paragraph {
                // A footnote reference with a mark of its own: the mark is the run that follows it.
                let text = String(decoding: paragraph.bytes[mark.from...], as: UTF8.self)
                if !UTF8Text.isBlank(text) {
                    body.footnoteReferences.append((mark.id, UTF8Text.trimming(text)))
                    customMark = nil
                } else if paragraph.bytes.count > mark.from {
                    customMark = nil
                }
            }
        case .p:
            finishParagraph()
        case .tc where tableDepth == 1:
            finishCell()
        case .tr where tableDepth == 1:
            if var finished = row, table != nil {
                let kept = table?.rows.count ?? 0
                if rowRemoved {
                    table?.removedRows.append((finished.start, kept, rowInserted))
                } else {
                    finished.number = kept + 1
                    table?.rows.append(finished)
                }
            }
            row = nil
        case .tbl:
            if tableDepth == 1, let finished = table {
                body.blocks.append(.table(finished))
                table = nil
            }
            tableDepth = max(0, tableDepth - 1)
        case .sdt:
            _ = sdtPlaceholders.popLast()
        case .footnote where isFootnotes:
            if let finished = footnote { body.footnotes[finished.id] = (finished.text, finished.start) }
            footnote = nil
        default:
            break
        }
    }

    // MARK: Tracked changes

    /// Counts a tracked change and says whether its content is left out of the view.
    /// Inside run or row properties it marks a paragraph mark or a row instead.
    private mutating func trackedChange(_ element: WordElement, parent: WordElement?, at offset: Int?) -> Bool {
        let removed: Bool
        switch (element, view) {
        case (.del, .accepted), (.moveFrom, .accepted), (.ins, .original), (.moveTo, .original): removed = true
        default: removed = false
        }
        let grandparent = stack.count >= 2 ? stack[stack.count - 2].element : nil
        switch parent {
        case .rPr? where grandparent == .pPr:
            // The paragraph mark itself was inserted or deleted: in a view without it, the paragraph runs on into the next.
            if removed { paragraphMarkRemoved = true }
            if element == .ins || element == .del { body.changes.append((element == .ins ? .insertion : .deletion, point(offset))) }
            return false
        case .trPr?:
            if removed {
                rowRemoved = true
                rowInserted = element == .ins
            }
            body.changes.append((element == .ins ? .insertion : .deletion, point(offset)))
            return false
        case .rPr?, .tcPr?, .numPr?, .pPr?, .tblPr?:
            return false
        default:
            switch element {
            case .ins: body.changes.append((.insertion, point(offset)))
            case .del: body.changes.append((.deletion, point(offset)))
            case .moveTo: body.changes.append((.move, point(offset)))
            default: break
            }
            return removed
        }
    }

    // MARK: Text

    private var inRun: Bool { stack.contains { $0.element == .r } }

    private var inFieldInstruction: Bool { fields.contains(true) }

    private mutating func startText(at offset: Int?) {
        guard paragraph != nil, !inFieldInstruction else { return }
        collecting = true
        let start = point(offset)
        paragraph?.startPiece(at: start)
    }

    private mutating func appendGenerated(_ text: String) {
        guard paragraph != nil, !inFieldInstruction else { return }
        let bold = currentLook().bold
        paragraph?.append(text, bold: bold)
    }

    private mutating func currentLook() -> (bold: Bool, superscript: Bool) {
        if let look { return look }
        let resolved = styles.look(direct: direct, runStyle: runStyle, paragraphStyle: paragraphStyle)
        look = resolved
        return resolved
    }

    private mutating func footnoteReference(_ attributes: WordAttributes) {
        guard paragraph != nil, !inFieldInstruction else { return }
        let id = attributes.value("id") ?? ""
        if attributes.bytes("customMarkFollows") != nil, attributes.isOn("customMarkFollows") {
            customMark = (id, paragraph?.bytes.count ?? 0)
            return
        }
        // Word numbers footnotes itself, in document order: the n-th reference is mark n.
        let mark = SuperscriptDigits.superscript(body.footnoteReferences.count + 1)
        body.footnoteReferences.append((id, mark))
        paragraph?.append(mark, bold: false)
    }

    private mutating func finishParagraph() {
        guard var finished = paragraph else { return }
        paragraph = nil
        if paragraphMarkRemoved {
            carried = finished
            return
        }
        let list = paragraphList.map { $0.list < 0 ? WordNumbering.Reference(list: styles.numbering(ofParagraphStyle: paragraphStyle)?.list ?? 0, level: $0.level) : $0 }
            ?? styles.numbering(ofParagraphStyle: paragraphStyle)
        if let list, let label = counter.label(for: list, in: numbering) { finished.prefix(label, at: paragraphStart) }
        if footnote != nil {
            footnote?.text.appendParagraph(finished)
        } else if tableDepth > 0 {
            guard cell != nil else { return }
            let wasEmpty = cell?.text.isEmpty ?? true
            if let start = cell?.text.appendParagraph(finished), !wasEmpty { cell?.paragraphStarts.append(start) }
        } else if !isFootnotes {
            bodyParagraphs += 1
            body.blocks.append(.paragraph(WordParagraph(text: finished, number: bodyParagraphs, start: paragraphStart)))
        }
    }

    private mutating func finishCell() {
        guard let finished = cell else { return }
        cell = nil
        if finished.merge == .continue, !finished.text.isEmpty { body.hiddenMergedText.append(finished.start) }
        row?.cells.append(WordCell(text: finished.text.written, paragraphStarts: finished.paragraphStarts,
                                   gridStart: finished.gridStart, span: finished.span, merge: finished.merge,
                                   continuesLeft: finished.continuesLeft, start: finished.start))
        rowGrid = finished.gridStart + finished.span
    }

    /// Where a start tag stands, as the parser tells it: the end of the tag
    /// (where an element's place begins, after the content before it) and,
    /// for a tag that is not empty, where its content starts.
    struct Tag {
        var start: Int
        var content: Int

        init?(end: Int, bytes: UnsafeBufferPointer<UInt8>) {
            guard end >= 0, end < bytes.count else { return nil }
            start = end
            content = bytes[end] == UInt8(ascii: ">") ? end + 1 : end
        }
    }

    /// The point of byte `offset` of the part, in the numbering that runs across the package's parts.
    private mutating func point(_ offset: Int?) -> SourcePoint {
        guard let offset else { return SourcePoint(line: 0, byteColumn: 0) }
        return lines.point(at: offset)
    }
}
