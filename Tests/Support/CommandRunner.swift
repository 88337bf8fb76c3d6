import Foundation
import XCTest

/// What a program printed and how it ended.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Whether the program was killed for running past its time limit.
    public var timedOut = false
}

/// Runs programs for the tests: the `wpc` binary, and the real tools the
/// outputs are checked with (chromium, pdfinfo, cmark-gfm, soffice, python3).
public enum CommandRunner {
    /// The `wpc` executable built next to the test bundle.
    public static var wpc: URL {
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("wpc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return Repository.root.appendingPathComponent(".build/debug/wpc")
    }

    /// Runs `wpc` with `arguments` in `directory`.
    public static func wpc(_ arguments: [String], in directory: URL = Repository.root, environment: [String: String]? = nil) throws -> CommandResult {
        try run(wpc, arguments, in: directory, environment: environment)
    }

    /// The path of `name` on PATH; fails the test when the tool is missing
    /// (scripts/install-deps.sh installs every tool the tests use).
    public static func require(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        XCTFail("\(name) is not installed: run scripts/install-deps.sh", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }

    /// Runs the program at `path`.
    public static func run(_ path: String, _ arguments: [String], input: String? = nil) throws -> CommandResult {
        try run(URL(fileURLWithPath: path), arguments, input: input)
    }

    /// Runs `executable` with `arguments`, feeding `input` (or nothing) to its
    /// standard input, in `environment` (default: the tests' own).
    /// A program still running after `timeout` seconds is killed and its
    /// result says `timedOut` (a hang fails the test instead of the run).
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil, input: String? = nil,
                           environment: [String: String]? = nil, timeout: TimeInterval? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        let watchdog = timeout.map { seconds in
            let item = DispatchWorkItem { [process] in if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
            return item
        }
        // Read both pipes while the process runs so a full pipe never blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        watchdog?.cancel()
        group.wait()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self),
                             timedOut: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    }
}
