import Foundation
import XCTest

/// Runs `wpc` the ways a person meets it: on a pseudo-terminal (through
/// util-linux `script`), with standard output going to a device such as
/// /dev/full, or in the background (a watcher) until the test stops it.
public enum TerminalRunner {
    /// The environment of the tests without the variables that change how wpc
    /// prints (NO_COLOR, TERM, COLUMNS), plus `extra`.
    public static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "TERM", "COLUMNS"] { environment[name] = nil }
        environment["TERM"] = "xterm"
        return environment.merging(extra) { $1 }
    }

    /// Runs `wpc arguments` with standard output and error on a pseudo-terminal;
    /// `stdout` of the result holds both, as the terminal received them.
    public static func wpcOnTerminal(_ arguments: [String], in directory: URL, environment: [String: String] = environment()) throws -> CommandResult {
        let script = try CommandRunner.require("script")
        let command = ([CommandRunner.wpc.path] + arguments).map(quoted).joined(separator: " ")
        return try CommandRunner.run(URL(fileURLWithPath: script), ["-qefc", command, "/dev/null"], in: directory, environment: environment)
    }

    /// Runs `wpc arguments` with standard output written to `device` (e.g. /dev/full).
    public static func wpc(_ arguments: [String], stdoutTo device: String, in directory: URL = Repository.root) throws -> CommandResult {
        let process = Process()
        process.executableURL = CommandRunner.wpc
        process.arguments = arguments
        process.currentDirectoryURL = directory
        guard let output = FileHandle(forWritingAtPath: device) else { throw CocoaError(.fileWriteUnknown) }
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A shell word for `text`.
    public static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A `wpc` process running in the background, its standard error collected
/// into a file the test can read while it runs.
public final class BackgroundWPC {
    public let process = Process()
    private let errorFile: URL

    /// Starts `wpc arguments` in `directory`.
    public init(_ arguments: [String], in directory: URL) throws {
        errorFile = directory.appendingPathComponent("wpc-stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = CommandRunner.wpc
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = TerminalRunner.environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// What it printed on standard error so far.
    public var stderr: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

    /// Waits up to `seconds` for `condition`; returns whether it came true.
    public static func wait(seconds: Double, for condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    /// Sends SIGINT (Ctrl-C) and waits for the process to end; returns its exit status.
    public func interrupt(timeout: Double = 10) -> Int32? {
        process.interrupt()
        guard BackgroundWPC.wait(seconds: timeout, for: { !process.isRunning }) else {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: errorFile)
    }
}
