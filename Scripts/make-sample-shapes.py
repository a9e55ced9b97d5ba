#!/usr/bin/env python3
"""Build the alternative input shapes of the sample exports.

Usage (from anywhere; Python 3, standard library only):

    python3 Scripts/make-sample-shapes.py                      # every case in the repo's SampleExports/
    python3 Scripts/make-sample-shapes.py dashboard-outage     # only the named case(s)
    python3 Scripts/make-sample-shapes.py --root PATH/TO/SampleExports [CASE ...]

For every folder SampleExports/<case>/export/ it writes:

  * SampleExports/<case>/export.zip
      The export zipped flat, as Slack does it: users.json, channels.json, ... and
      <channel>/ folders at the root of the zip (no wrapper folder), with a directory
      entry for each folder. Entries are sorted by name, every entry is stamped
      2024-07-16 00:00:00, files are deflated, directory entries stored. Dot-files
      are skipped.

  * SampleExports/<case>/messages-by-ts.json   (only if <case>/ts-keyed.channel exists)
      ts-keyed.channel holds the name of one channel folder of the export. The output
      is a JSON object keyed by ts, in ts order, whose values are that channel's
      messages from all of its day files, each with its top-level "user" key renamed
      "user_id" (same position in the object; messages without "user" are unchanged;
      nested objects such as "root" or "replies" are left as they are). This is the
      shape quoted in shared/mission/founding-incident.md. Pretty-printed with 4-space
      indentation, non-ASCII kept as UTF-8, "/" not escaped, trailing newline.

The script is idempotent: running it twice gives byte-identical files, and a file
whose content would not change is not rewritten.
"""
import argparse
import io
import json
import os
import sys
import zipfile

ZIP_DATE = (2024, 7, 16, 0, 0, 0)


def ts_key(ts):
    seconds, _, micro = ts.partition(".")
    return (int(seconds), int((micro + "000000")[:6]) if micro else 0)


def write_if_changed(path, data):
    if os.path.exists(path):
        with open(path, "rb") as fh:
            if fh.read() == data:
                return False
    tmp = path + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return True


def zip_bytes(export_dir):
    entries = []  # (arcname, full path or None for directories)
    for root, dirs, files in os.walk(export_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, export_dir)
        if rel != ".":
            entries.append((rel.replace(os.sep, "/") + "/", None))
        for name in files:
            if name.startswith("."):
                continue
            arc = name if rel == "." else rel.replace(os.sep, "/") + "/" + name
            entries.append((arc, os.path.join(root, name)))
    entries.sort(key=lambda e: e[0])

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for arc, path in entries:
            info = zipfile.ZipInfo(arc, date_time=ZIP_DATE)
            info.create_system = 3  # Unix, whatever the host
            if path is None:
                info.external_attr = (0o40755 << 16) | 0x10
                info.compress_type = zipfile.ZIP_STORED
                zf.writestr(info, b"")
            else:
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as fh:
                    zf.writestr(info, fh.read(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return buf.getvalue()


def messages_by_ts(export_dir, channel):
    folder = os.path.join(export_dir, channel)
    if not os.path.isdir(folder):
        raise SystemExit("ts-keyed.channel names %r but %s is not a folder" % (channel, folder))
    messages = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json") and not name.startswith("."):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                messages.extend(json.load(fh))
    messages.sort(key=lambda m: ts_key(m["ts"]))
    out = {}
    for m in messages:
        if m["ts"] in out:
            raise SystemExit("duplicate ts %s in channel %s" % (m["ts"], channel))
        out[m["ts"]] = {("user_id" if k == "user" else k): v for k, v in m.items()}
    return (json.dumps(out, indent=4, ensure_ascii=False) + "\n").encode("utf-8")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description="Write export.zip and messages-by-ts.json for the sample exports.")
    parser.add_argument("--root", default=os.path.join(here, "..", "SampleExports"),
                        help="the SampleExports folder (default: the one next to this script)")
    parser.add_argument("cases", nargs="*", help="case folder names (default: every folder with an export/)")
    args = parser.parse_args(argv[1:])
    samples = os.path.normpath(args.root)
    cases = sorted(d for d in os.listdir(samples)
                   if os.path.isdir(os.path.join(samples, d, "export")) and not d.startswith("."))
    if args.cases:
        missing = [c for c in args.cases if c not in cases]
        if missing:
            raise SystemExit("no export/ folder for: " + ", ".join(missing))
        cases = sorted(set(args.cases))
    if not cases:
        raise SystemExit("no SampleExports/*/export/ folders under " + samples)
    for case in cases:
        case_dir = os.path.join(samples, case)
        export_dir = os.path.join(case_dir, "export")
        zip_path = os.path.join(case_dir, "export.zip")
        changed = write_if_changed(zip_path, zip_bytes(export_dir))
        print("%s %s" % ("wrote    " if changed else "unchanged", os.path.relpath(zip_path, samples)))
        marker = os.path.join(case_dir, "ts-keyed.channel")
        if os.path.isfile(marker):
            with open(marker, encoding="utf-8") as fh:
                channel = fh.read().strip()
            out_path = os.path.join(case_dir, "messages-by-ts.json")
            changed = write_if_changed(out_path, messages_by_ts(export_dir, channel))
            print("%s %s" % ("wrote    " if changed else "unchanged", os.path.relpath(out_path, samples)))


if __name__ == "__main__":
    main(sys.argv)
