"""Patterns for garble.verb-second (auditor.checks.garble_verb_second).

OPENER matches a sentence from its start: a time or place opener (or a fronted
subordinate clause ending in a comma), a finite have-verb or modal, optional
adverbs, and the first words of a subject. Group ``subjtime`` marks openers that
can themselves be subjects ("Last year"), ``np``/``cnp`` openers ending in a
common-noun phrase, ``clause`` a fronted clause (which needs its comma).
"""

from __future__ import annotations

import re

from auditor.checks.calendar_words import MONTHS, WEEKDAYS

_MONTH = "|".join(MONTHS)
_DAY = "|".join(WEEKDAYS)
_TIME = f"week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|winter|" \
    f"season|decade|quarter|{_DAY}|{_MONTH}"
_DATE = (rf"(?:(?:early|late|mid-?) ?)?(?:\d{{1,2}} )?(?:{_MONTH})(?: \d{{1,2}})?(?:,? \d{{4}})?"
         rf"|\d{{4}}|{_DAY}|(?:last|next|this) (?:{_TIME})|then|now|today|yesterday|tomorrow"
         r"|the (?:start|beginning|end|middle|outbreak|turn|first half|second half) of "
         r"(?:the )?[\w-]+(?: [\w-]+)?")
_PLACE = r"[A-Z][\w’'-]+(?: (?:of|and|[A-Z][\w’'-]+)){0,3}"
# reporting verbs that German puts second too ("Am Montag teilte die Agentur mit")
_LEXICAL = ("announced|said|reported|explained|stated|declared|confirmed|warned|informed|told|"
            "wrote|emphasi[sz]ed|stressed|noted|added|criticised|criticized")
# verbs of a native inversion before a plural subject ("Next year will come new rules")
_INVERTED = "be|come|begin|start|follow|appear|arrive|emerge|stand|remain|go|rise|lie|sit|open"
_DETNP = r"(?:the|recent|past) [a-z][\w’'-]+(?: [a-z][\w’'-]+){0,2}"
OPENER = re.compile(
    rf"[\"“]?(?:(?P<subjtime>Today|Yesterday|Tomorrow|(?:Last|This|Next) (?:{_TIME})|Earlier "
    rf"(?:this|last) (?:{_TIME}))|Meanwhile|Already|Now|Currently|Recently|Previously|Since then|"
    rf"So far|Until now|Up to now|To date|By then|Until then|Thereafter|At present"
    rf"|Already (?:in|on|at|by|since|until) (?:{_DATE})"
    rf"|(?:Since|From|As of|As from|Starting(?: in| on| from)?|Beginning(?: in)?) (?:{_DATE})"
    r"(?: on| onwards?)?|In future"
    rf"|(?:Since|After|Before|Until|Till|By) (?:{_DATE}|(?P<cnp>{_PLACE}|{_DETNP}))"
    rf"|(?:In|On|At|From|During|Within|Throughout|Over|Across|Inside|Outside|Among|Through) "
    rf"(?:{_DATE}|{_PLACE}|(?P<np>{_DETNP}))"
    r"|(?P<clause>(?:As|When|After|Since|Because|Although|While|Before|Once|Until|Though|"
    r"According to|Following)\b[^,.;:!?\"“”\n]{3,120}(?=,)))"
    r"(?P<comma>,)? (?P<aux>have|has|had|can|could|will|would|must|should|shall|might"
    rf"|(?P<lex>{_LEXICAL})) "
    r"(?P<adv>(?:(?:so far|already|only|also|now|still|even|just|meanwhile|recently|finally|yet|"
    r"since then|in total|however|again|for the first time|(?:this|last) (?:year|month|week)) )*)"
    r"(?P<subj>(?:(?:only|about|around|almost|nearly|some|over|more than|fewer than|less than|"
    r"up to|at least|roughly) )?(?:(?P<det>the|an?|this|these|those|his|her|its|their|our|"
    r"many|several|all|both|most)\b(?: [a-zA-Z][\w’'-]*)?|(?P<name>[A-Z][\w’'-]+)|\d[\d,.]*"
    r"|(?:he|she|we|they|I|you)\b"
    r"|(?:non|anti|pro|ex|self|co|multi|post|pre|inter|cross|semi|sub)-[a-z]+"
    rf"|(?P<plural>(?!(?:{_INVERTED}) )(?:[a-z]{{3,}} )?[a-z]{{3,}}s)\b))"
)
NOT_NAME = frozenset(f"{_MONTH}|{_DAY}".split("|"))
_ADVERBS_IN_S = """always perhaps sometimes nevertheless nonetheless thus besides afterwards
    regardless towards unless less plus was has this his its yes"""
NOT_PLURAL = frozenset(_ADVERBS_IN_S.split())
PARTICIPLE = re.compile(
    r"(?:[a-z]+ ){0,3}?(?:[a-z]{2,}ed|been|made|done|gone|seen|said|told|sold|held|kept|left|lost|"
    r"won|brought|bought|found|built|sent|spent|paid|led|met|set|put|hit|cut|begun|become|come|"
    r"grown|known|shown|given|taken|written|risen|fallen|chosen|broken|stolen)"
    r"(?=[.,;:!]| \d| (?:that|the|an?|by|to|in|on|at|for|with|as|after|before|since|because|and|"
    r"of|about|against|from|into|up|out|off|over)\b)"
)
HYPOTHETICAL = re.compile(r",[^.;]*\b(?:would|could|might)\b")
