"""The card between two posts of a forum thread (controls "Like", "Reply", "Quote", the next poster's name, role
and post count) does not cut the thread (boilerplate.forum_cards_transparent).

From tests/pages: pt_forum_topico_respostas_br, whose run was the longest post alone. Readers' comments under a
comments heading, with the same controls, stay out of the article.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text

EN_FORUM = """Garden Talk Forums
Home
Forums
Members
Log in
Register
Forums › Vegetables › Tomatoes
Tomato leaves curling upwards in July
Started by greenthumb_44, 8 Jul 2025.
Replies: 2 | Views: 903
greenthumb_44
Member
Posts: 61
My outdoor tomatoes have started curling their top leaves upwards over the last week. The plants look healthy otherwise, the fruit is setting well and there are no spots or insects that I can see.
We had a heatwave with temperatures over thirty degrees for five days and I watered every evening. Is this something to worry about or will the plants grow out of it?
Like
Reply
Quote
old_potter
Moderator
Posts: 8,412
That sounds like physiological leaf roll, which tomatoes do in heat and after heavy pruning. It does not harm the plant or the crop, and the new growth usually comes out flat once the weather cools.
Keep the watering steady in the mornings rather than the evenings, and mulch around the stems so the soil does not dry out between waterings during hot spells.
Like
Reply
Quote
greenthumb_44
Member
Thanks, the weather turned cooler at the weekend and the new leaves at the top are already coming out flat. I have put straw around the plants as you suggested and will water in the mornings from now on.
Like
Reply
Advertisement
Similar threads
Blossom end rot on plum tomatoes
Best tomato feed for containers
You must log in to reply.
Terms and rules
Privacy policy
"""

DE_FORUM = """Fahrradforum
Startseite
Foren
Mitglieder
Anmelden
Registrieren
Forum › Technik › Bremsen
Scheibenbremse quietscht nach Regenfahrt
Thema von radler_k, 2. Mai 2025.
Antworten: 2 | Aufrufe: 612
radler_k
Mitglied
Beiträge: 23
Seit einer Fahrt im Regen quietscht meine hintere Scheibenbremse bei jedem Bremsen ziemlich laut. Die Bremsleistung ist gut, aber das Geräusch ist auf dem Weg zur Arbeit wirklich peinlich geworden.
Ich habe die Scheibe schon mit Bremsenreiniger abgewischt, aber das hat nur einen Tag lang geholfen. Muss ich die Beläge tauschen oder gibt es noch einen anderen Trick?
Gefällt mir
Antworten
Zitieren
schrauber_tom
Moderator
Beiträge: 5.120
Oft reicht es, die Beläge auszubauen und ihre Oberfläche mit feinem Schleifpapier anzurauen. Danach die Bremse mit zwanzig kräftigen Bremsungen aus mittlerer Geschwindigkeit wieder einbremsen.
Wenn die Beläge Öl abbekommen haben, hilft das allerdings nicht, dann müssen neue Beläge her. Die Scheibe kannst du in dem Fall mit Isopropanol reinigen und weiterfahren.
Gefällt mir
Antworten
Zitieren
radler_k
Mitglied
Danke, das Anrauen und Einbremsen hat tatsächlich geholfen. Seit drei Tagen ist die Bremse wieder ruhig, auch nach einer weiteren Fahrt im Regen am Wochenende.
Gefällt mir
Antworten
Werbung
Ähnliche Themen
Hydraulische Bremse entlüften ohne Set
Du musst angemeldet sein, um zu antworten.
Nutzungsbedingungen
Datenschutz
"""

NEWS_WITH_COMMENTS = """The Daily Example
News
Sport
Business
Culture
City council approves a new cycle lane along the river
By Jane Doe
3 June 2025
The city council approved a new cycle lane along the river on Tuesday, after two years of debate about where cyclists and cars should share the road along the busy embankment.
The lane will run for four kilometres from the old bridge to the station, and the work is expected to take eight months. Shops along the route will stay open during the work, the council said.
Opponents of the plan said the lane would take away too many parking spaces, but a survey of residents found that most of them supported it, the council added.
Comments (2)
river_runner
3 June 2025, 10:21
Finally! I have been cycling along that road for years and it is the most dangerous part of my commute into town every single morning.
Reply
Report
parking_pete
3 June 2025, 11:02
And where are the delivery vans supposed to stop now? Nobody from the council seems to have thought about the shops on the embankment at all.
Reply
Report
Most read
"""


def _body(page: str) -> str:
    record = clean_text(page.encode(), source="page.txt")
    return "\n".join(p["text"] for p in record.paragraphs)


@pytest.mark.parametrize(
    ("page", "first", "reply", "last", "card"),
    [
        (EN_FORUM, "My outdoor tomatoes have started", "That sounds like physiological leaf roll",
         "Thanks, the weather turned cooler", "Posts: 8,412"),
        (DE_FORUM, "Seit einer Fahrt im Regen", "Oft reicht es, die Beläge auszubauen",
         "Danke, das Anrauen und Einbremsen", "Beiträge: 5.120"),
    ],
)
def test_a_forum_thread_keeps_every_post_across_the_cards(page: str, first: str, reply: str, last: str,
                                                            card: str) -> None:
    body = _body(page)
    assert first in body and reply in body and last in body
    assert card not in body and "\nModerator\n" not in body


def test_readers_comments_with_the_same_controls_stay_out_of_the_article() -> None:
    body = _body(NEWS_WITH_COMMENTS)
    assert "Opponents of the plan said" in body
    assert "Finally! I have been cycling" not in body and "delivery vans" not in body


# (mends3, after review3) A blog's "Posted by X, date." header is no forum topic's "Started by", and a post of
# paragraphs is no notice over the first card: readers' comments under an unknown heading stay out.
BLOG_WITH_COMMENTS = """Garden Notes
Home
Blog
Recipes
About
How to grow tomatoes on a balcony
{header}
Tomatoes grow well in pots as long as they get at least six hours of sun a day and plenty of water during the hottest weeks of summer.
Pick a bush or dwarf variety for a small balcony, since tall vines need strong stakes and a lot of room to spread out.
Water the pots every morning in July and August, and add a liquid feed once a week once the first flowers have set.
Have your say
Mark
4 June 2025
Great tips, thank you! I tried this last year and my plants got far too tall for the balcony railing.
Like
Reply
Susan
5 June 2025
Mine did well in a big bucket with holes drilled in the bottom, and the cherry ones were the sweetest I have ever grown.
Like
Reply
Privacy
Terms
"""


@pytest.mark.parametrize("header", ["Posted by anna, 3 June 2025.", "Posted on 3 June 2025 by Anna"])
def test_readers_comments_under_a_blog_header_stay_out(header: str) -> None:
    body = _body(BLOG_WITH_COMMENTS.format(header=header))
    assert "Water the pots every morning" in body
    assert "cherry ones were the sweetest" not in body


# (mends3, after review3) A post's controls in one row, and in sv/tr/cs/ja/ko/zh; a sentence or a title that opens
# with a control's word is none.
def test_forum_controls_in_one_row_and_more_languages() -> None:
    from cleaners.boilerplate import _forum_control

    for text in ["Like · Reply", "Like · Reply · Report", "Gilla", "Svara", "Gilla · Svara", "Yanıtla", "Odpovědět",
                 "返信", "답글", "回复", "Like (3) · Reply"]:
        assert _forum_control(text), text
    for text in ["Like a Rolling Stone", "Reply to the council", "Svara på frågan nedan", "返信が遅れてすみません",
                 "Like · Subscribe to our channel"]:
        assert not _forum_control(text), text


# (xfail15) The board's reply-with-quote button and Ukrainian controls, a count behind a colon ("Подобається: 3"):
# the card under the first post is bridged, so the first post stays with the replies
# (it_forum_discussione_rispondi_citando, uk_forum_tema_vidpovidi_tsytata).
def test_reply_with_quote_and_ukrainian_controls() -> None:
    from cleaners.boilerplate import _forum_control

    for text in ["Rispondi citando", "Reply with quote", "Responder citando", "Répondre en citant",
                 "Mit Zitat antworten", "Ответить с цитатой", "Відповісти з цитатою", "Відповісти", "Цитувати",
                 "Подобається: 3", "Likes: 12", "Поскаржитися"]:
        assert _forum_control(text), text
    for text in ["Rispondi citando le fonti", "Reply with quotes from the report", "Відповісти на питання просто",
                 "Подобається: Олег, Анна", "Likes: jane_d, Tom84"]:
        assert not _forum_control(text), text


UK_FORUM = """Форум Садівників
Форуми
Пошук
Увійти
Форуми › Овочі › Томати
Томати скручують листя в липні
Тема в розділі «Томати», створена дачник_44, 8 липня 2025.
дачник_44
Учасник
Повідомлень: 61
#1
Мої томати у відкритому ґрунті почали скручувати верхнє листя догори за останній тиждень. Рослини загалом виглядають здоровими, плоди зав'язуються добре, плям чи комах я не бачу.
У нас була спека понад тридцять градусів п'ять днів поспіль, і я поливав щовечора. Чи варто хвилюватися, чи рослини це переростуть?
Подобається: 2
Відповісти з цитатою
Цитувати
старий_город
Модератор
Повідомлень: 8 412
#2
Це схоже на фізіологічне скручування листя, яке буває в спеку та після сильного пасинкування. Воно не шкодить ні рослині, ні врожаю, і нове листя зазвичай виростає рівним, коли спадає спека.
Поливайте краще зранку, а не ввечері, і замульчуйте ґрунт навколо стебел, щоб він не пересихав між поливами.
Подобається: 5
Відповісти з цитатою
Схожі теми
Вершинна гниль на томатах
Правила форуму
"""

IT_NEWS_WITH_COMMENTS = """Il Quotidiano Esempio
Cronaca
Sport
Economia
Il consiglio comunale approva la nuova pista ciclabile lungo il fiume
di Maria Rossi
3 giugno 2025
Il consiglio comunale ha approvato martedì la nuova pista ciclabile lungo il fiume, dopo due anni di discussioni su come ciclisti e automobilisti debbano dividersi la strada sull'argine.
La pista correrà per quattro chilometri dal ponte vecchio alla stazione e i lavori dureranno otto mesi. I negozi lungo il percorso resteranno aperti durante i lavori, ha detto il consiglio.
Gli oppositori sostengono che la pista toglierà troppi parcheggi, ma un sondaggio tra i residenti ha mostrato che la maggior parte di loro è favorevole.
Dite la vostra
ciclista_77
3 giugno 2025, 10:21
Finalmente! Percorro quella strada in bicicletta da anni ed è il tratto più pericoloso del mio tragitto ogni mattina.
Mi piace: 4
Rispondi citando
Segnala
furgone_pietro
3 giugno 2025, 11:02
E dove dovrebbero fermarsi adesso i furgoni delle consegne? Nessuno in consiglio sembra aver pensato ai negozi sull'argine.
Mi piace: 1
Rispondi citando
Privacy
"""


def test_first_post_stays_across_a_reply_with_quote_card() -> None:
    body = _body(UK_FORUM)
    assert "Мої томати у відкритому ґрунті" in body and "У нас була спека" in body
    assert "Це схоже на фізіологічне скручування" in body
    assert "Повідомлень: 8 412" not in body and "Відповісти з цитатою" not in body


def test_readers_comments_with_reply_with_quote_controls_stay_out() -> None:
    # (The card under the first comment, now read as a post's controls, is not bridged, since the page is no
    # thread: the second comment stays out. The first goes with its heading "Dite la vostra", which ARTICLE_END
    # lists.)
    body = _body(IT_NEWS_WITH_COMMENTS)
    assert "Gli oppositori sostengono" in body
    assert "furgoni delle consegne" not in body and "Finalmente! Percorro" not in body
