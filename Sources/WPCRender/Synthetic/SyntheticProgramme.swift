import WPCModel

/// Generates large programmes for tests and benchmarks: deterministic for a
/// seed, with texts of very different lengths (some longer than a page),
/// several indicators per task, per-indicator bodies and footnote marks.
public struct SyntheticProgramme: Sendable {
    public var topics: Int
    public var seed: UInt64

    public init(topics: Int, seed: UInt64 = 2019) {
        self.topics = topics
        self.seed = seed
    }

    private static let words = ("review progress implementing action plan customs administrations guidance members "
        + "facilitation security supply chain data model electronic advance information exchange border management "
        + "capacity building technical assistance performance measurement revenue collection e-commerce framework "
        + "standards harmonized implementation working group secretariat recommendations approved published").split(separator: " ").map(String.init)
    private static let codes = ["SG", "SO1", "SO2", "SO3", "SP1", "SP6", "SP7", "LD1", "LD2", "LD3"]
    private static let bodies = ["PTC", "IMSC", "SAFE WG", "TFAWG", "PTC Virtual Working Group on Data Quality", "WCO/UPU Contact Committee"]
    private static let timelines = ["Ongoing", "June 2020 (for adoption) October 2020 (for publication)", "Periodically", "April 2021", "2022"]

    /// The generated programme.
    public func make() -> Programme {
        var random = SplitMix64(seed: seed)
        // The words are lower-case ASCII: the first letter is made upper case by its byte.
        let words = Self.words.map { Array($0.utf8) }
        var bytes: [UInt8] = []
        func sentence(_ count: Int) -> String {
            bytes.removeAll(keepingCapacity: true)
            for index in 0..<max(count, 1) {
                if index > 0 { bytes.append(0x20) }
                bytes.append(contentsOf: words[random.next(below: words.count)])
            }
            if let first = bytes.first, first >= 0x61, first <= 0x7A { bytes[0] = first - 0x20 }
            return String(decoding: bytes, as: UTF8.self)
        }
        // Five timelines, each parsed once.
        let timelines = Self.timelines.map { Timeline(WrittenText($0)) }
        var topicList: [Topic] = []
        for number in 1...max(topics, 1) {
            var tasks: [WorkTask] = []
            for _ in 0..<(1 + random.next(below: 4)) {
                // One task in forty is very long, so pages must split it.
                let length = random.next(below: 40) == 0 ? 150 + random.next(below: 450) : 4 + random.next(below: 40)
                let indicatorCount = random.next(below: 6)
                let ownBodies = random.next(below: 5) == 0
                let indicators = (0..<indicatorCount).map { index in
                    Indicator(text: WrittenText(sentence(3 + random.next(below: 30))),
                              timeline: timelines[random.next(below: timelines.count)],
                              bodies: ownBodies && index > 0 ? WrittenText(Self.bodies[random.next(below: Self.bodies.count)]) : nil)
                }
                let codes = (0..<(1 + random.next(below: 7))).map { _ in Self.codes[random.next(below: Self.codes.count)] }
                tasks.append(WorkTask(text: WrittenText(sentence(length)), plan: WrittenText(codes.joined(separator: " ")),
                                      type: WrittenText(random.next(below: 2) == 0 ? "M" : "A"),
                                      bodies: WrittenText(Self.bodies[random.next(below: Self.bodies.count)]),
                                      indicators: indicators,
                                      progress: random.next(below: 8) == 0 ? WrittenText(sentence(6)) : nil))
            }
            topicList.append(Topic(numberAsWritten: WrittenText("\(number)."), title: WrittenText(sentence(2 + random.next(below: 8))), tasks: tasks))
        }
        return Programme(
            title: "Synthetic Work Programme 2019-2022", date: "September 2019", document: "Annex II to doc. PC0000Ea",
            committee: "PTC", period: Period(firstYear: 2019, lastYear: 2022),
            introduction: [IntroBlock(kind: .heading, text: "Introduction"), IntroBlock(kind: .paragraph, text: WrittenText(sentence(120)))],
            legend: Legend(groups: [LegendGroup(prefix: "SG", name: "Strategic Goal")],
                           entries: Self.codes.map { LegendEntry(code: $0, group: String($0.prefix(2)), text: sentence(5)) }),
            taskTypes: [TaskType(code: "M", name: "Maintenance", text: sentence(12)), TaskType(code: "A", name: "Advanced", text: sentence(12))],
            footnotes: [Footnote(mark: "¹", text: WrittenText("Strategic Goal (**SG**): " + sentence(120))),
                        Footnote(mark: "²", text: WrittenText(sentence(30))), Footnote(mark: "³", text: WrittenText(sentence(45)))],
            headings: [HeadingRow(marks: [FootnoteReference(mark: "¹", column: .plan), FootnoteReference(mark: "²", column: .type),
                                          FootnoteReference(mark: "³", column: .bodies)])],
            topics: topicList)
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so a
/// generated programme is the same on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
