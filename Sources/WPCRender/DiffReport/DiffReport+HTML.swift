import Foundation

extension DiffReport {
    /// The report as a standalone, printable HTML page, through the `diff`
    /// templates (`Templates/diff/report.mustache`, overridable like any
    /// family): the changed rows, or every row when `full`.
    /// - Throws: `TemplateError` when a template is missing or broken.
    public func html(overrides: URL? = nil, full: Bool = false) throws(TemplateError) -> String {
        try TemplateSet(family: .diff, overrides: overrides).renderText(view(full: full).record)
    }
}
