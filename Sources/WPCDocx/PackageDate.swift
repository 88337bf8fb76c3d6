import Foundation
import WPCModel

/// The one moment the package is stamped with — in its ZIP entries and its
/// document properties — taken from the programme's own date line, never the
/// clock, so the same programme always gives the same bytes.
struct PackageDate: Sendable, Hashable {
    var year: Int
    var month: Int

    /// The programme's `DocumentDate` (ZIPFoundation clamps entry dates to
    /// 1980–2099; the core properties are stamped alike).
    init(programme: Programme) {
        let date = DocumentDate(programme: programme)
        year = date.year
        month = date.month
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
