"""An article that is one long list is kept whole (boilerplate.extend_over_list_article).

Release notes, a changelog or a list of tips are one block of short items with no blank line between them. The
run search keeps the items long enough to score and cut the short ones on both sides of them, mid-list. When the
run is such a list (no blank line inside, or one between every two lines as in the cleaned text; few items closed
by a full stop; lengths that vary, unlike hard-wrapped lines), it goes on over the items next to it in the same
block. Negatives: title-case menu links and one-word entries in the same block, an article of
paragraphs (closed by full stops), and a page with no blank line at all stay as they were.
"""

from __future__ import annotations

import pytest
from stages import boilerplate_doc
from stages import kept_line_set as _kept

from cleaners.boilerplate import extend_over_list_article

# (menu, title, short items at the top, long items in the middle, short items at the bottom, footer)
LISTS = {
    "en": (
        ["Home", "Downloads", "Forum"],
        "Version 3.1 of the photo organizer",
        ["Added a slideshow mode", "Added album covers", "Faster import of large folders"],
        [
            "Albums can now be shared with other users of the same computer without copying the photos",
            "The map view shows where each photo was taken",
            "Faces found in photos are suggested as tags and can be confirmed or rejected one by one",
            "Burst photos are grouped into one stack",
            "The editor keeps every change in a history, so any earlier version of a photo can be restored",
            "Printing now lays out several photos on one page and leaves room for a short caption under each of them, if you want one",
            "Exported albums keep their order, titles and captions when they are opened in a web browser",
            "The search looks through captions, tags and file names at the same time and shows matches",
        ],
        ["Fixed a crash on start", "Removed the old toolbar", "Updated translations for seven languages"],
        ["Terms of use", "Privacy", "Contact us"],
    ),
    "fr": (
        ["Accueil", "Télécharger", "Aide"],
        "Nouveautés de la version 2.4",
        ["Ajout du mode nuit", "Nouvelle page de profil", "Recherche plus rapide dans les notes"],
        [
            "Les notes peuvent maintenant être classées dans des carnets et déplacées de l'un à l'autre",
            "Les notes partagées restent synchronisées hors ligne",
            "Les images collées dans une note sont réduites automatiquement pour économiser de la place",
            "Les tâches en retard passent en rouge",
            "Le correcteur orthographique reconnaît désormais la langue de chaque paragraphe d'une note",
            "Les rappels peuvent se répéter chaque semaine, chaque mois ou à une date choisie dans l'année, et ils suivent votre fuseau horaire",
            "La corbeille garde les notes supprimées pendant trente jours avant de les effacer pour de bon",
            "Les pièces jointes de plus de dix mégaoctets sont envoyées en arrière-plan sans bloquer l'appli",
        ],
        ["Correction d'un plantage au démarrage", "Suppression de l'ancien widget", "Traductions mises à jour"],
        ["Mentions légales", "Confidentialité", "Nous contacter"],
    ),
    "ja": (
        ["ホーム", "ダウンロード", "サポート"],
        "バージョン5.0の更新内容",
        ["ダークモードに対応", "検索の高速化", "ウィジェットを追加"],
        [
            "メモをフォルダごとに分けて管理できるようになりました",
            "共有したメモを相手が編集したときに、変更箇所が色分けされて表示されるようになり、誰がどこを直したのか一目で分かります",
            "画像を貼り付けたときに自動で縮小します",
            "カレンダーとの連携を強化し、予定からメモを作れるようにしました",
            "文字の大きさを五段階から選べます",
            "期限つきのタスクは期限を過ぎると赤く表示され、通知でもお知らせするようになりました",
            "手書きの文字を検索の対象に含めることができるようになり、探しやすくなりました",
            "毎週や毎月などの繰り返しのリマインダーを設定できるようになりました",
            "削除したメモはゴミ箱に三十日間保存され、その間はいつでも元に戻せるようになりました",
            "大きな添付ファイルはバックグラウンドで送信され、その間も操作を続けられるようになりました",
        ],
        ["起動時に落ちる問題を修正", "古いツールバーを削除", "翻訳を更新しました"],
        ["利用規約", "プライバシー", "お問い合わせ"],
    ),
}


