"""Word tables for the number grammar: number words, fractions, multiples, hedges, units."""

from __future__ import annotations

from fractions import Fraction

UNITS_WORDS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "nought": 0, "naught": 0,
}
#: words for nought: a number of their own, never the start of a longer one
ZERO_WORDS = frozenset({"zero", "nil", "nought", "naught"})
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}
#: the scale words above a hundred: each closes a group of a written-out number
BIG_SCALES = frozenset(w for w, v in SCALE_WORDS.items() if v >= 1000)
#: abbreviated scales written after digits with a space between: '2.33 k', '10 bln', '1,674.5 G'
#: (matched on the text as written: a spaced lower-case 'm' is a metre, 'b' a bit)
SPACED_SCALE = {
    "k": 1000, "K": 1000, "M": 10**6, "MM": 10**6, "G": 10**9, "bn": 10**9, "mn": 10**6,
    "bln": 10**9, "mln": 10**6, "tln": 10**12, "trn": 10**12,
}
#: a dozen, written out or abbreviated: 'three dozen', '3 dzs', 'five dozs'
DOZEN_WORDS = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})
#: words that make the figure after them negative: 'minus five', 'negative one'
SIGN_WORDS = frozenset({"minus", "negative"})
#: suffixes written straight after digits: 800k, 1.2m, 3.5bn
SCALE_SUFFIX = {
    "k": 1000, "K": 1000, "m": 10**6, "M": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9,
    "B": 10**9, "tn": 10**12, "G": 10**9, "MM": 10**6, "mil": 10**6, "mln": 10**6, "bln": 10**9,
    "tln": 10**12, "trn": 10**12,
}
#: suffixes that are a scale only after a currency sign: '$2.174T' (else tesla or tonnes)
CURRENCY_SCALE_SUFFIX = {"T": 10**12, "tr": 10**12}
#: ordinals that end a compound ordinal: the 'fifth' of 'twenty-fifth' or 'one hundred fifth'
UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9,
}
ORDINAL_WORDS = {
    **UNIT_ORDINALS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}
#: denominators of vulgar fractions: "a third", "two-thirds", "three quarters", "five hundredths"
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **{w: v for w, v in ORDINAL_WORDS.items() if v > 2},
    **{w + "s": v for w, v in ORDINAL_WORDS.items() if v > 2},
}
#: the plural denominators: "three fifths" (a singular one takes only 'a' or 'one')
PLURAL_DENOMINATORS = frozenset(w for w in FRACTION_DENOMINATORS if w.endswith("s"))
#: single characters for vulgar fractions: ½, ⅔, ¾ ...
VULGAR_FRACTIONS = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
    "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅐": Fraction(1, 7),
    "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10),
}
#: superscript digits, for '10⁶' in scientific notation
SUPERSCRIPTS = {c: i for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
#: multiples: "twice", "doubled", "halved"
MULTIPLE_WORDS = {
    "twice": Fraction(2), "double": Fraction(2), "doubled": Fraction(2), "doubling": Fraction(2),
    "treble": Fraction(3), "trebled": Fraction(3), "triple": Fraction(3), "tripled": Fraction(3),
    "trebling": Fraction(3), "tripling": Fraction(3),
    "quadrupled": Fraction(4), "quadruple": Fraction(4),
    "halved": Fraction(1, 2), "halving": Fraction(1, 2),
}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
CURRENCY_SYMBOLS = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY"}
CURRENCY_WORDS = {
    "pounds": "GBP", "pound": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "euro": "EUR", "yuan": "CNY", "yen": "JPY",
}
#: physical units written after a figure (kept as text; pint reads them in the unit rules)
UNIT_WORDS = {
    "km": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre",
    "kilometer": "kilometre", "miles": "mile", "mile": "mile", "mi": "mile", "metres": "metre",
    "meters": "metre", "metre": "metre", "meter": "metre", "cm": "centimetre", "mm": "millimetre",
    "kg": "kilogram", "kilograms": "kilogram", "kilos": "kilogram", "g": "gram", "grams": "gram",
    "lb": "pound_mass", "lbs": "pound_mass", "tonnes": "tonne", "tonne": "tonne", "tons": "ton",
    "feet": "foot", "ft": "foot", "foot": "foot", "inches": "inch", "inch": "inch",
    "litres": "litre", "liters": "litre", "litre": "litre", "l": "litre", "ml": "millilitre",
    "gallons": "gallon", "acres": "acre", "acre": "acre", "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
    "mph": "mile_per_hour", "kph": "kilometre_per_hour", "km/h": "kilometre_per_hour",
    "°c": "degC", "°f": "degF", "degrees": "degree",
    "years": "year", "year": "year", "months": "month", "month": "month", "weeks": "week",
    "week": "week", "days": "day", "day": "day", "hours": "hour", "hour": "hour",
    "minutes": "minute", "minute": "minute", "mins": "minute", "seconds": "second",
    "decades": "decade", "decade": "decade", "kwh": "kilowatt_hour", "mw": "megawatt",
    "gw": "gigawatt", "kw": "kilowatt", "gb": "gigabyte", "mb": "megabyte",
    "decibels": "decibel", "decibel": "decibel", "db": "decibel",
}
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade"})

#: hedges, longest first; each maps to the hedge name recorded on the mention
HEDGES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        [
            (("just", "under"), "just under"), (("just", "over"), "just over"),
            (("just", "below"), "just under"), (("just", "above"), "just over"),
            (("slightly", "more", "than"), "just over"), (("slightly", "over"), "just over"),
            (("a", "little", "more", "than"), "just over"), (("little", "more", "than"), "just over"),
            (("slightly", "less", "than"), "just under"), (("a", "little", "under"), "just under"),
            (("more", "than"), "more than"), (("over",), "more than"), (("above",), "more than"),
            (("in", "excess", "of"), "more than"), (("upwards", "of"), "more than"),
            (("tops",), "more than"), (("topped",), "more than"),  # a headline's 'bill tops £187m'
            (("top",), "more than"),  # 'wardens top 400' (after a plural noun only: not 'the top 10')
            # 'has passed 2,100' (not 'passed 12 motions', which approves them)
            (("has", "passed"), "more than"), (("have", "passed"), "more than"), (("had", "passed"), "more than"),
            (("well", "over"), "well over"), (("well", "above"), "well over"),
            (("well", "under"), "well under"), (("well", "below"), "well under"),
            (("at", "least"), "at least"), (("no", "fewer", "than"), "at least"),
            (("no", "less", "than"), "at least"),
            (("fewer", "than"), "less than"), (("less", "than"), "less than"),
            (("under",), "less than"), (("below",), "less than"),
            (("at", "most"), "at most"), (("up", "to"), "at most"), (("no", "more", "than"), "at most"),
            (("about",), "about"), (("around",), "about"), (("some",), "about"),
            (("roughly",), "about"), (("approximately",), "about"), (("approx",), "about"),
            (("circa",), "about"), (("c",), "about"), (("an", "estimated"), "about"),
            (("estimated",), "about"), (("close", "to"), "nearly"), (("nearly",), "nearly"),
            (("almost",), "nearly"), (("getting", "on", "for"), "nearly"),
        ],
        key=lambda item: -len(item[0]),
    )
)
