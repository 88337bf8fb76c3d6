/// A Timeline cell: the text as written ("June 2020 (for adoption) October
/// 2020 (for publication)") and the milestones read from it.
///
/// Only the text is stored; the milestones are derived from it, so two
/// timelines are equal when their text is.
public struct Timeline: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The cell as written.
    public let raw: WrittenText
    /// The milestones, in the order written.
    public let milestones: [Milestone]

    public init(_ raw: WrittenText) {
        self.raw = raw
        self.milestones = TimelineParser.parse(raw.text)
    }

    /// A timeline whose text a reader has already parsed: `milestones` must be
    /// what `TimelineParser.parse(raw.text)` gives, so the cell is read once.
    public init(_ raw: WrittenText, parsed milestones: [Milestone]) {
        self.raw = raw
        self.milestones = milestones
    }

    public init(from decoder: any Decoder) throws {
        self.init(try WrittenText(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws { try raw.encode(to: encoder) }

    public static func == (lhs: Timeline, rhs: Timeline) -> Bool { lhs.raw == rhs.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

    public var description: String { raw.text }

    /// Whether every word of the cell was understood.
    public var isFullyParsed: Bool { !milestones.contains { $0.kind == .unrecognized } }

    /// The calendar years the milestones name.
    public var years: [Int] { milestones.compactMap(\.year) }
}

/// One thing a timeline says: a month, a season, a year, "Ongoing", …
public struct Milestone: Sendable, Hashable {
    /// What the milestone is.
    public enum Kind: Sendable, Hashable {
        case month(year: Int, month: Int)
        case season(year: Int, season: Season)
        case year(Int)
        case ongoing
        case periodically
        case annually
        case toBeDetermined
        /// Words the parser could not read (a misspelt month, say).
        case unrecognized
    }

    public var kind: Kind
    /// The words as written, e.g. "June 2020" or "On-going".
    public var written: String
    /// Byte offset of `written` in the timeline's text.
    public var offset: Int
    /// A note that follows it, e.g. "for adoption".
    public var annotation: String?

    public init(kind: Kind, written: String, offset: Int, annotation: String? = nil) {
        self.kind = kind
        self.written = written
        self.offset = offset
        self.annotation = annotation
    }

    /// The calendar year this milestone falls in, if it names one.
    public var year: Int? {
        switch kind {
        case .month(let year, _), .season(let year, _), .year(let year): year
        default: nil
        }
    }

    /// The month (1–12) this milestone names, if any.
    public var month: Int? {
        if case .month(_, let month) = kind { return month }
        return nil
    }
}

/// The seasons a timeline may name.
public enum Season: String, Codable, Sendable, Hashable, CaseIterable {
    case spring, summer, autumn, winter
}

/// Timelines made from cells, each distinct text parsed once and its
/// milestones kept once: a programme repeats its timelines ("Ongoing",
/// "2020") on row after row. A milestone's offset is within its cell, so
/// equal texts have equal milestones wherever they stand.
public struct TimelineCache {
    /// Keyed by bytes: a milestone's offset counts the bytes of the text it was parsed from.
    private var parsed: [ExactText: [Milestone]] = [:]

    /// An empty cache.
    public init() {}

    /// The timeline of `raw`, parsed unless its text was parsed before;
    /// then its text shares the string kept with it (see `TextPool`).
    public mutating func timeline(_ raw: WrittenText) -> Timeline {
        if let kept = kept(raw) { return kept }
        let timeline = Timeline(raw)
        parsed[ExactText(raw.text)] = timeline.milestones
        return timeline
    }

    /// The timeline of `raw`, whose milestones a reader has parsed already:
    /// the ones kept for an equal text, when there are, so that they are held once.
    public mutating func timeline(_ raw: WrittenText, parsed milestones: [Milestone]) -> Timeline {
        if let kept = kept(raw) { return kept }
        parsed[ExactText(raw.text)] = milestones
        return Timeline(raw, parsed: milestones)
    }

    /// The timeline of a text of the same bytes read before, with `raw`'s
    /// origin and the string and milestones kept for that text.
    private func kept(_ raw: WrittenText) -> Timeline? {
        guard let index = parsed.index(forKey: ExactText(raw.text)) else { return nil }
        let (text, milestones) = parsed[index]
        var shared = raw
        shared.text = text.string
        return Timeline(shared, parsed: milestones)
    }
}
