import CLibXML2
import WPCModel

/// Turns a validated libxml2 tree into a `Programme`. The schema has already
/// fixed the structure, so this walker only dispatches on element names; it
/// still refuses anything unexpected rather than trusting that blindly.
/// Nodes are borrowed from an `XMLParsedDocument` that outlives the walk.
struct XMLTreeWalker {
    private var columns: XMLColumnFinder
    private let path: String

    init(source: SourceText) {
        columns = XMLColumnFinder(source: source)
        path = source.path
    }

    // MARK: - Nodes

    /// The element children of `node`, in document order.
    func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The element's local name.
    func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element's character content exactly as parsed (text and CDATA
    /// children joined; nothing trimmed).
    func content(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let text = current.pointee.content {
                var cursor = text
                while cursor.pointee != 0 {
                    bytes.append(cursor.pointee)
                    cursor += 1
                }
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An attribute without namespace, exactly as parsed.
    func attribute(_ attributeName: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetNoNsProp(node, attributeName) else { return nil }
        defer { wpc_xmlFree(value) }
        return String(cString: value)
    }

    /// A required attribute.
    /// - Throws: `SourceError` when it is missing.
    mutating func required(_ attributeName: String, of node: xmlNodePtr) throws(SourceError) -> String {
        guard let value = attribute(attributeName, of: node) else {
            throw SourceError("<\(name(of: node))> lacks the attribute \(attributeName)", at: columns.location(of: node))
        }
        return value
    }

    /// The element's content with where it stands in the source.
    mutating func written(_ node: xmlNodePtr) -> WrittenText {
        WrittenText(content(of: node), origin: Origin(columns.location(of: node)))
    }

    /// The location of `node`'s content.
    mutating func location(of node: xmlNodePtr) -> SourceLocation {
        columns.location(of: node)
    }

    /// The error for an element the schema should have ruled out.
    mutating func unexpected(_ node: xmlNodePtr, in parent: String) -> SourceError {
        SourceError("unexpected element <\(name(of: node))> in <\(parent)>", at: columns.location(of: node))
    }
}
