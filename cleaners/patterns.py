"""Multilingual phrase lists for boilerplate lines. Generic web furniture only: no site names.

Each list is compiled into one regex. Lists are a hint, never the only signal: the
line classifier in `boilerplate` also scores shape, punctuation and stopwords.
"""

from __future__ import annotations

import re
from array import array
from itertools import groupby
from operator import itemgetter

import ahocorasick
import cython

from cleaners.segment import ends_sentence

if cython.compiled:  # _link_failures copies a state's row at once
    from cython.cimports.libc.string import memcpy

# What re.IGNORECASE matches to a lower-case letter beyond the letter, its upper() and its lower(), for every such
# letter of the Latin, Greek and Cyrillic blocks (U+0000-U+04FF): "i" also matches İ and ı, "s" ſ, "k" the Kelvin
# sign, "о" the old Cyrillic form ᲂ. A gate that proves a cheap precondition (a lowered key, a case variant) equivalent
# to an IGNORECASE regex must count these. tests/test_patterns_ignorecase_folds.py checks the table against re.
IGNORECASE_EXTRA_FOLDS = {
    "i": "\u0130\u0131", "k": "\u212a", "s": "\u017f", "\u00b5": "\u03bc", "\u00df": "\u1e9e", "\u00e5": "\u212b",
    "\u0131": "i\u0130", "\u017f": "s", "\u01c6": "\u01c5", "\u01c9": "\u01c8", "\u01cc": "\u01cb", "\u01f3": "\u01f2",
    "\u0390": "\u1fd3", "\u03b0": "\u1fe3", "\u03b2": "\u03d0", "\u03b5": "\u03f5", "\u03b8": "\u03d1\u03f4",
    "\u03b9": "\u0345\u1fbe", "\u03ba": "\u03f0", "\u03bc": "\u00b5", "\u03c0": "\u03d6", "\u03c1": "\u03f1",
    "\u03c2": "\u03c3", "\u03c3": "\u03c2", "\u03c6": "\u03d5", "\u03c9": "\u2126", "\u03d0": "\u03b2",
    "\u03d1": "\u03b8\u03f4", "\u03d5": "\u03c6", "\u03d6": "\u03c0", "\u03f0": "\u03ba", "\u03f1": "\u03c1",
    "\u03f5": "\u03b5", "\u0432": "\u1c80", "\u0434": "\u1c81", "\u043e": "\u1c82", "\u0441": "\u1c83",
    "\u0442": "\u1c84\u1c85", "\u044a": "\u1c86", "\u0463": "\u1c87",
}



def ignorecase_forms(chars: str) -> frozenset[str]:
    """Every character re.IGNORECASE matches with one of `chars`: each in either case, and its IGNORECASE_EXTRA_FOLDS
    ("s" also "ſ", "i" also "İ" and "ı", the Cyrillic "о" also "ᲂ")."""
    out: set[str] = set()
    for c in chars:
        out.update(f for f in (c, c.lower(), c.upper()) if len(f) == 1)
        out.update(IGNORECASE_EXTRA_FOLDS.get(c, ""))
    return frozenset(out)


def ignorecase_odd_forms(chars: str) -> str:
    """The IGNORECASE_EXTRA_FOLDS of `chars` that do not lower to their letter ("ı", "İ" for "i", "ſ" for "s", "ᲂ"
    for the Cyrillic "о"; not the Kelvin sign, which lowers to "k"): a lowered-text test cannot see them."""
    return "".join(sorted({f for c in set(chars) for f in IGNORECASE_EXTRA_FOLDS.get(c, "") if f.lower() != c}))
def _alternation(phrases: list[str]) -> str:
    """The phrases as a flat alternation, longest first: the plain form _trie_alternation is held to."""
    return "|".join(sorted({re.escape(p) for p in phrases}, key=len, reverse=True))


def _trie_alternation(phrases: list[str]) -> str:
    """The phrases as an alternation factored by common prefixes ("sh(?:are(?: on| this)?|ow more)").

    It matches the same strings as _alternation (a union of concatenations, factored), so a regex built
    on it matches wherever the flat one does, though the phrase a match ends on may differ: only
    whether a phrase regex matches is used. Under re.IGNORECASE the engine enters every branch of a flat
    alternation at every position it tries (no first-character skip); the factored form rejects most
    positions after one character. metadata builds its month, label and weekday names with it too.
    """
    # The trie is walked on the sorted phrases (a node is a run of phrases sharing a prefix), and a branch
    # with one phrase left is escaped in one piece: the cost goes with the branching, not the characters.
    def emit(words: list[str]) -> str:  # sorted, distinct suffixes: "" (a phrase ends here) comes first
        end = words[0] == ""
        rest = words[1:] if end else words
        if not rest:
            return ""
        if len(rest) == 1 and not end:
            return re.escape(rest[0])
        alts = [re.escape(ch) + emit([w[1:] for w in group]) for ch, group in groupby(rest, itemgetter(0))]
        if len(alts) == 1 and not end:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if end else "")

    return emit(sorted(set(phrases)))


# The heading of a widget of paid links between or under the paragraphs ("Paid Partner Content", "Promoted Stories",
# "Sponsored Links"), in other languages too: headlines of advertisers' pages, no article's. A list heading
# (LIST_INTRO); right between two paragraphs its box sits inside the article (boilerplate.inline_boxes_transparent).
SPONSORED_LIST_INTRO = [
    "partner content", "paid partner content", "sponsored stories", "promoted stories", "promoted links", "sponsored links",
    "from our partners", "more from our partners", "gesponserte inhalte", "gesponserte links", "partner-inhalte",
    "contenus sponsorisés", "contenus partenaires", "liens sponsorisés", "contenidos patrocinados",
    "enlaces patrocinados", "conteúdos patrocinados", "links patrocinados", "conteúdo de parceiros",
    "contenuti sponsorizzati", "link sponsorizzati", "gesponsorde links", "партнерские материалы",
    "партнёрские материалы", "новости партнеров", "новости партнёров", "スポンサーリンク", "推广链接", "推廣連結",
    "赞助链接", "贊助連結", "파트너 콘텐츠", "스폰서 링크",
]

# Headings that introduce a list of *other* articles.
LIST_INTRO = [
    # en
    "popular", "most popular", "most read", "most viewed", "most shared", "most commented", "most emailed",
    "trending", "top stories", "top news", "top articles", "access ranking", "ranking", "related",
    "related articles", "related stories", "related posts", "related news", "related content",
    # one link's label ("Related post: <headline>"), as a blog or a wire story sets it between paragraphs
    "related article", "related story", "related post", "related reading", "related coverage", "related link",
    "related links",
    "recommended", "recommended for you", "you may also like", "you might also like", "you may like",
    "also read", "read also", "read next", "up next", "what to read next", "more stories", "more news",
    "more from", "more in", "more on", "latest news", "latest stories", "latest articles", "latest posts",
    "recent posts", "recent articles", "editor's picks", "editors' picks", "don't miss", "must read",
    "further reading", "in case you missed it", "around the web", "sponsored stories", "from the web",
    "other news", "elsewhere on", "trending now", "popular posts", "popular articles", "hot topics",
    "top picks", "see also", "more like this", "similar articles", "previous post", "next post",
    "older post", "newer post", "previous article", "next article", "previous story", "next story",
    "previous message", "next message",
    # a widget of paid links (SPONSORED_LIST_INTRO)
    *SPONSORED_LIST_INTRO,
    # de
    "meistgelesen", "meist gelesen", "beliebt", "am beliebtesten", "das könnte sie auch interessieren",
    "auch interessant", "mehr zum thema", "weitere artikel", "verwandte artikel", "empfohlen",
    "neueste artikel", "top-artikel",
    # fr
    "les plus lus", "les plus populaires", "articles les plus lus", "à lire aussi", "lire aussi",
    "sur le même sujet", "articles similaires", "articles connexes", "vous aimerez aussi",
    "à la une", "les plus partagés", "derniers articles", "voir aussi",
    # es / pt
    "lo más leído", "más leídas", "más leídos", "lo más visto", "te puede interesar", "también te puede interesar",
    "noticias relacionadas", "artículos relacionados", "relacionados", "lee también", "lea también",
    "mais lidas", "mais lidos", "mais vistos", "leia também", "leia mais", "veja também", "notícias relacionadas",
    "artigos relacionados", "recomendados", "últimas notícias", "últimas noticias",
    # ru
    "популярное", "самое популярное", "самое читаемое", "читайте также", "похожие статьи", "по теме",
    "рекомендуем", "другие новости", "последние новости", "смотрите также",
    # ja
    "人気記事", "人気の記事", "アクセスランキング", "ランキング", "関連記事", "関連ニュース", "おすすめ記事",
    "おすすめ", "注目記事", "新着記事", "最新記事", "こちらもおすすめ", "あわせて読みたい", "よく読まれている記事",
    # zh
    "热门文章", "热门新闻", "热门推荐", "相关文章", "相关新闻", "相关阅读", "推荐阅读", "猜你喜欢", "延伸阅读",
    "最新文章", "热门", "排行榜", "阅读排行", "点击排行", "热门標籤", "相關文章", "熱門文章", "推薦閱讀", "延伸閱讀",
    # zh / ja: the previous and next article's links under a story, bare as a heading ("上一篇" over the
    # headline); with the headline on the line they are post-nav links (POST_NAV_PHRASES)
    "上一篇", "下一篇", "上一篇文章", "下一篇文章", "前の記事", "次の記事",
    # zh-Hant forms of the headings above
    "相關新聞", "相關閱讀", "熱門新聞", "熱門推薦", "熱門", "猜你喜歡", "閱讀排行", "點擊排行",
    # it / nl / pl / cs / sv / tr / id / vi
    "articoli correlati", "più letti", "leggi anche", "potrebbe interessarti", "gerelateerd",
    "meest gelezen", "lees ook", "powiązane", "najczęściej czytane", "czytaj także", "zobacz także", "zobacz też",
    "související", "nejčtenější", "čtěte také", "relaterat", "mest läst", "läs också", "ilgili haberler",
    "en çok okunanlar", "bunlar da ilginizi çekebilir", "berita terkait", "terpopuler", "baca juga",
    "artikel terkait", "artikel berkaitan", "berita berkaitan",  # id / ms
    "tin liên quan", "đọc nhiều", "xem thêm",
    # ko
    "인기 기사", "인기기사", "많이 본 뉴스", "많이 본 기사", "관련 기사", "관련기사", "추천 기사", "최신 기사",
    "함께 보면 좋은 기사", "함께 읽으면 좋은 기사",
    # tr (singular forms) / ca / ro / hu / fi / da / no / sk / sl / hr / sr / bs / lt / lv / et / sq / sw / tl / af / cy
    "ilgili haber", "ayrıca okuyun", "llegeix també", "notícies relacionades", "el més llegit", "citește și",
    "citeste si", "articole similare", "cele mai citite", "olvasd el ezt is", "kapcsolódó cikkek", "legolvasottabb",
    "lue myös", "luetuimmat", "aiheeseen liittyvät", "læs også", "mest læste", "relaterede artikler", "les også",
    "mest lest", "relaterte artikler", "čítajte aj", "súvisiace články", "najčítanejšie", "preberite tudi",
    "najbolj brano", "sorodne novice", "pročitajte i", "pročitajte još", "najčitanije", "povezane vijesti",
    "povezani članci", "povezane vesti", "taip pat skaitykite", "skaitomiausi", "susiję straipsniai", "lasi arī",
    "lasītākie", "saistītie raksti", "loe ka", "loetuimad", "seotud artiklid", "lexo edhe", "lajme të ngjashme",
    "më të lexuarat", "soma pia", "habari zinazohusiana", "basahin din", "kaugnay na balita", "verwante artikels",
    "mees gelees", "darllen mwy", "erthyglau cysylltiedig",
    # sk / cs "read also" (the polite imperative), sw "read more"
    "prečítajte si aj", "prečítajte si tiež", "přečtěte si také", "přečtěte si též", "soma zaidi",
    # el / uk / bg / mk / he / ar / fa / ur
    "διαβάστε επίσης", "διαβάστε ακόμη", "σχετικά άρθρα", "σχετικές ειδήσεις", "δημοφιλή άρθρα",
    "διαβαστε επισης", "διαβαστε ακομη", "σχετικα αρθρα",  # (capitals drop the accents)
    "читайте також",
    "схожі новини", "інші новини", "найпопулярніше", "прочетете още", "още по темата", "най-четени",
    "свързани новини", "прочитајте и", "најчитани", "поврзани вести", "קראו גם", "קראו עוד", "כתבות נוספות", "כתבות קשורות",
    "הנקראים ביותר", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ كذلك", "أخبار ذات صلة", "اخبار ذات صلة",
    "مقالات ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "شاهد أيضا", "قد يهمك أيضا",
    "بیشتر بخوانید", "مطالب مرتبط", "اخبار مرتبط", "پربازدیدترین", "یہ بھی پڑھیں", "متعلقہ خبریں",
    # hi / bn / mr / gu / pa / ta / te / th
    "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "इन्हें भी पढ़ें", "संबंधित खबरें", "संबंधित ख़बरें",
    "सबसे ज्यादा पढ़ी गई", "सबसे ज़्यादा पढ़ी गई", "আরও পড়ুন", "আরো পড়ুন", "সম্পর্কিত খবর", "সর্বাধিক পঠিত",
    "हेही वाचा", "संबंधित बातम्या", "આ પણ વાંચો", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "மேலும் படிக்க", "தொடர்புடைய செய்திகள்",
    "ఇవి కూడా చదవండి", "సంబంధిత వార్తలు", "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง",
    # "Next up in Culture" over the section's next headlines (its twin "Up next" is above)
    "next up",
    # az / kk / uz (Latin, with the three apostrophes a page may print for the modifier letter) / sr (Cyrillic)
    "digər xəbərlər", "oxşar xəbərlər", "ən çox oxunanlar", "ən çox oxunan xəbərlər", "сондай-ақ оқыңыз",
    "тағы оқыңыз", "көп оқылғандар", "ұқсас жаңалықтар", "mavzuga oid", "eng koʻp oʻqilganlar",
    "eng ko'p o'qilganlar", "eng ko‘p o‘qilganlar", "прочитајте још", "најчитаније", "повезане вести",
    # is / lv / eu / gl / cy / ga
    "tengdar fréttir", "mest lesið", "lestu einnig", "lestu líka", "lasi vēl", "lasiet arī", "populārākie",
    "irakurri gehiago", "irakurri ere", "irakurrienak", "gehien irakurriak", "lotutako albisteak", "le tamén",
    "lea tamén", "o máis lido", "o máis lido hoxe", "darllenwch hefyd", "y mwyaf poblogaidd", "mwyaf poblogaidd",
    "mwyaf darllen", "straeon cysylltiedig", "léigh freisin", "léigh tuilleadh", "scéalta gaolmhara",
    "na scéalta is mó a léadh", "is mó a léadh",
    # eu "other articles" / "other news" / "more news" ("Zenbaki honetako beste artikulu batzuk": other articles of
    # this issue); hy "other news", "read also", "similar / related articles", "most read"; ka "read also", "other
    # news", "similar news / articles", "related news", "most read"
    "beste artikulu batzuk", "beste albiste batzuk", "albiste gehiago", "այլ նորություններ", "կարդացեք նաև",
    "կարդացեք նաեւ", "նմանատիպ նյութեր", "առնչվող նյութեր", "ամենաընթերցվածը", "ամենաընթերցված", "ასევე წაიკითხეთ",
    "სხვა სიახლეები", "მსგავსი სიახლეები", "მსგავსი სტატიები", "დაკავშირებული სიახლეები", "ყველაზე კითხვადი",
    # am / ne / si / gu / pa / kn / ml
    "ተዛማጅ ዜናዎች", "ተዛማጅ ዜና", "በብዛት የተነበቡ", "सम्बन्धित खबर", "सम्बन्धित समाचार", "यो पनि पढ्नुहोस्",
    "धेरै पढिएको", "මේවාත් කියවන්න", "මේවා ද කියවන්න", "වැඩිපුරම කියවූ", "අදාළ පුවත්",
    "સંબંધિત સમાચાર", "વધુ વાંચો", "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ", "ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ", "ಇದನ್ನೂ ಓದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿ",
    "ಜನಪ್ರಿಯ ಪೋಸ್ಟ್‌ಗಳು", "ഇതും വായിക്കുക", "ബന്ധപ്പെട്ട വാർത്തകൾ", "കൂടുതൽ പാചകക്കുറിപ്പുകൾ",
    # es / pt "more news" ("Más noticias de Economía": a section's other stories under its lead story)
    "más noticias", "mais notícias",
    # es / pt / ca / gl / it / ro / nl / pl / sv "see also", "you may be interested in", "we recommend", "other news",
    # "the latest" ("Lo último" over a section's newest headlines and their summaries)
    "vea también", "ver también", "véase también", "mira también", "le puede interesar", "te recomendamos",
    "le recomendamos", "otras noticias", "lo último", "veja mais", "vegeu també", "vexa tamén", "vedi anche",
    "ti potrebbe interessare", "altre notizie", "vezi și", "vezi si", "alte știri", "bekijk ook", "ander nieuws",
    "zobacz również", "inne wiadomości", "se även", "andra nyheter",
    # the same "see also", "other news" and "the latest" in de / fr / nl / pt / en / it / pl / ru / ja / zh / ko
    "siehe auch", "lesen sie auch", "weitere nachrichten", "andere nachrichten", "das neueste", "autres actualités",
    "dernières actualités", "zie ook", "het laatste nieuws", "outras notícias", "o mais recente", "the latest",
    "ultime notizie", "najnowsze", "последнее", "最新ニュース", "関連リンク", "最新消息", "另请参阅", "최신 뉴스",
    "다른 뉴스",
    # a serial's other instalments under one ("この連載の記事一覧" over "第11回 ..." rows, "More in this series",
    # "Alle Folgen der Serie", "往期回顾", "연재 목록"): headlines of other pages
    "この連載の記事一覧", "この連載の記事", "連載記事一覧", "連載一覧", "バックナンバー", "記事一覧", "本系列文章",
    "系列文章", "往期回顾", "往期回顧", "往期文章", "往期精彩", "연재 목록", "연재 기사", "지난 연재", "이 연재의 다른 기사",
    "more in this series", "more from this series", "other articles in this series", "also in this series",
    "weitere teile der serie", "alle teile der serie", "dans la même série", "dans cette série",
    "más de esta serie", "otros artículos de la serie", "mais desta série", "outros artigos da série",
    "другие статьи цикла", "все статьи цикла", "altri articoli della serie",
]
# A podcast's other episodes under the episode's page ("More episodes", "Weitere Folgen"), and a list archive's links
# to the thread's neighbours in its localized pages ("Föregående meddelande: [list] ..."): list headings alone on their
# line. They are also an article's words ("Weitere Folgen des Streiks": "further consequences of the strike", "Altri
# episodi di violenza", "Mensaje anterior del presidente"): with other words about them, a section heading.
LIST_INTRO_EPISODES = [
    "more episodes", "other episodes", "meer afleveringen", "andere afleveringen", "weitere folgen", "alle folgen",
    "autres épisodes", "plus d'épisodes", "más episodios", "otros episodios", "altri episodi", "mais episódios",
    "outros episódios", "fler avsnitt", "flere episoder", "lisää jaksoja", "więcej odcinków", "další díly",
]
LIST_INTRO_MESSAGES = [
    "föregående meddelande", "nästa meddelande", "vorherige nachricht", "nächste nachricht", "message précédent",
    "message suivant", "mensaje anterior", "mensaje siguiente", "messaggio precedente", "messaggio successivo",
    "vorig bericht", "volgend bericht", "mensagem anterior", "próxima mensagem", "poprzednia wiadomość",
    "następna wiadomość", "forrige meddelelse", "næste meddelelse", "edellinen viesti", "seuraava viesti",
]
# The Spanish "keep reading" heading over one or two links to other stories set between an article's paragraphs
# ("Seguí leyendo" over a headline; Argentina's voseo, "Sigue leyendo", "Siga leyendo"): alone on its line. With
# other words it is the label of an ad slot ("Sigue leyendo tras la publicidad", AD_SLOT), whose article goes on
# under it, or a sentence.
LIST_INTRO_KEEP_READING = [
    "seguí leyendo", "sigue leyendo", "siga leyendo", "continuá leyendo", "continúa leyendo", "continúe leyendo",
]
# A live feed of other stories beside or inside an article ("Happening now", "Gerade passiert", "Právě se děje" over a
# few headlines): alone on its line. With other words they are a sentence or a section's heading ("What is happening
# now in the harbour", "Was gerade passiert ist").
LIST_INTRO_LIVE_FEED = [
    "happening now", "gerade passiert", "jetzt passiert", "právě se děje", "práve sa deje",
    "dzieje się teraz", "à l'instant", "ahora mismo", "está pasando", "acontece agora",
    "está acontecendo", "sta succedendo", "sta accadendo", "net binnen", "прямо сейчас", "сейчас происходит",
    "просто зараз", "most történik", "just nu", "lige nu", "akkurat nå", "juuri nyt", "şu anda",
]
LIST_INTRO += LIST_INTRO_EPISODES + LIST_INTRO_MESSAGES + LIST_INTRO_KEEP_READING + LIST_INTRO_LIVE_FEED
# "Most watched" over a video rail ("VÍDEOS: mais assistidos da semana", "Les plus vus", "Meistgesehen"): the rail's
# label, a word or two at most before it (LIST_INTRO_RE). Headlines say it further on ("Netflix reveals its most
# watched series of 2025", "Por que as novelas mais assistidas perderam público").
LIST_INTRO_MOST_WATCHED = [
    "most watched", "mais assistidos", "mais assistidas", "más vistos", "los más vistos", "les plus vus",
    "meistgesehen", "meistgesehene videos", "più visti", "самое просматриваемое", "最も視聴された", "热门视频",
    "熱門影片", "많이 본 영상",
]
LIST_INTRO += LIST_INTRO_MOST_WATCHED

# Calls to action, promotions, subscriptions.
CTA = [
    "coming soon", "learn more", "read more", "click to share", "click to email", "click to print",
    "opens in new window", "opens in a new window", "share on facebook", "share on twitter", "read the full", "continue reading", "click here", "tap here",
    "subscribe", "sign up", "sign in", "log in", "login", "register now", "join now", "download the app",
    "get the app", "free trial", "buy now", "shop now", "order now", "book now", "see more", "view more",
    "show more", "load more", "find out more", "discover more", "get started", "try it free", "newsletter",
    "follow us", "join us", "on pinterest", "on instagram", "on facebook", "become a member", "support our journalism", "donate", "advertise with us",
    # a Q&A site's control over the question ("Ask Question", "Ask a question")
    "ask question", "ask a question",
    # de / fr / es / pt / ru
    "mehr erfahren", "weiterlesen", "jetzt abonnieren", "newsletter abonnieren", "anmelden", "registrieren",
    "en savoir plus", "lire la suite", "s'abonner", "abonnez-vous", "inscrivez-vous", "je m'abonne",
    "clique aqui", "clique na", "clique no", "clique e", "haga clic", "haz clic", "pulse aquí", "cliquez ici",
    "cliquez sur", "klicken sie hier", "hier klicken",
    "leer más", "seguir leyendo", "suscríbete", "suscribirse", "regístrate", "saiba mais", "continue lendo",
    "assine", "inscreva-se", "подробнее", "читать далее", "подписаться", "подпишитесь", "зарегистрироваться",
    # ja / zh / ko
    "詳細はこちら", "詳しくはこちら", "続きを読む", "もっと見る", "近日公開", "今すぐ登録", "無料登録", "購読する",
    "continua a leggere", "iscriviti", "lees meer", "abonneer", "czytaj więcej", "subskrybuj",
    "číst dál", "přihlásit", "läs mer", "prenumerera", "devamını oku", "abone ol", "selengkapnya",
    "berlangganan", "đọc thêm", "đăng ký",
    # the newsletter and its sign-up in Dutch, Swedish and Polish ("Schrijf je in voor onze nieuwsbrief")
    "nieuwsbrief", "schrijf je in", "meld je aan", "nyhetsbrev", "zapisz się",
    "フォローして", "フォローお願い", "ランキングに参加", "クリックで応援", "クリックしてね", "いいねして",
    # a Japanese blog's plea for a click on its ranking banner ("ポチッと応援お願いします", "下のバナーをクリックして
    # もらえると励みになります")
    "ポチッと応援", "ポチっと応援", "ぽちっと応援", "応援クリック", "もらえると励みになります",
    # the banner asked for a click, not named ("バナーをクリックしたユーザーの行動" heads a marketing article's section)
    "バナーをクリックしてもら", "バナーをクリックしていただ", "バナーをクリックして頂", "バナーをクリックしてください",
    "バナーをクリックお願い",
    "いただけると励みになります", "頂けると励みになります",
    "ログイン", "会員登録", "こちらから", "查看更多", "阅读全文", "阅读更多", "点击查看", "立即订阅", "订阅",
    # a topic page's link, the site's app ("点击进入专题", "下载客户端"). (Not a video's "点击播放视频": it sits between
    # the paragraphs, and a removed line there is a hard stop for the run search.)
    "点击进入", "點擊進入", "下载客户端", "下載客戶端",
    # a WeChat-style account's follow line over or under the article ("点击上方蓝字关注我们")
    "关注我们", "關注我們", "点击上方", "點擊上方", "点击蓝字", "點擊藍字", "设为星标", "設為星標", "星标我们",
    # a mobile page's expander over the article's cut rest ("展开全文", the app's "Show more")
    "展开全文", "展開全文",
    "登录", "注册", "下载app", "閱讀全文", "查看更多", "더 보기", "더보기", "자세히 보기", "구독하기", "로그인",
]
# A podcast's or shop's prompt for a rating ("Leave a review!", "Laat een beoordeling achter!"). A guide's tip opens
# with the same words ("Leave a review only after a week of use."): opening a full sentence they are no call to action.
CTA_REVIEW = [
    "leave a review", "leave a rating", "rate this episode", "laat een beoordeling achter", "laat een review achter",
    "hinterlasse eine bewertung", "laissez un avis", "laissez-nous un avis", "deja una reseña", "déjanos una reseña",
    "lascia una recensione", "deixe sua avaliação", "deixe uma avaliação",
]
CTA += CTA_REVIEW
# A magazine's or paper's call for readers' photos under the article ("Share your photos with us! Upload your images and
# they could appear in the magazine."): the reader asked to send them to "us", the site (a guide's "Share your photos
# with friends" is no call of the site's).
CTA += [
    "share your photos with us", "share your pictures with us", "share your images with us", "share your videos with us",
    "send us your photos", "send us your pictures", "send us your images", "send us your videos",
    "send your photos to us", "schicken sie uns ihre fotos", "schicken sie uns ihre bilder", "senden sie uns ihre fotos",
    "senden sie uns ihre bilder", "schick uns deine fotos", "schicken sie uns ihr foto", "teilen sie ihre fotos mit uns",
    "envoyez-nous vos photos", "envoyez-nous vos images", "partagez vos photos avec nous", "envoie-nous tes photos",
    "envíanos tus fotos", "mándanos tus fotos", "comparte tus fotos con nosotros", "envíenos sus fotos",
    "envie suas fotos para nós", "envie-nos suas fotos", "mande suas fotos para nós", "compartilhe suas fotos conosco",
    "inviaci le tue foto", "mandaci le tue foto", "inviateci le vostre foto", "condividi le tue foto con noi",
    "stuur ons je foto's", "stuur ons uw foto's", "wyślij nam swoje zdjęcia", "przyślij nam swoje zdjęcia",
    "пришлите нам свои фото", "присылайте нам свои фото", "присылайте нам фото", "пришлите нам фото",
    "写真をお寄せください", "写真を送ってください", "写真を投稿してください", "欢迎投稿你的照片", "歡迎投稿你的照片",
    "把你的照片发给我们", "把你的照片發給我們", "사진을 보내주세요", "사진을 보내 주세요",
]
# The site's invitation to its messaging channel, under or inside the article ("Join our WhatsApp channel", "Participe
# do canal do <site> no WhatsApp", "Rejoignez notre chaîne WhatsApp", "Подписывайтесь на наш канал"): an imperative
# opening the line (CTA_CHANNEL) or, in ja / ko, closing it (CTA_CHANNEL_CLOSING). Not calls to action of CTA_RE,
# which finds its phrases anywhere: the same words run through sentences ("Siga o canal até a ponte", "que a água
# entre no canal", "이 채널을 구독했다"). CHANNEL_PROMO_RE below.
CTA_CHANNEL = [
    "join our whatsapp channel", "join our telegram channel", "join whatsapp channel", "join telegram channel",
    "join our channel", "participe do canal", "participe do nosso canal", "entre no canal", "entre no nosso canal",
    "siga o canal", "siga nosso canal", "siga o nosso canal", "únete a nuestro canal", "únete al canal",
    "sigue nuestro canal", "rejoignez notre chaîne", "rejoignez la chaîne", "rejoignez notre canal",
    "suivez notre chaîne", "folgen sie unserem whatsapp-kanal", "folgen sie unserem kanal", "folge unserem kanal",
    "unisciti al nostro canale", "unisciti al canale", "segui il nostro canale", "подписывайтесь на наш канал",
    "подписывайтесь на наш telegram", "подпишитесь на наш канал", "подпишитесь на наш telegram",
    "присоединяйтесь к нашему каналу", "підписуйтесь на наш канал", "підписуйтесь на наш telegram",
    "приєднуйтесь до нашого каналу", "व्हाट्सएप चैनल से जुड़ें", "हमारे व्हाट्सएप चैनल", "gabung saluran whatsapp",
    "ikuti saluran whatsapp", "加入我们的频道", "加入我們的頻道", "关注我们的频道", "關注我們的頻道",
]
# The same invitation as an offer of the site's news on the app ("Receba as notícias do <site> no seu WhatsApp",
# "Recibí las noticias en tu WhatsApp", "Get our news on WhatsApp"): the app named in the offer's own clause, the line
# ending there (CHANNEL_NEWS_OFFER_RE). The verbs are common: "Получайте новости из официальных источников, а не из
# Telegram-каналов, призвал министр", "Receba as notícias pelo Telegram, orientou a prefeitura" are sentences.
CTA_CHANNEL_NEWS = [
    "receba as notícias", "receba notícias", "receba as principais notícias", "receba nossas notícias",
    "recibe las noticias", "recibí las noticias", "reciba las noticias", "recibe noticias", "recibí noticias",
    "recibe nuestras noticias", "get our news", "get the latest news", "get breaking news", "receive our news",
    "recevez l'actualité", "recevez l’actualité", "recevez nos actualités", "recevez les infos",
    "erhalten sie die nachrichten", "erhalten sie unsere nachrichten", "ricevi le notizie", "ricevi le ultime notizie",
    "получайте новости", "получайте наши новости", "отримуйте новини",
]
CTA_CHANNEL += CTA_CHANNEL_NEWS
# A free trial or a sign-up offered in the page's language, as "free trial" and "sign up" above ("Cadastre-se e teste
# grátis.", "Зарегистрируйтесь и попробуйте бесплатно.", "今すぐ無料でお試しください。", "立即免费试用。", "지금 무료로
# 체험해 보세요."): the close of a sponsor's pitch.
CTA += [
    "try it for free", "kostenlos testen", "gratis testen", "essai gratuit", "essayez gratuitement", "essayez-le gratuitement",
    "prueba gratis", "pruébalo gratis", "prueba gratuita", "teste grátis", "experimente grátis", "teste gratuito",
    "cadastre-se", "prova gratis", "prova gratuita", "provalo gratis", "probeer gratis", "wypróbuj za darmo",
    "wypróbuj bezpłatnie", "попробуйте бесплатно", "бесплатный пробный", "зарегистрируйтесь", "無料でお試し",
    "無料トライアル", "無料体験", "免费试用", "免費試用", "무료 체험", "무료로 체험",
]
CTA_CHANNEL_CLOSING = [
    "채널을 구독해 주세요", "채널을 구독해주세요", "채널을 구독하세요", "채널 구독하기", "채널 추가하기", "채널을 추가해 주세요",
    "友だち追加", "友達追加", "チャンネル登録をお願いします", "チャンネル登録お願いします",
]
# A messaging app (or a video site's channel) named on the line: what a channel invitation of several words names.
MESSAGING_APP_RE = re.compile(
    r"(?i:whatsapp|telegram|viber|youtube|kakao)|LINE|Signal|카카오톡|카톡|텔레그램|왓츠앱|テレグラム|ワッツアップ|"
    r"微信|电报|電報|телеграм|ватсап|вотсап|व्हाट्सएप|टेलीग्राम|واتساب|تيليجرام|تلگرام"
)
CTA_REVIEW_OPENING_RE = re.compile(r"[\W\d_]*(?:" + _alternation(CTA_REVIEW) + r")(?!\w)", re.IGNORECASE)

# Sharing, social, navigation, cookies, legal, ads: furniture lines.
FURNITURE = [
    "share this", "share on", "share this article", "share this story", "share via", "tweet", "pin it",
    "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "instagram", "youtube", "telegram", "reddit",
    "email this", "print this", "copy link", "permalink", "follow", "cookie", "cookies", "privacy policy",
    "terms of use", "terms of service", "terms and conditions", "all rights reserved", "copyright",
    "advertisement", "sponsored", "sponsored content", "ad choices",
    # accessibility skip links at the top of a page ("Skip to main content", "Jump to navigation Jump to search")
    "skip to", "skip navigation", "jump to navigation", "jump to content", "jump to main content", "jump to search",
    "jump to: navigation", "jump to recipe",
    "back to top", "main menu", "menu", "search", "home", "contact us", "about us", "sitemap", "site map",
    "comments", "leave a comment", "leave a reply", "post a comment", "add a comment", "reply", "report",
    "tag", "tags", "tagged", "filed under", "categories", "category", "topics", "related topics", "posted in",
    "previous", "next", "loading", "image", "photo", "video", "watch", "listen", "close",
    "photograph", "photographs", "credit", "image credit", "photo credit",
    # an image's controls: "Enlarge this image" over it, "hide caption" / "toggle caption" under its caption
    "enlarge this image", "enlarge image", "click to enlarge", "view larger image", "hide caption", "toggle caption",
    "condividi", "pubblicità", "delen", "advertentie", "udostępnij", "reklama", "sdílet", "sdílet článek",
    "dela", "del artikel", "del artiklen", "del artikkelen", "annons", "paylaş", "reklam", "bagikan", "iklan", "chia sẻ", "quảng cáo",
    "anzeige", "werbung", "teilen", "artikel teilen", "diesen artikel teilen", "beitrag teilen", "impressum", "datenschutz", "publicité", "partager", "mentions légales",
    "publicidad", "compartir", "compartilhar", "publicidade", "реклама", "поделиться",
    "広告", "シェア", "ツイート", "共有", "コメント", "トップへ戻る", "广告", "分享", "评论", "返回顶部", "版权所有",
    "廣告", "分享到", "광고", "공유", "댓글",
    # a CJK page's scan-to-share box, pager and error-report button ("扫一扫，分享到朋友圈", "上一页", "【纠错】")
    "扫一扫", "掃一掃", "上一页", "下一页", "上一頁", "下一頁", "纠错", "糾錯",
    # share words of more languages (hi, th, el, he, hu, hr, ca); ad labels: AD_LABEL below
    "शेयर करें", "แชร์", "κοινοποίηση", "שתפו", "megosztás", "podijeli", "comparteix", "shiriki",
    # a Q&A page's answer button ("I have a better answer", "Answer this question")
    "answer this question", "write an answer", "我有更好的答案", "我来回答", "我來回答", "この質問に回答する", "답변하기",
    # a post's tag row in mk / bg / sr / hr / sl / sq ("Ознаки: време, снег", "Oznake: izbori, sabor"), with its
    # colon: "Ознаки на мозочен удар" (signs of a stroke) and "Oznake na karti" are headings of articles
    "ознаки:", "етикети:", "тагови:", "oznake:", "tagovi:", "etiketa:", "etiketat:",
    # a listing's map link ("View on map", "Bekijk op de kaart", "Auf der Karte anzeigen", "Voir sur la carte")
    "view on map", "show on map", "view on the map", "show on the map", "bekijk op de kaart", "toon op kaart",
    "auf der karte anzeigen", "auf karte anzeigen", "voir sur la carte", "ver en el mapa", "ver no mapa",
    "vedi sulla mappa", "visualizza sulla mappa", "показать на карте", "pokaż na mapie", "zobacz na mapie",
    # a game's or a draw's button ("Play now" under a lottery's next jackpot, by a browser game's screenshot)
    "play now", "jetzt spielen", "jouer maintenant", "juega ahora", "jugar ahora", "gioca ora", "gioca adesso",
    "jogue agora", "jogar agora", "speel nu", "graj teraz", "spela nu",
]

