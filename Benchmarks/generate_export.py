#!/usr/bin/env python3
"""Write a synthetic Slack export of N messages for benchmarking `postmortem`.

Usage: python3 Benchmarks/generate_export.py OUT_DIR [--messages N] [--seed S] [--days D]

One public channel `#incidents`, a day file per day (default 365 days), realistic messages:
mentions, links, threads with replies, reactions, alert-bot messages with attachments,
edits, joins, non-ASCII text. Deterministic for a given seed: same arguments, same bytes.
Files are compact JSON (as slackdump writes them), so 1,000,000 messages is about 350 MB.
"""
import argparse
import json
import os
import random

WORDS = ("the api is returning errors again after the deploy looks like latency spiked on checkout "
         "i think it might be the cache can someone check the database connections are fine "
         "rolling back now error rate back to baseline thanks all we need disk alerts "
         "Überprüfung läuft noch café naïve 日本語のテキスト ¿qué pasó? résumé").split()
PEOPLE = [f"U{1000000 + i:07d}" for i in range(40)]
ALERTS = ["[FIRING:1] HighErrorRate api-prod", "[RESOLVED] HighErrorRate api-prod",
          "P1: checkout latency above 2s", "Disk usage above 90% on db-3"]


def text(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    r = rng.random()
    if r < 0.15:
        words.insert(rng.randrange(len(words) + 1), f"<@{rng.choice(PEOPLE)}>")
    if r > 0.9:
        words.append(f"<https://grafana.example.com/d/{rng.randrange(10**6)}|dashboard>")
    if 0.5 < r < 0.52:
        words.insert(0, "<!here>")
    return " ".join(words)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--days", type=int, default=365)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "incidents"), exist_ok=True)
    users = [{"id": u, "name": f"user{i}", "real_name": f"User {i}", "tz": "America/New_York",
              "profile": {"display_name": f"user{i}", "real_name": f"User {i}", "title": "Engineer"}}
             for i, u in enumerate(PEOPLE)]
    users.append({"id": "UALERTBOT", "name": "alertmanager", "is_bot": True,
                  "profile": {"real_name": "Alertmanager", "bot_id": "BALERT"}})
    with open(os.path.join(a.out, "users.json"), "w") as f:
        json.dump(users, f, separators=(",", ":"))
    with open(os.path.join(a.out, "channels.json"), "w") as f:
        json.dump([{"id": "C0BENCH01", "name": "incidents", "created": 1700000000, "members": PEOPLE}], f)
    start = 1_704_067_200  # 2024-01-01 UTC
    per_day = a.messages // a.days
    extra = a.messages - per_day * a.days
    for day in range(a.days):
        count = per_day + (1 if day < extra else 0)
        base = start + day * 86400
        offsets = sorted(rng.randrange(86400 * 1_000_000) for _ in range(count))
        msgs = []
        open_threads = []
        for k, off in enumerate(offsets):
            ts = f"{base + off // 1_000_000}.{off % 1_000_000:06d}"
            r = rng.random()
            if r < 0.05:
                m = {"type": "message", "subtype": "bot_message", "bot_id": "BALERT", "username": "Alertmanager",
                     "text": "", "ts": ts,
                     "attachments": [{"id": 1, "color": "danger", "title": rng.choice(ALERTS),
                                      "text": text(rng, 12), "fields": [{"title": "Severity", "value": "critical", "short": True}]}]}
            elif r < 0.06:
                u = rng.choice(PEOPLE)
                m = {"type": "message", "subtype": "channel_join", "user": u, "text": f"<@{u}> has joined the channel", "ts": ts}
            else:
                u = rng.choice(PEOPLE)
                m = {"client_msg_id": f"{rng.getrandbits(128):032x}", "type": "message", "user": u,
                     "text": text(rng, rng.randrange(4, 40)), "ts": ts, "team": "T0BENCH"}
                if open_threads and rng.random() < 0.3:
                    parent = rng.choice(open_threads)
                    m["thread_ts"] = parent["ts"]
                    m["parent_user_id"] = parent.get("user", "")
                    parent["reply_count"] = parent.get("reply_count", 0) + 1
                elif rng.random() < 0.05:
                    m["thread_ts"] = ts
                    open_threads.append(m)
                    if len(open_threads) > 5:
                        open_threads.pop(0)
                if rng.random() < 0.1:
                    m["reactions"] = [{"name": rng.choice(["eyes", "+1", "fire", "pushpin"]), "users": [rng.choice(PEOPLE)], "count": 1}]
                if rng.random() < 0.03:
                    m["edited"] = {"user": u, "ts": f"{base + off // 1_000_000 + 60}.000000"}
            msgs.append(m)
        name = f"{(__import__('datetime').datetime.utcfromtimestamp(base)).strftime('%Y-%m-%d')}.json"
        with open(os.path.join(a.out, "incidents", name), "w") as f:
            json.dump(msgs, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
