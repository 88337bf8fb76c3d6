/// A file name made from a body's id that is safe in any folder: lower-case
/// ASCII letters, digits and hyphens only, so no id ("../x", "a/b", a control
/// character) can name a path outside the folder the extracts go to.
public enum ExtractFileName {
    /// "WCO/UPU CC" → "wco-upu-cc"; ids with nothing usable → "body".
    public static func stem(for id: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in id.unicodeScalars {
            let isSafe = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            let isUpper = scalar >= "A" && scalar <= "Z"
            if isSafe || isUpper {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result += String(scalar).lowercased()
            } else {
                pendingHyphen = true
            }
        }
        let trimmed = String(result.prefix(64))
        return trimmed.isEmpty ? "body" : trimmed
    }

    /// Stems for `ids`, made unique by a numeric suffix where two would clash.
    public static func uniqueStems(for ids: [String]) -> [String] {
        var used = Set<String>()
        return ids.map { id in
            let base = stem(for: id)
            var candidate = base
            var counter = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            return candidate
        }
    }
}
