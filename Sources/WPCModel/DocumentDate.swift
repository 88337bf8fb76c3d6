/// The one moment a generated document is stamped with (a Word package's
/// entries and properties, a PDF's creation date), taken from the
/// programme's own date line, never the clock: the same programme always
/// gives the same bytes.
public struct DocumentDate: Sendable, Hashable {
    public var year: Int
    public var month: Int

    /// The first of the month the date line names ("September 2019"), or
    /// January of the year it names, or of the programme's first year; else
    /// 1 January 1980, the earliest date a ZIP entry can hold. Years are
    /// held to 1980–2099, the years a ZIP entry can hold.
    public init(programme: Programme) {
        let milestones = programme.date.map { Timeline($0).milestones } ?? []
        if let dated = milestones.first(where: { $0.year != nil }), let year = dated.year {
            self.year = year
            self.month = dated.month ?? 1
        } else {
            self.year = programme.period?.firstYear ?? 1980
            self.month = 1
        }
        year = min(max(year, 1980), 2099)
    }

    /// The date in a PDF's form, without its time zone: "20190901000000".
    public var pdfDigits: String {
        let yyyy = String(year), mm = month < 10 ? "0\(month)" : String(month)
        return "\(yyyy)\(mm)01000000"
    }
}