# An author box's heading in ja / zh / ko, alone on its line (ARTICLE_END below; AUTHOR_PROFILE_CJK: the line whole,
# for one of more characters than a short line's four words).
# The words name the writer of the page (筆者, 執筆者, 필자, 기자; zh 作者 as "About the author"), not a book's author:
# "著者プロフィール", "저자 소개" head an interview's or a book page's box about the book's writer, mid-page above more
# of the article (as "Über die Autorin" below).
AUTHOR_PROFILE_CJK_LIST = [
    "筆者プロフィール", "執筆者プロフィール", "筆者紹介", "執筆者紹介", "作者简介", "作者簡介", "关于作者", "關於作者",
    "作者介绍", "作者介紹", "필자 소개", "필자소개", "기자 소개",
]
AUTHOR_PROFILE_CJK = frozenset(AUTHOR_PROFILE_CJK_LIST)

# A heading that ends the article: comments and discussion sections.
ARTICLE_END = [
    "comments", "comment", "leave a comment", "leave a reply", "post a comment", "add a comment",
    "join the discussion", "join the conversation", "discussion", "responses", "reader comments",
    "kommentare", "commentaires", "comentarios", "comentários", "комментарии", "コメント", "评论", "評論",
    "网友评论", "댓글", "about the author", "about the reviewer", "despre autor", "عن الكاتب", "عن الكاتبة", "על הכותב", "share this article", "share this story", "tags", "filed under",
    # the heading of an author box in more scripts (ur, fa, hi, bn, ta, el, ka, hy)
    "مصنف کے بارے میں", "مصنف کا تعارف", "درباره نویسنده", "लेखक के बारे में", "लेखक परिचय", "লেখক পরিচিতি",
    "লেখক সম্পর্কে", "ஆசிரியர் பற்றி", "σχετικά με τον συγγραφέα", "ავტორის შესახებ", "հեղինակի մասին",
    # the comments heading in more languages (eu, cy, ga, is, lv, af, gl, bg, sr, kk, az, uz)
    "iruzkinak", "sylwadau", "tuairimí", "athugasemdir", "komentāri", "kommentaar", "коментари", "пікірлер",
    "şərhlər", "izohlar", "ਟਿੱਪਣੀਆਂ", "ટિપ્પણીઓ", "അഭിപ്രായങ്ങൾ", "प्रतिक्रियाहरू", "አስተያየቶች",
    # vi "Bình luận (2)", "12 bình luận"; an invitation to comment as the heading ("Dite la vostra", "Dì la tua",
    # "Have your say")
    "bình luận", "dite la vostra", "dì la tua", "di' la tua", "have your say",
    # a petition's comments: its signers' quotes under the text ("Reasons for signing" over '"..." — Pete, Greendale'),
    # the platform's label (a report's own subheading says it in words of its own: "Why people signed")
    "reasons for signing", "gründe für die unterzeichnung", "raisons de signer", "razones para firmar",
    "motivos para assinar", "motivi per firmare", "причины подписать", "賛同の理由", "署名の理由", "签署理由",
    "簽署理由", "서명 이유",
    # the author box's heading over the columnist's name and bio after a column ("筆者プロフィール", "作者简介",
    # "필자 소개"): the article is over. (Not "Über die Autorin", "Об авторе": a review's section about the book's
    # author, tests/test_boilerplate_probe23_pages.py and tests/test_leftovers_fixes.py.)
    *AUTHOR_PROFILE_CJK_LIST,
    # a press release's notes for the press after its text (the contact, the boilerplate about the issuer); the
    # note named, not the editors alone (no "til redaksjonen": "Brev/Tips til redaksjonen" heads readers' letters)
    "notes to editors", "note to editors", "notes for editors", "note for editors", "editor's notes",
    "hinweis für redaktionen", "hinweise für redaktionen", "hinweis für die redaktion", "note aux rédactions",
    "notes aux rédactions", "note à l'attention des rédactions", "nota para los editores", "notas para los editores",
    "nota para editores", "nota aos editores", "notas aos editores", "nota per le redazioni", "note per le redazioni",
    "noot voor de redactie", "noot voor redacties", "not till redaktionen", "note til redaktionen",
    "note til redaksjonen", "merknad til redaksjonen", "merknader til redaksjonen", "uwagi dla redakcji", "примечание для редакторов", "примечания для редакторов",
]

# A scientific paper's closing section heading, alone on its line ("Discussion" also heads a comments thread: the
# boilerplate stage keeps it as the paper's under a PAPER_SECTION heading), and the sections above it.
PAPER_DISCUSSION = frozenset(
    (
        "discussion", "diskussion", "discusión", "discussão", "discussione", "discussie", "dyskusja", "diskuse",
        "обсуждение", "讨论", "討論", "考察", "논의", "고찰", "tartışma",
        # the two sections in one, and the discussion with the conclusions
        "results and discussion", "ergebnisse und diskussion", "résultats et discussion", "resultados y discusión",
        "resultados e discussão", "risultati e discussione", "результаты и обсуждение", "结果与讨论", "结果和讨论",
        "結果と考察", "discussion and conclusions", "discussion and conclusion", "diskussion und fazit",
        "discussion et conclusion", "discusión y conclusiones", "discussão e conclusões",
    )
)
PAPER_SECTION = frozenset(
    (
        "results", "methods", "materials and methods", "material and methods", "ergebnisse", "methoden",
        "material und methoden", "résultats", "méthodes", "matériel et méthodes", "resultados", "métodos",
        "materiales y métodos", "material e métodos", "materiais e métodos", "risultati", "metodi",
        "materiali e metodi", "resultaten", "wyniki", "metody", "výsledky", "результаты", "методы",
        "материалы и методы", "结果", "結果", "方法", "研究方法", "결과", "방법", "bulgular", "yöntem",
        # the sections that open a paper or a court judgment, and its method in the singular: a "Discussion"
        # under them is the document's reasoning ("Background / The issues / Discussion / Conclusion")
        "introduction", "background", "method", "abstract", "analysis", "einleitung", "hintergrund", "methode",
        "analyse", "zusammenfassung", "sachverhalt", "antecedentes", "introducción", "método", "análisis",
        "resumen", "résumé", "contexte", "introdução", "introduzione", "contesto", "metodo", "analisi",
        "введение", "анализ", "引言", "背景", "摘要", "はじめに", "背景と目的", "서론", "배경",
    )
)


class LazyPattern:
    """A module-level regex compiled on its first use: `re.compile(pattern, flags)` then, every attribute
    (match, search, pattern, flags, ...) the compiled pattern's own.

    Compiling a long phrase alternation costs milliseconds in every process that imports the package,
    worker or not; a regex that few pages reach (a heading's clause after a comma, a Latvian date) need not
    be paid for by the processes that never meet one. The first attribute read compiles it and copies the
    pattern's methods onto the instance, where later reads find them without this hook (no cost per call).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.__dict__["_source"] = (pattern, flags)
        _LAZY.append(self)

    def __getattr__(self, name: str) -> object:  # only for a name not on the instance yet: the first use
        compiled = re.compile(*self.__dict__["_source"])
        for attr in _PATTERN_ATTRS:
            self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)


# Every LazyPattern and PhraseRegex, compiled or not (compile_lazy_patterns).
_LAZY: list[LazyPattern | PhraseRegex] = []


def compile_lazy_patterns() -> int:
    """Compile every regex left to its first use; returns how many were compiled now.

    For measurements that compare the cleaning work alone across versions (scripts/profile_stages.py), and for
    a long-lived process that would rather pay for all of them up front than on the page that first needs one.
    """
    n = 0
    for lazy in _LAZY:
        if isinstance(lazy, PhraseRegex):
            if "regex" not in lazy.__dict__:
                lazy.regex  # noqa: B018 (the read compiles it)
                n += 1
        elif "match" not in lazy.__dict__:
            lazy.match  # noqa: B018
            n += 1
    return n


# The attributes of a compiled pattern that a LazyPattern holds once compiled.
_PATTERN_ATTRS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                  "pattern", "flags", "groups", "groupindex")


class PhraseRegex:
    """A phrase-list regex with a substring prefilter.

    Python's `re` tries every alternative at every position; most lines contain none of
    the phrases, and an Aho-Corasick automaton rules them out in one pass. All lists share
    one automaton (see `_phrase_hits`): a line is lower-cased and scanned once, not once per list.
    The regex itself (`regex`, a compiled pattern) is compiled when first read: only a line that holds
    one of the phrases asks it, and a process that meets none never pays for its compilation.
    """

    def __init__(
        self, phrases: list[str], pattern: str, flags: int = re.IGNORECASE,
        alternative_keys: tuple[tuple[str, ...], ...] | None = None,
    ) -> None:
        # Folded as the scanned text is (_IGNORECASE_FOLD): a needle holding "ı" ("ayrıca okuyun") would
        # never be found in a text whose "ı" became "i".
        self.needles = tuple(sorted({_ignorecase_fold(p.lower()) for p in phrases}))
        self._source = (pattern, flags)
        # The words every match of each top-level alternative holds (KeyedAlternatives): `regex` is then searched a
        # part at a time, only the parts whose words the line holds.
        self._alternative_keys = alternative_keys
        _LAZY.append(self)
        self.bit = _list_bit(len(_PHRASE_LISTS))
        _PHRASE_LISTS.append(self.needles)
        _shared.clear()  # the shared automaton is rebuilt with this list on the next scan

    def __getattr__(self, name: str) -> object:  # only for a name not on the instance yet
        if name != "regex":
            raise AttributeError(name)
        keys = self._alternative_keys
        regex = self.regex = (  # from now on an instance attribute: no hook
            re.compile(*self._source) if keys is None else KeyedAlternatives(*self._source, keys)
        )
        return regex

    def _maybe(self, text: str) -> bool:
        return bool(_phrase_hits(text) & self.bit)

    # search/match read the cache themselves: they run several times per line, and a call level costs.
    def search(self, text: str) -> re.Match[str] | None:
        hits = _HITS_CACHE.get(text)
        if hits is None:
            hits = _phrase_hits(text)
        return self.regex.search(text) if hits & self.bit else None

    def match(self, text: str) -> re.Match[str] | None:
        hits = _HITS_CACHE.get(text)
        if hits is None:
            hits = _phrase_hits(text)
        return self.regex.match(text) if hits & self.bit else None


def _list_bit(k: cython.long) -> int:
    """Phrase list k's bit, 1 << k, shifted as a C long: the scanner's masks and boilerplate's gates are C longs.
    Compiled, a bare `1 << k` shifts a C int: list 31's bit came out negative, and from list 32 on the bits would
    wrap onto the first lists' (tests/test_patterns.py: every list has its own bit)."""
    if k >= 63:
        raise ValueError("more than 63 phrase lists: their bits no longer fit a C long")
    return cython.cast(cython.long, 1) << k


def phrase_list_bit(phrases: tuple[str, ...] | list[str]) -> int:
    """Add `phrases` to the shared scan as a list of its own with no regex, and give its bit: a line holds one of
    them, in any case (folded as the scanned text is), when phrase_hits(line) has the bit. For an exact substring
    gate whose cue is in no PhraseRegex: the bit rules out most lines in the scan every line gets anyway, and the
    exact tests run only on the lines that hold a phrase (a superset of the lines they pass)."""
    needles = tuple(sorted({_ignorecase_fold(p.lower()) for p in phrases}))
    bit = _list_bit(len(_PHRASE_LISTS))
    _PHRASE_LISTS.append(needles)
    _shared.clear()  # the shared automaton is rebuilt with this list on the next scan
    return bit


# Needles of every PhraseRegex (and phrase_list_bit list), in creation order (list k has bit 1 << k).
_PHRASE_LISTS: list[tuple[str, ...]] = []
# (number of lists, automaton of all needles, automaton of the ASCII needles): see _shared_automata.
_shared: list[tuple[int, ahocorasick.Automaton, ahocorasick.Automaton]] = []
# Lines recently scanned: one line is tested against several lists in a row.
_HITS_CACHE: dict[str, int] = {}
_HITS_CACHE_SIZE = 64


def _shared_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """One automaton over all phrase lists (each needle's value is the bit mask of the lists holding
    it), and one over its ASCII needles only (the only ones an ASCII line can hold).

    Most lines are ASCII; the smaller automaton scans them about a third faster (pyahocorasick's
    cost per character grows with the trie), and finds exactly the same needles in them.
    """
    if _shared and _shared[0][0] == len(_PHRASE_LISTS):
        return _shared[0][1], _shared[0][2]
    masks: dict[str, int] = {}
    for k, needles in enumerate(_PHRASE_LISTS):
        for needle in needles:
            masks[needle] = masks.get(needle, 0) | _list_bit(k)
    automaton, ascii_automaton = ahocorasick.Automaton(), ahocorasick.Automaton()
    for needle, mask in masks.items():
        automaton.add_word(needle, mask)
        if needle.isascii():
            ascii_automaton.add_word(needle, mask)
    automaton.make_automaton()
    ascii_automaton.make_automaton()
    _shared[:] = [(len(_PHRASE_LISTS), automaton, ascii_automaton)]
    _HITS_CACHE.clear()
    return automaton, ascii_automaton


# Characters that re.IGNORECASE matches to an ASCII letter of a phrase but str.lower() does not map
# to it ("İ" lowers to "i" + U+0307): folded for the prefilter so it never rules out a regex match.
# The case fold of each code point U+0080-U+FFFF as fold_one gives it: 0 until first met. Native 32-bit
# integers in a bytearray, which the compiled loops that fold a text character by character (dedup's keys,
# metadata's _fold) read through a pointer.
CASE_FOLDS = bytearray(array("i", [0]) * 0x10000)


def fold_one(c: int) -> int:
    """chr(c).casefold() as a code point, or -1 when it is several characters (str.casefold folds each
    character on its own: the fold of a text is the concatenation of its characters' folds)."""
    folded = chr(c).casefold()
    return ord(folded) if len(folded) == 1 else -1


_IGNORECASE_FOLD = (("ı", "i"), ("ſ", "s"), ("\u0307", ""))


@cython.ccall
def _ignorecase_fold(lowered: str) -> str:
    """`lowered` with the _IGNORECASE_FOLD replacements: the text phrase_hits scans, the needles it looks for."""
    for odd, plain in _IGNORECASE_FOLD:
        if odd in lowered:  # str.translate costs microseconds even when nothing changes
            lowered = lowered.replace(odd, plain)
    return lowered


# Classes _fold_class gives besides a needle character's: a character dropped by the fold (U+0307), and one
# the per-character fold cannot stand for (its lower case is not one character after the fold, or depends on
# the next characters: capital sigma, when a needle holds a small one), which sends the line to the automaton.
_UNKNOWN = cython.declare(cython.short, -1)
_DROPPED = cython.declare(cython.short, -2)
_CONTEXT = cython.declare(cython.short, -3)


@cython.cclass
class _AsciiScanner:
    """The automaton as a dense transition table, for the compiled phrase_hits.

    Aho-Corasick with the failure links folded into the table: state * nclasses + class -> next state,
    and each state's mask is the union of the masks of every needle that ends there (its own and
    those of its failure chain), so the union over a line's states is the union over the needles
    found in it, what the automaton's iter gives. Characters no needle holds share class 0; "A"-"Z"
    share their lower-case letter's class (str.lower() on ASCII).

    Built over all the needles, it scans ASCII lines (_scan_ascii) and the others (_scan_full): a character
    beyond ASCII takes the class of what str.lower() and _IGNORECASE_FOLD make of it (found once per code
    point, kept in `wide`).
    """

    nclasses = cython.declare(cython.Py_ssize_t)
    classes = cython.declare(cython.int[::1])
    table = cython.declare(cython.ushort[::1])
    masks = cython.declare(cython.long[::1])
    index = cython.declare(dict)
    # Classes of the code points U+0080-U+FFFF as _fold_class gives them; _UNKNOWN until first met.
    wide = cython.declare(cython.short[::1])

    def __init__(self, needles: dict[str, int]) -> None:
        alphabet = sorted({c for needle in needles for c in needle})
        index = {c: k + 1 for k, c in enumerate(alphabet)}
        self.index = index
        nclasses = len(alphabet) + 1
        classes = array("i", [index.get(chr(c).lower(), 0) for c in range(128)])
        children: list[dict[int, int]] = [{}]
        own = [0]
        for needle, mask in needles.items():
            state = 0
            for c in needle:
                k = index[c]
                nxt = children[state].get(k)
                if nxt is None:
                    nxt = children[state][k] = len(children)
                    children.append({})
                    own.append(0)
                state = nxt
            own[state] |= mask
        if len(children) > 0xFFFF:
            raise ValueError("too many phrase states for the scanner's table")
        table = array("H", [0]) * (len(children) * nclasses)
        masks = array("l", own)
        if cython.compiled:  # the same loop on C arrays (the Python one cost ~95 M instructions per process)
            _link_failures(table, masks, children, nclasses)
        else:
            fail = [0] * len(children)
            order = [0]  # breadth first: a state's failure target is done before it
            for state in order:
                row, fail_row = state * nclasses, fail[state] * nclasses
                if state:  # a missing transition is the failure target's (the root's are 0, back to the root)
                    table[row : row + nclasses] = table[fail_row : fail_row + nclasses]
                    masks[state] |= masks[fail[state]]
                for k, child in children[state].items():
                    fail[child] = table[fail_row + k] if state else 0
                    table[row + k] = child
                    order.append(child)
        self.nclasses = nclasses
        self.classes = classes
        self.table = table
        self.masks = masks
        self.wide = array("h", [_UNKNOWN]) * 0x10000


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(nstates=cython.Py_ssize_t, head=cython.Py_ssize_t, tail=cython.Py_ssize_t, state=cython.Py_ssize_t,
               row=cython.Py_ssize_t, fail_row=cython.Py_ssize_t, k=cython.Py_ssize_t, child=cython.Py_ssize_t,
               fail=cython.long[::1], order=cython.long[::1])
def _link_failures(table: cython.ushort[::1], masks: cython.long[::1], children: list, nclasses: cython.Py_ssize_t) -> None:
    """_AsciiScanner's breadth-first pass, compiled: each state's row is its failure target's with its own
    transitions over it, and its mask takes the target's (the trie's transitions are in `children`)."""
    nstates = len(children)
    fail = array("l", [0]) * nstates
    order = array("l", [0]) * nstates  # breadth first: a state's failure target is done before it
    head, tail = 0, 1
    while head < tail:
        state = order[head]
        head += 1
        row, fail_row = state * nclasses, fail[state] * nclasses
        if state:  # a missing transition is the failure target's (the root's are 0, back to the root)
            memcpy(cython.address(table[row]), cython.address(table[fail_row]), nclasses * cython.sizeof(cython.ushort))
            masks[state] |= masks[fail[state]]
        for k, child in cython.cast(dict, children[state]).items():
            fail[child] = table[fail_row + k] if state else 0
            table[row + k] = child
            order[tail] = child
            tail += 1


def _fold_class(scanner: _AsciiScanner, c: int) -> int:
    """The class of code point c in the folded text the automaton scans: text.lower() is the concatenation
    of the characters' own lower cases but for capital sigma (final or not), and the fold maps characters."""
    low = _ignorecase_fold(chr(c).lower())
    if c == 0x3A3 and ("σ" in scanner.index or "ς" in scanner.index):
        return _CONTEXT
    if not low:
        return _DROPPED
    if len(low) != 1:
        return _CONTEXT
    return scanner.index.get(low, 0)


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(state=cython.Py_ssize_t, hits=cython.long, nclasses=cython.Py_ssize_t, c=cython.Py_UCS4)
def _scan_ascii(scanner: _AsciiScanner, text: str) -> cython.long:
    classes = scanner.classes
    table = scanner.table
    masks = scanner.masks
    nclasses = scanner.nclasses
    state = 0
    hits = 0
    for c in text:
        state = table[state * nclasses + classes[ord(c)]]
        hits |= masks[state]
    return hits


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.locals(state=cython.Py_ssize_t, hits=cython.long, nclasses=cython.Py_ssize_t, ch=cython.Py_UCS4,
               c=cython.long, k=cython.Py_ssize_t)
def _scan_full(scanner: _AsciiScanner, text: str) -> cython.long:
    """The phrase bits of any text (the scanner built over all needles), or -1 when a character's fold
    depends on its neighbours (see _fold_class): then the automaton decides."""
    classes = scanner.classes
    table = scanner.table
    masks = scanner.masks
    wide = scanner.wide
    nclasses = scanner.nclasses
    state = 0
    hits = 0
    for ch in text:
        c = ord(ch)
        if c < 128:
            k = classes[c]
        elif c < 0x10000:
            k = wide[c]
            if k == _UNKNOWN:
                k = wide[c] = _fold_class(scanner, c)
        else:
            k = _fold_class(scanner, c)
        if k < 0:
            if k == _DROPPED:
                continue
            return -1
        state = table[state * nclasses + k]
        hits |= masks[state]
    return hits


# The scanner of all needles of the current phrase lists, and the number of lists it was built for (a new
# PhraseRegex adds one); compiled only. It scans ASCII lines too (an ASCII line holds only ASCII needles: what
# the ASCII automaton finds). Typed globals: phrase_hits reads them for every line, and a C variable costs no
# look-up (the list of a (count, scanner) tuple they replace cost about 300 instructions a line).
_full_scanner = cython.declare(_AsciiScanner, None)
_full_scanner_lists = cython.declare(cython.Py_ssize_t, -1)


@cython.ccall
def _current_full_scanner() -> _AsciiScanner:
    global _full_scanner, _full_scanner_lists
    nlists: cython.Py_ssize_t = len(_PHRASE_LISTS)
    if nlists != _full_scanner_lists:
        masks: dict[str, int] = {}
        for k, needles in enumerate(_PHRASE_LISTS):
            for needle in needles:
                masks[needle] = masks.get(needle, 0) | _list_bit(k)
        _full_scanner = _AsciiScanner(masks)
        _full_scanner_lists = nlists
    return _full_scanner


_current_ascii_scanner = _current_full_scanner


def phrase_hits(text: str) -> int:
    """Bit mask of the phrase lists with at least one phrase in `text` (case-insensitive), not cached."""
    if cython.compiled:  # a table walk, lower-casing (and folding) as it goes
        scanner: _AsciiScanner = _current_full_scanner()
        if text.isascii():
            return _scan_ascii(scanner, text)
        found: cython.long = _scan_full(scanner, text)
        if found >= 0:
            return found
    lowered = text.lower()
    full, ascii_only = (_shared[0][1], _shared[0][2]) if _shared else _shared_automata()
    if lowered.isascii():
        automaton = ascii_only
    else:
        automaton = full
        lowered = _ignorecase_fold(lowered)
    hits = 0
    for _, mask in automaton.iter(lowered):
        hits |= mask
    return hits


def _phrase_hits(text: str) -> int:
    """`phrase_hits`, cached for the few lines last scanned (one line is tested against several lists)."""
    hits = _HITS_CACHE.get(text)
    if hits is None:
        hits = phrase_hits(text)
        if len(_HITS_CACHE) >= _HITS_CACHE_SIZE:
            _HITS_CACHE.clear()
        _HITS_CACHE[text] = hits
    return hits


# Word boundaries mean nothing inside CJK text: a phrase ending (or starting) in a CJK or Hangul
# character is a match whatever follows (or precedes) it.
_CJK_CLASS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
# The class is spelled with re.IGNORECASE turned off inside it: none of its characters is cased, so the compiled
# code is the same (tests/test_patterns.py compares it), but re's compiler no longer case-folds its 40,000 code
# points one by one in Python, once per use (that was half the cost of importing this module).
_CJK_CHAR = rf"(?-i:[{_CJK_CLASS}])"
# Both are alternations of zero-width assertions, spelled as atomic groups ((?>...)): whichever alternative holds,
# the match goes on from the same position in the same state, so when the rest fails, retrying the others (what
# a plain group does) fails the same way. Atomic, the engine skips those retries; the matches and their spans
# are the same (tests/test_patterns_atomic.py checks the alternatives are zero-width and compares the forms).
_END = rf"(?>\b|(?=\W)|$|(?<={_CJK_CHAR}))"
_START = rf"(?>^|\b|(?<=\W)|(?={_CJK_CHAR}))"


def _first_chars_lookahead(phrases: list[str]) -> str:
    """A lookahead for the first characters of the phrases ("(?=[abc])"), to put before _START: a position where
    no phrase can start is given up after one character test, not after _START's assertions and the alternation
    (under re.IGNORECASE the engine has no first-character skip). A phrase starts at the position the lookahead
    tests, so the matches and their spans stay the same (tests/test_patterns_atomic.py checks every code point)."""
    return "(?=[" + "".join(sorted({re.escape(p[0]) for p in phrases})) + "])"


# The list-intro alternation serves two regexes (LIST_INTRO_RE, READ_ALSO_RE): built once.
_LIST_INTRO_ALT = _trie_alternation(LIST_INTRO)
# An ad label alone on a line, as publishers place them between the paragraphs of an article ("Advertisement",
# "Story continues below advertisement", "Story continues below", "Continua após a publicidade", "Anzeige", "Publicité", "広告", "광고", "إعلان"). The whole line must be the
# label: several of these words also mean "announcement" or open headlines.
AD_LABEL = [
    "advertisement", "advertising", "ad", "sponsored", "anzeige", "werbung", "publicité", "publicidad", "publicidade",
    "pubblicità", "advertentie", "reklama", "reklam", "annons", "iklan", "quảng cáo", "реклама", "広告", "广告",
    "廣告", "광고", "إعلان", "اعلان", "آگهی", "تبلیغات", "اشتہار", "विज्ञापन", "বিজ্ঞাপন", "โฆษณา", "διαφήμιση",
    "פרסומת", "publicitate", "hirdetés", "mainos", "annonce", "annonse", "oglas", "reklāma", "reklaam", "publicitat",
    "tangazo", "hysbyseb", "fógra", "anúncio", "anuncio", "auglýsing", "iragarkia", "advertensie", "жарнама",
    "ማስታወቂያ", "දැන්වීම", "જાહેરાત", "ਇਸ਼ਤਿਹਾਰ", "ಜಾಹೀರಾತು", "പരസ്യം",
    # the slot's skip link and its feedback link, read as a label of their own ("SKIP ADVERTISEMENT" under
    # "ADVERTISEMENT", "Ad Feedback" and "Video Ad Feedback" under an ad or a player between two paragraphs)
    "skip advertisement", "skip ad", "ad feedback", "video ad feedback",
    # the second half of an ad slot's label, on its own line under "ADVERTISEMENT"
    "scroll to continue with content",
    # the slot's label without the ad's word (a video or an ad is set under it): "Story continues below", and the
    # same label in other languages (the words around the ad's word are the regex's: "Continúa después de la
    # publicidad", "Продолжение после рекламы")
    "story continues below", "article continues below", "story continues after", "article continues after",
    # a syndicated story's expander between two of its paragraphs, with neither "below" nor the ad's word
    "story continues", "article continues",
    "lesen sie nach der anzeige weiter", "der artikel wird unter der anzeige fortgesetzt", "la noticia continúa abajo",
    "la nota continúa abajo", "la noticia continúa debajo", "a reportagem continua abaixo", "a matéria continua abaixo",
    "o texto continua abaixo", "l'article continue ci-dessous", "l’article continue ci-dessous", "la suite ci-dessous",
    "продолжение ниже", "статья продолжается ниже", "продолжение после рекламы", "記事の続きは下にあります",
    "記事は下に続きます", "記事は広告の後に続きます", "記事の続きは広告の後で", "文章在广告后继续", "文章在廣告後繼續",
    "广告后继续阅读", "廣告後繼續閱讀", "下文继续", "下文繼續", "기사 계속", "기사는 아래에 계속됩니다",
]
AD_LABEL_RE = PhraseRegex(
    AD_LABEL,
    r"^[\W_]*(?:(?:story|article|text)\s+continues\s+(?:below|after)\s+(?:(?:this|the)\s+)?"
    # pt / fr / es: "Continua após a publicidade", "La suite après cette publicité", "Continúa después de la
    # publicidad", "Sigue leyendo tras la publicidad"
    r"|continua\s+(?:após\s+[ao]|depois\s+d[ao])\s+|la\s+suite\s+après\s+(?:cette|la)\s+"
    r"|(?:la\s+(?:noticia|nota)\s+)?(?:continúa|sigue(?:\s+leyendo)?)\s+(?:después\s+de|tras)\s+(?:la|el)\s+)?"
    r"(?:" + "|".join(sorted(map(re.escape, AD_LABEL), key=len, reverse=True)) + r")"
    r"(?:\s*[-–—:|·]?\s*(?:(?:story|article|text)\s+continues\s+(?:below|after)|scroll\s+to\s+continue"
    r"(?:\s+with\s+content)?|weiterlesen\s+nach\s+der\s+anzeige))?[\W_]*$",
)
# The button of a code block that copies its code, alone on its line ("Copy", "Copied!", "Copy code", "复制",
# "コピー"): a text dump keeps its label between the code and the next paragraph. The whole line must be the label
# ("Copy the file to the server" is a step of the article).
COPY_BUTTON = [
    "copy", "copied", "copy code", "copy to clipboard", "copied to clipboard", "kopieren", "kopiert", "copier",
    "copié", "copiar", "copiado", "копировать", "скопировано", "复制", "复制代码", "已复制", "複製", "コピー",
    "コードをコピー", "コピーしました", "복사", "코드 복사",
]
COPY_BUTTON_RE = PhraseRegex(
    COPY_BUTTON, r"^[\W_]*(?:" + "|".join(sorted(map(re.escape, COPY_BUTTON), key=len, reverse=True)) + r")[\W_]*$"
)
# A share button alone on its line: "Share", and in languages whose word for it the FURNITURE list lacks ("مشاركة",
# "اشتراک‌گذاری", "শেয়ার করুন", "გაზიარება", "Կիսվել", "Μοιραστείτε", "Kongsi"). The whole line must be the button:
# several of these words also mean "participation" or "subscription" and open headlines ("مشاركة واسعة في ...").
SHARE_BUTTON = [
    "share", "share article", "share full article", "share story", "share the story", "share the article",
    "مشاركة", "شارك", "شارك الخبر", "شارك المقال", "اشتراک‌گذاری", "اشتراک گذاری", "اشتراک بگذارید", "شیئر کریں",
    "شیئر", "শেয়ার করুন", "শেয়ার", "பகிர்", "பகிரவும்", "షేర్ చేయండి", "షేర్", "शेअर करा", "शेअर", "शेयर",
    "გაზიარება", "Կիսվել", "Μοιραστείτε", "Μοιράσου", "kongsi", "kongsikan", "поділитися", "подели", "แบ่งปัน",
    "공유하기", "共有する", "分享本文", "分享此文",
]
SHARE_BUTTON_RE = PhraseRegex(
    SHARE_BUTTON, r"^[\W_]*(?:" + "|".join(sorted(map(re.escape, SHARE_BUTTON), key=len, reverse=True)) + r")[\W_]*$"
)
# A link to the blog's previous or next post with that post's title ("← Previous: A cheap UPS for a small NAS",
# "Next post: Labels for every cable →", "Previous: Field guides FAQ | Next: Spotting scopes FAQ", "Next in the
# series: Part 4: ..."). The word and a colon alone do not make one: "Next: the council votes in March." is the
# article's; an arrow (or the ASCII "<<" / ">>" of a plain theme), a noun after the word ("post", "in the series"),
# or a second such link in the line does.
POST_NAV_RE = re.compile(
    r"^(?P<arrow>(?:[←«‹]|<{1,2})\s*)?(?:previous|next)"
    r"(?P<noun>\s+(?:post|article|story|entry|chapter|episode|in\s+(?:the|this)\s+series))?\s*:\s*\S",
    re.IGNORECASE,
)
POST_NAV_PAIR_RE = re.compile(r"\s[|·]\s*(?:(?:[←«‹]|<{1,2})\s*)?(?:previous|next)\b[^:|]{0,12}:", re.IGNORECASE)
_POST_NAV_ARROWS_AFTER = ("→", "»", "›", ">")


# The same link in other languages, where the word comes with its noun ("Article précédent : Les ponts",
# "Vorheriger Artikel", "Siguiente artículo", "上一篇：...", "前の記事", "이전 글"): the phrase alone on its line
# (arrows around it), or a colon and the post's title after it. ("L'article suivant explique ..." is a sentence.)
# English's short form too ("Prev post: ...").
POST_NAV_PHRASES = [
    "prev post", "prev article", "prev story", "prev entry",
    "article précédent", "article suivant", "billet précédent", "billet suivant",
    "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag",
    "artículo anterior", "artículo siguiente", "siguiente artículo", "entrada anterior", "entrada siguiente",
    "articolo precedente", "articolo successivo", "post precedente", "post successivo",
    "artigo anterior", "próximo artigo", "artigo seguinte", "post anterior", "próximo post",
    "vorig artikel", "vorige artikel", "volgend artikel", "volgende artikel",
    "poprzedni artykuł", "następny artykuł", "poprzedni wpis", "następny wpis",
    "предыдущая статья", "следующая статья", "предыдущая запись", "следующая запись",
    "上一篇", "下一篇", "上一篇文章", "下一篇文章", "上一則", "下一則", "上一则", "下一则", "前の記事", "次の記事",
    "이전 글", "다음 글", "이전글", "다음글",
]
POST_NAV_PHRASE_RE = PhraseRegex(
    POST_NAV_PHRASES,
    r"^[←«‹<\s]*(?:" + _trie_alternation(POST_NAV_PHRASES) + r")(?:[\s→»›>]*$|\s*[:：]\s*(?P<title>\S))",
)



def is_post_nav(text: str) -> bool:
    """The line links the previous or next post by its title (POST_NAV_RE): an arrow, a noun after the word, or
    a second link ("| Next: ...") tells it from a sentence that opens with "Next:". In other languages the
    word and its noun (POST_NAV_PHRASE_RE) make one."""
    m = POST_NAV_RE.match(text)
    if m is None:
        return POST_NAV_PHRASE_RE.match(text) is not None
    return bool(m.group("arrow") or m.group("noun")) or text.rstrip().endswith(_POST_NAV_ARROWS_AFTER) or (
        POST_NAV_PAIR_RE.search(text) is not None
    )


