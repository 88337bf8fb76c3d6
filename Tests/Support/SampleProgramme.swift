import WPCModel

/// A small but complete work programme built in code from the wording of the
/// PTC Work Programme 2019-2022 (topics 1, 2 and 4): every field of the model
/// is filled at least once, and optional cells are both present and absent.
/// Tests of any layer can start from it and change what they need.
public enum SampleProgramme {
    /// The footnote on the WCO Strategic Plan heading, emphasis kept as written.
    public static let legendFootnote =
        "Strategic Goal (**SG**): Provide leadership, guidance and support to Customs administrations; "
        + "Strategic Objectives (SOs): **SO1** – Facilitation; **SO3** – Protection of Society; "
        + "Strategic Processes (SPs): **SP1** – Economic Competitiveness Package; **SP6** – Sharing of knowledge and best practices; "
        + "**SP7** – Technical assistance, training and tools for implementation of international standards; "
        + "Learning and Development to support WCO Processes (LDs): **LD1** – Research and Analysis; **LD2** – Use of technology and data."

    /// The sample: 3 topics, 6 tasks, 7 indicators.
    public static func make() -> Programme {
        Programme(
            title: "Draft PTC Work Programme 2019-2022",
            date: "September 2019",
            document: "Annex II to doc. PC0571Ea",
            committee: "PTC",
            period: Period(firstYear: 2019, lastYear: 2022),
            introduction: [
                IntroBlock(kind: .heading, text: "Introduction"),
                IntroBlock(kind: .paragraph, text: "The Work Programme of the Permanent Technical Committee (PTC) follows the WCO Strategic Plan and supports implementation of its goals and objectives."),
                IntroBlock(kind: .heading, text: "Work Programme 2019-2022"),
                IntroBlock(kind: .paragraph, text: "The Work Programme (WP) should be considered as a living document."),
                IntroBlock(kind: .separator, text: "* * *"),
            ],
            legend: Legend(
                groups: [
                    LegendGroup(prefix: "SG", name: "Strategic Goal"),
                    LegendGroup(prefix: "SO", name: "Strategic Objectives"),
                    LegendGroup(prefix: "SP", name: "Strategic Processes"),
                    LegendGroup(prefix: "LD", name: "Learning and Development to support WCO Processes"),
                ],
                entries: [
                    LegendEntry(code: "SG", group: "SG", text: "Provide leadership, guidance and support to Customs administrations"),
                    LegendEntry(code: "SO1", group: "SO", text: "Facilitation"),
                    LegendEntry(code: "SO3", group: "SO", text: "Protection of Society"),
                    LegendEntry(code: "SP1", group: "SP", text: "Economic Competitiveness Package"),
                    LegendEntry(code: "SP6", group: "SP", text: "Sharing of knowledge and best practices"),
                    LegendEntry(code: "SP7", group: "SP", text: "Technical assistance, training and tools for implementation of international standards"),
                    LegendEntry(code: "LD1", group: "LD", text: "Research and Analysis"),
                    LegendEntry(code: "LD2", group: "LD", text: "Use of technology and data"),
                ]
            ),
            taskTypes: [
                TaskType(code: "M", name: "Maintenance", text: "refers mainly to ongoing activities and update of existing tools"),
                TaskType(code: "A", name: "Advanced", text: "refers mainly to new tools and more advanced initiatives"),
            ],
            footnotes: [
                Footnote(mark: "¹", text: WrittenText(legendFootnote)),
                Footnote(mark: "²", text: "The Work Programme differentiates two types of tasks: 1. **M** for 'Maintenance' which refers mainly to ongoing activities and update of existing tools; and 2. **A** for 'Advanced' which refers mainly to new tools and more advanced initiatives."),
                Footnote(mark: "³", text: "Apart from the PTC itself, responsible bodies include only those reporting to or informing the PTC."),
            ],
            headings: [
                HeadingRow(marks: [
                    FootnoteReference(mark: "¹", column: .plan),
                    FootnoteReference(mark: "²", column: .type),
                    FootnoteReference(mark: "³", column: .bodies),
                ]),
            ],
            topics: [economicCompetitiveness, smallIslandEconomies, performanceMeasurement],
            remarks: ["Annex II to doc. PC0571Ea"]
        )
    }

    static var economicCompetitiveness: Topic {
        Topic(numberAsWritten: "1.", title: "Economic Competitiveness Package", tasks: [
            WorkTask(
                text: "Review the progress in implementing the ECP Action Plan", plan: "SG SO1 SP1", type: "M", bodies: "PTC",
                indicators: [Indicator(text: "Progress in implementing the Action Plan reported to the PTC", timeline: Timeline("Ongoing"))]
            ),
            WorkTask(
                text: "Revise the ECP Action Plan", plan: "SP6 SP7 LD1 LD2", type: "M", bodies: "PTC",
                indicators: [
                    Indicator(text: "First Draft of the revised Action Plan", timeline: Timeline("October 2019 April 2020 April 2022")),
                    Indicator(text: "Revised Action Plan submitted to the Policy Commission", timeline: Timeline("December 2019 June 2020 June 2022")),
                ]
            ),
            WorkTask(
                text: "Update the ECP Toolkit", type: "M", bodies: "PTC",
                indicators: [Indicator(text: "Update of the ECP toolkit published", timeline: Timeline("Ongoing"))]
            ),
        ])
    }

    static var smallIslandEconomies: Topic {
        Topic(numberAsWritten: "2.", title: "Small Island Economies (SIEs) initiative", tasks: [
            WorkTask(
                text: "Develop a Guidance for Customs administrations in SIEs", plan: "SG SO1 SO3 SP1 SP6 SP7", type: "A", bodies: "PTC",
                indicators: [Indicator(
                    text: "Guidance for Customs administrations in SIEs adopted and published",
                    timeline: Timeline("June 2020 (for adoption) October 2020 (for publication)")
                )],
                progress: "Guidance adopted by the PTC in June 2020"
            ),
        ])
    }

    static var performanceMeasurement: Topic {
        Topic(numberAsWritten: "4.", title: "Performance Measurement", tasks: [
            WorkTask(
                text: "Provide Guidance on the reports from the Working Group on Performance Measurement", type: "A",
                bodies: "Working Group on Performance Measurement, PTC, PC, Audit Committee etc.",
                indicators: [Indicator(
                    text: "Reports from the meetings of the Working Group on Performance Measurement discussed and guidance provided",
                    timeline: Timeline("Ongoing")
                )]
            ),
            WorkTask(
                text: "Follow up on and potentially contribute to the implementation of a global Customs revenue benchmarking database",
                plan: "SG SO1 SP1 SP6 LD2", type: "A", bodies: "PTC, Finance Committee, Policy Commission Council",
                indicators: [
                    Indicator(text: "Customs revenue benchmarking database presented to the PTC",
                              timeline: Timeline("To be determined, depending on the interest from Members")),
                    Indicator(text: "Database budget reviewed", timeline: Timeline("Spring 2021"), bodies: "Finance Committee"),
                ]
            ),
        ])
    }
}
