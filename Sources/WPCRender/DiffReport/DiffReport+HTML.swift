import Foundation
import WPCModel

extension DiffReport {
    /// The report as a standalone, printable HTML page, through the `diff`
    /// templates (`Templates/diff/report.mustache`, overridable like any
    /// family), in `labels`' words (the labels of `overrides`, in English, by default).
    /// - Throws: `TemplateError` when a template or labels file is missing or broken.
    public func html(overrides: URL? = nil, labels: Labels? = nil) throws(TemplateError) -> String {
        let chosen: Labels
        if let labels { chosen = labels } else { chosen = try Labels.load(.en, overrides: overrides) }
        return try TemplateSet(family: .diff, overrides: overrides).renderText(view(labels: chosen).record)
    }
}
