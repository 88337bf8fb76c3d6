import Foundation
import Mustache
import WPCModel
import WPCTemplates

/// The templates of diff reports (`Templates/diff/`, entry `report.mustache`),
/// each replaced by the user's `DIR/diff/NAME.mustache` when `--templates DIR`
/// has one. Loading checks syntax, partials and that every variable is a key
/// of `DiffReportView`, as `TemplateSet` does for the other families.
public struct DiffTemplates: Sendable {
    /// The folder name of the family.
    public static let family = "diff"
    /// The template rendering starts from.
    public static let entry = "report"
    /// The file each template was read from, by name.
    public let files: [String: String]
    private let library: MustacheLibrary

    /// Loads the bundled templates and the user's `overrides`.
    /// - Throws: `TemplateError` naming the file at fault.
    public init(overrides: URL? = nil, bundled: URL = BundledTemplates.directory) throws(TemplateError) {
        var files: [String: String] = [:]
        for folder in [bundled, overrides].compactMap({ $0 }) {
            let directory = folder.appendingPathComponent(Self.family)
            for name in TemplateSet.templateNames(in: directory) { files[name] = directory.appendingPathComponent(name + ".mustache").path }
        }
        guard files[Self.entry] != nil else {
            throw TemplateError("no template '\(Self.entry).mustache' in family '\(Self.family)'",
                                at: SourceLocation(file: bundled.appendingPathComponent(Self.family).path, line: 0, column: 0))
        }
        var library = MustacheLibrary()
        let keys = TemplateKeys.collect(from: DiffSpecimen.view())
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError("cannot read template", at: SourceLocation(file: path, line: 0, column: 0))
            }
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError("template syntax error: \(error.error)",
                                    at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                throw TemplateError("template syntax error: \(error)", at: SourceLocation(file: path, line: 0, column: 0))
            }
            try TemplateSet.validate(text, file: path, keys: keys, partials: Set(files.keys))
        }
        self.files = files
        self.library = library
    }

    /// Renders `view` through `report.mustache`.
    /// - Throws: `TemplateError` when the entry template is missing.
    public func render(_ view: DiffReportView) throws(TemplateError) -> String {
        guard let output = library.render(view, withTemplate: Self.entry) else {
            throw TemplateError("no entry template", at: SourceLocation(file: files[Self.entry] ?? Self.entry, line: 0, column: 0))
        }
        return output
    }
}

extension DiffReport {
    /// The report as a standalone, printable HTML page.
    /// - Throws: `TemplateError` when a template is missing or broken.
    public func html(overrides: URL? = nil) throws(TemplateError) -> String {
        try DiffTemplates(overrides: overrides).render(view())
    }
}
