"""Hand-written page dumps (tests/pages/*.txt) against what a demanding user expects of the cleaner.

Each page has a sidecar `<name>.expect.json`:

- `language`: ISO 639-1 code of the article.
- `must_keep`: substrings of article paragraphs; each must be in the kept paragraphs exactly once.
- `must_remove`: substrings of boilerplate lines (menus, share bars, lists of other articles,
  comments, cookie/newsletter/promo lines, date and byline lines); none may be in the kept text
  (title included) and each must be in `removed`, with a rule and a reason.
- optional `title` and `published` (ISO 8601, date only when the page gives no time zone).

The pages and their expectations are written for this suite (no real site's text). Where the library
falls short of an expectation, that single case is marked xfail(strict=True) in XFAIL below with what
the library does instead, so a fix shows up as an XPASS that must be acted on.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from cleaners import Config, Document, Record, clean_text
from cleaners.normalize import normalize_stage
from cleaners.read import read_stage

PAGES_DIR = Path(__file__).resolve().parent / "pages"
PAGES = sorted(p.stem for p in PAGES_DIR.glob("*.txt"))

# (check, page, index into must_keep/must_remove or None) -> what the library does instead.
XFAIL: dict[tuple[str, str, int | None], str] = {
    ("remove", "pt_news_leia_mais", 2): "a photo caption ending in '— Foto: Name/Agency' right above the lead is kept "
    "(the dev gold keeps some such captions and drops others)",
    # New languages and page kinds (probe5).
    # New languages and page kinds (probe6).
    # New layouts (probe7).
    # New page kinds (probe8).
    # New page kinds (probe9).
    # New page kinds (probe10).
    # A discussion thread's original post titled by two sentences ("I commuted by bike through a full winter. Here is
    # everything I learned."): a line ending in a full stop is no heading-like line, and a post title can be any
    # sentence; no candidate is left above the post (the flair "Discussion" under it ends the header).
    ("title", "en_thread_points_reply_share", None): "no title: the post's two-sentence title is no heading-like line",
    # New languages and page kinds (probe11).
    # Scripts beyond Latin-script Europe (probe13).
    # A radio programme's one-word name ("शिवारातून") over its tagline and presenters row: one word is no title
    # candidate under a longer heading-like line, and the tagline over the presenters row (a shorter dek under it)
    # wins. (xfail4: a one-word name under a 3-crumb trail that the lead names was tried as a candidate with the
    # one-word bonus; it scores 0.0 against the tagline's 1.26 and the presenters row's 1.3.)
    ("title", "mr_akashvani_karyakram_velapatrak", None): "the tagline is the title, not the one-word name",
    # A lyrics page's "<singer> - <song>" line sits in the list the menu's "排行榜" (charts) heading opens (the
    # lyrics stop that list, the credits rows above them do not): no title is left; a line of the lyrics is none.
    # (xfail4: ending the list at the breadcrumb trail keeps the line a candidate, but it still scores -0.97: the
    # body's anchor is the last line of the lyrics, twenty lines below, and the lyrics' lines count as gap.)
    ("title", "zh_geci_fanti_duanju", None): "no title: the singer-song line is removed with the menu's list",
    # New languages and page kinds (probe12).
    # An interview's standfirst above the byline, date and share rows stays outside the run, as the suite's other
    # standfirsts do.
    ("keep", "et_intervjuu_kusimus_vastus", 0): "the interview's standfirst above the byline is cut off",
    # English page kinds (probe15).
    # Languages and page kinds (probe14).
    # Scripts without spaces between words (thai5).
    # Languages and page kinds (probe17).
    # English page kinds (probe18).
    # "Published: 12/04/2025 · Modified: 12/05/2025" reads either way (4 December or 12 April), and the page's
    # cues disagree (cups and teaspoons, but °C, grams and British spelling): an English page settles the order
    # only by a certain date (13+ in a field) or the same date written out elsewhere (_page_num_order,
    # _matching_order), and neither is here.
    ("published", "en_recipe_card_nutrition_jump", None): "no date: 'Published: 12/04/2025' reads either way and "
    "nothing on the page settles the order",
    # A live text commentary stamped "Posted at 17:02" (entry stamps, removed): the run starts at the first entry,
    # whose headline is taken for the title; the match's "<home> 2-1 <away>" heading sits over the score box and
    # the summary, outside the run.
    ("title", "en_sport_live_commentary_minutes", None): "the first entry's headline ('Full time: ...') is the title",
    # (xfail9: the Bikram Sambat date line under a Nepali article goes by its shape, boilerplate's timestamp rule;
    # the page's date is still not converted, and ne_samachar_sambandhit_khabar has no published expectation.)
    # English page kinds (probe16).
    # An "ask me anything" thread: its title is a 40-word post title of two sentences ending with "!", read as the
    # first paragraph (the body's anchor), so only the "Posted by u/..." row above it is left as a candidate; the
    # guest's answers are replies in the comment thread under the post, removed with it. Telling the guest's
    # replies (marked "OP") from the other comments needs a thread model the cleaner does not have.
    ("title", "en_ama_thread", None): "the 'Posted by u/...' row is the title; the post's long title is the lead",
    ("keep", "en_ama_thread", 2): "the guest's answers in the comment thread are removed with it",
    ("keep", "en_ama_thread", 3): "the guest's answers in the comment thread are removed with it",
    ("keep", "en_ama_thread", 4): "the guest's answers in the comment thread are removed with it",
    # Chinese page kinds and other dev-set languages (probe19).
    # A bulletin-board post in the terminal board's layout: a header of label rows ("作者 ...", "標題 ...", "時間 Thu Dec
    # 4 21:37:05 2025", an asctime stamp, read since xfail13), then a body hard-wrapped at about 24 characters with
    # indented continuation lines, an ingredient list of short rows and the replies ("推 user: ... 12/04 21:40"). The
    # wrapped first paragraph joins and wins the run; the ingredient rows under its colon line are kept since xfail7
    # (the tail goes on over a sentence ending in ":"), the cut-off steps under them score below the replies' lines.
    # (xfail8: the steps' continuation lines are indented under the text after "1. ", a hanging indent, but
    # normalization strips leading spaces before segmentation sees them; without it, a step and its continuation
    # are a two-line CJK pair at no known wrap width (the step lines hold the "1. " marker: 25-26 characters
    # against the first paragraph's 21-22), which _join_hard_wraps refuses. "做法：" over "1." and "2." would go on
    # the tail (_numbered_list_intro) once the steps are joined; the tail stops at "鹽 1 小匙..." first.)
    ("keep", "zh_tw_bbs_tui_xu_huiwen", 3): "the hard-wrapped steps are cut off",
    ("keep", "zh_tw_bbs_tui_xu_huiwen", 4): "the hard-wrapped steps are cut off",
    ("keep", "zh_tw_bbs_tui_xu_huiwen", 5): "the closing paragraphs are cut off with the steps",
    # English page kinds (probe20).
    # Non-English page kinds, Spanish weighted (probe21).
    # English page kinds (probe22).
    # An auction lot's page: the details box ("Signed and dated ...", "oil on canvas", "68 x 102 cm.") and its
    # labelled sections ("Provenance", "Exhibited") above the lot essay; the run starts at the essay, and the
    # one-sentence provenance under its label goes with the box (a label over one short line reads as a facts row).
    ("keep", "en_auction_lot_provenance_estimate", 0): "the provenance sentence above the lot essay is cut off",
    # An "on this day" page: the events list is kept, the short "Births" and "Deaths" sections (bare name rows under
    # one-word headings) and the "Did you know?" paragraph under them are cut off with the quiz box that follows.
    ("keep", "en_on_this_day_history_list", 5): "the 'Births' and 'Deaths' rows are cut off",
    ("keep", "en_on_this_day_history_list", 6): "the 'Did you know?' paragraph under the lists is cut off",
    # A rates article: the byline box ends with an "Our editorial standards" link right above the lead; the lead,
    # one sentence-ending paragraph under that heading and over a table (no long paragraph within the look-ahead),
    # is taken for the editorial note's text (mark_editorial_notes). (xfail13: asking the note's text to speak as the
    # publisher, "we/our/editors/reviewed" in several languages, keeps the lead, but the page stops being idempotent:
    # cleaned again, the headline with its date is no candidate without its byline rows, is_heading_like refuses a
    # full date and _dated_headline wants the anchor right under line 0, yet the table under the lead moves the anchor
    # down, and the table's header row "Loan type Today Last week" scores 1.64 against the headline's 1.34 once
    # _dated_headline takes line 0 over a kept lead; reverted.)
    ("keep", "en_personal_finance_rates_table_disclosure", 0): "the lead under 'Our editorial standards' is removed "
    "as that note's text",
    # Non-English page kinds (probe23).
    # (titleD: the web novel's chapter heading "第十四話 嵐の夜に" right over its text is the title again: a chapter's
    # heading close over the body, no item of a list of chapters, gets CHAPTER_HEADING_BONUS.)
    # English page kinds (probe24).
    # A gardening column that ends with its list: "My jobs list for the month:" over four short imperative items,
    # then a one-line teaser for next month and the columnist's bio. The tail takes an announced list only with
    # prose under it (_announced_rows_end: a good paragraph after the rows) or numbered items (_numbered_list_intro);
    # the teaser and the bio are near-good lines, so the list goes with the column's end matter. (xfail12: the
    # tail now takes a sentence with a colon over two to eight names of four words at most at the article's end,
    # _announced_names_end; its items of up to ten words not in title case were tried on paper and dropped: a
    # sentence-case list of other stories' headlines under "Here are the stories ...:" reads the same.)
    ("keep", "en_gardening_column_monthly_jobs", 4): "the closing jobs list is cut off with the column's end matter",
    # Non-English page kinds, ja/zh/es/cs weighted (probe25).
    # A portal article whose paragraphs are broken at clause ends (<br> lines of 20-30 characters, no blank lines
    # between paragraphs): no monospace width, so join_hard_wraps joins none; the lines are scored one by one (the
    # second reads as headline-like, the last two as short lines) and the run keeps the middle, cutting off the
    # first two lines and the last two.
    ("keep", "zh_menhu_yingxie_duanhang_xiangguan_yuedu", 0): "the lead's first two clause lines are cut off",
    ("keep", "zh_menhu_yingxie_duanhang_xiangguan_yuedu", 1): "the paragraph is kept in pieces (not joined)",
    ("keep", "zh_menhu_yingxie_duanhang_xiangguan_yuedu", 3): "the paragraph is kept in pieces (not joined)",
    ("keep", "zh_menhu_yingxie_duanhang_xiangguan_yuedu", 4): "the last paragraph's clause lines are cut off",
    # New page kinds (probe26).
    # New page kinds (probe27).
    # New page kinds (probe28).
    # New page kinds (probe29).
    # (titleD: the job posting's heading under a trail with full-width separators, "トップ ＞ ... ＞ 品質管理", is the
    # title again: " ＞ " parts a trail as " > " does.)
    # The same posting's sections under short labels ("仕事内容", "応募資格", "勤務時間", "待遇・福利厚生", "応募方法"):
    # the run ends after "勤務時間" and its row; the benefits row, one short sentence under its label, is cut off
    # with the application section under it.
    ("keep", "ja_kyujin_boshu_yoko_oubo", 4): "the benefits row under its label is cut off after the run",
    # (titleD: a parish's weekly bulletin headed "Недељни билтен за 16. март 2025." right under the trail that ends
    # with "Недељни билтен" is the title again: the trail vouches for the words before the date.)
    # The bulletin's schedule ("Распоред богослужења" over three "Среда, 19. март – вечерње у 17 часова" rows) after
    # the last paragraph and over the list of earlier bulletins: short rows of dates and hours outside the run.
    ("keep", "sr_parohija_nedeljni_bilten_najave", 5): "the service schedule rows after the prose are cut off",
    ("keep", "sr_parohija_nedeljni_bilten_najave", 6): "the service schedule rows after the prose are cut off",
    # New languages and page kinds (probe30).
    # A Hausa news page: neither fastText's lid.176 nor langdetect knows Hausa; the Latin-script page is named Somali.
    ("language", "ha_labarai_karanta_kuma_noma", None): "Hausa is detected as 'so' (no Hausa model)",
    # Its date line "Laraba, 17 Satumba 2026" (Wednesday, 17 September) holds Hausa weekday and month names, which
    # the date patterns do not read.
    ("published", "ha_labarai_karanta_kuma_noma", None): "no date: Hausa month names are not read",
    # (titleD: the Amharic obituary's headline over its Ethiopian-calendar date "ጥር 14 ቀን 2018 ዓ.ም." is the title
    # again: the date is read (22 January 2026), and the headline gets the date row's adjacency.)
    # New languages and page kinds (probe31).
    # A lyrics page whose every line of verse opens with a capital (as most lyrics sites print them): verse_scored
    # asks most lines of a run to go on in lower case, so the verse reads as a list of headlines and goes, title and
    # all; the only paragraph left is a reader's comment under "Yorumlar (7)".
    ("title", "tr_sarki_sozleri_nakarat", None): "no title: the capitalized lyrics go as a list, the song line with them",
    ("keep", "tr_sarki_sozleri_nakarat", 0): "capitalized verse is not told from a list of headlines",
    ("keep", "tr_sarki_sozleri_nakarat", 1): "capitalized verse is not told from a list of headlines",
    ("keep", "tr_sarki_sozleri_nakarat", 2): "capitalized verse is not told from a list of headlines",
    ("keep", "tr_sarki_sozleri_nakarat", 3): "capitalized verse is not told from a list of headlines",
    ("keep", "tr_sarki_sozleri_nakarat", 4): "capitalized verse is not told from a list of headlines",
    ("remove", "tr_sarki_sozleri_nakarat", 10): "a reader's comment is the only paragraph left and is kept",
    # A wiki talk page: the page's name "ノート:北浜川" sits over "出典: ..." and the table of contents; the first
    # section's heading right over the first signed post wins the title, and the page's name goes with the header.
    ("title", "ja_wiki_note_giron_shomei", None): "the first section's heading is the title, not the talk page's name",
    # A shop's product Q&A tab: the product's name, rating, price and buy buttons, the tabs, then "Q. ..." rows with
    # the asker's row and the seller's answers. The run starts at the first question, which is taken for the title
    # (and so leaves the body); the product's name goes with the header as a short line.
    ("keep", "ko_sangpum_munui_dabbyeon", 0): "the first question is the title (the product's name goes with the "
    "header)",
    # A review's verdict box over the body (its summary paragraph, the pros and cons lists), then a deals box: the
    # run starts at the body, and the verdict paragraph stays above it as prose outside the main block.
    ("keep", "en_tech_review_verdict_deals_box", 0): "the verdict paragraph above the deals box is left outside the "
    "main block",
    # A blog post ending with a short list under a heading, over the writer's invitation to comment: the list is cut
    # as short lines after the run (a rule keyed on the invitation kept it, but not when the cleaned post, its
    # invitation gone, is cleaned again: it broke idempotence, and was left out).
    ("keep", "en_blog_closing_list_comment_prompt", 3): "a closing list under the last paragraph is cut as short lines",
    ("keep", "en_blog_closing_list_comment_prompt", 4): "a closing list under the last paragraph is cut as short lines",
    ("keep", "en_blog_closing_list_comment_prompt", 5): "a closing list under the last paragraph is cut as short lines",
    # Docs pages and science articles (qualW). (A reference list closing a paper is kept as the paper's: the dev set's
    # gold keeps its pages' reference lists, a thesis's "参考文献" list, a wiki article's "References", and
    # en_science_news_references keeps a news story's; the journal pages' expectations keep theirs.)
    # Page kinds the probe set barely covered (qualX).
    # English layouts (probeB). A magazine's closing note on the issue, with a call to subscribe in the same line
    # ("This essay appears in the Spring 2025 issue of <magazine>. Subscribe to get four issues a year."): the dev
    # gold keeps such notes ("A version of this article appears in print on ...", "This article originally appeared
    # on ..."), so no rule takes the note; the call inside its line goes with it or not at all.
    ("remove", "en_probeB_longread_pullquote_section_breaks", 2): "the issue note and its call to subscribe are kept "
    "as the article's last line",
    # A science-news page's "FULL STORY" label right over the lead, and its source note under the story ("Story
    # Source:" / "Materials provided by <university>. Note: Content may be edited for style and length."): one
    # publisher family's wording, no general rule; the label is a short line inside the run's head, the note prose.
    ("remove", "en_probeB_science_news_story_source_cite", 1): "the 'FULL STORY' label over the lead is kept",
    ("remove", "en_probeB_science_news_story_source_cite", 2): "the source note ('Materials provided by ... Note: "
    "Content may be edited ...') is kept under the story",
    # Plain texts whose ordinary sentences look like boilerplate (qualA). A story's three-word title over its byline
    # row ("A short story by <name>") scores under MIN_TITLE_SCORE: no title (the dialogue lines are no candidates).
    ("title", "en_qualA_dialogue_fiction", None): "no title: the story's three-word title over its byline row scores "
    "too low",
    # Chinese page layouts (probeC).
    # English pages written against probeB's rules (reviewG). A short poem under its byline and date: the run search
    # starts at the poem's second line (its short lines read as no prose), taking the title and the first line with
    # the header; as before probeB.
    ("title", "en_reviewG_poem_short_sentence_lines", None): "no title: the poem's title goes with the header "
    "(outside-main:short)",
    ("keep", "en_reviewG_poem_short_sentence_lines", 0): "the poem's first line goes with the header "
    "(outside-main:short)",
    # A list that names photo agencies as its answers under short numbered heads ("2. News" over "Reuters" over what
    # it offers): each name goes as a photo's credit (mark_agency_credits, as under a longer caption line before
    # probeB); a listicle's credits under two numbered items, each agency once, look the same line by line.
    ("keep", "en_reviewG_photo_libraries_numbered_agencies", 1): "'Getty Images' under '1. Overall' is removed as "
    "image-credit",
    ("keep", "en_reviewG_photo_libraries_numbered_agencies", 4): "'Reuters' under '2. News' is removed as image-credit",
    # Review of probeC's rules (reviewI); these three shortfalls were there before probeC too. An essay's one-line close
    # ("母校，谢谢你。") under its last paragraph is a short line outside the run; a story's list of rules in short lines
    # without numbers (and the paragraph under them) scores as a menu; a numbered list of other articles without a
    # heading right under an essay's numbered points reads as more of its points.
    ("keep", "zh_reviewI_sanwen_guanyu_muxiao", 4): "the essay's closing line is cut as a short line after the run",
    ("keep", "zh_reviewI_wangluo_gongyue_pinglunqu", 1): "the rules' short lines are cut as a menu after the lead",
    ("keep", "zh_reviewI_wangluo_gongyue_pinglunqu", 2): "the rules' short lines are cut as a menu after the lead",
    ("keep", "zh_reviewI_wangluo_gongyue_pinglunqu", 3): "the rules' short lines are cut as a menu after the lead",
    ("keep", "zh_reviewI_wangluo_gongyue_pinglunqu", 4): "the paragraph under the rules is cut with them",
    ("remove", "zh_reviewI_jiazhang_jianyi_wubiaoti_liebiao", 0): "the unheaded list of other articles is kept",
    ("remove", "zh_reviewI_jiazhang_jianyi_wubiaoti_liebiao", 1): "the unheaded list of other articles is kept",
    # A login bar ("登录 | 注册 | 无障碍浏览") over the breadcrumb and the headline: the three lines go as one promo block
    # (before probeC too), and the title falls to the menu line (before probeC: to the "发布机构：" row).
    ("title", "zh_reviewI_tongzhi_luokuan_qita_gonggao", None): "the headline goes with the login bar's promo block; "
    "the title is the menu line",
    # Odd single-article pages (probeJ): docs, wiki, man page, plain-text standard, personal site, fiction, Q&A,
    # slides, a code host's README, a list archive, a recipe blog.
    # A man page's sections under bare upper-case heads ("NAME", "SYNOPSIS", "OPTIONS") are short lines and flag rows
    # ("-n lines", "-k") with two prose lines among them; "SEE ALSO" is a list heading (a related-articles list's) that
    # parts them from the colophon, and the run search takes the colophon and the converter's footer prose instead.
    **{
        ("keep", "en_probeJ_manpage_synopsis_options", i): "the man page's text is outside-main (the colophon and "
        "the footer are the run)"
        for i in range(8)
    },
    **{
        ("remove", "en_probeJ_manpage_synopsis_options", i): "kept: the footer lines are the run the search picked"
        for i in (3, 4, 5, 6)
    },
    # A Q&A page: the question sits over its tags, "Share / Improve this question / Follow" and the asker's card, the
    # first answer under a vote count and a sort menu; the run is the accepted answer alone, the question (above) and
    # the second answer (below its "Share" row and user card) go as outside-main. (The card over the first answer
    # spans 19 lines with its comment and sort menu, over QA_CARD_SPAN, and the sort menu's "Trending (...)" is a
    # hard break; the first answer ends on a near-good line, so the second card has no post's prose above it.)
    ("keep", "en_probeJ_qa_answer_comments_related", 0): "the question is outside-main (before the answer's run)",
    ("keep", "en_probeJ_qa_answer_comments_related", 1): "the question is outside-main (before the answer's run)",
    ("keep", "en_probeJ_qa_answer_comments_related", 5): "the second answer is outside-main (after the first's run)",
    # A slide deck's first slides ("Slide 2 of 8" over short bullet lines) sit before the run, which starts at the
    # first long line; no title is left (the deck's name is in its header and its first slide, both outside it).
    ("keep", "en_probeJ_slides_tutorial_slide_numbers", 0): "the second slide's bullets are outside-main (before it)",
    ("keep", "en_probeJ_slides_tutorial_slide_numbers", 1): "the second slide's bullets are outside-main (before it)",
    ("title", "en_probeJ_slides_tutorial_slide_numbers", None): "no title",
    # A wiki's section heads keep the edit links the dump glued to them ("Geschichte[Bearbeiten | Quelltext
    # bearbeiten]": a line is kept or removed whole); the infobox's first row wins the title over the article's name
    # above "aus der freien Enzyklopädie".
    ("keep", "de_probeJ_wiki_bearbeiten_navbox_kategorien", 4): "kept inside 'Flora und Fauna[Bearbeiten | "
    "Quelltext bearbeiten]'",
    ("remove", "de_probeJ_wiki_bearbeiten_navbox_kategorien", 1): "kept glued to the section heads",
    ("title", "de_probeJ_wiki_bearbeiten_navbox_kategorien", None): "the infobox's first row ('Lage Beispieltal, "
    "Landkreis Musterland') is the title",
    # A fan-fiction chapter: the work's metadata rows ("Series:" / "Part 2 of ...") are label/value lines the title
    # search takes; the chapter's heading sits twice (in the header and over the notes) under the summary.
    ("title", "en_probeJ_fanfic_chapter_author_notes_kudos", None): "the series row's value ('Part 2 of The "
    "Keeper's Year') is the title",
    ("remove", "en_probeJ_fanfic_chapter_author_notes_kudos", 6): "taken as the title, not in removed",
    # A personal site's dated post: the "What's new" list over it ("14 Jun: Part 3 of ...") is kept as the text's
    # start and no title is left; the headline is one of those lines' neighbours.
    ("title", "en_probeJ_personal_homepage_webring_counter", None): "no title: the 'What's new' dated lines are "
    "kept as the body's start",
    # The same in Japanese: the visitor counter line wins the title over the post's heading under "山行記録".
    ("title", "ja_probeJ_kojin_saito_koushin_kaunta", None): "the visitor counter ('あなたは 012345 人目の訪問者です') "
    "is the title",
    ("remove", "ja_probeJ_kojin_saito_koushin_kaunta", 1): "the visitor counter is the title, not in removed",
    # A code host's README: the latest commit's message over the file tree wins the title over the README's own
    # lower-case one-word heading ("tidyjson").
    ("title", "en_probeJ_readme_file_tree_about_box", None): "the latest commit's message is the title",
    ("remove", "en_probeJ_readme_file_tree_about_box", 4): "the latest commit's message is the title, not removed",
    # A list archive's message: the sender's "Name user at host" row wins the title over the "[list] Subject" line,
    # and the "Previous message:" / "Messages sorted by:" rows between the headers and the body are kept.
    ("title", "ru_probeJ_arhiv_rassylki_pismo_tsitaty", None): "the sender's row is the title",
    ("remove", "ru_probeJ_arhiv_rassylki_pismo_tsitaty", 1): "the sender's row is the title, not in removed",
    ("remove", "ru_probeJ_arhiv_rassylki_pismo_tsitaty", 2): "kept: 'Предыдущее сообщение: ...' row",
    ("remove", "ru_probeJ_arhiv_rassylki_pismo_tsitaty", 3): "kept: 'Сообщения отсортированы по: ...' row",
    # A serial's plea for the author's membership page in a closing author's note, and a recipe's "tag me" plea
    # after its question, are kept as the text's last lines.
    ("remove", "en_probeJ_serial_fiction_chapter_selector", 6): "kept as the chapter's last line",
    ("remove", "es_probeJ_receta_historia_larga_saltar", 5): "kept: '¿Has hecho esta receta? ¡Etiquétame en redes "
    "sociales!'",
    # (reviewK) A Korean headline over two short subheads, then the byline and the date: the last subhead, right over
    # the byline, scores highest; _dek_below finds no dek pair in the stack (a subhead of four words is no rival), so
    # the stack rule of titleD, which keeps the top line of a stack of deks, does not apply. Also so before titleD.
    ("title", "ko_reviewK_two_subheads", None): "the second subhead ('보행자 횡단보도 양보 의무화') is the title",
}


def _expect(name: str) -> dict[str, Any]:
    return json.loads((PAGES_DIR / f"{name}.expect.json").read_text(encoding="utf-8"))


@cache
def _run(name: str) -> tuple[Record, str]:
    """The record of a page and the normalized text its offsets point into."""
    raw = (PAGES_DIR / f"{name}.txt").read_bytes()
    record = clean_text(raw, source=f"{name}.txt")
    doc = normalize_stage(read_stage(Document(source=f"{name}.txt", raw=raw), Config()), Config())
    return record, doc.text


def _body(record: Record) -> str:
    return "\n".join(p["text"] for p in record.paragraphs)


def _params(check: str, with_index: str | None = None) -> list[Any]:
    out = []
    for name in PAGES:
        indices: list[int | None] = [None]
        if with_index:
            indices = list(range(len(_expect(name).get(with_index, []))))
        for i in indices:
            reason = XFAIL.get((check, name, i))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            case_id = name if i is None else f"{name}-{i}"
            out.append(pytest.param(name, *([] if i is None else [i]), marks=marks, id=case_id))
    return out


def test_there_are_enough_pages() -> None:
    assert len(PAGES) >= 24
    languages = {_expect(name)["language"] for name in PAGES}
    assert {"en", "ja", "zh", "de", "fr", "es", "pt", "ru", "ko"} <= languages


@pytest.mark.parametrize("name", PAGES)
def test_expectation_file_is_well_formed(name: str) -> None:
    """Guards the expectations themselves: every substring must really be in the page."""
    exp = _expect(name)
    assert set(exp) <= {"language", "must_keep", "must_remove", "title", "published"}, exp.keys()
    assert isinstance(exp["language"], str) and exp["language"]
    assert exp["must_keep"] and exp["must_remove"]
    _, normalized = _run(name)
    lines = normalized.split("\n")
    assert 30 <= sum(1 for line in lines if line.strip()) <= 150
    unwrapped = normalized.replace("\n", "")  # a hard-wrapped CJK paragraph, read as one line
    for s in exp["must_keep"]:
        assert s in normalized or s in unwrapped, f"expectation {s!r} is not in the page"
    for s in exp["must_remove"] + [exp.get("title", "")]:
        assert s in normalized, f"expectation {s!r} is not in the page"
    for s in exp["must_remove"]:
        assert s not in exp["must_keep"]
    if "title" in exp:
        # (or the start of one: the tool links a forum prints after a thread's title, "[复制链接]", are no part of it;
        # or a line less a label the dump glued to the headline: "<headline> <sidebar label>", "<desk> <headline>")
        assert any(_title_line(line, exp["title"]) for line in lines), "the title must be a whole line of the page"


def _title_line(line: str, title: str) -> bool:
    """`line` shows `title`: whole, or with a forum's tool links or a label glued before or after it (a column's
    label run into the headline by the dump: metadata's trail-end and desk-label cues take the headline alone)."""
    return (
        line == title or line.startswith(title + " ") or line.endswith(" " + title)
        # (a site's menu glued before it without a space: "首页时政社会...<headline>")
        or (line.endswith(title) and line.startswith(("首", "主", "网", "網")))
    )


