import Foundation
import WPCSources

/// The body ids shell completion offers for `--body`: from the registry the
/// command line names (`--bodies FILE`), else `bodies.tsv` beside the first
/// word that is a readable file, else `Input/bodies.tsv`. Nothing when no
/// registry can be read: completion never prints an error.
public enum BodyNames {
    /// The ids, in the registry's order, for a command line of `words`.
    public static func forCompletion(_ words: [String]) -> [String] {
        var registry: String?
        if let flag = words.firstIndex(of: "--bodies"), flag + 1 < words.count { registry = words[flag + 1] }
        if registry == nil {
            for word in words.dropFirst() where !word.hasPrefix("-") && InputFile.problem(with: word) == nil {
                registry = RegistryLocation.path(named: nil, besideFirstOf: [word])
                if registry != nil { break }
            }
        }
        let path = registry ?? "Input/bodies.tsv"
        guard InputFile.problem(with: path) == nil, let read = try? BodyRegistryReader.read(path: path) else { return [] }
        return read.bodies.map(\.id)
    }
}
