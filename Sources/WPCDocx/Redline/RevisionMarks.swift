/// The tracked changes of one redline as WordprocessingML writes them:
/// every change by the same author, dated with the new draft's date line
/// (never the clock, so the same drafts give the same bytes), each with an
/// id of its own.
struct RevisionMarks {
    /// `w:author="…" w:date="…"`, escaped once.
    private let stamp: String
    /// The next unused `w:id`.
    private(set) var nextID = 1

    /// Marks by `author`, dated `date` (W3C date-time).
    init(author: String, date: String) {
        stamp = " w:author=\"\(XMLText.escaped(author))\" w:date=\"\(date)\""
    }

    /// A fresh id.
    mutating func newID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    /// The element that wraps runs of `revision`, without its end tag.
    mutating func open(_ revision: Revision) -> String {
        guard let name = Self.element(revision) else { return "" }
        return "<w:\(name) w:id=\"\(newID())\"\(stamp)>"
    }

    /// The end tag of `open(revision)`.
    func close(_ revision: Revision) -> String {
        Self.element(revision).map { "</w:\($0)>" } ?? ""
    }

    /// A paragraph mark's properties (`w:rPr`) saying the mark was inserted, deleted or moved.
    mutating func markProperties(_ revision: Revision) -> String {
        guard let name = Self.element(revision) else { return "" }
        return "<w:rPr><w:\(name) w:id=\"\(newID())\"\(stamp)/></w:rPr>"
    }

    /// A paragraph's former properties (`w:pPrChange`): its style and
    /// alignment in the old draft, which rejecting the changes restores.
    mutating func formerProperties(_ format: Paragraph) -> String {
        let alignment = format.alignment.map { "<w:jc w:val=\"\($0)\"/>" } ?? ""
        return "<w:pPrChange w:id=\"\(newID())\"\(stamp)><w:pPr><w:pStyle w:val=\"\(format.style)\"/>\(alignment)</w:pPr></w:pPrChange>"
    }

    /// A row's insertion or deletion, for `w:trPr` (a moved row is a deleted one
    /// at its old place and an inserted one at its new place: rows have no move mark).
    mutating func rowProperty(_ revision: Revision) -> String {
        switch revision {
        case .kept: ""
        case .inserted, .movedTo: "<w:ins w:id=\"\(newID())\"\(stamp)/>"
        case .deleted, .movedFrom: "<w:del w:id=\"\(newID())\"\(stamp)/>"
        }
    }

    /// The start of a named move's source (`movedFrom`) or destination
    /// (`movedTo`) range, and its id for the end.
    mutating func moveRangeStart(_ revision: Revision, name: String) -> (markup: String, id: Int) {
        let id = newID()
        let element = revision == .movedFrom ? "moveFromRangeStart" : "moveToRangeStart"
        return ("<w:\(element) w:id=\"\(id)\" w:name=\"\(name)\"\(stamp)/>", id)
    }

    /// The end of the move range started with `id`.
    func moveRangeEnd(_ revision: Revision, id: Int) -> String {
        "<w:\(revision == .movedFrom ? "moveFromRangeEnd" : "moveToRangeEnd") w:id=\"\(id)\"/>"
    }

    private static func element(_ revision: Revision) -> String? {
        switch revision {
        case .kept: nil
        case .inserted: "ins"
        case .deleted: "del"
        case .movedFrom: "moveFrom"
        case .movedTo: "moveTo"
        }
    }
}
