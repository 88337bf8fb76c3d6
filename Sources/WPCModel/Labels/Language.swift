/// A language wpc has fixed labels for (column headings, "Page N of M",
/// contents, legend headings, titles). The programme's own text is never
/// translated: the language chooses only the words wpc adds.
public enum Language: String, Codable, Sendable, Hashable, CaseIterable {
    case en, fr

    /// The language a BCP 47 tag names ("fr", "fr-CA", "EN-gb"), if wpc has labels for it.
    public init?(tag: String) {
        let primary = tag.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        self.init(rawValue: primary.lowercased())
    }

    /// The language of `programme`'s outputs when none is asked for: the
    /// `xml:lang` of its source when wpc has labels for it, else English.
    public static func `default`(for programme: Programme) -> Language {
        programme.language.flatMap(Language.init(tag:)) ?? .en
    }
}
