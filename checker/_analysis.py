"""The state object the rules read: one document, its mentions, sentences and measures."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from claims._context import content_words, split_sentences
from claims._records import Document, Interval, Mention, Sentence

if TYPE_CHECKING:
    from ._records import Check

__all__ = ["NEGATION", "Analysis"]

#: words that turn a measure into its complement: recorded / unrecorded
NEGATION = re.compile(
    # 'un' + word, but not 'university' or 'universal', 'union', 'unit', 'under', 'until', 'unless', 'unique';
    # nor a manner or a kind ('swim 25 metres unaided', 'unannounced inspections', 'unaccompanied children',
    # 'unauthorised absence', 'unincorporated community groups'; 'unwanted fire signals' name a
    # kind of call, not the rest of the 'wanted' ones)
    # ('not far behind', 'not least', 'not only' qualify; they deny nothing)
    # (nor does a change denied: 'a grant of £62,000 that has not gone up for three years' is
    # all of the grant, its level unchanged)
    r"\b(?:(?:not(?!\s+(?:far|least|only)\b)|(?:do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should)n['’]t)"
    r"(?!\s+(?:been\s+)?(?:gone\s+(?:up|down)|go\s+(?:up|down)|risen|rise|increased?|grown|grow|fallen|fall|decreased?|kept\s+pace)\b)|never|nobody|no-one|no longer|failed|fail|fails|failing|failings|failures?|"
    r"un(?!ivers|ion|it|der|til|less|ique|iform|animous|aided|assisted|supervised|accompanied|announced|precedented|authori[sz]|incorporat|wanted|"
    # 'uncovered a breach', 'unveiled', 'unlocked funding': done, not undone
    r"cover|veil|leash|ravel|earth|lock|load|pack|wrap|fold)[a-z]{4,}|"
    # 'dissatisfied', 'disagreed'; 'no bigger than' is a bound, not a negation; 'outside' is
    # a side of a limit (_outside in _source_text), or a place ('outside Westmere town', 'one night outside');
    # 'time lost to handovers', 'heat lost from the pipes', 'lost 18 days to sickness' are measures, not what was not done; 'reported missing',
    # 'missing children' name whom a report is about, not what was not done; nor does 'report
    # a missed bin', 'each missed appointment' (the event counted, named)
    r"dis(?:satisf|agree|approv|content)[a-z]*|ineffective|"
    # 'still lacked a working alarm' (not the noun, 'the lack of it was the commonest reason',
    # nor a group named by what it lacks, 'the proportion of adults lacking digital skills')
    r"lack(?:s|ed)?(?!\s+of\b)|"
    r"without(?!\s+(?:fear|delay|hesitation|incident|difficulty)\b)|no\s+(?!more\b|less\b|fewer\b|longer\b|later\b|sooner\b|doubt\b|change\b|one\b|further\b|"
    r"(?:bigger|larger|greater|higher|smaller|lower|better|worse)\b)(?=[a-z]{3,})|(?<!near-)(?<!near )(?:miss|misses)|(?<!\ba )(?<!each )(?<!every )(?<!\bany )missed|(?<!reported )(?<!went )(?<!gone )(?<!go )(?<!goes )(?<!going )(?<!been )missing(?!\s+(?:children|child|persons?|people|episodes?|incidents?|from\s+home)\b)|rejected|refused|turned (?:down|away)|"
    # 'declined the screen', 'declined to take part' (not a fall: 'declined to 41', 'declined sharply')
    r"declined(?=\s+(?:the|an?|their|his|her|its|offers?|invitations?|treatment|screening|vaccination|help|support|to\s+(?!\d)[a-z]))|"
    r"(?:decided|opted|chose|chosen|voted|advised) against|(?:ran|run|runs|running|went|go|goes|going) (?:short|without)|"
    r"slipped (?:through|past|out|away)|(?<!time )(?<!hours )(?<!days )(?<!shifts )(?<!minutes )(?:lost|losing)(?!\s+(?:their|his|her|its)\s+li(?:fe|ves))(?!\s+(?:(?:more than|over|about|around|nearly|almost|some)\s+)?(?:[\d,.]+\s+[a-z]+\s+)?(?:to|from|through)\b)|escaped|rest|remainder|remaining|the other(?=\s+(?:[£$€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|empty|vacant|vacancy|vacancies|void|left out|"
    # 'below an acceptable standard' is what 'failed the standard' says
    r"(?:fell\s+|falls?\s+|falling\s+)?below\s+(?:an?\s+|the\s+)?(?:acceptable\s+|required\s+|minimum\s+|expected\s+)?standards?|sub-?standard)\b",
    re.I,
)
_ALL_BUT = re.compile(r"\ball but\s+$", re.I)
#: negative adjectives that may be a document's subject ('Empty homes', 'Vacant posts')
_THEME_ADJECTIVES = frozenset({"empty", "vacant", "void"})
_DEFINING_ASIDE = re.compile(r"\s[-–—]\s+the\s+(?:share|proportion|percentage|number|rate)\s+of\b.*?\s[-–—]\s|"
                             r"\(\s*the\s+(?:share|proportion|percentage|number|rate)\s+of\b[^)]*\)", re.I)
#: a clause that opens on its verb, its subject said before it
_VERB_OPENS = re.compile(r"\W*(?:fell|rose|was|were|is|are|stood|increased|decreased|dropped|climbed|grew|remained|reached|improved|"
                         r"worsened|went)\b", re.I)
#: a verb of backing or saying, then what was backed or said ('supported a new expectation that')
_SAID_THAT = re.compile(r"\s+(?:of\s+\w+\s+)?(?:supported|backed|agreed|said|felt|thought|believed|favoured|preferred|welcomed|"
                        r"wanted|endorsed)\b[^.;:]{0,60}?\bthat\b", re.I)
_WITHIN = re.compile(r"\b(?:within|inside|in under|no more than|or less|or fewer)\b")
_PAST = re.compile(r"\b(?:longer than|more than|over|beyond|outside|exceed(?:ed|ing)?|after|late)\b")
#: clause breaks; 'and' after a figure opens a clause when a noun and another figure follow with
#: the verb left out ('A plaque costs £285 and a memorial tree £395': the tree is the £395's);
#: 'of which' is no break ('48,210 requests, 38 per cent of which were handled without ...')
_CLAUSE = re.compile(r"[;:–—()]|\s-\s(?=(?:meaning|leaving|while|whereas|but|although|though|and)\b)|,\s|\band\b(?=\s+(?:[£$€]?\d|just|only|some|about|around|nearly|almost|the (?:remaining|rest|other)\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+[a-z]))|\band\b(?=\s+(?!(?:over|under|up|down|to|from|between|more|less|fewer|than|with|per|in|of|at|by|for|nearly|almost|about|around|just|only|some)\b)[a-z]{3,}(?:\s+(?:in|up|out|off|down|away|back))?(?:\s+(?:another|a\s+further))?\s+(?!(?:19|20)\d\d\b)[£$€]?\d)|(?:(?<=\d )|(?<=% )|(?<=cent ))and\b(?=\s+(?:a|an|the)\s+(?:(?!(?:of|is|was|were|are|at|in|on|for|to|by|with|from)\b)[a-z-]+\s+){1,3}[£$€]?\d)|\band\b(?=\s+(?!(?:the|a|an|over|under|up|down|to|from|between|more|less|fewer|than|with|per|in|of|at|by|for|nearly|almost|about|around|just|only|some)\b)[a-z]{3,}\s+[a-z]{3,}\s+(?:(?:nearly|almost|about|around|just|some|roughly)\s+)?(?:[£$€]?\d|a\s+(?:third|quarter|fifth|tenth)\b|half\b))|(?<!\bof )\bwhich\b|\bwhile\b|\bbut\b|\bwhereas\b|\bbecause\b(?=[^.;,]*\d)|\bcompared with\b|\bthan\b")


#: the group a share is of, set off by a comma ('of those turned down,', 'among those refused,')
_OF_GROUP = re.compile(r"\b(?:of|among|amongst)\s+(?:those|them|all)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s*,", re.I)
_AND = re.compile(r"\band\b")
_ADVISED = re.compile(r"\b(?:advis|urg|warn|told|tell|ask)\w*\s+(?:[a-z]+\s+){0,2}$", re.I)
_REASON = re.compile(r"\b(?:because|due to|owing to)\b")
#: ... and, after an amount, the cases it arose in ('wrote off £18,400 of debt in cases where the
#: sale did not raise enough': all of the sum written off)
_REASON_OR_WHO = re.compile(r"\b(?:because|due to|owing to|who|where|when|if)\b")
#: an abbreviation defined in brackets after what it stands for ('did not attend (DNAs)')
_DEFINED = re.compile(r"\(([A-Z]{2,6})s?\)")
#: a turn to another subject within a sentence
_CONTRAST = re.compile(r"\b(?:while|whereas|but|compared with|against|than)\b")
#: an abbreviation used ('the DNA rate', 'DNAs')
_ACRONYM = re.compile(r"\b([A-Z]{2,6})s?\b")


#: a state that is not so, as a table's row label gives it ('Unclassified roads' is a kind of road) ...
_UNDONE = re.compile(r"\bun(?:available|able|met|successful|satisfactory|resolved|answered|filled|recorded|paid|treated|vaccinated|protected|seen)\b", re.I)
#: ... and what a column header says is not so
_LABEL_NEGATION = re.compile(rf"\b(?:not|no|non|without|fail|fails|failed|failing|failures?|missed|refused|rejected|vacan(?:t|cy|cies))\b|{_UNDONE.pattern}", re.I)


#: a dateline at the head of an article: a place in capitals, perhaps a date, and a dash
_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’.&]{3,}(?:[ -][A-Z][A-Z'’.&]+)*(?:,[^\n–—]{0,40}?)?[ \t]+(?:–|—|--?)[ \t]+")


class Analysis:
    """What every rule needs about one document, computed once."""

    def __init__(self, doc: Document, mentions: list[Mention]) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions = mentions
        self.by_id = {m.id: m for m in mentions}
        self.sentences: list[Sentence] = split_sentences(doc)
        starts = [s.start for s in self.sentences]
        self.sentence_of: dict[str, int] = {}
        for m in mentions:
            k = bisect.bisect_right(starts, m.start) - 1
            self.sentence_of[m.id] = max(k, 0)
        self.in_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            self.in_sentence.setdefault(self.sentence_of[m.id], []).append(m)
        self.cell_of: dict[str, tuple[int, int, int]] = {}
        if doc.cells:
            cell_starts = [c[0] for c in doc.cells]
            for m in mentions:
                k = bisect.bisect_right(cell_starts, m.start) - 1
                if k >= 0 and doc.cells[k][0] <= m.start < doc.cells[k][1]:
                    self.cell_of[m.id] = doc.cells[k][2:]
        #: where an article's dateline ends ('PENNICK BAY, Saturday 16 May 2026 - '), or 0: the
        #: place a paper writes from is no word of the figures after it
        found = _DATELINE.search(self.text, 0, 600)
        self.dateline = found.end() if found else 0
        self._measure: dict[str, frozenset[str]] = {}
        self._df: dict[str, int] | None = None
        self._clause: dict[str, tuple[int, int]] = {}
        self._negated: dict[str, bool] = {}
        self._clause_words: dict[str, frozenset[str]] = {}
        self._sentence_words: dict[int, frozenset[str]] = {}
        self._limit: dict[int, tuple[bool, bool]] = {}
        self._figures: dict[int, list[Mention]] = {}
        #: what a rule computes once per document and keeps (by the rule's own key)
        self.memo: dict[str, object] = {}
        #: the reports this document is held against (--source: checker._sources.Source)
        self.sources: list[Any] = []
        #: the checks made so far, in rule order: the FC8xx rules join the article's own
        #: checks to the source figures they were worked from
        self.found: list[Check] = []

    # --- positions -----------------------------------------------------------------------
    def sentence(self, m: Mention) -> Sentence:
        return self.sentences[self.sentence_of[m.id]]

    def figures(self, k: int, kinds: frozenset[str] | set[str] | None = None) -> list[Mention]:
        """Comparable mentions of sentence k (optionally of some kinds); a fresh list each time,
        from one made once per sentence."""
        figs = self._figures.get(k)
        if figs is None:
            figs = self._figures[k] = [m for m in self.in_sentence.get(k, []) if m.comparable]
        if kinds is None:
            return list(figs)
        return [m for m in figs if m.kind in kinds]

    # (a line broken inside a sentence, as plain-text and PDF reports wrap them, reads as a
    # space: 'compared\nwith 12.4 per cent' is 'compared with'; the length, and so every
    # offset into what these return, is kept)
    def between(self, a: Mention, b: Mention) -> str:
        """The text between two mentions (lower case)."""
        return self.text[a.end:b.start].lower().replace("\n", " ")

    def before(self, m: Mention, chars: int = 60, sentence: bool = True) -> str:
        start = self.sentence(m).start if sentence else 0
        hs = m.get("hedge_start")
        end = hs if hs is not None else m.start
        return self.text[max(start, end - chars):end].lower().replace("\n", " ")

    def after(self, m: Mention, chars: int = 60, sentence: bool = True) -> str:
        end = self.sentence(m).end if sentence else len(self.text)
        return self.text[m.end:min(end, m.end + chars)].lower().replace("\n", " ")

    def sentence_text(self, k: int) -> str:
        s = self.sentences[k]
        return self.text[s.start:s.end]

    def clause(self, m: Mention) -> tuple[int, int]:
        """The clause around a mention: from the last clause break before it to the next
        (looking at most 300 characters either way)."""
        got = self._clause.get(m.id)
        if got is None:
            s = self.sentence(m)
            lo = max(s.start, m.start - 300, self.dateline if self.dateline <= m.start else 0)
            cut = lo
            # the look-ahead of 'and' before a figure must see the figure: search past it
            for x in _CLAUSE.finditer(self.text, lo, min(max(m.start + 8, m.end + 1), len(self.text))):
                if x.end() <= m.start:
                    cut = x.end()
            hi = min(s.end, m.end + 300)
            nxt = _CLAUSE.search(self.text, m.end, hi)
            got = (cut, nxt.start() if nxt else hi)
            if nxt is not None and self.text[nxt.start():nxt.start() + 2] == ", ":
                # a figure restated in an aside after it ('15.1 percent of crimes, roughly one in
                # seven, go unrecorded'): its clause runs on past the aside
                close = self.text.find(", ", nxt.start() + 2, hi)
                if close > 0 and any(nxt.start() + 2 <= (o.get("hedge_start") if o.get("hedge_start") is not None else o.start)
                                     and o.end == close and not self.text[nxt.start() + 2:o.get("hedge_start") or o.start].strip()
                                     for o in self.in_sentence.get(self.sentence_of[m.id], [])):
                    after = _CLAUSE.search(self.text, close + 2, hi)
                    got = (cut, after.start() if after else hi)
            if nxt is not None and self.text[nxt.start()] == "(" and len(self.text[m.end:nxt.start()].split()) <= 3:
                # a figure restated in brackets right after it ('Fewer than one in ten parents
                # (7%) said they had decided against'): its clause runs on past the brackets
                close = self.text.find(")", nxt.start(), hi)
                if close > 0 and any(nxt.start() < o.start and o.end <= close for o in self.in_sentence.get(self.sentence_of[m.id], [])) \
                        and not re.search(r"[a-z]{4,}", self.text[nxt.start():close]):
                    after = _CLAUSE.search(self.text, close + 1, hi)
                    got = (cut, after.start() if after else hi)
            if self._aside(m, got):
                # a figure alone in brackets restates the one before it ('Nearly a third of fires
                # (31.7 per cent) were not reached'): its clause is the one the brackets sit in
                open_, close = (got[0] - 1, got[1]) if self.text[got[0] - 1] in "(–—" else (got[0] - 2, got[1] + 1)
                cut = lo
                for x in _CLAUSE.finditer(self.text, lo, open_):
                    if x.end() <= open_:
                        cut = x.end()
                after = _CLAUSE.search(self.text, close + 1, hi)
                got = (cut, after.start() if after else hi)
            start = m.get("hedge_start")
            start = m.start if start is None else start
            sep = got[0] - 1 if self.text[got[0] - 1:got[0]] == ":" else got[0] - 2 if re.match(r",\s", self.text[got[0] - 2:got[0]]) else -1
            if sep > lo and not self.text[got[0]:start].strip() and not self.text[m.end:s.end].strip(" .;\n"):
                # a figure that is all a labelled line says after its label ('- too busy or
                # could not get to a clinic: 18 per cent'), or all an aside at the end of its
                # sentence says ('after the steepest fall of any service, 4.8 percentage
                # points'): what it follows is its clause
                cut = lo
                for x in _CLAUSE.finditer(self.text, lo, sep):
                    if x.end() <= sep:
                        cut = x.end()
                got = (cut, got[1])
            self._clause[m.id] = got
        return got

    def _aside(self, m: Mention, span: tuple[int, int]) -> bool:
        """Whether a figure stands alone in brackets, between commas or between dashes,
        restating the one before it: '(31.7 per cent)', 'more than half of respondents, 56.6
        per cent, did not'."""
        a, b = span
        start = m.get("hedge_start")
        if self.text[a:start if start is not None else m.start].strip() or self.text[m.end:b].strip():
            return False
        if a > 0 and self.text[a - 1] == "(" and b < len(self.text) and self.text[b] == ")":
            return True
        if a > 0 and self.text[a - 1] in "–—" and self.text[b:b + 1] in ("–", "—"):
            # between dashes, a share restated ('more than a quarter – 28.2 per cent – of
            # families waited'); not a share worked from a count ('19 of them – roughly one in
            # 13 – failed': the share is of the count's clause, not of what follows)
            before = [o for o in self.in_sentence.get(self.sentence_of[m.id], []) if o.end <= a - 2 and o.comparable]
            return bool(before) and before[-1].kind in ("percent", "fraction", "ratio")
        return self.text[max(0, a - 2):a] == ", " and self.text[b:b + 2] == ", " and any(
            o.end <= a - 2 and o.kind in ("percent", "fraction", "ratio", "count") for o in self.in_sentence.get(self.sentence_of[m.id], []))

    def clause_text(self, m: Mention) -> str:
        a, b = self.clause(m)
        return self.text[a:b]

    def opposite(self, a: Mention, b: Mention) -> bool:
        """Whether two figures measure opposite things: one negated and not the other
        ('recorded' / 'unrecorded'), or one within a limit and the other past it ('within 30
        minutes' / 'took longer than the 30 minutes')."""
        if self.negated(a) != self.negated(b):
            return True
        inside_a, past_a = self._limits(self.sentence_of[a.id])
        inside_b, past_b = self._limits(self.sentence_of[b.id])
        return (inside_a and past_b and not inside_b) or (inside_b and past_a and not inside_a)

    def _limits(self, k: int) -> tuple[bool, bool]:
        got = self._limit.get(k)
        if got is None:
            t = self.sentence_text(k).lower()
            got = self._limit[k] = (bool(_WITHIN.search(t)), bool(_PAST.search(t)))
        return got

    def negated(self, m: Mention) -> bool:
        got = self._negated.get(m.id)
        if got is None:
            # 'All but 3.7 per cent of drivers completed': the clause opens after its 'but'
            # (the group a share is of, set off by a comma, is no polarity of the share's: 'More
            # than half of those turned down, 58 per cent, had income above the limit')
            # (nor is an aside that defines the measure, between dashes or in brackets: 'the
            # contamination rate - the share of material rejected at the plant - fell to 14.8 per cent')
            own = self._own_clause_text(m)
            c0 = self.clause(m)[0]
            dashes = list(re.finditer(r"\s[-–—]\s", self.text[c0:m.start]))
            if dashes and re.search(r"\s[-–—]\s", self.text[self.sentence(m).start:c0]):
                # the close of an aside the clause breaks opened before it ('a Category 1 hazard -
                # the most serious level of risk, which can include faulty wiring, missing fire doors
                # or severe damp - in 37.5 per cent'): the aside's words are not the figure's
                own = own[dashes[-1].end():]
            own = _DEFINING_ASIDE.sub(" ", _OF_GROUP.sub(" ", own))
            # (what people were told not to do is the advice, not its figure's polarity: 'warnings
            # advising people not to swim on 47 days' counts days of warnings)
            got = any(not self._theme(n, own) and not (_ADVISED.search(own, 0, n.start()) and re.match(r"\s+to\b", own[n.end():]))
                      for n in NEGATION.finditer(own)) or bool(_ALL_BUT.search(self.before(m, 12)))
            if got and not _ALL_BUT.search(self.before(m, 12)):
                # a negation inside what the figure's people backed or said ('61 per cent supported
                # a new expectation that premises should not display gaming machines') is the
                # proposal's, not the figure's: read only the clause up to that 'that'
                start, end = self.clause(m)
                said = _SAID_THAT.search(self.text, m.end, end)
                if said is not None:
                    # (what they said before the 'that' is theirs: '42 per cent said it was not or
                    # that there had been no change')
                    got = bool(NEGATION.search(self.text[start:said.end()]))
            if not got and not _ALL_BUT.search(self.before(m, 12)):
                # a clause that opens on its verb takes the sentence's subject, set off before it
                # ('The vacancy rate, measured as ..., fell from 10.2% to 7.7%')
                start, _end = self.clause(m)
                s0 = self.sentence(m).start
                if start > s0 and _VERB_OPENS.match(self.text, start, m.start):
                    subject = re.match(r"[^,;:()–—]*", self.text[s0:start])
                    got = bool(subject and NEGATION.search(subject.group()))
            if not got and re.search(r"\bf[ae]ll(?:s|ing)?\s+short\b", self.text[m.end:self.clause(m)[1]]):
                # '82.5 per cent of audits fell short': the figure is what fell short (not a
                # target it fell short of: 'falling short of its target of 96.5 per cent')
                got = True
            if not got and m.kind == "percent" and re.match(r"\s*of\s+(?:those|the|all|them)\b", self.text[m.end:m.end + 12]) \
                    and re.search(r"\w\s*(?:,|\s[-–—])\s*$", self.before(m, 4)):
                # a share in apposition takes the polarity of the count it restates: 'The 11
                # premises without one, 8.5 per cent of those inspected'
                prev = [o for o in self.in_sentence.get(self.sentence_of[m.id], ()) if o.end <= m.start]
                got = bool(prev) and bool(NEGATION.search(self.clause_text(prev[-1])))
            if not got:
                # a term the document defines by a negation ('appointments that patients did not
                # attend (DNAs)'): 'the DNA rate' counts what was not done
                terms = self._negated_terms()
                # (said before the figure in its sentence, as far back as a contrast: 'the highest
                # DNA rate of any specialty, at 12.7%, followed by dermatology at 11.4%', not
                # 'a DNA rate of 14.6%, while patients aged 75 and over had a rate of 4.3%')
                if terms:
                    lead = self.text[self.sentence(m).start:self.clause(m)[1]]
                    lead = _CONTRAST.split(lead)[-1]
                    got = any(t in terms for t in _ACRONYM.findall(lead))
            cell = self.cell_of.get(m.id)
            if cell is not None and not got:
                # a table cell says what it counts by its column header ('Not seen within 4
                # hours') and by a row label that is a state ('Surgeon or anaesthetist
                # unavailable'), not by a group it names ('Not eligible for free school meals')
                table, row, col = cell
                head, label = self._labels().get((table, 0, col), ""), self._labels().get((table, row, 0), "")
                got = bool(_LABEL_NEGATION.search(head) or _UNDONE.search(label))
            self._negated[m.id] = got
        return got

    def _theme(self, found: re.Match[str], text: str) -> bool:
        """Whether a negative adjective names what the whole document is about: 'empty' before
        its noun in a report headed 'Empty homes' counts no complement ('394 complaints about
        empty homes' are all its complaints); said of the figure ('3.4 per cent of the stock was
        void') it still tells which side the figure is."""
        w = found.group(0).lower()
        return w in _THEME_ADJECTIVES and re.search(rf"\b{w}\b", self.text[:300], re.I) is not None \
            and re.match(r"\s+(?!(?:for|from|since|during|after|until|at|in|on|of|with)\b)[a-z]{3,}", text[found.end():]) is not None \
            and not re.search(r"\b(?:was|were|is|are|be|been|being|stood|stand|standing|remained|remain|left|lay|lie)\s+"
                              r"(?:(?:both|all|each|still|often|mostly|largely|now)\s+)?$", text[:found.start()], re.I)

    def _own_clause_text(self, m: Mention) -> str:
        """A figure's clause up to the 'and' before another figure in it: 'blamed for 41 per
        cent of the longest waits and medicines not being ready for 37 per cent' says the
        'not' of the 37."""
        start, end = self.clause(m)
        hs = m.get("hedge_start")
        if isinstance(hs, int) and hs < start <= m.start and re.search(r"\bthan\s*$", self.text[hs:start]):
            # a hedge is the figure's own: the 'than' of 'empty for more than half' cuts off no
            # negation said before it
            start = max((x.end() for x in _CLAUSE.finditer(self.text, self.sentence(m).start, hs) if x.end() <= hs),
                        default=self.sentence(m).start)
        later = [o.start for o in self.in_sentence.get(self.sentence_of[m.id], ()) if m.end < o.start < end]
        if later:
            cut = max((x.start() for x in _AND.finditer(self.text, m.end, later[0])), default=None)
            if cut is not None:
                end = cut
        # a reason given after a count is no polarity of it: '73 tenancies were ended because
        # the land was not being worked' (nor, of an amount, what the people it is for did not
        # do: 'a hardship fund of £150,000 a year to help households who cannot pay')
        # (a share's reason may be what it counts: '7 per cent of appointments were wasted
        # because learners failed to turn up')
        reason = _REASON_OR_WHO.search(self.text, m.end, end) if m.kind == "money" else \
            _REASON.search(self.text, m.end, end) if m.kind == "count" else None
        if reason is not None:
            end = reason.start()
        return self.text[start:end]

    def _negated_terms(self) -> frozenset[str]:
        """Abbreviations the document defines by a negated phrase ('did not attend (DNAs)')."""
        got = self.memo.get("negated_terms")
        if not isinstance(got, frozenset):
            got = frozenset(d.group(1) for d in _DEFINED.finditer(self.text)
                            if NEGATION.search(self.text[max(0, d.start() - 40):d.start()]))
            # an article uses the terms of the report it quotes without defining them again
            got = got.union(*(src.analysis._negated_terms() for src in self.sources))
            self.memo["negated_terms"] = got
        return got

    def _labels(self) -> dict[tuple[int, int, int], str]:
        """The text of each table's header cells (row 0) and row labels (column 0), by (table, row, column)."""
        got = self.memo.get("cell_labels")
        if not isinstance(got, dict):
            got = self.memo["cell_labels"] = {(t, r, c): self.text[a:b] for a, b, t, r, c in self.doc.cells if r == 0 or c == 0}
        return got

    def column_header(self, m: Mention) -> str:
        """The header (row 0) of the table column a cell figure stands in; '' for a figure of the prose."""
        cell = self.cell_of.get(m.id)
        return self._labels().get((cell[0], 0, cell[2]), "") if cell is not None else ""

    def row_label(self, m: Mention) -> str:
        """The label (column 0) of the table row a cell figure stands in; '' for a figure of the prose."""
        cell = self.cell_of.get(m.id)
        return self._labels().get((cell[0], cell[1], 0), "") if cell is not None else ""

    # --- measures ------------------------------------------------------------------------
    def measure(self, m: Mention) -> frozenset[str]:
        """Stems of the content words near a figure within its sentence."""
        got = self._measure.get(m.id)
        if got is None:
            s = self.sentence(m)
            left = self.text[max(s.start, m.start - 70):m.start]
            right = self.text[m.end:min(s.end, m.end + 70)]
            words = content_words(left)[-6:] + content_words(right)[:6]
            if m.id in self.cell_of:
                words = list(self.clause_words(m))
            got = frozenset(w for w in words if not w[0].isdigit())
            self._measure[m.id] = got
        return got

    def overlap(self, a: Mention, b: Mention) -> int:
        return len(self.measure(a) & self.measure(b))

    def clause_words(self, m: Mention) -> frozenset[str]:
        """Stems of a figure's clause; for a table cell, its row label and column header."""
        got = self._clause_words.get(m.id)
        if got is not None:
            return got
        cell = self.cell_of.get(m.id)
        if cell is not None:
            table, row, col = cell
            words: list[str] = []
            for start, end, t, r, c in self.doc.cells:
                if t == table and ((r == row and c == 0) or (r == 0 and c == col)):
                    words += content_words(self.text[start:end])
            got = frozenset(words)
        else:
            got = frozenset(content_words(self.clause_text(m)))
        self._clause_words[m.id] = got
        return got

    def sentence_words(self, m: Mention) -> frozenset[str]:
        if m.id in self.cell_of:
            return self.clause_words(m)
        k = self.sentence_of[m.id]
        got = self._sentence_words.get(k)
        if got is None:
            s = self.sentences[k]
            start = self.dateline if s.start < self.dateline < s.end else s.start
            got = self._sentence_words[k] = frozenset(content_words(self.text[start:s.end]))
        return got

    def weight(self, words: frozenset[str] | set[str]) -> float:
        """Words weighed by how rare they are in the document: 'constabulary' in a report
        on one constabulary says little, 'sexual' says much."""
        if self._df is None:
            df: dict[str, int] = {}
            for s in self.sentences:
                for w in set(content_words(self.text[s.start:s.end])):
                    df[w] = df.get(w, 0) + 1
            self._df = df
        total = 0.0
        for w in words:
            n = self._df.get(w, 1)
            total += 1.0 if n <= 2 else 0.6 if n <= 5 else 0.3
        return total

    def kinship(self, h: Mention, x: Mention) -> float:
        """Both ways round: the words each figure's clause shares with the other's sentence,
        less the qualifiers of x that h's sentence lacks ('sexual offence crimes' is not
        'all crime')."""
        hc, xc = self.clause_words(h), self.clause_words(x)
        hs, xs = self.sentence_words(h), self.sentence_words(x)
        return (self.weight(hc & xs) + self.weight(xc & hs) - self.weight(xc - hs)
                - 0.5 * self.weight(hc - xs))

    def affinity(self, p: Mention, q: Mention) -> float:
        """How surely two figures are of one measure: the words of p's clause found around
        q, less half a point for each qualifier of p's clause that q's sentence lacks, and
        less two when one is timed ('within 24 hours') and the other not."""
        pw, qw = self.clause_words(p), self.sentence_words(q)
        score = len(pw & qw) - 0.5 * len(pw - qw)
        pt, qt = self.clause_text(p).lower(), self.clause_text(q).lower()
        if ("within" in pt) != ("within" in qt):
            score -= 2
        return score

    # --- helpers -------------------------------------------------------------------------
    def share_interval(self, m: Mention) -> Interval:
        """A share mention's interval in percent."""
        iv = m.interval
        if m.kind == "percent":
            return iv
        f = Fraction(100)
        return Interval(None if iv.low is None else iv.low * f, None if iv.high is None else iv.high * f,
                        iv.low_open, iv.high_open)

    def iter_pairs(self, k: int) -> Iterator[tuple[Mention, Mention]]:
        figs = self.figures(k)
        for i, a in enumerate(figs):
            for b in figs[i + 1:]:
                yield a, b
