import CLibXML2
import Foundation
import WPCModel

/// One message libxml2 reported while parsing or validating, copied out of
/// libxml2's memory so it can outlive the context that raised it.
struct XMLIssue: Sendable {
    /// libxml2's message on one line, without its trailing newline.
    var message: String
    /// 1-based line, or 0 when libxml2 gave none.
    var line: Int
    /// 1-based column, or 0 when libxml2 gave none.
    var column: Int
    /// Whether libxml2 called it an error (warnings are kept but not fatal).
    var isError: Bool
    /// Whether the schema validator raised it (rather than the parser).
    var isSchemaIssue = false
    /// The byte offset in the document where the parser stood when it was
    /// raised, when known. libxml2 counts lines at `\n` only, so its line
    /// numbers drift in a file with lone `\r` line ends; the offset, resolved
    /// through the source's line index, does not.
    var offset: Int?
    /// Whether it is one of the reader's limits (see `XMLMarkupLimits`): the
    /// document may be well-formed, but is not read.
    var isLimit = false
    /// Whether it says the parser was stopped after `XMLStreamParser.issueLimit`
    /// issues: it follows them, and the rest of the document is not read.
    var stoppedReading = false

    init(message: String, line: Int, column: Int, isError: Bool) {
        self.message = message
        self.line = line
        self.column = column
        self.isError = isError
    }

    /// Copies the fields of a libxml2 error raised with the parser at byte `offset`.
    init(_ error: xmlError, offset: Int) {
        self.init(error)
        self.offset = offset
    }

    /// Copies the fields of a libxml2 error.
    init(_ error: xmlError) {
        let message: UnsafeMutablePointer<CChar>? = error.message
        let oneLine = message.map { XMLIssue.oneLine($0) } ?? "unknown XML error"
        var line = Int(error.line)
        if line <= 0, let node = error.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        self.init(
            message: XMLMarkupLimits.plainWords(for: oneLine),
            line: max(0, line),
            column: error.domain == XML_FROM_PARSER.rawValue ? max(0, Int(error.int2)) : 0,
            isError: error.level.rawValue >= XML_ERR_ERROR.rawValue
        )
        isSchemaIssue = error.domain == XML_FROM_SCHEMASV.rawValue || error.domain == XML_FROM_SCHEMASP.rawValue
    }
}

extension XMLIssue {
    /// Schema messages spell names as {namespace}local; the namespace is always ours.
    private static let namespace = Array("{\(XMLVocabulary.namespace)}".utf8)

    /// libxml2's message on one line, over its bytes (a hostile file raises
    /// hundreds of thousands): each run of line breaks becomes one space (a
    /// message ends with one and may hold more; a SourceError is one line),
    /// our namespace goes from `{namespace}name`, and white space goes from
    /// both ends.
    static func oneLine(_ message: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(message).assumingMemoryBound(to: UInt8.self), count: strlen(message))
        var line: [UInt8] = []
        line.reserveCapacity(bytes.count)
        var index = 0, inBreak = false
        while index < bytes.count {
            let byte = bytes[index]
            let breakLength = byte == 0x0A || byte == 0x0B || byte == 0x0C || byte == 0x0D ? 1
                : byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2
                : byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3
                : 0
            if breakLength > 0 {
                if !inBreak { line.append(0x20) }
                inBreak = true
                index += breakLength
                continue
            }
            inBreak = false
            if byte == UInt8(ascii: "{"), bytes.count - index >= namespace.count, let base = bytes.baseAddress,
               memcmp(base + index, namespace, namespace.count) == 0 {
                index += namespace.count
                continue
            }
            line.append(byte)
            index += 1
        }
        return line.withUnsafeBufferPointer { UTF8Text.string($0, UTF8Text.trimmed($0, 0..<$0.count)) }
    }
}

/// Collects what libxml2 reports through its structured-error callbacks.
/// libxml2 calls back through C function pointers that cannot capture, so the
/// collector travels through the callbacks' `void *` user pointer.
final class XMLIssueCollector {
    private(set) var issues: [XMLIssue] = []

    /// The first error, if any.
    var firstError: XMLIssue? { issues.first(where: \.isError) }

    func append(_ issue: XMLIssue) { issues.append(issue) }

    /// An unretained pointer for a C callback; valid while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The collector behind a pointer made by `opaque`.
    static func from(_ pointer: UnsafeMutableRawPointer?) -> XMLIssueCollector? {
        pointer.map { Unmanaged<XMLIssueCollector>.fromOpaque($0).takeUnretainedValue() }
    }
}