@pytest.mark.parametrize("name", _params("language"))
def test_language(name: str) -> None:
    record, _ = _run(name)
    assert record["language"] == _expect(name)["language"]


@pytest.mark.parametrize("name", _params("title"))
def test_title(name: str) -> None:
    exp = _expect(name)
    if "title" not in exp:
        pytest.skip("no title expectation")
    record, _ = _run(name)
    assert record["title"] == exp["title"]
    assert exp["title"] not in [p["text"] for p in record.paragraphs], "the title is not a body paragraph"


@pytest.mark.parametrize("name", _params("published"))
def test_published(name: str) -> None:
    exp = _expect(name)
    if "published" not in exp:
        pytest.skip("no published expectation")
    record, _ = _run(name)
    assert record["published"] == exp["published"]


@pytest.mark.parametrize(("name", "i"), _params("keep", "must_keep"))
def test_must_keep(name: str, i: int) -> None:
    exp = _expect(name)
    needle = exp["must_keep"][i]
    record, _ = _run(name)
    count = _body(record).count(needle)
    assert count == 1, f"{needle!r} is in the kept paragraphs {count} times (expected once)"
    # ...and in a clean paragraph, not inside a run-together copy of the page or glued to boilerplate.
    holder = next(p["text"] for p in record.paragraphs if needle in p["text"])
    dirty = [s for s in exp["must_remove"] if s in holder]
    assert not dirty, f"{needle!r} is kept only inside a paragraph that also holds boilerplate {dirty!r}"


