import Foundation
import Mustache
import WPCModel
import WPCRender
import WPCSynthetic
import WPCTemplateEngine
import WPCTemplates
import WPCTestSupport
import WPCViews
import XCTest

/// Every bundled template family rendered through the compiled engine and
/// through swift-mustache 2.1.1 (the engine wpc used before, kept as an
/// oracle for tests only), for the real programme and generated ones: the
/// same bytes. The view-models go to swift-mustache as dictionaries and
/// arrays made from the same records.
final class EngineOracleTests: XCTestCase {
    private var programmes: [(String, Programme)] {
        get throws {
            var hostile = SampleProgramme.make()
            hostile.title = WrittenText(#"Programme " onmouseover="x" & <b>'co'</b>"#)
            hostile.topics[0].tasks[0].text = WrittenText("<script>alert('x')</script> **not bold** | pipe")
            hostile.topics[0].tasks[0].indicators[0].bodies = WrittenText("SAFE WG & <PTC>")
            hostile.footnotes[0].text = WrittenText("**SG** & <i>\"quoted\"</i>")
            hostile.date = nil
            var empty = SampleProgramme.make()
            empty.topics = []
            empty.footnotes = []
            empty.remarks = []
            return [("real", try Programmes.real()), ("sample", SampleProgramme.make()), ("specimen", SpecimenProgramme.programme),
                    ("hostile", hostile), ("empty", empty)]
                + [3, 17, 29].map { ("synthetic \($0)", SyntheticProgramme(topics: 40, seed: UInt64($0)).make()) }
        }
    }

    func testProgrammeFamiliesRenderAsSwiftMustacheRendersThem() throws {
        let geometry = PageGeometry()
        for (name, programme) in try programmes {
            let records: [(TemplateFamily, TemplateRecord)] = [
                (.html, PaginatedView.record(programme, geometry: geometry, labels: TestLabels.english)),
                (.annex, AnnexView.record(programme, geometry: geometry, labels: TestLabels.french)),
                (.markdown, MarkdownView.record(programme, labels: TestLabels.english)),
            ]
            for (family, record) in records {
                XCTAssertEqual(record.nonconformities(), [], "\(name) \(family)")
                try assertSameOutput(family, record, "\(name) \(family)")
            }
        }
    }

    func testIndexAndDiffReportRenderAsSwiftMustacheRendersThem() throws {
        let index = IndexView(title: "Extracts <by body>", date: nil, entries: [
            IndexEntryView(name: "PTC", title: "Permanent Technical Committee", href: "body-ptc.annex.html", taskCount: 12),
            IndexEntryView(name: "—", title: "Tasks with no responsible body", href: "no-body.annex.html", taskCount: 0),
        ], labels: TestLabels.english)
        try assertSameOutput(.index, index.record, "index")
        let old = try Programmes.real()
        var new = old
        new.date = "March 2020"
        new.topics[0].tasks[0].text = WrittenText("Revise and update the ECP Action Plan")
        new.topics[2].tasks.removeFirst()
        new.topics.insert(Topic(numberAsWritten: "1.", title: "A new topic", tasks: [WorkTask(text: "Something new")]), at: 1)
        for (a, b) in [(old, new), (old, old)] {
            let report = DiffReport(old: a, new: b, oldFile: "old.xml", newFile: "new <draft>.txt", labels: TestLabels.english)
            XCTAssertEqual(report.view().record.nonconformities(), [])
            try assertSameOutput(.diff, report.view().record, "diff")
        }
    }

    private func assertSameOutput(_ family: TemplateFamily, _ record: TemplateRecord, _ label: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let ours = try TemplateSet(family: family).renderText(record)
        let theirs = try Self.oracle(family).render(Self.plain(.record(record)) ?? [:], withTemplate: family.entry)
        XCTAssertNotNil(theirs, label, file: file, line: line)
        guard ours != theirs, let theirs else { return }
        let at = zip(ours.utf8, theirs.utf8).prefix { $0 == $1 }.count
        XCTFail("\(label): the outputs differ from byte \(at): engine …\(String(decoding: Array(ours.utf8.dropFirst(max(0, at - 80)).prefix(200)), as: UTF8.self))… "
                + "swift-mustache …\(String(decoding: Array(theirs.utf8.dropFirst(max(0, at - 80)).prefix(200)), as: UTF8.self))…", file: file, line: line)
    }

    /// The bundled family's templates, read by swift-mustache.
    private static func oracle(_ family: TemplateFamily) throws -> MustacheLibrary {
        let folder = BundledTemplates.directory.appendingPathComponent(family.rawValue)
        var templates: [String: MustacheTemplate] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        }
        return MustacheLibrary(templates: templates)
    }

    /// A value as swift-mustache reads it: an absent field is a missing key.
    static func plain(_ value: TemplateValue) -> Any? {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .list(let items): return items.map { plain($0) ?? "" }
        case .generated(let sequence): return sequence.values.map { plain($0) ?? "" }
        case .record(let record):
            var dictionary: [String: Any] = [:]
            for (field, value) in zip(record.shape.fields, record.values) {
                if let plain = plain(value) { dictionary[field.name] = plain }
            }
            return dictionary
        case .absent: return nil
        }
    }
}
