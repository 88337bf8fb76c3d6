import Foundation
import WPCApp
import WPCModel
import WPCRender
import WPCSources
import WPCTestSupport
import XCTest

/// The bundled programme's outputs, byte for byte, against files in
/// `Golden/`, each read by a person before it was committed. The annex text
/// and the revised draft date from before the template engine. `seed.docx`
/// was written again when the package began to store wpc's record of the
/// programme (one more content type and relationship, and
/// `customXml/item1.xml`, the seed's canonical XML), and `seed-diff.html`
/// when the diff report came to open with its summary in words and to show
/// only the changed rows and their neighbours. The HTML, Markdown, Word and
/// extract files were renewed when every task got its number, each footnote
/// was printed once, the columns were fitted to their words and the annex
/// got its printed page's margin boxes and language tag. An intended change
/// of output means a new golden, read by a person before it is committed.
final class GoldenOutputTests: XCTestCase {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func assertGolden(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try Data(contentsOf: Self.golden.appendingPathComponent(name))
        guard data != expected else { return }
        let at = zip(data, expected).prefix { $0 == $1 }.count
        XCTFail("\(name) differs from its golden at byte \(at) of \(expected.count) (now \(data.count) bytes)", file: file, line: line)
    }

    func testSeedRendersAsItsGoldens() throws {
        let programme = try SourceReader.read(path: Repository.seedXML).programme
        let renderer = try RenderJob.renderer(templates: nil, for: RenderOutput.allCases)
        for (format, name) in [(RenderOutput.html, "seed.html"), (.annex, "seed.annex.html"), (.md, "seed.md"), (.docx, "seed.docx"), (.txt, "seed.txt")] {
            try assertGolden(try RenderJob.render(programme, as: format, renderer: renderer), name)
        }
    }

    func testPerBodyExtractsRenderAsTheirGoldens() throws {
        let (programme, registry) = try ExtractJob.load(source: Repository.seedXML, bodiesPath: nil)
        let folder = try Repository.temporaryFolder("wpc-golden-extracts")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ExtractJob(programme: programme, registry: registry, labels: TestLabels.english).writePerBody(to: folder.path, format: .annex)
        for name in ["index.html", "body-tfawg.annex.html", "no-body.annex.html"] {
            try assertGolden(try Data(contentsOf: folder.appendingPathComponent(name)), "extracts/" + name)
        }
    }

    func testDiffReportRendersAsItsGolden() throws {
        let old = try SourceReader.read(path: Repository.seedXML).programme
        let new = try SourceReader.read(path: Self.golden.appendingPathComponent("seed-revised.xml").path).programme
        let report = DiffReport(old: old, new: new, oldFile: "ptc-work-programme-2019-2022.xml", newFile: "seed-revised.xml", labels: TestLabels.english)
        try assertGolden(Data(try report.html().utf8), "seed-diff.html")
    }
}
