import Foundation

/// Runs a program and captures what it printed, for tests of the `wpc`
/// binary and of the real tools (chromium, pdfinfo, cmark-gfm, python3).
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum CommandRunner {
    /// The `wpc` executable built next to the test bundle.
    public static var wpc: URL {
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent()
            : Repository.root.appendingPathComponent(".build/debug")
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("wpc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return products.appendingPathComponent("wpc")
    }

    /// Runs `wpc` with `arguments` in `directory`.
    public static func wpc(_ arguments: [String], in directory: URL = Repository.root) throws -> CommandResult {
        try run(wpc, arguments, in: directory)
    }

    /// Runs `executable` with `arguments`; standard input is empty.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL = Repository.root) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs so a full pipe never blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
