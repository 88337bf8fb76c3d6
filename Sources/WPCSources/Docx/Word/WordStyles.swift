import CLibXML2
import Foundation
import WPCModel

/// What the reader needs from `word/styles.xml`: which styles make text bold
/// or superscript (footnote emphasis and typed footnote marks often come from
/// a character style such as "Strong"), which paragraph style is the default,
/// and which paragraph styles number their paragraphs. A style's properties
/// are resolved through its `basedOn` chain once, when first asked for.
struct WordStyles: Sendable {
    /// The run properties the reader looks at; nil when a style does not set them.
    struct RunLook: Sendable, Hashable {
        var bold: Bool?
        var superscript: Bool?
    }

    /// One style as written.
    struct Style: Sendable {
        var basedOn: String?
        var look = RunLook()
        var numbering: WordNumbering.Reference?
    }

    var styles: [String: Style] = [:]
    /// The document defaults (`w:docDefaults/w:rPrDefault`).
    var defaults = RunLook()
    /// The paragraph style used where a paragraph names none.
    var defaultParagraphStyle: String?

    /// Whether text in a run with character style `runStyle` and direct
    /// properties `direct`, in a paragraph of style `paragraphStyle`, is bold
    /// and superscript. Direct formatting wins, then the character style, then
    /// the paragraph style, then the document defaults.
    func look(direct: RunLook, runStyle: String?, paragraphStyle: String?) -> (bold: Bool, superscript: Bool) {
        let character = runStyle.map(resolved) ?? RunLook()
        let paragraph = (paragraphStyle ?? defaultParagraphStyle).map(resolved) ?? RunLook()
        return (direct.bold ?? character.bold ?? paragraph.bold ?? defaults.bold ?? false,
                direct.superscript ?? character.superscript ?? paragraph.superscript ?? defaults.superscript ?? false)
    }

    /// The list a paragraph style numbers its paragraphs with, through its `basedOn` chain.
    func numbering(ofParagraphStyle id: String?) -> WordNumbering.Reference? {
        var current = id ?? defaultParagraphStyle
        var seen = 0
        while let name = current, let style = styles[name], seen < 32 {
            if let numbering = style.numbering { return numbering }
            current = style.basedOn
            seen += 1
        }
        return nil
    }

    /// A style's look with what it inherits filled in (at most 32 steps, so a cycle ends).
    private func resolved(_ id: String) -> RunLook {
        var look = RunLook()
        var current: String? = id
        var seen = 0
        while let name = current, let style = styles[name], seen < 32 {
            if look.bold == nil { look.bold = style.look.bold }
            if look.superscript == nil { look.superscript = style.look.superscript }
            current = style.basedOn
            seen += 1
        }
        return look
    }
}

/// Reads `word/styles.xml` into `WordStyles` from the events of a streaming parse.
final class WordStylesScanner: XMLEventSink {
    private var names = WordElementCache()
    private var stack: [(element: WordElement, local: String?)] = []
    private var current: (id: String, style: WordStyles.Style, isParagraph: Bool, isDefault: Bool)?
    private var inDefaults = false
    private(set) var styles = WordStyles()

    func start(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, tagEnd: Int) {
        let element = names.element(name, namespace: namespace)
        // Style-level elements the table of names does not hold are told apart by local name.
        let local: String? = element == .other ? String(cString: name) : nil
        let attributes = WordAttributes(pointers: attributes, count: count)
        defer { stack.append((element, local)) }
        switch (element, local) {
        case (.other, "style"?):
            let type = attributes.value("type")
            current = (attributes.value("styleId") ?? "", WordStyles.Style(), type == "paragraph", attributes.isOn("default") && attributes.bytes("default") != nil)
        case (.other, "basedOn"?):
            current?.style.basedOn = attributes.value("val")
        case (.other, "rPrDefault"?):
            inDefaults = true
        case (.b, _) where isInRunProperties:
            if inDefaults { styles.defaults.bold = attributes.isOn() } else { current?.style.look.bold = attributes.isOn() }
        case (.vertAlign, _) where isInRunProperties:
            let superscript = attributes.value("val") == "superscript"
            if inDefaults { styles.defaults.superscript = superscript } else { current?.style.look.superscript = superscript }
        case (.numId, _) where stack.last?.element == .numPr:
            if let id = attributes.integer() {
                let level = current?.style.numbering?.level ?? 0
                current?.style.numbering = WordNumbering.Reference(list: id, level: level)
            }
        case (.ilvl, _) where stack.last?.element == .numPr:
            let level = attributes.integer() ?? 0
            let list = current?.style.numbering?.list ?? 0
            current?.style.numbering = WordNumbering.Reference(list: list, level: level)
        default:
            break
        }
    }

    func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {}

    func end() {
        guard let (element, local) = stack.popLast() else { return }
        if element == .other, local == "style", let finished = current {
            styles.styles[finished.id] = finished.style
            if finished.isParagraph, finished.isDefault { styles.defaultParagraphStyle = finished.id }
            current = nil
        } else if element == .other, local == "rPrDefault" {
            inDefaults = false
        }
    }

    /// Whether the element being opened sits in a `w:rPr` (of a style or of the defaults).
    private var isInRunProperties: Bool { stack.last?.element == .rPr }
}