# An image's controls, copied with the article's text, alone on their line: "Enlarge this image" over the image,
# "hide caption" / "toggle caption" under its caption, in other languages too ("Agrandir l'image", "Bild
# vergrößern", "查看大图"). (The English ones are FURNITURE phrases as well.)
IMAGE_CONTROLS = [
    "enlarge this image", "enlarge image", "click to enlarge", "click image to enlarge", "tap to enlarge",
    "view larger image", "hide caption", "show caption", "toggle caption",
    "agrandir l'image", "agrandir l’image", "cliquez pour agrandir", "masquer la légende", "afficher la légende",
    "bild vergrößern", "zum vergrößern klicken", "bildunterschrift ausblenden", "ampliar imagen", "ampliar imagem",
    "ocultar leyenda", "ingrandisci immagine", "clicca per ingrandire", "vergroot afbeelding", "powiększ zdjęcie",
    "увеличить изображение", "查看大图", "点击查看大图", "点击放大", "画像を拡大", "이미지 확대",
]
IMAGE_CONTROL_RE = PhraseRegex(IMAGE_CONTROLS, r"^[\W_]*(?:" + _trie_alternation(IMAGE_CONTROLS) + r")[\W_]*$")
# The expander that folds a video's or a post's description back, alone on its line ("Show less" under the text
# that "Show more" opened, "Weniger anzeigen", "Afficher moins", "간략히"): the text goes on under it (the transcript,
# the post's next part). The whole line must be the control ("Show less of the coast road" is a sentence's start).
EXPANDER_CONTROLS = [
    "show less", "see less", "read less", "weniger anzeigen", "weniger lesen", "afficher moins", "voir moins",
    "mostrar menos", "ver menos", "mostra meno", "minder tonen", "minder weergeven", "pokaż mniej", "zwiń",
    "daha az göster", "visa mindre", "vis mindre", "свернуть", "скрыть описание", "一部を表示", "折りたたむ", "收起",
    "간략히", "접기",
]
EXPANDER_CONTROL_RE = PhraseRegex(
    EXPANDER_CONTROLS, r"^[\W_]*(?:" + _trie_alternation(EXPANDER_CONTROLS) + r")[\W_]*$"
)
# The expander that opens it, alone on its line under the cut description ("Show more", "...more", "もっと見る",
# "Mehr anzeigen", "Voir plus", "더보기"): a call to action (CTA), and inside the page when the description is over it
# and more of the page (a transcript) under it (boilerplate._inline_furniture).
SHOW_MORE_RE = re.compile(
    r"^[\W_]*(?:show\s+more|see\s+more|more|mehr\s+anzeigen|afficher\s+plus|voir\s+plus|mostrar\s+más|ver\s+más|"
    r"mostra\s+altro|meer\s+tonen|pokaż\s+więcej|visa\s+mer|показать\s+ещё|もっと見る|続きを見る|"
    r"(?:点击|點擊)?(?:展开|展開)(?:全文|全部|更多|剩余\s?\d{0,3}\s?%)?|더\s?보기)[\W_]*$",
    re.IGNORECASE,
)
# The credit under an image, alone on its line: "Photo: Jane Doe", "Image credit: Reuters", "Foto: dpa", "写真：共同".
IMAGE_CREDIT_RE = re.compile(
    r"^[\W_]*(?:photo(?:graph)?s?|image|picture|pic|credit|foto(?:s|grafie)?|bild|imagen|immagine|crédit(?:s)? photo|"
    r"фото|写真|图片|圖片|照片|사진)(?:\s*(?:credit|by|crédit|来源|來源|出处|出處|提供))?\s*[:：=/|]\s*\S.{0,80}$",
    re.IGNORECASE,
)
# A CJK photo's bare credit on its own line, a file photo or one taken off the web: "（资料图片）", "资料图", "(資料照)",
# "图片来源于网络", "網路圖片".
CJK_FILE_PHOTO_RE = re.compile(
    r"^[（(]?(?:[资資]料[图圖照]片?|[图圖]片(?:来源于|來源於|来自|來自|源自)?(?:网络|網路|網絡)|(?:网络|網路|網絡)[图圖]片)[）)]?$"
)
# News and photo agencies whose name alone, or with a photographer's name, is a photo's credit ("PA Media",
# "AFP via Getty Images", "Foto: dpa", "Фото: ТАСС", "Jane Doe/Reuters"): boilerplate.mark_agency_credits. Short
# acronyms are matched as spelled (PHOTO_AGENCIES_EXACT), longer names whatever their case (PHOTO_AGENCIES).
PHOTO_AGENCIES_EXACT = [
    "AP", "PA", "AFP", "EPA", "EFE", "ANP", "APA", "PAP", "NTB", "AAP", "TT", "dpa", "DPA", "ANSA", "Ansa", "TASS",
    "ТАСС", "ИТАР-ТАСС", "РИА", "AGF", "CTK", "ČTK", "MTI", "STA", "NTB", "EPA-EFE", "AP Photo", "PA Wire",
    "PA Images", "PA Archive", "SIPA", "Sipa", "ABACA", "Abaca", "ZUMA", "Zuma",
]
PHOTO_AGENCIES = [
    "Reuters", "Getty", "Getty Images", "Associated Press", "PA Media", "Agence France-Presse", "picture alliance",
    "picture-alliance", "Imago", "Imago Images", "Keystone", "Belga", "Lusa", "Europa Press", "Agencia EFE",
    "Agência Brasil", "Folhapress", "Estadão Conteúdo", "LaPresse", "Hollandse Hoogte", "Ritzau", "Scanpix",
    "TT Nyhetsbyrån", "Bildbyrån", "Lehtikuva", "Xinhua", "Kyodo", "Bloomberg", "Shutterstock", "iStock",
    "iStockphoto", "Alamy", "Alamy Stock Photo", "Anadolu", "Anadolu Agency", "NurPhoto", "SOPA Images",
    "LightRocket", "Sipa Press", "Sipa USA", "ZUMA Press", "ZUMA Wire", "Corbis", "Adobe Stock", "Unsplash",
    "Pexels", "Pixabay", "Wikimedia Commons", "РИА Новости", "Sputnik", "Agencja Gazeta", "East News",
]
# (The "most watched" labels with a word or two at most before them: LIST_INTRO_MOST_WATCHED.)
_LIST_INTRO_ANYWHERE = [p for p in LIST_INTRO if p not in LIST_INTRO_MOST_WATCHED]
LIST_INTRO_RE = PhraseRegex(
    LIST_INTRO,
    r"^[\W\d_]*(?:(?:.{0,40}?\s)?(?:" + _trie_alternation(_LIST_INTRO_ANYWHERE)
    + r")|(?:\S+\s+){0,2}(?:" + _trie_alternation(LIST_INTRO_MOST_WATCHED) + "))" + _END,
)
# The phrase opening the line (after bullets, digits, punctuation): a heading that ends with an ellipsis or a
# colon ("Related links:") is a list heading only so, not a sentence holding the phrase further on.
LIST_INTRO_LEAD_RE = re.compile(r"^[\W\d_]*(?:" + _LIST_INTRO_ALT + ")" + _END, re.IGNORECASE)
# The phrase opening the line and a clause after a comma: an article's section heading that plays on the words ("Más
# noticias, menos periodistas", "More news, fewer reporters"); a list's heading names its list and stops (or goes on
# with a section, "More news from Europe", or a colon).
# (Compiled on first use: only a list heading with a comma in it asks it.)
LIST_INTRO_CLAUSE_RE = LazyPattern(r"^[\W\d_]*(?:" + _LIST_INTRO_ALT + r")\s*,\s*[^\W\d_]", re.IGNORECASE)
# The episode and message phrases (LIST_INTRO_EPISODES, LIST_INTRO_MESSAGES, LIST_INTRO_KEEP_READING) anywhere in a line, and an episode
# phrase opening a line with a colon ("Weitere Folgen: Die Mieter zahlen mehr.": an article's sentence).
LIST_INTRO_NOUN_RE = re.compile(
    r"(?<!\w)(?:" + _alternation(LIST_INTRO_EPISODES + LIST_INTRO_MESSAGES + LIST_INTRO_KEEP_READING + LIST_INTRO_LIVE_FEED)
    + r")(?!\w)",
    re.IGNORECASE,
)
EPISODES_COLON_RE = re.compile(r"^[\W\d_]*(?:" + _alternation(LIST_INTRO_EPISODES) + r")\s*[:：]", re.IGNORECASE)
# (Searched in most lines that hold a call-to-action phrase, at every position: the first-character lookahead pays.)
# (Its needles hold the channel invitations' too: CHANNEL_PROMO_RE is read behind CTA_RE's bit.)
CTA_RE = PhraseRegex(
    CTA + CTA_CHANNEL + CTA_CHANNEL_CLOSING, _first_chars_lookahead(CTA) + _START + "(?:" + _trie_alternation(CTA) + ")" + _END
)
# A how-to's list intro that opens with a furniture verb ("Follow these steps in order:", "Watch the following
# points:", "Report each change like this:"): the verb's object is the list under it, no account or player; a
# furniture heading names a network or the site ("Follow us on:", "Share this article:").
FURNITURE_LIST_INTRO_RE = re.compile(
    r"^\w+\s+(?:these|the\s+following|the\s+steps|the\s+instructions|each|every)\b[^:]*:\s*$", re.IGNORECASE
)
FURNITURE_RE = PhraseRegex(FURNITURE, r"^[\W\d_]*(?:" + _trie_alternation(FURNITURE) + ")" + _END)
# A short line *containing* a comments-section word ("Top Rated Comments", "12 Kommentare", "评论(3)").
ARTICLE_END_RE = PhraseRegex(ARTICLE_END, _START + "(?:" + _trie_alternation(ARTICLE_END) + ")" + _END)
# The heading of a reader-comment thread: a count and a comments word, with an optional "on <the title>"
# ("6 thoughts on “…”", "12 Responses to …", "12 Kommentare zu „…“", "3 réflexions sur « … »", "5 comentarios en
# «…»"), or the word with an optional count ("Comments (4)", "Leave a comment", "댓글 3개", "コメント (4)", "评论 (12)",
# "12条评论"), in brackets or not ("[3 comments]", "(12 Kommentare)", "【3条评论】"). Only a hint:
# boilerplate.mark_comment_thread also needs the entries under it.
_COMMENT_WORD = (
    r"(?:thoughts?|responses?|replies|comments?|discussion|kommentare?|réflexions?|commentaires?|comentarios?|"
    r"comentários?|commenti|reacties|komentarze|komentáře|kommentarer|yorumlar|komentar|комментари[йяи]?|"
    r"コメント|评论|評論|留言|댓글)"
)
COMMENT_THREAD_HEADING_RE = re.compile(
    r"^[\[(（【]?\s*(?:(?:\d+|one|ein(?:e|en)?|une?|uno|una|um|uma)\s*" + _COMMENT_WORD
    + r"(?:\s+(?:on|to|about|for|zu|über|sur|à|en|em|a|su|op|do|na|к|на)\s+\S.{0,180})?"
    + r"|(?:[^\W\d_]+\s+){0,2}" + _COMMENT_WORD + r"\s*[(（\[]?\s*\d*\s*[)）\]]?\s*(?:개|件|条|則)?"
    + r"|\d+\s*(?:条|則|件|개)?\s*" + _COMMENT_WORD + r")\s*[\])）】]?\s*[:：]?$",
    re.IGNORECASE,
)
# Relative timestamps and vote counters of comment threads and feeds.
TIMESTAMP_RE = re.compile(
    r"^(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b"
    r"|^\d+\s?(?:s|m|h|d|w|mo|y|min|hr|hrs|mins)\s+ago$"
    r"|^(?:aktualizováno\s+|updated\s+|actualizat\s+|aktualisiert\s+|veröffentlicht\s+|mis à jour\s+|publié\s+|"
    r"actualizado\s+|publicado\s+|atualizado\s+|zaktualizowano\s+|opublikowano\s+)?"
    r"(?:il y a|hace|há|vor|před|przed|для|acum)\s+\d+\s+\w+$"
    r"|^\d+\s+\w+\s+(?:fa|geleden|sedan|önce|yang lalu|назад|temu)$"
    r"|^\d+\s*(?:分|時間|日|秒|小时|分钟|天)\s*前$|^\d+\s*(?:시간|분|일|초|주)\s*전$"
    # an update or publication label before or after a relative time: "Updated 14 minutes ago", "Aggiornato 3 ore fa",
    # "Обновлено 3 часа назад", "更新：3時間前", "3小时前更新", "업데이트 3시간 전", "3시간 전 수정됨"
    r"|^(?:last\s+)?(?:updated|posted|published|edited|modified)\s+\d+\s+"
    r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$"
    r"|^(?:aggiornato|pubblicato|bijgewerkt|gepubliceerd|uppdaterad|publicerad|güncellendi|обновлено|опубликовано)\s+"
    r"\d+\s+\w+\s+(?:fa|geleden|sedan|önce|назад)$"
    r"|^(?:更新|投稿|公開|更新于|更新於|发布于|發佈於|发表于|發表於|업데이트|수정|게시)\s*[:：]?\s*"
    r"\d+\s*(?:分|時間|日|秒|小时|小時|分钟|分鐘|天|시간|분|일|초|주)\s*(?:前|전)$"
    r"|^\d+\s*(?:分|時間|日|秒|小时|小時|分钟|分鐘|天)\s*前\s*(?:に)?(?:更新|投稿|公開|发布|發佈|发表|發表)(?:済み|されました)?$"
    r"|^\d+\s*(?:시간|분|일|초|주)\s*전\s*(?:업데이트|수정됨|수정|게시)$"
    r"|^\d+\s+(?:votes?|likes?|replies|points?|shares?)$|^(?:rating|votes?|likes?)\s*:\s*\d+"
    # a share counter under a post, one a line: "12 partages", "7 veces compartido", "3 compartilhamentos",
    # "9 condivisioni", "5 Mal geteilt", "8 репостов", "4 udostępnienia", "6 keer gedeeld", "2 delningar"
    r"|^\d+\s+(?:partages?|(?:veces\s+)?compartid[oa]s?|compartilhamentos?|condivisioni|(?:mal\s+)?geteilt|"
    r"репост(?:ов|а)?|udostępnie(?:ń|nia|nie)|(?:keer\s+)?gedeeld|delningar|paylaşım)$"
    # a CJK board's vote and view counters, one a line: "추천 37", "비추천 0", "조회 1,284", "いいね 12", "赞 5"
    # and a Q&A site's: "閲覧数：1,284", "回答数：3", "赞同 5321", "ナイス！ 34", "共感した 12", "도움이 됐어요 128", "답변 3", "내공 50"
    r"|^(?:추천|비추천|반대|공감|비공감|좋아요|싫어요|조회수?|いいね！?|ナイス！?|共感した|閲覧数|回答数|赞同?|贊同|点赞|點讚|顶|頂|踩"
    # a review's vote row: "有用 326", "没用 12", "回应 45"
    r"|도움이 됐어요|도움돼요|답변수?|내공|有用|没用|沒用|回应|回應)"
    r"\s*[:：]?\s*\d[\d,]*$"
    r"|^\d{1,2}[:h]\d{2}(?:\s*[ap]\.?m\.?)?$",
    re.IGNORECASE,
)
# A view counter on a line of its own, by the byline or under a post: "3.452 lượt xem", "2 340 просмотров", "1,284
# views", "812 Aufrufe", "1234次浏览": a number and the word, nothing else. (A rounded count, "12K views", once on
# a page is left to the repeated-line rules: tests/test_boilerplate_probe10_layouts.py.)
VIEW_COUNT_RE = re.compile(
    r"^\d{1,3}(?:[.,\s\u202f\xa0]?\d{3})*\s*(?:views?|reads|lượt\s+xem|lượt\s+đọc|"
    r"просмотр(?:ов|а)?|перегляд(?:ів|и)?|görüntülenme|okunma|kez\s+okundu|kali\s+dilihat|dilihat|"
    r"visualizaç(?:ões|ão)|visualizaciones|lecturas|vues|lectures|aufrufe|visualizzazioni|letture|weergaven|"
    r"keer\s+bekeken|wyświetle(?:ń|nia)|odsłon(?:y)?|次(?:浏览|瀏覽|阅读|閱讀|观看|觀看)|回閲覧|회\s*조회)$",
    re.IGNORECASE,
)
# A live page's entry stamp written as a clause: "Posted at 17:02", "Updated at 6.40pm", "Publié à 11h47",
# "Aktualisiert um 16:42 Uhr", "Publicado a las 09:15": a verb of posting, "at", a clock time, nothing else (a
# date's verb over a date is a date line, metadata's).
POSTED_CLOCK_RE = re.compile(
    r"^(?:posted|updated|published|publié|mis à jour|publicado|actualizado|atualizado|aktualisiert|veröffentlicht|"
    r"gepostet|gepubliceerd|bijgewerkt|pubblicato|aggiornato)\s+(?:at|à|a las|às|um|om|alle)\s+"
    r"\d{1,2}(?:[:.]|h(?=\d))[0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|[A-Z]{2,4}))?$",
    re.IGNORECASE,
)
# A forum topic's link to its accepted answer under the first post: "Solved by mashwizard in post #4", "Solution
# by Jo Reed in reply 12": a name of one or two tokens and the post's number.
SOLUTION_LINK_RE = re.compile(
    r"^(?:solved|solution|answered|accepted\s+(?:answer|solution))\s+by\s+\S+(?:\s\S+)?\s+in\s+"
    r"(?:post|reply|comment|answer)\s*#?\d+$",
    re.IGNORECASE,
)
# The name of one issue of a newsletter, as its page's headline: "Parish newsletter: Spring 2025", "Newsletter –
# March 2025", "Club newsletter, issue 14", "Newsletter Nr. 3/2025". Capitalized words naming it, the word
# "newsletter", then the issue: one or two words (a season or month, capitalized, or an issue label) and its year
# or number; a bare year or number ("Newsletter 2025") is a sign-up or archive link's. A sign-up line has a verb or
# a pronoun before the word ("Get our newsletter in 2025", "Sign Up For Our Newsletter: May 2025": see
# boilerplate._newsletter_issue_name).
NEWSLETTER_ISSUE_RE = re.compile(
    r"^(?:[A-Z\u00c0-\u00de][\w'’.&-]*\s+){0,4}(?:[A-Z\u00c0-\u00de][\w'’.&]*-)?(?:[Nn]ewsletters?|NEWSLETTERS?)\s*(?:[:–—,|-]\s*)?"
    r"(?:(?:[A-Z\u00c0-\u00de][^\W\d_]*|(?i:issue|no|nr|n[º°o]|vol|edition|ausgabe|numéro|número|edição|edición))"
    r"\.?\s+){1,2}(?:(?:19|20)\d{2}|\d{1,4}(?:\s*/\s*(?:19|20)\d{2})?)$"
    # or the issue's full date, its weekday first or not: "Weekly Newsletter – Friday 21 November 2025", "Club
    # newsletter for 4 April 2025"
    r"|^(?:[A-Z\u00c0-\u00de][\w'’.&-]*\s+){0,4}(?:[Nn]ewsletters?|NEWSLETTERS?)(?:\s*[:–—,|-]\s*|\s+(?:for|of)\s+)"
    r"(?:[A-Z][^\W\d_]+,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Z][^\W\d_]+|[A-Z][^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d{2}$"
)
# The byline card and controls of a post on a Q&A site or forum, each a line of its own: "asked 3 hours ago",
# "Modified 2 hours ago", "Viewed 412 times", "answered Mar 3 at 9:12", "1,234 reputation", "48.9k reputation",
# "3 silver badges", "improve this answer", "2 Answers", "Sorted by: Highest score". (Vote counts: TIMESTAMP_RE.)
# The card's "asked by <handle>" / "answered by <handle>" (a name of one or two tokens, no sentence end), and the
# same card in Malay and Indonesian: "Ditanya 3 bulan lalu", "Dilihat 4,812 kali", "ditanya oleh Hafiz_Rahman",
# "dijawab oleh azman.k", "1,204 reputasi", "3 Jawapan", "2 Jawaban", "Disusun mengikut: Undian tertinggi",
# "Diurutkan berdasarkan: Skor tertinggi".
QA_META_RE = re.compile(
    r"^(?:asked|answered|edited|modified|viewed|active|ditanya|dijawab|diubah(?: suai)?|dilihat)\s+(?:\d|an?\s|"
    r"one\s|yesterday|today|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)[^.!?]{0,30}$"
    r"|^(?:asked|answered|ditanya|dijawab)\s+(?:by|oleh)\s+(?:\S+\s)?\S*[^\s.!?:,;]$"
    r"|^\d[\d,.]*\s?k?\s+(?:reputation|reputasi)$|^\d[\d,.]*\s+(?:gold|silver|bronze)\s+badges?$"
    r"|^improve this (?:question|answer|post)$|^\d+\s+(?:answers?|jawapan|jawaban)$"
    r"|^(?:sorted by|disusun mengikut|diurutkan (?:berdasarkan|menurut))\s*:"
    # The same card in ca / es / pt / fr / it / de / nl: "Preguntat fa 3 dies", "Respondida hace 2 horas",
    # "Respondido há 5 dias", "Répondu il y a 2 jours", "Risposto 3 giorni fa", "Beantwortet vor 4 Stunden",
    # "Beantwoord 2 dagen geleden" (the verb, the time ago or the day), "2 respostes", "3 réponses", "2 Antworten",
    # "Ordena per: Vots", "Trier par :", "Sortieren nach:".
    r"|^(?:preguntad[ao]|preguntat|preguntada|perguntad[ao]|posée|demandé|gefragt|chiesto|gesteld|respost|"
    r"respondid[ao]|répondu|risposto|beantwortet|beantwoord)\s+(?:fa\s|hace\s|há\s|il\s+y\s+a\s|vor\s|el\s|le\s|"
    r"am\s|op\s|il\s|em\s|à\s)?\s*(?:"
    # a time ago: a count and a unit, then "fa" / "geleden" / "atrás" ("Chiesto un anno di carcere" is a headline)
    r"(?:\d+|una?|uno|une|um|uma|ein\w*|een)\s+(?:segon|segund|second|sekund|minut|hora|hore|heure|or[ae]\b|"
    r"stund|uur|uren|d[ií]a|dies|jour|giorn|tag|dag|setman|semana|semaine|settiman|woche|wek|mes|mois|monat|maand|"
    r"any\b|anys|año|ano\b|anos|an\b|ans|année|ann[oi]|jahr|jaar)\w*(?:\s+(?:fa|geleden|atrás))?"
    # a day: a date with a month's name or in figures, or yesterday / today; a time of day may follow
    r"|(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+(?:de\s+|d')?(?:gen|ene|jan|jän|feb|fev|fév|mar|mär|abr|"
    r"apr|avr|mai|may|mag|mei|jun|giu|jui|jul|lug|ago|aug|aoû|set|sep|oct|out|ott|okt|nov|des|dic|dez|dec|déc)"
    r"[^\W\d_]*\.?(?:\s+(?:de\s+)?\d{4})?|ahir|avui|ayer|hoy|ontem|hoje|hier|aujourd'hui|ieri|oggi|gestern|heute|"
    r"gisteren|vandaag)(?:,?\s+(?:a\s+les\s+|a\s+las\s+|às\s+|à\s+|um\s+|om\s+|alle\s+)?\d{1,2}[:h.]\d\d)?"
    r")$"
    r"|^\d[\d,.]*\s+(?:respostes|respuestas|respostas|réponses|risposte|antworten|antwoorden)$"
    # a poster's points under the name ("1.240 punts", "356 puntos", "2.104 Punkte"): the card's reputation
    r"|^\d[\d,.]*\s?k?\s+(?:punts|puntos|pontos|punti|punkte|punten)$"
    r"|^(?:ordena\s+per|ordenar\s+por|trier\s+par|trié\s+par|ordina\s+per|sortieren\s+nach|sortiert\s+nach|"
    r"sorteren\s+op|gesorteerd\s+op)\s*:"
    # The same card in Vietnamese: "3 câu trả lời" (answers), "Sắp xếp: Bình chọn nhiều nhất" (sorted by),
    # "Trả lời 2 ngày trước" (answered two days ago), "2.310 điểm" (points).
    r"|^\d[\d,.]*\s+câu\s+trả\s+lời$|^sắp\s+xếp(?:\s+theo)?\s*:|^\d[\d,.]*\s?k?\s+điểm$"
    r"|^trả\s+lời\s+(?:\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước|hôm\s+qua|hôm\s+nay)$",
    re.IGNORECASE,
)
# A job posting's terms of employment, one part of its facts row ("Bristol, UK · Hybrid · Full-time",
# "Teljes munkaidő · Határozatlan idejű", "Lindenau | Vollzeit | unbefristet"), matched case-folded against a whole
# part (metadata._job_terms_row): the row is no headline.
EMPLOYMENT_TERMS = frozenset((
    "full-time", "full time", "fulltime", "part-time", "part time", "parttime", "permanent", "temporary", "contract",
    "fixed-term", "freelance", "internship", "hybrid", "remote", "on-site", "onsite",
    "vollzeit", "teilzeit", "unbefristet", "befristet", "festanstellung", "minijob", "praktikum",
    "temps plein", "temps partiel", "cdi", "cdd", "intérim", "alternance", "télétravail",
    "tiempo completo", "jornada completa", "media jornada", "tiempo parcial", "indefinido", "contrato indefinido",
    "temporal", "prácticas", "remoto", "tempo integral", "meio período", "efetivo", "clt", "estágio", "temporário",
    "tempo pieno", "tempo indeterminato", "tempo determinato", "tirocinio",
    "voltijd", "deeltijd", "vast contract", "tijdelijk", "pełny etat", "pół etatu", "umowa o pracę", "praca zdalna",
    "полная занятость", "частичная занятость", "удалённая работа", "удаленная работа", "повна зайнятість",
    "часткова зайнятість", "teljes munkaidő", "részmunkaidő", "határozatlan idejű", "határozott idejű", "távmunka",
    "tam zamanlı", "yarı zamanlı", "penuh waktu", "paruh waktu", "sepenuh masa", "separuh masa", "kontrak",
    "heltid", "deltid", "tillsvidare", "visstid", "fuldtid", "plný úvazek", "částečný úvazek",
    "toàn thời gian", "bán thời gian", "正社員", "契約社員", "全职", "兼职", "정규직", "계약직",
))
# What QA_META_RE can open with (re.IGNORECASE): a digit or one of these letters.
QA_META_FIRST = frozenset("AaEeMmVvIiSsDdPpRrGgCcBbOoTt")
# The question's byline as one row: who asked it, then the time ago and the views after a middle dot or a bar
# ("Asked by jane_d · 3 days ago · 1,204 views", "Hỏi bởi nongdan_baria · 3 ngày trước · 1.204 lượt xem",
# "Preguntado por ana_m · hace 2 días", "Gefragt von tom84 | vor 3 Tagen"): the asking verb, its "by", one or two
# name tokens, then one to three short parts. (boilerplate.furniture_rule: a line of at most QA_ASKED_ROW_MAX_WORDS
# words holding one of the separators.)
QA_ASKED_ROW_RE = re.compile(
    r"^(?:asked|answered|ditanya|dijawab|hỏi|trả\s+lời|preguntad[ao]|respondid[ao]|perguntad[ao]|gefragt|"
    r"beantwortet|posée|demandée?|chiesto|gesteld)\s+(?:by|oleh|bởi|por|von|par|da|door)\s+\S+(?:\s+\S+)?"
    r"(?:\s*[·•|]\s*[^·•|!?\s][^·•|!?]{0,29}){1,3}$",
    re.IGNORECASE,
)
QA_ASKED_ROW_MAX_WORDS = 14
# A row of counters, each a short label and its count in brackets: "阅读(1286) 评论(4) 收藏(12)",
# "评论（12） 有用（156） 无用（3）", "Views (1,204) Comments (8)". Two counters or more, and nothing else.
COUNTER_ROW_RE = re.compile(r"^(?:[^\W\d_][^\W\d_ ]{0,11}(?: [^\W\d_]+)?\s?[(（]\d[\d,.]*[kK万]?[)）]\s*){2,}$")
# One counter alone on its line when its label is a reader action: "回复(8)", "评论（12）", "Replies (3)",
# "Likes (40)", "댓글(5)", "コメント(2)": the reply or like button of a post (other labels alone may be a heading's count);
# an answer's helpful-vote button too: "Helpful (14)", "Útil (14)", "Hilfreich (5)", "Utile (2)", "Nuttig (4)",
# "Pomocne (3)", "Užitečné (2)", "Полезно (7)", "Yararlı (5)", "有用(12)", "有帮助(3)", "役に立った(4)", "도움돼요(2)".
SINGLE_COUNTER_RE = re.compile(
    r"^(?:回复|回覆|評論|评论|点赞|點讚|赞|讚|转发|轉發|replies|reply|comments?|likes?|shares?|댓글|답글|공감|"
    r"コメント|返信|いいね|respuestas?|comentarios?|comentários|réponses?|commentaires|antworten|kommentare|"
    r"ответы|комментарии|"
    r"helpful|useful|útil|util|hilfreich|utile|nuttig|pomocne|przydatne|užitečné|užitočné|hasznos|hjälpsam|nyttig|"
    r"hyödyllinen|полезно|корисно|yararlı|有用|有帮助|有幫助|役に立った|参考になった|도움돼요|도움이 돼요|도움됨)"
    r"\s?[(（]\d[\d,.]*[kK万]?[)）]$",
    re.IGNORECASE,
)
# A page's note of how often it was read, alone or after a sentence counting its parts ("This article has 3 methods.
# It has been viewed 184,203 times.", a wiki's "This page has been accessed 12,345 times.", "Diese Seite wurde bisher
# 12.345 Mal abgerufen.", "Cette page a été consultée 12 345 fois.", "このページは12,345回アクセスされました。",
# "此页面已被浏览过12,345次。", "이 문서는 12,345번 읽혔습니다."): the subject is the page itself, so a report's
# sentence about a video or a speech ("The clip has been viewed 3 million times") is none, nor one about another
# page or post ("The post has been viewed 12,000,000 times on X.", "帖子已被浏览2000000次"): "this", "本", "此".
_VIEWS_N = r"\d[\d,.\s\u202f\xa0]*"
_VIEWS_SUBJECT = r"this\s+(?:article|page|post|guide|story|thread|topic|question|entry|how-to)"
PAGE_VIEWS_RE = PhraseRegex(
    [
        "viewed", "accessed", "been read", "was read", "visited", "aufgerufen", "abgerufen", "angesehen", "gelesen",
        "consulté", "vu ", "lu ", "visitad", "visto", "leído", "lido", "acessad", "visualizad", "lett", "visualizzat",
        "просмотр", "прочитан", "прочит", "アクセス", "閲覧", "浏览", "瀏覽", "阅读", "閱讀", "읽혔", "조회", "bekeken",
        "gelezen", "odwiedzan", "wyświetl", "przeczytan",
    ],
    r"^(?:(?:" + _VIEWS_SUBJECT + r"\s+has\s+\d+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\.\s+"
    r"(?:" + _VIEWS_SUBJECT + r"|it)|" + _VIEWS_SUBJECT + r")\s+(?:has\s+(?:already\s+)?been|was)\s+"
    r"(?:viewed|accessed|visited|read)\s+" + _VIEWS_N + r"times"
    r"|(?:dieser|diese|dieses)\s+(?:artikel|seite|beitrag|text)\s+wurde\s+(?:bisher\s+|bereits\s+)?" + _VIEWS_N
    + r"(?:mal|x)\s+(?:aufgerufen|abgerufen|angesehen|gelesen)"
    r"|(?:cette|cet|ce)\s+(?:page|article|billet|sujet)\s+a\s+été\s+(?:consulté|vu|lu|visité)e?\s+" + _VIEWS_N + r"fois"
    r"|(?:esta|este)\s+(?:página|artículo|entrada|nota)\s+(?:ha\s+sido|fue|se\s+ha)\s+"
    r"(?:visitad[oa]|vist[oa]|leíd[oa]|consultad[oa])\s+" + _VIEWS_N + r"veces"
    r"|(?:esta|este)\s+(?:página|artigo|post|matéria)\s+(?:já\s+)?foi\s+(?:acessad[oa]|visualizad[oa]|vist[oa]|lid[oa])\s+"
    + _VIEWS_N + r"vezes"
    r"|(?:questa|questo)\s+(?:pagina|articolo)\s+è\s+stat[oa]\s+(?:lett[oa]|vist[oa]|visualizzat[oa]|visitat[oa])\s+"
    + _VIEWS_N + r"volte"
    r"|(?:deze|dit)\s+(?:pagina|artikel|bericht)\s+is\s+" + _VIEWS_N + r"keer\s+(?:bekeken|gelezen|bezocht)"
    r"|(?:ta|ten)\s+(?:strona|artykuł|wpis)\s+(?:był[ao]?\s+)?(?:odwiedzan[ya]|wyświetlan[ya]|wyświetlon[ya]|"
    r"przeczytan[ya])\s+" + _VIEWS_N + r"raz(?:y|ów)?"
    r"|(?:эта\s+страница|эта\s+статья|этот\s+материал|эту\s+статью|эту\s+страницу)\s+(?:был[аио]?\s+)?"
    r"(?:просмотрен[аоы]?|прочитан[аоы]?|просматривали|прочитали)\s+" + _VIEWS_N + r"раз(?:а)?"
    r"|(?:この|本)(?:ページ|記事)は\s*" + _VIEWS_N + r"回(?:アクセス|閲覧)され"
    r"|(?:(?:此|本|这个|這個|这篇|這篇)(?:页面|頁面|文章|帖子)?|本文)(?:已被|已经被|已經被|被)(?:浏览|瀏覽|阅读|閱讀|查看)(?:过|過)?\s*"
    + _VIEWS_N + r"次"
    r"|이\s*(?:문서|글|페이지|기사)(?:는|은)\s*" + _VIEWS_N + r"(?:번|회)\s*(?:읽혔|조회되었|조회됐)"
    r")[^.!?。！？]{0,30}[.!。]?$",
)
# A blog post's footer, its author and the time it was posted ("Posted by Jane Doe at 8:15 PM", "Publicado por Ana
# en 20:15", "Eingestellt von Max um 20:15", "ಇವರಿಂದ ಪೋಸ್ಟ್ ಮಾಡಲಾಗಿದೆ <name> ರಲ್ಲಿ 8:15 ಅಪರಾಹ್ನ"): the platform's
# "posted by" in the page's language opening the line, a name, and a clock time closing it (with its AM/PM word or
# not), no clause between: at most six words, a name and the word before the time ("Posted by the council on its
# website on Monday at 10:30" is a sentence of a story).
POST_FOOTER_BY = [
    "posted by", "publicado por", "postado por", "publié par", "eingestellt von", "pubblicato da", "geplaatst door",
    "opublikowane przez", "опубликовано", "tarafından gönderildi", "diposting oleh", "dikirim oleh", "đăng bởi",
    "投稿者", "发布者", "發佈者", "张贴者", "張貼者", "게시자", "द्वारा पोस्ट", "ಇವರಿಂದ ಪೋಸ್ಟ್", "இடுகையிட்டது",
    "పోస్ట్ చేసినవారు", "പോസ്റ്റ് ചെയ്തത്", "পোস্ট করেছেন", "દ્વારા પોસ્ટ", "ਵੱਲੋਂ ਪੋਸਟ",
]
POST_FOOTER_RE = PhraseRegex(
    POST_FOOTER_BY,
    r"^(?:" + "|".join(re.escape(p) for p in POST_FOOTER_BY) + r")\s*[^\s.!?,;。，！？]+(?:\s+[^\s.!?,;。，！？]+){0,5}?\s*(?<![\d:])\d{1,2}:\d{2}"
    r"(?:\s*\S{1,12}){0,2}\s*$",
)
# A site's warning against fraud in its name, an exclamation opening the line ("Beware of scams! We never ask
# applicants for money.", "Waspada penipuan! <site> tidak pernah memungut biaya ...", "¡Cuidado con las estafas!",
# "Cuidado com golpes!", "Attention aux arnaques !", "Vorsicht vor Betrug!", "Остерегайтесь мошенников!",
# "詐欺にご注意ください。", "谨防诈骗！", "사기 주의!"): a job board's or shop's notice under a posting. A report on
# fraud quotes such a warning inside a sentence, or names who gave it, and its "Beware of scams." is no exclamation.
SCAM_WARNING = [
    "beware of", "watch out for", "waspada", "hati-hati", "awas", "cuidado con", "cuidado com", "attention aux",
    "méfiez-vous", "vorsicht vor", "achtung", "attenzione alle", "pas op voor", "uwaga na", "остерегайтесь",
    "осторожно", "dikkat", "cảnh giác", "詐欺に", "谨防", "謹防", "小心", "警惕", "사기",
]
SCAM_WARNING_RE = PhraseRegex(
    SCAM_WARNING,
    r"^(?:(?:beware\s+of|watch\s+out\s+for)\s+(?:job\s+|online\s+|recruitment\s+)?(?:scams?|fraud(?:sters)?|scammers|"
    r"fake\s+(?:recruiters|job\s+offers|employers))"
    r"|(?:waspada(?:lah)?|hati-hati(?:lah)?|awas)\s+(?:(?:terhadap|dengan|akan)\s+)?(?:penipuan|modus\s+penipuan|penipu)"
    r"|¡?cuidado\s+con\s+(?:las\s+|los\s+)?(?:estafas?|fraudes?|estafadores)|cuidado\s+com\s+(?:os\s+)?(?:golpes?|fraudes?|golpistas)"
    r"|(?:attention\s+aux|méfiez-vous\s+des)\s+(?:arnaques|escroqueries|fraudes|escrocs)"
    r"|(?:vorsicht\s+vor|achtung,?)\s+(?:betrug|betrügern|betrugsversuchen)"
    r"|attenzione\s+alle\s+(?:truffe|frodi)|pas\s+op\s+voor\s+(?:oplichting|oplichters|fraude)"
    r"|uwaga\s+na\s+(?:oszustów|oszustwa|oszustwo)|(?:остерегайтесь|осторожно,?)\s+(?:мошенник(?:ов|и)|мошенничеств[ао])"
    r"|dikkat,?\s+dolandırıcı(?:lara|lık)|cảnh\s+giác\s+(?:lừa\s+đảo|với\s+lừa\s+đảo)"
    r")\s*[!！]"
    r"|^(?:詐欺にご注意(?:ください)?|谨防诈骗|謹防詐騙|小心诈骗|小心詐騙|警惕诈骗|警惕詐騙|사기\s*주의|사기에\s*주의하세요)\s*(?:[!！.。]|$)",
)
# What follows the warning in the site's own voice: what it never asks, in the first person ("We will never ask
# you to pay", "Nunca cobramos taxas", "Kami tidak pernah meminta", "本站不会收取", "当サイトが…ことはありません",
# "저희는 … 않습니다"), or what the reader must not give ("Nie podawaj nikomu swoich danych"). A report goes on with
# who warned of what ("Police say ...", "La policía alertó ...", "Policja nie wie ..."): not the Polish "nie" (not)
# of any sentence, nor the English "my" of a reader's story, which are no "we" of the site; the Italian "mai" (never)
# only after its "non" ("Non chiediamo mai denaro"): alone it is as often May ("Im Mai", "depuis mai").
SCAM_SITE_VOICE_RE = re.compile(
    r"\b(?:never|we|our|us|nunca|jamás|jamais|nosotros|nuestr[oa]s?|nós|nosso|nossa|cobramos|pedimos|nous|notre|nos|"
    r"niemals|wir|unser[e]?|non\s+(?:\w+\s+){0,3}?mai|noi|nostr[oi]|nooit|wij|ons|onze|nigdy|nasz[aey]?|никогда|мы|наш[аие]?|"
    r"nie\s+(?:podawaj|przekazuj|udostępniaj|wysyłaj|przesyłaj|płać|wpłacaj|przelewaj|klikaj|otwieraj|odpowiadaj|"
    r"instaluj|ujawniaj)\w*|"
    r"kami|tidak\s+pernah|asla|biz|không\s+bao\s+giờ|chúng\s+tôi)\b"
    r"|本站|本网|本網|本公司|我们|我們|不会|不會|绝不|絕不|从不|從不|当サイト|当社|弊社|決して|ありません|しません|저희|당사|"
    r"절대|않습니다|않아요",
    re.IGNORECASE,
)
# A Nepali date line in the Bikram Sambat calendar ("प्रकाशित : मंसिर १९, २०८२ ०९:१२", "Published: Mangsir 19, 2082",
# "मंसिर १९, २०८२"): its month names, a day and a year of the era (20xx), with a "published" or "updated" label and
# a time or not. No date parser reads the calendar (converting it needs its month-length table), so the line is
# told by its shape alone.
_BS_MONTHS = (
    r"(?:बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|मार्ग|पुस|पौष|माघ|"
    r"फागुन|फाल्गुन|चैत|चैत्र)"
)
BS_DATE_LINE_RE = re.compile(
    r"^(?:(?:प्रकाशित(?:\s+मिति)?|अपडेट|अद्यावधिक|मिति)\s*[:：]?\s*)?(?:(?:आइतबार|सोमबार|मंगलबार|बुधबार|बिहीबार|"
    r"शुक्रबार|शनिबार)\s*,?\s*)?" + _BS_MONTHS + r"\s+\d{1,2}\s*,?\s+[2२][0०]\d\d(?:\s*,?\s*\d{1,2}[:：]\d{2}(?:\s*\S{1,8})?)?\s*$"
)
# A forum post's likes row, the users who liked it after a label and a colon ("Likes: jane_d, Tom84", "Mi piace:
# gianni_spider, Lupo75", "Gefällt mir: Max, Anna und 3 weitere", "Reactions: ...", "いいね: ...", "点赞：..."):
# names (a user name is a token or two) parted by commas or "and", no sentence.
_LIKE_NAME = r"[^\s,;:!?。，、！？]+(?:\s[^\s,;:!?。，、！？]+)?"
_LIKE_AND = r"(?:and|und|et|e|y|i|en|и|ve|dan|và|와|과|和|及)"
LIKES_ROW_RE = re.compile(
    r"^(?:likes?|liked\s+by|reactions?|mi\s+piace|piace\s+a|gefällt\s+mir|gefällt|j'aime|me\s+gusta|le\s+gusta\s+a|"
    r"curtidas|curtiram|gostaram|нравится|понравилось|polubienia|lubią\s+to|vind\s+ik\s+leuk|beğeniler|beğenenler|"
    r"disukai|thích|いいね|点赞|點讚|赞|讚|좋아요)\s*[:：]\s*"
    + _LIKE_NAME + r"(?:\s*[,，、]\s*" + _LIKE_NAME + r"){0,9}(?:\s*,?\s+" + _LIKE_AND + r"\s+" + _LIKE_NAME + r")?\s*$",
    re.IGNORECASE,
)
# What parts a likes row's names: a comma or the "and" word.
LIKES_ROW_SPLIT_RE = re.compile(r"\s*[,，、]\s*|\s+" + _LIKE_AND + r"\s+", re.IGNORECASE)
_COPYRIGHT_PHRASES = [
    "©", "ⓒ", "(c)", "copyright", "all rights reserved", "derechos reservados", "droits réservés",
    "rechte vorbehalten", "direitos reservados", "diritti riservati", "права защищены", "版权所有", "版權所有",
    "著作権", "無断転載", "禁止转载", "무단", "재배포", "available under", "licensed under", "licenced under", "版权声明", "版權聲明",
]
COPYRIGHT_RE = PhraseRegex(
    _COPYRIGHT_PHRASES,
    r"(?:©|ⓒ|\(c\)\s*\d{4}|copyright\s*(?:©|\d{4})|all rights reserved|"
    # a wiki's licence footer ("Community content is available under CC-BY-SA unless otherwise noted."; one that
    # names "Creative Commons" is a legal notice, patterns.LEGAL_NOTICE_RE)
    # The notice opens the line (or a sentence of a footer) with at most one word before its noun and goes on with no
    # other clause than "; additional terms may apply": "The archive's content is available under CC-BY-SA, so the
    # council can reuse ..." is a sentence.
    r"(?:^|[.|·]\s+)(?:[\w-]+\s+)?(?:content|text)\s+is\s+available\s+under\s+(?:the\s+)?(?:cc[\s-]?by|gfdl|gnu\s+free"
    # (or a licence named capitalized, "the Open Government Licence v3.0": "a free license for schools" is a sentence's;
    # (?-i:) because the list's regex ignores case)
    r"|(?![^,;]*creative\s+commons)(?-i:(?:[A-Z][\w.-]*\s+){1,4}Licen[cs]e)\b)[^,]*(?:$|;|,\s*(?:unless|except))|"
    # a public body's open-licence footer: "Contains public sector information licensed under the Open Government
    # Licence v3.0." (the notice names the licence, capitalized: a sentence about licensing names none so)
    r"(?:^|[.|·]\s+)contains\s+(?:[\w-]+\s+){0,3}(?:information|data)\s+licen[cs]ed\s+under\s+(?:the\s+)?"
    r"(?-i:(?:[A-Z][\w.-]*\s+){1,4}Licen[cs]e)\b[^,]*$|"
    r"derechos reservados|droits réservés|rechte vorbehalten|direitos reservados|diritti riservati|права защищены|版权所有|版權所有|著作権|無断転載|"
    r"禁止转载|무단\s*전재|재배포\s*금지|"
    # a blog's notice over or under a post, labelled as one: "版权声明：本文为博主原创文章，转载请附上原文出处链接"
    r"^\s*(?:版权声明|版權聲明)\s*[:：]\s*\S)",  # (its text on the line: a bare "版权声明：" heads a block of notices)
)
# A legal notice: copyright and reprint terms, trademark notices, disclaimers of advice or liability, in the words
# such notices use in many languages. One such line after an article can belong to it (a wire service's notice,
# "reprint only with permission"); boilerplate.mark_legal_notices removes only a block of them closing the page.
LEGAL_NOTICE_RE = re.compile(
    r"all rights reserved|registered trademarks?|trademarks? of|(?:is|are) subject to copyright|"
    r"(?:may|can) not be (?:reproduced|republished|redistributed|copied)|no part of .{0,60}may be reproduced|"
    r"without (?:the )?(?:prior |express )*(?:written )?(?:permission|consent|authori[sz]ation)|"
    r"not intended to (?:diagnose|replace|substitute|provide|be a substitute)|"
    r"(?:does not|do not|shall not) constitute (?:legal|medical|financial|investment|professional) advice|"
    r"for (?:general )?(?:informational|information|educational) purposes only|have not been evaluated by|"
    r"disclaimer|terms of (?:use|service)|"
    # A public body's footer: who runs the site and what it does not answer for, its non-discrimination
    # statement, its machine translation ("provided as a convenience").
    r"(?:is|are) not (?:held )?liable for|(?:does|do) not discriminate on the basis of|provided as a convenience|"
    r"(?:web ?)?site is (?:maintained|operated|managed) by|"
    # A wiki's page footer: its licence and the time of its last edit, in the words of its languages.
    r"creative commons|クリエイティブ・コモンズ|크리에이티브 커먼즈|"
    r"this page was last (?:edited|modified)|se editó por última vez|foi editada pela última vez|"
    r"dernière modification de cette page|zuletzt am .{0,40} bearbeitet|naposledy editována|"
    r"页面最[后後](?:修订|修改|编辑)于|頁面最後(?:修訂|修改|編輯)於|知识共享|知識共享|このページの最終更新|"
    r"alle rechte vorbehalten|ohne (?:vorherige |ausdrückliche )*(?:schriftliche )?(?:genehmigung|zustimmung)|"
    r"nachdruck (?:nur|verboten|und vervielfältigung)|haftungsausschluss|keine haftung|stellt keine .{0,20}beratung|"
    r"tous droits réservés|reproduction (?:interdite|totale ou partielle)|sans (?:l'|l’)?autorisation|"
    r"ne (?:constitue|saurait constituer) (?:pas )?un conseil|"
    r"todos los derechos reservados|prohibida (?:su|la) reproducción|sin (?:la )?autorización|aviso legal|"
    r"todos os direitos reservados|proibida a reprodução|sem (?:a )?autorização|"
    r"tutti i diritti riservati|riproduzione riservata|vietata la riproduzione|"
    r"все права защищены|перепечатка|без (?:письменного )?разрешения|"
    r"版权|版權|著作权|著作權|未经.{0,15}(?:许可|授权|同意)|未經.{0,15}(?:許可|授權|同意)|转载|轉載|侵权|侵權|"
    r"免责|免責|法律责任|法律責任|不代表本(?:网|站|报|刊)|纯属.{0,6}个人观点|"
    r"無断(?:転載|複製|使用)|著作権|転載|저작권|무단\s*전재|재배포",
    re.IGNORECASE,
)
# The subject of such notices, named in an article's title or lead: an article about copyright or trademarks
# quotes notices and is not closed by them.
LEGAL_TOPIC_RE = re.compile(
    r"copyright|trademark|disclaimer|licen[cs]|piracy|plagiari|urheberrecht|marke(?:nrecht|nschutz)|"
    r"droits? d['’]auteur|marque déposée|derechos? de autor|marca registrada|direitos? autora|"
    r"diritto d['’]autore|авторск|товарн(?:ый|ого) знак|"
    r"版权|版權|著作权|著作權|侵权|侵權|商标|商標|盗版|盜版|著作権|저작권|상표",
    re.IGNORECASE,
)
# Substrings (lower-case) that every match of LEGAL_TOPIC_RE holds, one for each alternative (its lowered text
# holds it, but for the characters in LEGAL_TOPIC_CASE_EXCEPTIONS): the lead paragraphs it is tried on are long,
# and the alternation is tried at every position of them. tests/test_boilerplate_prefilters.py checks the claim
# over the regex's parse tree and every code point.
LEGAL_TOPIC_KEYS = (
    "copyright", "trademark", "disclaimer", "licen", "piracy", "plagiari", "urheberrecht", "marke", "droit",
    "marque déposée", "derecho", "marca registrada", "direito", "diritto d", "авторск", "товарн",
    "版权", "版權", "著作权", "著作權", "侵权", "侵權", "商标", "商標", "盗版", "盜版", "著作権", "저작권", "상표",
)
# The keys' IGNORECASE_EXTRA_FOLDS that do not lower to the key's letter: İ lowers to two characters; ı, ſ and the
# old Cyrillic letter forms ᲀ ᲂ ᲃ ᲄ ᲅ match i, s, в, о, с, т but lower to themselves (the Kelvin sign lowers to k):
# a text with one of them always gets the regex.
LEGAL_TOPIC_CASE_EXCEPTIONS = ignorecase_odd_forms("".join(LEGAL_TOPIC_KEYS))
_LEGAL_TOPIC_AUTOMATON = ahocorasick.Automaton()
for _key in LEGAL_TOPIC_KEYS:
    _LEGAL_TOPIC_AUTOMATON.add_word(_key, _key)
