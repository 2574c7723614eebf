#!/usr/bin/env python3
"""Lists import cycles between the modules (files) of each crate in the workspace.

A module imports another when it names a path into it (`use crate::a::b`, `crate::a::f()`,
`super::x`, `self::child::y`); declaring a child (`mod child;`) is not an import. Every group of
modules that reach each other through imports is printed; the exit code is 1 when there is one.
Used by CI: a newcomer should be able to read any module knowing only what it imports.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PATH_RE = re.compile(r"\b(crate|super|self)((?:::[A-Za-z_][A-Za-z0-9_]*)+)")
USE_GROUP_RE = re.compile(r"\buse\s+(crate|super|self)((?:::[A-Za-z_][A-Za-z0-9_]*)*)::\{([^;]*)\};", re.S)
COMMENT_RE = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
STRING_RE = re.compile(r'"(?:\\.|[^"\\])*"')


def module_files(src):
    """Maps module paths (tuples) to files, following the file layout of `src/`."""
    mods = {}
    for dirpath, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            full = os.path.join(dirpath, f)
            rel = os.path.relpath(full, src)[:-3].split(os.sep)
            if rel in (["lib"], ["main"]):
                path = ()
            elif rel[-1] == "mod":
                path = tuple(rel[:-1])
            else:
                path = tuple(rel)
            mods[path] = full
    return mods


def resolve(mods, here, head, rest):
    """The module a path names: the longest existing module prefix."""
    if head == "crate":
        base = ()
    elif head == "self":
        base = here
    else:
        base = here[:-1]
        while rest and rest[0] == "super":
            base, rest = base[:-1], rest[1:]
    best = None
    for i in range(len(rest) + 1):
        cand = base + tuple(rest[:i])
        if cand in mods:
            best = cand
    return best


def imports(mods, here, text):
    text = STRING_RE.sub('""', COMMENT_RE.sub("", text))
    targets = set()
    for m in USE_GROUP_RE.finditer(text):
        head, prefix, group = m.group(1), m.group(2), m.group(3)
        for item in re.split(r"[,{}\s]+", group):
            item = item.split("::")
            rest = [p for p in prefix.split("::") if p] + [p for p in item if p and p != "self"]
            t = resolve(mods, here, head, rest)
            if t is not None:
                targets.add(t)
    for m in PATH_RE.finditer(text):
        rest = [p for p in m.group(2).split("::") if p]
        t = resolve(mods, here, m.group(1), rest)
        if t is not None:
            targets.add(t)
    targets.discard(here)
    return targets


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def main():
    # `--max N`: a ratchet while known cycles are being removed; no new one may appear.
    limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else 0
    crates = os.path.join(ROOT, "crates")
    found = 0
    for crate in sorted(os.listdir(crates)):
        src = os.path.join(crates, crate, "src")
        if not os.path.isdir(src):
            continue
        mods = module_files(src)
        graph = {}
        for path, file in mods.items():
            with open(file, encoding="utf-8") as fh:
                graph[path] = imports(mods, path, fh.read())
        for comp in cycles(graph):
            found += 1
            names = [os.path.relpath(mods[p], ROOT) for p in comp]
            print(f"cycle: {' <-> '.join(names)}")
    print(f"{found} import cycles (at most {limit} allowed)")
    return 1 if found > limit else 0


if __name__ == "__main__":
    sys.exit(main())
