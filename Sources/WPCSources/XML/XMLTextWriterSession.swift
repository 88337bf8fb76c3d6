import CLibXML2

/// A libxml2 `xmlTextWriter` writing into a memory buffer; both are owned here
/// and freed in `deinit`. Indents with two spaces; every value is checked to
/// be representable in XML 1.0 before it is written.
final class XMLTextWriterSession {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var path: [String] = []

    /// - Throws: `XMLWriteError` when libxml2 cannot allocate the writer.
    init() throws(XMLWriteError) {
        // Idempotent; libxml2 wants it called before its first use.
        LibXML2.initialize()
        guard let buffer = xmlBufferCreate() else { throw XMLWriteError("libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriteError("libxml2 could not allocate a writer")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Writes the XML declaration.
    func startDocument() throws(XMLWriteError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens the root element in `namespace` (as the default namespace).
    func startRoot(_ name: String, namespace: String) throws(XMLWriteError) {
        path.append(name)
        try check(xmlTextWriterStartElementNS(writer, nil, name, namespace), "open <\(name)>")
    }

    /// Opens an element.
    func start(_ name: String) throws(XMLWriteError) {
        path.append(name)
        try check(xmlTextWriterStartElement(writer, name), "open <\(name)>")
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws(XMLWriteError) {
        try checkCharacters(value, what: "attribute \(name)")
        try check(xmlTextWriterWriteAttribute(writer, name, value), "write attribute \(name)")
    }

    /// Writes character content, escaped.
    func text(_ value: String) throws(XMLWriteError) {
        try checkCharacters(value, what: "text")
        try check(xmlTextWriterWriteString(writer, value), "write text")
    }

    /// Closes the innermost open element.
    func end() throws(XMLWriteError) {
        let name = path.popLast() ?? ""
        try check(xmlTextWriterEndElement(writer), "close <\(name)>")
    }

    /// `<name>value</name>`, or `<name/>` when the value is empty.
    func element(_ name: String, _ value: String) throws(XMLWriteError) {
        try start(name)
        if !value.isEmpty { try text(value) }
        try end()
    }

    /// `element(name, value)` when there is a value; nothing when nil.
    func element(_ name: String, _ value: String?) throws(XMLWriteError) {
        if let value { try element(name, value) }
    }

    /// Closes everything and returns the document's text.
    func finish() throws(XMLWriteError) -> String {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        guard let content = xmlBufferContent(buffer) else { return "" }
        let count = Int(xmlBufferLength(buffer))
        return String(decoding: UnsafeBufferPointer(start: content, count: count), as: UTF8.self)
    }

    private func check(_ status: Int32, _ action: String) throws(XMLWriteError) {
        if status < 0 { throw XMLWriteError("libxml2 could not \(action) at \(path.joined(separator: "/"))") }
    }

    /// XML 1.0 allows tab, line feed, carriage return, and U+0020 and above
    /// except U+FFFE and U+FFFF (surrogates cannot occur in a Swift string).
    private func checkCharacters(_ value: String, what: String) throws(XMLWriteError) {
        for scalar in value.unicodeScalars {
            let v = scalar.value
            let allowed = v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF)
            if !allowed {
                let hex = String(v, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                throw XMLWriteError("the \(what) of \(path.joined(separator: "/")) holds \(code), which XML 1.0 cannot represent")
            }
        }
    }
}
