import WPCModel

/// Words a report prints, in the language of its labels: `DiffLabel`'s texts
/// (from the labels files) with their arguments filled in.
public struct DiffWording: Sendable {
    /// The labels the texts come from.
    public let labels: Labels
    /// Each label's text and the placeholders its arguments fill, in order (`{n}` aside).
    private let entries: [DiffLabel: (text: String, arguments: [String])]

    /// The wording of `labels` (the bundled files, with a user's over them).
    public init(_ labels: Labels) {
        self.labels = labels
        var entries: [DiffLabel: (text: String, arguments: [String])] = [:]
        for label in DiffLabel.allCases {
            let key = label.key
            entries[label] = (labels[key], key.placeholders.filter { $0 != "n" })
        }
        self.entries = entries
    }

    /// The language of the texts.
    public var language: Language { labels.language }

    /// `label`'s text with its placeholders filled by `arguments`, in the order the key lists them.
    public func text(_ label: DiffLabel, _ arguments: String...) -> String {
        SummaryPiece.text(of: fill(label, arguments.map { SummaryPiece($0) }, count: nil))
    }

    /// The singular or plural form (`one`/`other`) for `count`, `{n}` filled in:
    /// English takes the singular for 1, French for 0 and 1.
    public func counted(_ one: DiffLabel, _ other: DiffLabel, _ count: Int, _ arguments: String...) -> String {
        SummaryPiece.text(of: fill(form(one, other, count), arguments.map { SummaryPiece($0) }, count: count))
    }

    /// `label`'s text as pieces, each argument a piece of its own (a link, say).
    func pieces(_ label: DiffLabel, _ arguments: [SummaryPiece], count: Int? = nil) -> [SummaryPiece] {
        fill(label, arguments, count: count)
    }

    /// The form of a counted phrase for `count`.
    func form(_ one: DiffLabel, _ other: DiffLabel, _ count: Int) -> DiffLabel {
        (language == .fr ? count <= 1 : count == 1) ? one : other
    }

    /// A counted phrase's singular without its count ("{n} task reworded" → "task reworded"),
    /// for a list that says one change per line.
    public func uncounted(_ one: DiffLabel) -> String {
        let template = raw(one)
        return template.hasPrefix("{n} ") ? String(template.dropFirst(4)) : fill(one, [], count: 1).map(\.text).joined()
    }

    /// "11 changes".
    public func changes(_ count: Int) -> String { counted(.changesOne, .changesOther, count) }

    /// `text` between the language's quotation marks.
    public func quoted(_ text: String?) -> String {
        guard let text else { return self.text(.empty) }
        return self.text(.quoteOpen) + text + self.text(.quoteClose)
    }

    private func raw(_ label: DiffLabel) -> String { entries[label]?.text ?? label.rawValue }

    /// One pass over `label`'s text: a `{…}` naming `n` or one of the key's
    /// placeholders that has an argument is replaced; anything else, and the
    /// arguments' own text, is kept as it is.
    private func fill(_ label: DiffLabel, _ arguments: [SummaryPiece], count: Int?) -> [SummaryPiece] {
        let template = raw(label), placeholders = entries[label]?.arguments ?? []
        var pieces: [SummaryPiece] = []
        var words = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            words += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                words += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            let name = rest[rest.index(after: open)..<close]
            if name == "n", let count {
                words += String(count)
            } else if let position = placeholders.firstIndex(where: { $0 == name }), position < arguments.count {
                let argument = arguments[position]
                if argument.anchor == nil {
                    words += argument.text
                } else {
                    if !words.isEmpty { pieces.append(SummaryPiece(words)) }
                    words = ""
                    pieces.append(argument)
                }
            } else {
                words += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        words += rest
        if !words.isEmpty { pieces.append(SummaryPiece(words)) }
        return pieces
    }
}
