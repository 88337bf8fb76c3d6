/// The elements of wpc's XML vocabulary, as the reader tells them apart.
enum XMLElementName: UInt8, CaseIterable, Sendable {
    case workProgramme, title, date, document, committee, period, introduction, block
    case legend, group, entry, taskTypes, taskType, footnotes, footnote, headings, headingRow, mark
    case topics, topic, number, task, text, plan, type, bodies, indicator, timeline, progress, remarks, remark
    /// An element the vocabulary does not have (the schema refuses it).
    case unknown

    /// The name as written in documents.
    var spelling: String {
        switch self {
        case .workProgramme: XMLVocabulary.root
        case .taskTypes: "task-types"
        case .taskType: "task-type"
        case .headingRow: "heading-row"
        case .unknown: "?"
        default: String(describing: self)
        }
    }

    /// The element named by the NUL-terminated UTF-8 `name`.
    static func named(_ name: UnsafePointer<UInt8>) -> XMLElementName {
        byName[String(cString: name)] ?? .unknown
    }

    private static let byName: [String: XMLElementName] = {
        var table: [String: XMLElementName] = [:]
        for element in allCases where element != .unknown { table[element.spelling] = element }
        return table
    }()
}

/// Resolves element names libxml2 reports. The parser interns every name in
/// its dictionary, so one name always comes as the same pointer: the few
/// pointers seen are remembered and compared before any string is made.
struct XMLElementNameCache {
    private var pointers: [UnsafePointer<UInt8>] = []
    private var names: [XMLElementName] = []

    mutating func name(of pointer: UnsafePointer<UInt8>) -> XMLElementName {
        for index in pointers.indices where pointers[index] == pointer { return names[index] }
        let name = XMLElementName.named(pointer)
        if pointers.count < 64 {
            pointers.append(pointer)
            names.append(name)
        }
        return name
    }
}
