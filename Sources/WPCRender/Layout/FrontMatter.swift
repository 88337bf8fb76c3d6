import WPCModel

/// A block of the front matter (title block, introduction, legend, task
/// types, notes, table of contents), broken into lines for a sheet.
public struct FrontBlock: Sendable, Hashable {
    /// What the block is; the template styles each kind.
    public enum Kind: String, Sendable, Hashable {
        case title, subtitle, heading, paragraph, separator, entry, contentsEntry
    }

    public var kind: Kind
    public var lines: [BrokenLine]
    /// For a contents entry: the page the topic starts on.
    public var page: Int?
    /// The block's predicted height in CSS pixels, gap included.
    public var height: Double
    /// Whether this piece continues a block begun on the previous sheet.
    public var continued = false
    /// For a footnote in the notes: the id its marks link to ("fn-1"), on its first piece only.
    public var anchor: String?
}

/// One sheet of front matter.
public struct FrontSheet: Sendable, Hashable {
    public var blocks: [FrontBlock]
}

/// Lays the front matter into sheets of the same size as the table pages,
/// splitting a paragraph by lines when it does not fit.
public struct FrontMatterLayout: Sendable {
    public var geometry: PageGeometry
    /// The headings' words.
    public var labels: Labels
    /// The width of the page-number column of the table of contents.
    public static let contentsPageWidth = 48.0

    /// A layout on sheets of `geometry`, headed in `labels`' words.
    public init(geometry: PageGeometry, labels: Labels) {
        self.geometry = geometry
        self.labels = labels
    }

    /// The sheets for `programme`, its contents pointing at `pagination`'s pages.
    public func layout(_ programme: Programme, pagination: Pagination) -> [FrontSheet] {
        flow(blocks(programme, pagination: pagination))
    }

    /// The blocks in reading order, before they are put on sheets.
    func blocks(_ programme: Programme, pagination: Pagination) -> [FrontBlock] {
        var blocks: [FrontBlock] = []
        func add(_ kind: FrontBlock.Kind, _ text: String, page: Int? = nil, anchor: String? = nil) {
            let style = (kind == .title || kind == .heading) ? geometry.frontHeading : geometry.frontText
            let width = geometry.sheetWidth - 1 - (kind == .contentsEntry ? Self.contentsPageWidth : 0)
            let lines = LineBreaker(style: style, width: width).lines(text)
            let height = Double(max(lines.count, 1)) * style.lineHeight + geometry.frontBlockGap
            blocks.append(FrontBlock(kind: kind, lines: lines.isEmpty ? [BrokenLine(text: "", join: .end)] : lines, page: page, height: height,
                                     anchor: anchor))
        }
        add(.title, programme.title.text)
        if let date = programme.date { add(.subtitle, date.text) }
        if let document = programme.document { add(.subtitle, document.text) }
        for block in programme.introduction {
            switch block.kind {
            case .heading: add(.heading, block.text.text)
            case .paragraph: add(.paragraph, block.text.text)
            case .separator: add(.separator, block.text.text)
            }
        }
        if !programme.legend.isEmpty {
            add(.heading, labels[.frontLegend])
            for entry in programme.legend.entries { add(.entry, entry.code + " – " + entry.text) }
        }
        if !programme.taskTypes.isEmpty {
            add(.heading, labels[.frontTaskTypes])
            for type in programme.taskTypes { add(.entry, type.code + " – " + type.name + (type.text.isEmpty ? "" : ": " + type.text)) }
        }
        // Each footnote's text once: those no page prints (the column
        // headings' among them) are printed here; a repeat is left out.
        let shown = Set(pagination.pages.flatMap(\.footnotes))
        let unshown = pagination.repeats.printed.filter { !shown.contains($0) }
        if !unshown.isEmpty || !programme.remarks.isEmpty {
            add(.heading, labels[.frontNotes])
            for index in unshown {
                add(.entry, programme.footnotes[index].mark + " " + programme.footnotes[index].plainText, anchor: FootnoteAnchor.id(index))
            }
            for remark in programme.remarks { add(.paragraph, remark.text) }
        }
        add(.heading, labels[.frontContents])
        for (index, topic) in programme.topics.enumerated() {
            let page = index < pagination.topicPages.count ? pagination.topicPages[index] : nil
            add(.contentsEntry, [topic.numberAsWritten.text, topic.title.text].filter { !$0.isEmpty }.joined(separator: " "), page: page)
        }
        return blocks
    }

    /// Fills sheets in order; a heading is never left last on a sheet.
    func flow(_ blocks: [FrontBlock]) -> [FrontSheet] {
        let budget = geometry.bodyBudget
        var sheets: [FrontSheet] = []
        var current: [FrontBlock] = []
        var used = 0.0
        var index = 0
        var pending: FrontBlock?
        while index < blocks.count || pending != nil {
            var block = pending ?? blocks[index]
            if pending == nil { index += 1 }
            pending = nil
            let isHeading = block.kind == .heading || block.kind == .title
            let nextHeight = isHeading && index < blocks.count ? blocks[index].height : 0
            if used + block.height + nextHeight <= budget || (current.isEmpty && block.height <= budget) {
                current.append(block)
                used += block.height
                continue
            }
            let lineHeight = (block.height - geometry.frontBlockGap) / Double(max(block.lines.count, 1))
            let fitting = Int(((budget - used - geometry.frontBlockGap) / lineHeight).rounded(.down))
            let canSplit = !isHeading && block.lines.count > 1 && (fitting >= 2 || (current.isEmpty && fitting >= 1))
            if !canSplit, current.isEmpty {
                // Taller than a sheet and not splittable: place it rather than loop.
                current.append(block)
                used += block.height
                continue
            }
            if canSplit {
                var head = block, tail = block
                head.lines = Array(block.lines.prefix(fitting))
                tail.lines = Array(block.lines.dropFirst(fitting))
                head.height = Double(head.lines.count) * lineHeight + geometry.frontBlockGap
                tail.height = Double(tail.lines.count) * lineHeight + geometry.frontBlockGap
                tail.continued = true
                tail.anchor = nil
                current.append(head)
                block = tail
            }
            if !current.isEmpty { sheets.append(FrontSheet(blocks: current)) }
            current = []
            used = 0
            pending = block
        }
        if !current.isEmpty { sheets.append(FrontSheet(blocks: current)) }
        return sheets
    }
}
