#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large project file for scale tests: the sample project with its venues filled up to N with generated venues
and its criteria extended to C (default 10,000 venues x 24 criteria). The sample's own venues stay (its inspections,
destinations and quotes name them); they have no facts for the added criteria (unknown). Seeded, so the same arguments always give the
same file; not committed (10,000 venues are about 20 MB of JSON).

    scripts/gen-venues.py --venues 10000 --criteria 24 --seed 1 > /tmp/venues-10k.venuebid.json

Value ranges follow real venue libraries: plenary halls of 150-6,000 seats, 1-80 meeting rooms, exhibition halls
of 0-40,000 m2, rental of 0.2-25 million TWD for the congress days, 10-120 minutes to the airport. About 4 % of
the facts are unknown (null) and 10 % are estimates with a basis. A share of the venues (--failing, default 0.3)
is drawn at any size, and most of those fail a must-have (too few seats, rooms or m2, or over the budget ceiling),
so the excluded list is long too; the others are drawn large enough to pass. The generated facts
cite example.org: they are test data, not facts about real venues.
"""
import argparse
import json
import os
import random
import sys

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample_data", "taiwan-congress-2028.venuebid.json")

CITIES = [("臺北市", "Taipei"), ("新北市", "New Taipei"), ("桃園市", "Taoyuan"), ("臺中市", "Taichung"),
          ("臺南市", "Tainan"), ("高雄市", "Kaohsiung"), ("新竹市", "Hsinchu"), ("嘉義市", "Chiayi"),
          ("基隆市", "Keelung"), ("宜蘭縣", "Yilan"), ("花蓮縣", "Hualien"), ("臺東縣", "Taitung"),
          ("屏東縣", "Pingtung"), ("南投縣", "Nantou"), ("彰化縣", "Changhua"), ("苗栗縣", "Miaoli")]
KINDS = [("會議中心", "Convention Center"), ("國際會議廳", "International Conference Hall"), ("大飯店", "Grand Hotel"),
         ("展覽館", "Exhibition Hall"), ("文化中心", "Cultural Center"), ("大學國際會議廳", "University Conference Hall")]

# Extra attribute criteria beyond the sample's: (id, zh-TW, en, direction, unit, low, high, integer)
EXTRA = [
    ("banquet_seats", "宴會廳座位數", "Banquet seats", "benefit", "seats", 80, 3000, True),
    ("largest_breakout_seats", "最大分會場座位數", "Largest breakout room", "benefit", "seats", 30, 800, True),
    ("ceiling_height_m", "主會場挑高", "Plenary ceiling height", "benefit", "m", 3, 18, False),
    ("loading_docks", "卸貨碼頭數", "Loading docks", "benefit", "docks", 0, 12, True),
    ("mrt_walk_minutes", "步行至捷運站", "Walk to the metro", "cost", "min", 1, 40, True),
    ("hsr_minutes", "至高鐵站車程", "Drive to high-speed rail", "cost", "min", 5, 90, True),
    ("parking_spaces", "停車位", "Parking spaces", "benefit", "spaces", 0, 2500, True),
    ("wifi_mbps", "場館網路頻寬", "Venue bandwidth", "benefit", "Mbps", 50, 10000, True),
    ("av_rental_twd", "視聽設備租金", "AV rental", "cost", "TWD", 50000, 3000000, True),
    ("catering_twd_per_head", "每人餐飲費", "Catering per head", "cost", "TWD", 300, 2500, True),
    ("accessibility_score", "無障礙評分", "Accessibility score", "benefit", "1–5", 1, 5, True),
    ("green_building_score", "綠建築評分", "Green building score", "benefit", "1–5", 1, 5, True),
    ("staff_languages", "服務人員語言數", "Staff languages", "benefit", "languages", 1, 8, True),
    ("hotel_5star_rooms", "五星級飯店客房", "Five-star hotel rooms nearby", "benefit", "rooms", 0, 3000, True),
    ("noise_db", "周邊噪音", "Ambient noise", "cost", "dB", 40, 75, True),
    ("setup_days", "進場佈置天數", "Set-up days needed", "cost", "days", 1, 4, True),
    ("restaurants_1km", "一公里內餐廳數", "Restaurants within 1 km", "benefit", "restaurants", 0, 400, True),
    ("security_score", "安全評分", "Security score", "benefit", "1–5", 1, 5, True),
    ("power_kva", "電力容量", "Power capacity", "benefit", "kVA", 100, 8000, True),
    ("outdoor_m2", "戶外空間", "Outdoor space", "benefit", "m²", 0, 20000, True),
]


def fact(rng, value, integer):
    if rng.random() < 0.04:
        return {"value": None, "note": "not found in the venue's published material"}
    v = round(value) if integer else round(value, 1)
    f = {"value": v, "source": "https://example.org/venues", "as_of": "2026-%02d" % rng.randint(1, 11)}
    if rng.random() < 0.1:
        f["estimate"] = True
        f["basis"] = "generated test value"
    return f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--venues", type=int, default=10000)
    ap.add_argument("--criteria", type=int, default=24, help="at least the sample's 11, at most %d" % (11 + len(EXTRA)))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--failing", type=float, default=0.3, help="share of venues drawn at any size (most fail a must-have)")
    ap.add_argument("--sample", default=SAMPLE, help="the project whose other sections are kept")
    args = ap.parse_args()
    with open(args.sample, encoding="utf-8") as f:
        doc = json.load(f)
    base = len(doc["criteria"])
    if args.venues < 1 or not base <= args.criteria <= base + len(EXTRA):
        ap.error("--venues must be at least 1 and --criteria from %d to %d" % (base, base + len(EXTRA)))
    rng = random.Random(args.seed)
    extra = EXTRA[: args.criteria - base]
    for rank, (cid, zh, en, direction, unit, *_rest) in enumerate(extra, start=base + 1):
        doc["criteria"].append({"id": cid, "name": {"zh-TW": zh, "en": en}, "direction": direction, "unit": unit,
                                "weight": rng.randint(1, 6), "rank": rank, "value_from": "attributes"})
    venues = doc["venues"][: args.venues]
    for v in venues:
        for cid, *_rest in extra:
            v.setdefault("attributes", {}).setdefault(cid, {"value": None, "note": "not in the sample"})
    for i in range(len(venues), args.venues):
        city = rng.choice(CITIES)
        kind = rng.choice(KINDS)
        req = doc["requirements"]
        if rng.random() < args.failing:
            # any size: many small venues, few large ones; most of these fail a must-have
            size = rng.random() ** 1.5
            lo = {"seats": 150, "rooms": 1, "m2": 0, "hotel": 0, "rental_max": 25000000}
        else:
            # large enough for every must-have of the sample's requirements
            size = rng.uniform(0.3, 1.0)
            lo = {"seats": req["plenary_seats"], "rooms": req["breakout_rooms"], "m2": req["exhibition_m2"],
                  "hotel": -(-req["room_nights"] // req["days"]), "rental_max": req["budget_ceiling"]}
        attrs = {
            "plenary_seats": fact(rng, max(lo["seats"], 150 + 5850 * size * rng.uniform(0.6, 1.0)), True),
            "meeting_rooms": fact(rng, max(lo["rooms"], 1 + 79 * size * rng.uniform(0.4, 1.0)), True),
            "exhibition_m2": fact(rng, max(lo["m2"], 40000 * size * rng.uniform(0.0, 1.0)), True),
            "exhibition_booths": fact(rng, 4000 * size * rng.uniform(0.0, 1.0) / 9, True),
            "hotel_rooms_nearby": fact(rng, rng.uniform(lo["hotel"], 3000), True),
            "airport_minutes": fact(rng, rng.uniform(10, 120), True),
        }
        for cid, _zh, _en, _d, _u, low, high, integer in extra:
            attrs[cid] = fact(rng, rng.uniform(low, high), integer)
        rental = fact(rng, min(lo["rental_max"], 200000 + 24800000 * size * rng.uniform(0.5, 1.0)), True)
        rental = {("amount" if k == "value" else k): v for k, v in rental.items()}
        rental["currency"] = "TWD"
        venues.append({
            "id": "v%05d" % (i + 1),
            "name": {"zh-TW": "%s%s%d" % (city[0], kind[0], i + 1), "en": "%s %s %d" % (city[1], kind[1], i + 1)},
            "city": {"zh-TW": city[0], "en": city[1]},
            "country": "TW",
            "attributes": attrs,
            "costs": {"venue_rental": rental},
            "availability": [{"from": doc["requirements"]["start_date"], "to": doc["requirements"]["end_date"],
                              "status": rng.choice(["available", "tentative", "unknown"])}],
        })
    doc["venues"] = venues
    doc["meta"]["title"] = {"zh-TW": "%d 場地規模測試" % args.venues, "en": "Scale test, %d venues" % args.venues}
    json.dump(doc, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