_LEGAL_TOPIC_AUTOMATON.make_automaton()


def legal_topic(text: str) -> bool:
    """LEGAL_TOPIC_RE.search(text) finds a match; the regex is tried only when one of LEGAL_TOPIC_KEYS is in the
    text (or one of LEGAL_TOPIC_CASE_EXCEPTIONS, for which the keys tell nothing)."""
    if not _has_legal_topic_key(text):
        return False
    return LEGAL_TOPIC_RE.search(text) is not None


def _has_legal_topic_key(text: str) -> bool:
    """One of LEGAL_TOPIC_KEYS is in the lowered text, or it holds one of LEGAL_TOPIC_CASE_EXCEPTIONS."""
    if not text.isascii():
        for c in LEGAL_TOPIC_CASE_EXCEPTIONS:  # plain loops: a generator costs more than the tests
            if c in text:
                return True
    for _hit in _LEGAL_TOPIC_AUTOMATON.iter(text.lower()):
        return True
    return False


# Substrings (lower-case) that every match of LEGAL_NOTICE_RE holds, as specific as its alternatives allow (not
# "terms of", "market" holds "marke"): one Aho-Corasick pass over a line rules the regex out, far faster than
# trying its alternatives at every position. tests/test_boilerplate_legal_notices.py checks the claim on real lines.
LEGAL_KEYS = (
    "rights reserved", "trademark", "subject to copyright", "not be reproduced", "not be republished",
    "not be redistributed", "not be copied", "may be reproduced", "permission", "consent", "authorisation",
    "authorization", "not intended to", "not constitute", "purposes only", "not been evaluated", "disclaimer",
    "terms of use", "terms of service", "not liable for", "not held liable for", "not discriminate on the basis of",
    "as a convenience", "site is maintained by", "site is operated by", "site is managed by", "creative commons", "クリエイティブ・コモンズ", "크리에이티브 커먼즈", "last edited", "last modified", "por última vez",
    "pela última vez", "dernière modification", " bearbeitet", "naposledy editována",
    "页面最", "頁面最後", "知识共享", "知識共享", "このページの最終更新",
    "rechte vorbehalten", "genehmigung", "zustimmung", "nachdruck ", "haftungsausschluss", "keine haftung",
    "stellt keine", "droits réservés", "reproduction interdite", "reproduction totale", "sans autorisation",
    "sans l'autorisation", "sans l’autorisation", "un conseil", "derechos reservados", "reproducción",
    "sin autorización", "sin la autorización", "aviso legal", "direitos reservados", "proibida a reprodu",
    "sem autorização", "sem a autorização", "diritti riservati", "riproduzione", "права защищены", "перепечатка",
    "без разрешения", "без письменного разрешения",
    "版权", "版權", "著作权", "著作權", "未经", "未經", "转载", "轉載", "侵权", "侵權", "免责", "免責", "法律责任", "法律責任",
    "不代表本", "个人观点", "無断", "著作権", "転載", "저작권", "무단", "재배포",
)
_LEGAL_AUTOMATON = ahocorasick.Automaton()
for _key in LEGAL_KEYS:
    _LEGAL_AUTOMATON.add_word(_key, _key)
_LEGAL_AUTOMATON.make_automaton()


def may_be_legal(text: str) -> bool:
    """False when LEGAL_NOTICE_RE cannot match `text`: no LEGAL_KEYS substring in it."""
    for _hit in _LEGAL_AUTOMATON.iter(text.lower()):
        return True
    return False


# An opinion page's note that the views are the author's, not the publisher's ("The views expressed in this
# article are the author's own and do not necessarily reflect those of ..."): the publisher's small print.
# A CJK disclaimer is a short line of its own, with no quotation marks and no reporting verb (news quotes such a
# statement: "...回应称，该文章仅代表作者个人观点", "「...当社の見解を示すものではありません」とのコメントを発表した").
_CJK_DISCLAIMER_LINE = r"^(?=.{0,80}$)(?!.*(?:[「」『』“”\"]|称|表示|回应|回應|指出|声明称|コメント|述べ|発表))"
OPINION_DISCLAIMER_RE = re.compile(
    r"(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b.{0,80}?\b(?:are|is)\s+(?:those\s+of|solely|entirely|"
    r"the\s+(?:author|writer)|(?:his|her|their)\s+own)|"
    # "does not necessarily reflect" says whose views are not whose: a disclaimer's subject is the views, the
    # article or the column ("The opinions in this column ... do not necessarily reflect ..."), or its object the
    # publisher, its editors or "our" ("... reflect ours", "... the views of the publisher"). A high price that
    # "does not necessarily reflect better quality", a poll that "does not necessarily reflect the views of
    # residents", a study that "does not necessarily represent the position of the government" (and their
    # es/pt/it forms) are sentences of the article.
    r"(?:\bviews|\bopinions|\b(?:this|the|these)\s+(?:article|column|post|piece|op-ed|blog|content|commentary|essay|"
    r"letter|podcast)s?)\b[^.;!?]{0,80}?\bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\b|"
    r"do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\s+(?:ours\b|our\s|(?:those|the\s+(?:official\s+)?"
    r"(?:views?|opinions?|positions?|polic(?:y|ies)|stance|thoughts))\s+of\s+(?:the\s+|this\s+|its\s+)?"
    r"(?:publisher|publication|editors?|editorial|newspaper|paper|magazine|site|website|blog|station|network|"
    r"broadcaster|owners?)\b|(?:the\s+)?editorial\s+(?:board|position|policy|line|stance|team|views?))|"
    r"meinung\s+der\s+redaktion|n['’]engagent?\s+que\s+(?:leurs?|son|ses)\s+auteurs?|"
    r"(?:\bopiniones|\bopini[oó]n|\bpuntos\s+de\s+vista|\b(?:este|esta|estos|estas|el|la|los|las)\s+(?:art[ií]culo|"
    r"columna|texto|contenido|colaboraci[oó]n)(?:e?s)?)\b[^.;!?]{0,80}?\bno\s+(?:reflejan?|representan?)\s+"
    r"necesariamente\b|"
    r"no\s+(?:reflejan?|representan?)\s+necesariamente\s+(?:nuestr[ao]s?\s|(?:la|el)\s+(?:opini[oó]n|posici[oó]n|"
    r"postura|punto\s+de\s+vista)\s+(?:de\s+la|del|de\s+este|de\s+esta)\s+(?:redacci[oó]n|medio|peri[oó]dico|diario|"
    r"revista|editorial|editora|sitio|portal|publicaci[oó]n)\b|(?:la\s+)?l[ií]nea\s+editorial)|"
    r"(?:\bopini[oõ]es|\bopini[aã]o|\bpontos\s+de\s+vista|\b(?:este|esta|estes|estas|neste|nesta|o|a|os|as)\s+"
    r"(?:artigo|coluna|texto|conte[uú]do)s?)\b[^.;!?]{0,80}?\bnão\s+(?:refletem?|representam?)\s+necessariamente\b|"
    r"não\s+(?:refletem?|representam?)\s+necessariamente\s+(?:noss[ao]s?\s|(?:a|o)\s+(?:opini[aã]o|posi[cç][aã]o|"
    r"ponto\s+de\s+vista)\s+(?:do|da|deste|desta)\s+(?:reda[cç][aã]o|jornal|revista|site|portal|ve[ií]culo|editora|"
    r"publica[cç][aã]o)\b|(?:a\s+)?linha\s+editorial)|"
    r"(?:\bopinion[ei]|\bpunti\s+di\s+vista|\b(?:questo|questa|questi|queste|il|la|gli|le|l['’])\s*(?:articol[oi]|"
    r"rubric[ah]e?|test[oi]|contenut[oi]))\b[^.;!?]{0,80}?\bnon\s+(?:riflettono|rispecchiano|rappresentano|riflette|"
    r"rispecchia|rappresenta)\s+necessariamente\b|"
    r"non\s+(?:riflettono|rispecchiano|rappresentano|riflette|rispecchia|rappresenta)\s+necessariamente\s+(?:(?:il|la|"
    r"le|i)\s+nostr[aoie]\s|(?:la|le|il|l['’])\s*(?:posizion[ei]|opinion[ei]|punto\s+di\s+vista)\s+(?:della|del|"
    r"dello)\s+(?:redazione|giornale|testata|sito|rivista|editore|portale)\b|(?:la\s+)?linea\s+editoriale)|"
    # ro: "(the opinions are the author's) and do not necessarily represent the position of the editors"
    # The editors, the publication or the site named: "a high price does not necessarily represent better quality"
    # is a sentence of the article.
    r"nu\s+(?:reprezint[ăa]|reflect[ăa]|exprim[ăa])\s+(?:neap[ăa]rat|[îi]n\s+mod\s+neap[ăa]rat)\s+"
    r"(?:pozi[țţt]i(?:ile|[ae])|opini(?:ile|a)|punct(?:ul|ele)\s+de\s+vedere)\s+(?:al\s+|a\s+|ale\s+)?(?:redac[țţt]i|publica[țţt]i|site-ului|ziarului|"
    r"editorului|platformei)|"
    # de/nl/pl/cs/hu/el: "(guest pieces) do not necessarily give the position of the editors", the editors, the paper
    # or the publisher named ("the result does not necessarily reflect the residents' view" is reporting)
    r"nicht\s+(?:unbedingt|zwingend|notwendigerweise)\s+(?:die|den)\s+(?:meinung|position|haltung|ansicht|auffassung|"
    r"standpunkt)\s+(?:der\s+redaktion|des\s+verlag(?:e?s)?|der\s+zeitung)|"
    r"niet\s+noodzakelijk(?:erwijs)?\s+(?:de\s+mening|het\s+standpunt|de\s+visie)\s+van\s+de\s+"
    r"(?:redactie|krant|uitgever(?:ij)?)|"
    r"nie\s+(?:musi|muszą|zawsze|koniecznie)\s+(?:(?:być\s+)?zgodn[ey]\s+ze\s+stanowiskiem|odzwierciedlać\s+"
    r"(?:stanowiska|poglądów|opinii|zdania))\s+redakcji|"
    r"nemus[ií]\s+(?:nutně\s+)?(?:vyjadřovat|odpovídat|odrážet)\s+(?:názor\w*|stanovisk\w*|postoj\w*)\s+"
    r"(?:redakce|vydavatele)|"
    r"nem\s+(?:feltétlenül|szükségszerűen)\s+(?:egyezik|egyeznek|tükrözi|tükrözik)\s+(?:meg\s+)?(?:a\s+|az\s+)?"
    r"(?:(?:szerkesztőség|kiadó|lap|portál|újság)\w*\s+(?:álláspont|vélemény|nézet|felfogás)\w*|szerkesztőségé\w*)|"
    r"δεν\s+(?:εκφράζ|απηχ|αντιπροσωπεύ)\w*\s+απαραίτητα\s+(?:τις\s+απόψεις|τη\s+θέση|την\s+άποψη)\s+(?:της|του)\s+"
    r"(?:σύνταξης|συντακτικής|εφημερίδας|ιστοσελίδας|περιοδικού|εκδότη)|"
    # de, the view named once: "(gives the author's opinion,) not necessarily that of the editors"
    r"nicht\s+(?:unbedingt|zwingend|notwendigerweise)\s+(?:die|den)\s+der\s+(?:redaktion|zeitung)\b|"
    # sv/da/no: "(the views are the writer's own and) not necessarily shared by the editors / the paper's"
    # ("the result does not necessarily mean higher prices" names no editors, no paper)
    r"\b(?:inte|ikke|ikkje)\s+(?:nödvändigtvis|nødvendigvis|naudsynt)\s+(?:(?:(?:delas|deles|delt|udtryk|uttrykk|uttryck)\s+)?"
    r"(?:av|af|for|för)\s+)?(?:(?:den|det)\s+)?(?:redaktion(?:en|ens)?|"
    r"redaksjon(?:en|ens)|avis(?:en|ens)|tidning(?:en|ens)|mediets|bladets|f[öo]rlag(?:et|ets))\b|"
    # tr: "the views in the column belong to its writer(s)", "(and) do not (necessarily) reflect our site's/paper's
    # views" (our site, paper or publisher named: "-mizin")
    r"\b(?:görüş|fikir|düşünce)\w*\s+(?:yalnızca\s+|sadece\s+|tamamen\s+)?yazar\w*\s+aittir|"
    r"\b(?:site|gazete|dergi|yayın\s+kuruluşu|kurum|platform|portal|editör)\w*m[iıuü]z[iıuü]n\s+"
    r"(?:görüş\w*|fikir\w*|düşünce\w*|yayın\s+politikas\w*)\s+(?:(?:hiçbir\s+şekilde|her\s+zaman)\s+)?yansıtma\w*|"
    r"(?:може|могут|можуть|может)\s+не\s+(?:совпадать|збігатися)\s+з\s*(?:позицією|позицией|мнением|думкою)\s+редакції|"
    r"(?:может|могут)\s+не\s+совпадать\s+с\s+(?:позицией|мнением)\s+редакции|"
    # ar: "(the article states its writer's opinion) and does not necessarily reflect the opinion/position of ..."
    r"(?:لا|ولا)\s+(?:تعكس|يعكس|تعبر|يعبر)\s+بالضرورة\s+(?:عن\s+)?(?:رأي|موقف|وجهة\s+نظر|سياسة)|"
    # ur: "the paper need not agree with the columnist's/writer's opinion": the paper named first on the line ("a
    # ruling said an institution's employee need not agree with every opinion of his officer" is reporting)
    r"^[\W_]*(?:نوٹ\s*[:：]?\s*)?(?:ادارے|ادارہ)\s+.{0,40}?(?:رائے|خیالات)\s+سے\s+متفق\s+ہونا\s+ضروری\s+نہیں|"
    # he: "(the views in this column are the writer's alone) and do not (necessarily) reflect the position of the
    # editors": the editors, the paper or the site named; "his remarks do not (necessarily) represent the position
    # of the government / the hospital's management" is reporting.
    r"ו?אינ[ןםהו]\s+(?:בהכרח\s+)?(?:משקפ|מייצג)\S*\s+(?:בהכרח\s+)?את\s+(?:עמדת|דעת)\s+"
    r"(?:ה?מערכת|העורכים|עורכי|העיתון|האתר|הנהלת\s+(?:האתר|העיתון))|"
    # zh: "(this article is the user's own and) does not represent the platform's/site's view", "only the author's view"
    # A line of its own: short, quoting no one, reporting no statement ("the bureau said the article only represents
    # the author's view" and a company's quoted "...は当社の見解を示すものではありません" are news).
    rf"{_CJK_DISCLAIMER_LINE}.*?(?:不代表(?:本[站网網报報刊台]|平台|本平台|本?网站|本?網站)的?(?:观点|觀點|立场|立場)|"
    r"[仅僅]代表作者(?:本人|个人|個人)?(?:观点|觀點)|"
    # "本文为作者独立观点，不代表<site>立场" (the site by its name): the author's own view, then the denial. The author
    # named: "李教授说，这只是他的个人观点，不代表学校立场" reports someone's words.
    r"(?:作者|笔者|筆者)(?:本人)?的?(?:独立|獨立|个人|個人)(?:观点|觀點)[，,、]\s*不代表\S{1,12}?的?(?:观点|觀點|立场|立場))|"
    # ja: "(the views are the author's) and not those of the site/company"
    rf"{_CJK_DISCLAIMER_LINE}.*?(?:当社|弊社|当サイト|編集部)の(?:公式)?見解(?:を示す|を代表する)?ものではありません|"
    # ja, the site by its name: "本記事は筆者個人の見解であり、<site>の見解を代表するものではありません"
    rf"{_CJK_DISCLAIMER_LINE}.*?(?:筆者|執筆者|著者)[^、。]{{0,8}}?見解(?:であり|です|で)[、，,]?\s*\S{{1,20}}?の(?:公式)?"
    r"(?:見解|立場)(?:を示す|を代表する)?ものではありません|"
    # ko: "(an outside writer's manuscript) may differ from this paper's editorial direction/position" ("※ 외부 필자의
    # 원고는 본지의 편집 방향과 다를 수 있습니다"); a line of its own reporting no one ("...고 밝혔다" is news).
    rf"{_CJK_DISCLAIMER_LINE}(?!.*(?:밝혔|말했|전했|설명했)).*?(?:본지|본사|당사|편집부|신문사|언론사|본\s?매체)의?\s*"
    r"(?:편집\s*방향|편집\s*방침|입장|견해|논조|의견|시각)(?:과|와)\s*(?:다를|일치하지\s*않을|같지\s*않을)\s*수\s*있|"
    # ko, the paper by its name: the writer's own opinion first ("본 칼럼은 필자 개인의 의견이며 <paper>의 편집 방향과
    # 다를 수 있습니다"), the line opening with the piece ("이 글은", "본 칼럼은"); "이번 조사 결과는 정부의 입장과 다를
    # 수 있다" names no writer, and an essay's "필자의 생각은 정부의 입장과 다를 수 있다" does not open with the piece.
    rf"{_CJK_DISCLAIMER_LINE}(?!.*(?:밝혔|말했|전했|설명했))[\W_]*(?:(?:본|이)\s*(?:칼럼|글|기고문?|기사|원고|콘텐츠)|외부|기고)"
    r".{0,12}?(?:필자|기고자|칼럼니스트)[^.]{0,24}?(?:의견|견해|생각)"
    r"[^.]{0,12}?\S{1,12}의\s*(?:편집\s*방향|편집\s*방침|입장|견해|논조|의견|시각)(?:과|와)\s*"
    r"(?:다를|일치하지\s*않을|같지\s*않을)\s*수\s*있",
    re.IGNORECASE,
)
# Substrings (lower-case) every match of OPINION_DISCLAIMER_RE holds: one Aho-Corasick pass rules it out.
OPINION_DISCLAIMER_KEYS = ("expressed", "necessarily", "meinung der", "engage", "necesariamente", "necessariamente",
                           "neapărat", "neaparat", "unbedingt", "zwingend", "notwendigerweise", "noodzakelijk",
                           "redakcji", "nemus", "feltétlenül", "szükségszerűen", "απαραίτητα",
                           "nödvändigtvis", "nødvendigvis", "naudsynt", "aittir", "yansıtma",
                           "не совпадать", "не збігатися", "بالضرورة", "متفق ہونا", "משקפ", "מייצג", "不代表", "仅代表作者",
                           "僅代表作者", "見解", "다를 수", "다를수", "일치하지 않을", "일치하지않을", "같지 않을")
# The same test inside the shared phrase scan (boilerplate.furniture_rule reads its bit); is_opinion_disclaimer
# below scans a line of its own (a long line the furniture rule does not scan).
OPINION_DISCLAIMER = PhraseRegex(list(OPINION_DISCLAIMER_KEYS), OPINION_DISCLAIMER_RE.pattern)
_OPINION_AUTOMATON = ahocorasick.Automaton()
for _key in OPINION_DISCLAIMER_KEYS:
    _OPINION_AUTOMATON.add_word(_key, _key)
_OPINION_AUTOMATON.make_automaton()


# A health page's note that it informs and does not stand in for a doctor ("This article does not replace a
# consultation with your doctor.", "Este contenido es meramente informativo y no sustituye el consejo de un profesional
# sanitario.", "Les informations de cet article ne remplacent pas une consultation médicale.", "본 콘텐츠는 ... 진단이나
# 치료를 대신할 수 없습니다.", "本文内容仅供健康科普参考，不能作为诊断和治疗的依据"): the content names itself (this article,
# the information, the material), says it does not replace, and names the doctor or the diagnosis. An article's
# sentence that some thing does not replace a doctor ("The app does not replace a visit to the doctor") has no such
# subject.
_MED_DISCLAIMER_KEYS = (
    "replace", "substitu", "sustitu", "reemplaz", "remplac", "ersetz", "sostitu", "vervang", "zastęp", "zastąp",
    "замен", "замін", "대신할", "대신하지", "대체할", "대체하지", "代わる", "代替する", "仅供", "僅供", "yerine geçmez",
    "menggantikan", "thay thế", "تغني", "يغني", "تُغني", "يُغني", "محل", "विकल्प नहीं", "जगह नहीं",
)
_MED_SUBJECT_EN = r"\b(?:this|the|our)\s+(?:article|content|information|page|post|text)\b"
# The words each top-level alternative of MEDICAL_DISCLAIMER's regex holds in every match (lower-case; in order,
# tests/test_perf_gates_h.py proves each off the parse tree): it is searched a part at a time (KeyedAlternatives).
_MED_DISCLAIMER_ALTERNATIVE_KEYS: tuple[tuple[str, ...], ...] = (
    ("replace", "substitute"), ("sustitu", "reemplaz", "substitui", "sostitu"), ("remplac", "substitu"),  # en es fr
    ("ersetz",), ("vervang",), ("zastąp", "zastęp"), ("замен",), ("замін",), ("yerine",), ("menggantikan",),
    ("thay",), ("غني", "محل"), ("नहीं",), ("대신", "대체"), ("では",), ("仅供", "僅供"),
)
MEDICAL_DISCLAIMER = PhraseRegex(
    list(_MED_DISCLAIMER_KEYS),
    _MED_SUBJECT_EN + r".{0,80}?\b(?:is\s+not\s+(?:a\s+substitute|intended\s+(?:to\s+(?:replace|substitute)|as\s+a\s+substitute))|"
    r"(?:does|do|should|can)\s+not\s+(?:replace|substitute))\b.{0,60}?\b(?:medical|doctor|physician|diagnosis|treatment|healthcare)"
    # es / pt / it
    r"|\b(?:este|esta|el|la|los|las|o|a|os|as|questo|queste|le|il)\s+(?:contenidos?|artículos?|informaci(?:ón|ones)|textos?|"
    r"conteúdos?|artigos?|informaç(?:ão|ões)|matéria|articolo|contenuti?|informazioni|testo)\b.{0,80}?"
    r"\b(?:no|não|non)\s+(?:sustituye|reemplaza|substitui|sostituisce|sostituiscono|pretende\s+sustituir|pretende\s+substituir)\w*"
    r"\b.{0,60}?(?:médic|medic|sanitari|profissional|profesional|professionist|diagnós|diagnos)"
    # fr
    r"|\b(?:cet\s+article|ce\s+contenu|ce\s+texte|cette\s+page|les\s+informations|ces\s+informations|le\s+contenu)\b.{0,80}?"
    r"\bne\s+(?:remplacen?t|sauraient?\s+remplacer|peuvent?\s+(?:en\s+aucun\s+cas\s+)?remplacer|se\s+substituen?t)\b"
    r".{0,60}?(?:médic|médecin|professionnel\s+de\s+santé|diagnostic)"
    # de / nl
    r"|\b(?:dieser\s+(?:artikel|beitrag|text)|diese\s+informationen|die\s+informationen|der\s+inhalt|die\s+inhalte)\b.{0,80}?"
    r"(?:\bersetz(?:t|en)\s+(?:nicht|keine?n?)\b.{0,60}?(?:ärzt|arzt|diagnose|medizin)|(?:ärzt|arzt|medizin).{0,40}?\bnicht\s+ersetzen)"
    r"|\b(?:dit\s+artikel|deze\s+informatie|de\s+informatie|de\s+inhoud|deze\s+tekst)\b.{0,80}?"
    r"\b(?:vervangt\s+(?:geen|niet)|is\s+geen\s+vervanging)\b.{0,60}?(?:arts|medisch|dokter|diagnose)"
    # pl / ru / uk
    r"|\b(?:artykuł|informacje|treść|tekst|materiał)\w*\b.{0,80}?\bnie\s+(?:zastępuj\w*|może\s+zastąpić|zastąpi)\b"
    r".{0,60}?(?:lekar|medycz|specjalist|diagnoz)"
    r"|(?:стать|материал|информаци|текст|публикаци)\w*.{0,80}?\bне\s+(?:замен\w*|может\s+заменить)\b.{0,60}?(?:врач|медицин|специалист|диагноз)"
    r"|(?:стат|матеріал|інформаці|текст|публікаці)\w*.{0,80}?\bне\s+(?:замін\w*|може\s+замінити)\b.{0,60}?(?:лікар|медичн|фахів|діагноз)"
    # tr / id / vi
    r"|(?:içerik|yazı|makale|bilgi)\w*.{0,80}?(?:doktor|hekim|tıbbi|uzman)\w*.{0,40}?yerine\s+geçmez"
    r"|\b(?:artikel|informasi|konten|tulisan)\b.{0,80}?\btidak\s+(?:dapat\s+|untuk\s+)?menggantikan\b.{0,60}?(?:dokter|medis|diagnosis)"
    r"|(?:bài\s+viết|thông\s+tin|nội\s+dung).{0,80}?\bkhông\s+(?:thể\s+)?thay\s+thế\b.{0,60}?(?:bác\s+sĩ|y\s+tế|chẩn\s+đoán)"
    # ar / hi
    r"|(?:المقال|المعلومات|المحتوى|هذه\s+المادة).{0,80}?لا\s+(?:ت|ي)ُ?(?:غني|حل\s+محل).{0,40}?(?:طبيب|الطبي|المختص)"
    r"|(?:लेख|जानकारी|सामग्री).{0,80}?(?:डॉक्टर|चिकित्सक|चिकित्सा|विशेषज्ञ).{0,40}?(?:विकल्प\s+नहीं|जगह\s+नहीं)"
    # ko / ja / zh
    r"|(?:콘텐츠|기사|정보|글|내용).{0,60}?(?:진단|치료|진료|상담|의학적\s*조언|전문의).{0,20}?"
    r"(?:대신할\s*수\s*없|대체할\s*수\s*없|대신하지\s*않|대체하지\s*않)"
    r"|(?:記事|情報|内容|コンテンツ|本ページ|当サイト).{0,60}?(?:医師|医療|診断|治療|専門家).{0,20}?(?:代わる|代替する)(?:もの)?では(?:ありません|ない)"
    r"|(?:本文|文章|内容|內容|信息|資訊|资讯|本站).{0,40}?(?:仅供|僅供).{0,20}?(?:参考|參考).{0,30}?"
    r"(?:不能|不可|不作|不构成|不構成|无法|無法).{0,20}?(?:诊断|診斷|治疗|治療|医疗|醫療|医生|醫生|医师|醫師|就医|就醫)",
    alternative_keys=_MED_DISCLAIMER_ALTERNATIVE_KEYS,
)

