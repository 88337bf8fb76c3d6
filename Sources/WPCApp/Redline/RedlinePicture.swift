import Foundation

/// Why a picture of the redline could not be made.
public enum RedlinePictureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A program it needs is not on the PATH.
    case toolNotFound(String, package: String)
    /// A program ran but failed or wrote nothing.
    case failed(tool: String, status: Int32, message: String)

    public var description: String {
        switch self {
        case .toolNotFound(let tool, let package): "\(tool) not found on PATH (install the '\(package)' package)"
        case .failed(let tool, let status, let message): "\(tool) failed (exit \(status)): \(message)"
        }
    }
}

/// The redline as LibreOffice prints it, for a person to look at: the PDF
/// LibreOffice makes of the `.docx` (tracked changes drawn in colour, as
/// Writer shows them), the first page on which a change is drawn, and a PNG
/// of that page (poppler's `pdftoppm`).
public enum RedlinePicture {
    /// What `render` made, all inside the folder it was given.
    public struct Rendering: Sendable {
        /// LibreOffice's PDF of the redline.
        public var pdf: URL
        /// The first page (1-based) showing a change; 1 when none does.
        public var firstChangedPage: Int
        /// A PNG of that page.
        public var png: URL
    }

    /// Converts `docx` to PDF with LibreOffice (its user profile inside
    /// `folder`, so no one's own profile is touched), finds the first page
    /// drawing a change, and writes a PNG of it; every file goes into `folder`.
    public static func render(docx: URL, in folder: URL) -> Result<Rendering, RedlinePictureError> {
        guard let soffice = tool(["soffice", "libreoffice"]) else { return .failure(.toolNotFound("soffice", package: "libreoffice-writer-nogui")) }
        guard let pdftoppm = tool(["pdftoppm"]) else { return .failure(.toolNotFound("pdftoppm", package: "poppler-utils")) }
        let profile = folder.appendingPathComponent("libreoffice-profile")
        let convert = run(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                                    "--convert-to", "pdf", "--outdir", folder.path, docx.path],
                          environment: ["HOME": profile.path])
        let pdf = folder.appendingPathComponent(docx.deletingPathExtension().lastPathComponent + ".pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            return .failure(.failed(tool: "soffice", status: convert.status, message: convert.message))
        }
        let page = firstChangedPage(pdf, pdftoppm: pdftoppm, in: folder)
        let stem = folder.appendingPathComponent("redline-page")
        let picture = run(pdftoppm, ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf.path, stem.path])
        let png = stem.appendingPathExtension("png")
        guard picture.status == 0, FileManager.default.fileExists(atPath: png.path) else {
            return .failure(.failed(tool: "pdftoppm", status: picture.status, message: picture.message))
        }
        return .success(Rendering(pdf: pdf, firstChangedPage: page, png: png))
    }

    /// The first page with colour on it: LibreOffice draws insertions,
    /// deletions and moves in the author's colour, and the annex itself is
    /// black, white and grey. Pages are drawn small (20 dpi) to look.
    static func firstChangedPage(_ pdf: URL, pdftoppm: URL, in folder: URL) -> Int {
        let stem = folder.appendingPathComponent("scan")
        guard run(pdftoppm, ["-r", "20", pdf.path, stem.path]).status == 0,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return 1 }
        // pdftoppm names pages scan-1.ppm or scan-01.ppm…, as many digits as the last page has.
        let pages = names.compactMap { name -> (Int, String)? in
            guard name.hasPrefix("scan-"), name.hasSuffix(".ppm") else { return nil }
            return Int(name.dropFirst(5).dropLast(4)).map { ($0, name) }
        }.sorted { $0.0 < $1.0 }
        for (page, name) in pages {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            if showsChange(ppm: data) { return page }
        }
        return 1
    }

    /// Whether a page, drawn as a binary PPM, has colour on it (LibreOffice
    /// draws changes in colour; the annex is black, white and grey).
    public static func showsChange(ppm: Data) -> Bool { PixelMap(ppm: ppm)?.hasColour == true }

    private static func tool(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    private static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, message: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { return (-1, error.localizedDescription) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, String(message.suffix(500)))
    }
}
