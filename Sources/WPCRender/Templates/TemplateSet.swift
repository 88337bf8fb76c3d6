import Foundation
import WPCModel
import WPCTemplateEngine
import WPCTemplates

/// The templates of one family, compiled and ready to render: the bundled
/// files, each replaced by the user's file of the same name when
/// `overrides` has one (`DIR/html/page.mustache` replaces the bundled
/// `html/page.mustache`).
///
/// Loading reads, parses and compiles every template once, against the
/// family's view-model shape: a syntax error, a missing partial, Mustache
/// the engine does not support, or a name the view-model does not have
/// (Mustache would otherwise print a misspelt name as nothing) stops the
/// load with the file, line and column.
public struct TemplateSet: Sendable {
    public let family: TemplateFamily
    /// The file each template was read from, by template name.
    public let files: [String: String]
    private let compiled: CompiledTemplate

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
        var sources: [TemplateLibrary.Source] = []
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError("cannot read template", at: SourceLocation(file: path, line: 0, column: 0))
            }
            sources.append(TemplateLibrary.Source(name: name, file: path, text: text))
        }
        do {
            compiled = try TemplateLibrary(sources).compile(entry: family.entry, root: family.shape)
        } catch {
            throw TemplateError(error.message, at: SourceLocation(file: error.file, line: error.line, column: error.column))
        }
        self.files = files
    }

    /// Renders `record` (of the family's shape) through the entry template, as UTF-8.
    public func render(_ record: TemplateRecord) -> [UInt8] {
        compiled.render(record)
    }

    /// Renders `record` through the entry template into Data that owns the rendered block (no copy).
    public func renderData(_ record: TemplateRecord) -> Data {
        let (base, count) = compiled.renderIntoMallocBlock(record)
        return Data(bytesNoCopy: base, count: count, deallocator: .free)
    }

    /// Renders `record` through the entry template.
    public func renderText(_ record: TemplateRecord) -> String {
        String(decoding: compiled.render(record), as: UTF8.self)
    }

    /// The template names (file names without `.mustache`) in `directory`.
    static func templateNames(in directory: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return entries.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }
}

extension TemplateFamily {
    /// The shape of the view-model the family's templates are compiled against.
    public var shape: TemplateShape {
        switch self {
        case .html: PaginatedView.shape
        case .annex: AnnexView.shape
        case .markdown: MarkdownView.shape
        case .index: IndexView.shape
        case .diff: DiffReportView.shape
        case .dashboard: DashboardView.shape
        }
    }
}
