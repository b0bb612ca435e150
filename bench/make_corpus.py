#!/usr/bin/env python3
"""Builds the benchmark corpora from the bundled seeds.

plain/  : the seeds replicated into copy folders (distinct document ids:
          copyNNNNN/<seed file>, each folder with its own manifest.csv) until
          the corpus reaches --mb megabytes.
padded/ : the same documents, each padded with number-free prose to --pad
          times its size (same claims, many more bytes).
"""
import argparse
import os
import shutil

PROSE = (
    "Diplomats met again behind closed doors and spoke of patience, of trust and of the long road ahead. "
    "Observers said the mood was tense but calm, and that neither side wished to be seen leaving the table. "
    "Officials from several capitals arrived in the evening and declined to comment on what had been agreed. "
)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds")
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--pad", type=int, default=10)
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(a.seeds) if n.endswith(".txt"))
    texts = {n: open(os.path.join(a.seeds, n), "rb").read() for n in names}
    manifest = open(os.path.join(a.seeds, "manifest.csv"), "rb").read()
    per_copy = sum(len(t) for t in texts.values())
    copies = max(1, int(a.mb * 1e6 / per_copy))
    for kind in ("plain", "padded"):
        root = os.path.join(a.out, kind)
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(root)
        for c in range(copies):
            d = os.path.join(root, f"copy{c:05d}")
            os.makedirs(d)
            with open(os.path.join(d, "manifest.csv"), "wb") as f:
                f.write(manifest)
            for n, t in texts.items():
                with open(os.path.join(d, n), "wb") as f:
                    f.write(t)
                    if kind == "padded":
                        need = len(t) * (a.pad - 1)
                        prose = (PROSE * (need // len(PROSE) + 1))[:need]
                        f.write(b"\n\n" + prose.encode())
    print(f"{copies} copies of {len(names)} seeds: {copies * len(names)} documents per corpus")


if __name__ == "__main__":
    main()
