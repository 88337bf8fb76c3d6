import WPCModel
import WPCTemplateEngine

/// Every label, as the templates of every family receive it: `labels`, a
/// record of records following the keys' dots (`{{labels.page.numbering}}`,
/// `{{labels.column.task}}`). Its shape comes from `LabelKey.all`, so a
/// template that names a label no key declares fails to load.
enum LabelsView {
    /// The root `labels` record.
    static let shape: TemplateShape = tree.shape

    /// `labels` as the root's `labels` field, each text passed through `escape`
    /// (Markdown's escaping for the Markdown family; HTML is escaped by the engine).
    static func record(_ labels: Labels, escape: (String) -> String = { $0 }) -> TemplateValue {
        .record(tree.record(labels, escape: escape))
    }

    /// A group of keys sharing a prefix: its leaves and its subgroups, in the keys' order.
    private final class Node: Sendable {
        let name: String
        let path: String
        let children: [(name: String, node: Node?)]
        let shape: TemplateShape

        init(name: String, path: String, names: [[Substring]]) {
            self.name = name
            self.path = path
            var order: [String] = []
            var groups: [String: [[Substring]]] = [:]
            var leaves: Set<String> = []
            for parts in names {
                guard let first = parts.first.map(String.init) else { continue }
                if groups[first] == nil, !leaves.contains(first) { order.append(first) }
                if parts.count == 1 { leaves.insert(first) } else { groups[first, default: []].append(Array(parts.dropFirst())) }
            }
            let children: [(name: String, node: Node?)] = order.map { child in
                let childPath = path.isEmpty ? child : path + "." + child
                guard let rest = groups[child], !leaves.contains(child) else { return (child, nil) }
                return (child, Node(name: child, path: childPath, names: rest))
            }
            self.children = children
            shape = TemplateShape(path.isEmpty ? "labels" : "labels." + path, children.map { child in
                TemplateShape.Field(child.name, child.node.map { .record($0.shape) } ?? .text)
            })
        }

        func record(_ labels: Labels, escape: (String) -> String) -> TemplateRecord {
            TemplateRecord(shape, children.map { child in
                if let node = child.node { return .record(node.record(labels, escape: escape)) }
                let key = path.isEmpty ? child.name : path + "." + child.name
                return .text(escape(labels.text(named: key) ?? key))
            })
        }
    }

    private static let tree = Node(name: "labels", path: "", names: LabelKey.all.map { $0.name.split(separator: ".") })
}
