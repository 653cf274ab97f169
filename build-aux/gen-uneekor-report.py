#!/usr/bin/env python3
# gen-uneekor-report.py: write synthetic but realistic Uneekor reports
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The output has the shape of the Uneekor report API
# (GET .../v2/oldmyuneekor/report/{id}/{key}): a JSON array of club groups,
# each with its shots, values in SI units (m/s, m, degrees, rpm, mm) and
# written as the API writes them (single-precision floats widened to double).
# Like real exports, a few values are 99999 ("not captured") and a few
# numbers arrive as strings.
#
#   gen-uneekor-report.py --shots 120 --seed 24 --date 2026-11-21 --id 440004 \
#       --indent 2 --out data/samples/report-440004.json   (likewise 440001-3)
#   gen-uneekor-report.py --shots 5000 --seed 7 --out /tmp/report-40001.json
#   gen-uneekor-report.py --fixtures tests/data
#
# Only the Python standard library is used; the same seed gives the same file.

import argparse
import json
import math
import os
import random
import struct
import sys

# club_name, club id, label, ball speed m/s, smash, launch °, back spin rpm,
# carry m, roll m, apex m, descent °, dynamic loft °, attack °, lie °
CLUBS = [
    ("DRIVER",         1,  "Driver",   67.0, 1.48, 12.5, 2500, 225.0, 20.0, 32.0, 38.0, 13.5,  2.0, 57.0),
    ("WOOD3",          2,  "3 Wood",   62.0, 1.46, 11.0, 3400, 200.0, 14.0, 28.0, 41.0, 15.0, -1.0, 57.5),
    ("HYBRID4",        7,  "4 Hybrid", 57.5, 1.41, 12.5, 4300, 178.0,  9.0, 27.0, 45.0, 18.0, -2.5, 58.5),
    ("IRON7",          13, "7 Iron",   52.0, 1.35, 16.5, 6500, 150.0,  5.0, 28.0, 49.0, 20.5, -4.0, 62.5),
    ("IRON9",          15, "9 Iron",   47.0, 1.29, 20.5, 8200, 128.0,  3.0, 27.5, 51.0, 26.0, -4.5, 63.5),
    ("WEDGE_PITCHING", 16, "PW",       44.0, 1.25, 24.0, 9000, 114.0,  2.0, 26.0, 52.0, 30.0, -5.0, 64.0),
    ("WEDGE_56",       19, "56°",      36.0, 1.15, 30.5, 9800,  82.0,  1.0, 20.0, 53.0, 42.0, -5.5, 64.0),
]

SHOT_FIELDS = [
    "ball_speed", "club_speed", "carry_distance", "total_distance",
    "club_path", "club_face_angle", "launch_angle", "side_angle",
    "dynamic_loft", "attack_angle", "side_spin", "back_spin",
    "impact_x", "impact_y", "side_distance", "decent_angle", "apex",
    "flight_time", "optix_x", "optix_y", "club_lie", "lie_angle",
]

SENTINEL = 99999


def f32(x):
    """A value as the API writes it: a float, widened to double."""
    return struct.unpack("f", struct.pack("f", x))[0]


def shape(face, path):
    curve = face - path
    start = "push" if face > 2.5 else "pull" if face < -2.5 else ""
    if curve > 6:
        bend = "slice"
    elif curve < -6:
        bend = "hook"
    elif curve > 1.5:
        bend = "fade"
    elif curve < -1.5:
        bend = "draw"
    else:
        bend = "straight"
    if start and bend != "straight":
        return start + " " + bend
    return start or bend


