import Foundation
import WPCModel
import WPCTemplateEngine

/// Shapes and records the HTML families share: the annex columns, footnote
/// marks, footnotes with their emphasis, and the page geometry's CSS numbers.
enum SharedViews {
    /// A column: `key` (a CSS class: number, topic, task, plan, type, bodies,
    /// indicator, timeline, progress), `heading`, `marks[]`, `width` (CSS pixels).
    static let column = TemplateShape("column", [
        .init("key", .text), .init("heading", .text), .init("marks", .records(mark)), .init("width", .text),
    ])
    /// A footnote mark with the id-safe anchor of its footnote ("fn-1").
    static let mark = TemplateShape("mark", [.init("mark", .text), .init("anchor", .text)])
    /// A footnote as drawn under a table: `mark`, `anchor`, `segments[]`.
    static let footnote = TemplateShape("footnote", [
        .init("mark", .text), .init("anchor", .text), .init("segments", .records(segment)),
    ])
    /// A run of footnote text, `strong` when written `**…**`.
    static let segment = TemplateShape("segment", [.init("text", .text), .init("strong", .flag)])
    /// The CSS numbers the paginator measured with.
    static let style = TemplateShape("style", styleFields.map { TemplateShape.Field($0.name, .text) })

    /// The nine columns headed in `labels`' words, with `marks` on their
    /// headings (each linking to the footnote it points to, a repeat to the
    /// first that says the same) and `geometry`'s widths.
    static func columns(marks: [Column: [String]], repeats: FootnoteRepeats, geometry: PageGeometry, labels: Labels) -> TemplateValue {
        .list(Column.allCases.map { column in
            let marks = (marks[column] ?? []).map { mark in
                TemplateValue.record(TemplateRecord(Self.mark, [.text(mark), .text(FootnoteAnchor.id(forMark: mark, repeats))]))
            }
            return .record(TemplateRecord(Self.column, [
                .text(column.rawValue), .text(labels.heading(of: column)), .list(marks), .text(CSSNumber.px(geometry.width(of: column))),
            ]))
        })
    }

    /// The marks of the programme's first heading row.
    static func headerMarks(_ programme: Programme) -> [Column: [String]] {
        let heading = programme.headings.first ?? HeadingRow(marks: [])
        var marks: [Column: [String]] = [:]
        for column in Column.allCases { marks[column] = heading.marks(on: column) }
        return marks
    }

    /// Footnote `index` of `footnotes` as drawn, its emphasis split out.
    static func footnote(_ index: Int, of footnotes: [Footnote]) -> TemplateValue {
        let footnote = footnotes[index]
        let segments = EmphasisText.segments(footnote.text.text).map { segment in
            TemplateValue.record(TemplateRecord(Self.segment, [.text(segment.text), .flag(segment.strong)]))
        }
        return .record(TemplateRecord(Self.footnote, [.text(footnote.mark), .text(FootnoteAnchor.id(index)), .list(segments)]))
    }

    /// The style record for `geometry`.
    static func style(_ geometry: PageGeometry) -> TemplateValue {
        .record(TemplateRecord(style, styleFields.map { .text($0.value(geometry)) }))
    }

    private static let styleFields: [(name: String, value: @Sendable (PageGeometry) -> String)] = [
        ("sheetWidth", { CSSNumber.px($0.sheetWidth) }),
        ("sheetHeight", { CSSNumber.px($0.sheetHeight) }),
        ("pageMargin", { CSSNumber.format($0.pageMarginMM) + "mm" }),
        ("runningHeaderHeight", { CSSNumber.px($0.runningHeaderHeight) }),
        ("footerHeight", { CSSNumber.px($0.footerHeight) }),
        ("footnotesGap", { CSSNumber.px($0.footnotesGap) }),
        ("tableWidth", { CSSNumber.px($0.tableWidth) }),
        ("cellPadding", { CSSNumber.px($0.cellPaddingVertical) + " " + CSSNumber.px($0.cellPaddingHorizontal) }),
        ("cellPaddingHorizontal", { CSSNumber.px($0.cellPaddingHorizontal) }),
        ("bodyFontSize", { CSSNumber.px($0.bodyText.size) }),
        ("bodyLineHeight", { CSSNumber.px($0.bodyText.lineHeight) }),
        ("headingFontSize", { CSSNumber.px($0.headingText.size) }),
        ("headingLineHeight", { CSSNumber.px($0.headingText.lineHeight) }),
        ("footnoteFontSize", { CSSNumber.px($0.footnoteText.size) }),
        ("footnoteLineHeight", { CSSNumber.px($0.footnoteText.lineHeight) }),
        ("frontFontSize", { CSSNumber.px($0.frontText.size) }),
        ("frontLineHeight", { CSSNumber.px($0.frontText.lineHeight) }),
        ("frontHeadingFontSize", { CSSNumber.px($0.frontHeading.size) }),
        ("frontHeadingLineHeight", { CSSNumber.px($0.frontHeading.lineHeight) }),
        ("frontBlockGap", { CSSNumber.px($0.frontBlockGap) }),
        ("contentsPageWidth", { _ in CSSNumber.px(FrontMatterLayout.contentsPageWidth) }),
    ]
}

/// Formats numbers for CSS without locale or trailing zeros.
enum CSSNumber {
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func px(_ value: Double) -> String { format(value) + "px" }
}

/// Stable, id-safe anchors for footnotes: "fn-1" for the first footnote.
enum FootnoteAnchor {
    /// The anchor of footnote `index` (0-based).
    static func id(_ index: Int) -> String { "fn-\(index + 1)" }

    /// The anchor a mark links to: the footnote that first says what the mark's footnote says.
    static func id(forMark mark: String, _ repeats: FootnoteRepeats) -> String {
        repeats.target(ofMark: mark).map(id) ?? "fn-missing"
    }
}
