import Foundation
import WPCModel

/// Prints an HTML page to PDF with headless Chromium: the page's own
/// `@page` size and margin boxes, no browser header or footer, a document
/// outline from the page's headings (`h1`…`h6`), a tagged PDF whose title is
/// the page's `<title>` and whose language is its `lang`.
///
/// Chromium stamps the PDF with the clock; the printer stamps it with the
/// document's own date instead, so the same page always gives the same
/// bytes. Any HTML output can print through it (programme, annex, diff report).
public enum PDFPrinter {
    /// The switches that make Chromium print as described above.
    static let switches = ["--no-pdf-header-footer", "--generate-pdf-document-outline"]

    /// The PDF of the page in the file `html`, dated `date`.
    public static func print(file html: URL, date: DocumentDate) -> Result<Data, BrowserError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            return .failure(.failed(status: -1, message: "cannot make a temporary folder: \(error.localizedDescription)"))
        }
        let pdf = folder.appendingPathComponent("print.pdf")
        return HeadlessBrowser.run(switches + ["--print-to-pdf=\(pdf.path)"], page: html, output: pdf).flatMap {
            guard let data = FileManager.default.contents(atPath: pdf.path) else {
                return .failure(.failed(status: 0, message: "the printed PDF cannot be read"))
            }
            return .success(stamp(data, with: date))
        }
    }

    /// The PDF of `html`, a whole page as UTF-8, dated `date`. The page is
    /// printed from a temporary file, so it must hold everything it shows.
    public static func print(html: Data, date: DocumentDate) -> Result<Data, BrowserError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-page-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try html.write(to: page)
        } catch {
            return .failure(.failed(status: -1, message: "cannot write the page to print: \(error.localizedDescription)"))
        }
        return print(file: page, date: date)
    }

    /// `pdf` with the digits of its `/CreationDate` and `/ModDate` replaced
    /// by `date`'s. The dates are fixed-width strings in the document's
    /// information dictionary, written uncompressed: replacing digits by as
    /// many digits moves no byte, so the cross-reference table stays right.
    /// A PDF without them is returned as it is.
    static func stamp(_ pdf: Data, with date: DocumentDate) -> Data {
        var bytes = [UInt8](pdf)
        let digits = Array(date.pdfDigits.utf8)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            guard let start = firstIndex(of: pattern, in: bytes) else { continue }
            let at = start + pattern.count
            guard at + digits.count <= bytes.count, bytes[at..<at + digits.count].allSatisfy({ (0x30...0x39).contains($0) }) else { continue }
            bytes.replaceSubrange(at..<at + digits.count, with: digits)
        }
        return Data(bytes)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
