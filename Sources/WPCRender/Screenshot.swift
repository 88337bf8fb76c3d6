import Foundation

/// Why a screenshot could not be taken.
public enum ScreenshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No chromium (or chromium-browser, google-chrome) on the PATH.
    case browserNotFound
    /// The browser ran but failed or wrote no image.
    case failed(status: Int32, message: String)

    public var description: String {
        switch self {
        case .browserNotFound: "chromium not found on PATH (install the 'chromium' package)"
        case .failed(let status, let message): "chromium failed (exit \(status)): \(message)"
        }
    }
}

/// Takes a PNG of the first screenful of an HTML file with headless
/// Chromium, for a person to look at what `wpc build` produced.
public enum Screenshot {
    /// The browser executable found on PATH, if any.
    public static func browser(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Renders `html` in a window of `width`×`height` CSS pixels and writes a PNG to `png`.
    /// The default size shows the first A4-landscape sheet of the paginated HTML.
    /// - Returns: an error value rather than throwing when there is no browser,
    ///   so a build can report it and carry on.
    public static func capture(html: URL, to png: URL, width: Int = 1180, height: Int = 860) -> Result<Void, ScreenshotError> {
        guard let browser = browser() else { return .failure(.browserNotFound) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                             "--screenshot=\(png.path)", "--window-size=\(width),\(height)", html.absoluteURL.absoluteString]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(.failed(status: -1, message: error.localizedDescription))
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: png.path) else {
            return .failure(.failed(status: process.terminationStatus, message: String(message.suffix(500))))
        }
        return .success(())
    }
}
