#!/usr/bin/env python3
"""Writes a synthetic work programme of N tasks as annex text, and a perturbed
revision of it, for benchmarks/diff/run.sh.

usage: generate.py TASKS OLD.txt NEW.txt [SEED]

The texts draw on a Zipf-distributed vocabulary of 4,000 made-up words (prose
has a few common words and many rare ones, which is what the diff's
rare-word index relies on). About 20 tasks per topic, 1-3 indicators each.
The revision inserts a topic near the start (so every later topic is
renumbered), removes one, renames 2% of topics, rewords 5% of tasks, moves 1%
of tasks to another topic, removes 1%, adds 1%, changes 2% of timelines and
fills progress on 2%.
"""
import random
import sys

HEADING = "\t".join(["No", "Topic", "Tasks", "WCO Strategic Plan", "Type of task", "Responsible body",
                     "Performance Indicators", "Timeline", "Progress"])
MONTHS = ["January", "March", "April", "June", "October", "December"]
CODES = ["SG", "SO1", "SO2", "SO3", "SP1", "SP6", "SP7", "LD1", "LD2"]
BODIES = ["PTC", "PTC IMSC", "SAFE WG", "PTC RKC/MC", "PTC TFAWG"]


def vocabulary(rng, size=4000):
    syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "re", "si", "to", "vu", "ze"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    words = sorted(words)
    rng.shuffle(words)
    return words


def sentence(rng, words, weights, low, high):
    text = " ".join(rng.choices(words, weights, k=rng.randint(low, high)))
    return text[0].upper() + text[1:]


def timeline(rng):
    return f"{rng.choice(MONTHS)} {rng.randint(2020, 2023)}" if rng.random() < 0.8 else "Ongoing"


def make(tasks, rng):
    words = vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    topics = []
    made = 0
    while made < tasks:
        count = min(tasks - made, rng.randint(12, 28))
        topic_tasks = []
        for _ in range(count):
            indicators = [[sentence(rng, words, weights, 5, 12), timeline(rng)] for _ in range(rng.randint(1, 3))]
            topic_tasks.append({"text": sentence(rng, words, weights, 8, 20), "plan": " ".join(sorted(rng.sample(CODES, 3))),
                                "type": rng.choice("MA"), "bodies": rng.choice(BODIES), "indicators": indicators, "progress": ""})
        topics.append({"title": sentence(rng, words, weights, 2, 5), "tasks": topic_tasks})
        made += count
    return topics, words, weights


def perturb(topics, words, weights, rng):
    topics = [{"title": t["title"], "tasks": [dict(task, indicators=[list(i) for i in task["indicators"]]) for task in t["tasks"]]} for t in topics]
    all_tasks = lambda: [(t, i) for t in range(len(topics)) for i in range(len(topics[t]["tasks"]))]
    n = len(all_tasks())
    for t in rng.sample(range(len(topics)), max(1, len(topics) // 50)):
        topics[t]["title"] += " " + rng.choice(words[:200])
    for t, i in rng.sample(all_tasks(), max(1, n // 20)):
        text = topics[t]["tasks"][i]["text"].split(" ")
        text[rng.randrange(len(text))] = rng.choice(words)
        topics[t]["tasks"][i]["text"] = " ".join(text)
    for t, i in rng.sample(all_tasks(), max(1, n // 50)):
        topics[t]["tasks"][i]["indicators"][0][1] = timeline(rng)
    for t, i in rng.sample(all_tasks(), max(1, n // 50)):
        topics[t]["tasks"][i]["progress"] = sentence(rng, words, weights, 3, 8)
    for _ in range(max(1, n // 100)):
        t = rng.randrange(len(topics))
        if len(topics[t]["tasks"]) > 1:
            task = topics[t]["tasks"].pop(rng.randrange(len(topics[t]["tasks"])))
            topics[rng.randrange(len(topics))]["tasks"].append(task)
    for _ in range(max(1, n // 100)):
        t = rng.randrange(len(topics))
        if len(topics[t]["tasks"]) > 1:
            topics[t]["tasks"].pop(rng.randrange(len(topics[t]["tasks"])))
    for _ in range(max(1, n // 100)):
        t = rng.randrange(len(topics))
        topics[t]["tasks"].insert(rng.randrange(len(topics[t]["tasks"]) + 1), {
            "text": sentence(rng, words, weights, 8, 20), "plan": "SG SO1", "type": "A", "bodies": "PTC",
            "indicators": [[sentence(rng, words, weights, 5, 12), timeline(rng)]], "progress": ""})
    topics.pop(len(topics) // 2)
    topics.insert(1, {"title": "Inserted topic " + sentence(rng, words, weights, 2, 4), "tasks": [
        {"text": sentence(rng, words, weights, 8, 20), "plan": "SG", "type": "A", "bodies": "PTC",
         "indicators": [[sentence(rng, words, weights, 5, 12), "June 2021"]], "progress": ""}]})
    return topics


def write(path, title, topics):
    lines = [title, "September 2019", "", HEADING]
    for number, topic in enumerate(topics, start=1):
        for index, task in enumerate(topic["tasks"]):
            first = task["indicators"][0]
            lines.append("\t".join([f"{number}." if index == 0 else "", topic["title"] if index == 0 else "", task["text"],
                                    task["plan"], task["type"], task["bodies"], first[0], first[1], task["progress"]]))
            for indicator in task["indicators"][1:]:
                lines.append("\t".join(["", "", "", "", "", "", indicator[0], indicator[1], ""]))
    lines.append("")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def main():
    tasks, old_path, new_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2019)
    topics, words, weights = make(tasks, rng)
    write(old_path, "Synthetic Work Programme 2019-2022", topics)
    write(new_path, "Synthetic Work Programme 2019-2022", perturb(topics, words, weights, rng))


if __name__ == "__main__":
    main()
