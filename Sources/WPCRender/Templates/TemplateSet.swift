import Foundation
import Mustache
import WPCModel
import WPCTemplates

/// The templates of one family, ready to render: the bundled files, each
/// replaced by the user's file of the same name when `overrides` has one
/// (`DIR/html/page.mustache` replaces the bundled `html/page.mustache`).
///
/// Loading checks every template: its syntax, that its partials exist, and
/// that every variable it names is a key of the family's view-model, since
/// Mustache would otherwise render a misspelt name as nothing.
public struct TemplateSet: Sendable {
    public let family: TemplateFamily
    /// The file each template was read from, by template name.
    public let files: [String: String]
    private let library: MustacheLibrary

    /// Loads `family` from the bundled folder and `overrides`.
    /// - Throws: `TemplateError` naming the file at fault.
    public init(family: TemplateFamily, overrides: URL? = nil, bundled: URL = BundledTemplates.directory) throws(TemplateError) {
        self.family = family
        if let overrides {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw TemplateError("template folder does not exist", at: SourceLocation(file: overrides.path, line: 0, column: 0))
            }
        }
        var files: [String: String] = [:]
        for folder in [bundled, overrides].compactMap({ $0 }) {
            let directory = folder.appendingPathComponent(family.rawValue)
            for name in TemplateSet.templateNames(in: directory) {
                files[name] = directory.appendingPathComponent(name + ".mustache").path
            }
        }
        guard files[family.entry] != nil else {
            throw TemplateError("no template '\(family.entry).mustache' in family '\(family.rawValue)'",
                                at: SourceLocation(file: bundled.appendingPathComponent(family.rawValue).path, line: 0, column: 0))
        }
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError("cannot read template", at: SourceLocation(file: path, line: 0, column: 0))
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError("template syntax error: \(error.error) in “\(error.context.line.trimmingCharacters(in: .whitespaces))”",
                                    at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                throw TemplateError("template syntax error: \(error)", at: SourceLocation(file: path, line: 0, column: 0))
            }
            texts[name] = text
        }
        let keys = TemplateKeys.collect(from: SpecimenViews.view(for: family))
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            try TemplateSet.validate(text, file: files[name] ?? name, keys: keys, partials: Set(files.keys))
        }
        self.files = files
        self.library = MustacheLibrary(templates: templates)
    }

    /// Renders `view` through the family's entry template.
    public func render(_ view: Any) throws(TemplateError) -> String {
        guard let output = library.render(view, withTemplate: family.entry) else {
            throw TemplateError("no entry template", at: SourceLocation(file: files[family.entry] ?? family.entry, line: 0, column: 0))
        }
        return output
    }

    /// The template names (file names without `.mustache`) in `directory`.
    static func templateNames(in directory: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return entries.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }

    /// Checks that a template's partials exist and its variables are view-model keys.
    static func validate(_ text: String, file: String, keys: Set<String>, partials: Set<String>) throws(TemplateError) {
        guard let tags = TemplateScanner.tags(in: text) else { return }
        for tag in tags {
            let location = SourceLocation(file: file, line: tag.line, column: tag.column)
            switch tag.kind {
            case .partial:
                guard partials.contains(tag.name) else {
                    throw TemplateError("partial '\(tag.name)' does not exist (known: \(partials.sorted().joined(separator: ", ")))", at: location)
                }
            case .variable, .section:
                for key in TemplateScanner.keys(of: tag.name) where !keys.contains(key) {
                    let near = keys.min { EditDistance.between($0, key) < EditDistance.between($1, key) }
                    throw TemplateError("'\(key)' is not a variable of this template's view-model" + (near.map { "; did you mean '\($0)'?" } ?? ""), at: location)
                }
            case .other:
                continue
            }
        }
    }
}