def _page(menu, title, top, middle, bottom, footer) -> list[str]:
    return [*menu, "", title, "", *top, *middle, *bottom, "", *footer]


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_list_article_kept_whole(lang):
    menu, title, top, middle, bottom, footer = LISTS[lang]
    kept = _kept(boilerplate_doc(_page(menu, title, top, middle, bottom, footer), lang))
    assert set(middle) <= kept
    assert set(top) <= kept
    assert set(bottom) <= kept
    assert not set(menu) & kept
    assert not set(footer) & kept


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_title_case_links_in_the_block_stay_out(lang):
    """The list's block goes on into the site's links (title case, one word): they are no items."""
    menu, title, top, middle, bottom, footer = LISTS[lang]
    links = ["Official Forums", "Merchandise", "Support On Twitter", "Developer Blog"]
    kept = _kept(boilerplate_doc([*menu, "", title, "", *links, *middle, *bottom, *links, "", *footer], lang))
    assert set(middle) <= kept
    assert not set(links) & kept


# An article of paragraphs with no blank line between them, then the site's lines in the same block: the run's
# lines are closed by full stops, so it is no list and nothing is added to it.
PROSE = {
    "en": [
        "The harbour authority has approved plans to rebuild the old fish market before the summer season.",
        "Work on the roof and the outer walls is due to begin in March and should take about four months.",
        "Traders who rent stalls in the market will move to a temporary hall on the quay during the work.",
        "The authority said the rents in the temporary hall would stay the same as in the old building.",
        "Several traders said they welcomed the plans but worried about losing customers over the summer.",
        "A public meeting on the plans will be held at the harbour office next Thursday evening at seven.",
        "The rebuilt market is expected to reopen in time for the autumn food festival in late September.",
        "The total cost of the work is estimated at 2.4 million euros, most of it paid by the region.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag beschlossen, das alte Hallenbad an der Schulstraße zu sanieren.",
        "Die Arbeiten an Dach und Fassade sollen im März beginnen und rund vier Monate dauern.",
        "Die Schwimmvereine trainieren in dieser Zeit im Bad der Nachbargemeinde, wie der Bürgermeister sagte.",
        "Die Eintrittspreise sollen nach der Wiedereröffnung nicht steigen, versprach die Verwaltung.",
        "Mehrere Eltern begrüßten die Pläne, sorgen sich aber um den Schwimmunterricht der Grundschüler.",
        "Eine Bürgerversammlung zu den Plänen findet am kommenden Donnerstag im Rathaus statt.",
        "Das sanierte Bad soll rechtzeitig zu den Herbstferien wieder öffnen, hieß es aus dem Rathaus.",
        "Die Kosten werden auf 2,4 Millionen Euro geschätzt, den größten Teil trägt das Land.",
    ],
}
SITE_LINES = {
    "en": ["More from our local news desk today", "Read our guide to the best beaches nearby",
           "Sign up for the morning briefing by email"],
    "de": ["Mehr aus der Region gibt es hier", "Unser Ratgeber für die schönsten Badeseen",
           "Jetzt den Newsletter am Morgen bestellen"],
}


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_prose_article_not_extended(lang):
    lines = ["Home", "", "Headline of the day", "", *PROSE[lang], *SITE_LINES[lang], "", "Impressum"]
    doc = boilerplate_doc(lines, lang)
    kept = _kept(doc)
    assert set(PROSE[lang]) <= kept
    assert not set(SITE_LINES[lang]) & kept


def test_no_run_change_without_blank_lines():
    """A page with no blank line at all tells no block from the next: the run stays as the search found it."""
    menu, title, top, middle, bottom, footer = LISTS["en"]
    doc = boilerplate_doc([*menu, title, *top, *middle, *bottom, *footer], "en")
    from cleaners.boilerplate import line_features

    feats = [line_features(line.text, "en") for line in doc.lines]
    i = [line.text for line in doc.lines].index(middle[0])
    assert extend_over_list_article(doc.lines, feats, i, i + len(middle)) == (i, i + len(middle))


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_cleaned_text_cleaned_again_keeps_the_list(lang):
    """In the cleaned text a blank line parts every two items: the list is still one, and cleaning it again keeps
    every item and the title."""
    from cleaners import clean_text

    first = clean_text("\n".join(_page(*LISTS[lang])), source="t")
    again = clean_text(first.text, source="t")
    assert again.text == first.text
    assert again["title"] == first["title"]


