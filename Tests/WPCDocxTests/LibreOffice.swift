import Foundation
import WPCDocx
import WPCModel
import WPCTestSupport

/// A `.docx` opened by a real office suite: LibreOffice converts it to PDF,
/// and poppler reads the PDF back (its text, page count and page size).
struct OfficeConversion: Sendable {
    /// The folder holding `annex.docx` and `annex.pdf`.
    var folder: URL
    var pdf: URL
    /// `pdftotext -layout`: the pages as laid out, columns side by side.
    var layoutText: String
    /// `pdftotext -raw`: text in the order LibreOffice drew it, cell by cell.
    var rawText: String
    /// `pdfinfo`'s report.
    var info: String

    /// The page count `pdfinfo` reports.
    var pages: Int? {
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// The first page's size in points, rounded, from `Page size: 841.89 x 595.276 pts (A4)`.
    var pageSize: (width: Int, height: Int)? {
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Page size:") }) else { return nil }
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        guard numbers.count >= 2 else { return nil }
        return (Int(numbers[0].rounded()), Int(numbers[1].rounded()))
    }
}

/// Why a conversion could not be made: the tools are missing or failed.
struct OfficeConversionFailure: Error, Sendable, CustomStringConvertible {
    var description: String
}

enum LibreOffice {
    static let soffice = "/usr/bin/soffice"

    /// Writes `docx` to a fresh folder and converts it to PDF with LibreOffice,
    /// its profile in that folder so that no user's profile is touched and
    /// parallel runs do not share one.
    static func convert(_ docx: Data) -> Result<OfficeConversion, OfficeConversionFailure> {
        guard FileManager.default.isExecutableFile(atPath: soffice) else {
            return .failure(OfficeConversionFailure(description:
                "LibreOffice is not installed: apt-get install --no-install-recommends libreoffice-writer-nogui"))
        }
        let folder: URL
        do {
            folder = try Repository.temporaryFolder("wpc-docx")
        } catch {
            return .failure(OfficeConversionFailure(description: "no temporary folder: \(error)"))
        }
        let result = convert(docx, in: folder)
        if case .failure = result { try? FileManager.default.removeItem(at: folder) }
        return result
    }

    private static func convert(_ docx: Data, in folder: URL) -> Result<OfficeConversion, OfficeConversionFailure> {
        do {
            let home = folder.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let input = folder.appendingPathComponent("annex.docx")
            try docx.write(to: input)
            let convert = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [
                "HOME=\(home.path)", soffice, "-env:UserInstallation=\(home.absoluteString)",
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.path, input.path,
            ], in: folder)
            let pdf = folder.appendingPathComponent("annex.pdf")
            guard FileManager.default.fileExists(atPath: pdf.path) else {
                return .failure(OfficeConversionFailure(description:
                    "soffice made no PDF (status \(convert.status)): \(convert.stdout) \(convert.stderr)"))
            }
            let layout = try poppler("pdftotext", ["-layout", pdf.path, "-"])
            let raw = try poppler("pdftotext", ["-raw", pdf.path, "-"])
            let info = try poppler("pdfinfo", [pdf.path])
            return .success(OfficeConversion(folder: folder, pdf: pdf, layoutText: layout, rawText: raw, info: info))
        } catch let failure as OfficeConversionFailure {
            return .failure(failure)
        } catch {
            return .failure(OfficeConversionFailure(description: "\(error)"))
        }
    }

    private static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let path = "/usr/bin/\(tool)"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw OfficeConversionFailure(description: "\(tool) is not installed: apt-get install poppler-utils")
        }
        let result = try CommandRunner.run(URL(fileURLWithPath: path), arguments)
        guard result.status == 0 else { throw OfficeConversionFailure(description: "\(tool) failed: \(result.stderr)") }
        return result.stdout
    }

    /// `text` without any white space, so that line breaks (and the spaces
    /// `-layout` puts between columns) do not matter when looking for a phrase.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }
}
