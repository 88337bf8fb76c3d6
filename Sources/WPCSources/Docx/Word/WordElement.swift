/// The WordprocessingML elements the Word reader acts on. Every other element
/// is walked through: its children may still hold text (a `w:dir` or
/// `w:bdo` around runs, an unknown wrapper from a newer Word).
enum WordElement: UInt8, Sendable {
    // Document structure.
    case document, body, p, pPr, pStyle, r, rPr, rStyle, sectPr
    // Run content.
    case t, delText, instrText, delInstrText, tab, ptab, br, cr, noBreakHyphen, softHyphen, sym
    case footnoteReference, endnoteReference, commentReference, footnoteRef, endnoteRef
    case b, vertAlign
    // Wrappers whose content counts, and those whose content does not.
    case fldSimple, fldChar, hyperlink, smartTag, customXml, sdt, sdtPr, sdtEndPr, sdtContent, showingPlcHdr
    case ins, del, moveFrom, moveTo
    case rPrChange, pPrChange, tblPrChange, trPrChange, tcPrChange, sectPrChange, tblGridChange, numberingChange
    case rt, txbxContent, footnotePr, endnotePr
    // Tables.
    case tbl, tblPr, tblGrid, gridCol, tr, trPr, tblHeader, gridBefore, gridAfter, tc, tcPr, gridSpan, vMerge, hMerge
    // Lists.
    case numPr, ilvl, numId
    // Footnotes part.
    case footnotes, footnote
    // Markup compatibility (mc:) and math text (m:t).
    case alternateContent, choice, fallback, mathText
    /// Anything else.
    case other

    /// The namespaces whose elements are looked up.
    enum Namespace {
        /// WordprocessingML, transitional or strict.
        case word
        case markupCompatibility
        case math
    }

    /// The element with local name `name` in `namespace`.
    static func named(_ name: String, in namespace: Namespace) -> WordElement {
        switch namespace {
        case .word: wordNames[name] ?? .other
        case .markupCompatibility:
            switch name {
            case "AlternateContent": .alternateContent
            case "Choice": .choice
            case "Fallback": .fallback
            default: .other
            }
        case .math: name == "t" ? .mathText : .other
        }
    }

    private static let wordNames: [String: WordElement] = [
        "document": .document, "body": .body, "p": .p, "pPr": .pPr, "pStyle": .pStyle, "r": .r, "rPr": .rPr,
        "rStyle": .rStyle, "sectPr": .sectPr,
        "t": .t, "delText": .delText, "instrText": .instrText, "delInstrText": .delInstrText, "tab": .tab,
        "ptab": .ptab, "br": .br, "cr": .cr, "noBreakHyphen": .noBreakHyphen, "softHyphen": .softHyphen, "sym": .sym,
        "footnoteReference": .footnoteReference, "endnoteReference": .endnoteReference,
        "commentReference": .commentReference, "footnoteRef": .footnoteRef, "endnoteRef": .endnoteRef,
        "b": .b, "vertAlign": .vertAlign,
        "fldSimple": .fldSimple, "fldChar": .fldChar, "hyperlink": .hyperlink, "smartTag": .smartTag,
        "customXml": .customXml, "sdt": .sdt, "sdtPr": .sdtPr, "sdtEndPr": .sdtEndPr, "sdtContent": .sdtContent,
        "showingPlcHdr": .showingPlcHdr,
        "ins": .ins, "del": .del, "moveFrom": .moveFrom, "moveTo": .moveTo,
        "rPrChange": .rPrChange, "pPrChange": .pPrChange, "tblPrChange": .tblPrChange, "trPrChange": .trPrChange,
        "tcPrChange": .tcPrChange, "sectPrChange": .sectPrChange, "tblGridChange": .tblGridChange,
        "numberingChange": .numberingChange,
        "rt": .rt, "txbxContent": .txbxContent, "footnotePr": .footnotePr, "endnotePr": .endnotePr,
        "tbl": .tbl, "tblPr": .tblPr, "tblGrid": .tblGrid, "gridCol": .gridCol, "tr": .tr, "trPr": .trPr, "tblHeader": .tblHeader,
        "gridBefore": .gridBefore, "gridAfter": .gridAfter, "tc": .tc, "tcPr": .tcPr, "gridSpan": .gridSpan,
        "vMerge": .vMerge, "hMerge": .hMerge,
        "numPr": .numPr, "ilvl": .ilvl, "numId": .numId,
        "footnotes": .footnotes, "footnote": .footnote,
    ]

    /// The namespace a URI names, if the reader looks at it.
    static func namespace(_ uri: String) -> Namespace? {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main":
            .word
        case "http://schemas.openxmlformats.org/markup-compatibility/2006": .markupCompatibility
        case "http://schemas.openxmlformats.org/officeDocument/2006/math",
             "http://purl.oclc.org/ooxml/officeDocument/math":
            .math
        default: nil
        }
    }
}

/// Resolves the names libxml2 reports. The parser interns every name and URI
/// in its dictionary, so one element always comes as the same two pointers:
/// the pair is looked up in a small table before any string is made.
struct WordElementCache {
    private struct Key: Hashable {
        var name: UInt
        var namespace: UInt
    }

    private var known: [Key: WordElement] = [:]
    /// The last pairs seen, by a few bits of the name's address: most lookups end here, with no hashing.
    private var recent = [(key: Key, element: WordElement)](repeating: (Key(name: 0, namespace: 0), .other), count: 256)

    mutating func element(_ name: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?) -> WordElement {
        let key = Key(name: UInt(bitPattern: name), namespace: namespace.map { UInt(bitPattern: $0) } ?? 0)
        let slot = Int((key.name >> 3 ^ key.name >> 11) & 255)
        if recent[slot].key == key { return recent[slot].element }
        if let element = known[key] {
            recent[slot] = (key, element)
            return element
        }
        let element: WordElement
        if let namespace, let space = WordElement.namespace(String(cString: namespace)) {
            element = WordElement.named(String(cString: name), in: space)
        } else {
            element = .other
        }
        if known.count < 4096 { known[key] = element }
        return element
    }
}
