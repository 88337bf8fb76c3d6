import WPCModel

/// Decides what a line of text outside the annex table is: the title (the
/// first such line), the date (the first line that is one month or season and
/// year), the document reference ("Annex II to doc. PC0571Ea", on one line or
/// two), a running header (the title, the date or the reference again, a page
/// turning), or prose for the reader to place. The annex-text reader feeds it
/// the export's lines; the Word reader feeds it the paragraphs outside the
/// annex tables.
struct TitleBlock {
    /// What a line turned out to be.
    enum Verdict {
        /// It is part of the title block (the title, the date), or it is held
        /// until the next line says what it is ("Annex II to").
        case absorbed
        /// It repeats the title block or is the document reference: a page turned.
        case pageTurn
        /// Prose: text as written and where it came from.
        case prose(String, Origin)
    }

    private(set) var title: WrittenText?
    private(set) var date: WrittenText?
    private(set) var document: WrittenText?
    /// "Annex II to", waiting for its "doc. PC0571Ea" line.
    private var pending: (text: String, origin: Origin)?

    /// Reads one line (its text as written, trimmed); returns what the line
    /// held before it and this one turned out to be, in order.
    mutating func read(_ text: String, origin: Origin) -> [Verdict] {
        let plain = Self.unwrapEmphasis(text)
        var verdicts: [Verdict] = []
        if let held = pending {
            pending = nil
            if plain.hasPrefix("doc.") || plain.hasPrefix("Doc.") {
                let joined = WrittenText(held.text, origin: held.origin).joined(with: WrittenText(plain, origin: origin))
                if document == nil { document = joined }
                return [.pageTurn]
            }
            verdicts.append(prose(held.text, origin: held.origin))
        }
        if Self.isAnnexReference(plain) {
            if plain.contains("doc.") {
                if document == nil { document = WrittenText(plain, origin: origin) }
                verdicts.append(.pageTurn)
            } else {
                pending = (plain, origin)
                verdicts.append(.absorbed)
            }
            return verdicts
        }
        verdicts.append(prose(text, origin: origin))
        return verdicts
    }

    /// What a line still held turned out to be, at the end of the text.
    mutating func finish() -> [Verdict] {
        guard let held = pending else { return [] }
        pending = nil
        return [prose(held.text, origin: held.origin)]
    }

    /// A line that is not a document reference: the title, a running header, the date, or prose.
    private mutating func prose(_ text: String, origin: Origin) -> Verdict {
        let plain = Self.unwrapEmphasis(text)
        guard let title else {
            self.title = WrittenText(plain, origin: origin)
            return .absorbed
        }
        if plain == title.text { return .pageTurn }
        if Self.isDateLine(plain) {
            guard let date else {
                self.date = WrittenText(plain, origin: origin)
                return .absorbed
            }
            if plain == date.text { return .pageTurn }
        }
        return .prose(text, origin)
    }

    /// Strips `*…*` or `**…**` that wraps a whole line (running headers are
    /// sometimes exported in italics across two lines).
    static func unwrapEmphasis(_ text: String) -> String {
        UTF8Text.withBytes(of: text) { bytes in
            let star = UInt8(ascii: "*"), space = UInt8(ascii: " ")
            var lower = 0, upper = bytes.count
            // A line of nothing but asterisks and spaces is drawing: keep it whole.
            if bytes.contains(where: { $0 != star && $0 != space }) {
                while lower < upper, bytes[lower] == star { lower += 1 }
                while upper > lower, bytes[upper - 1] == star { upper -= 1 }
            }
            return UTF8Text.string(bytes, UTF8Text.trimmed(bytes, lower..<upper))
        }
    }

    /// "September 2019", "15 September 2019", "Autumn 2020": a line that is
    /// exactly one dated milestone, with the day of the month if any.
    static func isDateLine(_ text: String) -> Bool {
        var words = TextWord.split(text).map(\.text)
        if words.count == 3, words[0].utf8.count <= 2, words[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { words.removeFirst() }
        let milestones = TimelineParser.parse(words.joined(separator: " "))
        guard milestones.count == 1, let milestone = milestones.first else { return false }
        switch milestone.kind {
        case .month, .season: return milestone.annotation == nil
        default: return false
        }
    }

    /// "Annex II to", "Annex II to doc. PC0571Ea".
    static func isAnnexReference(_ text: String) -> Bool {
        text.hasPrefix("Annex ") && text.count <= 60 && !text.hasSuffix(".")
    }

    /// Whether a block of prose before the table is a heading, a paragraph or a separator ornament.
    static func introKind(_ text: String) -> IntroBlock.Kind {
        if text.allSatisfy({ "*-_·• ".contains($0) }) { return .separator }
        if text.count <= 60, let last = text.last, !".:;,".contains(last) { return .heading }
        return .paragraph
    }
}
