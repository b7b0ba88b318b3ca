"""Answer keys (docs/answer-keys.md): each key is sound, and the answers hold their scores.

The blind sets were keyed before the bot was run on them and are never tuned on; the floors below sit a
little under what the answers reach today, so a change that loses events fails here. The tables are
printed so that a run shows the current figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.answer_eval import norm, run_answer_eval
from tests.conftest import migrated_sqlite

REPO = Path(__file__).resolve().parents[2]
SETS = {
    "tuning": (REPO / "tests/gold/tuning.json", REPO / "tests/fixtures/tuning"),
    "tuning2": (REPO / "tests/gold/tuning2.json", REPO / "tests/fixtures/tuning2"),
    "tuning3": (REPO / "tests/gold/tuning3.json", REPO / "tests/fixtures/tuning3"),
    "tuning4": (REPO / "tests/gold/tuning4.json", REPO / "tests/fixtures/tuning4"),
    "tuning5": (REPO / "tests/gold/tuning5.json", REPO / "tests/fixtures/tuning5"),
    "tuning6": (REPO / "tests/gold/tuning6.json", REPO / "tests/fixtures/tuning6"),
    "tuning7": (REPO / "tests/gold/tuning7.json", REPO / "tests/fixtures/tuning7"),
    "tuning8": (REPO / "tests/gold/tuning8.json", REPO / "tests/fixtures/tuning8"),
    "tuning9": (REPO / "tests/gold/tuning9.json", REPO / "tests/fixtures/tuning9"),
    "tuning10": (REPO / "tests/gold/tuning10.json", REPO / "tests/fixtures/tuning10"),
    "tuning11": (REPO / "tests/gold/tuning11.json", REPO / "tests/fixtures/tuning11"),
    "tuning12": (REPO / "tests/gold/tuning12.json", REPO / "tests/fixtures/tuning12"),
    "tuning13": (REPO / "tests/gold/tuning13.json", REPO / "tests/fixtures/tuning13"),
    "tuning14": (REPO / "tests/gold/tuning14.json", REPO / "tests/fixtures/tuning14"),
    "tuning15": (REPO / "tests/gold/tuning15.json", REPO / "tests/fixtures/tuning15"),
    "tuning16": (REPO / "tests/gold/tuning16.json", REPO / "tests/fixtures/tuning16"),
    "tuning17": (REPO / "tests/gold/tuning17.json", REPO / "tests/fixtures/tuning17"),
    "tuning18": (REPO / "tests/gold/tuning18.json", REPO / "tests/fixtures/tuning18"),
    "tuning19": (REPO / "tests/gold/tuning19.json", REPO / "tests/fixtures/tuning19"),
    "tuning20": (REPO / "tests/gold/tuning20.json", REPO / "tests/fixtures/tuning20"),
    "tuning21": (REPO / "tests/gold/tuning21.json", REPO / "tests/fixtures/tuning21"),
    "tuning22": (REPO / "tests/gold/tuning22.json", REPO / "tests/fixtures/tuning22"),
    "tuning23": (REPO / "tests/gold/tuning23.json", REPO / "tests/fixtures/tuning23"),
    "tuning24": (REPO / "tests/gold/tuning24.json", REPO / "tests/fixtures/tuning24"),
    "tuning25": (REPO / "tests/gold/tuning25.json", REPO / "tests/fixtures/tuning25"),
    "tuning26": (REPO / "tests/gold/tuning26.json", REPO / "tests/fixtures/tuning26"),
    "tuning27": (REPO / "tests/gold/tuning27.json", REPO / "tests/fixtures/tuning27"),
    "tuning28": (REPO / "tests/gold/tuning28.json", REPO / "tests/fixtures/tuning28"),
    "tuning29": (REPO / "tests/gold/tuning29.json", REPO / "tests/fixtures/tuning29"),
    "tuning30": (REPO / "tests/gold/tuning30.json", REPO / "tests/fixtures/tuning30"),
    "tuning31": (REPO / "tests/gold/tuning31.json", REPO / "tests/fixtures/tuning31"),
    "tuning32": (REPO / "tests/gold/tuning32.json", REPO / "tests/fixtures/tuning32"),
    "tuning33": (REPO / "tests/gold/tuning33.json", REPO / "tests/fixtures/tuning33"),
    "tuning34": (REPO / "tests/gold/tuning34.json", REPO / "tests/fixtures/tuning34"),
    "tuning35": (REPO / "tests/gold/tuning35.json", REPO / "tests/fixtures/tuning35"),
    "tuning36": (REPO / "tests/gold/tuning36.json", REPO / "tests/fixtures/tuning36"),
    "tuning37": (REPO / "tests/gold/tuning37.json", REPO / "tests/fixtures/tuning37"),
    "tuning38": (REPO / "tests/gold/tuning38.json", REPO / "tests/fixtures/tuning38"),
    "tuning39": (REPO / "tests/gold/tuning39.json", REPO / "tests/fixtures/tuning39"),
    "blind-a": (REPO / "tests/gold/blind-a.json", REPO / "tests/fixtures/blind/a"),
    "blind-b": (REPO / "tests/gold/blind-b.json", REPO / "tests/fixtures/blind/b"),
    "blind-c": (REPO / "tests/gold/blind-c.json", REPO / "tests/fixtures/blind/c"),
    "blind-d": (REPO / "tests/gold/blind-d.json", REPO / "tests/fixtures/blind/d"),
    "blind-e": (REPO / "tests/gold/blind-e.json", REPO / "tests/fixtures/blind/e"),
    "blind-f": (REPO / "tests/gold/blind-f.json", REPO / "tests/fixtures/blind/f"),
    "blind-g": (REPO / "tests/gold/blind-g.json", REPO / "tests/fixtures/blind/g"),
    "blind-h": (REPO / "tests/gold/blind-h.json", REPO / "tests/fixtures/blind/h"),
    "blind-i": (REPO / "tests/gold/blind-i.json", REPO / "tests/fixtures/blind/i"),
    "blind-j": (REPO / "tests/gold/blind-j.json", REPO / "tests/fixtures/blind/j"),
    "blind-k": (REPO / "tests/gold/blind-k.json", REPO / "tests/fixtures/blind/k"),
    "blind-l": (REPO / "tests/gold/blind-l.json", REPO / "tests/fixtures/blind/l"),
    "blind-m": (REPO / "tests/gold/blind-m.json", REPO / "tests/fixtures/blind/m"),
    "blind-n": (REPO / "tests/gold/blind-n.json", REPO / "tests/fixtures/blind/n"),
    "blind-o": (REPO / "tests/gold/blind-o.json", REPO / "tests/fixtures/blind/o"),
    "blind-p": (REPO / "tests/gold/blind-p.json", REPO / "tests/fixtures/blind/p"),
    "blind-q": (REPO / "tests/gold/blind-q.json", REPO / "tests/fixtures/blind/q"),
    "blind-r": (REPO / "tests/gold/blind-r.json", REPO / "tests/fixtures/blind/r"),
    "blind-s": (REPO / "tests/gold/blind-s.json", REPO / "tests/fixtures/blind/s"),
    "blind-t": (REPO / "tests/gold/blind-t.json", REPO / "tests/fixtures/blind/t"),
    "blind-u": (REPO / "tests/gold/blind-u.json", REPO / "tests/fixtures/blind/u"),
    "blind-v": (REPO / "tests/gold/blind-v.json", REPO / "tests/fixtures/blind/v"),
    "blind-w": (REPO / "tests/gold/blind-w.json", REPO / "tests/fixtures/blind/w"),
    "blind-x": (REPO / "tests/gold/blind-x.json", REPO / "tests/fixtures/blind/x"),
    "blind-y": (REPO / "tests/gold/blind-y.json", REPO / "tests/fixtures/blind/y"),
    "blind-z": (REPO / "tests/gold/blind-z.json", REPO / "tests/fixtures/blind/z"),
    "blind-aa": (REPO / "tests/gold/blind-aa.json", REPO / "tests/fixtures/blind/aa"),
    "blind-ab": (REPO / "tests/gold/blind-ab.json", REPO / "tests/fixtures/blind/ab"),
    "blind-ac": (REPO / "tests/gold/blind-ac.json", REPO / "tests/fixtures/blind/ac"),
    "blind-ad": (REPO / "tests/gold/blind-ad.json", REPO / "tests/fixtures/blind/ad"),
    "blind-ae": (REPO / "tests/gold/blind-ae.json", REPO / "tests/fixtures/blind/ae"),
    "blind-af": (REPO / "tests/gold/blind-af.json", REPO / "tests/fixtures/blind/af"),
    "blind-ag": (REPO / "tests/gold/blind-ag.json", REPO / "tests/fixtures/blind/ag"),
    "blind-ah": (REPO / "tests/gold/blind-ah.json", REPO / "tests/fixtures/blind/ah"),
    "blind-ai": (REPO / "tests/gold/blind-ai.json", REPO / "tests/fixtures/blind/ai"),
    "blind-aj": (REPO / "tests/gold/blind-aj.json", REPO / "tests/fixtures/blind/aj"),
    "blind-ak": (REPO / "tests/gold/blind-ak.json", REPO / "tests/fixtures/blind/ak"),
    "blind-al": (REPO / "tests/gold/blind-al.json", REPO / "tests/fixtures/blind/al"),
    "blind-am": (REPO / "tests/gold/blind-am.json", REPO / "tests/fixtures/blind/am"),
    "blind-an": (REPO / "tests/gold/blind-an.json", REPO / "tests/fixtures/blind/an"),
    "blind-ao": (REPO / "tests/gold/blind-ao.json", REPO / "tests/fixtures/blind/ao"),
    "blind-ap": (REPO / "tests/gold/blind-ap.json", REPO / "tests/fixtures/blind/ap"),
    "blind-aq": (REPO / "tests/gold/blind-aq.json", REPO / "tests/fixtures/blind/aq"),
    "blind-ar": (REPO / "tests/gold/blind-ar.json", REPO / "tests/fixtures/blind/ar"),
    "blind-as": (REPO / "tests/gold/blind-as.json", REPO / "tests/fixtures/blind/as"),
    "blind-at": (REPO / "tests/gold/blind-at.json", REPO / "tests/fixtures/blind/at"),
    "blind-au": (REPO / "tests/gold/blind-au.json", REPO / "tests/fixtures/blind/au"),
    "blind-av": (REPO / "tests/gold/blind-av.json", REPO / "tests/fixtures/blind/av"),
    "blind-aw": (REPO / "tests/gold/blind-aw.json", REPO / "tests/fixtures/blind/aw"),
    "blind-ax": (REPO / "tests/gold/blind-ax.json", REPO / "tests/fixtures/blind/ax"),
    "blind-ay": (REPO / "tests/gold/blind-ay.json", REPO / "tests/fixtures/blind/ay"),
    "blind-az": (REPO / "tests/gold/blind-az.json", REPO / "tests/fixtures/blind/az"),
    "blind-ba": (REPO / "tests/gold/blind-ba.json", REPO / "tests/fixtures/blind/ba"),
    "blind-bb": (REPO / "tests/gold/blind-bb.json", REPO / "tests/fixtures/blind/bb"),
    "blind-bc": (REPO / "tests/gold/blind-bc.json", REPO / "tests/fixtures/blind/bc"),
    "blind-bd": (REPO / "tests/gold/blind-bd.json", REPO / "tests/fixtures/blind/bd"),
    "blind-be": (REPO / "tests/gold/blind-be.json", REPO / "tests/fixtures/blind/be"),
    "blind-bf": (REPO / "tests/gold/blind-bf.json", REPO / "tests/fixtures/blind/bf"),
    "blind-bg": (REPO / "tests/gold/blind-bg.json", REPO / "tests/fixtures/blind/bg"),
    "blind-bh": (REPO / "tests/gold/blind-bh.json", REPO / "tests/fixtures/blind/bh"),
    "blind-bi": (REPO / "tests/gold/blind-bi.json", REPO / "tests/fixtures/blind/bi"),
    "blind-bj": (REPO / "tests/gold/blind-bj.json", REPO / "tests/fixtures/blind/bj"),
    "blind-bk": (REPO / "tests/gold/blind-bk.json", REPO / "tests/fixtures/blind/bk"),
    "blind-bl": (REPO / "tests/gold/blind-bl.json", REPO / "tests/fixtures/blind/bl"),
    "blind-bm": (REPO / "tests/gold/blind-bm.json", REPO / "tests/fixtures/blind/bm"),
    "blind-bn": (REPO / "tests/gold/blind-bn.json", REPO / "tests/fixtures/blind/bn"),
    "blind-bo": (REPO / "tests/gold/blind-bo.json", REPO / "tests/fixtures/blind/bo"),
    "blind-bp": (REPO / "tests/gold/blind-bp.json", REPO / "tests/fixtures/blind/bp"),
    "blind-bq": (REPO / "tests/gold/blind-bq.json", REPO / "tests/fixtures/blind/bq"),
    "blind-br": (REPO / "tests/gold/blind-br.json", REPO / "tests/fixtures/blind/br"),
    "blind-bs": (REPO / "tests/gold/blind-bs.json", REPO / "tests/fixtures/blind/bs"),
    "blind-bt": (REPO / "tests/gold/blind-bt.json", REPO / "tests/fixtures/blind/bt"),
    "blind-bu": (REPO / "tests/gold/blind-bu.json", REPO / "tests/fixtures/blind/bu"),
    "blind-bv": (REPO / "tests/gold/blind-bv.json", REPO / "tests/fixtures/blind/bv"),
    "blind-bw": (REPO / "tests/gold/blind-bw.json", REPO / "tests/fixtures/blind/bw"),
    "blind-bx": (REPO / "tests/gold/blind-bx.json", REPO / "tests/fixtures/blind/bx"),
    "blind-by": (REPO / "tests/gold/blind-by.json", REPO / "tests/fixtures/blind/by"),
    "blind-bz": (REPO / "tests/gold/blind-bz.json", REPO / "tests/fixtures/blind/bz"),
    "blind-ca": (REPO / "tests/gold/blind-ca.json", REPO / "tests/fixtures/blind/ca"),
    "blind-cb": (REPO / "tests/gold/blind-cb.json", REPO / "tests/fixtures/blind/cb"),
    "blind-cc": (REPO / "tests/gold/blind-cc.json", REPO / "tests/fixtures/blind/cc"),
    "blind-cd": (REPO / "tests/gold/blind-cd.json", REPO / "tests/fixtures/blind/cd"),
    "blind-ce": (REPO / "tests/gold/blind-ce.json", REPO / "tests/fixtures/blind/ce"),
    "blind-cf": (REPO / "tests/gold/blind-cf.json", REPO / "tests/fixtures/blind/cf"),
    "blind-cg": (REPO / "tests/gold/blind-cg.json", REPO / "tests/fixtures/blind/cg"),
    "blind-ch": (REPO / "tests/gold/blind-ch.json", REPO / "tests/fixtures/blind/ch"),
    "blind-ci": (REPO / "tests/gold/blind-ci.json", REPO / "tests/fixtures/blind/ci"),
    "blind-cj": (REPO / "tests/gold/blind-cj.json", REPO / "tests/fixtures/blind/cj"),
    "blind-ck": (REPO / "tests/gold/blind-ck.json", REPO / "tests/fixtures/blind/ck"),
    "blind-cl": (REPO / "tests/gold/blind-cl.json", REPO / "tests/fixtures/blind/cl"),
    "blind-cm": (REPO / "tests/gold/blind-cm.json", REPO / "tests/fixtures/blind/cm"),
    "blind-cn": (REPO / "tests/gold/blind-cn.json", REPO / "tests/fixtures/blind/cn"),
    "blind-co": (REPO / "tests/gold/blind-co.json", REPO / "tests/fixtures/blind/co"),
    "blind-cp": (REPO / "tests/gold/blind-cp.json", REPO / "tests/fixtures/blind/cp"),
    "blind-cq": (REPO / "tests/gold/blind-cq.json", REPO / "tests/fixtures/blind/cq"),
    "blind-cr": (REPO / "tests/gold/blind-cr.json", REPO / "tests/fixtures/blind/cr"),
    "blind-cs": (REPO / "tests/gold/blind-cs.json", REPO / "tests/fixtures/blind/cs"),
    "blind-ct": (REPO / "tests/gold/blind-ct.json", REPO / "tests/fixtures/blind/ct"),
    "blind-cu": (REPO / "tests/gold/blind-cu.json", REPO / "tests/fixtures/blind/cu"),
    "blind-cv": (REPO / "tests/gold/blind-cv.json", REPO / "tests/fixtures/blind/cv"),
    "blind-cw": (REPO / "tests/gold/blind-cw.json", REPO / "tests/fixtures/blind/cw"),
    "blind-cx": (REPO / "tests/gold/blind-cx.json", REPO / "tests/fixtures/blind/cx"),
    "blind-cy": (REPO / "tests/gold/blind-cy.json", REPO / "tests/fixtures/blind/cy"),
    "blind-cz": (REPO / "tests/gold/blind-cz.json", REPO / "tests/fixtures/blind/cz"),
    "blind-da": (REPO / "tests/gold/blind-da.json", REPO / "tests/fixtures/blind/da"),
    "blind-db": (REPO / "tests/gold/blind-db.json", REPO / "tests/fixtures/blind/db"),
    "blind-dc": (REPO / "tests/gold/blind-dc.json", REPO / "tests/fixtures/blind/dc"),
    "blind-dd": (REPO / "tests/gold/blind-dd.json", REPO / "tests/fixtures/blind/dd"),
}
# measure -> floor, per set (a little below today's figures; raise them as the answers improve)
FLOORS = {
    "tuning": {"timeline": 0.85, "merged": 0.85, "who": 0.90, "numbers": 0.90, "names": 0.90, "absent": 1.0},
    "tuning2": {"timeline": 0.85, "merged": 0.81, "who": 0.90, "numbers": 0.88, "names": 0.95, "absent": 1.0},
    "tuning3": {"timeline": 0.85, "merged": 0.75, "who": 0.93, "numbers": 0.88, "names": 0.95, "absent": 1.0},
    "tuning4": {"timeline": 0.85, "merged": 0.76, "who": 0.85, "numbers": 0.88, "names": 0.95, "absent": 1.0},
    # tuning6's first run (the code of 7b77259): 0.81 / 0.54 / 0.60 / 0.74 / 0.56 (timeline dated right 0.81)
    "tuning6": {"timeline": 0.76, "merged": 0.62, "who": 0.55, "numbers": 0.70, "names": 0.83, "absent": 1.0},
    # tuning7's first run (the code of 2a57fcf): 0.84 / 0.50 / 0.68 / 0.71 / 0.61 (timeline dated right 0.84)
    "tuning7": {"timeline": 0.79, "merged": 0.45, "who": 0.68, "numbers": 0.66, "names": 0.67, "absent": 1.0},
    # tuning8's first run (the code of 0b61429): 0.69 / 0.53 / 0.55 / 0.71 / 0.86 (timeline dated right 0.71)
    "tuning8": {"timeline": 0.71, "merged": 0.58, "who": 0.61, "numbers": 0.66, "names": 0.95, "absent": 1.0},
    # tuning9's and tuning10's first runs (the code of a7cc9e7): 0.72 / 0.45 / 0.77 / 0.57 / 0.75 and
    # 0.78 / 0.33 / 0.71 / 0.74 / 0.75 (timeline dated right 0.76, 0.80)
    "tuning9": {"timeline": 0.69, "merged": 0.43, "who": 0.72, "numbers": 0.62, "names": 0.76, "absent": 1.0},
    "tuning10": {"timeline": 0.75, "merged": 0.41, "who": 0.66, "numbers": 0.78, "names": 0.70, "absent": 1.0},
    "tuning11": {"timeline": 0.80, "merged": 0.57, "who": 0.69, "numbers": 0.64, "names": 0.83, "absent": 1.0},
    "tuning12": {"timeline": 0.74, "merged": 0.72, "who": 0.64, "numbers": 0.67, "names": 0.75, "absent": 1.0},
    # tuning13's first run (73f668b, the code of 5dd5325): 0.81 / 0.65 / 0.66 / 0.77 / 0.80 (timeline dated right 0.82)
    "tuning13": {"timeline": 0.76, "merged": 0.60, "who": 0.66, "numbers": 0.72, "names": 0.75, "absent": 1.0},
    # tuning14's first run (a3efc29, the code of f36f7b4): 0.79 / 0.50 / 0.73 / 0.67 / 0.65 (timeline dated right 0.84)
    "tuning14": {"timeline": 0.74, "merged": 0.45, "who": 0.68, "numbers": 0.62, "names": 0.60, "absent": 1.0},
    # tuning15's first run (ccc32e6): 0.86 / 0.76 / 0.82 / 0.76 / 0.78 (timeline dated right 0.89)
    "tuning15": {"timeline": 0.81, "merged": 0.71, "who": 0.77, "numbers": 0.71, "names": 0.73, "absent": 1.0},
    # tuning16's first run (8a1d358): 0.89 / 0.78 / 0.70 / 0.85 / 0.88 (timeline dated right 0.92)
    "tuning16": {"timeline": 0.84, "merged": 0.73, "who": 0.65, "numbers": 0.80, "names": 0.83, "absent": 1.0},
    "tuning17": {"timeline": 0.76, "merged": 0.42, "who": 0.59, "numbers": 0.60, "names": 0.59, "absent": 1.0},
    "tuning18": {"timeline": 0.83, "merged": 0.63, "who": 0.68, "numbers": 0.60, "names": 0.75, "absent": 1.0},
    "tuning19": {"timeline": 0.82, "merged": 0.63, "who": 0.65, "numbers": 0.72, "names": 0.75, "absent": 1.0},
    "tuning20": {"timeline": 0.86, "merged": 0.45, "who": 0.77, "numbers": 0.69, "names": 0.84, "absent": 1.0},
    "tuning22": {"timeline": 0.76, "merged": 0.42, "who": 0.52, "numbers": 0.58, "names": 0.81, "absent": 1.0},
    "tuning23": {"timeline": 0.72, "merged": 0.47, "who": 0.60, "numbers": 0.54, "names": 0.51, "absent": 1.0},
    "tuning24": {"timeline": 0.74, "merged": 0.50, "who": 0.65, "numbers": 0.70, "names": 0.52, "absent": 1.0},
    "tuning25": {"timeline": 0.79, "merged": 0.53, "who": 0.89, "numbers": 0.70, "names": 0.80, "absent": 1.0},
    "tuning26": {"timeline": 0.82, "merged": 0.61, "who": 0.76, "numbers": 0.85, "names": 0.70, "absent": 1.0},
    "tuning27": {"timeline": 0.78, "merged": 0.82, "who": 0.65, "numbers": 0.43, "names": 0.76, "absent": 1.0},
    "tuning28": {"timeline": 0.90, "merged": 0.60, "who": 0.73, "numbers": 0.72, "names": 0.76, "absent": 1.0},
    # tuning29's first run (the code of 547e0f5): 0.84 / 0.71 / 0.71 / 0.77 / 0.92 (timeline dated right 0.84)
    "tuning29": {"timeline": 0.79, "merged": 0.66, "who": 0.66, "numbers": 0.72, "names": 0.87, "absent": 1.0},
    # tuning30's first run (the code of 65d8a39): 0.92 / 0.61 / 0.83 / 0.93 / 0.73 (timeline dated right 0.92)
    "tuning30": {"timeline": 0.87, "merged": 0.56, "who": 0.78, "numbers": 0.88, "names": 0.68, "absent": 1.0},
    "tuning21": {"timeline": 0.78, "merged": 0.62, "who": 0.68, "numbers": 0.66, "names": 0.77, "absent": 1.0},
    "tuning5": {"timeline": 0.75, "merged": 0.65, "who": 0.77, "numbers": 0.73, "names": 0.84, "absent": 1.0},
    "blind-a": {"timeline": 0.82, "merged": 0.82, "who": 0.84, "numbers": 0.90, "names": 0.85, "absent": 1.0},
    "blind-b": {"timeline": 0.76, "merged": 0.71, "who": 0.78, "numbers": 0.92, "names": 0.85, "absent": 1.0},
    # blind C merged fell 0.40 -> 0.27 when "fired" became a departure verb (2026-12-01); not looked into, to
    # keep C's articles unread; 0.33 -> 0.47 when happenings of no kind dated from another one were dated (2026-12-02)
    "blind-c": {"timeline": 0.81, "merged": 0.50, "who": 0.75, "numbers": 0.75, "names": 0.72, "absent": 1.0},
    "blind-d": {"timeline": 0.72, "merged": 0.43, "who": 0.72, "numbers": 0.88, "names": 0.93, "absent": 1.0},
    "blind-e": {"timeline": 0.76, "merged": 0.53, "who": 0.80, "numbers": 0.80, "names": 0.73, "absent": 1.0},
    # written 2026-12-01 (second session) by a helper that had not read the code; first run 0.74 / 0.46 / 0.53 /
    # 0.83 / 0.50
    "blind-f": {"timeline": 0.78, "merged": 0.60, "who": 0.67, "numbers": 0.82, "names": 0.73, "absent": 1.0},
    # written 2026-12-01 (third session) by a helper that had not read the code; first run (ff7c52d) 0.69 / 0.57 /
    # 0.61 / 0.68 / 0.58 (timeline dated right: 0.73; who 0.58 counting only each item's own sentence)
    "blind-g": {"timeline": 0.65, "merged": 0.70, "who": 0.62, "numbers": 0.68, "names": 0.68, "absent": 1.0},
    # written 2026-12-01 (fourth session) by a helper that had not read the code; first run (4935f06) 0.83 / 0.40 /
    # 0.67 / 0.80 / 0.68 (timeline dated right 0.85; names 0.74 once the measure let legal forms such as "PT" go)
    "blind-h": {"timeline": 0.78, "merged": 0.42, "who": 0.76, "numbers": 0.83, "names": 0.80, "absent": 1.0},
    # written 2026-12-02 (fifth session) by a helper that had not read the code, in the shape of short wire copies
    # and longer pages; first run (04c255f) 0.80 / 0.72 / 0.61 / 1.00 / 0.67 (timeline dated right 0.82)
    "blind-i": {"timeline": 0.80, "merged": 0.80, "who": 0.80, "numbers": 0.95, "names": 0.92, "absent": 1.0},
    # written 2026-12-02 (sixth session) by a helper that had not read the code; first run (f86bd8b) 0.90 / 0.68 /
    # 0.79 / 0.83 / 0.84 (timeline dated right 0.90)
    "blind-j": {"timeline": 0.85, "merged": 0.72, "who": 0.82, "numbers": 0.88, "names": 0.95, "absent": 1.0},
    # written 2026-12-02 (seventh session) by a helper that had not read the code; first run (4da3c5b, the code of
    # 54ef2c8) 0.66 / 0.46 / 0.90 / 0.83 / 0.90 (timeline dated right 0.74)
    "blind-k": {"timeline": 0.63, "merged": 0.52, "who": 0.88, "numbers": 0.78, "names": 0.88, "absent": 1.0},
    # written 2026-12-02 (eighth session) by a helper that had not read the code; first run (fcb6c2b, the code of
    # dd5c7e5) 0.83 / 0.58 / 0.66 / 0.97 / 0.50 (timeline dated right 0.85)
    "blind-l": {"timeline": 0.87, "merged": 0.65, "who": 0.69, "numbers": 0.92, "names": 0.75, "absent": 1.0},
    # written 2026-12-02 (ninth session) by a helper that had not read the code; first run (d58a062, the code of
    # 1642550) 0.76 / 0.72 / 0.78 / 0.98 / 0.75 (timeline dated right 0.77)
    "blind-m": {"timeline": 0.76, "merged": 0.65, "who": 0.72, "numbers": 0.92, "names": 0.76, "absent": 1.0},
    # written 2026-12-02 (eleventh session) by a helper that had not read the code; first run (e0c2bf7) 0.70 / 0.71 /
    # 0.77 / 0.64 / 0.62 (timeline dated right 0.72)
    "blind-n": {"timeline": 0.68, "merged": 0.65, "who": 0.72, "numbers": 0.60, "names": 0.57, "absent": 1.0},
    # written 2026-12-02 (eleventh session) by a helper that had not read the code; first run (e9a3f8f) 0.82 / 0.65 /
    # 0.72 / 0.90 / 0.62 (timeline dated right 0.82)
    "blind-o": {"timeline": 0.77, "merged": 0.64, "who": 0.69, "numbers": 0.87, "names": 0.57, "absent": 1.0},
    # written 2026-12-03 (twelfth session) by a helper that had not read the code; first run (d783bcc, the code of
    # 7ae53d7) 0.75 / 0.62 / 0.77 / 0.92 / 1.00 (timeline dated right 0.75)
    "blind-p": {"timeline": 0.70, "merged": 0.55, "who": 0.72, "numbers": 0.92, "names": 0.93, "absent": 1.0},
    # written 2026-12-03 (fourteenth session) by a helper that had not read the code; first run (0368b12, the code of
    # aae521c) 0.70 / 0.71 / 0.62 / 0.40 / 0.67 (timeline dated right 0.70); numbers 0.47 after Korean won was read
    # (the helper's report, not the articles, had named a won figure)
    # merged 0.70 -> 0.64 in the forty-ninth session: a studio read as the firm it is moved one agreement's English telling
    # into the completion of the same month (11 of 17; see docs/history.md)
    "blind-q": {"timeline": 0.65, "merged": 0.64, "who": 0.57, "numbers": 0.55, "names": 0.62, "absent": 1.0},
    # written 2026-12-03 (fourteenth session) by a helper that had not read the code; first run (219cf20) 0.80 / 0.54 /
    # 0.77 / 0.56 / 0.87 (timeline dated right 0.80; the session's start, aae521c, scores the same)
    # merged 0.85 -> 0.69 when captions closed by a photo credit went after the body (twenty-fourth session): kept for
    # the timeline rising on 22 of 40 blind sets (falling on one); the measure counts an item's files, and a caption
    # leading an item could tie other tellings to it (AD 0.58 -> 0.42 the same way)
    "blind-r": {"timeline": 0.75, "merged": 0.64, "who": 0.75, "numbers": 0.64, "names": 0.88, "absent": 1.0},
    # written 2026-12-03 (fifteenth session) by a helper that had not read the code; first run (the code of 13dc18c, that
    # session's start) 0.79 / 0.71 / 0.70 / 0.81 / 0.67 (timeline dated right 0.81)
    "blind-s": {"timeline": 0.74, "merged": 0.66, "who": 0.71, "numbers": 0.82, "names": 0.70, "absent": 1.0},
    # written 2026-12-03 (sixteenth session) by a helper that had not read the code; first run (the code of 7a16a88, that
    # session's start) 0.79 / 0.48 / 0.45 / 0.60 / 0.70 (timeline dated right 0.79)
    "blind-t": {"timeline": 0.74, "merged": 0.47, "who": 0.42, "numbers": 0.55, "names": 0.65, "absent": 1.0},
    # written 2026-12-03 (seventeenth session) by a helper that had not read the code; first run (the code of 2922bef, that
    # session's start) 0.75 / 0.44 / 0.76 / 0.92 / 0.80 (timeline dated right 0.77)
    "blind-u": {"timeline": 0.77, "merged": 0.45, "who": 0.74, "numbers": 0.87, "names": 0.75, "absent": 1.0},
    # written 2026-12-03 (seventeenth session) by a helper that had not read the code; first run (the code of 2922bef, that
    # session's start, and again at 634787e) 0.80 / 0.52 / 0.83 / 0.88 / 0.80 (timeline dated right 0.80)
    "blind-v": {"timeline": 0.81, "merged": 0.57, "who": 0.78, "numbers": 0.91, "names": 0.75, "absent": 1.0},
    # written 2026-12-03 (eighteenth session) by helpers that had not read the code; first runs (the code of b25ff4a,
    # that session's start) W 0.87 / 0.65 / 0.68 / 0.29 / 0.64 and X 0.77 / 0.50 / 0.74 / 0.52 / 0.86 (timeline dated
    # right 0.87, 0.77)
    "blind-w": {"timeline": 0.82, "merged": 0.60, "who": 0.63, "numbers": 0.33, "names": 0.59, "absent": 1.0},
    "blind-x": {"timeline": 0.72, "merged": 0.51, "who": 0.76, "numbers": 0.54, "names": 0.81, "absent": 1.0},
    # written 2026-12-03 (nineteenth session) by helpers that had not read the code; first runs (the code of 4f73049,
    # that session's start) Y 0.73 / 0.67 / 0.59 / 0.60 / 0.71 and Z 0.82 / 0.61 / 0.71 / 0.71 / 0.57 (timeline dated
    # right 0.73, 0.82)
    "blind-y": {"timeline": 0.75, "merged": 0.62, "who": 0.68, "numbers": 0.60, "names": 0.81, "absent": 1.0},
    "blind-z": {"timeline": 0.79, "merged": 0.62, "who": 0.68, "numbers": 0.66, "names": 0.52, "absent": 1.0},
    # written 2026-12-03 (twentieth session) by helpers that had not read the code; first runs (the code of 09d15a6,
    # that session's start) AA 0.74 / 0.52 / 0.74 / 0.82 / 0.81 and AB 0.69 / 0.50 / 0.75 / 0.57 / 0.87 (timeline
    # dated right 0.74, 0.71)
    "blind-aa": {"timeline": 0.69, "merged": 0.47, "who": 0.77, "numbers": 0.80, "names": 0.83, "absent": 1.0},
    "blind-ab": {"timeline": 0.64, "merged": 0.45, "who": 0.70, "numbers": 0.52, "names": 0.82, "absent": 1.0},
    # written 2026-12-04 (twenty-first session) by helpers that had not read the code; first runs (the code of 0445266,
    # that session's start) AC 0.79 / 0.79 / 0.85 / 0.90 / 0.93 and AD 0.89 / 0.58 / 0.61 / 0.70 / 0.73 (timeline
    # dated right 0.79, 0.89)
    "blind-ac": {"timeline": 0.74, "merged": 0.74, "who": 0.80, "numbers": 0.85, "names": 0.95, "absent": 1.0},
    "blind-ad": {"timeline": 0.84, "merged": 0.37, "who": 0.56, "numbers": 0.65, "names": 0.75, "absent": 1.0},
    # written 2026-12-04 (twenty-second session) by helpers that had not read the code; first runs (the code of 64974e0,
    # that session's start) AE 0.80 / 0.96 / 0.78 / 0.75 / 0.79 and AF 0.78 / 0.60 / 0.74 / 0.82 / 0.85 (timeline
    # dated right 0.80, 0.78)
    "blind-ae": {"timeline": 0.75, "merged": 0.91, "who": 0.73, "numbers": 0.70, "names": 0.74, "absent": 1.0},
    "blind-af": {"timeline": 0.73, "merged": 0.55, "who": 0.71, "numbers": 0.77, "names": 0.80, "absent": 1.0},
    # written the same day (twenty-second session) by helpers that had not read the code; first runs (the code of
    # a437862, and the same at 64974e0) AG 0.63 / 0.62 / 0.58 / 0.83 / 0.67 and AH 0.77 / 0.58 / 0.67 / 0.69 / 0.75
    # (timeline dated right 0.67, 0.77)
    "blind-ag": {"timeline": 0.58, "merged": 0.57, "who": 0.53, "numbers": 0.78, "names": 0.62, "absent": 1.0},
    "blind-ah": {"timeline": 0.72, "merged": 0.53, "who": 0.62, "numbers": 0.64, "names": 0.76, "absent": 1.0},
    # written 2026-12-04 (twenty-third session) by helpers that had not read the code; first runs, timeline with basis /
    # merged / who / numbers / names (timeline dated right): AI (e2ab14a) 0.75 / 0.42 / 0.68 / 0.72 / 0.83 (0.75),
    # AJ (e2ab14a with cd29ad5's rules, run a minute before its key was committed) 0.84 / 0.71 / 0.48 / 0.64 / 0.44
    # (0.85), AK (4b6778b) 0.77 / 0.78 / 0.72 / 0.90 / 0.71 (0.77), AL (4b6778b) 0.74 / 0.37 / 0.73 / 0.67 / 0.63 (0.74)
    "blind-ai": {"timeline": 0.70, "merged": 0.45, "who": 0.65, "numbers": 0.67, "names": 0.78, "absent": 1.0},
    "blind-aj": {"timeline": 0.79, "merged": 0.66, "who": 0.49, "numbers": 0.76, "names": 0.51, "absent": 1.0},
    "blind-ak": {"timeline": 0.72, "merged": 0.73, "who": 0.69, "numbers": 0.85, "names": 0.66, "absent": 1.0},
    "blind-al": {"timeline": 0.76, "merged": 0.32, "who": 0.68, "numbers": 0.62, "names": 0.63, "absent": 1.0},
    # written 2026-12-04 (twenty-fourth session) by helpers that had not read the code; first runs (the code of 7b77259,
    # that session's start) AM 0.81 / 0.45 / 0.53 / 0.76 / 0.69 (0.82) and AN 0.78 / 0.72 / 0.72 / 0.62 / 0.62 (0.80;
    # AN had been run once a minute before its key was committed, key unchanged, on the working tree's caption rule:
    # the same but numbers 0.57)
    "blind-am": {"timeline": 0.76, "merged": 0.45, "who": 0.50, "numbers": 0.71, "names": 0.76, "absent": 1.0},
    "blind-an": {"timeline": 0.73, "merged": 0.67, "who": 0.67, "numbers": 0.52, "names": 0.57, "absent": 1.0},
    # written 2026-12-04 (twenty-fifth session) by helpers that had not read the code; first runs (the code of 2a57fcf,
    # that session's start) AO 0.80 / 0.68 / 0.61 / 0.70 / 0.50 and AP 0.78 / 0.62 / 0.67 / 0.67 / 0.67 (timeline dated
    # right 0.81, 0.79)
    "blind-ao": {"timeline": 0.75, "merged": 0.63, "who": 0.56, "numbers": 0.65, "names": 0.45, "absent": 1.0},
    "blind-ap": {"timeline": 0.73, "merged": 0.57, "who": 0.62, "numbers": 0.62, "names": 0.62, "absent": 1.0},
    # written 2026-12-04 (twenty-sixth session) by helpers that had not read the code; first runs (the code of 0b61429,
    # that session's start) AQ 0.87 / 0.41 / 0.62 / 0.72 / 0.57 and AR 0.82 / 0.50 / 0.76 / 0.90 / 0.64 (timeline dated
    # right 0.87, 0.84)
    "blind-aq": {"timeline": 0.82, "merged": 0.36, "who": 0.57, "numbers": 0.67, "names": 0.52, "absent": 1.0},
    "blind-ar": {"timeline": 0.83, "merged": 0.45, "who": 0.71, "numbers": 0.85, "names": 0.59, "absent": 1.0},
    # written 2026-12-05 (twenty-seventh session) by helpers that had not read the code; first runs (the code of a7cc9e7,
    # that session's start) AS 0.70 / 0.67 / 0.66 / 0.59 / 0.81 and AT 0.73 / 0.61 / 0.89 / 1.00 / 0.88 (timeline dated
    # right 0.77, 0.73)
    "blind-as": {"timeline": 0.69, "merged": 0.70, "who": 0.61, "numbers": 0.54, "names": 0.76, "absent": 1.0},
    "blind-at": {"timeline": 0.68, "merged": 0.56, "who": 0.84, "numbers": 0.95, "names": 0.83, "absent": 1.0},
    "blind-au": {"timeline": 0.72, "merged": 0.71, "who": 0.74, "numbers": 0.55, "names": 0.63, "absent": 1.0},
    "blind-av": {"timeline": 0.74, "merged": 0.40, "who": 0.63, "numbers": 0.69, "names": 0.62, "absent": 1.0},
    "blind-aw": {"timeline": 0.80, "merged": 0.47, "who": 0.72, "numbers": 0.65, "names": 0.73, "absent": 1.0},
    "blind-ax": {"timeline": 0.79, "merged": 0.67, "who": 0.76, "numbers": 0.68, "names": 0.53, "absent": 1.0},
    "blind-ay": {"timeline": 0.86, "merged": 0.42, "who": 0.68, "numbers": 0.47, "names": 0.55, "absent": 1.0},
    # AZ's and BA's first runs (73f668b, the code of 5dd5325, the thirtieth session's start): AZ 0.79 / 0.61 / 0.74 /
    # 0.69 / 0.84 and BA 0.81 / 0.39 / 0.77 / 0.63 / 0.74 (timeline dated right 0.81, 0.84)
    # merged 0.56 -> 0.49 (forty-second session): "Banjarmasin", now a place, no longer links two tellings as one
    # party of both
    "blind-az": {"timeline": 0.74, "merged": 0.49, "who": 0.69, "numbers": 0.64, "names": 0.79, "absent": 1.0},
    "blind-ba": {"timeline": 0.76, "merged": 0.34, "who": 0.72, "numbers": 0.58, "names": 0.69, "absent": 1.0},
    # BB's and BC's first runs (a3efc29, the code of f36f7b4, the thirty-first session's start): BB 0.76 / 0.32 / 0.78 /
    # 0.58 / 0.70 and BC 0.72 / 0.56 / 0.71 / 0.82 / 0.79 (timeline dated right 0.84, 0.75)
    "blind-bb": {"timeline": 0.71, "merged": 0.27, "who": 0.73, "numbers": 0.53, "names": 0.65, "absent": 1.0},
    "blind-bc": {"timeline": 0.67, "merged": 0.47, "who": 0.66, "numbers": 0.77, "names": 0.74, "absent": 1.0},
    # BD's first run (897ee25, the code of 189731e: the session's first two timeline rules): 0.93 / 0.57 / 0.57 / 0.48 /
    # 0.65 (timeline dated right 0.95)
    "blind-bd": {"timeline": 0.88, "merged": 0.52, "who": 0.52, "numbers": 0.43, "names": 0.60, "absent": 1.0},
    # written 2026-12-05 (thirty-second session) by helpers that had not read the code; first runs (ccc32e6)
    # BE 0.88 / 0.71 / 0.76 / 0.75 / 0.75 and BF 0.85 / 0.68 / 0.71 / 0.79 / 0.71 (timeline dated right 0.88, 0.85)
    "blind-be": {"timeline": 0.83, "merged": 0.66, "who": 0.71, "numbers": 0.70, "names": 0.70, "absent": 1.0},
    "blind-bf": {"timeline": 0.80, "merged": 0.63, "who": 0.66, "numbers": 0.74, "names": 0.66, "absent": 1.0},
    # first runs: BG and BH at 8a1d358 (the code of 8af0403), BI and BJ at d218b9f
    "blind-bg": {"timeline": 0.84, "merged": 0.66, "who": 0.62, "numbers": 0.71, "names": 0.78, "absent": 1.0},
    "blind-bh": {"timeline": 0.90, "merged": 0.41, "who": 0.65, "numbers": 0.59, "names": 0.81, "absent": 1.0},
    "blind-bi": {"timeline": 0.82, "merged": 0.53, "who": 0.72, "numbers": 0.67, "names": 0.70, "absent": 1.0},
    "blind-bj": {"timeline": 0.75, "merged": 0.68, "who": 0.59, "numbers": 0.60, "names": 0.69, "absent": 1.0},
    "blind-bk": {"timeline": 0.79, "merged": 0.62, "who": 0.70, "numbers": 0.68, "names": 0.65, "absent": 1.0},
    "blind-bl": {"timeline": 0.67, "merged": 0.50, "who": 0.64, "numbers": 0.59, "names": 0.76, "absent": 1.0},
    "blind-bm": {"timeline": 0.78, "merged": 0.60, "who": 0.49, "numbers": 0.63, "names": 0.70, "absent": 1.0},
    "blind-bn": {"timeline": 0.84, "merged": 0.51, "who": 0.42, "numbers": 0.76, "names": 0.63, "absent": 1.0},
    "blind-bo": {"timeline": 0.78, "merged": 0.71, "who": 0.60, "numbers": 0.77, "names": 0.80, "absent": 1.0},
    "blind-bp": {"timeline": 0.84, "merged": 0.53, "who": 0.72, "numbers": 0.63, "names": 0.70, "absent": 1.0},
    "blind-bq": {"timeline": 0.80, "merged": 0.59, "who": 0.56, "numbers": 0.65, "names": 0.75, "absent": 1.0},
    "blind-br": {"timeline": 0.78, "merged": 0.48, "who": 0.39, "numbers": 0.45, "names": 0.54, "absent": 1.0},
    "blind-bs": {"timeline": 0.87, "merged": 0.42, "who": 0.57, "numbers": 0.54, "names": 0.89, "absent": 1.0},
    "blind-bt": {"timeline": 0.82, "merged": 0.53, "who": 0.77, "numbers": 0.77, "names": 0.84, "absent": 0.66},
    "blind-bu": {"timeline": 0.84, "merged": 0.63, "who": 0.65, "numbers": 0.59, "names": 0.66, "absent": 1.0},
    "blind-bv": {"timeline": 0.79, "merged": 0.71, "who": 0.67, "numbers": 0.86, "names": 0.79, "absent": 1.0},
    "blind-bw": {"timeline": 0.84, "merged": 0.61, "who": 0.51, "numbers": 0.58, "names": 0.86, "absent": 1.0},
    "blind-bx": {"timeline": 0.80, "merged": 0.73, "who": 0.62, "numbers": 0.86, "names": 0.59, "absent": 1.0},
    "blind-by": {"timeline": 0.84, "merged": 0.53, "who": 0.62, "numbers": 0.54, "names": 0.83, "absent": 1.0},
    "blind-bz": {"timeline": 0.86, "merged": 0.50, "who": 0.68, "numbers": 0.66, "names": 0.54, "absent": 1.0},
    "blind-ca": {"timeline": 0.92, "merged": 0.78, "who": 0.51, "numbers": 0.30, "names": 0.73, "absent": 1.0},
    # blind CB's merged lost three items in the forty-fourth session: one item had taken in the tellings of two
    # happenings (an account's screenshots on 8 August, the official relieved on 10 August), now apart
    "blind-cb": {"timeline": 0.77, "merged": 0.55, "who": 0.79, "numbers": 0.85, "names": 0.87, "absent": 1.0},
    "blind-cc": {"timeline": 0.81, "merged": 0.54, "who": 0.63, "numbers": 0.61, "names": 0.54, "absent": 1.0},
    "blind-cd": {"timeline": 0.71, "merged": 0.77, "who": 0.95, "numbers": 0.90, "names": 0.82, "absent": 1.0},
    "blind-ce": {"timeline": 0.78, "merged": 0.53, "who": 0.70, "numbers": 0.91, "names": 0.70, "absent": 1.0},
    # merged 0.59 -> 0.55 in the fifty-second session: an outlet's one sentence on two people's detention fitted one of
    # their items while the two were stored apart; joined as one person ("Rio Wicaksono" / "Stefanus Rio Wicaksono"),
    # it fits both and joins neither
    "blind-cf": {"timeline": 0.80, "merged": 0.55, "who": 0.75, "numbers": 0.66, "names": 0.76, "absent": 1.0},
    "blind-cg": {"timeline": 0.89, "merged": 0.56, "who": 0.77, "numbers": 0.84, "names": 0.77, "absent": 1.0},
    "blind-ch": {"timeline": 0.88, "merged": 0.66, "who": 0.74, "numbers": 0.54, "names": 0.75, "absent": 1.0},
    # blind CI's and CJ's first runs (the code of 547e0f5): 0.92 / 0.54 / 0.77 / 0.78 / 0.74 and
    # 0.93 / 0.68 / 0.77 / 0.81 / 0.75 (timeline dated right 0.93, 0.95)
    "blind-ci": {"timeline": 0.87, "merged": 0.49, "who": 0.72, "numbers": 0.73, "names": 0.69, "absent": 1.0},
    "blind-cj": {"timeline": 0.88, "merged": 0.63, "who": 0.72, "numbers": 0.76, "names": 0.70, "absent": 1.0},
    # blind CK's and CL's first runs (the code of 65d8a39), timeline / merged / who / numbers / names: CK 0.92 / 0.80 /
    # 0.91 / 1.00 / 1.00, CL 0.92 / 0.50 / 0.81 / 0.93 / 0.93 (timeline dated right 0.92, 0.92)
    "blind-ck": {"timeline": 0.87, "merged": 0.75, "who": 0.86, "numbers": 0.95, "names": 0.95, "absent": 1.0},
    "blind-cl": {"timeline": 0.87, "merged": 0.45, "who": 0.76, "numbers": 0.88, "names": 0.88, "absent": 1.0},
    # blind CM's and CN's and tuning 31's first runs (the code of aac6dfa), timeline / merged / who / numbers / names:
    # CM 0.97 / 0.82 / 0.83 / 0.95 / 0.67, CN 0.84 / 0.51 / 0.73 / 0.70 / 0.73, tuning 31 0.85 / 0.67 / 0.67 / 0.75 /
    # 0.80 (timeline dated right 0.97, 0.85, 0.85)
    "blind-cm": {"timeline": 0.92, "merged": 0.77, "who": 0.78, "numbers": 0.90, "names": 0.62, "absent": 1.0},
    "blind-cn": {"timeline": 0.79, "merged": 0.46, "who": 0.68, "numbers": 0.65, "names": 0.68, "absent": 1.0},
    "tuning31": {"timeline": 0.80, "merged": 0.62, "who": 0.62, "numbers": 0.70, "names": 0.75, "absent": 1.0},
    "blind-co": {"timeline": 0.90, "merged": 0.60, "who": 0.63, "numbers": 0.87, "names": 0.79, "absent": 1.0},
    "blind-cp": {"timeline": 0.84, "merged": 0.61, "who": 0.79, "numbers": 0.83, "names": 0.84, "absent": 1.0},
    "tuning32": {"timeline": 0.86, "merged": 0.74, "who": 0.83, "numbers": 0.83, "names": 0.89, "absent": 1.0},
    # blind CQ's and CR's and tuning 33's first runs (the code of dc5ce26), timeline / merged / who / numbers / names:
    # CQ 0.81 / 0.76 / 0.80 / 0.76 / 0.58, CR 0.93 / 0.62 / 0.72 / 0.95 / 0.83, tuning 33 0.94 / 0.67 / 0.68 / 0.73 / 0.58
    # (timeline dated right 0.83, 0.93, 0.94); CQ absent 2 of 3 ("PT Garam" found a salt maker with "Garam" in its name)
    "blind-cq": {"timeline": 0.76, "merged": 0.71, "who": 0.75, "numbers": 0.71, "names": 0.53, "absent": 0.66},
    "blind-cr": {"timeline": 0.88, "merged": 0.57, "who": 0.67, "numbers": 0.90, "names": 0.78, "absent": 1.0},
    "blind-cs": {"timeline": 0.89, "merged": 0.54, "who": 0.81, "numbers": 0.79, "names": 0.89, "absent": 1.0},
    "blind-ct": {"timeline": 0.81, "merged": 0.73, "who": 0.62, "numbers": 0.64, "names": 0.76, "absent": 1.0},
    "tuning33": {"timeline": 0.89, "merged": 0.62, "who": 0.63, "numbers": 0.68, "names": 0.53, "absent": 1.0},
    # tuning 34's merged floor was lowered 0.64 -> 0.58 in the fiftieth session: once its insurer's claims director was
    # read with the insurer ("Direktur Klaim X, Y"), the insurer's short form joined it and the arbitration filing no
    # longer fell into one item with the English telling of the partial payment, whose passage told the filing too
    "tuning34": {"timeline": 0.91, "merged": 0.58, "who": 0.65, "numbers": 0.79, "names": 0.76, "absent": 1.0},
    # blind CU's and CV's and tuning 35's first runs (the code of 98e4a10), timeline / merged / who / numbers / names:
    # CU 0.97 / 0.81 / 0.81 / 0.83 / 0.87, CV 0.90 / 0.71 / 0.84 / 0.94 / 0.78, tuning 35 0.81 / 0.83 / 0.54 / 0.57 / 0.56
    "blind-cu": {"timeline": 0.92, "merged": 0.76, "who": 0.76, "numbers": 0.78, "names": 0.82, "absent": 1.0},
    "blind-cv": {"timeline": 0.85, "merged": 0.66, "who": 0.79, "numbers": 0.89, "names": 0.73, "absent": 1.0},
    "tuning35": {"timeline": 0.75, "merged": 0.78, "who": 0.49, "numbers": 0.52, "names": 0.51, "absent": 1.0},
    # blind CW's and CX's and tuning 36's first runs (the code of 7bfbe79), timeline / merged / who / numbers / names:
    # CW 0.90 / 0.71 / 0.69 / 0.68 / 0.89, CX 0.98 / 0.86 / 0.75 / 0.71 / 0.70, tuning 36 0.90 / 0.60 / 0.80 / 0.94 / 0.95
    # (timeline dated right 0.92, 0.98, 0.93)
    "blind-cw": {"timeline": 0.85, "merged": 0.65, "who": 0.64, "numbers": 0.62, "names": 0.83, "absent": 1.0},
    "blind-cx": {"timeline": 0.93, "merged": 0.80, "who": 0.70, "numbers": 0.65, "names": 0.65, "absent": 1.0},
    "blind-cy": {"timeline": 0.87, "merged": 0.65, "who": 0.65, "numbers": 0.75, "names": 0.87, "absent": 1.0},
    "blind-cz": {"timeline": 0.80, "merged": 0.78, "who": 0.76, "numbers": 0.85, "names": 0.87, "absent": 1.0},
    "blind-da": {"timeline": 0.87, "merged": 0.78, "who": 0.72, "numbers": 0.69, "names": 0.78, "absent": 1.0},
    "blind-db": {"timeline": 0.91, "merged": 0.74, "who": 0.83, "numbers": 0.89, "names": 0.79, "absent": 1.0},
    "blind-dc": {"timeline": 0.65, "merged": 0.58, "who": 0.86, "numbers": 0.79, "names": 0.80, "absent": 1.0},
    "blind-dd": {"timeline": 0.86, "merged": 0.65, "who": 0.81, "numbers": 0.83, "names": 0.86, "absent": 1.0},
    "tuning36": {"timeline": 0.84, "merged": 0.55, "who": 0.75, "numbers": 0.89, "names": 0.89, "absent": 1.0},
    "tuning37": {"timeline": 0.82, "merged": 0.66, "who": 0.70, "numbers": 0.82, "names": 0.67, "absent": 1.0},
    "tuning38": {"timeline": 0.85, "merged": 0.86, "who": 0.75, "numbers": 0.77, "names": 0.87, "absent": 1.0},
    "tuning39": {"timeline": 0.71, "merged": 0.95, "who": 0.62, "numbers": 0.74, "names": 0.87, "absent": 1.0},
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_key_is_sound(name):
    key_path, folder = SETS[name]
    key = json.loads(key_path.read_text(encoding="utf-8"))
    files = {e["file"] for e in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))}
    assert files == {p.name for p in folder.glob("*.txt")}
    texts = {f: norm((folder / f).read_text(encoding="utf-8")) for f in files}
    for event in key["timeline"]:
        assert event["basis"] in ("stated", "anchored", "reported"), event
        for file, evidence in event["evidence"].items():
            assert norm(evidence) in texts[file], (file, evidence)
    for entry in key.get("numbers", []):
        assert norm(entry["text"]) in texts[entry["file"]], entry
    for name_ in key.get("absent", []):
        assert all(norm(name_) not in text for text in texts.values()), name_


def holds_its_scores(name: str, show, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Score set ``name`` and check each measure against its floor."""
    # a copy of the store Alembic migrated once in this process, as the other tests' stores are (~0.1 s a key saved)
    tally = run_answer_eval(*SETS[name], database_url=migrated_sqlite(tmp_path / "answers.db"))
    show(f"\n[answers] {name}\n{tally.table()}")
    for measure, floor in FLOORS[name].items():
        share = tally.share(measure)
        assert share is not None and share >= floor, (measure, share, tally.misses.get(measure, [])[:10])


# the sets are scored in three files (the tuning sets here, the blind sets in two halves in
# test_answer_keys_blind_*.py) so that the test workers share them
BLIND = sorted(name for name in SETS if name.startswith("blind"))
BLIND_HALVES = (BLIND[:len(BLIND) // 2], BLIND[len(BLIND) // 2:])


@pytest.mark.parametrize("name", sorted(set(SETS) - set(BLIND)))
def test_answers_hold_their_scores(name, show, tmp_path):
    holds_its_scores(name, show, tmp_path)
