#!/usr/bin/env python3
"""Generates the retail-churn sample data: a base month and twelve monthly batches that drift.

    python3 sample-projects/retail-churn/generate.py

writes base-month.csv (5,000 customers) and batches/batch-01.csv .. batch-12.csv (2,000 each) beside
this script. Python 3 standard library only; the seed is fixed, so the files are the same on every
run and every machine (the script is committed beside them; rerun it only to change the data).

Each row is one customer in one month; `churn` says whether they left the following month. Over the
year, two things move gradually (month m of 12 moves a share m/12 of the way):

* data drift: the `app` channel grows from 15% to 55% of customers (store shrinks from 50% to 20%),
  and `discount_use` (share of purchases made with a discount) rises from a mean of about 0.29 to
  about 0.63 as a discount programme rolls out;
* concept drift: in the base month discount users are loyal and support tickets drive churn; by
  month 12 heavy discount users are deal hunters who leave, app users churn more, and tickets
  matter much less. A model trained on the base month learns the old rules and decays.
"""
import math
import os
import random

SEED = 20240601
BASE_ROWS = 5000
BATCH_ROWS = 2000
MONTHS = 12

REGIONS = ["north", "south", "east", "west"]
REGION_WEIGHTS = [0.30, 0.25, 0.25, 0.20]
CHANNELS = ["store", "online", "app"]
CHANNELS_START = [0.50, 0.35, 0.15]
CHANNELS_END = [0.20, 0.25, 0.55]
LABELS = ["no", "yes"]
COLUMNS = ["tenure_months", "monthly_spend", "visits", "discount_use", "support_tickets",
           "days_since_purchase", "region", "channel", "churn"]


def poisson(rng, mean):
    """Knuth's method; the means here are small."""
    limit = math.exp(-mean)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def customer(rng, shift, region=None, channel=None):
    """One row for a month `shift` of the way (0..1) from the base month to month 12."""
    region = region or rng.choices(REGIONS, REGION_WEIGHTS)[0]
    weights = [a + (b - a) * shift for a, b in zip(CHANNELS_START, CHANNELS_END)]
    channel = channel or rng.choices(CHANNELS, weights)[0]
    tenure = min(72, 1 + int(rng.expovariate(1 / 20)))
    spend = round(min(400.0, rng.lognormvariate(math.log(55), 0.45) * (1.15 if channel == "store" else 1.0)), 2)
    visits = poisson(rng, {"store": 7.0, "online": 5.0, "app": 6.0}[channel])
    discount = round(rng.betavariate(2 + 3 * shift, 5 - 2 * shift), 3)
    tickets = poisson(rng, 0.8)
    days = min(90, int(rng.expovariate(1 / (8 + 24 / (1 + visits)))))

    old = (-3.0 - 0.09 * (tenure - 20) + 1.3 * tickets - 0.45 * (visits - 6) + 0.05 * (days - 12)
           - 4.0 * (discount - 0.3) + (0.6 if region == "west" else 0.0))
    new = (-1.6 - 0.05 * (tenure - 20) + 0.2 * tickets - 0.10 * (visits - 6) + 0.05 * (days - 12)
           + 8.0 * (discount - 0.6) + (1.2 if channel == "app" else 0.0))
    logit = (1 - shift) * old + shift * new
    churn = "yes" if rng.random() < 1 / (1 + math.exp(-logit)) else "no"
    return [tenure, f"{spend:.2f}", visits, f"{discount:.3f}", tickets, days, region, channel, churn]


def canonical_first(rows):
    """Moves a few rows to the front so every file meets region, channel and churn values in the same
    order (CSV readers order nominal values by first appearance, and a model only accepts data whose
    values are in its own order). Rows are independent draws, so the order changes nothing else."""
    wanted = [("north", "store", "no"), ("south", "online", "yes"), ("east", "app", None), ("west", None, None)]
    front = []
    for region, channel, label in wanted:
        for i, row in enumerate(rows):
            if row[6] == region and channel in (None, row[7]) and label in (None, row[8]):
                front.append(rows.pop(i))
                break
        else:
            raise SystemExit(f"no row with {region}/{channel}/{label} to put first; change the seed")
    return front + rows


def write(path, rows):
    with open(path, "w", newline="\n") as f:
        f.write(",".join(COLUMNS) + "\n")
        for row in rows:
            f.write(",".join(str(v) for v in row) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    write(os.path.join(here, "base-month.csv"), canonical_first([customer(rng, 0.0) for _ in range(BASE_ROWS)]))
    os.makedirs(os.path.join(here, "batches"), exist_ok=True)
    for month in range(1, MONTHS + 1):
        rows = canonical_first([customer(rng, month / MONTHS) for _ in range(BATCH_ROWS)])
        write(os.path.join(here, "batches", f"batch-{month:02d}.csv"), rows)


if __name__ == "__main__":
    main()