# A health story's sentence that has the disclaimer's words ("The information the chatbot gave does not replace a
# doctor's diagnosis, the researchers warned", "« Les informations de ces applications ne remplacent pas un diagnostic
# médical », rappelle le ministère", "专家指出，这些信息仅供参考，不能代替医生的诊断"): a quote, or a report of what a study,
# an expert or an official said. A page's own note quotes no one. Asked only of a line MEDICAL_DISCLAIMER matched.
MEDICAL_DISCLAIMER_REPORTED_RE = re.compile(
    r"[\"“”„«»「」『』]"
    r"|\b(?:said|says|say|warn(?:s|ed)?|according\s+to|stud(?:y|ies)|researchers?|experts?|found|told|stress(?:es|ed)|"
    r"argue[sd]?|critics|según|dijo|advirti[óo]|afirm[óo]|estudio|investigador\w*|expert[oa]s|señal[óo]|segundo|disse|"
    r"afirmou|alertou|estudo|pesquisador\w*|especialistas|selon|déclaré|rappelle|avertit|étude|chercheurs|souligne|"
    r"laut|sagte|betonte|warnte|studie|forscher\w*|experten|secondo|detto|studio|ricercatori|esperti)\b"
    r"|по\s+словам|заяви|сообщи|отмети|исследовани|эксперт|уч[её]н"
    r"|指摘|によると|専門家|研究|述べ|話した|指出|表示|专家|專家|据悉|據悉|据报道|據報導|认为|認為|강조|밝혔|전문가|연구|따르면|말했",
    re.IGNORECASE,
)


def is_opinion_disclaimer(text: str) -> bool:
    """The line says the views are its author's, not the publisher's (OPINION_DISCLAIMER_RE), in a sentence that
    reports no one's statement (reported_disclaimer)."""
    for _hit in _OPINION_AUTOMATON.iter(text.lower()):
        return unreported_opinion_disclaimer(text)
    return False


