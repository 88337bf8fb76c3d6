import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// Reading the real export: totals and cells checked against a reading of the
/// seed by hand (line numbers are the seed's).
final class AnnexSeedTests: XCTestCase {
    private func seed() throws -> ReadResult { try SourceReader.read(path: Repository.seedText) }

    func testSeedHasTheTotalsCountedByHand() throws {
        let programme = try seed().programme
        XCTAssertEqual(programme.topics.count, 31)
        XCTAssertEqual(programme.topics.map { $0.number ?? -1 }, Array(1...31))
        XCTAssertEqual(programme.allTasks.count, 58)
        XCTAssertEqual(programme.topics.flatMap(\.tasks).flatMap(\.indicators).count, 69)
        XCTAssertEqual(programme.footnotes.map(\.mark), ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷"])
        XCTAssertEqual(programme.topics.map(\.tasks.count),
                       [3, 1, 3, 3, 4, 1, 1, 2, 2, 1, 1, 1, 1, 1, 4, 2, 1, 2, 2, 2, 1, 2, 1, 1, 3, 2, 1, 3, 4, 1, 1])
    }

    func testTitleBlockIsRead() throws {
        let programme = try seed().programme
        XCTAssertEqual(programme.title.text, "Draft PTC Work Programme 2019-2022")
        XCTAssertEqual(programme.date?.text, "September 2019")
        XCTAssertEqual(programme.document?.text, "Annex II to doc. PC0571Ea")
        XCTAssertEqual(programme.committee, "PTC")
        XCTAssertEqual(programme.period, Period(firstYear: 2019, lastYear: 2022))
        XCTAssertEqual(programme.introduction.first?.text.text, "Introduction")
        XCTAssertEqual(programme.introduction.first?.kind, .heading)
    }

    func testLegendAndTaskTypesComeFromTheFootnotes() throws {
        let programme = try seed().programme
        XCTAssertEqual(programme.legend.entries.map(\.code),
                       ["SG", "SO1", "SO2", "SO3", "SP1", "SP2", "SP3", "SP4", "SP5", "SP6", "SP7", "SP8", "LD1", "LD2", "LD3", "ORG1", "ORG2"])
        XCTAssertEqual(programme.legend.entry(for: "SP6")?.text, "Sharing of knowledge and best practices")
        XCTAssertEqual(programme.legend.entry(for: "SG")?.text, "Provide leadership, guidance and support to Customs administrations")
        XCTAssertEqual(programme.legend.groups.map(\.prefix), ["SG", "SO", "SP", "LD", "ORG"])
        XCTAssertEqual(programme.taskTypes.map(\.code), ["M", "A"])
        XCTAssertEqual(programme.taskTypes.map(\.name), ["Maintenance", "Advanced"])
    }

    func testFootnoteCutByAPageBreakIsOneFootnote() throws {
        let programme = try seed().programme
        let fifth = try XCTUnwrap(programme.footnotes.first { $0.mark == "⁵" })
        XCTAssertTrue(fifth.text.text.contains("**SP8** – Technical assistance, training and tools on people management;"))
        XCTAssertEqual(fifth.text.origin.fragments.map(\.point.line), [174, 182])
        XCTAssertTrue(fifth.text.text.hasPrefix("Strategic Goal (SG):"))
    }

    func testHeadingRowsRecordWhichColumnEachMarkIsOn() throws {
        let headings = try seed().programme.headings
        XCTAssertEqual(headings.count, 5)
        XCTAssertEqual(headings[0].marks(on: .plan), ["¹"])
        XCTAssertEqual(headings[0].marks(on: .type), ["²"])
        XCTAssertEqual(headings[0].marks(on: .bodies), ["³"])
        XCTAssertEqual(headings.dropFirst().map { $0.marks(on: .plan) }, [["⁴"], ["⁵"], ["⁶"], ["⁷"]])
    }

    // Cells written from a reading of the seed, in at least eight topics.

    func testCellCutAcrossAPageBreakInTopic4() throws {
        let task = try seed().programme.topics[3].tasks[0]
        XCTAssertEqual(task.text.text, "Follow and potentially contribute to the Secretariat's engagement with the World Bank Group on \"Doing Business\" survey")
        XCTAssertEqual(task.plan?.text, "SG SO1 SP1 SP6")
        XCTAssertEqual(task.bodies?.text, "WG on Performance Measurement, PTC/PC/Council")
        XCTAssertEqual(task.indicators.map { $0.text?.text }, ["The initiative discussed by the PTC"])
        XCTAssertEqual(task.indicators.first?.timeline?.raw.text, "On-going")
        XCTAssertEqual(task.text.origin.fragments.map(\.point.line), [44, 50])
    }

    func testShiftedRowsInTopic1() throws {
        let topic = try seed().programme.topics[0]
        XCTAssertEqual(topic.tasks[1].indicators.map { $0.timeline?.raw.text }, ["October 2019 April 2020 April 2022", "December 2019 June 2020 June 2022"])
        XCTAssertEqual(topic.tasks[1].indicators[1].text?.text, "Revised Action Plan submitted to the Policy Commission")
        XCTAssertEqual(topic.tasks[2].text.text, "Update the ECP Toolkit")
        XCTAssertNil(topic.tasks[2].plan)
        XCTAssertEqual(topic.tasks[2].type?.text, "M")
        XCTAssertEqual(topic.tasks[2].bodies?.text, "PTC")
    }

    func testTopic2TimelineWithAnnotations() throws {
        let timeline = try XCTUnwrap(seed().programme.topics[1].tasks[0].indicators[0].timeline)
        XCTAssertEqual(timeline.raw.text, "June 2020 (for adoption) October 2020 (for publication)")
        XCTAssertEqual(timeline.milestones.map(\.kind), [.month(year: 2020, month: 6), .month(year: 2020, month: 10)])
        XCTAssertEqual(timeline.milestones.map(\.annotation), ["for adoption", "for publication"])
    }

    func testTopic12HasNoTypeAsWritten() throws {
        let task = try seed().programme.topics[11].tasks[0]
        XCTAssertNil(task.type)
        XCTAssertEqual(task.bodies?.text, "PTC DMPT API/PNR")
    }

    func testTopic14TitleAndTaskJoinedOverThePageBreak() throws {
        let topic = try seed().programme.topics[13]
        XCTAssertEqual(topic.title.text, "Immediate Release Guidelines")
        XCTAssertEqual(topic.tasks[0].text.text, "Support maintenance and implementation of updated IRG")
        XCTAssertEqual(topic.tasks[0].bodies?.text, "PTC,")
        XCTAssertEqual(topic.tasks[0].indicators[0].text?.text, "Members' experiences, initiatives, and best practices shared")
    }

    func testTopic18LongFormTypeAndContinuedPlan() throws {
        let task = try seed().programme.topics[17].tasks[0]
        XCTAssertEqual(task.type?.text, "Advanced")
        XCTAssertEqual(task.plan?.text, "SG SO1 SO3 SP1 SP6 LD1 LD2")
    }

    func testTopic19IndicatorWithItsOwnBody() throws {
        let task = try seed().programme.topics[18].tasks[0]
        XCTAssertEqual(task.indicators.count, 2)
        XCTAssertNil(task.indicators[0].bodies)
        XCTAssertEqual(task.indicators[1].bodies?.text, "PTC Working Group on the WTO Trade Facilitation Agreement (TFAWG)")
        XCTAssertEqual(task.indicators[1].text?.text, "Number of technical guidance tools developed")
    }

    func testTopic22DuplicatePlanCodeKeptAsWritten() throws {
        let topic = try seed().programme.topics[21]
        XCTAssertEqual(topic.numberAsWritten.text, "22")
        XCTAssertEqual(topic.tasks[0].plan?.text, "SG SO1 SO3 SP1 SP6 SP6 LD1")
        XCTAssertEqual(topic.tasks[0].text.text, "Provide input on the AEO Compendium where necessary/relevant")
        XCTAssertEqual(topic.tasks[0].bodies?.text, "PTC SAFE WG")
    }

    func testTopic25IndicatorsFromShortRows() throws {
        let tasks = try seed().programme.topics[24].tasks
        XCTAssertEqual(tasks.map(\.indicators.count), [5, 3, 1])
        XCTAssertEqual(tasks[0].indicators.map { $0.timeline?.raw.text }, ["Ongoing", "April 2020", "December 2021", "Ongoing annual", "2021"])
        XCTAssertEqual(tasks[1].text.text, "Produce and Maintain Information Packages to cover a wider array of cross-border regulatory procedures including all Customs major types of licenses, certificates and permits used in international trade")
        XCTAssertEqual(tasks[1].plan?.text, "SG SO1 SP1 SP6 SP7 LD2")
        XCTAssertEqual(tasks[1].indicators[1].text?.text, "Support provided to connectivity and interoperability in e-commerce environment")
    }

    func testTopic29FirstTaskJoinedCellByCell() throws {
        let task = try seed().programme.topics[28].tasks[0]
        XCTAssertEqual(task.text.text, "Update the Compendium on 'How to Build a Single Window Environment' by reviewing/enhancing Vol.2 Part IX on Performance Management")
        XCTAssertEqual(task.plan?.text, "SG SO1 SP1 SP6 SP7 LD1 LD2")
        XCTAssertEqual(task.bodies?.text, "PTC IMSC")
        XCTAssertEqual(task.indicators.map { $0.text?.text }, ["SW Compendium updated and approved by the PTC"])
        XCTAssertEqual(task.indicators.first?.timeline?.raw.text, "September 2020")
    }

    func testTopic8SecondTaskHasNoIndicator() throws {
        let task = try seed().programme.topics[7].tasks[1]
        XCTAssertTrue(task.indicators.isEmpty)
        XCTAssertNil(task.bodies)
        XCTAssertEqual(task.type?.text, "M")
    }

    func testEveryRepairIsReportedAsANoteWithItsLine() throws {
        let diagnostics = try seed().diagnostics
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .note })
        let shifts = diagnostics.filter { $0.rule == "annex.column-shift" }.compactMap { $0.location?.line }
        XCTAssertEqual(shifts, [27, 28, 192, 193, 194, 199, 200])
        let continued = diagnostics.filter { $0.rule == "annex.continued-row" }.compactMap { $0.location?.line }
        XCTAssertEqual(continued, [50, 60, 68, 77, 86, 94, 104, 112, 121, 130, 147, 159, 168, 205, 238, 247])
        XCTAssertEqual(diagnostics.filter { $0.rule == "annex.footnote-continued" }.compactMap { $0.location?.line }, [182])
    }

    func testLocationsPointAtTheCell() throws {
        let result = try seed()
        let plan = result.programme.topics[4].tasks[0].planCodes
        XCTAssertEqual(plan.map(\.code), ["SG", "SO1", "SO3", "SP1"])
        let location = try XCTUnwrap(plan[2].origin.point.map(result.locator.location))
        XCTAssertEqual(location.line, 53)
        let line = try String(contentsOfFile: Repository.seedText, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)[52]
        XCTAssertEqual(String(Array(line)[(location.column - 1)..<(location.column + 2)]), "SO3")
    }
}
