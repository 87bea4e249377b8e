#!/usr/bin/env python3
"""Writes a deterministic synthetic Labwatch dataset in the import format (the JSON of POST /api/import).

One large lab ("megalab") holds --facts dated facts in --year (hires in and out, rounds, valuations, metrics,
compute deals); --labs other labs and --people people take part. Every fact cites one or two of --sources
sources. The same arguments always give the same file.
"""
import argparse
import json
import random


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--facts", type=int, default=10000)
    p.add_argument("--labs", type=int, default=50)
    p.add_argument("--people", type=int, default=5000)
    p.add_argument("--sources", type=int, default=3000)
    p.add_argument("--year", type=int, default=2025)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--out", default="bench/out/dataset.json")
    a = p.parse_args()
    rnd = random.Random(a.seed)

    labs = [{"slug": "megalab", "name": "Megalab", "kind": "FRONTIER_LAB", "statedEmphasis": "Everything at once"}]
    labs += [{"slug": f"lab-{i}", "name": f"Lab {i:04d}", "kind": rnd.choice(["FRONTIER_LAB", "AI_STARTUP", "BIG_TECH"])}
             for i in range(a.labs)]
    providers = [{"slug": f"cloud-{i}", "name": f"Cloud {i}", "kind": "COMPUTE_PROVIDER"} for i in range(5)]
    labs += providers
    people = [{"slug": f"person-{i}", "name": f"Person {i:05d}"} for i in range(a.people)]
    outlets = ["TechCrunch", "CNBC", "The Information", "Reuters", "Bloomberg", "The Verge", "FT", "WSJ"]
    sources = [{"slug": f"source-{i}", "outlet": rnd.choice(outlets), "headline": f"Story number {i}",
                "url": f"https://news.example.org/{i}", "publishedOn": day(rnd, a.year),
                "focusAngle": rnd.choice(["Talent", "Capital", "Compute", "Safety"]), "keyQuote": f"Quote {i}"}
               for i in range(a.sources)]

    def cites():
        picks = rnd.sample(range(a.sources), rnd.choice([1, 2]))
        return [{"source": f"source-{i}"} for i in sorted(picks)]

    n = a.facts
    shares = {"hires": 0.5, "rounds": 0.1, "valuations": 0.1, "metrics": 0.2}
    hires, rounds, valuations, metrics, deals = [], [], [], [], []
    for i in range(int(n * shares["hires"])):
        other = f"lab-{rnd.randrange(a.labs)}"
        inbound = rnd.random() < 0.6
        hires.append({"person": f"person-{i % a.people}", "fromLab": other if inbound else "megalab",
                      "toLab": "megalab" if inbound else other, "kind": "JOINED", "role": rnd.choice(["Researcher", "Engineer", "Lead"]),
                      "team": rnd.choice(["Pre-training", "Safety", "Product", "Inference"]),
                      "announcedOn": day(rnd, a.year), "seniority": rnd.choice(["MID", "SENIOR", "PRINCIPAL", "EXECUTIVE"]),
                      "certainty": "REPORTED", "citations": cites()})
    for i in range(int(n * shares["rounds"])):
        rounds.append({"lab": "megalab", "name": f"Round {i}", "announcedOn": day(rnd, a.year),
                       "amountRaised": rnd.randrange(1, 5000) * 1_000_000, "postMoneyValuation": rnd.randrange(10, 900) * 1_000_000_000,
                       "certainty": "REPORTED", "citations": cites()})
    seen = set()
    while len(valuations) < int(n * shares["valuations"]):
        d = day(rnd, a.year)
        basis = rnd.choice(["SECONDARY_SALE", "REPORTED_TALKS", "ESTIMATE", "PRIMARY_ROUND"])
        if (d, basis) in seen:
            continue
        seen.add((d, basis))
        valuations.append({"lab": "megalab", "asOf": d, "value": rnd.randrange(10, 900) * 1_000_000_000, "basis": basis,
                           "certainty": "REPORTED", "citations": cites()})
    for i in range(int(n * shares["metrics"])):
        metrics.append({"lab": "megalab", "period": f"{a.year}-{1 + i % 12:02d}", "metric": "REVENUE",
                        "value": rnd.randrange(1, 20000) * 1_000_000, "scope": f"Segment {i}", "reportedOn": day(rnd, a.year),
                        "certainty": "REPORTED", "citations": cites()})
    while len(hires) + len(rounds) + len(valuations) + len(metrics) + len(deals) < n:
        i = len(deals)
        deals.append({"buyer": "megalab", "provider": rnd.choice(providers)["slug"], "facility": f"Facility {i}",
                      "location": "Somewhere", "announcedOn": day(rnd, a.year), "certainty": "REPORTED", "citations": cites()})

    data = {"labs": labs, "people": people, "sources": sources, "hires": hires, "fundingRounds": rounds,
            "valuations": valuations, "financialMetrics": metrics, "computeDeals": deals}
    with open(a.out, "w") as f:
        json.dump(data, f)
    total = sum(len(v) for v in data.values())
    print(f"wrote {a.out}: {total} rows, {n} facts of megalab in {a.year}")


def day(rnd, year):
    return f"{year}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"


if __name__ == "__main__":
    main()