def unreported_opinion_disclaimer(text: str) -> bool:
    """is_opinion_disclaimer without its key scan, for a caller that has found a key already (the shared phrase
    scan's bit of OPINION_DISCLAIMER in boilerplate.furniture_rule)."""
    m = opinion_disclaimer_search(text)
    return m is not None and not reported_disclaimer(text, m.start(), m.end())


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` cut at each "|" outside any group or character class: its top-level alternatives, in order."""
    parts: list[str] = []
    depth = start = 0
    escaped = in_class = False
    for i, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


# The words each top-level alternative of OPINION_DISCLAIMER_RE holds in every match (lower-case; in order of the
# alternatives, tests/test_perf_gates_g.py proves each off the parse tree): a line that holds none of an
# alternative's words (and none of the characters re.IGNORECASE reads as one of their letters that lower to another,
# _OPINION_PARTS' second field) cannot match it, and its search is skipped.
_OPINION_ALTERNATIVE_KEYS: tuple[tuple[str, ...], ...] = (
    ("expressed",), ("necessarily",), ("necessarily",), ("redaktion",), ("engage",),  # en, de, fr
    ("necesariamente",), ("necesariamente",),  # es
    ("necessariamente",), ("necessariamente",), ("necessariamente",), ("necessariamente",),  # pt, it
    ("neapărat", "neaparat"), ("unbedingt", "zwingend", "notwendigerweise"), ("noodzakelijk",), ("redakcji",),
    ("nemus",), ("feltétlenül", "szükségszerűen"), ("απαραίτητα",), ("unbedingt", "zwingend", "notwendigerweise"),
    ("nödvändigtvis", "nødvendigvis", "naudsynt"), ("yazar",), ("yans",), ("редакції",), ("редакции",),
    ("بالضرورة",), ("متفق",), ("משקפ", "מייצג"), ("不代表", "代表作者"), ("見解",), ("見解",),
    ("다를", "일치하지", "같지"), ("다를", "일치하지", "같지"),
)


def keyed_parts(pattern: str, flags: int, keys: tuple[tuple[str, ...], ...]) -> list[tuple[tuple[str, ...], str, LazyPattern]]:
    """`pattern`'s top-level alternatives, the runs of neighbours with the same words (`keys`, one tuple per
    alternative) joined as one pattern: (the words, the characters that match a letter of theirs under
    re.IGNORECASE but lower to another, the pattern, compiled on its first use: most processes meet few of the
    languages, and all the parts cost about as much as the whole pattern again)."""
    alternatives = _top_level_alternatives(pattern)
    parts: list[tuple[tuple[str, ...], list[str]]] = []
    for words, alternative in zip(keys, alternatives, strict=True):
        if parts and parts[-1][0] == words:
            parts[-1][1].append(alternative)
        else:
            parts.append((words, [alternative]))
    out = []
    for words, alts in parts:
        odd = "".join(sorted({f for c in set("".join(words)) for f in ignorecase_forms(c) if f.lower() != c}))
        out.append((words, odd, LazyPattern("|".join(alts), flags)))
    return out


def keyed_search(parts: list[tuple[tuple[str, ...], str, LazyPattern]], text: str) -> re.Match[str] | None:
    """The whole pattern's search(text), the same span: its parts (keyed_parts) are tried one at a time, only those
    whose words the line holds (or a character that may stand for one of their letters), and the leftmost match
    wins, the earlier part on a tie (the whole pattern's leftmost match is its first alternative that matches
    there). An unanchored re.IGNORECASE search of many alternatives tries them all at every position of the
    line (no literal opens it): most of a line's cost is the parts whose words it lacks."""
    low = text.lower()
    best = None
    for keys, odd, part in parts:
        for key in keys:
            if key in low:
                break
        else:
            for c in odd:
                if c in text:
                    break
            else:
                continue
        m = part.search(text)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


class KeyedAlternatives:
    """A regex searched a part of its top-level alternatives at a time (keyed_search): `search` as the compiled
    pattern's, the same span; `pattern` and `flags` its own. A PhraseRegex given alternative keys holds one as its
    `regex` (its callers only search it)."""

    def __init__(self, pattern: str, flags: int, keys: tuple[tuple[str, ...], ...]) -> None:
        self.pattern, self.flags = pattern, flags
        self.parts = keyed_parts(pattern, flags, keys)

    def search(self, text: str) -> re.Match[str] | None:
        return keyed_search(self.parts, text)

    def match(self, text: str) -> re.Match[str] | None:
        """The whole pattern's match(text): its first part (in order) that matches at the start."""
        return next((m for _keys, _odd, part in self.parts if (m := part.match(text)) is not None), None)


_OPINION_PARTS = keyed_parts(OPINION_DISCLAIMER_RE.pattern, OPINION_DISCLAIMER_RE.flags, _OPINION_ALTERNATIVE_KEYS)


def opinion_disclaimer_search(text: str) -> re.Match[str] | None:
    """OPINION_DISCLAIMER_RE.search(text), the same span, a part at a time (keyed_search). The whole pattern tries
    all 32 alternatives at every position of the line (no literal opens it under re.IGNORECASE): about a million
    instructions on a line of 170 characters."""
    return keyed_search(_OPINION_PARTS, text)


# A reporting verb or "according to" in the sentence of a disclaimer's words: an article reporting what someone said
# ("The minister said the views expressed in the letter are his own", "Der Sprecher sagte, der Gastbeitrag gebe nicht
# unbedingt die Meinung der Redaktion wieder", "Šéfredaktor uvedl, že komentáře nemusí ...", "“The views expressed
# ... are those of the author,” the spokesman said"). The publisher's note states it and reports no one. ("Unless
# otherwise stated/noted" opens some notes: those verbs are left out.)
_REPORTING_RE = re.compile(
    r"(?<!\w)(?:said|says|told|tells|added|explained|stressed|insisted|argued|replied|responded|according\s+to|"
    r"sagte|sagten|sagt|erklärte|erklärten|betonte|meinte|hieß\s+es|laut|teilte|"
    r"zei|zegt|verklaarde|benadrukte|volgens|aldus|"
    r"powiedział\w*|stwierdził\w*|podkreślił\w*|zaznaczył\w*|dodał\w*|według|"
    r"uvedl\w*|řekl\w*|prohlásil\w*|dodal\w*|zdůraznil\w*|sdělil\w*|podle|uviedol|povedal|podľa|"
    r"szerint|mondta|közölte|hangsúlyozta|nyilatkozta|"
    r"δήλωσε|είπε|ανέφερε|τόνισε|σύμφωνα\s+με|"
    r"sa|sade|säger|uppger|uppgav|enligt|sagde|siger|udtalte|ifølge|sier|uttalte|"
    r"dedi|söyledi|açıkladı|belirtti|ifadesini|ifade\s+etti|"
    r"a\s+(?:déclaré|dit|rappelé|affirmé|expliqué|souligné|précisé)|selon|a-t-(?:il|elle)|"
    r"dijo|afirmó|explicó|declaró|señaló|aseguró|según|indicó|subrayó|"
    r"disse|afirmou|explicou|declarou|segundo|garantiu|ressaltou|"
    r"ha\s+(?:detto|dichiarato|spiegato|affermato|sottolineato|ricordato)|secondo|"
    r"a\s+(?:declarat|spus|explicat)|potrivit|"
    r"заявил\w*|сказал\w*|отметил\w*|по\s+словам|заявив\w*|сказав\w*|за\s+словами)(?!\w)",
    re.IGNORECASE,
)


def reported_disclaimer(text: str, start: int, end: int) -> bool:
    """The sentence of `text` that holds the disclaimer's words text[start:end] names a reporting verb
    (_REPORTING_RE): the article reports someone's statement, no note of the publisher's."""
    a = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start)) + 1
    ends = [k for k in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if k >= 0]
    b = min(ends) if ends else len(text)
    return _REPORTING_RE.search(text, a, b) is not None


URL_RE = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|html?)\b", re.IGNORECASE)

# A consent notice: the word cookie with the site speaking about itself or asking for consent, at any
# length (banners are prose). An article *about* cookies mentions browsers, not "we use" or "accept all".
COOKIE_NOTICE_RE = re.compile(
    r"(?=.*\b(?:cookies?|クッキー)\b)(?=.*(?:\bwe use\b|\bthis (?:web)?site\b|\bour (?:web)?site\b|"
    r"\bby (?:continuing|using|clicking)\b|\byou (?:agree|consent|accept)|\baccept (?:all )?cookies\b|"
    r"\bcookie (?:settings|preferences|policy|notice)\b|\bmanage (?:cookies|preferences|consent)\b|"
    r"\b(?:necessary|essential|functional|analytics|marketing) cookies\b|\bnous utilisons\b|"
    r"\bwir verwenden\b|\butiliza(?:mos)?\b|\busamos\b|\bzustimm|\beinwillig|\bconsentement\b|\bconsent\b|"
    # it: "Questo sito utilizza cookie tecnici e di terze parti", "Utilizziamo i cookie", "Usiamo cookie"
    r"\butilizz(?:a|iamo)\b|\busiamo\b|\bquesto sito\b))",
    re.IGNORECASE | re.DOTALL,
)

# The prose of a consent wall that does not say "cookie": the standard text a consent platform prints over the page,
# in its translations ("We and our 842 partners store and/or access information on a device", "Wir und unsere
# Partner speichern und/oder greifen auf Informationen auf einem Gerät zu", "Nous et nos partenaires stockons
# et/ou accédons à des informations", "Noi e i nostri 312 fornitori archiviamo e/o accediamo a informazioni su un
# dispositivo"), and its notes on the reader's data and consent, where the site speaks ("Please note that some
# processing of your personal data may not require your consent ... this website only"). An article about privacy reports
# such rules ("the company processed its users' data without consent"): it does not speak as "we and our
# partners" nor of "your personal data" and "your consent" at once with the site's own words after them ("this
# website", "our partners", "your preferences", "cookies"); an explainer's "we" ("Companies need your consent to use
# your personal data, and we explain how to refuse") is no site's.
CONSENT_WALL_RE = re.compile(
    r"\b(?:we\s+and\s+our(?:\s+\d[\d,.]*)?\s+(?:partners|vendors)\b.{0,160}?\b(?:store|access|process|use|collect)"
    r"|store\s+and/or\s+access\s+information\s+on\s+a\s+device|personali[sz]ed\s+(?:ads|advertising)\s+and\s+content,"
    r"|wir\s+und\s+unsere(?:\s+\d[\d.]*)?\s+partner\b.{0,160}?\b(?:speichern|verarbeiten|greifen|nutzen)"
    r"|nous\s+et\s+nos(?:\s+\d[\d\s]*)?\s+partenaires\b.{0,160}?\b(?:stockons|accédons|traitons|utilisons)"
    r"|nosotros\s+y\s+nuestros(?:\s+\d[\d.]*)?\s+(?:socios|proveedores)\b.{0,160}?\b(?:almacenamos|accedemos|tratamos)"
    r"|noi\s+e\s+i\s+nostri(?:\s+\d[\d.]*)?\s+(?:partner|fornitori)\b.{0,160}?\b(?:archiviamo|accediamo|trattiamo)"
    r"|(?:nós\s+e\s+os\s+nossos|wij\s+en\s+onze|my\s+i\s+nasi)(?:\s+\d[\d.]*)?\s+(?:parceiros|partners|partnerzy)\b"
    r".{0,160}?\b(?:armazenamos|acedemos|slaan|przechowujemy)"
    # (the site's own words looked for only where "your" starts the rest: a lookahead at every position of a
    # long line scanned the line's rest each time)
    r"|\byour\s+(?=.*\b(?:this\s+(?:web)?site|our\s+(?:web)?site|our\s+partners|your\s+preferences|cookies)\b)"
    r"(?:personal\s+data\b.{0,120}?\byour\s+consent\b|consent\b.{0,120}?\byour\s+personal\s+data\b))",
    re.IGNORECASE | re.DOTALL,
)

# The link that closes a sidebar box of other pages: "View all obituaries", "See all jobs", "Browse all events »",
# "View All (4)", "Alle Termine anzeigen", "Voir toutes les annonces", "Ver todas las noticias", "Vedi tutti gli
# eventi", "Bekijk alle vacatures", "Zobacz wszystkie", "Показать все", "すべて見る", "查看全部", "전체보기"; and a
# classifieds box's call to place an ad ("Place a classified ad", "Submit an obituary"). The whole line is the link,
# no colon or full stop after it: "See more photos:" over a gallery is the article's.
BOX_CLOSER_RE = re.compile(
    r"^(?:(?:view|see|show|browse)\s+(?:all|more)(?:\s+[^\W\d_][\w'’-]*){0,3}"
    r"|(?:place|submit|post)\s+(?:an?|your)\s+(?:[^\W\d_]+\s+){0,2}(?:ad|advert|listing|obituary|notice)s?"
    r"|alle(?:\s+[^\W\d_]+)?\s+(?:anzeigen|ansehen)|voir\s+(?:tout|tous|toutes)(?:\s+les\s+[^\W\d_]+)?"
    r"|ver\s+(?:todo|todos|todas|tudo)(?:\s+(?:los|las|os|as)\s+[^\W\d_]+)?"
    r"|vedi\s+tutt[ei](?:\s+(?:i|gli|le)\s+[^\W\d_]+)?|bekijk\s+alle(?:\s+[^\W\d_]+)?"
    r"|zobacz\s+wszystkie(?:\s+[^\W\d_]+)?|(?:показать|смотреть)\s+все(?:\s+[^\W\d_]+)?"
    r"|すべて(?:見る|表示)|查看全部|전체\s*보기)"
    r"\s*(?:\(\d+\))?\s*[»›>→]*$",
    re.IGNORECASE,
)

# How a consent wall speaks to the reader, beside CONSENT_WALL_RE's phrase: its "and/or" ("store and/or access",
# "und/oder", "et/ou", "e/o"), the reader's "you" or "your" ("With your permission", "Mit Ihrer Einwilligung", "Avec
# votre accord", "Con tu consentimiento") or cookies. A company's own line quoted in a story ("We and our partners use
# anonymised location data from devices to map traffic jams", "Nosotros y nuestros socios tratamos los datos de
# tráfico ...") speaks of what it does, not to the reader.
CONSENT_WALL_ADDRESS_RE = re.compile(
    r"/|cookie|\b(?:you|your|sie|ihre[nmrs]?|vous|votre|vos|usted|tu|tus|você|seu|sua|seus|suas|uw|jouw|twoj\w*"
    r"|państwa|tuo|tua|tuoi|tue)\b",
    re.IGNORECASE,
)

# What a consent wall's sentence is about, beside CONSENT_WALL_RE's phrase: a press release's "We and our partners use
# the latest technology to ..." names none of it.
CONSENT_WALL_TOPIC_RE = re.compile(
    r"cookie|device|personal\s+data|identifier|consent|geolocation|advertis|gerät|daten\b|terminal|données"
    r"|dispositivo|\bdat[ioa]s?\b|apparaat|urządzeni",
    re.IGNORECASE,
)

# A feed item: a clock time, then a headline ("14:32 Minister resigns over ...").
FEED_ITEM_RE = re.compile(r"^\d{1,2}[:h]\d{2}\s+\S")
# A news-agency dateline opening a paragraph: an optional place (and date), the agency in parentheses, then a
# dash ("WASHINGTON (Reuters) —", "PARIS, 4 déc (AFP) -", "BERLIN (dpa) –", "(AP) —", "MADRID (EFE).-"), or no
# dash after full-width parentheses ("東京（共同）"). boilerplate.opens_with_dateline checks the place and the lede.
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^()（）\n]{0,60}?)?\s*[(（](?P<agency>[^\W\d_][^\W_]*(?:[ &./-][^\W_]+){0,3}\.?)"
    r"(?P<close>[)）])\s*(?P<dash>[-–—―]+|\.\s?[-–—]|:)?\s*"
)
# A social-media handle alone on a line (embedded posts).
HANDLE_RE = re.compile(r"^@\w{2,30}$")
# The closing line of an embedded social-media post as its fallback text prints it: a dash, the author's name,
# the handle in brackets and the post's date ("— Jane Doe (@janedoe) March 1, 2025", "— Ana (@ana) 1 de marzo de
# 2025"). The handle in brackets after a dash, and a year at the end: no sentence of an article ends so.
SOCIAL_EMBED_SIGNATURE_RE = re.compile(r"^[—–-]\s*\S.{0,60}?\(@\w{1,30}\)\s*.{0,30}\b(?:19|20)\d\d$")
# A bare count in thousands or millions alone on a line: a post's votes or claps ("4.8k", "1.2K", "12M"). A figure
# of an article's table keeps its unit or its label ("4.8k members", "Revenue: 1.2M"); a lower-case "m" is minutes
# or metres ("52m", "5m"), no count.
# The count is rounded with a decimal ("4.8k", "3,4k"): a whole "5K", "10K" or "4K" is a race distance or a
# resolution in a list of an article.
BARE_K_COUNT_RE = re.compile(r"^\d{1,3}[.,]\d{1,2}\s?[KkM]$")
# A whole K count, alone or with a lower-case label ("12K", "12K views"): a counter only when the line repeats on
# the page (boilerplate.repeated_furniture); once, it may be a race distance or a round figure.
WHOLE_K_COUNT_RE = re.compile(
    r"^\d{1,3}\s?[KkM](?:\s+(?:views|likes|reposts|shares|comments|plays|reads))?$"
)
# An engagement counter of a post alone on a line: "12.3K Likes", "2,104 Reposts", "2.3K Followers", "48 Retweets".
# With a K or M, the count has a decimal or its label a capital (a widget's "2.3K Followers"): "100K followers" under
# "she reached a milestone:" is a story's round number.
ENGAGEMENT_COUNTER_RE = re.compile(
    r"^(?:\d[\d,.]*|\d{1,3}[.,]\d{1,2}\s?[KkMm]|\d{1,3}\s?[KkMm](?=\s+(?-i:[A-Z])))\s+"
    r"(?:likes?|reposts?|retweets?|quote (?:posts?|tweets?)|quotes|bookmarks?|views|claps?|"
    r"followers?|reactions?)$",
    re.IGNORECASE,
)

# "Read also: <headline>" on one line: a list-intro phrase, a colon, then a headline.
READ_ALSO_RE = PhraseRegex(LIST_INTRO, r"^[\W\d_]*(?:" + _LIST_INTRO_ALT + r")\s*[:：]\s*\S")
# Advertising disclosures a page puts at the top or the end of a post: "This post contains affiliate links",
# "この記事にはプロモーションが含まれています", "本ページはアフィリエイト広告を利用しています", "Dieser Artikel enthält
# Affiliate-Links". The notice, not the article (an article about affiliate marketing does not say it *contains* them).
AD_DISCLOSURE = ["affiliate", "commission", "プロモーション", "アフィリエイト", "広告を", "広告が", "werbung", "affilié", "afiliado",
                 "satış ortaklığı", "afiliasi", "affiliazione", "affiliati", "afiliacyjn", "partnersk", "links de afiliad",
                 "제공받", "지원받", "원고료", "liens d'affiliation", "liens d’affiliation", "партнёрск", "партнерск",
                 "реферальн", "партнерськ", "联盟链接", "推广链接", "附属链接", "联属链接", "返利链接", "聯盟連結", "推廣連結",
                 "附屬連結", "제휴 링크", "제휴링크", "파트너스 링크", "партньорск", "афилиейт"]
# The words each top-level alternative of AD_DISCLOSURE_RE holds in every match (lower-case; in order of the
# alternatives, tests/test_perf_gates_h.py proves each off the parse tree): the regex is searched a part at a time,
# only the parts whose words the line holds (KeyedAlternatives).
_AD_DISCLOSURE_ALTERNATIVE_KEYS: tuple[tuple[str, ...], ...] = (
    ("affiliate", "sponsored", "paid"), ("commission",), ("commission",), ("含", "利用し"),  # en, ja
    ("links",), ("werbung",), ("liens",), ("enlaces",), ("ortakl",), ("afiliasi",), ("affilia",),  # de fr es tr id it
    ("zawiera",), ("afiliad",), ("afiliad",), ("afiliad",), ("liens",), ("affilia",),  # pl pt pt es fr it
    ("links",), ("affiliate",), ("affiliate",), ("affiliate",), ("odkazy",),  # de nl nl sv cs
    ("съдърж",), ("содерж",), ("містит",), ("链接", "連結", "鏈接"), ("링크",), ("받아",),  # bg ru uk zh ko ko
)
AD_DISCLOSURE_RE = PhraseRegex(
    AD_DISCLOSURE,
    r"\b(?:contains?|may contain|includes?|uses?) (?:some )?(?:affiliate|sponsored|paid) (?:links?|content|advertising)\b"
    r"|\b(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?commission\b"
    # the site or the writer in the third person: "GadgetBeat may earn a commission when you buy through links"
    # (the reader's purchase must be named: "agents may earn a commission on each sale only if ..." is news)
    r"|\bmay (?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?commission (?:(?:when|if) (?:you|readers?)\b"
    r"|(?:from|on) (?:qualifying |some )?(?:purchases|sales|products|links|items)\b.{0,30}\b(?:through|via|from|on) (?:links|our|this|the links)\b)"
    r"|(?:記事|ページ|サイト|ブログ|コンテンツ).{0,8}(?:プロモーション|アフィリエイト|広告).{0,8}(?:含ま|含み|含む|利用し)"
    r"|\b(?:enthält|beinhaltet) (?:affiliate|werbe|partner)-?links\b|\benthält werbung\b"
    r"|\bcontient des liens affiliés\b|\bcontiene enlaces de afiliado\b"
    # tr / id / it / pl / pt: "Bu içerikte satış ortaklığı bağlantıları bulunabilir", "Artikel ini mengandung
    # tautan afiliasi", "Questo articolo contiene link di affiliazione", "Wpis zawiera linki afiliacyjne"
    r"|\bsatış ortaklığı (?:bağlantı|link)\w* (?:bulun|içer|yer al)|\b(?:mengandung|berisi|memuat) (?:tautan|link) afiliasi\b"
    r"|\bcontiene (?:dei |alcuni )?link (?:di affiliazione|affiliati)\b"
    r"|\bzawiera (?:linki|odnośniki) (?:afiliacyjne|partnerskie)\b|\bcontém links de afiliad[oa]s?\b"
    # "may contain" in pt / es / fr / it / de: "Esta postagem pode conter links de afiliados", "Este artículo puede
    # contener enlaces de afiliado", "Cet article peut contenir des liens affiliés", "Questo articolo può contenere
    # link di affiliazione", "Dieser Beitrag kann Affiliate-Links enthalten"
    r"|\bpode conter links de afiliad|\bpuede contener enlaces de afiliad|\bpeut contenir des liens (?:affiliés|d['’]affiliation)"
    r"|\bpuò contenere (?:dei |alcuni )?link (?:di affiliazione|affiliati)\b|\bkann (?:affiliate|werbe|partner)-?links enthalten\b"
    # nl / sv / cs / bg: "Dit artikel bevat (kan ... bevatten) affiliate links" ("iedereen kan affiliate links maken"
    # reports), "Inlägget innehåller affiliatelänkar",
    # "Článek obsahuje affiliate odkazy", "Тази публикация може да съдържа партньорски връзки" (the post opening the
    # line: "рекламата на блогърите съдържа партньорски връзки" reports)
    r"|\bbevat (?:ook )?affiliate[- ]?links\b|\bkan (?:ook )?affiliate[- ]?links bevatten\b|\binnehåller (?:\w+ )?affiliate[- ]?länkar\b"
    r"|\bobsahuje (?:affiliate|partnersk[éá]) odkazy\b"
    r"|^(?:(?:тази|този|това)\s+)?(?:публикация(?:та)?|статия(?:та)?|пост(?:ът)?|материал(?:ът)?|страница(?:та)?|ревю(?:то)?)\s+(?:може\s+да\s+)?съдърж(?:а|ат)\s+"
    r"(?:партньорски|афилиейт)\s+(?:връзки|линкове)"
    # ru / uk / zh / ko: the post itself contains or may contain them, opening the line ("Статья может содержать
    # партнёрские ссылки", "Стаття може містити партнерські посилання", "本文可能包含联盟链接", "이 포스팅은 제휴 링크를
    # 포함할 수 있습니다"); a report names another subject ("реклама блогеров содержит партнёрские ссылки").
    r"|^(?:эт(?:а|от|о)\s+)?(?:стать[яи]|пост|запись|материал|страниц[аы]|публикаци[яи]|обзор|текст)\s+(?:может\s+)?"
    r"содерж(?:ит|ать)\s+(?:партн[её]рские|реферальные)\s+ссылки"
    r"|^(?:ц(?:я|ей|е)\s+)?(?:стаття|допис|пост|матеріал|сторінка|публікація|огляд)\s+(?:може\s+)?містит[иь]\s+"
    r"(?:партнерські|реферальні)\s+посилання"
    r"|^(?:本文|本篇文章|此文|文章|本页面?|本頁面?|本帖|本站内容|本站內容)[^。，,]{0,6}?(?:可能)?(?:包含|含有|内含|內含)"
    r"(?:联盟|推广|附属|联属|返利|聯盟|推廣|附屬|聯屬)(?:链接|連結|鏈接)"
    r"|^(?:이|본|해당)\s?(?:글|포스팅|포스트|게시물|리뷰|콘텐츠)(?:은|는|에는)\s.{0,10}?(?:제휴|파트너스)\s?링크"
    # ko: "이 글은 업체로부터 제품을 무상으로 제공받아 작성되었습니다", "소정의 원고료를 받아 작성한 후기입니다"
    # The post speaking of itself ("이 글은", "본 포스팅은"; at its end: "브랜드로부터 제품을 제공받아 작성된 후기입니다")
    # or naming the sponsor's terms (업체, 협찬, 소정의, 무상), and no
    # reporting verb: "환경부는 ... 자료를 제공받아 작성했다고 밝혔다" reports how a ministry wrote its report.
    r"|^(?!.*(?:밝혔|알려졌|전했|말했|설명했|했다고|됐다고|한다고))"
    r"(?=.*(?:이\s?글|본\s?글|(?:이|본|해당)\s?(?:포스팅|포스트|리뷰|후기|게시물)|업체|협찬|소정의|무상|무료로|"
    r"(?:제공|지원)\s?받아\s?작성(?:된|한)\s?(?:후기|글|포스팅|리뷰|게시물)입니다))"
    r".*?(?:(?:제공|지원)\s?받아\s?(?:작성|쓴\s?글)|원고료를?\s?(?:지원\s?)?받아\s?(?:작성|쓴))",
    alternative_keys=_AD_DISCLOSURE_ALTERNATIVE_KEYS,
)
# The data-provider notice of a markets page under its article or table: "Market data provided by X. Quotes delayed
# at least 15 minutes.", "Prices delayed by 20 minutes", "Market data powered by X". Quotes and market data named,
# not any data ("Data provided by the ministry show ..." is a sentence of the article).
# The notice opens its line, and a delay is counted in minutes: "Rising steel prices delayed several projects" and
# "The bank said market data provided by lenders showed ..." are sentences of the article.
MARKET_DATA_NOTICE_RE = re.compile(
    r"^(?:market data (?:is |are )?(?:provided|supplied|powered|courtesy of|by)\b"
    # ("Stock quotes delayed by at least 15 minutes", "Real-time quotes for US stocks; other quotes delayed ...":
    # the notice opens the line or follows a semicolon, and may name the quotes' market.)
    r"|(?:all |other |stock |index |fund )?(?:quotes?|prices?|market data|stock data|data) (?:are |is |may be )?"
    r"delayed (?:by )?(?:at least |a minimum of |up to |for )?\d+\s*(?:min|minutes)\b)"
    r"|;\s*(?:all |other )?(?:quotes?|prices?|data) (?:are |is |may be )?delayed (?:by )?(?:at least |up to )?"
    r"\d+\s*(?:min|minutes)\b",
    re.IGNORECASE,
)
# The furniture of a forum post (bulletin-board software): its header's view switches ("发表于 … | 只看该作者 |
# 倒序浏览") and the edit note over its text ("本帖最后由 某某 于 2021-5-9 20:30 编辑").
FORUM_POST_META_RE = re.compile(
    r"^本帖最[后後]由.{1,40}?[于於].{0,30}?[编編][辑輯]"
    r"|只看(?:该|該)作者|只看[楼樓]主|倒序[浏瀏][览覽]|[电電]梯直[达達]"
)
# The header of a post on an anonymous text board: the post's number, the poster's name (often the board's default
# one), the date with the weekday in brackets and the clock to the second, and the poster's ID ("1 ：名無しさん：
# 2025/04/06(日) 09:12:44.21 ID:kT3mQp0a", "25 名前：名無しさん[sage] 投稿日：2025/04/06(日) 09:12:44 ID:Vb8rLx2c",
# "3 Anonymous 2025/04/06(Sun) 10:05:19 No.48213"). The whole line must be the header: number first, date at the end.
ANON_POST_HEADER_RE = re.compile(
    r"^\d{1,5}\s*[：:]?\s*(?:名前\s*[：:]\s*)?\S.{0,59}?\s*[：:]?\s*(?:投稿日\s*[：:]\s*)?"
    r"\d{4}/\d{1,2}/\d{1,2}\s*[(（][^)）\d]{1,3}[)）]\s*\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?"
    r"(?:\s+(?:ID\s*[:：]\s*[\w+/.!?-]{3,16}|No\.\s*\d+))?\s*$"
)
# An app promotion between paragraphs: "DOWNLOAD THE FREE CHANNEL 9 WEATHER APP FOR LIVE RADAR", "Get our app",
# "Jetzt Wetter-App laden", "Laden Sie unsere App", "Téléchargez notre application", "Descarga la app", "Baixe o
# aplicativo", "Scarica l'app", "Download de gratis app". The verb and the app must both be there: a step of a
# how-to ("Download the installer") names no app. In the other languages a promotion is a call of at most 10 words
# that ends with no full stop (or of at most 5): "Laden Sie die App herunter und melden Sie sich mit Ihrer Steuer-ID
# an." is a step of a how-to, "App laden dauert bei vielen Nutzern ... länger." a statement.
APP_PROMO = [
    "download", "install", "get the", "get our", "laden", "télécharg", "telecharg", "descarga", "baixe", "scarica",
]
APP_PROMO_RE = PhraseRegex(
    APP_PROMO,
    r"^(?:(?:click|tap)\s+here\s+to\s+)?(?:download|install|get)\s+(?:the|our)\s+(?:free\s+)?(?:[\w&'’.-]+\s+){0,4}apps?\b"
    r"|^(?=(?:\S+\s+){0,9}\S*[^\s.!?]\s*$|(?:\S+\s+){0,4}\S*$)(?:"  # the other languages: see above
    r"(?:jetzt\s+(?:(?:die|unsere)\s+)?|unsere\s+)?(?:kostenlose\s+|neue\s+)?(?:\w+-)?app\s+(?:jetzt\s+)?"
    r"(?:gratis\s+|kostenlos\s+)?(?:herunter)?laden\b"
    r"|laden\s+sie\s+(?:jetzt\s+)?(?:(?:die|unsere)\s+)?(?:kostenlose\s+)?(?:\w+-)?app\b"
    r"|t[ée]l[ée]charge(?:z|r)?\s+(?:gratuitement\s+)?(?:notre|l['’])\s*(?:nouvelle\s+)?(?:appli(?:cation)?|app)\b"
    r"|descarga(?:r)?\s+(?:gratis\s+)?(?:nuestra|la)\s+(?:app|aplicaci[óo]n)\b"
    r"|baixe\s+(?:já\s+)?(?:o\s+|nosso\s+)+(?:app|aplicativo)\b"
    r"|scarica\s+(?:gratis\s+)?(?:la\s+|l['’]\s*)(?:nostra\s+)?app\b"
    r"|download\s+(?:de|onze)\s+(?:gratis\s+)?(?:[\w-]+\s+){0,3}app\b)"
)
# The site's invitation to its messaging channel (CTA_CHANNEL above).
# The channel the site's own: "our" in the invitation ("Join our channel", "Подписывайтесь на наш канал", "加入我们的
# 频道"), or a ja / ko closing imperative. Without it or an app named, "Rejoignez la chaîne des Puys" heads a hike.
SITE_CHANNEL_RE = re.compile(
    r"\b(?:our|nosso|nuestro|notre|unserem|nostro|наш|нашого|हमारे)\b|我们|我們|채널|友だち|友達|チャンネル", re.IGNORECASE
)
# A plain regex behind CTA_RE's bit, whose needles hold these phrases: a list of its own would be the 33rd, and a
# compiled PhraseRegex's bit (1 << its index) overflows past 32 lists.
CHANNEL_PROMO_RE = re.compile(
    # (no closing quote and a speaker after the imperative: "“Join our WhatsApp channel,” the minister told followers")
    r"^[\W\d_]*(?:" + _alternation(CTA_CHANNEL) + r")(?!\w)(?![^”\"»」』]*[”\"»」』]\W*\w)"
    r"|(?:" + _alternation(CTA_CHANNEL_CLOSING) + r")(?:して(?:ください|ね))?[\W_]*$",
    re.IGNORECASE,
)
# A news offer (CTA_CHANNEL_NEWS) opening the line, and the line it makes a promotion: no comma, colon, question
# or sentence end before the app, none but a closing mark after it.
CHANNEL_NEWS_OFFER_RE = re.compile(r"^[\W\d_]*(?:" + _alternation(CTA_CHANNEL_NEWS) + r")(?!\w)", re.IGNORECASE)
# (No re.IGNORECASE: MESSAGING_APP_RE's "LINE" and "Signal" are the apps in their case only.)
CHANNEL_NEWS_LINE_RE = re.compile(
    r"^[\W\d_]*(?i:" + _alternation(CTA_CHANNEL_NEWS) + r")(?!\w)[^,;:?!.。]*?(?:" + MESSAGING_APP_RE.pattern + r")"
    r"(?:[\s/&+]+(?i:and|e|y|et|und|и|o|ou|oder|или)?[\s/&+]*(?:" + MESSAGING_APP_RE.pattern + r"))*[\W_]*$"
)
# The lines of a newsletter sign-up box (the box's call to action, "Sign up for our newsletter", is a CTA): its
# blurb ("... delivered to your inbox every morning"), the e-mail field's label, the consent line under the form
# and the confirmation shown after it ("Thank you for signing up!").
NEWSLETTER_FORM = [
    "inbox", "mail", "adresse", "subscrib", "signing up", "by clicking", "by submitting", "registr", "inscri", "inscrev",
    "abonn", "anmeldung", "suscrib", "correo", "obrigad", "assinar", "cadastr", "dengan mengklik", "dengan mendaftar",
    "dengan melanggan", "dengan berlangganan",
    # the field and the consent line in Italian, Dutch, Polish and Swedish ("Indirizzo email", "E-mailadres",
    # "Iscrivendoti accetti ...", "Door je aan te melden ga je akkoord ...", "Zapisując się akceptujesz ...")
    "indirizzo", "iscriv", "mailadres", "aan te melden", "in te schrijven", "adres e-mail", "zapisując", "subskryb",
    "e-post", "prenumer", "registrera",
    # and in Russian ("Электронная почта", "Подписываясь, вы соглашаетесь ...")
    "почт", "подписыва", "нажимая", "регистрируясь",
]
# Searched: the two blurb phrases may sit anywhere (a first-character lookahead gives up at once where neither can
# start), the other alternatives only at the start, under one "^" (one test at every other position, not one per
# alternative). The alternatives keep their order: the same matches and spans as the plain alternation
# (tests/test_patterns_atomic.py compares them).
NEWSLETTER_FORM_RE = PhraseRegex(
    NEWSLETTER_FORM,
    _first_chars_lookahead(["delivered", "sent", "straight", "directly", "right", "in"])
    + r"(?:\b(?:delivered|sent|straight|directly|right)\s+(?:to|into)\s+your\s+inbox\b"
    r"|\bin\s+your\s+inbox\s+every\s+(?:morning|evening|day|week|weekday|month)\b)"
    # the e-mail field: "Email address", "Enter your email", "Adresse e-mail", "E-Mail-Adresse", "Correo electrónico"
    r"|^(?:(?:your\s+|enter\s+(?:your\s+)?)?e-?mail(?:\s+address)?\s*\*?:?$"
    r"|(?:votre\s+)?adresse\s+(?:e-?mail|électronique)\s*\*?:?$|(?:ihre\s+)?e-?mail-adresse\s*\*?:?$"
    r"|(?:tu\s+|su\s+)?correo\s+electr[óo]nico\s*\*?:?$|(?:seu\s+)?(?:endereço\s+de\s+)?e-?mail\s*\*?:?$"
    r"|(?:please\s+)?enter\s+a\s+valid\s+e-?mail\b"
    r"|(?:il\s+tuo\s+)?indirizzo\s+e-?mail\s*\*?:?$|(?:je\s+|uw\s+)?e-?mailadres\s*\*?:?$"
    r"|(?:twój\s+)?adres\s+e-?mail\s*\*?:?$|(?:din\s+)?e-?postadress\s*\*?:?$"
    # the consent line under the form
    r"|by\s+(?:subscribing|signing\s+up|clicking|registering|submitting|entering\s+your\s+e-?mail)\b.{0,80}?"
    r"\byou\s+(?:agree|accept|consent|acknowledge)"
    r"|en\s+vous\s+(?:inscrivant|abonnant)\b|mit\s+(?:der|ihrer)\s+anmeldung\b.{0,80}?\bzu\b"
    r"|al\s+(?:suscribirte|suscribirse|registrarte|registrarse)\b|ao\s+(?:se\s+)?(?:inscrever|assinar|cadastrar)"
    r"|iscrivendoti\b.{0,80}?\b(?:accetti|dichiari)|door\s+(?:je|u)\s+(?:aan\s+te\s+melden|in\s+te\s+schrijven)\b"
    r".{0,80}?\bakkoord|(?:zapisując|subskrybując)\s+się\b.{0,80}?\bakceptujesz"
    r"|genom\s+att\s+(?:prenumerera|registrera\s+dig|anmäla\s+dig)\b.{0,80}?\bgodkänner"
    r"|(?:ваш\s+)?(?:электронная\s+почта|адрес\s+электронной\s+почты)\s*\*?:?$"
    r"|(?:подписываясь|регистрируясь|нажимая\s+(?:на\s+)?кнопку)\b.{0,80}?\bсоглаш"
    r"|dengan\s+(?:mengklik|mendaftar|melanggan|berlangganan)\b.{0,80}?\banda\s+(?:bersetuju|setuju|menyetujui)"
    # the confirmation after it
    r"|(?:thank\s+you|thanks)\s+for\s+(?:signing\s+up|subscribing|registering)\b"
    # a newsletter platform's line under each post: "Thanks for reading <name>! Subscribe for free to ..."
    r"|(?:thank\s+you|thanks)\s+for\s+reading\b[^.!?]{0,80}[.!]\s+subscribe\b"
    r"|merci\s+(?:pour|de)\s+votre\s+(?:inscription|abonnement)\b|(?:vielen\s+)?dank\s+für\s+ihre\s+anmeldung\b"
    r"|gracias\s+por\s+(?:suscribirte|suscribirse|registrarte)\b|obrigad[oa]\s+por\s+(?:se\s+)?(?:inscrever|assinar))",
)
# The question of a page-feedback widget ("Was this page helpful?" over Yes/No buttons), in several languages.
FEEDBACK_PROMPT = [
    "helpful", "useful", "help you", "utile", "hilfreich", "útil", "有帮助", "有幫助", "有用吗", "有用嗎", "役に立", "도움이",
    "util", "nuttig", "behulpzaam", "hjälp", "hjælp", "nyttig", "hyödyllinen", "apua", "hasznos", "užitečn", "užitočn",
    "pomocn", "korisn", "korist", "pomoći", "naudinga",
    # "did this page help you?": "¿Te sirvió este post?", "Este artigo te ajudou?", "Cet article vous a-t-il aidé ?",
    # "Hat Ihnen dieser Artikel geholfen?", "Была ли эта статья полезной?"
    "sirvi", "servido", "ayud", "ajudou", "aidé", "geholfen", "полез",
]
FEEDBACK_PROMPT_RE = PhraseRegex(
    FEEDBACK_PROMPT,
    r"^(?:(?:was|is)\s+this(?:\s+(?:page|article|answer|post|information|guide|content|documentation|topic|tip|"
    r"section|tutorial|faq|report|review|recipe))?\s+(?:helpful|useful)"
    r"|did\s+(?:you\s+find\s+)?this\s+(?:page|article|answer|post|information|guide)\s+(?:help(?:\s+you)?|helpful|useful)"
    r"|(?:cette|cet)\s+(?:page|article|réponse|information)\s+(?:vous\s+)?a-t-(?:elle|il)\s+été\s+utile"
    r"|(?:war|ist)\s+(?:diese[rs]?)\s+(?:seite|artikel|beitrag|antwort|information(?:en)?)\s+hilfreich"
    r"|¿?\s*(?:te|le|os)\s+(?:ha\s+)?(?:resultado|result[óo]|parecido|pareci[óo]|sido)\s+útil(?:\s+(?:esta|este)\s+\w+)?"
    r"|¿?\s*(?:fue|es|ha\s+sido)\s+(?:útil\s+)?(?:esta|este)\s+(?:página|artículo|respuesta|información)(?:\s+útil)?"
    r"|(?:esta|este)\s+(?:página|artigo|resposta|conteúdo)\s+(?:foi|é)\s+útil"
    # "did this page help you?", the page named: "¿Te sirvió este post?", "¿Te ha ayudado este artículo?", "Este
    # artigo te ajudou?", "Cet article vous a-t-il aidé ?", "Hat Ihnen dieser Artikel geholfen?", "Была ли эта
    # статья полезной?", "Этот ответ был полезен?"
    r"|¿?\s*(?:te|le|os|les)\s+(?:ha(?:n)?\s+)?(?:sirvi[óo]|servido|ayud[óo]|ayudado)\s+(?:esta|este)\s+"
    r"(?:post|página|artículo|entrada|nota|publicación|guía|información|respuesta|receta)"
    r"|(?:este|esta|esse|essa)\s+(?:post|artigo|página|conteúdo|resposta|texto|guia)\s+(?:te|lhe|os|vos)\s+ajudou"
    r"|(?:cette|cet|ce)\s+(?:page|article|réponse|billet|guide)\s+(?:vous|t['’])\s*a-t-(?:elle|il)\s+aidée?"
    r"|(?:hat|haben)\s+(?:ihnen|dir|euch)\s+(?:diese[rs]?)\s+(?:seite|artikel|beitrag|antwort|information(?:en)?)\s+"
    r"geholfen"
    r"|(?:был[аио]?\s+ли\s+)?(?:эта|этот|это|эти)\s+(?:статья|страница|пост|ответ|информация|материал|советы)\s+"
    r"(?:был[аио]?\s+)?полез(?:ен|н(?:ой|ым|ыми|ы|а|о))"
    r"|(?:ti|vi|le)\s+è\s+stat[oa]\s+utile\s+(?:questo|questa)\s+(?:articolo|pagina|risposta|guida|post)"
    # it / ro / nl / sv / da / no / fi / hu / cs / sk / pl / hr / sl / lt: "Was this page helpful?" by the page's
    # noun, in the question's own word order
    r"|(?:questa|questo)\s+(?:pagina|articolo|risposta)\s+(?:ti|vi|le)\s+è\s+stat[oa]\s+utile"
    r"|a\s+fost\s+util[ăa]?\s+(?:această|acest|aceasta)\s+(?:pagină|pagina|articol|informație|răspuns)"
    r"|(?:was|is)\s+(?:dit|deze)\s+(?:artikel|pagina|antwoord|informatie)\s+(?:nuttig|behulpzaam)"
    r"|var\s+(?:den\s+här|denna|denne|dette|det\s+her)\s+(?:sidan|artikeln|siden|side|artikel|artikkelen|svaret)\s+"
    r"(?:till\s+hjälp|til\s+hjælp|til\s+hjelp|hjälpsam|nyttig)"
    r"|oliko\s+(?:tästä\s+(?:artikkelista|sivusta|vastauksesta)\s+apua|tämä\s+(?:artikkeli|sivu|vastaus)\s+hyödyllinen)"
    r"|hasznos\s+volt\s+(?:ez\s+a|az)\s+(?:cikk|oldal|válasz)"
    r"|(?:byla|byl|bylo)\s+(?:tato|tento|toto)\s+(?:stránka|článek|odpověď)\s+užitečn[áýé]"
    r"|(?:bola|bol|bolo)\s+(?:táto|tento|toto)\s+(?:stránka|článok|odpoveď)\s+užitočn[áýé]"
    r"|czy\s+(?:ta|ten|to)\s+(?:strona|artykuł|odpowiedź|informacja)\s+(?:była|był|było)\s+pomocn[aey]"
    r"|je\s+li\s+(?:vam\s+)?(?:ovaj|ova|ovo)\s+(?:članak|stranica|odgovor)\s+(?:bio|bila|bilo)\s+"
    r"(?:od\s+pomoći|koristan|korisna|korisno)"
    r"|ali\s+vam\s+je\s+bil[ao]?\s+(?:ta|to)\s+(?:članek|stran|odgovor|vsebina)\s+korist(?:en|na|no)"
    r"|ar\s+(?:šis|ši)\s+(?:straipsnis|puslapis|atsakymas)\s+(?:buvo\s+)?naudingas"
    r"|(?:这篇|這篇|本篇|本|此)?(?:文章|页面|頁面|内容|內容|回答|信息|資訊)(?:对您|对你|對您|對你)?有(?:帮助|幫助|用)(?:吗|嗎)"
    r"|この(?:記事|ページ|情報|回答)は(?:お)?役に立ちましたか"
    r"|이\s*(?:글|페이지|정보|답변)(?:이|가)\s*도움이\s*(?:되었나요|되셨나요|됐나요))\s*[?？]?"
    # the widget's count run on after the question: "Was this review helpful? 38 people found this helpful", "12
    # Personen fanden dies hilfreich", "38 personnes ont trouvé cela utile", "A 38 personas les resultó útil"
    r"(?:\s*(?:\d[\d,.]*\s+(?:of\s+\d[\d,.]*\s+)?(?:people|persons?|users?|readers?|customers?)\s+found\s+this\s+"
    r"(?:helpful|useful)"
    r"|\d[\d.,]*\s+(?:von\s+\d[\d.,]*\s+)?(?:personen|leser(?:innen)?|kund(?:en|innen))\s+fanden\s+(?:dies|das|diese\s+\w+)\s+"
    r"hilfreich"
    r"|\d[\d.,\u202f\xa0 ]*\s+(?:sur\s+\d[\d.,]*\s+)?personnes?\s+(?:ont|a)\s+trouvé\s+(?:cela|ceci|cette\s+\w+|cet?\s+\w+)\s+"
    r"utile"
    r"|a\s+\d[\d.,]*\s+personas?\s+les?\s+(?:ha\s+)?(?:resultó|resultado|pareció|parecido)\s+útil"
    r"|\d[\d.,]*\s+pessoas?\s+(?:acharam|achou|consideraram)\s+(?:isso|isto|est[ea]\s+\w+)\s+útil"
    r"|\d[\d.,]*\s+person[ae]\s+(?:l['’]hanno|lo\s+hanno|hanno)\s+trovat[oa]\s+utile"
    r"|\d[\d.,]*\s+(?:mensen|personen)\s+vonden\s+(?:dit|dat)\s+(?:nuttig|behulpzaam)"
    r"|\d[\d,]*\s*人(?:のお客様)?が(?:これが)?役に立ったと考えています)"
    # or a short plea after the question, to share or rate the page: "¿Te sirvió este post? ¡Compártelo con ...!"
    r"|(?<=[?？])\s+¡?[^?？!！¡¿]{1,80}[!！])?$",
)
# The invitation of a site-survey box, under the article or in the page's footer ("Help us improve our website",
# "Can you answer a quick question about your visit today?", "Helfen Sie uns, unsere Website zu verbessern",
# "Aidez-nous à améliorer notre site", "サイト改善のためのアンケート"): the whole line, a short tail at most.
SITE_SURVEY = [
    "improve", "quick question", "short question", "survey", "verbessern", "umfrage", "améliorer", "sondage",
    "questionnaire", "enquête", "mejorar", "encuesta", "melhorar", "pesquisa", "migliorare", "sondaggio", "улучш",
    "опрос", "アンケート", "改进", "改進", "改善", "개선", "설문",
]
SITE_SURVEY_RE = PhraseRegex(
    SITE_SURVEY,
    r"^(?:help\s+us\s+(?:to\s+)?improve\s+(?:our|this|the)\s+(?:web\s?site|site|service|pages?|app)"
    r"|(?:can|could|would)\s+you\s+(?:spare\s+a\s+minute\s+to\s+)?answer\s+(?:a\s+)?(?:quick|short|few)\s+questions?"
    r"|answer\s+(?:a\s+)?(?:quick|short|few)\s+questions?"
    r"|take\s+(?:a|our)\s+(?:short|quick|brief|\d+[- ]minute)\s+survey"
    r"|helfen\s+sie\s+uns,?\s+(?:unsere|diese)\s+(?:website|webseite|internetseite|seite|angebote?)\s+zu\s+verbessern"
    r"|nehmen\s+sie\s+an\s+(?:unserer|einer)\s+(?:kurzen\s+)?umfrage\s+teil"
    r"|aidez-nous\s+à\s+améliorer\s+(?:notre|ce|nos)\s+(?:site|service|page)s?"
    r"|répondez\s+à\s+(?:notre|un|une)\s+(?:courte?\s+|rapide\s+)?(?:questionnaire|sondage|enquête)"
    r"|ay[uú]d(?:anos|enos)\s+a\s+mejorar\s+(?:nuestr[oa]s?|est[ea]|la|el)\s+(?:sitio|web|página|portal|servicio)"
    r"|responde?\s+(?:a\s+)?(?:nuestra|una)\s+(?:breve\s+|corta\s+)?encuesta"
    r"|ajude-nos\s+a\s+melhorar\s+(?:o\s+|a\s+)?(?:nosso|nossa|este|esta|o|a)\s+(?:site|portal|página|serviço)"
    r"|responda\s+(?:a\s+|à\s+)?(?:nossa|uma)\s+(?:breve\s+|rápida\s+)?pesquisa"
    r"|aiutaci\s+a\s+migliorare\s+(?:il\s+nostro|questo|il)\s+(?:sito|servizio|portale)"
    r"|помогите\s+нам\s+(?:улучшить|сделать\s+лучше)\s+(?:наш\s+|этот\s+)?(?:сайт|портал|сервис)"
    r"|пройдите\s+(?:короткий\s+|небольшой\s+)?опрос"
    r"|(?:サイト|ウェブサイト|ホームページ)(?:の)?(?:改善|向上)のため(?:の)?アンケート|アンケートにご協力"
    r"|(?:帮助我们|幫助我們)(?:改进|改進|改善)(?:我们的|我們的)?(?:网站|網站|本站|服务|服務)"
    r"|(?:웹사이트|사이트|홈페이지)\s*개선(?:을|에)?\s*(?:위한\s*)?(?:설문|도움))"
    # The tail: no clause after a comma and, before a full stop, a short one ("Take our short survey." or "about
    # your visit today?"): a sentence going on ("Take a quick survey of the room and you will see ...", "アンケート
    # にご協力いただいた市民のうち、7割が…。") is an article's.
    r"(?:[^.!?。！？,，、]{0,60}[!?！？]?|[^.!?。！？,，、]{0,30}[.。])$",
)
# The button of a sponsorship or donation box run onto its pitch, after the pitch's last sentence ("From £40, adopt
# an okapi and help protect the species in the wild. Adopt now", "... Jetzt Pate werden", "... Apadrina ahora",
# "…。今すぐ寄付する"): the line ends with it, unpunctuated (boilerplate.furniture_rule, rule "promo"). The phrases
# alone run through sentences ("El Gobierno adopta ahora una postura más dura"): only after a sentence's end.
RUN_ON_BUTTON = [
    "adopt now", "adopt today", "sponsor now", "sponsor today", "donate now", "donate today", "give now",
    "give today", "jetzt pate werden", "jetzt spenden", "jetzt adoptieren", "jetzt unterstützen",
    "adoptez maintenant", "parrainez maintenant", "donnez maintenant", "adopta ahora", "apadrina ahora",
    "dona ahora", "adote agora", "apadrinhe agora", "doe agora", "adotta ora", "adotta adesso", "dona ora",
    "dona adesso", "adopteer nu", "doneer nu", "стать опекуном", "пожертвовать сейчас", "помочь сейчас",
    "今すぐ寄付", "今すぐ支援", "今すぐ里親", "立即捐款", "立即捐赠", "立即捐贈", "立即认养", "立即認養", "지금 후원",
    "지금 기부",
]
RUN_ON_BUTTON_RE = PhraseRegex(
    RUN_ON_BUTTON,
    r"[.!?。！？]\s*(?:" + _trie_alternation(RUN_ON_BUTTON) + r")(?:する|하기)?\s*[→›»]?$",
)
# A page's navigation trail: "Home > News > Local", "Sie sind hier: Startseite > Ausschüsse", "الرئيسية / الإعلانات / ...".
# It opens with the home page's name or a "you are here" label; the rest are short segments between arrows or
# slashes (boilerplate.furniture_rule removes it above the article's text, boilerplate.crumbs_in_text).
BREADCRUMB_HOME = [
    "home", "homepage", "home page", "startseite", "accueil", "inicio", "início", "portada", "pagina iniziale",
    "главная", "головна", "strona główna", "úvod", "domů", "forside", "startsida", "etusivu", "anasayfa",
    "ana sayfa", "beranda", "trang chủ", "หน้าแรก", "الرئيسية", "الصفحة الرئيسية", "ראשי", "דף הבית", "首页",
    "首頁", "ホーム", "トップ", "홈", "होम", "मुख पृष्ठ", "αρχική", "főoldal", "početna", "inici", "startpagina",
]
BREADCRUMB_LABELS = [
    "you are here", "sie sind hier", "vous êtes ici", "usted está aquí", "estás aquí", "você está aqui", "sei qui",
    "ti trovi in", "u bent hier", "je bent hier", "jesteś tutaj", "вы здесь", "вы находитесь здесь", "nacházíte se",
    "du är här", "du er her", "olet tässä", "buradasınız", "anda di sini", "bạn đang ở", "أنت هنا", "אתם כאן",
    "אתה נמצא כאן", "您的位置", "你的位置", "当前位置", "當前位置", "現在位置", "現在地", "현재 위치", "आप यहाँ हैं",
    # (review11a) more ways of saying it: "Sie befinden sich hier", "Está aquí", "Estás en", "Você está em",
    # "U bevindt zich hier", "Вы находитесь", "Ви тут", "所在位置", "您现在的位置", "현재위치" (no space)
    "sie befinden sich hier", "du bist hier", "vous êtes sur", "está aquí", "estás en", "você está em",
    "u bevindt zich hier", "вы находитесь", "ви тут", "ви знаходитесь тут", "ви знаходитесь", "所在位置",
    "您现在的位置", "您現在的位置", "现在的位置", "현재위치",
]
# The label ends a word ("Sei quintali ..." does not open with "sei qui", "当前位置不佳" nor with "当前位置"); its colon
# is noted (the optional group is one "\s*", not two around an optional colon: no quadratic retries on spaces).
BREADCRUMB_RE = PhraseRegex(
    BREADCRUMB_HOME + BREADCRUMB_LABELS,
    r"^\W*(?:(?P<label>" + _trie_alternation(BREADCRUMB_LABELS) + r")(?![^\W\d_])(?:\s*(?P<colon>[:：]))?\s*|(?=(?:"
    + _trie_alternation(BREADCRUMB_HOME) + r")\s*(?:[>›»→＞]|/\s)))(?P<trail>\S.*)$",
)
_HOME_NAMES = frozenset(BREADCRUMB_HOME)
# Between two segments of a trail: an arrow (spaces optional: "首页>新闻"), a vertical bar ("首页｜要闻"), or a
# slash between spaces.
_CRUMB_SEP_RE = re.compile(r"\s*[>›»→＞|｜]\s*|\s+/\s+")
_CRUMB_ARROW_RE = re.compile(r"[>›»→＞]")
CRUMB_MAX_WORDS = 8  # a section's name; the last segment may be the page's own headline
CRUMB_LAST_MAX_WORDS = 20
# CJK is written without spaces (a segment is one "word"): a section's name has this many CJK characters at most
# (metadata's section paths too), the page's headline as the last segment about two a word.
CRUMB_MAX_CJK = 8
CRUMB_LAST_MAX_CJK = 2 * CRUMB_LAST_MAX_WORDS
_CJK_CHAR_RE = re.compile(f"[{_CJK_CLASS}]")


def is_breadcrumb(text: str) -> bool:
    """The line is a navigation trail (BREADCRUMB_RE): after a "you are here" label a colon and the home page's
    name, or segments between separators; after the home page's name at least one more. Every segment is short and
    no sentence: a sentence that opens with the label ("Sie sind hier genau richtig.", "Вы здесь не одни: ...") or
    a title ("You Are Here: a walk through ...") is text."""
    m = BREADCRUMB_RE.match(text)
    if m is None:
        return False
    trail = m.group("trail").strip()
    segments = _CRUMB_SEP_RE.split(trail)
    if m.group("label") is None:
        # (Two segments between slashes alone may be a table's header: "Home / Away".)
        if len(segments) < (2 if _CRUMB_ARROW_RE.search(trail) else 3):
            return False
    elif len(segments) == 1 and (m.group("colon") is None or trail.casefold() not in _HOME_NAMES):
        return False
    last = len(segments) - 1
    for k, segment in enumerate(segments):
        if not segment or ends_sentence(segment):
            return False
        cjk = len(_CJK_CHAR_RE.findall(segment))
        if len(segment.split()) > (CRUMB_LAST_MAX_WORDS if k == last else CRUMB_MAX_WORDS) or cjk > (
            CRUMB_LAST_MAX_CJK if k == last else CRUMB_MAX_CJK
        ):
            return False
    return True


# The words of a label that names a field of the record, not a headline's kind: the title, the original (of a
# reprint or a translation), the headline ("Original title: ...", "Originaltitel: ...", "Titre original : ...",
# "Título original: ...", "Původní název: ...", "Оригинальное название: ..."). A line behind such a label is a
# field's row, whatever its value (metadata._labelled_headline); matched against each word of the label, case-folded.
FIELD_LABEL_WORDS = frozenset((
    "title", "titles", "subtitle", "headline", "original", "originally",
    "titel", "originaltitel", "untertitel", "überschrift", "ursprünglicher", "ursprüngliche",
    "titre", "sous-titre", "originale", "título", "títol", "subtítulo", "titular", "manchete", "titolo", "sottotitolo",
    "oorspronkelijke", "originele", "tytuł", "tytułu", "oryginalny", "oryginalna", "oryginału", "název", "názov",
    "titulek", "původní", "pôvodný", "originální", "название", "заголовок", "оригинальное", "исходное",
    "оригинал", "назва", "оригінальна", "otsikko", "alkuperäinen", "rubrik", "originaltittel", "tittel", "overskrift",
    "ursprunglig", "opprinnelig", "oprindelig", "cím", "eredeti", "τίτλος", "αρχικός", "πρωτότυπος", "başlık",
    "orijinal", "özgün", "titlu", "originală", "naslov", "izvorni", "originalni", "izvirni", "כותרת", "מקורית",
    "המקורית", "العنوان", "الأصلي",
))


# The label a Q&A page puts over the answer the asker chose ("Best answer", "ベストアンサー", "最佳答案"): matched
# against a whole line, case-folded, without a closing colon (boilerplate._label_key).
# An inline poll's parts (boilerplate.poll_widgets): the label over its question ("Poll", "Umfrage", "投票"), the
# vote button under its options, and the result links or counts under the button ("View results", "1,284 votes").
POLL_LABELS = frozenset((
    "poll", "quick poll", "reader poll", "readers' poll", "our poll", "today's poll", "daily poll", "vote", "have your say",
    # the call over the question: "What do you think?", asked without its marks (typographic apostrophes are typed
    # plain: boilerplate._poll_label_key)
    "what do you think", "what's your view", "what's your opinion", "your view", "your opinion", "was meinen sie",
    "was denkst du", "was denken sie", "ihre meinung", "deine meinung", "qu'en pensez-vous", "qu'en penses-tu",
    "votre avis", "ton avis", "qué opinas", "qué opina", "qué opinas tú", "tu opinión", "su opinión", "o que você acha",
    "o que acha", "qual a sua opinião", "sua opinião", "cosa ne pensi", "che ne pensi", "cosa ne pensate", "la tua opinione",
    "wat vindt u", "wat vind jij", "wat vind jij ervan", "wat vindt u ervan", "wat denk jij", "jouw mening", "uw mening",
    "что вы думаете", "как вы думаете", "ваше мнение", "co o tym myślisz", "co sądzisz", "twoje zdanie", "twoja opinia",
    "ne düşünüyorsunuz", "sizce", "どう思いますか", "あなたはどう思いますか", "あなたの意見", "你怎么看", "你怎麼看",
    "您怎么看", "您怎麼看", "你觉得呢", "你覺得呢", "你的看法", "您的看法", "여러분의 생각은", "어떻게 생각하세요",
    "어떻게 생각하십니까", "당신의 생각은", "ما رأيك", "رأيك",
    "umfrage", "abstimmung", "sondage", "encuesta", "enquete", "enquête", "sondaggio", "ankieta", "peiling", "опрос",
    "опитування", "anket", "投票", "アンケート", "투표", "설문", "استطلاع",
))
POLL_BUTTONS = frozenset((
    "vote", "vote now", "submit vote", "cast your vote", "submit", "abstimmen", "jetzt abstimmen", "voter", "votar",
    "votez", "vota", "głosuj", "stem", "stemmen", "голосовать", "проголосувати", "oy ver", "投票", "投票する", "투표하기",
    "تصويت",
))
POLL_AFTER_RE = re.compile(
    r"^(?:(?:view|see|show)\s+(?:the\s+)?results|results|ergebnis(?:se)?\s+(?:anzeigen|ansehen)|voir\s+les\s+résultats|"
    r"ver\s+(?:los\s+)?resultados|vedi\s+(?:i\s+)?risultati|結果を見る|查看结果|查看結果|결과\s*보기|"
    # the count's head in the languages that put "so far" or "in all" before it: "これまでに1,284票", "共1,284票",
    # "已有1,284人投票", "총 1,284표", "지금까지 1,284명 참여"
    r"(?:(?:これまでに|これまで|合計|現在|共有|共|已有|目前|总计|總計|合计|총|지금까지|현재까지|현재)\s*)?"
    r"[\d.,\s]+(?:votes?|stimmen|votos?|voti|głos(?:ów|y)?|stemmen|голос(?:ов|а)?|票|표|명\s*(?:참여|투표)|"
    r"人(?:が投票|已投票|投票|参与投票|參與投票)|名が投票)"
    # the count's tail: "1,284 votes so far", "312 Stimmen bisher", "58 votos en total", "1.284 stemmen tot nu toe",
    # "1284 głosów do tej pory", "1,284票（これまで）"
    r"(?:\s+(?:so\s+far|cast|in\s+total|total|bisher|insgesamt|abgegeben|au\s+total|jusqu'à\s+présent|en\s+total|"
    r"hasta\s+ahora|finora|in\s+totale|até\s+agora|no\s+total|всего|tot\s+nu\s+toe|in\s+totaal|totaal|"
    r"uitgebracht|do\s+tej\s+pory|dotychczas|łącznie|w\s+sumie|oddanych)|\s*[(（](?:これまで|累計|合計|累计|总计|總計|"
    r"누적)[)）])?)$",
    re.IGNORECASE,
)
BEST_ANSWER_LABELS = frozenset((
    "best answer", "accepted answer", "ベストアンサー", "最佳答案", "最佳回答", "满意答案", "滿意答案", "채택 답변",
    "채택된 답변", "лучший ответ", "meilleure réponse", "mejor respuesta", "melhor resposta", "beste antwort",
    "migliore risposta", "najlepsza odpowiedź", "beste antwoord",
))
# The two headings of a review's pros and cons lists ("Pros" over short items, then "Cons" over more), in the
# words reviews use for them; matched against a whole line, case-folded, without a closing colon (boilerplate._label_key).
PROS_LABELS = frozenset((
    "pros", "the good", "what we like", "what we liked", "likes", "pluspunten", "voordelen", "pluspunkte", "vorteile",
    "points forts", "les plus", "avantages", "ventajas", "a favor", "prós", "vantagens", "pontos positivos", "pregi",
    "punti di forza", "plusy", "zalety", "плюсы", "достоинства", "переваги", "klady", "výhody", "fördelar",
    "fordele", "fordeler", "artılar", "artıları", "kelebihan", "ưu điểm", "ข้อดี", "优点", "優點", "メリット",
    "良い点", "장점",
))
CONS_LABELS = frozenset((
    "cons", "the bad", "what we don't like", "what we didn't like", "dislikes", "minpunten", "nadelen", "minuspunkte",
    "nachteile", "points faibles", "les moins", "inconvénients", "desventajas", "en contra", "contras",
    "desvantagens", "pontos negativos", "difetti", "punti deboli", "minusy", "wady", "минусы", "недостатки",
    "недоліки", "zápory", "nevýhody", "nackdelar", "ulemper", "eksiler", "eksileri", "kekurangan", "nhược điểm",
    "ข้อเสีย", "缺点", "缺點", "デメリット", "悪い点", "단점",
))


# The edit link of a wiki section ("编辑", "[edit]", "Bearbeiten", "[modifier le code]"): the boilerplate stage removes
# it on a line of its own under a heading, the metadata stage takes a bracketed one for interface text.
EDIT_LINK_WORDS = frozenset((
    "编辑", "編輯", "编辑本段", "編輯本段", "修改", "edit", "edit section", "bearbeiten", "quelltext bearbeiten", "modifier",
    "modifier le code", "editar", "editar código", "modifica", "編集", "편집", "редактировать", "править", "edytuj",
))
# The forwarding lines of a newsletter issue read on its archive page: "Was this forwarded to you? Sign up here",
# "Enjoyed this issue? Forward it to a friend", "Diesen Newsletter an einen Freund weiterleiten".
NEWSLETTER_FORWARD = ["forward", "weiterleiten", "transf", "reenv", "转发给", "轉寄給", "轉發給"]
NEWSLETTER_FORWARD_RE = PhraseRegex(
    NEWSLETTER_FORWARD,
    r"\bforward(?:ed)?\s+(?:this|it)\s+(?:e-?mail\s+|newsletter\s+|issue\s+|post\s+)?to\s+(?:a\s+)?(?:friend|colleague)s?\b"
    # the button without an object is an imperative ("Forward to a friend"); "... was forwarded to colleagues." is a
    # sentence about a mail
    r"|\bforward\s+(?:e-?mail\s+|newsletter\s+|issue\s+|post\s+)?to\s+(?:a\s+)?(?:friend|colleague)s?\b"
    r"|\b(?:was\s+this|this\s+(?:e-?mail|newsletter|issue)\s+was|someone|a\s+friend)\s+forwarded\s+(?:to\s+you|(?:you\s+)?this)\b"
    r"|\ban\s+(?:einen\s+|eine\s+)?(?:freund(?:in)?|kolleg(?:in|en)?)\s+weiterleiten\b"
    r"|\btransf[ée]r(?:er|ez)\s+(?:cette\s+\w+\s+)?(?:à|a)\s+une?\s+(?:ami|amie|collègue)\b"
    r"|\breenv[ií](?:a|e|ar)(?:lo|la)?\s+a\s+(?:un|una)\s+(?:amig[oa]|colega)\b"
    r"|(?:转发给|轉寄給|轉發給)(?:你的)?(?:朋友|好友)",
)
# Comment prompts closing an article: "Tell us what you think in the comments", "Leave a comment below".
COMMENT_PROMPT = [
    "tell us", "let us know", "share your thoughts", "share your views", "leave a comment", "join the discussion",
    "join the conversation", "in the comments",
]
COMMENT_PROMPT_RE = PhraseRegex(
    COMMENT_PROMPT,
    r"\b(?:tell us|let us know|share your (?:thoughts|views)|leave a comment|join the (?:discussion|conversation))"
    r"\b.*\b(?:comments?|below)\b|\bin the comments\b",
)

# The calendar buttons of an event box, alone or in a row: "Add to calendar", "Add to Google Calendar | Add to
# Outlook | Download .ics", "Zum Kalender hinzufügen", "Ajouter au calendrier", "カレンダーに追加", "添加到日历".
_CALENDAR_BUTTON = (
    r"(?:add\s+to\s+(?:(?:my|your)\s+)?(?:(?:google|apple|outlook|yahoo|office\s+365|microsoft)\s+)?(?:calendar|ical|outlook)"
    r"|(?:download|export)\s+(?:to\s+)?(?:\.?ics|ical|(?:an\s+)?\.?ics\s+file|calendar(?:\s+file)?)"
    r"|(?:zum|in\s+den)\s+kalender\s+(?:hinzufügen|eintragen)|ajouter\s+(?:au|à\s+mon)\s+calendrier"
    r"|añadir\s+al\s+calendario|agregar\s+al\s+calendario|adicionar\s+ao\s+calendário|aggiungi\s+al\s+calendario"
    r"|aan\s+agenda\s+toevoegen|dodaj\s+do\s+kalendarza|カレンダーに(?:追加|登録)|添加到日[历曆]|加入(?:行事曆|日历|日曆)|캘린더에\s*추가)"
)
CALENDAR_BUTTONS_RE = re.compile(
    r"^[\W_]*" + _CALENDAR_BUTTON + r"(?:\s*[|·•/,]\s*" + _CALENDAR_BUTTON + r")*[\W_]*$", re.IGNORECASE
)
# A shop button under a product or a review: a price and the shop ("$1,299 at ShopMart", "£49.99 at Argos",
# "From $19 at Store"): a currency amount, "at" and a capitalised name of one to three words.
RETAILER_PRICE_RE = re.compile(
    r"^(?:(?:from|starting\s+at|now)\s+)?(?:[$£€¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|£|\$|USD|EUR|GBP))\s+at\s+"
    r"(?-i:[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9&][\w.&'’-]*){0,2})$",
    re.IGNORECASE,
)
# A site's note on its editorial process under an article (a health or review site): its label, "How we reviewed
# this article:", "How we tested", or its sentence, "... we update our articles when new information becomes
# available", "This article was medically reviewed by ... and fact-checked".
EDITORIAL_NOTE_RE = re.compile(
    r"^how\s+we\s+(?:reviewed|fact[-\s]checked|tested|researched|vetted|sourced|rate[d]?|review)\s+(?:this|these|our)\s+"
    r"(?:article|story|guide|page|review|products?|content)s?\b[^.!?]{0,40}$"
    r"|\bwe\s+(?:update|review|revise)\s+(?:our|this|these|the)\s+(?:articles?|content|guides?|pages?)\s+"
    r"(?:when|as|whenever)\s+new\s+(?:information|evidence|research)\b",
    re.IGNORECASE,
)
# A sponsor read in a podcast episode's or a newsletter's notes: "This episode is sponsored by X. ...",
# "Today's show is brought to you by X", "This week's issue is supported by X".
SPONSOR_READ_RE = re.compile(
    # (in the past tense only "sponsored", "brought to you" and "made possible": "This issue was supported by a clear
    # majority of voters", "This show was presented by two students" are an article's sentences)
    r"^(?:this|today[’']s|this\s+week[’']s)\s+(?:episode|show|podcast|video|newsletter|issue|edition)\s+"
    r"(?:is\s+(?:sponsored|brought\s+to\s+you|supported|made\s+possible|presented)|was\s+(?:sponsored|brought\s+to\s+you|made\s+possible))"
    r"\s+(?:in\s+part\s+)?by\s+\S"
    # ja: "この番組は、X の提供でお送りしています"; zh: "本期节目由X赞助播出"
    r"|^この(?:番組|エピソード|動画|配信|記事)は[、，]?.{1,40}?(?:の提供で|の提供により|の協賛で|がスポンサー)"
    r"|^本(?:期|集|节目|期节目|集节目)(?:由|承蒙).{1,30}?(?:赞助|冠名|特约|独家赞助|提供支持)",
    re.IGNORECASE,
)
# A reading-time note next to the byline: "5 min read", "Reading time: 4 minutes", "Tempo de leitura: 1 minuto",
# "4 minute de citit", "5 menit baca", "6 minuters läsning".
READING_TIME_RE = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|"
    r"tempo\s+de\s+leitura|tempo\s+di\s+lettura|leestijd|czas\s+czytania|doba\s+čtení|время\s+чтения|"
    # ro / ca / sv / da / no / fi / hu / cs / sk / sl / hr / uk
    r"timp\s+de\s+citire|temps\s+de\s+lectura|lästid|läsningstid|læsetid|lesetid|lukuaika|olvasási\s+idő|"
    r"čas\s+čtení|čas\s+čítania|čas\s+branja|vrijeme\s+čitanja|час\s+читання|"
    # fa / ar / ur / hi / tr / el
    r"読了時間|阅读时间|閱讀時間|읽는\s*시간|زمان\s+مطالعه|مدة\s+القراءة|وقت\s+القراءة|زمن\s+القراءة|"
    r"پڑھنے\s+کا\s+وقت|पढ़ने\s+का\s+समय|okuma\s+süresi|χρόνος\s+ανάγνωσης)\s*[:：]?\s*(?:about\s+|ca\.\s*|~\s*)?\d+\s*\w*\.?$"
    r"|^\d+\s*(?:min(?:ute)?s?|minutes?|minuten|minutos?|minuti|minuts|minuters?|minutters?|menit)\.?\s+(?:read|"
    r"lesezeit|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura|leestijd|czytania|čtení|чтения|"
    # ro "4 minute de citit", "5 min de lectură"; id / ms "5 menit baca", "3 menit membaca"; sv "4 min läsning",
    # "6 minuters läsning"; da / no "5 min læsning", "3 minutters lesing"
    r"de\s+citit|de\s+lectură|baca|membaca|bacaan|läsning|lästid|læsning|lesing|læsetid|lesetid)$",
    re.IGNORECASE,
)
# A memorial shop's promo line under an obituary: "To plant trees in memory, please visit the Sympathy Store.", "To
# send flowers to the family or plant a tree in memory of John Doe, please visit our floral store." (The family's
# own wish, "In lieu of flowers, memorials may be given to ...", names no shop to visit; the family's word to visit a
# charity's website or a shop in town names it: "the Woodland Trust website", "the garden centre shop".)
MEMORIAL_SHOP_RE = re.compile(
    r"^(?:to\s+(?:send|order)\s+(?:sympathy\s+)?flowers|to\s+plant\s+(?:a\s+)?(?:memorial\s+)?trees?)\b"
    r"(?=.*\b(?:memory|memorial|sympathy|tribute|flowers)\b)"
    r".{0,160}\b(?:visit|click|go\s+to)\b.{0,60}?\b(?:our|the)\s+(?:(?:sympathy|floral|flower|tribute|memorial|tree|online)\s+)?"
    r"(?:store|shop|florist|website)\b",
    re.IGNORECASE,
)
# A plea to share the page with one's friends, the reader addressed ("Share it with your friends!", "¡Compártela con
# tus amigos!", "Teile es mit deinen Freunden!", "Compartilhe com seus amigos!", "Partagez-la avec vos amis !",
# "Condividila con i tuoi amici!", "Deel het met je vrienden!", "I-share sa iyong mga kaibigan!", "Bagikan ke
# teman-temanmu!"): a widget's or a blog's closing line, asked of any page. It opens the line or follows the question
# before it ("Did you like this recipe? Share it with your friends!"); an article quotes a plea inside a sentence ("The
# slogan was simple: Share it with your friends!") or reports others' pleas with "their friends".
SHARE_PLEA_RE = re.compile(
    r"(?:^|[?!.]\s+)[¡]?(?:(?:please|bitte|por\s+favor|s.il\s+vous\s+pla[iî]t|per\s+favore|alsjeblieft|silakan|sila)[,\s]+)?(?:share|compárte(?:la|lo)?|comparte|compartilhe|partilhe|partagez(?:-la|-le)?|partage(?:-la|-le)?|"
    r"teile(?:n\s+sie)?|condividi(?:la|lo)?|deel|i-share|ibahagi|bagikan|kongsi(?:kan)?)\b"
    r".{0,30}?\b(?:with\s+(?:all\s+)?your\s+friends|con\s+tus\s+amig[oa]s|com\s+(?:os\s+)?seus\s+amigos|"
    r"avec\s+(?:vos|tes)\s+amis|mit\s+(?:deinen|ihren)\s+freunden|con\s+i\s+tuoi\s+amici|met\s+je\s+vrienden|"
    r"sa\s+(?:iyong|inyong|ating)\s+mga\s+kaibigan|(?:ke|dengan)\s+(?:teman-temanmu|teman-teman\s+anda|rakan-rakan))\b",
    re.IGNORECASE,
)
# The same plea as a polite request after a condition that names the page and the reader's liking of it, no
# exclamation mark ("If you found this article helpful, please share it", "Wenn Ihnen dieser Artikel gefallen hat,
# teilen Sie ihn", "Si cet article vous a plu, partagez-le", "Si te ha gustado este artículo, compártelo", "Se gostou
# deste artigo, compartilhe", "Se ti è piaciuto questo articolo, condividilo", "Als je dit artikel nuttig vond, deel
# het"): the condition opens the line, the request to share closes it. A report of someone's plea opens with its
# speaker ("She said that if readers liked the article they should share it"). The condition names the reader's
# liking of the page or its use (SHARE_PLEA_LIKING): "If this article sounds alarmist, share the blame with ..." is
# the article's own sentence.
_SHARE_PLEA_LIKING = (
    r"(?=[^,;]{0,80}?\b(?:like|liked|likes|enjoy|enjoyed|love|loved|helpful|useful|interesting|valuable|helped"
    r"|gefallen|gefällt|gefiel|hilfreich|nützlich|interessant|geholfen|plu|plaît|aimé|utile|intéressant|aidé"
    r"|gustado|gusta|gustó|útil|sirvió|servido|ayudado|interesante|gostou|gostaste|gostado|ajudou|interessante"
    r"|piaciuto|piace|aiutato|nuttig|leuk|geholpen|waardevol)\b)"
)
SHARE_PLEA_IF_RE = re.compile(
    r"^(?:if|wenn|falls|si|se|als|indien)\b" + _SHARE_PLEA_LIKING + r".{0,60}?\b(?:this|dieser|diesen|dieses|diese|cet|cette|ce|este|esta|deste|"
    r"desta|questo|questa|quest'|dit|deze)\s*(?:article|post|blog\s+post|artikel|beitrag|blogbeitrag|artículo|articulo|"
    r"artigo|articolo|recipe|guide|page|video|receta|recette|rezept|receita|ricetta|recept|entrada|publicación|"
    r"billet|tutorial|guía|guia|guida|ratgeber|bericht)\b.{0,60}?[,;]\s*"
    r"(?:(?:please|bitte|por\s+favor|s.il\s+vous\s+pla[iî]t|per\s+favore|alsjeblieft|dan)[,\s]+)?"
    r"(?:do\s+)?(?:share|teile|teilen|partagez|partage|compártelo|compártela|comparte|compartilhe|compartilha|partilhe|"
    r"condividilo|condividila|condividi|deel)\b[^.!?]{0,50}[.!]?$",
    re.IGNORECASE,
)
# The same plea in ru / pl ("Если вам понравилась эта статья, поделитесь ею с друзьями", "Jeśli ten artykuł był
# pomocny, udostępnij go znajomym") and in tr / az, where the condition is a suffix of its verb ("Bu yazıyı
# beğendiyseniz, lütfen paylaşın", "Podkastı bəyəndinizsə, dostlarınızla paylaşın"): the page (an article, an
# episode, a video) and the reader's liking of it both in the condition.
# (tr / az: the episode, video or podcast that opens the condition, in the accusative; each opens with a letter)
SHARE_PLEA_TURKIC_NOUNS = ("podcast'?i", "podkast[ıi]", "bölümü", "videoyu", "videonu", "epizodu", "buraxılışı", "yazını",
                           "məqaləni", "resepti")
SHARE_PLEA_IF_OTHER_RE = re.compile(
    r"^(?:если\b(?=[^,;]{0,80}?(?:понрав|полезн|интересн|помогл))(?=[^,;]{0,80}?(?:стать|материал|пост|запис))"
    r"[^,;]{0,100}[,;]\s*(?:пожалуйста[,\s]+)?(?:поделитесь|поделись|расскажите\s+(?:о\s+ней\s+)?друзьям)"
    r"|(?:jeśli|jesli|jeżeli|jezeli)\b(?=[^,;]{0,80}?(?:podoba|spodoba|pomocn|przydatn|pomógł|pomogł|ciekaw))"
    r"(?=[^,;]{0,80}?(?:artyku|wpis|post|poradnik))[^,;]{0,100}[,;]\s*(?:proszę\s+)?"
    r"(?:udostępnij|udostępnijcie|podziel\s+się|podzielcie\s+się)"
    r"|bu\s+(?:yazıyı|makaleyi|içeriği|yazı|makale|içerik|rehberi|tarifi)\b[^,;.]{0,40}?"
    r"(?:beğendiyseniz|beğendiysen|faydalı\s+bulduysanız|yararlı\s+bulduysanız|işinize\s+yaradıysa|işine\s+yaradıysa)"
    r"[,\s]+[^.!?]{0,40}?(?:paylaşın|paylaşmayı\s+unutmayın|paylaşabilirsiniz|paylaş)"
    # (tr / az: an episode, a video or a podcast named in the accusative, "bu" or none before it: "Podcast'i
    # beğendiyseniz paylaşın", "Podkastı bəyəndinizsə, dostlarınızla paylaşın", "Bu videonu bəyəndinizsə, paylaşın")
    r"|(?:bu\s+)?(?:" + "|".join(SHARE_PLEA_TURKIC_NOUNS) + r")\s+"
    r"(?:beğendiyseniz|beğendiysen|bəyəndinizsə|bəyəndinsə|xoşunuza\s+gəldisə|faydalı\s+bulduysanız|faydalı\s+oldusa)"
    r"[,\s]+[^.!?]{0,40}?(?:paylaşın|paylaşmayı\s+unutmayın|paylaşmağı\s+unutmayın|paylaş))\b[^.!?]{0,60}[.!]?$",
    re.IGNORECASE,
)
# The same plea in ja / zh / ko, where it is a polite request without an exclamation mark ("この記事が役に立ったら
# シェアしてください", "よかったらシェアしてね", "觉得有用的话，欢迎分享给更多朋友", "如果喜欢这篇文章，请转发给你的朋友",
# "이 글이 도움이 되셨다면 공유해 주세요"): the page or the reader's liking of it named first (a condition), the
# request to share closing the line. A quoted request inside a sentence ("「シェアしてください」と呼びかけた") does not
# close its line; a missing-person notice's "この情報を拡散してください" names no page nor liking.
_SHARE_PLEA_CJK_END = r"[^\w「」『』“”\"]*$"  # closing marks; a closing quote makes the request a quoted one
# The share verbs one of which every match of SHARE_PLEA_CJK_RE holds (boilerplate._may_be_cjk_share_plea), and their
# bit in the shared scan, tested first.
SHARE_PLEA_CJK_KEYS = ("シェア", "拡散", "分享", "转发", "轉發", "공유")
SHARE_PLEA_CJK_KEYS_BIT = phrase_list_bit(SHARE_PLEA_CJK_KEYS)
SHARE_PLEA_CJK_RE = re.compile(
    r"^.{0,30}?(?:(?:この|本|当|こちらの)(?:記事|ブログ|投稿|ページ)|役に立ったら|よかったら|良かったら|気に入ったら|"
    r"参考になったら|面白かったら|役立ったら).{0,20}?(?:シェア|拡散)(?:して(?:ください|下さい|ね|ほしいです|"
    r"くれると嬉しいです|くれるとうれしいです|いただけると嬉しいです|いただけるとうれしいです|もらえると嬉しいです|"
    r"もらえるとうれしいです)|をお願いします|お願いします|よろしくお願いします)" + _SHARE_PLEA_CJK_END
    + r"|^.{0,30}?(?:觉得|覺得|有(?:帮助|幫助|用|收获|收穫)|喜欢|喜歡|本文|这篇|這篇|文章).{0,20}?(?:请|請|欢迎|歡迎|记得|"
    r"記得|别忘了|別忘了)(?:帮忙|幫忙)?(?:分享|转发|轉發)(?:给|給|到)?(?:更多的?|你的|您的|身边的|身邊的|需要的)?"
    r"(?:朋友|好友|人|朋友圈)?(?:们|們)?(?:吧|哦|喔)?" + _SHARE_PLEA_CJK_END
    + r"|^.{0,30}?(?:도움이\s*(?:되셨|됐|되었)|유익하셨|유익했|좋으셨|좋았|마음에\s*드셨|괜찮으셨|재미있으셨)"
    r".{0,20}?공유(?:해|하여|를)?\s*(?:주세요|주시면\s*감사하겠습니다|부탁드립니다|부탁드려요)" + _SHARE_PLEA_CJK_END
)
# A CJK page's closing invitation to comment, maybe after one question to the reader: "欢迎在评论区分享～", "欢迎留言讨论",
# "你去过哪些古镇？评论区聊聊", "歡迎在留言區告訴我們". The whole line: a sentence that reports an invitation goes on.
# Without 欢迎 the request is bare, a particle or "你的<topic>" at most after its verb: a rule of a platform's
# ("在评论区交流时要注意文明用语") or a report ("评论区讨论最多的是…") says more.
_COMMENT_INVITE_VERBS = r"(?:留言|分享|讨论|討論|交流|聊聊|告诉我们|告訴我們|说说|說說|互动|互動)"
COMMENT_INVITE_CJK_RE = re.compile(
    r"^(?:[^。！？!?]{0,40}[？?]\s*)?"
    r"(?:(?:欢迎|歡迎)(?:大家|你|您)?(?:在|到)?(?:评论区|評論區|留言区|留言區|文末|下方)?" + _COMMENT_INVITE_VERBS
    + r"[^。！？!?]{0,16}"
    r"|(?:在|到)?(?:评论区|評論區|留言区|留言區)" + _COMMENT_INVITE_VERBS
    + r"(?:一下|吧|哦|喔|呀|啊|呢|(?:你|您)的[^。！？!?\s，,]{0,8})?)"
    r"[～~！!。…]*$"
)
# The same plea in mr / hi / bn ("ही पोस्ट तुम्हाला आवडली तर नक्की शेअर करा", "अगर आपको यह लेख पसंद आया हो तो इसे
# दोस्तों के साथ शेयर करें", "পোস্টটি ভালো লাগলে শেয়ার করুন"): the reader's liking of the page (a condition) opening
# the line, the request to share (an imperative) after it, a clause at most after that ("... आणि चॅनेलला सबस्क्राइब
# करा!"). A report of an appeal to share names no liking ("सरकारने ही माहिती शेअर करा असे आवाहन केले").
SHARE_PLEA_INDIC_KEYS = ("शेअर", "शेयर", "শেয়ার")
SHARE_PLEA_INDIC_RE = re.compile(
    r"^[^।!?]{0,50}?(?:आवड[लता]|पसंद\s*आ|अच्छ[ाीे]\s*लग|उपयुक्त\s*वाट|उपयोगी\s*(?:लग|वाट|हो|रह)|मददगार|"
    r"ভালো\s*লাগ|ভাল\s*লাগ|উপকারী|কাজে\s*লাগ)[^।!?]{0,60}?"
    r"(?:शेअर|शेयर|শেয়ার)\s*(?:(?:जरूर|ज़रूर|नक्की|অবশ্যই)\s*)?"
    r"(?:करा|करें|करे|कीजिए|कीजिये|करो|করুন|করবেন|করো|করে\s*দিন)(?![\u0900-\u0963\u0966-\u09ff])[^।?]{0,80}?[।!.]?\s*$"
)
# A financial page's risk note under or over the article: a labelled note ("风险提示：本文内容仅供参考，不构成任何投资
# 建议。", "免責事項：本記事は投資勧誘を目的としたものではありません", "Disclaimer: This article does not constitute
# investment advice.") or one whose subject is the page ("本文不构成投资建议", "This content is not investment advice",
# "Dieser Artikel stellt keine Anlageberatung dar", "Dit artikel is geen beleggingsadvies"), a general label ("Note:",
# "Hinweis:", "Nota:") with the page as the subject right after it. The disclaimer's words alone do not make one: a
# report quotes them ("He said his videos do not constitute investment advice", "Note: the regulator's rule says such
# posts do not constitute investment advice", "监管新规要求所有荐股内容必须注明不构成投资建议"), and a note names its
# label or the page first; a verb of saying or marking right before the CJK words reports them.
_INVESTMENT_DISCLAIMER = (
    r"(?<!注明)(?<!标明)(?<!標明)(?<!写明)(?<!寫明)(?<!声称)(?<!聲稱)(?<!表示)(?<!认为)(?<!認為)(?<!强调)(?<!強調)"
    r"(?:不构成|不構成|并不构成|並不構成|不作为|不作為)(?:任何|对任何人的|對任何人的)?(?:投资|投資)(?:建议|建議|依据|依據)"
    r"|投資(?:助言|勧誘|の勧誘|判断の材料)(?:を目的と|ではありません|ではない|するものではありません)"
    r"|투자\s*(?:권유|조언|자문)(?:를\s*목적으로|가\s*아닙|이\s*아닙|를\s*위한\s*것이\s*아닙)"
    r"|(?:does|do|shall)\s+not\s+constitute\s+(?:an?\s+|any\s+)?(?:investment|financial)\s+(?:advice|recommendation)"
    r"|(?:is|are)\s+not\s+(?:intended\s+as\s+)?(?:investment|financial)\s+advice"
    r"|stell(?:t|en)\s+keine\s+(?:anlageberatung|anlageempfehlung|finanzberatung)"
    r"|ne\s+constitue(?:nt)?\s+(?:pas|en\s+aucun\s+cas)\s+(?:un\s+conseil\s+(?:en\s+investissement|financier)|"
    r"une\s+recommandation\s+d['’]investissement)"
    r"|no\s+constituye(?:n)?\s+(?:una\s+)?(?:recomendación\s+de\s+inversión|asesoramiento\s+(?:financiero|de\s+inversión)|"
    r"consejo\s+de\s+inversión)"
    r"|não\s+constitui(?:em)?\s+(?:uma\s+)?(?:recomendação\s+de\s+investimento|aconselhamento\s+financeiro)"
    r"|не\s+является\s+(?:индивидуальной\s+)?инвестиционной\s+рекомендацией"
    # it / nl / pl / tr: "non costituisce consulenza finanziaria", "vormt geen beleggingsadvies", "nie stanowi porady
    # inwestycyjnej", "yatırım tavsiyesi değildir", "yatırım danışmanlığı kapsamında değildir"
    r"|non\s+costituisc(?:e|ono)\s+(?:una\s+|alcuna\s+)?(?:consulenza\s+(?:finanziaria|in\s+materia\s+di\s+investimenti)|"
    r"raccomandazione\s+(?:di|d['’])\s*investimento|sollecitazione\s+all['’]\s*investimento|consiglio\s+(?:di|d['’])\s*investimento)"
    r"|(?:is|vormt|vormen|zijn)\s+geen\s+(?:beleggingsadvies|beleggingsaanbeveling|financieel\s+advies)"
    r"|nie\s+stanowi(?:ą)?\s+(?:porady|rekomendacji|doradztwa)\s+(?:inwestycyjn|finansow)"
    r"|yatırım\s+(?:tavsiyesi|danışmanlığı)\s+(?:değildir|niteliği\s+taşıma|kapsamında\s+değildir|içermez)"
)
# A label that names the note ("Disclaimer:", "风险提示："), and a general one ("Note:", "Hinweis:") the page's
# subject must follow.
_INVESTMENT_NOTE_LABEL = (
    r"风险提示|風險提示|免责声明|免責聲明|特别提示|特別提示|风险揭示|風險揭示|免責事項|면책\s*조항|면책\s*고지|투자\s*유의|"
    r"disclaimer|risk\s+warning|haftungsausschluss|avertissement|avis\s+de\s+non-responsabilité|aviso\s+legal|"
    r"aviso\s+de\s+risco|advertencia|advertência|дисклеймер|предупреждение|отказ\s+от\s+ответственности|avvertenza|"
    r"esclusione\s+di\s+responsabilità|vrijwaring|risicowaarschuwing|zastrzeżenie|ostrzeżenie|yasal\s+uyarı"
)
_INVESTMENT_GENERAL_LABEL = r"ご注意|注意事項|유의\s*사항|important|note|hinweis|aviso|nota|uwaga|uyarı|let\s+op|opmerking"
_INVESTMENT_NOTE_SUBJECT = (
    r"本文|本文章|本内容|本文内容|以上内容|本报告|本報告|本記事|この記事|当記事|本稿|본\s*(?:기사|글|콘텐츠)|이\s*(?:기사|글)|"
    r"this\s+(?:article|content|post|material|information|page)|the\s+(?:information|content)\s+(?:in|on)\s+this\s+"
    r"(?:article|page|post|site|website)|"
    r"dieser\s+(?:artikel|beitrag|inhalt)|(?:cet|le\s+présent)\s+article|ce\s+contenu|"
    r"(?:este|el\s+presente)\s+(?:artículo|contenido)|(?:este|o\s+presente)\s+(?:artigo|conteúdo)|"
    r"(?:данный|этот)\s+(?:материал|текст)|(?:questo|il\s+presente)\s+(?:articolo|contenuto)|"
    r"(?:dit|deze)\s+(?:artikel|inhoud|bericht|publicatie)|(?:ten|niniejszy)\s+(?:artykuł|materiał|tekst)|"
    r"(?:ta|niniejsza)\s+(?:treść|publikacja)|bu\s+(?:makale|içerik|yazı|haber)|burada\s+yer\s+alan"
)
INVESTMENT_DISCLAIMER_RE = re.compile(
    r"^[\W\d_]*(?:(?:" + _INVESTMENT_NOTE_LABEL + r")\s*[:：]"
    r"|(?:(?:" + _INVESTMENT_GENERAL_LABEL + r")\s*[:：]\s*)?(?:" + _INVESTMENT_NOTE_SUBJECT + r"))"
    r"[^“”\"«»「」『』]{0,120}?(?:" + _INVESTMENT_DISCLAIMER + r")",
    re.IGNORECASE,
)
# A speaker after the disclaimer's words, past a comma: a report of someone's claim ("This article is not investment
# advice, the regulator argued", "Bu içerik yatırım tavsiyesi değildir, dedi ...", "..., benadrukt de toezichthouder").
INVESTMENT_REPORTED_RE = re.compile(
    r"\s*[,;]\s*(?:[^\W\d_]+[\s-]+){0,3}?(?:said|says|argued|argues|told|wrote|added|warned|insisted|stressed|claimed|"
    r"according|sagte|sagt|betonte|betont|erklärte|erklärt|so\s+der|so\s+die|déclaré|affirme|affirmé|selon|estime|"
    r"dijo|afirmó|afirma|según|aseguró|señaló|explicó|disse|afirmou|segundo|diz|detto|affermato|secondo|spiega|"
    r"заявил|заявила|сказал|сказала|отметил|отметила|по\s+словам|powiedział|powiedziała|podkreślił|według|twierdzi|"
    r"benadrukt|zegt|zei|aldus|stelt|dedi|diyor|açıkladı|belirtti|vurguladı)(?!\w)",
    re.IGNORECASE,
)
# Substrings one of which every match of INVESTMENT_DISCLAIMER_RE's phrases holds, in lower case past a word's first
# letter (no case folding of the line: a capital opens a word), and in capitals: the exact test before the regex
# (boilerplate._may_be_investment_disclaimer).
INVESTMENT_DISCLAIMER_KEYS = (
    "投资", "投資", "투자", "nvest", "nvers", "inanc", "nlage", "inanz", "нвестиц", "nwest", "inans", "elegg", "atırım",
    "INVEST", "INANC",
)
# The keys' bit in the shared scan (boilerplate.furniture_rule tests it before _may_be_investment_disclaimer).
INVESTMENT_DISCLAIMER_KEYS_BIT = phrase_list_bit(INVESTMENT_DISCLAIMER_KEYS)
# A photo caption with its gallery's count in brackets at its end ("Výlov rybníka sledovaly tisíce lidí. (12 fotografií)",
# "The flooded high street. (8 photos)", "Die Feuerwehr im Einsatz (15 Bilder)", "（写真12枚）", "（组图共8张）"): the
# link to a photo gallery under the article's lead image. An article's sentence counts photos without the brackets;
# a bare CJK count ("タオル（3枚）") is a list's item, the photo word is asked for.
GALLERY_COUNT_RE = re.compile(
    r"[(（]\s*(?:(?:galerie|gallery|galería|galeria|galleria|fotostrecke|фотогалерея)\s*[:,]?\s*)?\d{1,3}\s*"
    r"(?:fotografií|fotografie|fotek|fotky|fotiek|photos?|pictures|images|fotos|bilder|fotografías|fotografias|"
    r"immagini|foto|zdjęć|zdjęcia|фото|фотографий|фотографии|снимков|kuvaa|képek|kép)\s*[)）]\s*$"
    r"|[(（]\s*(?:写真|組図|组图|組圖|图集|圖集)\s*(?:全|共)?\s*\d{1,3}\s*(?:枚|张|張)\s*[)）]\s*$",
    re.IGNORECASE,
)
# A blog's or recipe card's closing question to the reader about the page itself, alone or over a short plea to rate
# or share it: "Did you like this recipe? Rate it!", "¿Te gustó esta receta? ¡Califícala!", "Gostou desta receita?",
# "Cette recette vous a plu ?", "Ti è piaciuta questa ricetta?", "Hat dir das Rezept gefallen?", "Vond je dit een
# lekker recept?", "Vă place rețeta?", "Podoba ci się ten przepis?", "Вам
# понравился этот рецепт?", "この記事はいかがでしたか？", "喜欢这篇文章吗？", "이 레시피 마음에 드셨나요?", "Gillade du
# receptet?", "Tarifi beğendiniz mi?". The question opens the line and its object is the page ("this recipe", "the
# post"), so an article's sentence about a dish or a book ("Did you like the ending?") is none; nor is a question
# that goes on after "the <noun>" (READER_VERDICT_OTHER_RE: an interview's "Did you enjoy the story as a child?").
_PAGE_NOUNS = (
    r"(?:recipe|post|article|blog\s+post|guide|tutorial|story|essay|receta|entrada|artículo|nota|publicación|guía|"
    r"receita|artigo|matéria|recette|billet|ricetta|articolo|guida|rezept|artikel|beitrag|recept|"
    r"rețet[aă]|reteta|articolul|postarea|przepis|artykuł|wpis)"
)
_PAGE_NOUNS_RU = r"(?:рецепт|стать[яю]|пост|материал|публикаци[яю]|заметк[аи])"
_PAGE_NOUNS_CJK = r"(?:レシピ|記事|レポート|ブログ|文章|食谱|食譜|菜谱|菜譜|帖子|레시피|글|기사|포스팅|포스트)"
READER_VERDICT_PLEA_RE = re.compile(
    r"^[¿]?\s*(?:"
    r"(?:did\s+you|do\s+you)\s+(?:like|enjoy|love|try|make)\s+(?:this|the|our)\s+" + _PAGE_NOUNS
    + r"|(?:liked|enjoyed|loved|tried|made)\s+(?:this|the|our)\s+" + _PAGE_NOUNS
    + r"|(?:te|le|os|les)\s+(?:ha(?:n)?\s+)?(?:gust[óoa]\w*|encant[óo]\w*)\s+(?:esta|este|la|el|nuestra|nuestro)\s+"
    + _PAGE_NOUNS
    + r"|(?:gostou|curtiu|gostaram)\s+(?:desta|deste|da|do|dessa|desse)\s+" + _PAGE_NOUNS
    + r"|(?:cette|cet|ce)\s+" + _PAGE_NOUNS + r"\s+vous\s+a\s+plu|(?:vous\s+avez|tu\s+as)\s+aimé\s+(?:cette|cet|ce)\s+"
    + _PAGE_NOUNS
    + r"|(?:ti|vi)\s+(?:è|e)\s+piaciut[ao]\s+(?:questa|questo|la|il|l')\s*" + _PAGE_NOUNS
    + r"|(?:hat|haben)\s+(?:dir|ihnen|euch)\s+(?:das|dieses|der|dieser|unser|unsere)\s+" + _PAGE_NOUNS + r"\s+gefallen"
    + r"|gefällt\s+(?:dir|ihnen|euch)\s+(?:das|dieses|der|dieser|unser|unsere|die|diese)\s+" + _PAGE_NOUNS
    # a question with no object, then a plea to share: "¿Te ha gustado? ¡Compártelo!", "Ti è piaciuto? Condividilo!",
    # "Gostou? Compartilhe!", "Gefällt es dir? Dann teile es!", "Tu as aimé ? Partage-le !" (the plea is the cue:
    # "¿Te ha gustado?" alone asks about anything)
    + r"|(?:(?:te|os|le|les)\s+ha(?:n)?\s+gustado|(?:ti|vi)\s+(?:è|e)\s+piaciut[oa]|gostou|curtiu|gostaram"
    + r"|gefällt\s+(?:es|er|sie)\s+(?:dir|ihnen|euch)|(?:vous\s+avez|tu\s+as)\s+aimé|понравилось)"
    + r"(?=\s*[?？]\s*[¡]?\s*(?:dann\s+|alors\s+|então\s+|entonces\s+|allora\s+|тогда\s+)?"
    + r"(?:compárte|comparte|condividi|compartilh|compartilhe|teile|teilt|teilen\s+sie|partage|partagez|поделит|делит))"
    + r"|vond\s+(?:je|u)\s+(?:dit|deze|het)\s+(?:een\s+)?(?:\w+\s+)?" + _PAGE_NOUNS
    + r"|(?:vă|va|îți|iti)\s+place\s+" + _PAGE_NOUNS + r"|(?:v-a|ți-a|ti-a)\s+plăcut\s+" + _PAGE_NOUNS
    + r"|(?:podoba|podobał|smakował)\w*\s+(?:ci|wam|pani|panu)\s+się\s+(?:ten\s+|ta\s+|mój\s+)?" + _PAGE_NOUNS
    # ru / sv / tr
    + r"|(?:(?:вам|тебе)\s+)?понравил(?:ся|ась|ось)\s+(?:ли\s+)?(?:(?:вам|тебе)\s+)?(?:(?:этот|эта|это|наш|наша)\s+)?"
    + _PAGE_NOUNS_RU
    + r"|(?:gillade|tyckte)\s+(?:du|ni)\s+(?:om\s+)?(?:det\s+här\s+|detta\s+)?(?:receptet|inlägget|artikeln)"
    + r"|(?:bu\s+)?(?:tarifi|yazıyı|yazımızı|tarifimizi)\s+beğendi(?:niz|n)\s+mi"
    # ja / zh / ko: "この記事はいかがでしたか", "喜欢这篇文章吗", "這道食譜你喜歡嗎", "이 레시피 마음에 드셨나요"
    + r"|(?:この|今回の)" + _PAGE_NOUNS_CJK + r"(?:は|、)?\s*(?:いかがでしたか|気に入っていただけましたか)"
    + r"|(?:你)?(?:喜欢|喜歡)(?:这|這)(?:篇|个|個|道|则|則)?" + _PAGE_NOUNS_CJK + r"吗|(?:这|這)(?:篇|个|個|道|则|則)?"
    + _PAGE_NOUNS_CJK + r"(?:你|您)?(?:喜欢|喜歡)(?:吗|嗎)"
    + r"|이\s*" + _PAGE_NOUNS_CJK + r"(?:가|이|는)?\s*마음에\s*(?:드셨나요|드셨어요|드시나요|드셨습니까|들었나요)"
    + r")\b[^?？¿]{0,40}[?？]"
    # hi / mr / bn / ta / te / kn / ml / ar / tl / id / vi: "क्या आपको यह रेसिपी पसंद आई?", "இந்த பதிவு
    # உங்களுக்கு பிடித்ததா?", "ഈ പാചകക്കുറിപ്പ് നിങ്ങൾക്ക് ഇഷ്ടപ്പെട്ടോ?", "هل أعجبتك هذه الوصفة؟", "Nagustuhan mo ba
    # ang resipeng ito?", "Suka dengan resep ini?", "Bạn có thích công thức này không?" (a word boundary is no end
    # in the Indic scripts, whose words may end in a vowel sign)
    r"|(?:क्या\s+(?:आपको|तुम्हें)\s+(?:यह|ये)\s+(?:रेसिपी|लेख|पोस्ट|आर्टिकल)\s+पसंद\s+(?:आई|आया)"
    r"|(?:ही|हा|हे)\s+(?:रेसिपी|पोस्ट|लेख)\s+(?:तुम्हाला|आपल्याला)\s+आवड(?:ली|ला)"
    r"|এই\s+(?:রেসিপি|লেখা|পোস্ট|প্রবন্ধ)(?:টি|টা)?\s+(?:আপনার|তোমার)\s+ভালো\s+লেগেছে"
    r"|இந்த\s+(?:செய்முறை|ரெசிபி|பதிவு|கட்டுரை)\s+(?:உங்களுக்கு|உனக்கு)\s+பிடித்த"
    r"|ఈ\s+(?:రెసిపీ|వంటకం|వ్యాసం|పోస్ట్)\s+(?:మీకు|నీకు)\s+నచ్చింద"
    r"|ಈ\s+(?:ರೆಸಿಪಿ|ಪಾಕವಿಧಾನ|ಲೇಖನ|ಪೋಸ್ಟ್)\s+(?:ನಿಮಗೆ|ನಿನಗೆ)\s+ಇಷ್ಟವಾಯಿತ"
    r"|ഈ\s+(?:പാചകക്കുറിപ്പ്|റെസിപ്പി|ലേഖനം|പോസ്റ്റ്)\s+(?:നിങ്ങൾക്ക്|നിനക്ക്)\s+ഇഷ്ടപ്പെ"
    r"|هل\s+(?:أعجبتك|أعجبك|اعجبتك|اعجبك|أعجبتكم|أعجبكم)\s+(?:هذه\s+|هذا\s+)?(?:الوصفة|المقالة|المقال|التدوينة)"
    r"|nagustuhan\s+(?:mo|ninyo|nyo)\s+ba\s+ang\s+(?:resipeng|recipe\s+na|artikulong|post\s+na)\s+ito"
    r"|(?:apakah\s+(?:kamu|anda)\s+)?suka\s+(?:dengan\s+)?(?:resep|artikel|tulisan)\s+ini"
    r"|(?:bạn\s+)?có\s+thích\s+(?:công\s+thức|bài\s+viết|món\s+ăn)\s+này\s+không"
    r")[^?？¿؟]{0,40}[?？؟]",
    re.IGNORECASE,
)
# A question about a thing the line names with the definite article and goes on about ("Did you like the guide you
# had in Rome?", "¿Te gustó la nota que te escribió tu padre?"): a question of the article, not about the page.
READER_VERDICT_OTHER_RE = re.compile(
    r"\b(?:the|el|la|los|las|da|do|la|il|l'|das|der)\s*" + _PAGE_NOUNS + r"\b(?!\s*gefallen)\s*[^\s?？]",
    re.IGNORECASE,
)
# A plea to share a photo of the dish under the site's hashtag, naming the network ("Comparte tu foto en Instagram con
# #CocinaDeLaAbuela", "Share your photo on Instagram with #ourkitchen", "Teile dein Foto auf Instagram mit #...",
# "Поделитесь фото в Instagram с хэштегом #..."): the hashtag ends the line (a report of a campaign goes on after it:
# "Post a photo with #strike on X today, they said").
HASHTAG_SHARE_PLEA_RE = re.compile(
    r"^[¡]?\s*(?:share|post|tag|comparte|compártel[ao]|compartí|sube|compartilhe|poste|partagez|partage|publiez|"
    r"teile|condividi|pubblica|deel|plaats|udostępnij|wrzuć|distribuie|postează|поделитесь|делитесь|"
    r"публикуйте|выкладывайте|отмечайте|dela|ladda\s+upp|paylaş\w*)\b.{0,80}?(?<![\w&])#\w{2,}[\s!.]*$",
    re.IGNORECASE,
)
# The same plea in ja / zh / ko, where the verb follows the hashtag and a polite request ends it ("Instagramで
# #わが家のごはん をつけて投稿してね", "欢迎带上#家常菜#分享你的作品", "#우리집밥상 해시태그를 달아 공유해 주세요"): a
# report that people posted under a tag ("多くの人が #MeToo をつけて投稿した") makes no request. The network is
# often written in the script of the page (인스타그램), or none is named.
HASHTAG_SHARE_PLEA_CJK_RE = re.compile(
    r"^.{0,40}?(?<![\w&])#\w{2,}?\s*(?:(?:を|の)?(?:つけ|付け)て|で)\s*(?:投稿|シェア|ポスト)"
    r"(?:してね|してください|して下さい|しよう|しましょう|お待ちしています|お待ちしております)"
    r"|^.{0,20}?(?:欢迎|歡迎|记得|記得|请|請|快来|快來).{0,10}?(?:带上|帶上|加上|添加)(?:话题|話題|标签|標籤)?\s*#\w{2,}?#?\s*"
    r"(?:分享|发布|發布|晒|曬)"
    r"|^.{0,40}?(?<![\w&])#\w{2,}?\s*(?:해시태그를?\s*)?(?:달아|달고|붙여)\s*(?:공유|올려|업로드)\w*\s*"
    r"(?:주세요|보세요|하세요|주시면)",
)
# A broadcast transcript's break marker on a line of its own, in brackets: "(COMMERCIAL BREAK)", "[AD BREAK]",
# "(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)", "(Werbepause)", "(PAUSA COMERCIAL)", "(PAUSE PUBLICITAIRE)": the
# programme's running order, none of what was said.
BROADCAST_BREAK_RE = re.compile(
    r"^[(\[]\s*(?:commercial\s+break|commercials?|ad\s+break|station\s+break|break\s+for\s+commercials?|"
    r"(?:begin|end)\s+(?:of\s+)?(?:video\s*tape|video\s+clip|video|audio\s+clip|audio|tape|live\s+feed)|"
    r"werbepause|werbung|pause\s+publicitaire|publicit[ée]|pausa\s+(?:comercial|publicitaria|pubblicitaria)|"
    r"corte\s+comercial|intervalo(?:\s+comercial)?|reclame(?:blok)?)\s*[)\]]$",
    re.IGNORECASE,
)
# The heading of an author box after the article: "About Jane Doe", "Sobre Carlos Silva", "Über Max Muster",
# "Om Anna Berg" (sv, da, no), "Over Jan de Vries" (nl); a press release's "About <Company>" box too; a blog
# platform's "Written by Jane Doe" over the author's follower count and bio. A company's name may take an article
# after the preposition ("Über die Stadtwerke Nordheide GmbH", "À propos de la Caisse Régionale", "Sobre a Vale
# Verde Energia"; group "art"); not English "the", whose title-case headings ("About the Paris Agreement") are an
# article's sections.
AUTHOR_BOX_RE = re.compile(
    r"^(?:about|sobre|über|acerca\s+de|à\s+propos\s+de|a\s+proposito\s+di|om|over|written\s+by)\s+"
    r"(?P<art>(?:die|der|den|das|la|le|les|el|los|las|o|a|os|as|il|lo|de)\s+|l['’])?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:de|da|do|dos|van|von|del|di|le|la)?\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})$",
    re.IGNORECASE,
)
# A press release's "About <company>" box heading in languages without the Latin preposition (AUTHOR_BOX_RE):
# "株式会社サンプルについて", "【Acme Inc.について】", "关于华光科技有限公司", "關於Acme", "에이비씨 주식회사 소개",
# "Acme에 대하여", "О компании «Ромашка»"; framed by a bullet or brackets or not. Group "name" is the company's.
COMPANY_ABOUT_RE = re.compile(
    r"^[■□●◆◇▶▼【\[［〈《<＜「『]?\s*(?:"
    r"(?P<ja>[^\s、。，：:].{1,39}?)\s*について"
    r"|(?:关于|關於)\s*(?P<zh>[^\s、。，：:我本].{1,39}?)"
    r"|(?P<ko>[^\s,.:].{1,39}?)\s*(?:소개|에\s*대하여|에\s*대해서?|에\s*관하여)"
    r"|о\s+(?:компании|корпорации|группе\s+компаний|холдинге)\s+(?P<ru>\S.{1,39}?)"
    r")\s*[】\]］〉》>＞」』]?$",
    re.IGNORECASE,
)
# What makes a name in such a heading a company's: a legal form or a group word ("株式会社", "有限公司", "集团",
# "주식회사", "㈜", "그룹"), or a name in Latin letters ("Acme", "ABC Corp."); "О компании" says it itself. A section
# heading on a topic ("気候変動について", "关于未来", "신제품 소개") names none.
COMPANY_NAME_CUE_RE = re.compile(
    r"[A-Za-z]|株式会社|有限会社|合同会社|（株）|\(株\)|㈱|ホールディングス|グループ|公司|集团|集團|控股|股份|"
    r"주식회사|㈜|\(주\)|（주）|그룹|홀딩스"
)
# A social network named anywhere in a line (share and follow prompts put it last, in any language).
SOCIAL_NETWORK_RE = re.compile(
    r"\b(?:facebook|pinterest|instagram|twitter|tiktok|youtube|whatsapp|telegram|linkedin|threads|bluesky)\b",
    re.IGNORECASE,
)

# A handle of the site's own account named in a line ("Etiqueta @lacocina en Instagram", "Follow @ourpaper on X").
SITE_HANDLE_RE = re.compile(r"(?<![\w@.])@\w{2,30}\b")
# What makes such a line a prompt, not a news sentence reporting a post ("In a post on Instagram, @cityofharbor said
# ..."): a follow or tag imperative opening the line or one of its sentences ("Did you make it? Tag @x on Instagram!",
# "Jangan lupa follow Instagram @x"), or nothing but the network and the handle ("Twitter (@x)", "on Twitter: @x").
FOLLOW_PROMPT_RE = re.compile(
    r"(?:^|[.!?¿¡:;]\s*|\b(?:please|don'?t forget to|be sure to|jangan lupa|no olvides|n'oubliez pas de|vergiss nicht)\s+)"
    r"(?:follow|tag|síguen?\w*|sigue|seguinos|etiquet\w*|mencióna\w*|menciona|folg(?:e|t)|markier\w*|suivez|"
    r"identifiez|taguez|segu(?:i|ici|iteci)|tagga\w*|siga|marque|ikuti|volg|obserwuj|oznacz)\b"
    # Not the English compounds ('Follow-up', 'follow-on'; 'Suivez-nous', 'Siga-nos' are prompts), and no
    # directions: a prompt's object is the handle, 'us' or the site's name, a guide's is a path or a thing
    # ('Follow the river path to the café', 'Tag along with ...'; 'Tag a friend' is a prompt's).
    r"(?!-(?:up|ups|on|ons|through)\b)"
    r"(?!\s+(?:along\b|(?:the|a(?!\s+friend)|an|this|that|these|those|le|la|les|el|los|las|o|os|as|il|lo|gli|un|"
    r"una|uno|une|des|der|die|das|den|dem)\s+(?-i:[a-zà-ÿ])))",
    re.IGNORECASE,
)
HANDLE_AND_NETWORK_ONLY_RE = re.compile(
    r"^\W*(?:(?:on|en|auf|sur|su|em|di|at|op|na)\s+)?"
    r"(?:facebook|pinterest|instagram|twitter|tiktok|youtube|whatsapp|telegram|linkedin|threads|bluesky)"
    r"\s*(?:[:(]\s*)?@\w{2,30}\)?\W*$"
    r"|(?:^|[;,]\s*)(?:on|en|auf|sur|su|em)\s+"
    r"(?:facebook|pinterest|instagram|twitter|tiktok|youtube|threads|bluesky)\s*:\s*@\w{2,30}\W*$",
    re.IGNORECASE,
)
# A booking or price-comparison button between a guide's paragraphs, opening with its imperative and ending without
# a full stop: "Compare car rental prices »", "Check hotel availability in Lisbon", "See rates and deals",
# "Comparer les prix des hôtels", "Ver disponibilidad", "Preise vergleichen".
# A review's shop buttons under each product name the price or the deal in the singular ("Check price", "View deal",
# "Voir l'offre", "Ver precio", "Vedi offerta", "Bekijk prijs", "Sprawdź cenę"): bare, they count only when repeated.
BOOKING_CTA_RE = re.compile(
    r"^(?:compare|check|see|find|view)\s+(?:[\w-]+\s+){0,3}(?:prices?|rates|deals?|availability|offers?)\b"
    r"|^(?:comparer|vérifier|voir)\s+(?:les\s+|le\s+|l['’]\s*)?(?:prix|tarifs|disponibilités|offres?)\b"
    r"|^(?:ver|comprobar|comparar|consultar)\s+(?:la\s+|los\s+|el\s+)?(?:disponibilidad|precios?|ofertas?|tarifas)\b"
    r"|^(?:preise?|verfügbarkeit|angebote?)\s+(?:vergleichen|prüfen|ansehen)\b"
    r"|^(?:vedi|verifica|controlla|confronta)\s+(?:il\s+|i\s+|le\s+|l['’]\s*)?(?:prezz[io]|offert[ae]|disponibilità)\b"
    r"|^(?:verificar|conferir)\s+(?:o\s+|os\s+|a\s+)?(?:preços?|ofertas?|disponibilidade)\b"
    r"|^(?:ver)\s+(?:o\s+|os\s+|a\s+)?(?:preços?|disponibilidade)\b"
    r"|^bekijk\s+(?:de\s+)?(?:prijs|prijzen|aanbieding|deal)\b"
    r"|^sprawdź\s+(?:cenę|ceny|ofertę|dostępność)\b",
    re.IGNORECASE,
)
# What tells the button from a guide's subheading or a checklist step ("Compare mortgage rates", "Comparar precios de
# vuelos", "Check availability of the campsite before you go"): a button's arrow at its end ("»", "›", "→", ">"), or
# a room or a rental car named next to the price word ("Check hotel availability in X", "Compare car rental prices",
# "Comparer les prix des hôtels").
BOOKING_CTA_STRONG_RE = re.compile(
    r"\s?[»›→>]$|\b(?:hotel|hostel|car\s+rental|rental\s+car|accommodation|room)s?\s+"
    r"(?:prices|rates|deals|availability|offers)\b|\b(?:prix|tarifs|disponibilités|offres)\s+des\s+(?:hôtels|chambres)\b"
    r"|\b(?:disponibilidad|precios|ofertas|tarifas)\s+de\s+(?:hoteles|habitaciones)\b",
    re.IGNORECASE,
)

# A paywall's notice cutting the article short: "Para seguir leyendo este artículo necesitas una suscripción", "Cet
# article est réservé aux abonnés. Il vous reste 80% à découvrir", "Per continuare a leggere abbonati". The notice
# names the subscription (or the share still hidden); an article about subscriptions does not tell its reader to
# subscribe to read on.
PAYWALL_NOTICE = [
    "seguir leyendo", "continuar leyendo", "suscriptores", "réservé aux abonnés", "réservée aux abonnés",
    "il vous reste", "continuare a leggere", "riservato agli abbonati", "continuar lendo", "seguir lendo",
    "para assinantes", "für abonnenten", "weiterlesen mit", "continue reading", "voor abonnees", "dla subskrybentów",
    "dla prenumeratorów",
]
PAYWALL_NOTICE_RE = PhraseRegex(
    PAYWALL_NOTICE,
    r"\bpara\s+(?:seguir|continuar)\s+(?:leyendo|lendo)\b.{0,80}?\b(?:suscri|regístr|registr|inicia|assin|cadastr)"
    r"|\b(?:exclusiv[oa]|reservad[oa])\s+(?:para|a)\s+(?:suscriptores|assinantes)\b"
    r"|\b(?:article|contenu)\s+(?:est\s+)?réservée?\s+aux\s+abonnés\b|\bil\s+vous\s+reste\s+\d+\s*%"
    r"|\bper\s+continuare\s+a\s+leggere\b.{0,80}?\b(?:abbona|accedi|registrati)|\briservat[oa]\s+agli\s+abbonati\b"
    r"|\b(?:artikel|beitrag|inhalt)\s+ist\s+(?:nur\s+|exklusiv\s+)?für\s+abonnenten\b|^(?:jetzt\s+)?weiterlesen\s+mit\b"
    r"|\bto\s+continue\s+reading\b.{0,80}?\b(?:subscri|sign\s+in|log\s+in|register)"
    r"|\b(?:artikel|dit\s+stuk)\s+is\s+(?:alleen\s+)?(?:beschikbaar\s+)?voor\s+abonnees\b"
    r"|\b(?:artykuł|treść|tekst)\s+(?:jest\s+)?(?:dostępn[ya]\s+)?(?:tylko\s+)?dla\s+(?:subskrybentów|prenumeratorów)\b",
)

# A wire story's credit line after its last paragraph, all in parentheses: "(Reporting by A; Editing by B)",
# "(Información de A; editado en español por B)", "(Avec agence)", "(Con información de agencias)", "(Mit Material
# von Agenturen)". The credit, not the article: a parenthesized aside inside the text names no reporter's role.
WIRE_CREDIT = [
    "reporting by", "editing by", "writing by", "información de", "informações de", "editado", "avec agence",
    "avec l'agence", "con agencias", "con agenzie", "com agências", "with agencies", "reportage de", "rédigé par",
    "édité par", "mit material", "mit agentur", "redacción", "traducido por", "reportaje de", "reportagem de",
]
WIRE_CREDIT_RE = PhraseRegex(
    WIRE_CREDIT,
    r"^\(\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing)\s+by\b"
    r"|^\(\s*(?:información|informaciones|reportaje|redacción|informações|reportagem|reportage)\s+(?:de|par)\b"
    r"|^\(\s*(?:with|avec|con|com|mit)\s+(?:(?:información|informações|informazioni|material)\s+(?:de|di|von)\s+)?"
    r"(?:l['’])?(?:agenc|agênc|agenzi|agentur)",
)
# The same credit set as a line of its own without parentheses: "Reporting by A in London; Editing by B",
# "Información de A; editado en español por B". Bare, "Reporting by" may open a sentence ("Reporting by the agency
# found ..."), so the line must name a second role after a semicolon, as only a credit does.
WIRE_CREDIT_BARE_RE = re.compile(
    r"^(?:(?:additional|further)\s+)?(?:reporting|writing|editing)\s+by\b[^;()]{1,160};\s*"
    r"(?:(?:additional|further)\s+)?(?:reporting|writing|editing|graphics|fact-checking)\b"
    r"|^(?:información|informaciones|reportaje|reportage|informações|reportagem|redacción)\s+(?:de|par)\b[^;()]{1,160};\s*"
    r"(?:(?:version|versión|versão)\s+\w+\s+)?(?:editado|edición|édité|edição|rédigé|version|versión|versão)\b",
    re.IGNORECASE,
)
# The sign-off under a story's last paragraph: the reporters' or editors' short codes and the agency's, in
# parentheses and split by slashes, alone on the line ("(rpr/ara)", "(tb/dpa)", "(nkh/AFP)"). The slash sets it
# apart from a one-word aside in parentheses; no sentence reads so.
INITIALS_SIGNOFF_RE = re.compile(r"^\(\s*[^\W\d_]{2,6}(?:\s*/\s*[^\W\d_]{2,6})+\s*\)$")


def is_initials_signoff(text: str) -> bool:
    """The line is only a story's sign-off of initials ("(rpr/ara)"): cheap checks first, it runs on every line."""
    return len(text) <= 40 and text[:1] == "(" and "/" in text and INITIALS_SIGNOFF_RE.match(text) is not None


# A colon-less "read also" label run into the headline it links: "À lire aussi Climat : ce que contient ...",
# "Lee también Bono alquiler joven ...". Only imperative labels (a headline follows them, capitalized); "more on",
# "related" and the like open prose too.
READ_ALSO_BARE = [
    "lire aussi", "lee también", "lea también", "leia também", "leia mais", "leggi anche", "lees ook", "czytaj także",
    "czytaj też", "citește și", "citeste si", "läs också", "les også", "læs også", "lue myös", "διαβάστε επίσης",
    "читайте также", "читайте також", "ayrıca okuyun", "baca juga", "llegeix també", "olvasd el ezt is",
    "prečítajte si aj", "prečítajte si tiež", "přečtěte si také", "přečtěte si též", "soma zaidi",
]
READ_ALSO_BARE_RE = PhraseRegex(
    READ_ALSO_BARE,
    r"^[\W\d_]*(?:à\s+)?(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in READ_ALSO_BARE) + r")\s+(?=\w)",
)
# A link to a video or an audio clip set between an article's paragraphs: its label, a colon (or a bar) and the
# clip's headline ("WATCH: Drone footage shows the snowfall", "LISTEN | The mayor on the budget", "VIDÉO : ...",
# "ASSISTA: ...", "СМОТРИТЕ: ...", "视频：..."). The label opens the line; boilerplate.media_link asks for a headline
# after it (no full stop at its end).
MEDIA_LINK = [
    "watch", "listen", "video", "vidéo", "vídeo", "ansehen", "anschauen", "mira", "escucha", "assista", "ouça",
    "guarda", "ascolta", "смотрите", "слушайте", "видео", "视频", "視頻", "動画", "영상", "regardez", "écoutez",
]
MEDIA_LINK_RE = PhraseRegex(
    MEDIA_LINK,
    r"^(?:watch(?:\s+now)?|listen(?:\s+now)?|video|vid[ée]o|v[íi]deo|en\s+vid[ée]o|regardez|écoutez|jetzt\s+ansehen"
    r"|im\s+video|mira|escucha|assista|ouça|guarda|ascolta|смотрите|слушайте|видео|视频|視頻|動画|영상)"
    r"\s*(?:[:：|]\s*|\s[-–—]\s+)(?=[^\W_])",
)
# A wiki's hatnote under a section heading: a link to the main article on the section's topic ("Main article: History
# of Iceland", "Hauptartikel: Geschichte Islands", "Article détaillé : ...", "主条目：冰岛历史",
# "詳細は「アイスランドの歴史」を参照"). The label and its colon open the line; prose naming "the main article" does not read so.
HATNOTE = [
    "main article", "further information", "hauptartikel", "article détaillé", "articles détaillés",
    "artículo principal", "artículos principales", "artigo principal", "artigos principais", "voce principale",
    "основная статья", "основные статьи", "główny artykuł", "osobny artykuł", "osobne artykuły", "hoofdartikel",
    "huvudartikel", "hovedartikkel", "hovedartikel", "pääartikkeli", "ana madde", "bài chi tiết", "artikel utama",
    "主条目", "主條目", "主要条目", "主要條目", "詳細は",
]
HATNOTE_RE = PhraseRegex(
    HATNOTE,
    r"^(?:main articles?|further information|hauptartikel|articles? détaillés?|artículos? principal(?:es)?"
    r"|artigos? principa(?:l|is)|voce principale|основная статья|основные статьи|główny artykuł|osobny artykuł|osobne artykuły"
    r"|hoofdartikel|huvudartikel|hovedartik(?:k)?el|pääartikkeli|ana maddeler?|bài chi tiết|artikel utama"
    r"|主要?[条條]目)\s*[:：]\s*\S"
    r"|^詳細は\s*「[^」]+」\s*を参照",
)
# A site's rules for reader comments, at the head of its comment section: who answers for the comments ("Los
# comentarios publicados son de exclusiva responsabilidad de sus autores", "Os comentários são de responsabilidade
# de seus autores"), the right to remove them ("We reserve the right to remove any comment ...", "Nous nous réservons
# le droit de supprimer ..."), the call to be civil ("As you comment, please be respectful of other commenters"),
# "网友评论仅供其表达个人看法". An article on moderation reports such rules; it does not state them in the first person.
# (boilerplate._may_be_comment_policy's substrings, one of which names comments in each language of the regex, and
# their bit in the shared scan, tested first.)
COMMENT_POLICY_KEYS = ("omment", "omentario", "omentário", "评论", "評論")
COMMENT_POLICY_KEYS_BIT = phrase_list_bit(COMMENT_POLICY_KEYS)
COMMENT_POLICY_RE = re.compile(
    r"\b(?:we|the editors?|the moderators?) reserves? the right to (?:remove|delete|edit|reject|moderate|not publish)"
    r" (?:any |all )?(?:comments?|posts?|messages?|contributions?)\b"
    r"|\bcomments? (?:are|is) (?:moderated|the (?:sole )?responsibility of)\b|\bplease be respectful of other commenters\b"
    r"|\blos comentarios (?:publicados )?son (?:de )?(?:exclusiva |la )?responsabilidad de (?:sus|los) autores\b"
    r"|\bnos reservamos el derecho (?:de|a) (?:eliminar|borrar|moderar|no publicar) (?:los |cualquier )?comentarios?\b"
    r"|\bos comentários (?:publicados )?são de (?:inteira |exclusiva )?responsabilidade (?:exclusiva )?(?:de seus|dos seus|dos) autores\b"
    r"|\bnos reservamos o direito de (?:excluir|remover|apagar|moderar|não publicar) (?:os |qualquer )?comentários?\b"
    r"|\bles commentaires (?:publiés )?(?:sont|relèvent) (?:sous |de )?la (?:seule |pleine )?responsabilité de leurs auteurs\b"
    r"|\bnous nous réservons le droit de (?:supprimer|modérer|refuser|ne pas publier) (?:tout |les )?commentaires?\b"
    r"|\bi commenti (?:pubblicati )?sono (?:di )?(?:esclusiva )?responsabilità dei (?:loro |rispettivi )?autori\b"
    r"|\bwir behalten uns (?:das recht )?vor,? (?:kommentare|beiträge|leserbeiträge) (?:zu )?(?:löschen|entfernen|kürzen)"
    r"|网友评论仅供其表达个人看法|(?:网友)?评论仅代表(?:网友)?个人(?:观点|看法)|網友評論僅供其表達個人看法",
    re.IGNORECASE,
)
# The labelled fields of a post's meta line, the date line of a blog post or forum post that the metadata stage
# did not take: "Published 21 November 2019 · Tagged with tooling", "Mis à jour le 05.05.2015 | Par Jane Doe",
# "报纸网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网", "- 作者： 某某 访问统计： 2005年08月30日". A field word run into
# its preposition ("Posted by", "Published on") is one field. boilerplate.post_meta_line asks for two fields, so
# a line it takes holds a field other than "by" and its kin: they are left out of the phrase scan (as needles they
# would hit most lines of prose).
POST_META = [
    "posted", "published", "updated", "tagged", "filed under", "publié", "mis à jour", "publicado", "actualizado",
    "veröffentlicht", "aktualisiert",
    "发布", "發布", "發佈", "发表", "發表", "来源", "來源", "来自", "來自", "作者", "点击", "點擊", "访问", "訪問", "浏览",
    "瀏覽", "阅读", "閱讀", "更新", "编辑", "編輯", "评论", "評論", "出处", "出處", "人气", "人氣",
]
POST_META_RE = PhraseRegex(
    POST_META,
    r"\b(?:posted|published|updated|tagged|filed under|publié|mis à jour|publicado|actualizado|veröffentlicht"
    r"|aktualisiert)\b(?:\s+(?:by|on|in|with|at|le|par|el|por|em|am|von)\b)?"
    # "by" and its kin only before a name, capitalized or a user name closing the line ("by duscha 〓"): "rescued
    # by police" is prose
    r"|\b(?:by|par|por|von)\s+(?:(?-i:(?=[@A-ZÀ-Þ]))|\S+\W*$)"
    r"|发布|發布|發佈|发表|發表|来源|來源|来自|來自|作者|点击|點擊|访问|訪問|浏览|瀏覽|阅读|閱讀|更新|编辑|編輯|评论|評論"
    r"|出处|出處|人气|人氣",
)

# An image caption (or credit) marked as one: a screen-reader label opening it ("Image caption Rescuers at the site",
# "Media captionWho is ...", "Pie de foto ...", "Légende image ...", "图片说明：..."), or the credit under
# the image glued to its end with no space ("... sought treatmentCredit: EPA", "... get it.Credit...Jane Doe"):
# a text dump runs the caption and credit spans together; no sentence of an article reads so. A credit set
# off by a space is one only with a capitalized "Credit:" (a sentence does not name "Photos:") or after a bar.
CAPTION_LABEL = [
    "caption", "pie de foto", "legenda da foto", "légende", "bildunterschrift", "подпись к фото", "didascalia",
    "keterangan gambar", "fotoğraf altyazısı", "图片说明", "圖片說明", "画像説明",
    "credit", "crédit", "photo", "foto", "image", "picture", "bild",
    # a credit labelled the same way over it: "Image source, Getty Images", "Fuente de la imagen, Archivo"
    "source", "fuente de la imagen", "fonte da imagem", "bildquelle", "источник изображения",
]
IMAGE_CAPTION_RE = PhraseRegex(
    CAPTION_LABEL,
    r"^(?:(?:image|media|photo|picture|video)\s?caption|caption\s*[:：]|pie\s+de\s+foto|legenda\s+da\s+foto"
    r"|légende\s+(?:de\s+l['’]\s*)?(?:image|photo)|bildunterschrift|подпись\s+к\s+фото(?:графии)?|didascalia"
    r"|keterangan\s+gambar|fotoğraf\s+altyazısı|图片说明|圖片說明|画像説明"
    r"|(?:image|photo|picture)\s+source|fuente\s+de\s+la\s+imagen|fonte\s+da\s+imagem|source\s+de\s+l['’]\s*image"
    r"|bildquelle|источник\s+изображения)"
    # then the caption: after a colon, a space or nothing, never a lower-case word ("Image captions are ...")
    r"(?:\s*[:：,]\s*|\s+|(?-i:(?=[A-ZÀ-Þ\"“‘'(])))(?-i:(?![a-zß-ÿ]))\S"
    r"|(?-i:(?:(?<=[a-zß-ÿ0-9]{2})|(?<=[.!?\"”’)]))(?:Credits?|Photos?|Image|Picture|Fotos?|Bild|Crédits?|Crédito)(?::|\.{2,3}|…))"
    r"\s*\S.{0,80}$"
    # ... or set off by a space ("... on Thursday Credit: STR/AFP") or a bar ("... po vítězství. | Foto: Reuters")
    r"|(?-i:\s(?:Credits?|Crédits?|Crédito)\s?:|\s\|\s*(?:Credits?|Photos?|Image|Picture|Fotos?|Bild|Crédito)\s?:)"
    r"\s*\S.{0,80}$",
)
# The fallback text of a video player or script widget, rendered when the dump was taken without it: "Media
# playback is unsupported on your device", "This slideshow requires JavaScript.", "This is a modal window.",
# "Your browser does not support the video tag", "Ihr Browser unterstützt kein HTML5-Video". Anchored at the line's
# start (after a "Sorry,"): an article may tell its readers to enable JavaScript in a sentence.
PLAYER_FALLBACK = [
    "playback", "javascript", "modal window", "browser", "navigateur", "navegador", "available in your",
    "modales fenster", "fenêtre modale", "ventana modal", "janela modal", "janela-modal", "finestra modale",
    "модальное окно", "モーダルウィンドウ", "モーダル ウィンドウ", "弹窗", "彈窗", "模态窗口", "模態視窗", "모달 창",
    "modaal venster", "okno modal", "modal pencere",
    # (MEDIA_PLACEHOLDER_RE's needles: a player's or an embed's placeholder shares the fallback's bit)
    "privacy preferences", "privacy settings", "privacy choices", "cookie preferences", "cookie settings",
    "cookie choices", "consent preferences", "consent settings", "your settings", "your preferences", "embed from",
    "play video", "播放视频", "播放視頻", "播放影片",
]
_FALLBACK_OPENER = r"^[\W_]*(?:(?:sorry|unfortunately|we['’]re\s+sorry|leider|désolé|lo\s+sentimos|desculpe)[\s,.!:-]+)?"
PLAYER_FALLBACK_RE = PhraseRegex(
    PLAYER_FALLBACK,
    _FALLBACK_OPENER + r"(?:"
    r"(?:media\s+|video\s+)?playback\s+(?:is\s+)?(?:unsupported|not\s+supported)\b"
    r"|(?:this|the)\s+(?:slideshow|gallery|video|player|content|widget|map|page)\s+requires\s+javascript\b"
    r"|(?:ce|cette|diese[sr]?|este|esta|esse|essa)\s+(?:diaporama|galerie|vidéo|lecteur|contenu|carte|video|inhalt"
    r"|karte|presentación|galería|contenido|mapa|apresentação|galeria|conteúdo|vídeo)\s+(?:nécessite|requiert"
    r"|erfordert|benötigt|requiere|requer|necessita(?:\s+de)?)\s+(?:le\s+|el\s+|o\s+)?javascript[\s.!]*$"
    r"|this\s+is\s+a\s+modal\s+window\b"
    # (the same fallback in the player's translations, the whole line)
    r"|(?:dies\s+ist\s+ein\s+modales\s+fenster|ceci\s+est\s+une\s+fenêtre\s+modale|esta\s+es\s+una\s+ventana\s+modal"
    r"|(?:isso|isto|esta)\s+é\s+uma\s+janela[\s-]modal|questa\s+è\s+una\s+finestra\s+modale|это\s+модальное\s+окно"
    r"|これはモーダル\s?ウィンドウです|这是一个(?:弹窗|模态窗口)|這是一個(?:彈窗|模態視窗)|(?:이것은\s+)?모달\s?창입니다"
    r"|dit\s+is\s+een\s+modaal\s+venster|to\s+jest\s+okno\s+modal(?:ne|a)|bu\s+bir\s+modal\s+pencere(?:dir)?)[\s.。!]*$"
    r"|your\s+(?:web\s+)?browser\s+(?:does\s+not|doesn['’]t|cannot|can['’]t|is\s+not\s+able\s+to)\s+(?:support|play)\b"
    r"|(?:to\s+(?:view|watch|play)\s+this\s+(?:video|content|slideshow),?\s+)?(?:please\s+)?(?:enable|turn\s+on)\s+"
    r"javascript\b.{0,120}(?:browser|video|html5|content)"
    r"|(?:this\s+)?(?:video|content)\s+is\s+(?:not|no\s+longer)\s+available\s+in\s+your\s+(?:region|country|location)\b"
    r"|ihr\s+browser\s+unterstützt\s+(?:kein|keine|das|diese|nicht)|bitte\s+aktivieren\s+sie\s+javascript\b"
    r"|votre\s+navigateur\s+ne\s+(?:prend|supporte|permet|peut)|veuillez\s+activer\s+(?:le\s+)?javascript\b"
    r"|(?:tu|su)\s+navegador\s+no\s+(?:soporta|admite|es\s+compatible|puede)"
    r"|(?:seu|o\s+seu)\s+navegador\s+não\s+(?:suporta|é\s+compatível|pode)"
    r")",
)

# What stands in a story for a player or an embed the page did not run: the consent placeholder of an embed
# ("This content is not available due to your privacy preferences." over "Update your settings here to see it."),
# a photo agency's embed label ("Embed from <agency>"), a bare play button ("Play Video", "点击播放视频"). The whole
# line: a sentence that goes on about the video is the writer's.
MEDIA_PLACEHOLDER_RE = re.compile(
    r"^[\W_]*(?:"
    r"(?:this\s+|the\s+)?(?:content|video|embed|post|media|element|map|tweet|audio)\s+(?:is\s+not|isn['’]t|cannot\s+be"
    r"|can['’]t\s+be)\s+(?:available|displayed|shown|loaded)\s+(?:due\s+to|because\s+of|with)\s+your\s+(?:current\s+)?"
    r"(?:privacy|cookie|consent)\s+(?:preferences|settings|choices)"
    r"|(?:please\s+)?(?:update|change|manage)\s+your\s+(?:privacy\s+|cookie\s+|consent\s+)?(?:settings|preferences)"
    r"(?:\s+here)?\s+to\s+(?:see|view|watch|load|display)\s+(?:it|this(?:\s+content|\s+video|\s+post)?|the\s+content)"
    r"|embed\s+from\s+[^\W\d_][\w&.'’-]*(?:\s+[^\W\d_][\w&.'’-]*){0,2}"
    r"|(?:click\s+to\s+)?play\s+(?:the\s+)?video"
    r"|(?:点击|點擊)?(?:播放视频|播放視頻|播放影片)"
    r")[\s.!。！]*$",
    re.IGNORECASE,
)

# The lines of a donation box the site puts under (or inside) its article: its heading ("Support independent
# local news", "Support our journalism"), its blurb ("We rely on readers like you ...", "please consider making a
# donation", "Every gift, no matter the size, helps us ...", "you can buy me a coffee", "kannst du mir gern einen
# Kaffee spendieren") and its button ("Donate now", "Buy me a coffee", "Spendier mir einen Kaffee"). One such
# line alone is no box: boilerplate.donation_boxes keeps a box of two (or a lone button).
DONATION = [
    "coffee", "kaffee", "donat", "readers like you", "support independent", "support our", "support my",
    "support this", "support us", "every gift", "every contribution", "no matter the size", "no matter how small",
    "unterstützen sie", "jetzt unterstützen", "spende", "faire un don", "faites un don", "soutenez", "donación",
    "doação", "patreon", "ko-fi", "tip jar", "your gift", "give today", "give now", "your support", "your contribution",
]
DONATION_RE = PhraseRegex(
    DONATION,
    r"\b(?:buy|get|shout)\s+(?:me|us)\s+an?\s+(?:coffee|beer|tea)\b|\bko-fi\b|\bpatreon\b|\btip\s+jar\b"
    r"|\beinen\s+kaffee\s+(?:spendier|ausgeb)|\bspendier\w*\s+(?:mir|uns)\s+(?:\w+\s+){0,2}kaffee\b"
    r"|^(?:donate|donate\s+(?:now|today|here)|give\s+(?:now|today)|make\s+a\s+donation|support\s+us(?:\s+(?:now|today))?|jetzt\s+(?:spenden|unterstützen)"
    r"|faire\s+un\s+don|haz\s+una\s+donación|faça\s+uma\s+doação)\s*[.!→›»]?$"
    r"|\b(?:consider|by)\s+(?:making|giving)\s+an?\s+(?:\w+\s+)?(?:donation|contribution|gift)\b"
    r"|^your\s+(?:gift|donation|support)\s+(?:makes?|made|helps?|keeps?)\b.{0,60}\bpossible\b"
    r"|\byour\s+(?:gift|donation|support|contribution)\s+"
    r"(?:keeps?|helps?|allows?|enables?|funds?)\s+(?:us|our)\b"
    r"|\breaders\s+like\s+you\b|\bevery\s+(?:gift|contribution|donation)\b.{0,40}?\bno\s+matter\s+(?:the\s+size|how\s+small)"
    r"|\bno\s+matter\s+(?:the\s+size|how\s+small)\b.{0,40}?\bhelps?\s+us\b"
    r"|^support\s+(?:independent|our|my|this)\s+(?:[\w-]+\s+){0,2}(?:journalism|news|reporting|newsroom|work|blog|site|podcast)\b"
    r"|^unterstützen\s+sie\s+(?:uns|unser\w*|unabhängig\w*)\b|\bsoutenez\s+(?:nous|notre|le\s+journalisme)\b"
    r"|\bfaites\s+un\s+don\b",
)
# The category row under a wiki page or a blog post: "Categories: Lighthouses | Buildings completed in 1864",
# "Categorías: Faros de Valdemar ...", "分类：手工艺 | 非物质文化遗产", "Kategorien: ...". A label, a colon, its list.
CATEGORY_LABEL = [
    "categor", "catégor", "kategor", "категор", "分类", "分類", "カテゴリ", "분류", "կատեգորիա", "კატეგორი", "κατηγορ",
    "קטגורי", "تصنيف", "رده", "श्रेणी", "श्रेणियाँ", "หมวดหมู่",
]
CATEGORY_ROW_RE = PhraseRegex(
    CATEGORY_LABEL,
    r"^(?:page\s+|hidden\s+)?(?:categor(?:y|ies|ías|ia|ias|ie|ieën)|catégories?|kategori(?:e|en|er|a|i|ie)?|категори[яи]"
    r"|(?:页面|頁面)?分[类類]|カテゴリ[ー]?|분류|կատեգորիա(?:ներ)?|კატეგორი(?:ა|ები)|κατηγορί(?:α|ες)|קטגורי(?:ה|ות)"
    r"|تصنيف(?:ات)?|رده(?:\u200c?ها)?|श्रेणी|श्रेणियाँ|หมวดหมู่)\s*[:：]\s*\S",
)
