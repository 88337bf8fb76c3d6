import WPCChecks
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

final class ScratchTests: XCTestCase {
    func testPrintDir() throws {
        guard let dir = ProcessInfo.processInfo.environment["SCRATCH_DIR"] else { return }
        let registry = BodyRegistry(bodies: [
            ResponsibleBody(id: "PTC", name: "Permanent Technical Committee"),
            ResponsibleBody(id: "IMSC", name: "Information Management Sub-Committee"),
            ResponsibleBody(id: "SWG", name: "SAFE Working Group", aliases: ["SAFE WG"]),
        ])
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".xml") {
            let path = dir + "/" + name
            do {
                let result = try SourceReader.read(path: path)
                let p = result.programme
                print("== \(name): topics \(p.topics.map { "\($0.numberAsWritten.text)|\($0.title.text)|\($0.tasks.count)" }) legend \(p.legend.entries.count) types \(p.taskTypes.map(\.code)) period \(String(describing: p.period)) headings \(p.headings.count) footnotes \(p.footnotes.map(\.mark))")
                let diagnostics = (result.diagnostics + CheckRunner().check(result.programme, registry: registry)).sortedByLocation()
                if ProcessInfo.processInfo.environment["SCRATCH_XML"] != nil, name.hasSuffix(".txt") {
                    try (try XMLProgrammeWriter().write(p)).write(toFile: dir + "/" + name.replacingOccurrences(of: ".txt", with: ".xml"), atomically: true, encoding: .utf8)
                }
                print(HumanPrinter().print(diagnostics, sources: [path: result.source.text]))
            } catch {
                print("== \(name): \(error)")
            }
        }
    }
}
