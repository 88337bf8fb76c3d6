import CLibXML2
import Foundation
import WPCModel

/// Why the XML machinery itself could not be set up (a missing or broken
/// bundled schema, libxml2 out of memory): a fault of the installation, not
/// of the user's file.
struct XMLSetupFailure: Error {
    var message: String
}

/// The compiled work-programme schema, freed in `deinit`.
final class XMLCompiledSchema {
    let pointer: xmlSchemaPtr

    /// The schema's text, read from the bundled `Schema` folder (the resource
    /// bundle beside the executable, else the source tree it was built from).
    static func schemaText() -> String? {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        guard let folder = ResourceLocator.folder(bundleName: "wpc_WPCSources.resources", sourceFolder: source) else { return nil }
        let url = folder.appendingPathComponent("Schema").appendingPathComponent("\(XMLVocabulary.schemaResource).xsd")
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// Compiles the bundled schema.
    /// - Throws: `XMLSetupFailure` when it is missing or does not compile.
    init() throws(XMLSetupFailure) {
        LibXML2.initialize()
        guard let text = XMLCompiledSchema.schemaText() else {
            throw XMLSetupFailure(message: "the bundled schema work-programme.xsd is missing")
        }
        let bytes = Array(text.utf8)
        let issues = XMLIssueCollector()
        // libxml2 reads the buffer during xmlSchemaParse, not when the parser
        // context is made, so the whole parse stays inside the buffer's scope.
        let schema: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                guard let parser = xmlSchemaNewMemParserCtxt(characters, Int32(clamping: buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, { user, error in
                    guard let error else { return }
                    XMLIssueCollector.from(user)?.append(XMLIssue(error.pointee))
                }, issues.opaque)
                return withExtendedLifetime(issues) { xmlSchemaParse(parser) }
            }
        }
        guard let schema else {
            throw XMLSetupFailure(message: "the bundled schema does not compile: \(issues.firstError?.message ?? "unknown error")")
        }
        self.pointer = schema
    }

    deinit { xmlSchemaFree(pointer) }
}
