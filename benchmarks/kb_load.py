"""Knowledge-base load time and size: prints figures, asserts nothing.

    .venv/bin/python benchmarks/kb_load.py
"""
from __future__ import annotations

import statistics
import time


def main() -> None:
    t0 = time.perf_counter()
    from khabar.entities import kb as kbmod
    t1 = time.perf_counter()
    kb = kbmod.load_kb()
    t2 = time.perf_counter()
    runs = []
    for _ in range(5):
        s = time.perf_counter()
        kbmod.build_kb()
        runs.append(time.perf_counter() - s)
    print(f"import khabar.entities.kb: {t1 - t0:.3f} s")
    print(f"first load_kb():           {t2 - t1:.3f} s")
    print(f"build_kb() warm, 5 runs:   median {statistics.median(runs):.3f} s, "
          f"min {min(runs):.3f} s")
    st = kb.stats()
    print(f"entities: {st['entities']} (PER {st.get('PER', 0)}, ORG {st.get('ORG', 0)}, "
          f"LOC {st.get('LOC', 0)})")
    print(f"aliases:  {st['aliases']} (PER {st.get('aliases_PER', 0)}, ORG {st.get('aliases_ORG', 0)}, "
          f"LOC {st.get('aliases_LOC', 0)}); distinct keys {st['alias_keys']}, weak keys {len(kb.weak)}")
    subtypes: dict[str, int] = {}
    for e in kb.entities.values():
        subtypes[e.subtype] = subtypes.get(e.subtype, 0) + 1
    print("subtypes:", ", ".join(f"{k} {v}" for k, v in sorted(subtypes.items(), key=lambda x: -x[1])))
    with_office = sum(1 for e in kb.entities.values() if e.offices)
    print(f"people with offices: {with_office}; demonym forms {len(kb.demonym_index)}; "
          f"role nominals {len(kb.role_index)}")


if __name__ == "__main__":
    main()
