import Foundation
import WPCModel
import WPCSources
import WPCTestSupport
import XCTest

/// Text as Word stores it: runs split anywhere and wrapped in bookmarks,
/// proofing marks, smart tags, hyperlinks, content controls and fields,
/// alternate content, and characters written as elements.
final class DocxTextTests: XCTestCase {
    private typealias W = WordDocument

    /// The Tasks cell of a one-row annex whose Tasks cell holds `runs`.
    private func taskText(_ runs: String, styles: String? = nil, numbering: String? = nil) throws -> String? {
        let row = W.row([W.cell("1."), W.cell("Topic"), W.cell(runs: runs), W.cell("SG"), W.cell("M"), W.cell("PTC"),
                         W.cell("Done"), W.cell("2020"), W.cell()])
        var document = DocxTestDocuments.annex([row], styles: styles)
        document.numbering = numbering
        return try DocxTestDocuments.firstTask(DocxTestDocuments.read(document))?.text.text
    }

    func testRunsSplitAnywhereWithProofingMarksBookmarksSmartTagsAndHyperlinks() throws {
        let runs = """
            <w:proofErr w:type="spellStart"/><w:r><w:t>Rev</w:t></w:r><w:proofErr w:type="spellEnd"/>\
            <w:bookmarkStart w:id="1" w:name="x"/><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>iew</w:t></w:r><w:bookmarkEnd w:id="1"/>\
            <w:r><w:t xml:space="preserve"> the </w:t></w:r>\
            <w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place"><w:r><w:t>ECP</w:t></w:r></w:smartTag>\
            <w:r><w:t xml:space="preserve"> </w:t></w:r><w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Action Plan</w:t></w:r></w:hyperlink>\
            <w:customXml w:element="x"><w:r><w:t xml:space="preserve"> today</w:t></w:r></w:customXml>
            """
        XCTAssertEqual(try taskText(runs), "Review the ECP Action Plan today")
    }

    func testFieldsGiveTheirResultNotTheirCode() throws {
        let runs = """
            <w:r><w:t xml:space="preserve">Due </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "MMMM yyyy" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>June 2020</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:t xml:space="preserve">, see </w:t></w:r>\
            <w:fldSimple w:instr=" REF Annex \\h "><w:r><w:t>Annex II</w:t></w:r></w:fldSimple>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> XE "index entry" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF 1 = 1 "</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:instrText xml:space="preserve">"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> (nested)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            """
        XCTAssertEqual(try taskText(runs), "Due June 2020, see Annex II (nested)")
    }

    func testContentControlsAndAlternateContent() throws {
        let runs = """
            <w:sdt><w:sdtPr><w:alias w:val="Task"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>Develop guidance</w:t></w:r></w:sdtContent></w:sdt>\
            <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>\
            <mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t xml:space="preserve"> (choice)</w:t></w:r></mc:Choice>\
            <mc:Fallback><w:r><w:t xml:space="preserve"> for SIEs</w:t></w:r></mc:Fallback></mc:AlternateContent>
            """
        XCTAssertEqual(try taskText(runs), "Develop guidance for SIEs", "content shown, placeholder and the Choice branch left out")
    }

    func testTabsBreaksHyphensAndSymbolsAreCharacters() throws {
        let runs = """
            <w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>Customs</w:t><w:noBreakHyphen/><w:t>Railway</w:t>\
            <w:t xml:space="preserve"> imple</w:t><w:softHyphen/><w:t>mentation </w:t>\
            <w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Arial" w:char="2013"/>\
            <w:br w:type="page"/><w:lastRenderedPageBreak/></w:r>
            """
        XCTAssertEqual(try taskText(runs), "a\tb\nCustoms-Railway implementation •✓–")
    }

    func testStylesMakeTextBoldAndSuperscript() throws {
        let styles = """
            <w:style w:type="character" w:styleId="Raised"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="RaisedToo"><w:basedOn w:val="Raised"/></w:style>
            """
        let runs = "<w:r><w:t>Plan</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"RaisedToo\"/></w:rPr><w:t>12</w:t></w:r>"
            + "<w:r><w:rPr><w:rStyle w:val=\"RaisedToo\"/><w:vertAlign w:val=\"baseline\"/></w:rPr><w:t>3</w:t></w:r>"
        XCTAssertEqual(try taskText(runs, styles: styles), "Plan¹²3", "superscript digits through a style; direct formatting wins")
    }

    func testMathTextAndRubyAreRead() throws {
        let runs = "<w:r><w:t xml:space=\"preserve\">Area in </w:t></w:r><m:oMath><m:r><m:t>km</m:t></m:r></m:oMath>"
            + "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase><w:r><w:t xml:space=\"preserve\"> base</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        XCTAssertEqual(try taskText(runs), "Area in km base")
    }

    func testTheTitleBlockAndIntroductionComeFromTheParagraphsBeforeTheTable() throws {
        let body = ["Annex II to", "doc. PC0571Ea", "Draft PTC Work Programme 2019-2022", "September 2019", "Introduction",
                    "The Work Programme of the Permanent Technical Committee (PTC) follows the WCO Strategic Plan.", "* *"]
            .map { W.paragraph($0) }.joined()
            + W.table([W.headingRow(), W.dataRow(["1.", "Topic", "Task", "SG", "M", "PTC", "Done", "2020", nil])])
        let programme = try DocxTestDocuments.read(WordDocument(body: body)).programme
        XCTAssertEqual(programme.document?.text, "Annex II to doc. PC0571Ea")
        XCTAssertEqual(programme.title.text, "Draft PTC Work Programme 2019-2022")
        XCTAssertEqual(programme.date?.text, "September 2019")
        XCTAssertEqual(programme.committee, "PTC")
        XCTAssertEqual(programme.period, Period(firstYear: 2019, lastYear: 2022))
        XCTAssertEqual(programme.introduction.map(\.kind), [.heading, .paragraph, .separator])
    }

    func testTheMainDocumentIsFoundThroughTheRelationshipsNotByItsName() throws {
        var document = DocxTestDocuments.annex([W.dataRow(["1.", "Topic", "Task", "SG", "M", "PTC", "Done", "2020", nil])])
        document.mainPart = "content/main.xml"
        let result = try DocxTestDocuments.read(document)
        XCTAssertEqual(result.programme.topics.count, 1)
        let point = try XCTUnwrap(result.programme.topics.first?.numberAsWritten.origin.point)
        XCTAssertEqual(result.locator.location(point).package?.part, "content/main.xml")
    }
}
