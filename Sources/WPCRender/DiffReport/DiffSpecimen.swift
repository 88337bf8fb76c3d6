import WPCModel
import WPCViews

/// A small diff touching every part of `DiffReportView`, so that template
/// checks know every key a diff template may use.
enum DiffSpecimen {
    static func view() -> DiffReportView {
        let task = WorkTask(text: "Revise the Action Plan", plan: "SG SO1", type: "M", bodies: "PTC",
                            indicators: [Indicator(text: "Plan revised", timeline: Timeline("June 2020"))], progress: "Started")
        let old = Programme(title: "Draft Work Programme", date: "September 2019", topics: [
            Topic(numberAsWritten: "1.", title: "Action Plan", tasks: [task]),
        ])
        var new = old
        new.date = "March 2020"
        new.topics[0].tasks[0].type = "A"
        new.topics[0].tasks.append(WorkTask(text: "Publish the plan"))
        new.topics.insert(Topic(numberAsWritten: "1.", title: "New topic"), at: 0)
        new.topics[1].numberAsWritten = "2."
        return DiffReport(old: old, new: new, oldFile: "old.xml", newFile: "new.xml").view()
    }
}
