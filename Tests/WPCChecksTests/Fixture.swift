import WPCChecks
import WPCModel

/// Programmes built in code, laid out as if read from an annex export: each
/// task is one tab-separated row on its own line, so every cell has the
/// line and column it would have in a file named `fixture.txt`.
enum Fixture {
    static let file = "fixture.txt"

    /// `text` standing at `line`, `column` of the fixture file.
    static func at(_ text: String, line: Int, column: Int = 1) -> WrittenText {
        WrittenText(text, origin: Origin(line: line, byteColumn: column))
    }

    /// The legend of the seed: SG, SO1–SO3, SP1–SP8, LD1–LD3, ORG1–ORG2.
    static let legend: Legend = {
        var entries = [LegendEntry(code: "SG", group: "SG", text: "Provide leadership")]
        entries += (1...3).map { LegendEntry(code: "SO\($0)", group: "SO", text: "Objective \($0)") }
        entries += (1...8).map { LegendEntry(code: "SP\($0)", group: "SP", text: "Process \($0)") }
        entries += (1...3).map { LegendEntry(code: "LD\($0)", group: "LD", text: "Learning \($0)") }
        entries += (1...2).map { LegendEntry(code: "ORG\($0)", group: "ORG", text: "Capacity \($0)") }
        return Legend(groups: [], entries: entries)
    }()

    static let taskTypes = [
        TaskType(code: "M", name: "Maintenance", text: "ongoing activities"),
        TaskType(code: "A", name: "Advanced", text: "new tools"),
    ]

    static let registry = BodyRegistry(bodies: [
        ResponsibleBody(id: "PTC", name: "Permanent Technical Committee"),
        ResponsibleBody(id: "IMSC", name: "Information Management Sub-Committee"),
        ResponsibleBody(id: "SWG", name: "SAFE Working Group", aliases: ["SAFE WG"]),
        ResponsibleBody(id: "WGPM", name: "Working Group on Performance Measurement", aliases: ["WG on Performance Measurement"]),
    ])

    /// The cells of one annex row, in column order; the number and title are
    /// those of the topic the row opens (continuation rows have neither).
    struct Row {
        var number = "1."
        var title = "Transit"
        var text = "Develop a Compendium"
        var plan: String? = "SG SO1 SP1"
        var type: String? = "M"
        var bodies: String? = "PTC"
        var indicator: String? = "Compendium endorsed"
        var timeline: String? = "June 2020"

        /// The column at which cell `index` starts when the cells are joined by tabs.
        func column(_ index: Int) -> Int {
            let cells = [number, title, text, plan ?? "", type ?? "", bodies ?? "", indicator ?? "", timeline ?? ""]
            return 1 + cells.prefix(index).reduce(0) { $0 + $1.count + 1 }
        }

        /// The task this row holds, placed on `line`.
        func task(line: Int) -> WorkTask {
            func cell(_ value: String?, _ index: Int) -> WrittenText? {
                value.map { Fixture.at($0, line: line, column: column(index)) }
            }
            var indicators: [Indicator] = []
            if indicator != nil || timeline != nil {
                indicators.append(Indicator(text: cell(indicator, 6), timeline: cell(timeline, 7).map(Timeline.init)))
            }
            return WorkTask(text: Fixture.at(text, line: line, column: column(2)), plan: cell(plan, 3), type: cell(type, 4),
                            bodies: cell(bodies, 5), indicators: indicators)
        }
    }

    /// A topic numbered `number` on `line`, with one task per row on the following lines.
    static func topic(_ number: String, _ title: String = "Transit", line: Int, rows: [Row] = [Row()]) -> Topic {
        let tasks = rows.enumerated().map { index, row -> WorkTask in
            var placed = row
            placed.number = index == 0 ? number : ""
            placed.title = index == 0 ? title : ""
            return placed.task(line: line + index)
        }
        return Topic(numberAsWritten: at(number, line: line, column: 1),
                     title: at(title, line: line, column: number.count + 2), tasks: tasks)
    }

    /// A programme with the seed's legend and task types, period 2019–2022, and `topics`.
    static func programme(
        _ topics: [Topic], footnotes: [Footnote] = [], headings: [HeadingRow] = [], legend: Legend = Fixture.legend
    ) -> Programme {
        Programme(title: at("Draft PTC Work Programme 2019-2022", line: 1), period: Period(firstYear: 2019, lastYear: 2022),
                  legend: legend, taskTypes: taskTypes, footnotes: footnotes, headings: headings, topics: topics)
    }

    /// A programme of one topic with one task made of `row`, on line 5.
    static func programme(row: Row) -> Programme {
        programme([topic("1.", line: 5, rows: [row])])
    }

    /// What `rule` finds in `programme`, with the fixture registry.
    static func run(_ rule: any CheckRule, _ programme: Programme, registry: BodyRegistry? = Fixture.registry) -> [Diagnostic] {
        rule.check(CheckContext(programme: programme, registry: registry, locator: SourceLocator(file: file)))
    }
}
