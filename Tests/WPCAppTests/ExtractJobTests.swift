import Foundation
import WPCApp
import WPCModel
import WPCSources
import WPCTestSupport
import WPCViews
import XCTest

/// `--per-body`: one file per body, an index, every task somewhere, and no
/// file outside the folder whatever a body is called.
final class ExtractJobTests: XCTestCase {
    func testPerBodyWritesOneFilePerBodyAndAnIndexCoveringEveryTask() throws {
        let programme = try SourceReader.read(path: Repository.seedXML).programme
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        let folder = try Repository.temporaryFolder()
        let written = try ExtractJob(programme: programme, registry: registry, labels: TestLabels.english).writePerBody(to: folder.path, format: .json)

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(files.count, written.count + 1)
        XCTAssertTrue(files.contains("index.html"))
        // 16 bodies of the registry have tasks (the Enforcement Committee has none), plus the one task with no body (8.2).
        XCTAssertEqual(written.filter { $0.body != nil }.count, 16)
        XCTAssertEqual(written.first { $0.body == nil }?.taskCount, 1)

        // The union of the extracts holds every task of the programme.
        var seen = Set<String>()
        for file in written {
            let data = try Data(contentsOf: URL(fileURLWithPath: file.path))
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            for topic in json["topics"] as? [[String: Any]] ?? [] {
                for task in topic["tasks"] as? [[String: Any]] ?? [] {
                    seen.insert("\(topic["number"] ?? "?")|\(task["text"] ?? "")")
                }
            }
        }
        let all = Set(programme.allTasks.map { "\($0.topic.number ?? -1)|\($0.task.text.text)" })
        XCTAssertEqual(seen, all)

        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("href=\"body-imsc.json\""))
        XCTAssertTrue(index.contains("Information Management Sub-Committee"))
    }

    func testHostileBodyNamesCannotWriteOutsideTheFolder() throws {
        let registry = BodyRegistry(bodies: [
            ResponsibleBody(id: "../../escape", name: "Escape", aliases: ["PTC"]),
            ResponsibleBody(id: "/abs/path", name: "Absolute", aliases: ["IMSC"]),
            ResponsibleBody(id: "ctl\u{1}\n\u{7F}", name: "Control", aliases: ["SWG"]),
            ResponsibleBody(id: "..", name: "Dots", aliases: ["TFAWG"]),
        ])
        let programme = try SourceReader.read(path: Repository.seedXML).programme
        let parent = try Repository.temporaryFolder()
        let folder = parent.appendingPathComponent("out")
        let written = try ExtractJob(programme: programme, registry: registry, labels: TestLabels.english).writePerBody(to: folder.path, format: .md)
        XCTAssertEqual(written.filter { $0.body != nil }.count, 4)
        for file in written {
            XCTAssertEqual(URL(fileURLWithPath: file.path).deletingLastPathComponent().standardizedFileURL.path, folder.standardizedFileURL.path)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["out"], "nothing beside the folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/abs/path.md"))
    }

    func testUnknownBodyListsTheNearestKnownOnes() throws {
        let registry = try BodyRegistryReader.read(path: Repository.bodies)
        XCTAssertThrowsError(try ExtractJob.bodyID(named: "IMCS", in: registry)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("no responsible body is called 'IMCS'"), text)
            XCTAssertTrue(text.contains("IMSC (Information Management Sub-Committee)"), text)
        }
        XCTAssertEqual(try ExtractJob.bodyID(named: "safe wg", in: registry), "SWG")
        XCTAssertEqual(try ExtractJob.bodyID(named: "WCO-UPU Contact Committee", in: registry), "WCO/UPU CC")
    }
}

/// An extract keeps the programme's task numbers and is titled in the labels' language.
final class ExtractNumberingTests: XCTestCase {
    func testAnExtractKeepsTheProgrammesTaskNumbersAndTitlesItselfInFrench() throws {
        let (programme, registry) = try ExtractJob.load(source: Repository.seedXML, bodiesPath: nil)
        let filter = ExtractJob.filter(bodies: ["IMSC"], codes: [], types: [], due: nil, includeOngoing: false, registry: registry)
        let extract = ExtractJob(programme: programme, registry: registry, filter: filter, labels: TestLabels.french).extract()
        XCTAssertEqual(extract.title.text, "Draft PTC Work Programme 2019-2022 — tâches relevant de Information Management Sub-Committee (IMSC)")
        let numbers = extract.topics.indices.flatMap { topic in extract.topics[topic].tasks.indices.map { extract.taskNumber(topic: topic, task: $0).description } }
        XCTAssertTrue(numbers.contains("6.1"), "\(numbers)")
        // Each number names the same task in the whole programme.
        for (topicIndex, topic) in extract.topics.enumerated() {
            for (taskIndex, task) in topic.tasks.enumerated() {
                let number = extract.taskNumber(topic: topicIndex, task: taskIndex)
                let original = try XCTUnwrap(programme.topics.firstIndex { $0.number == number.topic })
                XCTAssertEqual(programme.topics[original].tasks[number.task - 1].text, task.text, "\(number)")
            }
        }
        XCTAssertTrue(numbers.contains { !$0.hasSuffix(".1") }, "some kept task is not its topic's first: the test proves something")
    }

    func testTheSourcesXMLLangChoosesTheLabelsWhenNoLanguageIsAsked() throws {
        let folder = try Repository.temporaryFolder("wpc-xml-lang")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("fr.xml")
        try String(contentsOfFile: Repository.seedXML, encoding: .utf8)
            .replacingOccurrences(of: "<work-programme xmlns=\"urn:wpc:work-programme:1\">", with: "<work-programme xmlns=\"urn:wpc:work-programme:1\" xml:lang=\"fr\">")
            .write(to: source, atomically: true, encoding: .utf8)
        let french = try CommandRunner.wpc(["render", source.path, "--format", "annex"])
        XCTAssertEqual(french.status, 0, french.stderr)
        XCTAssertTrue(french.stdout.contains("<th class=\"topic\" scope=\"col\">Thème</th>"))
        let english = try CommandRunner.wpc(["render", source.path, "--format", "annex", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("<th class=\"topic\" scope=\"col\">Topic</th>"), "--lang wins over the source's language")
        let bad = try CommandRunner.wpc(["render", source.path, "--lang", "de"])
        XCTAssertEqual(bad.status, 64)
    }
}
