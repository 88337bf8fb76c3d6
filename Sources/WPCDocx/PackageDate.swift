import Foundation
import WPCModel

/// The one moment the package is stamped with — in its ZIP entries and its
/// document properties — taken from the programme's own date line, never the
/// clock, so the same programme always gives the same bytes.
struct PackageDate: Sendable, Hashable {
    var year: Int
    var month: Int

    /// The first of the month the date line names ("September 2019"), or
    /// January of the year it names, or of the programme's first year; else
    /// 1 January 1980, the earliest date a ZIP entry can hold.
    init(programme: Programme) {
        let milestones = programme.date.map { Timeline($0).milestones } ?? []
        if let dated = milestones.first(where: { $0.year != nil }), let year = dated.year {
            self.year = year
            self.month = dated.month ?? 1
        } else {
            self.year = programme.period?.firstYear ?? 1980
            self.month = 1
        }
        // ZIPFoundation clamps entry dates to 1980–2099; stamp the core properties alike.
        year = min(max(year, 1980), 2099)
    }

    /// W3C date-time, as `docProps/core.xml` wants it.
    var w3c: String {
        let yyyy = String(year), mm = month < 10 ? "0\(month)" : String(month)
        return "\(yyyy)-\(mm)-01T00:00:00Z"
    }

    /// Midnight UTC on the first of the month (ZIPFoundation writes entry
    /// times through `gmtime`, so the bytes do not depend on the time zone).
    var date: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: 1)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 315_532_800)
    }
}
