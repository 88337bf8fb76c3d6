import WPCModel

/// A small programme with every field filled, so that a test rendering it
/// sees every variable of every template print something.
public enum SpecimenProgramme {
    /// The specimen.
    public static var programme: Programme {
        let task = WorkTask(
            text: "Review the progress in implementing the Action Plan", plan: "SG SO1 SP1", type: "M", bodies: "PTC",
            indicators: [
                Indicator(text: "Progress reported to the PTC", timeline: Timeline("Ongoing")),
                Indicator(text: "Guidance provided", timeline: Timeline("June 2020 (for adoption)"), bodies: "SAFE WG"),
            ],
            progress: "Done")
        return Programme(
            title: "Draft PTC Work Programme 2019-2022", date: "September 2019", document: "Annex II to doc. PC0571Ea",
            committee: "PTC", period: Period(firstYear: 2019, lastYear: 2022),
            introduction: [IntroBlock(kind: .heading, text: "Introduction"), IntroBlock(kind: .paragraph, text: "The Work Programme follows the Strategic Plan."),
                           IntroBlock(kind: .separator, text: "* * *")],
            legend: Legend(groups: [LegendGroup(prefix: "SG", name: "Strategic Goal")],
                           entries: [LegendEntry(code: "SG", group: "SG", text: "Provide leadership")]),
            taskTypes: [TaskType(code: "M", name: "Maintenance", text: "ongoing activities")],
            footnotes: [Footnote(mark: "¹", text: "Strategic Goal (**SG**)"), Footnote(mark: "⁴", text: "A note no heading refers to")],
            headings: [HeadingRow(marks: [FootnoteReference(mark: "¹", column: .plan)])],
            topics: [Topic(numberAsWritten: "1.", title: "Economic Competitiveness Package", tasks: [task, WorkTask(text: "Update the toolkit")])],
            remarks: ["A remark after the table"])
    }
}
