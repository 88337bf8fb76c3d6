/// The names a view-model offers a template: every stored property name at
/// any depth, found by reflection (the same way swift-mustache looks them up).
enum TemplateKeys {
    static func collect(from value: Any) -> Set<String> {
        var keys: Set<String> = []
        visit(value, into: &keys, depth: 0)
        return keys
    }

    private static func visit(_ value: Any, into keys: inout Set<String>, depth: Int) {
        guard depth < 12 else { return }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let child = mirror.children.first { visit(child.value, into: &keys, depth: depth) }
            return
        }
        if mirror.displayStyle == .collection || mirror.displayStyle == .set {
            for child in mirror.children { visit(child.value, into: &keys, depth: depth + 1) }
            return
        }
        for child in mirror.children {
            if let label = child.label { keys.insert(label) }
            visit(child.value, into: &keys, depth: depth + 1)
        }
    }
}
