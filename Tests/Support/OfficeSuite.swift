import Foundation

/// LibreOffice, run headless with a profile of its own in a fresh folder (so
/// no user's profile is touched and parallel runs do not share one), to make
/// Word documents the way a real office suite writes them.
public enum OfficeSuite {
    public static let soffice = "/usr/bin/soffice"

    /// Why a conversion failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Converts `input` (HTML, a .docx, …) to a Word 2007+ document in `folder`; returns its path.
    public static func convertToDocx(_ input: URL, in folder: URL) throws -> URL {
        guard FileManager.default.isExecutableFile(atPath: soffice) else {
            throw Failure(description: "LibreOffice is not installed: run scripts/install-deps.sh")
        }
        let home = folder.appendingPathComponent("office-profile")
        let output = folder.appendingPathComponent("converted")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [
            "HOME=\(home.path)", soffice, "-env:UserInstallation=\(home.absoluteString)", "--headless", "--norestore",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.path, input.path,
        ], in: folder)
        let converted = output.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".docx")
        guard FileManager.default.fileExists(atPath: converted.path) else {
            throw Failure(description: "soffice made no .docx (status \(result.status)): \(result.stdout) \(result.stderr)")
        }
        return converted
    }
}
