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
        var words = Words(seed: seed)
        // Five timelines, each parsed once.
        let timelines = Self.timelines.map { Timeline(WrittenText($0)) }
        var topicList: [Topic] = []
        for number in 1...max(topics, 1) {
            var tasks: [WorkTask] = []
            for _ in 0..<(1 + words.next(below: 4)) {
                // One task in forty is very long, so pages must split it.
                let length = words.next(below: 40) == 0 ? 150 + words.next(below: 450) : 4 + words.next(below: 40)
                let indicatorCount = words.next(below: 6)
                let ownBodies = words.next(below: 5) == 0
                var indicators: [Indicator] = []
                for index in 0..<indicatorCount {
                    let text = WrittenText(words.sentence(3 + words.next(below: 30)))
                    let timeline = timelines[words.next(below: timelines.count)]
                    let bodies = ownBodies && index > 0 ? WrittenText(Self.bodies[words.next(below: Self.bodies.count)]) : nil
                    indicators.append(Indicator(text: text, timeline: timeline, bodies: bodies))
                }
                var codes: [String] = []
                for _ in 0..<(1 + words.next(below: 7)) { codes.append(Self.codes[words.next(below: Self.codes.count)]) }
                let text = WrittenText(words.sentence(length))
                let type = WrittenText(words.next(below: 2) == 0 ? "M" : "A")
                let bodies = WrittenText(Self.bodies[words.next(below: Self.bodies.count)])
                let progress = words.next(below: 8) == 0 ? WrittenText(words.sentence(6)) : nil
                tasks.append(WorkTask(text: text, plan: WrittenText(codes.joined(separator: " ")), type: type, bodies: bodies,
                                      indicators: indicators, progress: progress))
            }
            topicList.append(Topic(numberAsWritten: WrittenText("\(number)."), title: WrittenText(words.sentence(2 + words.next(below: 8))), tasks: tasks))
        }
        let introduction = [IntroBlock(kind: .heading, text: "Introduction"), IntroBlock(kind: .paragraph, text: WrittenText(words.sentence(120)))]
        var entries: [LegendEntry] = []
        for code in Self.codes { entries.append(LegendEntry(code: code, group: String(code.prefix(2)), text: words.sentence(5))) }
        let taskTypes = [TaskType(code: "M", name: "Maintenance", text: words.sentence(12)), TaskType(code: "A", name: "Advanced", text: words.sentence(12))]
        let legendFootnote = Footnote(mark: "¹", text: WrittenText("Strategic Goal (**SG**): " + words.sentence(120)))
        let footnotes = [legendFootnote, Footnote(mark: "²", text: WrittenText(words.sentence(30))), Footnote(mark: "³", text: WrittenText(words.sentence(45)))]
        return Programme(
            title: "Synthetic Work Programme 2019-2022", date: "September 2019", document: "Annex II to doc. PC0000Ea",
            committee: "PTC", period: Period(firstYear: 2019, lastYear: 2022),
            introduction: introduction,
            legend: Legend(groups: [LegendGroup(prefix: "SG", name: "Strategic Goal")], entries: entries),
            taskTypes: taskTypes,
            footnotes: footnotes,
            headings: [HeadingRow(marks: [FootnoteReference(mark: "¹", column: .plan), FootnoteReference(mark: "²", column: .type),
                                          FootnoteReference(mark: "³", column: .bodies)])],
            topics: topicList)
    }

    /// Random numbers and sentences of the vocabulary. The words are
    /// lower-case ASCII: a sentence's first letter is made upper case by its byte.
    private struct Words {
        var random: SeededRandom
        var bytes: [UInt8] = []
        let words = SyntheticProgramme.words.map { Array($0.utf8) }

        init(seed: UInt64) { random = SeededRandom(seed: seed) }

        mutating func next(below bound: Int) -> Int { random.next(below: bound) }

        mutating func sentence(_ count: Int) -> String {
            bytes.removeAll(keepingCapacity: true)
            for index in 0..<max(count, 1) {
                if index > 0 { bytes.append(0x20) }
                bytes.append(contentsOf: words[random.next(below: words.count)])
            }
            if let first = bytes.first, first >= 0x61, first <= 0x7A { bytes[0] = first - 0x20 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
