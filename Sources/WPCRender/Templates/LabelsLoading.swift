import Foundation
import WPCModel
import WPCTemplates

extension Labels {
    /// The labels of `language`: the bundled English file, then the bundled
    /// file of `language` over it, then the user's `overrides/labels/<language>.labels`
    /// over that, label by label (a user's file need hold only what it changes).
    /// - Throws: `TemplateError` naming the file, line and column of a bad
    ///   label, or a labels file that cannot be read.
    public static func load(_ language: Language, overrides: URL? = nil, bundled: URL = BundledTemplates.directory) throws(TemplateError) -> Labels {
        var texts: [String: String] = [:]
        var files = [bundled.appendingPathComponent("labels/en.labels")]
        if language != .en { files.append(bundled.appendingPathComponent("labels/\(language.rawValue).labels")) }
        if let overrides {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw TemplateError("template folder does not exist", at: SourceLocation(file: overrides.path, line: 0, column: 0))
            }
            let own = overrides.appendingPathComponent("labels/\(language.rawValue).labels")
            if FileManager.default.fileExists(atPath: own.path) { files.append(own) }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw TemplateError("cannot read labels file", at: SourceLocation(file: file.path, line: 0, column: 0))
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw TemplateError("labels file is not UTF-8", at: SourceLocation(file: file.path, line: 0, column: 0))
            }
            do {
                texts.merge(try LabelsFile.parse(text, file: file.path)) { _, mine in mine }
            } catch {
                throw TemplateError(error.message, at: error.location)
            }
        }
        return Labels(language: language, texts: texts)
    }
}
