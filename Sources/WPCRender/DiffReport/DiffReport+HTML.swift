import Foundation

extension DiffReport {
    /// The report as a standalone, printable HTML page, through the `diff`
    /// templates (`Templates/diff/report.mustache`, overridable like any family).
    /// - Throws: `TemplateError` when a template is missing or broken.
    public func html(overrides: URL? = nil) throws(TemplateError) -> String {
        try TemplateSet(family: .diff, overrides: overrides).renderText(view().record)
    }
}
