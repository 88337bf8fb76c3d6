import Foundation
import XCTest

/// Runs an external tool (chromium, pdfinfo, cmark-gfm) and returns what it printed.
enum ToolRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The path of `name` on PATH; fails the test when the tool is missing
    /// (scripts/install-deps.sh installs them all).
    static func require(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        XCTFail("\(name) is not installed: run scripts/install-deps.sh", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }

    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("wpc-tool-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = errorHandle
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: errors)
    }
}
