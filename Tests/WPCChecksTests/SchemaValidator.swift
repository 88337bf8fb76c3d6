import Foundation
import WPCTestSupport

/// Validates JSON against the vendored SARIF 2.1.0 schema with Python's
/// jsonschema (draft-04 validator), which scripts/install-deps.sh installs.
enum SchemaValidator {
    static let sarifSchema = Repository.path("Tests/WPCChecksTests/Data/sarif-2.1.0.json")

    struct Outcome {
        var valid: Bool
        var report: String
    }

    /// Runs the validator on `json`; `valid` is false with the validator's message when the document breaks the schema.
    static func validateSARIF(_ json: String) throws -> Outcome {
        let folder = try Repository.temporaryFolder("wpc-sarif")
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("log.sarif")
        try json.write(to: document, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft4Validator.check_schema(schema)
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            errors = sorted(jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(document), key=str)
            for error in errors:
                print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try CommandRunner.run("/usr/bin/env", ["python3", "-c", script, sarifSchema, document.path])
        let report = result.stdout + result.stderr
        if result.status != 0 && result.status != 1 {
            throw NSError(domain: "SchemaValidator", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: report])
        }
        return Outcome(valid: result.status == 0, report: report)
    }
}