# Hard-wrapped prose with a blank line between its lines (a text page's dump): no line closes a sentence, as no
# list item does, but the sentences run on from line to line.
WRAPPED = {
    "zh": [
        "【本报讯】去年秋天，我在山里的一所小学教书。那里的孩子每天要走两个小时",
        "的山路来上学，冬天天还没亮就出门，晚上回到家时天已经黑了。学校只有三间",
        "教室和两位老师，我教语文和音乐。孩子们最喜欢的是唱歌，每到下课的时候，",
        "他们就围在我身边，要我再教一首新歌。那一年的冬天特别冷，教室的窗户漏风",
        "，我们就用旧报纸把窗户糊上。孩子们的手冻得通红，却没有一个人说要回家。",
        "后来我离开了那里，回到城市工作，但那些孩子的笑脸，我一直都记得。去年春",
        "天，我收到一封信，是当年的一个学生写来的。她说她考上了师范大学，毕业后",
        "也想回到山里去教书。读完这封信，我在窗前坐了很久，心里久久不能平静。",
    ],
    "en": [
        "The ferry left the harbour at dawn. By the time we reached the open sea the wind",
        "had turned and the crossing, which usually takes two hours, took almost four. Most",
        "of the passengers stayed below deck, but a few of us stood at the rail and watched",
        "the island come slowly out of the mist. Nobody said much. When we finally landed",
        "the harbour master told us that the afternoon boat had been cancelled, so we would",
        "have to stay the night. There was one guest house on the island and it was full,",
        "but the owner found us two rooms above the post office and fed us soup and bread",
        "until late in the evening, while the storm went on outside the small windows",
    ],
}


@pytest.mark.parametrize("lang", sorted(WRAPPED))
def test_hard_wrapped_prose_is_no_list(lang):
    from cleaners.boilerplate import line_features

    lines = ["Home", "", "News", "", *[x for w in WRAPPED[lang] for x in (w, "")], "Contact"]
    doc = boilerplate_doc(lines, lang)
    feats = [line_features(line.text, lang) for line in doc.lines]
    texts = [line.text for line in doc.lines]
    i = texts.index(WRAPPED[lang][0])
    j = texts.index(WRAPPED[lang][-1]) + 1
    assert extend_over_list_article(doc.lines, feats, i + 1, j) == (i + 1, j)


# Other stories' headlines in sentence case (phrases with lower-case words, as list items are) under a list article
# on a page whose every two lines are parted by a blank line: nothing parts the list's block from the headlines'.
HEADLINES = {
    "en": ["Council approves new budget for city schools", "Storm warning issued for the northern coast",
           "Local bakery wins national bread award", "Police investigate break-in at the town hall",
           "Ferry services cancelled after engine failure", "New cycle lanes open on the high street"],
    "fr": ["Le conseil adopte un nouveau budget pour les écoles", "Alerte tempête sur la côte nord",
           "Une boulangerie locale remporte un prix national", "La police enquête sur un cambriolage à la mairie",
           "Les ferries annulés après une panne de moteur", "De nouvelles pistes cyclables ouvrent en centre-ville"],
    "ja": ["市議会が学校向けの新予算を可決", "北部沿岸に暴風警報が発令", "地元のパン屋が全国賞を受賞",
           "市役所で窃盗事件、警察が捜査", "エンジン故障でフェリーが欠航", "大通りに新しい自転車レーンが開通"],
}


def _spaced(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line, "")][:-1]


@pytest.mark.parametrize("lang", sorted(HEADLINES))
@pytest.mark.parametrize("where", ["after", "before"])
def test_spaced_page_headlines_next_to_the_list_not_taken_in(lang, where):
    from cleaners.boilerplate import line_features

    menu, title, top, middle, bottom, footer = LISTS[lang]
    items = [*top, *middle, *bottom]
    heads = HEADLINES[lang]
    body = [*items, *heads] if where == "after" else [*heads, *items]
    doc = boilerplate_doc([*_spaced(menu), "", title, "", *_spaced(body), "", *_spaced(footer)], lang)
    feats = [line_features(line.text, lang) for line in doc.lines]
    texts = [line.text for line in doc.lines]
    i, j = texts.index(middle[0]), texts.index(middle[-1]) + 1
    new_start, new_end = extend_over_list_article(doc.lines, feats, i, j)
    assert not set(heads) & set(texts[new_start:new_end])
