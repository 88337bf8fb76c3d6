import CLibXML2
import Foundation

/// An HTML document parsed with libxml2's HTML parser, copied into Swift
/// values so tests can walk it after the C tree is freed.
struct HTMLElement {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    /// The text of this element and its descendants, in order.
    var text: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }

    /// Every descendant element named `name` (lower case), in document order.
    func descendants(_ name: String) -> [HTMLElement] {
        var found: [HTMLElement] = []
        for case .element(let child) in children {
            if child.name == name { found.append(child) }
            found += child.descendants(name)
        }
        return found
    }

    /// Child elements named `name`.
    func children(_ name: String) -> [HTMLElement] {
        children.compactMap { if case .element(let element) = $0, element.name == name { element } else { nil } }
    }

    /// Every attribute name used anywhere below, this element included.
    var allAttributeNames: Set<String> {
        var names = Set(attributes.keys)
        for case .element(let child) in children { names.formUnion(child.allAttributeNames) }
        return names
    }
}

indirect enum HTMLNode {
    case text(String)
    case element(HTMLElement)
}

enum HTMLTree {
    /// Parses `html` and returns its root element (`html`).
    static func parse(_ html: String) -> HTMLElement? {
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { htmlReadMemory($0, Int32(bytes.count), "test.html", "utf-8", options) }
            } ?? nil
        }) else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root)
    }

    /// Parses XML (a WordprocessingML part) into the same tree; element names keep their prefix ("w:tc").
    static func parseXML(_ data: Data) -> HTMLElement? {
        let bytes = [UInt8](data)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { xmlReadMemory($0, Int32(bytes.count), "part.xml", "utf-8", options) }
            } ?? nil
        }) else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root)
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes[name] = String(cString: value)
                wpc_xmlFree(value)
            } else {
                attributes[name] = ""
            }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = xmlNodeGetContent(current) {
                    children.append(.text(String(cString: content)))
                    wpc_xmlFree(content)
                }
            default: break
            }
            child = current.pointee.next
        }
        var name = String(cString: node.pointee.name).lowercased()
        if let prefix = node.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
        return HTMLElement(name: name, attributes: attributes, children: children)
    }
}
