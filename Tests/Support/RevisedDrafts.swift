import Foundation
import WPCModel
import WPCSources

/// Two drafts of the bundled programme for the diff and redline tests: the
/// seed as it is (OLD) and a revision (NEW) holding one of each change a
/// committee makes between drafts.
public enum RevisedDrafts {
    /// The title of the topic NEW inserts after topic 10.
    public static let addedTopic = "Green Customs"

    /// OLD (the seed, read from Input/) and NEW:
    /// - the date line "September 2019" → "March 2020";
    /// - tasks 1.2 and 4.1 reworded;
    /// - task 15.3 "Compendium of E-Commerce case studies" moved to the end of topic 16 (new 17.3);
    /// - task 5.4 removed, and task 18.1 (the first of its topic) removed;
    /// - a task added at the end of topic 3;
    /// - an indicator added to task 11.1, indicator 3 of task 25.1 removed;
    /// - topic 11 "Green Customs" inserted, so topics 11–31 become 12–32;
    /// - the timelines of 8.1 and 19.2 moved;
    /// - footnote ³ reworded.
    public static func make() throws -> (old: Programme, new: Programme) {
        let old = try SourceReader.read(path: Repository.seedXML).programme
        var new = old
        new.date = "March 2020"
        new.topics[0].tasks[1].text = "Revise and update the ECP Action Plan"
        new.topics[3].tasks[0].text = "Follow and potentially contribute to the Secretariat's engagement with the World Bank Group on its \"Doing Business\" survey and successor reports"
        let moved = new.topics[14].tasks.remove(at: 2)
        new.topics[15].tasks.append(moved)
        new.topics[4].tasks.remove(at: 3)
        new.topics[17].tasks.remove(at: 0)
        new.topics[2].tasks.append(WorkTask(
            text: "Publish a TRS e-learning module", plan: "SP6 LD2", type: "A", bodies: "PTC",
            indicators: [Indicator(text: "Module published on the CLiKC! platform", timeline: Timeline("June 2021"))]))
        new.topics[10].tasks[0].indicators.append(Indicator(text: "Compendium published on the WCO website", timeline: Timeline("October 2020")))
        new.topics[24].tasks[0].indicators.remove(at: 2)
        new.topics[7].tasks[0].indicators[0].timeline = Timeline("June 2021")
        new.topics[18].tasks[1].indicators[0].timeline = Timeline("December 2021")
        new.topics.insert(Topic(numberAsWritten: "11.", title: WrittenText(addedTopic), tasks: [
            WorkTask(text: "Share practices on environmentally sustainable Customs procedures", plan: "SG SO3 SP6", type: "A", bodies: "PTC",
                     indicators: [Indicator(text: "Compendium of practices presented to the PTC", timeline: Timeline("April 2021"))]),
        ]), at: 10)
        for index in 11..<new.topics.count { new.topics[index].numberAsWritten = WrittenText("\(index + 1).") }
        if let third = new.footnotes.firstIndex(where: { $0.mark == "³" }) {
            new.footnotes[third].text = WrittenText(new.footnotes[third].text.text.replacingOccurrences(
                of: "include only those reporting", with: "include only those working groups reporting"))
        }
        return (old, new)
    }
}