def make_shot(rng, club, shot_id):
    (_, _, _, ball0, smash0, launch0, spin0, carry0, roll0,
     apex0, descent0, loft0, attack0, lie0) = club

    strike = rng.gauss(0, 1)                  # > 0: struck well
    ball = ball0 * (1 + 0.025 * strike)
    smash = min(smash0 + 0.015 * strike - abs(rng.gauss(0, 0.012)), 1.52)
    club_speed = ball / smash
    path = rng.gauss(0.5, 2.2)
    face = path * 0.4 + rng.gauss(0, 1.8)
    curve = face - path
    launch = launch0 + rng.gauss(0, 1.1)
    side_angle = 0.8 * face + 0.2 * path
    spin = spin0 * (1 + rng.gauss(0, 0.09))
    side_spin = 160 * curve * ball / ball0 + rng.gauss(0, 80)
    carry = carry0 * (ball / ball0) ** 1.15 * (1 - 0.002 * abs(curve)) + rng.gauss(0, 2.0)
    total = carry + max(0.0, roll0 * (1 + rng.gauss(0, 0.25)))
    side = carry * math.tan(math.radians(side_angle)) + 0.9 * curve * carry / 100
    apex = apex0 * (1 + 0.02 * (launch - launch0)) + rng.gauss(0, 0.8)
    flight = 2 * math.sqrt(2 * max(apex, 1.0) / 9.81) * 1.18 + rng.gauss(0, 0.1)

    shot = {
        "id": shot_id,
        "ball_speed": f32(ball),
        "club_speed": f32(club_speed),
        "carry_distance": f32(carry),
        "total_distance": f32(total),
        "club_path": f32(path),
        "club_face_angle": f32(face),
        "launch_angle": f32(launch),
        "side_angle": f32(side_angle),
        "dynamic_loft": f32(loft0 + 0.6 * (launch - launch0) + rng.gauss(0, 0.7)),
        "attack_angle": f32(attack0 + rng.gauss(0, 1.0)),
        "side_spin": round(side_spin),
        "back_spin": round(spin),
        "impact_x": f32(max(-15.0, min(15.0, rng.gauss(0, 5.5)))),
        "impact_y": f32(max(-15.0, min(15.0, rng.gauss(1.0, 4.5)))),
        "side_distance": f32(side),
        "decent_angle": f32(descent0 + rng.gauss(0, 1.5)),
        "apex": f32(apex),
        "flight_time": f32(flight),
        "optix_x": "%.2f" % rng.gauss(0, 6),
        "optix_y": "%.2f" % rng.gauss(0, 5),
        "club_lie": f32(lie0 + rng.gauss(0, 1.2)),
        "lie_angle": f32(rng.gauss(0, 1.5)),
        "type": shape(face, path),
        "impact_img": None,
    }

    # What real exports do now and then.
    roll = rng.random()
    if roll < 0.04:
        shot["club_speed"] = SENTINEL
        shot["club_path"] = SENTINEL
        shot["club_face_angle"] = SENTINEL
        shot["type"] = shape(side_angle, 0)
    elif roll < 0.07:
        shot["side_spin"] = SENTINEL
    elif roll < 0.09:
        shot["back_spin"] = str(shot["back_spin"])
    elif roll < 0.10:
        shot["optix_x"] = None
        shot["optix_y"] = None
    return shot


