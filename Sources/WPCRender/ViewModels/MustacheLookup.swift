import Mustache

// swift-mustache finds a template's variables through Mirror, which builds
// the whole child list for every tag: on a 10,000-topic programme that was
// most of the rendering time. The views drawn once per row answer by name
// instead. The names are the stored properties' names (a test checks that
// every property answers with its own value), so Mirror-based validation and
// these lookups agree.

extension RowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "taskID": taskID
        case "part": part
        case "isContinuation": isContinuation
        case "continues": continues
        case "showsTopic": showsTopic
        case "topicContinued": topicContinued
        case "number": number
        case "topic": topic
        case "task": task
        case "plan": plan
        case "type": type
        case "bodies": bodies
        case "bodiesPerIndicator": bodiesPerIndicator
        case "bands": bands
        case "progress": progress
        case "predictedHeight": predictedHeight
        default: nil
        }
    }
}

extension BandView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "height": height
        case "isFirst": isFirst
        case "indicator": indicator
        case "timeline": timeline
        case "bodies": bodies
        default: nil
        }
    }
}

extension AnnexRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "topicStart": topicStart
        case "number": number
        case "topic": topic
        case "topicRowspan": topicRowspan
        case "taskStart": taskStart
        case "taskID": taskID
        case "taskRowspan": taskRowspan
        case "task": task
        case "plan": plan
        case "type": type
        case "progress": progress
        case "bodiesSpanTask": bodiesSpanTask
        case "bodiesPerRow": bodiesPerRow
        case "bodies": bodies
        case "indicator": indicator
        case "timeline": timeline
        default: nil
        }
    }
}

extension MarkdownRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "task": task
        case "plan": plan
        case "type": type
        case "bodies": bodies
        case "indicator": indicator
        case "timeline": timeline
        case "progress": progress
        default: nil
        }
    }
}

extension FrontBlockView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "isTitle": isTitle
        case "isSubtitle": isSubtitle
        case "isHeading": isHeading
        case "isParagraph": isParagraph
        case "isSeparator": isSeparator
        case "isEntry": isEntry
        case "isContentsEntry": isContentsEntry
        case "text": text
        case "page": page
        case "continued": continued
        default: nil
        }
    }
}

extension ColumnView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "heading": heading
        case "marks": marks
        case "width": width
        default: nil
        }
    }
}

extension MarkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "mark": mark
        case "anchor": anchor
        default: nil
        }
    }
}

extension TextSegment: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "strong": strong
        default: nil
        }
    }
}

extension FootnoteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "mark": mark
        case "anchor": anchor
        case "segments": segments
        default: nil
        }
    }
}

extension PageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "count": count
        case "rows": rows
        case "footnotes": footnotes
        case "hasFootnotes": hasFootnotes
        case "predictedTableHeight": predictedTableHeight
        default: nil
        }
    }
}

extension AnnexTopicView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "title": title
        case "rowspan": rowspan
        case "rows": rows
        default: nil
        }
    }
}

extension MarkdownTopicView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "title": title
        case "rows": rows
        default: nil
        }
    }
}
