import Foundation

/// Why a screenshot could not be taken.
public typealias ScreenshotError = BrowserError

/// Takes a PNG of the first screenful of an HTML file with headless
/// Chromium, for a person to look at what `wpc build` produced.
public enum Screenshot {
    /// The browser executable found on PATH, if any.
    public static func browser(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        HeadlessBrowser.find(environment: environment)
    }

    /// Renders `html` in a window of `width`×`height` CSS pixels and writes a PNG to `png`.
    /// The default size shows the first A4-landscape sheet of the paginated HTML.
    /// - Returns: an error value rather than throwing when there is no browser,
    ///   so a build can report it and carry on.
    public static func capture(html: URL, to png: URL, width: Int = 1180, height: Int = 860) -> Result<Void, ScreenshotError> {
        HeadlessBrowser.run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)"], page: html, output: png)
    }
}
