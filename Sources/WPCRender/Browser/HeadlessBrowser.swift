import Foundation

/// Why headless Chromium could not do what was asked.
public enum BrowserError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No chromium (or chromium-browser, google-chrome) on the PATH.
    case browserNotFound
    /// The browser ran but failed, timed out or wrote nothing.
    case failed(status: Int32, message: String)

    public var description: String {
        switch self {
        case .browserNotFound: "chromium not found on PATH (install the 'chromium' package)"
        case .failed(let status, let message): "chromium failed (exit \(status)): \(message)"
        }
    }
}

/// Headless Chromium, as wpc drives it for pictures and PDFs: found on the
/// PATH, run with a throw-away profile, given a time limit.
enum HeadlessBrowser {
    /// The browser executable found on PATH, if any.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs the browser headless on `page` with `arguments` and waits, at most
    /// `timeout` seconds, for it to write `output`.
    static func run(_ arguments: [String], page: URL, output: URL, timeout: Double = 180) -> Result<Void, BrowserError> {
        guard let browser = find() else { return .failure(.browserNotFound) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
            + arguments + [page.absoluteURL.absoluteString]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.failed(status: -1, message: error.localizedDescription))
        }
        // Read standard error on its own thread, so a chatty browser never blocks on a full pipe.
        let reader = ErrorReader(errors.fileHandleForReading)
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            return .failure(.failed(status: -1, message: "no answer in \(Int(timeout)) s"))
        }
        let message = reader.text()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            return .failure(.failed(status: process.terminationStatus, message: String(message.suffix(500))))
        }
        return .success(())
    }

    /// Collects what a process writes to a pipe, on a thread of its own.
    private final class ErrorReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        /// Everything written, once the pipe has closed.
        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