def make_report(rng, n_shots, date, report_id, warmup=True):
    # The first group of a session often carries a label the player typed.
    plan = [(c, c[2]) for c in CLUBS]
    if warmup:
        plan.insert(0, (CLUBS[5], "warmup"))
    per_group = [n_shots // len(plan)] * len(plan)
    for i in range(n_shots - sum(per_group)):
        per_group[i] += 1

    groups = []
    group_id = report_id * 10 + 101
    shot_id = report_id * 100 + 1
    for (club, label), n in zip(plan, per_group):
        shots = []
        for _ in range(n):
            shots.append(make_shot(rng, club, shot_id))
            shot_id += 1
        groups.append({
            "id": group_id,
            "name": label,
            "club_name": club[0],
            "club": club[1],
            "client_created_date": date,
            "shots": shots,
        })
        group_id += 1
    return groups


def write_json(path, data, indent=None):
    """Writes @data to @path, or to standard output when @path is None."""
    text = json.dumps(data, ensure_ascii=False, indent=indent,
                      separators=None if indent else (",", ":"))
    if path is None:
        sys.stdout.write(text + "\n")
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")


ODD_REPORT = r"""[
  {
    "id": 900001,
    "name": "\u00c4hm\u2026 \u00e9t\u00e9 \ud83c\udfcc\ufe0f warm\"up",
    "club_name": "IRON7",
    "club": 13,
    "client_created_date": "2024-05-17",
    "shots": [
      {"id": 1, "ball_speed": 52.25, "club_speed": "38.5",
       "carry_distance": 99999, "total_distance": null,
       "club_path": "NaN", "club_face_angle": "-1.25",
       "launch_angle": "n/a", "side_angle": -0.5,
       "side_spin": -312, "back_spin": " 6480 ",
       "impact_x": 3.5e0, "impact_y": -2.0E-1,
       "decent_angle": 48.75, "apex": 27.5, "flight_time": 5.875,
       "optix_x": "12.5", "optix_y": "-3",
       "club_lie": 99999.0, "lie_angle": true,
       "type": "draw", "impact_img": {"url": null, "size": [1, 2]}},
      {"id": "2", "ball_speed": 51.0, "club_speed": 38.0, "type": null}
    ]
  },
  {
    "shots": [
      {"id": 3, "ball_speed": 66.5, "club_speed": 45.0,
       "carry_distance": 221.25, "type": "fade"}
    ],
    "id": "900002",
    "name": "Robert'); DROP TABLE shots;--",
    "club_name": "x'); DROP TABLE shots;--",
    "club": 0,
    "client_created_date": "2024-05-18"
  },
  {
    "id": 900003,
    "name": "empty",
    "club_name": "DRIVER",
    "club": 1,
    "client_created_date": "2024-05-17",
    "shots": []
  }
]
"""


def write_fixtures(folder):
    os.makedirs(folder, exist_ok=True)

    # A normal report: three club groups of four shots.
    rng = random.Random(20240301)
    groups = make_report(rng, 28, "2024-03-01", 44478, warmup=False)
    report = [groups[0], groups[3], groups[5]]
    write_json(os.path.join(folder, "report-44478.json"), report, indent=2)

    # What the importer must survive, written out by hand so every byte is
    # known: sentinels, numbers as strings, NaN as a string, text that is no
    # number, exponents, absent and null fields, escapes (a surrogate pair
    # among them), a unicode label, SQL metacharacters, ids as strings, a
    # group whose shots come before its id and club, a group with no shots.
    with open(os.path.join(folder, "report-odd.json"), "w", encoding="utf-8") as f:
        f.write(ODD_REPORT)

    # Shots with no usable id are skipped and counted.
    no_id = [
        {
            "id": 700001, "name": "Driver", "club_name": "DRIVER", "club": 1,
            "client_created_date": "2024-06-02",
            "shots": [
                {"id": 10, "ball_speed": 67.5, "club_speed": 45.5},
                {"ball_speed": 66.0, "club_speed": 45.0},
                {"id": None, "ball_speed": 65.0},
                {"id": "", "ball_speed": 64.0},
                {"id": 13, "ball_speed": 68.0, "club_speed": 46.0},
            ],
        },
    ]
    write_json(os.path.join(folder, "report-no-id.json"), no_id, indent=2)

    # Every shot lacks an id: nothing usable.
    write_json(os.path.join(folder, "report-no-shots.json"),
               [dict(no_id[0], shots=[{"ball_speed": 60.0}])], indent=2)

    # Cut off mid-way, as an interrupted download leaves it.
    with open(os.path.join(folder, "report-44478.json"), encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines(keepends=True)
    with open(os.path.join(folder, "report-truncated.json"), "w", encoding="utf-8") as f:
        f.write("".join(lines[:40]))

    # Valid JSON that is something else: the API's error answer.
    write_json(os.path.join(folder, "not-a-report.json"),
               {"statusCode": 404, "message": "Report not found"}, indent=2)


def main():
    parser = argparse.ArgumentParser(
        description="Write a synthetic Uneekor report (the report API's JSON).")
    parser.add_argument("--shots", type=int, default=120,
                        help="number of shots, spread over the clubs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--date", default="2024-03-09",
                        help="session date, YYYY-MM-DD")
    parser.add_argument("--id", type=int, default=44102,
                        help="report id (group and shot ids derive from it)")
    parser.add_argument("--indent", type=int, default=None,
                        help="pretty-print (the API itself writes compact JSON)")
    parser.add_argument("--out", help="output file (default: standard output)")
    parser.add_argument("--fixtures", metavar="DIR",
                        help="write the test fixtures into DIR instead")
    args = parser.parse_args()

    if args.fixtures:
        write_fixtures(args.fixtures)
        return 0

    report = make_report(random.Random(args.seed), args.shots, args.date, args.id)
    write_json(args.out, report, args.indent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
