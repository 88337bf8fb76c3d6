import Foundation
import WPCModel
import WPCRender
import WPCSynthetic
import WPCTestSupport
import XCTest

/// Loading, overriding and checking templates.
final class TemplateTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try Repository.temporaryFolder("wpc-templates")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String, to relative: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testEveryBundledFamilyLoadsAndPassesValidation() throws {
        for family in TemplateFamily.allCases {
            let set = try TemplateSet(family: family)
            XCTAssertNotNil(set.files[family.entry], "\(family) has its entry template")
        }
    }

    func testOverrideOfOneFileChangesTheOutputAndKeepsTheOtherBundledFiles() throws {
        try write(#"<div class="footnote custom" id="{{anchor}}-p{{number}}">NOTE {{mark}}</div>"#, to: "html/footnote.mustache")
        var programme = SampleProgramme.make()
        // A footnote only a cell refers to is printed under its page.
        programme.footnotes.append(Footnote(mark: "⁹", text: "A note of its own"))
        programme.topics[0].tasks[0].text = WrittenText("Review ⁹")
        let html = try ProgrammeRenderer(overrides: folder, formats: [.html]).render(programme, as: .html)
        XCTAssertTrue(html.contains(#"<div class="footnote custom" id="fn-\#(programme.footnotes.count)-p1">NOTE ⁹</div>"#))
        XCTAssertTrue(html.contains(#"<tr class="column-header">"#), "the bundled table header is still used")
        let bundled = try ProgrammeRenderer(formats: [.html]).render(programme, as: .html)
        XCTAssertFalse(bundled.contains("NOTE ⁹"))
    }

    func testMarkdownOverrideOfTheTopicPartialChangesEveryTopic() throws {
        try write("{{% CONTENT_TYPE: TEXT}}\n## Topic {{number}}\n\n", to: "markdown/topic.mustache")
        let markdown = try ProgrammeRenderer(overrides: folder, formats: [.markdown]).render(SampleProgramme.make(), as: .markdown)
        XCTAssertTrue(markdown.contains("## Topic 1.\n"))
        XCTAssertTrue(markdown.contains("## Topic 4.\n"))
        XCTAssertFalse(markdown.contains("| --- |"))
    }

    func testSyntaxErrorNamesTheTemplateFileAndLine() throws {
        try write("<tr>\n{{#topicStart}}<td>{{number}}</td>\n</tr>\n", to: "annex/row.mustache")
        XCTAssertThrowsError(try ProgrammeRenderer(overrides: folder, formats: [.annex])) { error in
            let error = error as? TemplateError
            XCTAssertEqual(error?.location.file, folder.appendingPathComponent("annex/row.mustache").path)
            XCTAssertTrue(error?.description.hasPrefix(folder.appendingPathComponent("annex/row.mustache").path + ":") == true, "\(String(describing: error))")
            XCTAssertTrue(error?.message.contains("syntax") == true)
        }
    }

    func testMisspeltVariableIsAnErrorWithASuggestion() throws {
        try write("<h1>{{titel}}</h1>\n", to: "annex/annex.mustache")
        XCTAssertThrowsError(try ProgrammeRenderer(overrides: folder, formats: [.annex])) { error in
            let error = error as? TemplateError
            XCTAssertEqual(error?.location.line, 1)
            XCTAssertEqual(error?.location.column, 5)
            XCTAssertTrue(error?.message.contains("'titel'") == true)
            XCTAssertTrue(error?.message.contains("did you mean 'title'") == true, error?.message ?? "")
        }
    }

    func testMissingPartialIsAnError() throws {
        try write("{{> no-such-partial}}\n", to: "markdown/document.mustache")
        XCTAssertThrowsError(try ProgrammeRenderer(overrides: folder, formats: [.markdown])) { error in
            XCTAssertTrue((error as? TemplateError)?.message.contains("no-such-partial") == true)
        }
    }

    func testAMissingOverrideFolderIsAnErrorNotASilentFallback() {
        let missing = folder.appendingPathComponent("no-such-folder")
        XCTAssertThrowsError(try ProgrammeRenderer(overrides: missing, formats: [.html])) { error in
            XCTAssertEqual((error as? TemplateError)?.location.file, missing.path)
        }
    }

    func testDumpedTemplatesUsedAsOverridesRenderTheSameOutput() throws {
        let written = try TemplateDump.dump(to: folder)
        XCTAssertTrue(written.contains(folder.appendingPathComponent("html/page.mustache").path))
        XCTAssertTrue(written.contains(folder.appendingPathComponent("annex/annex.mustache").path))
        XCTAssertTrue(written.contains(folder.appendingPathComponent("markdown/document.mustache").path))
        XCTAssertThrowsError(try TemplateDump.dump(to: folder), "an existing file is not overwritten by default")
        let programme = SampleProgramme.make()
        for format in RenderFormat.allCases {
            XCTAssertEqual(try ProgrammeRenderer(overrides: folder, formats: [format]).render(programme, as: format),
                           try ProgrammeRenderer(formats: [format]).render(programme, as: format))
        }
    }

    func testOutputIsDeterministic() throws {
        let programme = SampleProgramme.make()
        let renderer = try ProgrammeRenderer()
        for format in RenderFormat.allCases {
            XCTAssertEqual(try renderer.render(programme, as: format), try renderer.render(programme, as: format))
        }
    }

    /// Every field of the specimen view-models reaches the output: a template
    /// that silently dropped a key would fail here.
    func testBundledTemplatesPrintEveryFieldOfTheSpecimen() throws {
        let specimen = SpecimenProgramme.programme
        let renderer = try ProgrammeRenderer()
        let expected = ["Draft PTC Work Programme 2019-2022", "September 2019", "Annex II to doc. PC0571Ea", "Introduction",
                        "The Work Programme follows the Strategic Plan.", "Provide leadership", "Maintenance", "1.",
                        "Economic Competitiveness Package", "Review the progress in implementing the Action Plan", "SG SO1 SP1",
                        "PTC", "Progress reported to the PTC", "Ongoing", "Guidance provided", "June 2020 (for adoption)", "SAFE WG",
                        "Done", "Update the toolkit", "A note no heading refers to", "A remark after the table"]
        // The dashboard draws counts, not the table: of the cells it shows the topic, the codes' meanings, the
        // timelines (in its tooltips) and the progress states.
        let omitted: [RenderFormat: Set<String>] = [
            .annex: ["Introduction", "Provide leadership", "Maintenance", "The Work Programme follows the Strategic Plan."],
            .dashboard: ["Introduction", "The Work Programme follows the Strategic Plan.", "Maintenance", "Review the progress in implementing the Action Plan",
                         "SG SO1 SP1", "Progress reported to the PTC", "Guidance provided", "SAFE WG", "Update the toolkit",
                         "A note no heading refers to", "A remark after the table"],
        ]
        for format in RenderFormat.allCases {
            let output = try renderer.render(specimen, as: format)
            for text in expected where !(omitted[format]?.contains(text) ?? false) {
                XCTAssertTrue(output.contains(text), "\(format) output lacks “\(text)”")
            }
        }
    }
}