@pytest.mark.parametrize(("name", "i"), _params("remove", "must_remove"))
def test_must_remove(name: str, i: int) -> None:
    needle = _expect(name)["must_remove"][i]
    record, _ = _run(name)
    assert needle not in record.text, f"boilerplate {needle!r} is in the kept text"
    hits = [r for r in record["removed"] if needle in r["text"]]
    assert hits, f"boilerplate {needle!r} is not accounted for in `removed`"
    for r in hits:
        assert r["rule"].strip() and r["reason"].strip()


@pytest.mark.parametrize("name", PAGES)
def test_removed_entries_are_audited(name: str) -> None:
    """Every removal names a rule and a reason, and its offsets point at its text in the normalized input."""
    record, normalized = _run(name)
    assert record["removed"], "a page with boilerplate has removals"
    spans = []
    for r in record["removed"]:
        assert isinstance(r["rule"], str) and r["rule"].strip(), r
        assert isinstance(r["reason"], str) and r["reason"].strip(), r
        assert 0 <= r["start"] < r["end"] <= len(normalized), r
        assert normalized[r["start"] : r["end"]] == r["text"], r
        spans.append((r["start"], r["end"]))
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, "two removals overlap"


@pytest.mark.parametrize("name", PAGES)
def test_every_line_is_accounted_for(name: str) -> None:
    """Each non-blank input line is the title, a kept paragraph or a removal: nothing vanishes silently."""
    record, normalized = _run(name)
    lines = sorted(line.strip() for line in normalized.split("\n") if line.strip())
    # A paragraph may join hard-wrapped lines: its span in the normalized text holds them all.
    # A line cut in pieces (a sidebar row glued after a paragraph's last sentence goes on its own: segment's
    # split_glued_tails) is accounted for by its pieces together: spans parted by spaces only, no line break.
    taken = [(p["start"], p["end"]) for p in record.paragraphs] + [(r["start"], r["end"]) for r in record["removed"]]
    if record["title"]:
        # The title's line: the title where no paragraph or removal covers it, and what was cut off the line (a
        # label, a site's menu glued before it, a forum's tool links after it: removals of rule
        # metadata:title-trim, parted from the title by spaces only, so the pieces merge back into the line).
        title = record["title"]
        at = normalized.find(title)
        while at >= 0 and any(start <= at < end for start, end in taken):
            at = normalized.find(title, at + 1)
        if at >= 0:
            taken.append((at, at + len(title)))
    merged: list[list[int]] = []
    for start, end in sorted(taken):
        if merged and not normalized[merged[-1][1] : start].strip(" ") and start >= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    spans = [normalized[start:end] for start, end in merged]
    seen = [line.strip() for span in spans for line in span.split("\n") if line.strip()]
    assert sorted(seen) == lines


def _no_space(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", PAGES)
def test_paragraph_shape(name: str) -> None:
    record, normalized = _run(name)
    for p in record.paragraphs:
        assert p["kind"] in ("heading", "body")
        assert p["text"] and p["text"] == p["text"].strip()
        # The paragraph is its span of the normalized text, line breaks of hard wrapping aside.
        assert _no_space(p["text"]) == _no_space(normalized[p["start"] : p["end"]])
        assert isinstance(p["language"], str) and p["language"]
